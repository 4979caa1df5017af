import { Vendor } from './vendor';

/**
 * A relative share of the host's CPU or memory when VMs contend for it. On libvirt the levels are
 * cgroup v2 CPU weights (default 100); a host on cgroup v1 (default 1024 shares) gives such a VM
 * less than an untuned one.
 */
export enum ShareLevel {
  /** Half the normal share (vSphere `low`, Hyper-V weight 50, libvirt 50: the cgroup v2 CPU weight). */
  LOW = 'low',
  /** The hypervisor's default share (vSphere `normal`, Hyper-V weight 100, libvirt 100). */
  NORMAL = 'normal',
  /** Twice the normal share (vSphere `high`, Hyper-V weight 200, libvirt 200). */
  HIGH = 'high',
}

/**
 * The virtual hardware version of a VM on one vendor. A design may give one per vendor; each
 * target takes its own vendor's and leaves the others'.
 */
export class HardwareVersion {
  /**
   * A vSphere virtual hardware version (`hardware_version`), e.g. 21 for vSphere 8.0 U2.
   *
   * @param version the version number, 4 or more
   */
  public static vsphere(version: number): HardwareVersion {
    return new HardwareVersion(Vendor.VSPHERE, String(version));
  }

  /**
   * A Hyper-V VM configuration version, e.g. `10.0`.
   *
   * @param version the configuration version
   */
  public static hyperv(version: string): HardwareVersion {
    return new HardwareVersion(Vendor.HYPERV, version);
  }

  /**
   * A QEMU machine type for libvirt (`os.type_machine`), e.g. `pc-q35-8.2`: `q35`, `pc-q35-<version>`,
   * `pc` or `pc-i440fx-<version>`, and a q35 one for UEFI VMs.
   *
   * @param machineType the machine type
   */
  public static libvirt(machineType: string): HardwareVersion {
    return new HardwareVersion(Vendor.LIBVIRT, machineType);
  }

  /**
   * A QEMU machine type for Proxmox VE (the VM's `machine`), e.g. `pc-q35-9.0`: `q35`, `pc-q35-<version>`,
   * `pc` or `pc-i440fx-<version>`, and a q35 one for UEFI VMs.
   *
   * @param machineType the machine type
   */
  public static proxmox(machineType: string): HardwareVersion {
    return new HardwareVersion(Vendor.PROXMOX, machineType);
  }

  private constructor(
    /** The vendor this version is for. */
    public readonly vendor: Vendor,
    /** The version, as the vendor writes it. */
    public readonly version: string,
  ) {}
}
