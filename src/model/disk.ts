import { Size } from './size';

/** How the space of a virtual disk is allocated. */
export enum DiskProvisioning {
  /** Allocated as the guest writes (vSphere thin, Hyper-V dynamic VHDX, libvirt sparse qcow2). */
  THIN = 'thin',
  /** Allocated in full when the disk is created (vSphere lazy-zeroed thick, Hyper-V fixed VHDX, libvirt fully allocated volume). */
  THICK = 'thick',
  /** Allocated and zeroed in full when the disk is created (vSphere eager-zeroed thick; needed for some clustering). */
  THICK_EAGER_ZEROED = 'thick-eager-zeroed',
}

/** Options of a data disk. */
export interface DataDiskOptions {
  /**
   * Name of the disk, unique within its VM: the disk's identity. It names the disk's resource
   * and file (the vSphere disk label, the Hyper-V VHDX, the libvirt volume), so renaming a disk
   * replaces it. A VM with more than one data disk names every one of them.
   *
   * @default - `data1`, for the only data disk of a VM
   */
  readonly name?: string;

  /**
   * Where the guest sees the disk: its position on the VM's disk bus, counted from 1 (the OS
   * disk holds 0). It fixes the vSphere SCSI unit number, the Hyper-V SCSI controller location
   * and the libvirt target device (1 is `vdb`), so adding, removing or reordering other disks
   * never moves this one. A VM with more than one data disk gives every one of them a slot.
   *
   * @default 1, for the only data disk of a VM
   */
  readonly slot?: number;

  /**
   * How the disk's space is allocated.
   *
   * @default DiskProvisioning.THIN
   */
  readonly provisioning?: DiskProvisioning;

  /**
   * Let Terraform destroy the disk. Data disks are protected by default: `prevent_destroy` on
   * the Hyper-V VHDX and the libvirt volume, `keep_on_remove` on the vSphere disk.
   *
   * @default false
   */
  readonly allowDestroy?: boolean;
}

/** A data disk of a VM (the OS disk comes from the VM's image). */
export class Disk {
  /**
   * An empty data disk.
   *
   * @param size capacity of the disk, a whole number of GiB (vSphere sizes disks in GiB)
   * @param options name, slot and provisioning
   */
  public static data(size: Size, options: DataDiskOptions = {}): Disk {
    return new Disk(size, options.name, options.slot, options.provisioning ?? DiskProvisioning.THIN, options.allowDestroy ?? false);
  }

  private constructor(
    /** Capacity of the disk. */
    public readonly size: Size,
    /**
     * Name of the disk.
     *
     * @default - given by the VM: `data1` for its only data disk
     */
    public readonly name: string | undefined,
    /**
     * Position of the disk on the VM's disk bus, from 1.
     *
     * @default - given by the VM: 1 for its only data disk
     */
    public readonly slot: number | undefined,
    /** How the disk's space is allocated. */
    public readonly provisioning: DiskProvisioning,
    /** Whether Terraform may destroy the disk. */
    public readonly allowDestroy: boolean,
  ) {}
}
