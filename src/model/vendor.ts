/** The virtualization platforms a design can be synthesized for. */
export enum Vendor {
  /** VMware vSphere, through the vmware/vsphere Terraform provider. */
  VSPHERE = 'vsphere',
  /** Microsoft Hyper-V, through the taliesins/hyperv Terraform provider (WinRM). */
  HYPERV = 'hyperv',
  /** libvirt/KVM, through the dmacvicar/libvirt Terraform provider. */
  LIBVIRT = 'libvirt',
  /** Proxmox VE, through the bpg/proxmox Terraform provider. */
  PROXMOX = 'proxmox',
}
