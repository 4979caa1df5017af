/** The family of a guest operating system. */
export enum GuestOsFamily {
  /** Linux distributions. */
  LINUX = 'linux',
  /** Microsoft Windows. */
  WINDOWS = 'windows',
  /** Other operating systems (BSDs, appliances). */
  OTHER = 'other',
}

/**
 * The operating system a VM runs. Targets use it to pick the vendor's guest identifier and
 * defaults (for example the vSphere `guest_id`).
 */
export class GuestOs {
  /** Ubuntu 22.04 LTS, 64-bit. */
  public static readonly UBUNTU_22_04 = new GuestOs('ubuntu-22.04', GuestOsFamily.LINUX, 'Ubuntu 22.04 LTS', true);
  /** Ubuntu 24.04 LTS, 64-bit. */
  public static readonly UBUNTU_24_04 = new GuestOs('ubuntu-24.04', GuestOsFamily.LINUX, 'Ubuntu 24.04 LTS', true);
  /** Debian 12, 64-bit. */
  public static readonly DEBIAN_12 = new GuestOs('debian-12', GuestOsFamily.LINUX, 'Debian 12', true);
  /** Red Hat Enterprise Linux 9 (and rebuilds), 64-bit. */
  public static readonly RHEL_9 = new GuestOs('rhel-9', GuestOsFamily.LINUX, 'Red Hat Enterprise Linux 9', true);
  /** Any other 64-bit Linux (whether it boots with Secure Boot is not known). */
  public static readonly OTHER_LINUX = new GuestOs('linux', GuestOsFamily.LINUX, 'Other Linux (64-bit)', false);
  /** FreeBSD 14 (boots without Secure Boot only). */
  public static readonly FREEBSD_14 = new GuestOs('freebsd-14', GuestOsFamily.OTHER, 'FreeBSD 14', false);
  /** Windows Server 2019. */
  public static readonly WINDOWS_SERVER_2019 = new GuestOs('windows-server-2019', GuestOsFamily.WINDOWS, 'Windows Server 2019', true);
  /** Windows Server 2022. */
  public static readonly WINDOWS_SERVER_2022 = new GuestOs('windows-server-2022', GuestOsFamily.WINDOWS, 'Windows Server 2022', true);
  /** Windows Server 2025. */
  public static readonly WINDOWS_SERVER_2025 = new GuestOs('windows-server-2025', GuestOsFamily.WINDOWS, 'Windows Server 2025', true);
  /** Windows 11. */
  public static readonly WINDOWS_11 = new GuestOs('windows-11', GuestOsFamily.WINDOWS, 'Windows 11', true);

  /**
   * @param key stable identifier, e.g. `ubuntu-24.04`
   * @param family the OS family
   * @param displayName a name for people
   * @param secureBoot whether the OS boots with UEFI Secure Boot
   */
  private constructor(
    /** Stable identifier of the OS, e.g. `ubuntu-24.04`. */
    public readonly key: string,
    /** The OS family. */
    public readonly family: GuestOsFamily,
    /** A name for people. */
    public readonly displayName: string,
    /** Whether the OS boots with UEFI Secure Boot (signed boot loader and kernel). */
    public readonly secureBoot: boolean,
  ) {}

  /** Whether the OS is a Windows. */
  public get isWindows(): boolean {
    return this.family === GuestOsFamily.WINDOWS;
  }

  /**
   * Whether the OS wants a TPM 2.0: Windows 11 does not install without one, and Windows Server
   * 2022 and later use it for BitLocker, Credential Guard and measured boot.
   */
  public get wantsTpm(): boolean {
    return TPM_OS_KEYS.includes(this.key);
  }

  /** The display name. */
  public toString(): string {
    return this.displayName;
  }
}

/** Keys of the guest operating systems that want a TPM. */
const TPM_OS_KEYS = ['windows-11', 'windows-server-2022', 'windows-server-2025'];
