import { Construct } from 'constructs';
import { HYPERV_CAPABILITIES } from './capabilities';
import { validateExternalSwitch, validateFailoverCluster, validateHost, validateWinRm } from './checks';
import { checkIsoDirectory } from './drives';
import { checkTargetStrings } from './provider-text';
import { HypervRenderer } from './renderer';
import { HypervNetworkResources, HypervVmResources } from './resources';
import { checkStorageLocations } from './storage';
import { HypervExternalSwitch, HypervFailoverCluster, HypervHost, HypervKeyProtector } from './target-options';
import { WinRmOptions } from './winrm';
import type { VirtualMachine } from '../../constructs/virtual-machine';
import type { VirtualNetwork } from '../../constructs/virtual-network';
import { TerraformElement, TerraformProvider, TerraformResource, WinrmProvisionerConnection } from '../../core';
import { Capability } from '../../model/capabilities';
import { copyProps } from '../../model/copy';
import { DesignError } from '../../model/errors';
import { Image } from '../../model/image';
import { HypervHostVersion } from '../../model/limits';
import { DesignNode, DesignRegistry, RenderedElement } from '../../model/target-contract';
import { Vendor } from '../../model/vendor';
import { HypervProvider } from '../../providers/hyperv/provider';
import { PlacementLock } from '../cluster-placement';
import { Credentials } from '../credentials';
import { tfCall, tfText } from '../escaping';
import { selectHost, validateHostNames } from '../hosts';
import { checkImageSources } from '../image-sources';
import { Design, Renderer } from '../protocol';
import { Target } from '../target';

export * from './target-options';

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
   * Another image for an image name of the design, on this target: `Image.fromUrl(url)` of a
   * `.vhdx` (or `.vhd`) file, downloaded once per host by the provider into
   * `<imageDirectory>\\<image>\\<file>` and shared by the VMs' differencing disks there;
   * `Image.template(name)` of another parent VHDX; or `Image.blank()`.
   *
   * @default - none: each VM's own image
   */
  readonly imageSources?: { [image: string]: Image };

  /**
   * The folders on the hosts that `Storage.named(name)` names: a VM on a storage keeps its
   * configuration, OS disk, checkpoints and smart paging file in `<folder>\\<vm>`, and a data disk
   * on a storage is `<folder>\\<vm>\\<disk>.vhdx`. Absolute Windows folders (`D:\\Hyper-V`,
   * `\\\\server\\share\\vms`) without `..` parts or quotes.
   *
   * @default - none: a design that names a storage fails until its folder is given
   */
  readonly storageLocations?: { [name: string]: string };

  /**
   * Folder on each host that holds the ISO files of CD/DVD drives: `Drive.iso("a/b.iso")` is
   * `<isoDirectory>\\a\\b.iso`, which must exist on the VM's host.
   *
   * @default - the imageDirectory
   */
  readonly isoDirectory?: string;

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
  private readonly connections = new Map<string, WinrmProvisionerConnection>();
  private readonly props: HypervTargetProps;
  private readonly credentials: { user?: string; password?: string };
  private readonly storageLocations: Map<string, string>;
  private readonly isoDirectory: string | undefined;

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
    for (const host of props.hosts) validateHost(this, host);
    if (props.failoverCluster !== undefined) validateFailoverCluster(this, props.failoverCluster);
    if (props.externalSwitch !== undefined) validateExternalSwitch(this, props.externalSwitch.adapters);
    checkImageSources(this, props.imageSources,
      'Image.fromUrl(url) of a .vhdx (or .vhd) file, or Image.template(name) of a parent VHDX on the hosts (or its path in images)');
    checkTargetStrings(this, props);
    this.storageLocations = checkStorageLocations(this, props.storageLocations);
    this.isoDirectory = checkIsoDirectory(this, props.isoDirectory);
    this.props = props;
    this.hosts = [...props.hosts];
    this.hostNames = this.hosts.map((h) => h.name);

    this.credentials = Credentials._of(this, props.credentials, 'hyperv')._bind(
      this,
      this.stack,
      'hyperv',
      `the Hyper-V hosts (${this.hostNames.join(', ')})`,
    );
    for (const host of this.hosts) {
      const provider = new HypervProvider(this, host.name, {
        alias: host.name,
        ...this.endpoint(host),
        user: this.credentials.user,
        password: this.credentials.password,
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

  /**
   * Escape hatch: the `hyperv` provider alias of a host.
   *
   * @param hostName name of the host; may be omitted when the target has one host
   */
  public providerFor(hostName?: string): TerraformProvider {
    return this.providers.get(selectHost(this, this.hosts, hostName).name)!;
  }

  /**
   * Escape hatch: the resources this target rendered for a VM, by role. Reading them renders the
   * design, so create every construct of the target first.
   *
   * @example
   * const { machineInstance } = target.vmResources(web1);
   * machineInstance.addOverride('notes', 'managed by Terraform');
   *
   * @param vm a VM of this target
   */
  public vmResources(vm: VirtualMachine): HypervVmResources {
    const { resources } = this.renderedOf(vm, vm._node, `when the Hyper-V resources of VM ${vm.node.path} were read`);
    const dataDisks: { [name: string]: TerraformResource } = {};
    for (const disk of vm._node.disks) dataDisks[disk.name] = resources[`dataDisk:${disk.name}`] as TerraformResource;
    return {
      machineInstance: resources.machineInstance as TerraformResource,
      osDisk: resources.osDisk as TerraformResource,
      dataDisks,
      cloudInitIso: resources.cloudInitIso as TerraformResource | undefined,
      security: resources.security as TerraformResource | undefined,
      clusterRole: resources.clusterRole as TerraformResource | undefined,
      checkpoint: resources.checkpoint as TerraformResource | undefined,
    };
  }

  /**
   * Escape hatch: the virtual switches this target rendered for a network, by host. Reading them
   * renders the design, so create every construct of the target first.
   *
   * @example
   * target.networkResources(app).switches.hv1.addOverride('notes', 'application network');
   *
   * @param network a network of this target
   */
  public networkResources(network: VirtualNetwork): HypervNetworkResources {
    const { resources } = this.renderedOf(network, network._node, `when the Hyper-V switches of network ${network.node.path} were read`);
    const switches: { [host: string]: TerraformElement } = {};
    for (const host of this.hostNames) switches[host] = resources[`switch:${host}`];
    return { switches };
  }

  /** What this target can render, feature by feature. */
  protected capabilities(): { [feature: string]: Capability } {
    return HYPERV_CAPABILITIES;
  }

  /** The target's `imageSources`. */
  protected imageSources(): { [image: string]: Image } {
    return { ...this.props.imageSources };
  }

  /** @internal */
  protected _renderer(design: Design): Renderer {
    const external = this.props.externalSwitch;
    const imageDirectory = this.props.imageDirectory ?? 'C:\\Hyper-V\\Images';
    return new HypervRenderer({
      target: this,
      hostNames: this.hostNames,
      vmDirectory: this.props.vmDirectory ?? 'C:\\Hyper-V',
      imageDirectory,
      // a Map: an image named like a property of Object.prototype ("toString") is no exception
      images: new Map(Object.entries(this.props.images ?? {})),
      storageLocations: this.storageLocations,
      isoDirectory: this.isoDirectory ?? imageDirectory,
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
    }, design);
  }

  /** What this target rendered for a VM or network of its own, rendering the design first if it has not been. */
  private renderedOf(construct: VirtualMachine | VirtualNetwork, node: DesignNode, reason: string): RenderedElement {
    const owner = construct.target;
    if (owner !== this) {
      throw new DesignError(construct, {
        problem: `The construct belongs to target ${owner.node.path}; target ${this.node.path} renders none of its resources.`,
        fix: `read its resources from ${owner.node.path}`,
      });
    }
    return DesignRegistry.of(this).renderedOf(node, reason)!;
  }

  /** Where the provider and a provisioner connect to for a host, alike. */
  private endpoint(host: HypervHost): { host: string; port: number; https: boolean; insecure: boolean; useNtlm: boolean } {
    const winrm: WinRmOptions = this.props.winrm ?? {};
    const https = winrm.https ?? true;
    return {
      host: tfText(this, 'host address', host.address ?? host.name),
      port: host.port ?? winrm.port ?? (https ? 5986 : 5985),
      https,
      insecure: winrm.insecure ?? false,
      useNtlm: winrm.useNtlm ?? winrm.kerberos === undefined,
    };
  }

  /** The WinRM connection of a remote-exec provisioner on a host, like the host's provider's; one per host, shared by its scripts. */
  private connectionFor(hostName: string): WinrmProvisionerConnection {
    if (this.credentials.password === undefined) {
      throw new DesignError(this, {
        problem: 'Remote PowerShell connects with a user name and password, and the target leaves them to environment variables that a provisioner cannot read.',
        fix: 'give the target credentials: Credentials.fromVariables()',
      });
    }
    const caCertPath = this.props.winrm?.caCertPath;
    let connection = this.connections.get(hostName);
    connection ??= {
      type: 'winrm',
      ...this.endpoint(this.hosts.find((h) => h.name === hostName)!),
      user: this.credentials.user,
      password: this.credentials.password,
      cacert: caCertPath === undefined ? undefined : tfCall(this, 'winrm.caCertPath', 'file', caCertPath),
    };
    this.connections.set(hostName, connection);
    return connection;
  }
}
