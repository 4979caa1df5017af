import { Size } from './size';
import { Storage } from './storage';

/** How the space of a virtual disk is allocated. */
export enum DiskProvisioning {
  /** Allocated as the guest writes (vSphere thin, Hyper-V dynamic VHDX, libvirt sparse qcow2). */
  THIN = 'thin',
  /** Allocated in full when the disk is created (vSphere lazy-zeroed thick, Hyper-V fixed VHDX, libvirt fully allocated volume). */
  THICK = 'thick',
  /** Allocated and zeroed in full when the disk is created (vSphere eager-zeroed thick; needed for some clustering). */
  THICK_EAGER_ZEROED = 'thick-eager-zeroed',
}

/** The bus a disk is attached to, as the guest sees it. */
export enum DiskBus {
  /** The vendor's paravirtual bus: vSphere PVSCSI, Hyper-V synthetic SCSI, libvirt virtio. */
  PARAVIRTUAL = 'paravirtual',
  /** SATA (vSphere AHCI controller, libvirt `sata`); Hyper-V has none. */
  SATA = 'sata',
  /** NVMe (vSphere NVMe controller, libvirt `nvme`); Hyper-V has none. */
  NVME = 'nvme',
  /** IDE (vSphere IDE controller, Hyper-V generation 1 IDE); q35 libvirt has none. */
  IDE = 'ide',
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
   * Where the guest sees the disk: its position on its bus, counted from 1 (the OS disk holds
   * slot 0 of the paravirtual bus). On the paravirtual bus it fixes the vSphere SCSI unit number,
   * the Hyper-V SCSI controller location and the libvirt target device (1 is `vdb`); on the other
   * buses, the unit or device of that bus. Adding, removing or reordering other disks never moves
   * this one. A VM with more than one data disk gives every one of them a slot, unique on its bus.
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

  /**
   * The bus the disk is attached to. Slots are counted per bus.
   *
   * @default DiskBus.PARAVIRTUAL
   */
  readonly bus?: DiskBus;

  /**
   * Where the disk is kept.
   *
   * @default - the VM's storage
   */
  readonly storage?: Storage;

  /**
   * Name of the vSphere VM storage policy of the disk.
   *
   * @default - the VM's storage policy
   */
  readonly storagePolicy?: string;

  /**
   * Tags of the disk, key to value, for backup selection and cost reports. No vendor tags a
   * disk itself: each target writes them beside the VM's own (see the capability matrix).
   *
   * @default - none
   */
  readonly tags?: { [key: string]: string };
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
    return new Disk(size, options.name, options.slot, options.provisioning ?? DiskProvisioning.THIN, options.allowDestroy ?? false,
      options.bus ?? DiskBus.PARAVIRTUAL, options.storage, options.storagePolicy, options.tags === undefined ? undefined : { ...options.tags });
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
    /** The bus the disk is attached to. */
    public readonly bus: DiskBus,
    /**
     * Where the disk is kept.
     *
     * @default - the VM's storage
     */
    public readonly storage: Storage | undefined,
    /**
     * The vSphere storage policy of the disk.
     *
     * @default - the VM's
     */
    public readonly storagePolicy: string | undefined,
    /**
     * Tags of the disk.
     *
     * @default - none
     */
    public readonly tags: { [key: string]: string } | undefined,
  ) {}
}
