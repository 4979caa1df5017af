/** At most this many CD/DVD drives per VM: what every vendor can attach (vSphere and Hyper-V generation 1 IDE hold four devices). */
export const MAX_DRIVES = 4;

/** What a CD/DVD drive of a VM holds. */
export enum DriveKind {
  /** An ISO image file. */
  ISO = 'iso',
  /** Nothing: a drive the guest sees empty. */
  EMPTY = 'empty',
}

/**
 * A CD/DVD drive of a VM: a `cdrom` on vSphere, a DVD drive on Hyper-V, a SATA cdrom disk on
 * libvirt. Drives are attached in the order the design lists them.
 */
export class Drive {
  /**
   * A drive holding an ISO image. The file is found where the target keeps ISO images: the
   * vSphere target's `isoDatastore` and `isoDirectory`, the Hyper-V and libvirt targets'
   * `isoDirectory`.
   *
   * @param file the ISO file's name or its path below the target's ISO folder, e.g. `ubuntu-24.04-live-server-amd64.iso`
   */
  public static iso(file: string): Drive {
    return new Drive(DriveKind.ISO, file);
  }

  /** An empty drive. */
  public static empty(): Drive {
    return new Drive(DriveKind.EMPTY, undefined);
  }

  private constructor(
    /** What the drive holds. */
    public readonly kind: DriveKind,
    /**
     * The ISO file, below the target's ISO folder.
     *
     * @default - none: an empty drive
     */
    public readonly file: string | undefined,
  ) {}
}

/** A device a VM boots from. */
export enum BootDevice {
  /** The OS disk. */
  DISK = 'disk',
  /** The first CD/DVD drive. */
  CDROM = 'cdrom',
  /** The first NIC (PXE). */
  NETWORK = 'network',
}
