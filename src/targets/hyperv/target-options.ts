import { DesignError } from '../../model/errors';

/*
 * The settings of a Hyper-V target beyond its own props: its hosts, their failover cluster, the
 * key protector of shielded VMs, the external switch of bridged networks.
 */

/** A Hyper-V host, reached over WinRM through a provider alias of its own. */
export interface HypervHost {
  /**
   * Short name of the host. It becomes the provider alias (`hyperv.<name>`), so it must be a
   * Terraform identifier: a letter or underscore, then letters, digits, underscores or dashes.
   */
  readonly name: string;

  /**
   * DNS name or IP address WinRM connects to.
   *
   * @default - the host's name
   */
  readonly address?: string;

  /**
   * WinRM port of this host.
   *
   * @default - the target's WinRM port
   */
  readonly port?: number;
}

/** A Windows failover cluster of the Hyper-V hosts. */
export interface HypervFailoverCluster {
  /** Name of the failover cluster. */
  readonly name: string;

  /** Path of the cluster shared volume that holds the VMs, e.g. `C:\\ClusterStorage\\Volume1`. */
  readonly sharedVolumePath: string;
}

/** The key protector of shielded Hyper-V VMs: it guards the keys of the vTPM. */
export class HypervKeyProtector {
  /** A local key protector on each host (`Set-VMKeyProtector -NewLocalKeyProtector`); not for host-guarded VMs. */
  public static local(): HypervKeyProtector {
    return new HypervKeyProtector(undefined);
  }

  /**
   * A key protector owned by a guardian of the Host Guardian Service, present on every host
   * (`Get-HgsGuardian -Name <name>`); needed for host-guarded VMs.
   *
   * @param name the guardian's name
   */
  public static guardian(name: string): HypervKeyProtector {
    if (!/^[A-Za-z0-9][A-Za-z0-9 ._-]{0,63}$/.test(name)) {
      throw new DesignError(undefined, {
        problem: 'The guardian name cannot be passed to PowerShell safely.',
        value: JSON.stringify(name),
        allowed: 'letters, digits, spaces, dots, dashes and underscores, up to 64 characters',
      });
    }
    return new HypervKeyProtector(name);
  }

  private constructor(
    /**
     * Name of the Host Guardian Service guardian.
     *
     * @default - a local key protector
     */
    public readonly guardianName: string | undefined,
  ) {}
}

/** The external virtual switch of the hosts. */
export interface HypervExternalSwitch {
  /**
   * Name of the switch.
   *
   * @default 'external'
   */
  readonly name?: string;

  /** Names of the physical adapters the switch binds to (two or more: a SET team). */
  readonly adapters: string[];

  /**
   * Let the host share the switch (a host virtual NIC on it). Switch it off only when the host
   * has another management adapter, or the host loses its connection.
   *
   * @default true
   */
  readonly allowManagementOs?: boolean;
}
