import { Construct } from 'constructs';
import { PROXMOX_CAPABILITIES } from './capabilities';
import { ProxmoxApiToken, proxmoxSignIn } from './credentials';
import { ProxmoxRenderer } from './renderer';
import { checkEndpoint, checkNodeNames, checkStorageId, checkZoneId } from './target-checks';
import type { VirtualMachine } from '../../constructs/virtual-machine';
import { TerraformElement, TerraformProvider, Token } from '../../core';
import { Capability } from '../../model/capabilities';
import { copyProps } from '../../model/copy';
import { DesignError } from '../../model/errors';
import { Image } from '../../model/image';
import { Vendor } from '../../model/vendor';
import { ProxmoxProvider } from '../../providers/proxmox/provider';
import { PlacementLock } from '../cluster-placement';
import type { Credentials } from '../credentials';
import { tfText } from '../escaping';
import { validateHostNames, validateInteger } from '../hosts';
import { checkImageSources } from '../image-sources';
import { Design } from '../protocol';
import { Target } from '../target';

/** Properties of a {@link ProxmoxTarget}. */
export interface ProxmoxTargetProps {
  /**
   * URL of the Proxmox VE API of the cluster (any node's).
   *
   * @example 'https://pve1.example.com:8006/'
   */
  readonly endpoint: string;

  /**
   * How the provider signs in: an API token from a sensitive variable (`ProxmoxApiToken.fromVariable()`),
   * or a user name and a password from a sensitive variable (`Credentials.fromVariables({ user: 'terraform@pve' })`).
   * PCI passthrough and memory encryption need `root@pam` with a password: Proxmox VE refuses
   * them to API tokens.
   *
   * @default - the provider's environment: `PROXMOX_VE_API_TOKEN`, or `PROXMOX_VE_USERNAME` and `PROXMOX_VE_PASSWORD`
   */
  readonly credentials?: ProxmoxApiToken | Credentials;

  /**
   * Skip the verification of the API's TLS certificate (a node's self-signed certificate).
   *
   * @default false
   */
  readonly insecure?: boolean;

  /**
   * The provider alias of the target: needed when a stack has more than one ProxmoxTarget (one per
   * Proxmox VE cluster), each with its own. Changing it later moves the resources to another
   * provider configuration, so give it once.
   *
   * @default - the stack's default `proxmox` provider
   */
  readonly alias?: string;

  /** The names of the cluster's nodes, as Proxmox VE shows them (`pvecm nodes`). */
  readonly nodes: string[];

  /**
   * The storage of VM disks, unless a VM or disk names its own (`Storage.named`).
   *
   * @default 'local-lvm'
   */
  readonly datastore?: string;

  /**
   * The storage of EFI variables and TPM state.
   *
   * @default - the datastore
   */
  readonly stateDatastore?: string;

  /**
   * The storage that downloaded disk images are kept in (content type `import` enabled).
   *
   * @default 'local'
   */
  readonly imageDatastore?: string;

  /**
   * The storage of the ISO files of CD/DVD drives (`Drive.iso(file)` is `<isoDatastore>:iso/<file>`).
   *
   * @default - the imageDatastore
   */
  readonly isoDatastore?: string;

  /**
   * The storage that cloud-init snippets are uploaded to (content type `snippets` enabled).
   *
   * @default 'local'
   */
  readonly snippetDatastore?: string;

  /**
   * Whether every node sees the snippet datastore (CephFS, NFS). A VM's snippets are read from the
   * node it starts on, so on a node-local datastore each snippet of an HA VM is uploaded to every
   * node of its cluster.
   *
   * @default false
   */
  readonly sharedSnippetDatastore?: boolean;

  /**
   * The user the provider signs in to the nodes with over SSH (through the SSH agent), to upload
   * cloud-init snippets, which the API does not take.
   *
   * @default 'root'
   */
  readonly sshUser?: string;

  /**
   * A storage encrypted below Proxmox VE (ZFS native encryption, encrypted Ceph OSDs, LUKS under
   * LVM) for VMs whose shielding encrypts: their disks, EFI variables and TPM state go there.
   * Proxmox VE cannot encrypt one VM's disks itself.
   *
   * @default - none: VMs with encryption fail until it is given
   */
  readonly encryptedDatastore?: string;

  /**
   * The Linux bridge on every node that the target's SDN VLAN zone sits on.
   *
   * @default 'vmbr0'
   */
  readonly bridge?: string;

  /**
   * The ID of the SDN VLAN zone the target creates for its networks (up to 8 lower-case letters and digits).
   *
   * @default 'designs'
   */
  readonly zone?: string;

  /**
   * Another image for an image name of the design on this target: `Image.fromUrl(url)` of a
   * qcow2 or raw image (downloaded once per node into the imageDatastore and imported into each
   * VM's OS disk) or `Image.blank()`.
   *
   * @default - every image is a template of that name (Image.template)
   */
  readonly imageSources?: { [image: string]: Image };

  /**
   * How replica pairs in hypervisor mode are replicated (Proxmox VE storage replication, ZFS only).
   *
   * @default - no ZFS storage: hypervisor-mode pairs fail until `datastore` is given
   */
  readonly replication?: ProxmoxReplicationSettings;
}

/** How a Proxmox VE target replicates the primaries of hypervisor-mode replica pairs. */
export interface ProxmoxReplicationSettings {
  /**
   * The ZFS storage (on every node) of every disk, EFI and TPM state of a replicated VM: Proxmox VE
   * replicates ZFS volumes only.
   *
   * @default - none: hypervisor-mode pairs fail until it is given
   */
  readonly datastore?: string;

  /**
   * A calendar event for every pair, over the design's frequency: `mon..fri 22:00`, or a star, a
   * slash and a number of minutes for every so many minutes. Proxmox VE replicates at most once a
   * minute, so a pair that asks for 30 seconds needs one.
   *
   * @default - every 5 or 15 minutes, as the pair's frequency says
   */
  readonly schedule?: string;

  /**
   * A bandwidth limit of the replication, in MB/s.
   *
   * @default - no limit
   */
  readonly rateMegabytesPerSecond?: number;

  /**
   * Accept that Proxmox VE keeps the last replicated state only, for pairs that ask for more
   * recovery points (keep older states with backups).
   *
   * @default false
   */
  readonly acknowledgeLatestStateOnly?: boolean;
}

/** The resources the Proxmox VE target rendered for a VM, by role. */
export interface ProxmoxVmResources {
  /** The VM's `proxmox_virtual_environment_vm`: its construct's `node.defaultChild`. */
  readonly vm: TerraformElement;

  /** Every resource rendered for the VM, by role (`haResource`, `userData-<node>`, ...). */
  readonly all: { [role: string]: TerraformElement };
}

/**
 * A Proxmox VE target: one cluster, reached through one provider at its API endpoint. VMs are
 * placed on named nodes; HA resources and rules keep them running and apart or together.
 *
 * @example
 * new ProxmoxTarget(stack, 'proxmox', {
 *   endpoint: 'https://pve1.example.com:8006/',
 *   credentials: ProxmoxApiToken.fromVariable(),
 *   nodes: ['pve1', 'pve2', 'pve3'],
 *   datastore: 'ceph-vm',
 * });
 */
export class ProxmoxTarget extends Target {
  /** Always `Vendor.PROXMOX`. */
  public readonly vendor = Vendor.PROXMOX;
  /** The cluster's nodes, in the order given. */
  public readonly hostNames: string[];

  /** Always `bpg/proxmox 0.111.1`, the release the bindings come from. */
  public readonly providerLabel = 'bpg/proxmox 0.111.1';

  /** The provider alias of the target, or undefined for the stack's default `proxmox` provider. */
  public readonly providerAlias?: string;

  private readonly props: ProxmoxTargetProps;
  private readonly provider: ProxmoxProvider;
  private readonly sources: { [image: string]: Image };

  /**
   * @param scope the stack to configure, or a construct inside it
   * @param id construct ID of the target
   * @param props the Proxmox VE cluster
   */
  constructor(scope: Construct, id: string, props: ProxmoxTargetProps) {
    super(scope, id);
    // checked now, rendered at synth: later changes to the caller's arrays and objects must not reach it
    props = copyProps(props);
    PlacementLock.attach(this);
    validateHostNames(this, props.nodes, '"pve1"');
    checkNodeNames(this, props.nodes);
    checkEndpoint(this, props.endpoint);
    for (const key of ['datastore', 'stateDatastore', 'imageDatastore', 'isoDatastore', 'snippetDatastore', 'encryptedDatastore', 'bridge'] as const) {
      checkStorageId(this, key, props[key]);
    }
    checkStorageId(this, 'replication.datastore', props.replication?.datastore);
    validateInteger(this, 'replication.rateMegabytesPerSecond', props.replication?.rateMegabytesPerSecond, 1, 1_000_000);
    checkZoneId(this, props.zone);
    this.sources = checkImageSources(this, props.imageSources, 'Image.template(name), Image.fromUrl(url) of a qcow2 or raw image, or Image.blank()');
    this.props = props;
    this.hostNames = [...props.nodes];
    const signIn = proxmoxSignIn(this, this.stack, props.credentials);
    checkAlias(this, props.alias);
    this.providerAlias = props.alias;
    this.provider = new ProxmoxProvider(this, 'provider', {
      alias: props.alias,
      endpoint: tfText(this, 'endpoint', props.endpoint),
      insecure: props.insecure ?? false,
      ...signIn,
      // snippets are uploaded over SSH: the API takes no snippet uploads
      ssh: { agent: true, username: tfText(this, 'sshUser', props.sshUser ?? 'root') },
    });
  }

  /**
   * Escape hatch: the `proxmox` provider of the cluster.
   *
   * @param hostName ignored unless given: then it must be a node of the target (one provider serves them all)
   */
  public providerFor(hostName?: string): TerraformProvider {
    if (hostName !== undefined && !this.hostNames.includes(hostName)) {
      throw new DesignError(this, {
        problem: `The target has no node named "${hostName}".`,
        value: JSON.stringify(hostName),
        allowed: this.hostNames.map((h) => JSON.stringify(h)).join(', '),
      });
    }
    return this.provider;
  }

  /**
   * Escape hatch: the resources rendered for a VM of this target, rendering the design if it has
   * not been rendered yet (so every construct of the target must exist by then).
   *
   * @param vm a VM of this target
   */
  public vmResources(vm: VirtualMachine): ProxmoxVmResources {
    const { main, resources } = this._renderedOf(vm._node, `when the resources of VM ${vm.node.path} were read`);
    return { vm: main, all: { ...resources } };
  }

  /** What this target can render, feature by feature. */
  protected capabilities(): { [feature: string]: Capability } {
    return PROXMOX_CAPABILITIES;
  }

  /** The images this target makes of the design's image names: its `imageSources`. */
  protected imageSources(): { [image: string]: Image } {
    return { ...this.sources };
  }

  /** @internal */
  protected _renderer(design: Design): ProxmoxRenderer {
    const p = this.props;
    const disks = p.datastore ?? 'local-lvm';
    const images = p.imageDatastore ?? 'local';
    return new ProxmoxRenderer({
      target: this,
      nodes: this.hostNames,
      datastores: {
        disks,
        state: p.stateDatastore ?? disks,
        images,
        isos: p.isoDatastore ?? images,
        snippets: p.snippetDatastore ?? 'local',
        sharedSnippets: p.sharedSnippetDatastore ?? false,
        encrypted: p.encryptedDatastore,
      },
      bridge: p.bridge ?? 'vmbr0',
      zone: p.zone ?? 'designs',
      lock: PlacementLock.of(this),
      replication: { ...p.replication },
      provider: this.provider,
      nameAfter: (element, owner, suffix) => this.nameAfter(element, owner, suffix),
    }, design);
  }

}


/** Fails unless the target's provider alias differs from every other ProxmoxTarget's of its stack. */
function checkAlias(target: ProxmoxTarget, alias: string | undefined): void {
  if (alias !== undefined && (Token.isUnresolved(alias) || !/^[A-Za-z_][A-Za-z0-9_-]*$/.test(alias))) {
    throw new DesignError(target, {
      problem: 'The alias cannot be a Terraform provider alias.',
      value: Token.isUnresolved(alias) ? 'a token' : JSON.stringify(alias),
      allowed: 'a letter or underscore, then letters, digits, underscores or dashes',
    });
  }
  const other = target.stack.node.findAll().find((c) => c !== target && c instanceof ProxmoxTarget && c.providerAlias === alias);
  if (other !== undefined) {
    throw new DesignError(target, {
      problem: alias === undefined
        ? `The stack has another ProxmoxTarget (${other.node.path}) on the default provider; each Proxmox VE cluster of a stack needs a provider of its own.`
        : `The stack has another ProxmoxTarget (${other.node.path}) with the provider alias ${JSON.stringify(alias)}.`,
      fix: 'give each ProxmoxTarget of the stack its own alias (alias: \'cluster2\'), or put each cluster in a stack of its own',
    });
  }
}
