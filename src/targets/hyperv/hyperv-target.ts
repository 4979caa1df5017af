import { Construct } from 'constructs';
import { PlacementLock } from '../cluster-placement';
import { HypervRenderer } from './renderer';
import { TerraformProvider, Token, WinrmProvisionerConnection } from '../../core';
import { Capabilities, Capability, Feature } from '../../model/capabilities';
import { copyProps } from '../../model/copy';
import { DesignError } from '../../model/errors';
import { HypervHostVersion } from '../../model/limits';
import { redactUri } from '../../model/redact';
import { Vendor } from '../../model/vendor';
import { HypervProvider } from '../../providers/hyperv/provider';
import { Credentials } from '../credentials';
import { knownAtSynth, tfCall, tfText } from '../escaping';
import { selectHost, validateHostNames, validateInteger } from '../hosts';
import { RenderResult } from '../report';
import { Target, legacyDesign } from '../target';

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

/** Kerberos authentication for WinRM. */
export interface KerberosOptions {
  /** Kerberos realm, e.g. `CORP.EXAMPLE.COM`. */
  readonly realm: string;

  /**
   * Service principal name of the WinRM service.
   *
   * @default - the provider's default (`HTTP/<host>`)
   */
  readonly servicePrincipalName?: string;

  /**
   * Path of the krb5 configuration file on the machine that runs Terraform.
   *
   * @default - the provider's default, `/etc/krb5.conf` (or `HYPERV_KERBEROS_CONFIG`/`KRB5_CONFIG`)
   */
  readonly configPath?: string;

  /**
   * Path of the Kerberos credential cache on the machine that runs Terraform.
   *
   * @default - the provider's default (`KRB5CCNAME`)
   */
  readonly credentialCache?: string;
}

/**
 * How the provider talks WinRM to the hosts.
 *
 * @see https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs
 */
export interface WinRmOptions {
  /**
   * Use HTTPS.
   *
   * @default true
   */
  readonly https?: boolean;

  /**
   * WinRM port.
   *
   * @default - 5986 with HTTPS, 5985 without
   */
  readonly port?: number;

  /**
   * Skip verification of the hosts' TLS certificates. Use only in labs.
   *
   * @default false
   */
  readonly insecure?: boolean;

  /**
   * Authenticate with NTLM.
   *
   * @default - true, unless Kerberos is configured
   */
  readonly useNtlm?: boolean;

  /**
   * Kerberos authentication instead of NTLM.
   *
   * @default - no Kerberos
   */
  readonly kerberos?: KerberosOptions;

  /**
   * Server name expected in the hosts' TLS certificates.
   *
   * @default - the address connected to
   */
  readonly tlsServerName?: string;

  /**
   * Path of a CA certificate bundle that verifies the hosts' certificates.
   *
   * @default - the system's trust store
   */
  readonly caCertPath?: string;

  /**
   * Path of a client certificate, for certificate authentication.
   *
   * @default - no client certificate
   */
  readonly certPath?: string;

  /**
   * Path of the client certificate's private key.
   *
   * @default - no client key
   */
  readonly keyPath?: string;

  /**
   * Path, on the host, where the provider writes the scripts it runs.
   *
   * @default - the provider's default, `C:/Temp/terraform_%RAND%.cmd`
   */
  readonly scriptPath?: string;

  /**
   * WinRM operation timeout, in seconds.
   *
   * @default 30
   */
  readonly timeoutSeconds?: number;
}

/** Properties of a {@link HypervTarget}. */
export interface HypervTargetProps {
  /** The Hyper-V hosts, each reached through its own provider alias. */
  readonly hosts: HypervHost[];

  /**
   * How Terraform signs in to the hosts (the same account on every host).
   *
   * @default - Credentials.fromEnvironment(): the provider reads `HYPERV_USER` and `HYPERV_PASSWORD`
   */
  readonly credentials?: Credentials;

  /**
   * WinRM connection options, shared by all hosts.
   *
   * @default - HTTPS on port 5986 with NTLM and certificate verification
   */
  readonly winrm?: WinRmOptions;

  /**
   * Folder on each host that holds the VMs' configuration and disks (one subfolder per VM).
   *
   * @default 'C:\\Hyper-V'
   */
  readonly vmDirectory?: string;

  /**
   * Folder on each host that holds the parent images (`<image>.vhdx`).
   *
   * @default 'C:\\Hyper-V\\Images'
   */
  readonly imageDirectory?: string;

  /**
   * Where each image of the design lives: image name to the full path of its parent VHDX.
   *
   * @default - `<imageDirectory>\\<image>.vhdx`
   */
  readonly images?: { [image: string]: string };

  /**
   * The external switch that bridged networks share on every host (Hyper-V binds one external
   * switch to a physical adapter; VLANs are set on the VMs' adapters).
   *
   * @default - none: a design with bridged networks fails until one is given
   */
  readonly externalSwitch?: HypervExternalSwitch;

  /**
   * Let the library run PowerShell on the hosts over WinRM (a `terraform_data` resource with a
   * `remote-exec` provisioner) for what the provider cannot configure: the vTPM, key protector,
   * encryption and shielding of shielded VMs. Needs `Credentials.fromVariables()`, since the
   * provisioner's connection cannot read the provider's environment variables.
   *
   * @default false: designs that need it fail with an error that names this option
   */
  readonly remotePowerShell?: boolean;

  /**
   * Where the key protectors of shielded VMs come from.
   *
   * @default HypervKeyProtector.local()
   */
  readonly keyProtector?: HypervKeyProtector;

  /**
   * An existing Windows failover cluster of the hosts. With `remotePowerShell`, each VM of an
   * `HaCluster` becomes a clustered role (`Add-ClusterVirtualMachineRole`) with its restart
   * priority and anti-affinity classes; its files must then live on a cluster shared volume.
   *
   * @default - none: the hosts stand alone, and nothing restarts VMs when a host fails
   */
  readonly failoverCluster?: HypervFailoverCluster;

  /**
   * The Windows Server release of the hosts, for its per-VM limits.
   *
   * @default HypervHostVersion.WINDOWS_SERVER_2022
   */
  readonly hostVersion?: HypervHostVersion;
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

const { native, emulated, unsupported } = Capabilities;

const CAPABILITIES: Record<Feature, Capability> = {
  [Feature.UEFI]: native('generation 2 VM'),
  [Feature.BIOS]: native('generation 1 VM'),
  [Feature.CORES_PER_SOCKET]: unsupported(
    'the provider sets only the processor count; Hyper-V derives the topology',
    'leave coresPerSocket out',
  ),
  [Feature.OS_DISK_SIZE]: native('`hyperv_vhd` copied from the image (`source`) and resized; without it, a differencing disk'),
  [Feature.DATA_DISKS]: native('`hyperv_vhd` on the SCSI controller'),
  [Feature.THICK_DISKS]: native('`vhd_type = "Fixed"`'),
  [Feature.EAGER_ZEROED_DISKS]: native('`vhd_type = "Fixed"` (Hyper-V zeroes a fixed VHDX when it creates it)'),
  [Feature.STATIC_MAC]: native('`network_adaptors.static_mac_address`'),
  [Feature.EMULATED_NIC]: native('`network_adaptors.is_legacy` (generation 1 only)'),
  [Feature.SRIOV_NIC]: native('`network_adaptors.iov_weight` on a switch with `enable_iov`'),
  [Feature.CLOUD_INIT]: native('`hyperv_iso_image` cidata ISO on a DVD drive'),
  [Feature.HOSTNAME_STATIC_IP]: emulated('a generated cloud-init cidata ISO (the image needs cloud-init or cloudbase-init)'),
  [Feature.AUTOSTART]: native('`automatic_start_action`'),
  [Feature.NESTED_VIRTUALIZATION]: native('`vm_processor.expose_virtualization_extensions` (static memory)'),
  [Feature.DYNAMIC_MEMORY]: native('`dynamic_memory` with `memory_minimum_bytes`/`memory_maximum_bytes`'),
  [Feature.MEMORY_RESERVATION]: native('static memory is reserved in full (reservation = memory)'),
  [Feature.PARTIAL_MEMORY_RESERVATION]: unsupported(
    'Hyper-V reserves a VM\'s static memory in full and has no partial reservation',
    'set memoryReservation equal to the memory with static memory, or leave it out',
  ),
  [Feature.CPU_HOT_ADD]: unsupported(
    'Hyper-V cannot add virtual processors to a running VM',
    'give the VM the vCPUs it needs at its peak',
  ),
  [Feature.MEMORY_HOT_ADD]: native('generation 2 VMs resize memory at run time without a setting'),
  [Feature.PCI_PASSTHROUGH]: unsupported(
    'the provider has no device assignment (DDA)',
    'run the VM on vSphere or libvirt, or assign the device with Add-VMAssignableDevice outside Terraform',
  ),
  [Feature.HOST_PLACEMENT]: native('the host\'s provider alias'),
  [Feature.SECURE_BOOT]: native('`vm_firmware` Secure Boot with the template for the guest (generation 2)'),
  [Feature.VTPM]: emulated('PowerShell over WinRM from `terraform_data`: `Set-VMKeyProtector`, `Enable-VMTPM` (opt-in: remotePowerShell)'),
  [Feature.ENCRYPTION]: emulated(
    'PowerShell over WinRM: `Set-VMSecurity -EncryptStateAndVmMigrationTraffic`; the guest encrypts its disks with BitLocker and the vTPM (opt-in: remotePowerShell)',
  ),
  [Feature.HOST_GUARDIAN]: emulated('PowerShell over WinRM: an HGS guardian\'s key protector and `Set-VMSecurityPolicy -Shielded` (opt-in: remotePowerShell)'),
  [Feature.VBS]: native('`vm_processor.expose_virtualization_extensions` for the guest\'s hypervisor (static memory)'),
  [Feature.MEMORY_ENCRYPTION]: unsupported(
    'Hyper-V has no AMD SEV memory encryption',
    'leave memoryEncryption out, or run the VM on libvirt',
  ),
  [Feature.HA_CLUSTER]: emulated(
    'the library places VMs on the hosts\' aliases with room for the tolerated failures (lock file); with a failover cluster, '
    + 'each VM becomes a clustered role by PowerShell (`Add-ClusterVirtualMachineRole`). After a failover, move the role back '
    + 'before `terraform apply`: the provider looks for the VM on the host it was created on',
  ),
  [Feature.RESTART_PRIORITY]: emulated('the clustered role\'s `Priority` by PowerShell (failover cluster and remotePowerShell)'),
  [Feature.ISOLATION_RESPONSE]: unsupported(
    'the provider has no cluster settings and this library does not model failover-cluster resiliency',
    'leave isolationResponse out',
  ),
  [Feature.VM_MONITORING]: unsupported(
    'the provider has no cluster settings and this library does not model failover-cluster VM monitoring',
    'leave vmMonitoring out',
  ),
  [Feature.DRS_AUTOMATION]: unsupported(
    'the library places VMs once, at synth; nothing moves them afterwards',
    'leave drsAutomation out',
  ),
  [Feature.AFFINITY_RULES]: emulated('the placement engine at synth; on a failover cluster also `AntiAffinityClassNames` by PowerShell'),
  [Feature.VM_HOST_RULES]: emulated('the placement engine at synth'),
  [Feature.MIGRATION_NETWORK]: emulated('PowerShell per host: `Set-VMHost -UseAnyNetworkForMigration $false`, `Add-VMMigrationNetwork` with the subnet (remotePowerShell)'),
  [Feature.MIGRATION_CPU_COMPATIBILITY]: native('`vm_processor.compatibility_for_migration_enabled`'),
  [Feature.EXISTING_CLUSTER]: unsupported(
    'the library creates no cluster on Hyper-V to adopt instead: it places VMs on the hosts, whose failover cluster, if any, exists already',
    'leave existing out; name the hosts\' failover cluster on the HypervTarget (failoverCluster)',
  ),
  [Feature.REPLICA_GUEST]: emulated('two VMs on different hosts by the placement engine (an anti-affinity class on a failover cluster); the primary gets the higher cluster priority'),
  [Feature.REPLICA_HYPERVISOR]: emulated(
    'Hyper-V Replica by PowerShell (remotePowerShell): `Set-VMReplicationServer` on the replica host, `Enable-VMReplication` and `Start-VMInitialReplication` on the primary\'s',
  ),
  [Feature.CHECKPOINTS]: emulated('`checkpoint_type = "Production"` and `snapshot_file_location`; the checkpoint itself by PowerShell (`Checkpoint-VM`, remotePowerShell)'),
  [Feature.BRIDGED_NETWORK]: native('the hosts\' external `hyperv_network_switch`'),
  [Feature.ISOLATED_NETWORK]: native('a private `hyperv_network_switch` per host'),
  [Feature.HOST_ONLY_NETWORK]: native('an internal `hyperv_network_switch` per host'),
  [Feature.NAT_NETWORK]: unsupported(
    'NAT needs New-NetNat on the host, which the provider cannot run',
    'use a bridged network, or an isolated one with a router VM',
  ),
  [Feature.VLAN]: native('`network_adaptors.vlan_access`/`vlan_id` on the VMs\' adapters'),
  [Feature.EXISTING_NETWORK]: native('`hyperv_network_switch` data source'),
};

/**
 * A Microsoft Hyper-V target: a list of hosts, one `hyperv` provider alias per host (WinRM).
 *
 * The provider has no notion of a cluster, so each host is addressed on its own; constructs that
 * spread VMs over hosts choose the alias.
 *
 * @example
 * new HypervTarget(stack, 'hyperv', {
 *   hosts: [{ name: 'hv1', address: 'hv1.corp.example' }, { name: 'hv2', address: 'hv2.corp.example' }],
 *   credentials: Credentials.fromVariables(),
 * });
 */
export class HypervTarget extends Target {
  /** Always `Vendor.HYPERV`. */
  public readonly vendor = Vendor.HYPERV;
  /** Names of the hosts, in the order given; each is also the alias of its provider. */
  public readonly hostNames: string[];

  /** Always `taliesins/hyperv 1.2.1`, the release the bindings come from. */
  public readonly providerLabel = 'taliesins/hyperv 1.2.1';

  private readonly hosts: HypervHost[];
  private readonly providers = new Map<string, HypervProvider>();
  private readonly props: HypervTargetProps;
  private readonly credentials: { user?: string; password?: string };

  /**
   * @param scope the stack to configure, or a construct inside it
   * @param id construct ID of the target
   * @param props the Hyper-V connection
   */
  constructor(scope: Construct, id: string, props: HypervTargetProps) {
    super(scope, id);
    // checked now, rendered at synth: later changes to the caller's arrays and objects must not reach it
    props = copyProps(props);
    // the app's synth writes the placement lock once every stack has synthesized
    PlacementLock.attach(this);
    validateHostNames(this, props.hosts.map((h) => h.name), '{ name: "hv1", address: "hv1.corp.example" }');
    const winrm = props.winrm ?? {};
    validateWinRm(this, winrm);
    for (const host of props.hosts) {
      validateAddress(this, host);
      validateInteger(this, `The WinRM port of host "${host.name}"`, host.port, 1, 65535);
    }

    if (props.failoverCluster !== undefined) validateFailoverCluster(this, props.failoverCluster);
    if (props.externalSwitch !== undefined && props.externalSwitch.adapters.length === 0) {
      throw new DesignError(this, {
        problem: 'The external switch binds to no physical adapter.',
        value: 'adapters: []',
        fix: 'name the physical network adapters of the hosts, e.g. adapters: ["Ethernet 2"]',
      });
    }
    this.props = props;
    this.hosts = [...props.hosts];
    this.hostNames = this.hosts.map((h) => h.name);

    const https = winrm.https ?? true;
    this.credentials = Credentials._of(this, props.credentials, 'hyperv')._bind(
      this,
      this.stack,
      'hyperv',
      `the Hyper-V hosts (${this.hostNames.join(', ')})`,
    );
    const credentials = this.credentials;
    for (const host of this.hosts) {
      const provider = new HypervProvider(this, host.name, {
        alias: host.name,
        host: tfText(this, 'host address', host.address ?? host.name),
        port: host.port ?? winrm.port ?? (https ? 5986 : 5985),
        https,
        insecure: winrm.insecure ?? false,
        useNtlm: winrm.useNtlm ?? winrm.kerberos === undefined,
        user: credentials.user,
        password: credentials.password,
        tlsServerName: tfText(this, 'winrm.tlsServerName', winrm.tlsServerName),
        cacertPath: tfText(this, 'winrm.caCertPath', winrm.caCertPath),
        certPath: tfText(this, 'winrm.certPath', winrm.certPath),
        keyPath: tfText(this, 'winrm.keyPath', winrm.keyPath),
        kerberosRealm: tfText(this, 'winrm.kerberos.realm', winrm.kerberos?.realm),
        kerberosServicePrincipalName: tfText(this, 'winrm.kerberos.servicePrincipalName', winrm.kerberos?.servicePrincipalName),
        kerberosConfig: tfText(this, 'winrm.kerberos.configPath', winrm.kerberos?.configPath),
        kerberosCredentialCache: tfText(this, 'winrm.kerberos.credentialCache', winrm.kerberos?.credentialCache),
        scriptPath: tfText(this, 'winrm.scriptPath', winrm.scriptPath),
        timeout: `${winrm.timeoutSeconds ?? 30}s`,
      });
      this.providers.set(host.name, provider);
    }
  }

  /** The WinRM connection of a remote-exec provisioner on a host, like the host's provider's. */
  private connectionFor(hostName: string): WinrmProvisionerConnection {
    const host = this.hosts.find((h) => h.name === hostName)!;
    const winrm = this.props.winrm ?? {};
    const https = winrm.https ?? true;
    if (this.credentials.password === undefined) {
      throw new DesignError(this, {
        problem: 'Remote PowerShell connects with a user name and password, and the target leaves them to environment variables that a provisioner cannot read.',
        fix: 'give the target credentials: Credentials.fromVariables()',
      });
    }
    return {
      type: 'winrm',
      host: tfText(this, 'host address', host.address ?? host.name),
      port: host.port ?? winrm.port ?? (https ? 5986 : 5985),
      https,
      insecure: winrm.insecure ?? false,
      useNtlm: winrm.useNtlm ?? winrm.kerberos === undefined,
      user: this.credentials.user,
      password: this.credentials.password,
      cacert: winrm.caCertPath === undefined ? undefined : tfCall(this, 'winrm.caCertPath', 'file', winrm.caCertPath),
    };
  }

  /**
   * Escape hatch: the `hyperv` provider alias of a host.
   *
   * @param hostName name of the host; may be omitted when the target has one host
   */
  public providerFor(hostName?: string): TerraformProvider {
    return this.providers.get(selectHost(this, this.hosts, hostName).name)!;
  }
  /** What this target can render, feature by feature. */
  protected capabilities(): { [feature: string]: Capability } {
    return CAPABILITIES;
  }

  /** Renders the networks and VMs of the design into this vendor's resources. */
  /** @internal */
  protected _renderDesign(): RenderResult {
    const external = this.props.externalSwitch;
    return new HypervRenderer({
      target: this,
      hostNames: this.hostNames,
      vmDirectory: this.props.vmDirectory ?? 'C:\\Hyper-V',
      imageDirectory: this.props.imageDirectory ?? 'C:\\Hyper-V\\Images',
      // a Map: an image named like a property of Object.prototype ("toString") is no exception
      images: new Map(Object.entries(this.props.images ?? {})),
      externalSwitch: external && {
        name: external.name ?? 'external',
        adapters: external.adapters,
        allowManagementOs: external.allowManagementOs ?? true,
      },
      providerFor: (host) => this.providerFor(host),
      failoverCluster: this.props.failoverCluster,
      hostVersion: this.props.hostVersion ?? HypervHostVersion.WINDOWS_SERVER_2022,
      lock: PlacementLock.of(this),
      remoteShell: this.props.remotePowerShell ? {
        guardian: this.props.keyProtector?.guardianName,
        connectionFor: (host) => this.connectionFor(host),
      } : undefined,
      nameAfter: (element, owner, suffix) => this.nameAfter(element, owner, suffix),
    }).render(...legacyDesign(this));
  }

}

function validateWinRm(scope: Construct, winrm: WinRmOptions): void {
  validateInteger(scope, 'The WinRM port', winrm.port, 1, 65535);
  validateInteger(scope, 'The WinRM timeout (seconds)', winrm.timeoutSeconds, 1, 86400);
  if (winrm.kerberos !== undefined && winrm.useNtlm === true) {
    throw new DesignError(scope, {
      problem: 'WinRM cannot authenticate with NTLM and Kerberos at once.',
      value: 'useNtlm: true, kerberos: { ... }',
      fix: 'remove useNtlm to use Kerberos, or remove kerberos to use NTLM',
    });
  }
  if (winrm.kerberos !== undefined && !Token.isUnresolved(winrm.kerberos.realm) && winrm.kerberos.realm.trim() === '') {
    throw new DesignError(scope, {
      problem: 'The Kerberos realm is empty.',
      value: '""',
      fix: 'give the realm, e.g. realm: "CORP.EXAMPLE.COM"',
    });
  }
  if ((winrm.certPath === undefined) !== (winrm.keyPath === undefined)) {
    throw new DesignError(scope, {
      problem: 'A WinRM client certificate needs both the certificate and its key.',
      value: winrm.certPath !== undefined ? 'certPath without keyPath' : 'keyPath without certPath',
      fix: 'give both certPath and keyPath, or neither',
    });
  }
}

function validateAddress(scope: Construct, host: HypervHost): void {
  const address = host.address;
  if (address === undefined || Token.isUnresolved(address)) return;
  if (address.trim() === '' || /[\s/\\@]/.test(address) || address.includes('://')) {
    throw new DesignError(scope, {
      problem: `The address of host "${host.name}" is not a host name or IP address.`,
      value: JSON.stringify(redactUri(address)),
      allowed: 'a DNS name or IP address without scheme, user, port or path (e.g. "hv1.corp.example"); credentials come from HypervTargetProps.credentials',
      fix: 'set the port with port, and HTTPS with winrm.https',
    });
  }
}

/** A failover cluster's name is a NetBIOS name (up to 15 characters), or a DNS name whose first label is one. */
const FAILOVER_CLUSTER_NAME = /^(?=[A-Za-z0-9-]{1,15}(\.|$))[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;

function validateFailoverCluster(scope: Construct, cluster: HypervFailoverCluster): void {
  knownAtSynth(scope, 'failoverCluster.name', cluster.name, 'it is written into the PowerShell that makes VMs clustered roles');
  if (!FAILOVER_CLUSTER_NAME.test(cluster.name) || cluster.name.length > 253) {
    throw new DesignError(scope, {
      problem: 'The failover cluster name is not the name of a Windows failover cluster.',
      value: JSON.stringify(cluster.name),
      allowed: 'a NetBIOS name of 1 to 15 letters, digits and dashes (not starting or ending with a dash), optionally followed by its DNS domain, e.g. "HVCLUSTER" or "hvcluster.corp.example"',
      fix: 'give the cluster\'s name as Get-Cluster shows it',
    });
  }
}
