/** The firmware a VM boots with. */
export enum Firmware {
  /** Legacy BIOS. Hyper-V: generation 1. */
  BIOS = 'bios',
  /** UEFI. Hyper-V: generation 2; libvirt: OVMF on q35; vSphere: EFI. */
  UEFI = 'uefi',
}
