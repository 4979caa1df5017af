import { VsphereProvider, VsphereProviderConfig } from '@cdktf/provider-vsphere/lib/provider';
import { Construct } from 'constructs';
import { vsphereCapabilities } from './capabilities';
import { LightDataVsphereDatacenter } from './light-resources';
import { networkResources } from './networks';
import { VsphereRenderer } from './renderer';
import { VsphereNetworkResources, VsphereVmResources } from './resources';
import { checkCoreMhz, checkIsoDatastore, checkIsoDirectory, validateServer } from './target-checks';
import type { VirtualMachine } from '../../constructs/virtual-machine';
import type { VirtualNetwork } from '../../constructs/virtual-network';
import { TerraformProvider, TerraformStack, Token } from '../../core';
import { Capability } from '../../model/capabilities';
import { copyProps } from '../../model/copy';
import { DesignError } from '../../model/errors';
import { Image } from '../../model/image';
import { VsphereVersion } from '../../model/limits';
import { DesignRegistry, RenderedElement } from '../../model/target-contract';
import { Vendor } from '../../model/vendor';
import { Credentials } from '../credentials';
import { tfText } from '../escaping';
import { checkImageSources } from '../image-sources';
import { Design, Renderer } from '../protocol';
import { Target } from '../target';

export * from './resources';

/** Properties of a {@link VsphereTarget}. */
export interface VsphereTargetProps {
  /**
   * Host name or IP address of the vCenter Server (no scheme, no path).
   *
   * @example 'vcenter.example.com'
   * @see https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs#vsphere_server
   */
  readonly server: string;

  /**
   * Name of the datacenter, in that vCenter, that the design is deployed to. It is looked up with
   * a `vsphere_datacenter` data source.
   */
  readonly datacenter: string;

  /**
   * How Terraform signs in to vCenter.
   *
   * @default - Credentials.fromEnvironment(): the provider reads `VSPHERE_USER` and `VSPHERE_PASSWORD`
   */
  readonly credentials?: Credentials;

  /**
   * Accept a vCenter certificate that does not verify (self-signed). Use only in labs.
   *
   * @default false
   */
  readonly allowUnverifiedSsl?: boolean;

  /**
   * Provider alias, needed only when one stack talks to several vCenters: each vCenter has its
   * own provider, and at most one of them can be the stack's default (unaliased) provider.
   *
   * @default - the stack's default vsphere provider
   */
  readonly alias?: string;

  /**
   * Name of the existing compute cluster that VMs without a host run in (its root resource pool).
   *
   * @default - none: every VM must name its host
   */
  readonly cluster?: string;

  /**
   * Name of the datastore that holds the VMs' files and disks, unless a VM names its storage.
   *
   * @default - none: a VM that names no storage fails until one is given
   */
  readonly datastore?: string;

  /**
   * Name of the distributed virtual switch that new networks become port groups of.
   *
   * @default - none: see standardSwitch
   */
  readonly distributedSwitch?: string;

  /**
   * A standard virtual switch, present on the listed ESXi hosts, that new networks become host
   * port groups of (one per host). Used when no distributed switch is named.
   *
   * @default - none: new networks need a distributed switch
   */
  readonly standardSwitch?: VsphereStandardSwitch;

  /**
   * Where each image of the design lives: image name to the name of a VM template in the
   * datacenter.
   *
   * @default - a template named like the image
   */
  readonly images?: { [image: string]: string };

  /**
   * What each image of the design is on this vCenter, by image name, over `images`: a template
   * (`Image.template`), a content-library item (`Image.contentLibrary`) or an OVF package
   * (`Image.ovf`), so one design runs on every target.
   *
   * @default - the design's own images
   */
  readonly imageSources?: { [image: string]: Image };

  /**
   * Name of the datastore that holds the ISO images of CD/DVD drives.
   *
   * @default - the target's datastore
   */
  readonly isoDatastore?: string;

  /**
   * The folder of ISO images on the ISO datastore: a drive's file is `<isoDirectory>/<file>`.
   * An empty string is the datastore's root.
   *
   * @default 'iso'
   */
  readonly isoDirectory?: string;

  /**
   * The clock of the hosts' CPU cores, in MHz: vSphere limits a VM's CPU in MHz, so a VM's
   * `cpuLimit` (a percentage of its vCPUs) becomes `percent × vCPUs × coreMhz`.
   *
   * @default - none: a VM with a cpuLimit is refused
   */
  readonly coreMhz?: number;

  /**
   * The key provider vCenter takes keys from for vTPMs and VM encryption. Terraform can neither
   * create nor check it, so a design with shielded VMs must name it or acknowledge vCenter's
   * default.
   *
   * @default - none: shielded VMs fail until a key provider is named
   */
  readonly keyProvider?: VsphereKeyProvider;

  /**
   * Name of the VM storage policy that encrypts (its rules include VM encryption); shielded VMs
   * with encryption get it on their home folder and every disk.
   *
   * @default 'VM Encryption Policy'
   */
  readonly encryptionPolicy?: string;

  /**
   * The vSphere release, for its per-VM limits (vCPUs, memory, the memory above which EFI is required).
   *
   * @default VsphereVersion.VSPHERE_8_0
   */
  readonly version?: VsphereVersion;

  /**
   * What of the inventory the VMs are filed in (folders, tags, resource pools) exists in vCenter
   * already: the target finds it by name instead of creating it. Creating what exists fails at
   * apply (vCenter refuses a second folder, tag or pool of a name), and two stacks that both create
   * what they share would each destroy it.
   *
   * @default - the target creates every folder, tag category, tag and resource pool its VMs name
   */
  readonly existingInventory?: VsphereExistingInventory;
}

/**
 * What of the inventory the VMs of a vSphere target are filed in exists in vCenter already, kind
 * by kind. What exists is found by name, at plan; the target neither creates nor destroys it.
 */
export interface VsphereExistingInventory {
  /**
   * The VMs' folders exist: a VM's `folder` is the path of an existing VM folder below the
   * datacenter's VM folder, given to the VM as its path, with no `vsphere_folder`.
   *
   * @default false - a `vsphere_folder` for every level of every VM's folder path
   */
  readonly folders?: boolean;

  /**
   * The VMs' tags exist: a `vsphere_tag_category` data source per key and a `vsphere_tag` data
   * source per key and value, found by name, instead of the resources.
   *
   * @default false - a `vsphere_tag_category` per key (one tag per VM) and a `vsphere_tag` per key and value
   */
  readonly tags?: boolean;

  /**
   * The VMs' resource pools exist: a `vsphere_resource_pool` data source per root pool and name,
   * found by name in the root pool the VM runs in (its cluster's, or its host's), instead of the
   * resource.
   *
   * @default false - a `vsphere_resource_pool` per root pool and name
   */
  readonly resourcePools?: boolean;
}

/** The key provider of a vCenter, which Terraform cannot manage. */
export class VsphereKeyProvider {
  /**
   * A key provider (Native Key Provider or a KMS cluster) configured in vCenter, by name.
   *
   * @param name the key provider's name in vCenter
   */
  public static named(name: string): VsphereKeyProvider {
    return new VsphereKeyProvider(`key provider ${name}`);
  }

  /**
   * Acknowledge that vCenter's default key provider serves the shielded VMs, without naming it.
   */
  public static vcenterDefault(): VsphereKeyProvider {
    return new VsphereKeyProvider("vCenter's default key provider");
  }

  private constructor(
    /** How the key provider is described on the shielded VMs. */
    public readonly description: string,
  ) {}
}

/** A standard virtual switch of ESXi hosts. */
export interface VsphereStandardSwitch {
  /** Name of the virtual switch on each host, e.g. `vSwitch0`. */
  readonly name: string;
  /** ESXi host names, as vCenter shows them. */
  readonly hosts: string[];
}

const ALIAS = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/**
 * A VMware vSphere target: one vCenter Server and one of its datacenters.
 *
 * Configures one `vsphere` provider for the vCenter (one provider per vCenter; hosts and
 * clusters are reached through the vCenter, not through provider aliases) and looks up the
 * datacenter.
 *
 * @example
 * new VsphereTarget(stack, 'vsphere', {
 *   server: 'vcenter.example.com',
 *   datacenter: 'dc1',
 *   credentials: Credentials.fromVariables({ user: 'terraform@vsphere.local' }),
 * });
 */
export class VsphereTarget extends Target {
  /** Always `Vendor.VSPHERE`. */
  public readonly vendor = Vendor.VSPHERE;
  /** Empty: a vCenter's hosts are reached through the vCenter, not through provider aliases. */
  public readonly hostNames: string[] = [];

  /** Always `vmware/vsphere 2.15.0`, the release the bindings come from. */
  public readonly providerLabel = 'vmware/vsphere 2.15.0';

  /** Host name or address of the vCenter Server. */
  public readonly server: string;

  /** Name of the datacenter. */
  public readonly datacenterName: string;

  /**
   * Provider alias of this vCenter.
   *
   * @default - none: the stack's default vsphere provider
   */
  public readonly alias?: string;

  private readonly provider: VsphereProvider;
  private readonly datacenter: LightDataVsphereDatacenter;
  private readonly props: VsphereTargetProps;
  private readonly sources: { [image: string]: Image };
  private readonly isoDirectory: string;

  /**
   * @param scope the stack to configure, or a construct inside it
   * @param id construct ID of the target
   * @param props the vSphere connection
   */
  constructor(scope: Construct, id: string, props: VsphereTargetProps) {
    super(scope, id);
    // checked now, rendered at synth: later changes to the caller's arrays and objects must not reach it
    props = copyProps(props);
    validateServer(this, props.server);
    if (!Token.isUnresolved(props.datacenter) && props.datacenter.trim() === '') {
      throw new DesignError(this, {
        problem: 'The datacenter name is empty.',
        value: '""',
        fix: 'give the name of the datacenter as vCenter shows it, e.g. datacenter: "dc1"',
      });
    }
    if (props.alias !== undefined && !ALIAS.test(props.alias)) {
      throw new DesignError(this, {
        problem: `"${props.alias}" cannot be a Terraform provider alias.`,
        value: JSON.stringify(props.alias),
        allowed: 'a letter or underscore, then letters, digits, underscores or dashes',
      });
    }
    checkOneProviderPerVcenter(this, this.stack, props);
    this.sources = checkImageSources(this, props.imageSources, 'Image.template(name), Image.contentLibrary(library, item) or Image.ovf(url)');
    this.isoDirectory = checkIsoDirectory(this, props.isoDirectory);
    checkIsoDatastore(this, props.isoDatastore);
    checkCoreMhz(this, props.coreMhz);

    this.props = props;
    this.server = props.server;
    this.datacenterName = props.datacenter;
    this.alias = props.alias;

    const credentials = Credentials._of(this, props.credentials, 'vsphere')._bind(
      this,
      this.stack,
      props.alias ? `vsphere_${props.alias}` : 'vsphere',
      `vCenter ${props.server}`,
    );
    // user and password are required by the provider schema unless VSPHERE_USER and
    // VSPHERE_PASSWORD are set, which is what leaving them out relies on.
    const config: Partial<VsphereProviderConfig> = {
      vsphereServer: tfText(this, 'server', props.server),
      user: credentials.user,
      password: credentials.password,
      allowUnverifiedSsl: props.allowUnverifiedSsl ?? false,
      alias: props.alias,
    };
    this.provider = new VsphereProvider(this, 'Provider', config as VsphereProviderConfig);
    this.datacenter = new LightDataVsphereDatacenter(this, 'Datacenter', {
      provider: this.provider,
      name: tfText(this, 'datacenter', props.datacenter),
    });
    this.nameAfter(this.datacenter, this, 'datacenter');
  }

  /** Terraform expression of the datacenter's managed object ID. */
  public get datacenterId(): string {
    return this.datacenter.id;
  }

  /**
   * Escape hatch: the `vsphere` provider configuration of this vCenter.
   *
   * @param _hostName ignored: every host of a vCenter is served by the same provider
   */
  public providerFor(_hostName?: string): TerraformProvider {
    return this.provider;
  }

  /**
   * The resources and data sources rendered for a VM of this target, by role. Renders the design if
   * it has not been rendered yet; no construct can be added to the target after that.
   *
   * @example
   * const { virtualMachine } = target.vmResources(web);
   * virtualMachine.addOverride('annotation', 'owned by the web team');
   *
   * @param vm a VM of this target
   */
  public vmResources(vm: VirtualMachine): VsphereVmResources {
    return this.renderedOf(vm, 'VM', 'when the resources of a VM were read').resources as unknown as VsphereVmResources;
  }

  /**
   * The resources and data sources rendered for a network of this target, by role. Renders the
   * design if it has not been rendered yet; no construct can be added to the target after that.
   *
   * @example
   * const { portGroup } = target.networkResources(app);
   * portGroup?.addOverride('active_uplinks', ['uplink1']);
   *
   * @param network a network of this target
   */
  public networkResources(network: VirtualNetwork): VsphereNetworkResources {
    return networkResources(this.renderedOf(network, 'network', 'when the resources of a network were read'));
  }

  /** What this target can render, feature by feature (CPU limits with the hosts' clock, `coreMhz`). */
  protected capabilities(): { [feature: string]: Capability } {
    return vsphereCapabilities(this.props.coreMhz);
  }

  /** The target's `imageSources`: what each image of the design is on this vCenter. */
  protected imageSources(): { [image: string]: Image } {
    return this.sources;
  }

  /** @internal */
  protected _renderer(design: Design): Renderer {
    return new VsphereRenderer({
      target: this,
      provider: this.provider,
      datacenterId: this.datacenter.id,
      cluster: this.props.cluster,
      datastore: this.props.datastore,
      distributedSwitch: this.props.distributedSwitch,
      standardSwitch: this.props.standardSwitch,
      // a Map: an image named like a property of Object.prototype ("toString") is no exception
      images: new Map(Object.entries(this.props.images ?? {})),
      keyProvider: this.props.keyProvider?.description,
      encryptionPolicy: this.props.encryptionPolicy ?? 'VM Encryption Policy',
      version: this.props.version ?? VsphereVersion.VSPHERE_8_0,
      isoDatastore: this.props.isoDatastore,
      isoDirectory: this.isoDirectory,
      coreMhz: this.props.coreMhz,
      existingInventory: {
        folders: this.props.existingInventory?.folders ?? false,
        tags: this.props.existingInventory?.tags ?? false,
        resourcePools: this.props.existingInventory?.resourcePools ?? false,
      },
      nameAfter: (element, owner, suffix) => this.nameAfter(element, owner, suffix),
    }, design);
  }

  private renderedOf(construct: VirtualMachine | VirtualNetwork, kind: string, reason: string): RenderedElement {
    const rendered = construct.target === this ? DesignRegistry.of(this).renderedOf(construct._node, reason) : undefined;
    if (rendered === undefined) {
      throw new DesignError(construct, {
        problem: `The ${kind} is rendered by the target ${construct.target.node.path}, not by ${this.node.path}.`,
        fix: `ask ${construct.target.node.path} for the ${kind}'s resources`,
      });
    }
    return rendered;
  }
}

function checkOneProviderPerVcenter(target: VsphereTarget, stack: TerraformStack, props: VsphereTargetProps): void {
  for (const other of stack.node.findAll()) {
    if (other === target || !(other instanceof VsphereTarget)) continue;
    if (other.server.toLowerCase() === props.server.toLowerCase()) {
      throw new DesignError(target, {
        problem: `vCenter ${props.server} already has a target in this stack (${other.node.path}); a vCenter is served by one provider.`,
        fix: `use the target ${other.node.path} for every design element on that vCenter`,
      });
    }
    if ((other.alias ?? '') === (props.alias ?? '')) {
      throw new DesignError(target, {
        problem: props.alias
          ? `The provider alias "${props.alias}" is already used by ${other.node.path}.`
          : `The stack already has a vSphere target without alias (${other.node.path}); only one vCenter can use the default provider.`,
        value: JSON.stringify(props.alias ?? null),
        fix: 'give each further vCenter target its own alias (VsphereTargetProps.alias)',
      });
    }
  }
}
