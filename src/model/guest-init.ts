import { DesignError } from './errors';

/** A static IPv4 configuration of a NIC. */
export interface StaticIpv4 {
  /** Address with prefix length, e.g. `10.0.20.11/24`. */
  readonly address: string;

  /**
   * Default gateway.
   *
   * @default - no default route
   */
  readonly gateway?: string;

  /**
   * DNS servers.
   *
   * @default - none
   */
  readonly dnsServers?: string[];

  /**
   * DNS search domain (also the domain part of the host's FQDN).
   *
   * @default - none; vSphere guest customization needs a domain and uses `localdomain`
   */
  readonly domain?: string;
}

/** Cloud-init data for a VM. */
export interface CloudInitOptions {
  /**
   * The user data, e.g. a `#cloud-config` document.
   *
   * It is written into the synthesized output: on vSphere base64-encoded in the VM's
   * `extra_config`, on libvirt in the `libvirt_cloudinit_disk`, on Hyper-V into the cidata ISO.
   * User data holding passwords or private keys is refused unless `allowSecretsInOutput` is set.
   * On vSphere and libvirt it may be a token resolved at apply (e.g. the value of a sensitive
   * `TerraformVariable`), which keeps its content out of the synthesized files (Terraform keeps it
   * in the state); a token may also stand for just the secret inside the text. Hyper-V builds the
   * ISO at synth and refuses a token.
   */
  readonly userData: string;

  /**
   * Accept passwords and private keys (`password`, `passwd`, `plain_text_passwd`,
   * `hashed_passwd`, `chpasswd` lists, `ssh_keys` private keys, `-----BEGIN ... PRIVATE KEY-----`)
   * in the user data and network config, although they are written into the synthesized output.
   * On vSphere and libvirt, a token (a sensitive variable) keeps them out instead; Hyper-V cannot.
   *
   * @default false - user data or network config holding a password or private key is refused
   */
  readonly allowSecretsInOutput?: boolean;

  /**
   * Host name, written into the meta data (`local-hostname`).
   *
   * @default - the VM's name
   */
  readonly hostname?: string;

  /**
   * A network configuration (cloud-init network config version 1 or 2, as YAML or JSON). Like
   * `userData`, it may be a token on vSphere and libvirt, and passwords in it (Wi-Fi, 802.1X) are
   * refused unless `allowSecretsInOutput` is set.
   *
   * @default - none: the image's default (usually DHCP on the first NIC)
   */
  readonly networkConfig?: string;

  /**
   * A static IPv4 configuration of the first NIC, written as the network config. Give either
   * this or `networkConfig`.
   *
   * @default - none
   */
  readonly ipv4?: StaticIpv4;
}

/** Joining a Windows guest to an Active Directory domain. */
export interface DomainJoin {
  /** The domain's DNS name, e.g. `corp.example.com`. */
  readonly domain: string;

  /** The account that joins the computer, e.g. `svc-join@corp.example.com`. */
  readonly user: string;

  /**
   * The account's password: a token that Terraform resolves at apply, such as the value of a
   * sensitive `TerraformVariable`. A literal password is refused: it would be written into the
   * synthesized output.
   */
  readonly password: string;

  /**
   * The organizational unit the computer account is created in, as a distinguished name.
   *
   * @default - the domain's default Computers container
   */
  readonly organizationalUnit?: string;
}

/** Options of a Windows guest initialisation. */
export interface WindowsInitOptions {
  /**
   * The computer name: a NetBIOS name of at most 15 letters, digits and dashes.
   *
   * @default - the VM's name
   */
  readonly computerName?: string;

  /**
   * The password of the local Administrator: a token Terraform resolves at apply (the value of a
   * sensitive `TerraformVariable`). A literal is refused.
   *
   * @default - the image's
   */
  readonly adminPassword?: string;

  /**
   * The time zone, as Windows names it (`tzutil /l`), e.g. `W. Europe Standard Time`.
   *
   * @default - the image's
   */
  readonly timeZone?: string;

  /**
   * Join an Active Directory domain.
   *
   * @default - no domain: the computer joins the workgroup
   */
  readonly domainJoin?: DomainJoin;

  /**
   * The workgroup of a computer that joins no domain.
   *
   * @default 'WORKGROUP'
   */
  readonly workgroup?: string;

  /**
   * A static IPv4 configuration of the first NIC (the others take theirs from `Nic.on`).
   *
   * @default - DHCP, or the NIC's own `ipv4`
   */
  readonly ipv4?: StaticIpv4;
}

/** Options of a host name and static IP initialisation. */
export interface HostnameOptions {
  /**
   * A static IPv4 configuration of the first NIC.
   *
   * @default - DHCP
   */
  readonly ipv4?: StaticIpv4;
}

/** The kind of a guest initialisation. */
export enum GuestInitKind {
  /** Cloud-init user data, meta data and network config. */
  CLOUD_INIT = 'cloud-init',
  /** A host name and an optional static IP. */
  HOSTNAME = 'hostname',
  /** Windows customization: computer name, Administrator password, time zone, domain join. */
  WINDOWS = 'windows',
}

/**
 * How a VM's guest is initialised on first boot.
 *
 * vSphere: guest customization (host name and IP, Windows sysprep) or `guestinfo` cloud-init
 * data; Hyper-V: a cloud-init `cidata` ISO; libvirt: a cloud-init disk. Windows guests read the
 * cloud-init documents with cloudbase-init.
 */
export class GuestInit {
  /**
   * Cloud-init user data (and optional network config).
   *
   * @param options user data, host name, network config
   */
  public static cloudInit(options: CloudInitOptions): GuestInit {
    if (options.networkConfig !== undefined && options.ipv4 !== undefined) {
      throw new DesignError(undefined, {
        problem: 'Cloud-init takes one network config: the one given or the one made from ipv4, not both.',
        fix: 'give networkConfig or ipv4',
      });
    }
    return new GuestInit(GuestInitKind.CLOUD_INIT, options.hostname, options.userData, options.networkConfig, options.ipv4,
      options.allowSecretsInOutput ?? false);
  }

  /**
   * A host name and, optionally, a static IPv4 address on the first NIC.
   *
   * @param hostname the guest's host name (without domain)
   * @param options static IPv4 configuration
   */
  public static hostname(hostname: string, options: HostnameOptions = {}): GuestInit {
    return new GuestInit(GuestInitKind.HOSTNAME, hostname, undefined, undefined, options.ipv4, false);
  }

  /**
   * Windows customization: computer name, Administrator password, time zone and domain join
   * (vSphere: sysprep through the clone's `windows_options`; libvirt: cloudbase-init reading a
   * cloud-init disk the provider builds at apply; Hyper-V: cloudbase-init reading the `cidata`
   * ISO built at synth, which can hold no password). Passwords are tokens Terraform resolves at
   * apply, never literals.
   *
   * @param options computer name, password, time zone, domain
   */
  public static windows(options: WindowsInitOptions = {}): GuestInit {
    if (options.domainJoin !== undefined && options.workgroup !== undefined) {
      throw new DesignError(undefined, {
        problem: 'A Windows guest joins a domain or a workgroup, not both.',
        fix: 'give domainJoin or workgroup',
      });
    }
    const windows: WindowsInitOptions = { ...options, domainJoin: options.domainJoin && { ...options.domainJoin } };
    return new GuestInit(GuestInitKind.WINDOWS, options.computerName, undefined, undefined, options.ipv4, false, windows);
  }

  private constructor(
    /** The kind of initialisation. */
    public readonly kind: GuestInitKind,
    /**
     * Host name of the guest.
     *
     * @default - the VM's name
     */
    public readonly guestHostname: string | undefined,
    /**
     * Cloud-init user data.
     *
     * @default - none
     */
    public readonly userData: string | undefined,
    /**
     * Cloud-init network configuration.
     *
     * @default - none
     */
    public readonly networkConfig: string | undefined,
    /**
     * Static IPv4 configuration of the first NIC.
     *
     * @default - DHCP
     */
    public readonly ipv4: StaticIpv4 | undefined,
    /** Whether passwords and private keys in the cloud-init documents are accepted in the output. */
    public readonly allowSecretsInOutput: boolean,
    /**
     * The Windows customization.
     *
     * @default - none
     */
    public readonly windowsOptions?: WindowsInitOptions,
  ) {}
}
