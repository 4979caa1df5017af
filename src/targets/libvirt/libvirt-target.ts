import { Construct } from 'constructs';
import { PlacementLock } from '../cluster-placement';
import { LibvirtRenderer } from './renderer';
import { LIBVIRT_URI_FORMS, parseLibvirtUri } from './uri';
import { TerraformProvider, Token } from '../../core';
import { Capabilities, Capability, Feature } from '../../model/capabilities';
import { copyProps } from '../../model/copy';
import { DesignError } from '../../model/errors';
import { KvmPlatform } from '../../model/limits';
import { redacted, redactUri } from '../../model/redact';
import { Vendor } from '../../model/vendor';
import { LibvirtProvider } from '../../providers/libvirt/provider';
import { tfText } from '../escaping';
import { selectHost, validateHostNames } from '../hosts';
import { RenderResult } from '../report';
import { Target, legacyDesign } from '../target';

/** A libvirt host, reached through a provider alias of its own. */
export interface LibvirtHost {
  /**
   * Short name of the host. It becomes the provider alias (`libvirt.<name>`), so it must be a
   * Terraform identifier: a letter or underscore, then letters, digits, underscores or dashes.
   */
  readonly name: string;

  /**
   * libvirt connection URI of the host. SSH keys are named in the query (`?keyfile=...`); a
   * password in the URI is refused, since it would be written into the configuration.
   *
   * @example 'qemu+ssh://root@kvm1.example.com/system'
   * @see https://libvirt.org/uri.html
   */
  readonly uri: string;
}

/** Properties of a {@link LibvirtTarget}. */
export interface LibvirtTargetProps {
  /** The libvirt hosts, each reached through its own provider alias. */
  readonly hosts: LibvirtHost[];

  /**
   * The storage pool that holds the VMs' volumes on every host. With a path, the target creates
   * it as a directory pool on each host; without, a pool of that name must exist.
   *
   * @default - the existing pool named `default`
   */
  readonly storagePool?: LibvirtStoragePool;

  /**
   * Folder on each host that holds the base images (`<image>.qcow2`).
   *
   * @default '/var/lib/libvirt/images'
   */
  readonly imageDirectory?: string;

  /**
   * Where each image of the design lives: image name to the full path of its base qcow2 file.
   *
   * @default - `<imageDirectory>/<image>.qcow2`
   */
  readonly images?: { [image: string]: string };

  /**
   * The host bridge that bridged networks attach to.
   *
   * @default - none: a design with bridged networks fails until one is given
   */
  readonly bridge?: LibvirtBridge;

  /**
   * The libvirt secrets that encrypt shielded VMs. The provider cannot create secrets: define
   * them on every host (`virsh secret-define`, `virsh secret-set-value`) and name their UUIDs.
   *
   * @default - none: shielded VMs with encryption fail until it is given
   */
  readonly encryption?: LibvirtEncryption;

  /**
   * The hosts' AMD SEV parameters, for VMs with memory encryption (see `virsh domcapabilities`).
   *
   * @default - none: VMs with memory encryption fail until it is given
   */
  readonly sev?: LibvirtSev;

  /**
   * The hosts' distribution, for its supported per-VM limits.
   *
   * @default KvmPlatform.RHEL_9
   */
  readonly platform?: KvmPlatform;
}

/** libvirt secrets (by UUID) that exist on every host. */
export interface LibvirtEncryption {
  /** UUID of the passphrase secret (usage type `volume`) that encrypts the disks with LUKS. */
  readonly diskSecret: string;

  /**
   * UUID of the secret (usage type `vtpm`) that encrypts the state of the virtual TPM.
   *
   * @default - the TPM state is not encrypted
   */
  readonly tpmSecret?: string;
}

/** AMD SEV parameters of the hosts. */
export interface LibvirtSev {
  /** The C-bit position in page table entries (`cbitpos` in `virsh domcapabilities`, 47 on EPYC). */
  readonly cbitPosition: number;

  /** The physical address bits lost to encryption (`reducedPhysBits`, usually 1). */
  readonly reducedPhysBits: number;

  /**
   * The guest policy.
   *
   * @default 0x0003 (no debugging, no key sharing)
   */
  readonly policy?: number;
}

/** A storage pool on the libvirt hosts. */
export interface LibvirtStoragePool {
  /** Name of the pool. */
  readonly name: string;

  /**
   * Directory of the pool; when given, the target creates the pool (type `dir`) on each host.
   *
   * @default - the pool exists already
   */
  readonly path?: string;
}

/** A bridge on the libvirt hosts. */
export interface LibvirtBridge {
  /** Name of the bridge on each host, e.g. `br0`. */
  readonly name: string;

  /**
   * The bridge is an Open vSwitch bridge (needed for VLAN tags).
   *
   * @default false
   */
  readonly openvswitch?: boolean;
}

const { native, emulated, unsupported } = Capabilities;

const CAPABILITIES: Record<Feature, Capability> = {
  [Feature.UEFI]: native('`os.firmware = "efi"` on q35'),
  [Feature.BIOS]: native('SeaBIOS on q35'),
  [Feature.CORES_PER_SOCKET]: native('`cpu.topology`'),
  [Feature.OS_DISK_SIZE]: native('`capacity` of the qcow2 overlay volume'),
  [Feature.DATA_DISKS]: native('`libvirt_volume` on virtio'),
  [Feature.THICK_DISKS]: unsupported(
    'the provider computes a volume\'s allocation and cannot preallocate it',
    'use thin disks (qcow2 grows as the guest writes)',
  ),
  [Feature.EAGER_ZEROED_DISKS]: unsupported(
    'the provider computes a volume\'s allocation and cannot preallocate it',
    'use thin disks (qcow2 grows as the guest writes)',
  ),
  [Feature.STATIC_MAC]: native('`devices.interfaces.mac.address`'),
  [Feature.EMULATED_NIC]: native('`model.type = "e1000e"`'),
  [Feature.SRIOV_NIC]: unsupported(
    'libvirt gives a VM an SR-IOV virtual function by the VF\'s own PCI address, not by its physical function',
    'pass the virtual function through with pciDevices',
  ),
  [Feature.CLOUD_INIT]: native('`libvirt_cloudinit_disk` uploaded as a cdrom volume'),
  [Feature.HOSTNAME_STATIC_IP]: emulated('a generated cloud-init disk (the image needs cloud-init)'),
  [Feature.AUTOSTART]: native('`autostart`'),
  [Feature.NESTED_VIRTUALIZATION]: native('`cpu.mode = "host-passthrough"` (the host\'s kvm module must allow nesting)'),
  [Feature.DYNAMIC_MEMORY]: native('`memory` (maximum) with `current_memory` (balloon); the minimum must equal the memory'),
  [Feature.MEMORY_RESERVATION]: native('`memory_backing.memory_locked` (reservation = memory)'),
  [Feature.PARTIAL_MEMORY_RESERVATION]: unsupported(
    'libvirt reserves a VM\'s memory by locking all of it; a partial reservation, or one with a balloon, is not possible',
    'set memoryReservation equal to the memory with static memory, or leave it out',
  ),
  [Feature.CPU_HOT_ADD]: unsupported(
    'libvirt adds vCPUs only up to a maximum fixed at definition, which the design does not give',
    'give the VM the vCPUs it needs at its peak',
  ),
  [Feature.MEMORY_HOT_ADD]: unsupported(
    'libvirt adds memory only as DIMMs into slots sized at definition, which the design does not give',
    'use dynamic memory (a balloon up to a maximum) instead',
  ),
  [Feature.PCI_PASSTHROUGH]: native('`devices.hostdevs` (managed PCI)'),
  [Feature.HOST_PLACEMENT]: native('the host\'s provider alias'),
  [Feature.SECURE_BOOT]: native('q35 with `os.firmware = "efi"`, `firmware_info` secure-boot and enrolled-keys, `loader_secure`, `features.smm`'),
  [Feature.VTPM]: native('`devices.tpms`: a `tpm-crb` emulator 2.0 with persistent state (swtpm on the host)'),
  [Feature.ENCRYPTION]: native('LUKS volumes (`target.encryption`) and disks (`source.encryption`) with a libvirt secret named on the target (the provider cannot create secrets)'),
  [Feature.HOST_GUARDIAN]: unsupported(
    'Host Guardian Service shielding is a Hyper-V feature',
    'use ShieldingLevel.ENCRYPTED, and memoryEncryption for protection from the host',
  ),
  [Feature.VBS]: unsupported(
    'the provider would need Hyper-V enlightenments and nested virtualization tuned per host CPU, which this library does not model',
    'turn on VBS inside the guest on a host that passes through virtualization (nestedVirtualization), or run the VM on vSphere',
  ),
  [Feature.MEMORY_ENCRYPTION]: native('`launch_security.sev` with the hosts\' SEV parameters'),
  [Feature.HA_CLUSTER]: emulated(
    'the library places VMs on the hosts\' aliases with room for the tolerated failures (lock file), with `autostart` and '
    + '`on_crash = "restart"`; nothing restarts a failed host\'s VMs elsewhere (acknowledgeNoHostFailover)',
  ),
  [Feature.RESTART_PRIORITY]: unsupported(
    'nothing restarts VMs across libvirt hosts, so there is no restart order',
    'leave restartPriority out',
  ),
  [Feature.ISOLATION_RESPONSE]: unsupported('libvirt hosts have no cluster membership to be isolated from', 'leave isolationResponse out'),
  [Feature.VM_MONITORING]: unsupported('libvirt restarts a crashed domain (on_crash) but watches no guest heartbeats', 'leave vmMonitoring out'),
  [Feature.DRS_AUTOMATION]: unsupported('the library places VMs once, at synth; nothing moves them afterwards', 'leave drsAutomation out'),
  [Feature.AFFINITY_RULES]: emulated('the placement engine at synth'),
  [Feature.VM_HOST_RULES]: emulated('the placement engine at synth'),
  [Feature.MIGRATION_NETWORK]: emulated('the placement report names the migration URI per host (`virsh migrate --migrateuri`); libvirt keeps no migration setting'),
  [Feature.MIGRATION_CPU_COMPATIBILITY]: native('`cpu.mode = "host-model"` with `migratable`'),
  [Feature.EXISTING_CLUSTER]: unsupported('libvirt has no clusters to adopt: the library places VMs on the hosts and creates nothing for the cluster', 'leave existing out'),
  [Feature.REPLICA_GUEST]: emulated('two domains on different hosts by the placement engine'),
  [Feature.REPLICA_HYPERVISOR]: unsupported(
    'libvirt has no replication of its own',
    'use ReplicationMode.GUEST: both VMs run, kept apart, and the application replicates',
  ),
  [Feature.CHECKPOINTS]: unsupported(
    'the provider has no snapshot resource',
    'leave checkpoint out and take snapshots with `virsh snapshot-create-as` before maintenance',
  ),
  [Feature.BRIDGED_NETWORK]: native('`libvirt_network` in bridge mode'),
  [Feature.ISOLATED_NETWORK]: native('`libvirt_network` without address or forwarding'),
  [Feature.HOST_ONLY_NETWORK]: native('`libvirt_network` with a host address (and DHCP) and no forwarding'),
  [Feature.NAT_NETWORK]: native('`libvirt_network` with `forward.mode = "nat"`'),
  [Feature.VLAN]: native('`vlan.tags` on an Open vSwitch bridge network'),
  [Feature.EXISTING_NETWORK]: native('the network\'s name'),
};

/**
 * A libvirt/KVM target: a list of hosts, one `libvirt` provider alias per host `uri`.
 *
 * libvirt has no cluster; constructs that spread VMs over hosts choose the alias.
 *
 * @example
 * new LibvirtTarget(stack, 'libvirt', {
 *   hosts: [
 *     { name: 'kvm1', uri: 'qemu+ssh://root@kvm1.example.com/system' },
 *     { name: 'kvm2', uri: 'qemu+ssh://root@kvm2.example.com/system' },
 *   ],
 * });
 */
export class LibvirtTarget extends Target {
  /** Always `Vendor.LIBVIRT`. */
  public readonly vendor = Vendor.LIBVIRT;
  /** Names of the hosts, in the order given; each is also the alias of its provider. */
  public readonly hostNames: string[];

  /** Always `dmacvicar/libvirt 0.9.7`, the release the bindings come from. */
  public readonly providerLabel = 'dmacvicar/libvirt 0.9.7';

  private readonly hosts: LibvirtHost[];
  private readonly providers = new Map<string, LibvirtProvider>();
  private readonly props: LibvirtTargetProps;

  /**
   * @param scope the stack to configure, or a construct inside it
   * @param id construct ID of the target
   * @param props the libvirt connection
   */
  constructor(scope: Construct, id: string, props: LibvirtTargetProps) {
    super(scope, id);
    // checked now, rendered at synth: later changes to the caller's arrays and objects must not reach it
    props = copyProps(props);
    // the app's synth writes the placement lock once every stack has synthesized
    PlacementLock.attach(this);
    validateHostNames(this, props.hosts.map((h) => h.name), '{ name: "kvm1", uri: "qemu+ssh://root@kvm1/system" }');
    for (const host of props.hosts) validateUri(this, host);
    for (const [what, uuid] of [['diskSecret', props.encryption?.diskSecret], ['tpmSecret', props.encryption?.tpmSecret]]) {
      if (uuid !== undefined && !Token.isUnresolved(uuid) && !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(uuid)) {
        throw new DesignError(this, {
          problem: `encryption.${what} is not the UUID of a libvirt secret (it is not shown: it may be the secret itself).`,
          value: redacted(uuid),
          allowed: 'a UUID as `virsh secret-list` shows it, e.g. "0c5a3f8e-2b0d-4d8e-9a43-7c1b2e4f5a60"',
        });
      }
    }
    this.props = props;
    this.hosts = [...props.hosts];
    this.hostNames = this.hosts.map((h) => h.name);
    for (const host of this.hosts) {
      this.providers.set(host.name, new LibvirtProvider(this, host.name, { alias: host.name, uri: tfText(this, 'host uri', host.uri) }));
    }
  }

  /**
   * Escape hatch: the `libvirt` provider alias of a host.
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
    const bridge = this.props.bridge;
    return new LibvirtRenderer({
      target: this,
      hostNames: this.hostNames,
      pool: this.props.storagePool ?? { name: 'default' },
      imageDirectory: this.props.imageDirectory ?? '/var/lib/libvirt/images',
      // a Map: an image named like a property of Object.prototype ("toString") is no exception
      images: new Map(Object.entries(this.props.images ?? {})),
      bridge: bridge && { name: bridge.name, openvswitch: bridge.openvswitch ?? false },
      encryption: this.props.encryption,
      sev: this.props.sev,
      lock: PlacementLock.of(this),
      platform: this.props.platform ?? KvmPlatform.RHEL_9,
      providerFor: (host) => this.providerFor(host),
      nameAfter: (element, owner, suffix) => this.nameAfter(element, owner, suffix),
    }).render(...legacyDesign(this));
  }

}

function validateUri(scope: Construct, host: LibvirtHost): void {
  if (Token.isUnresolved(host.uri)) return;
  const parsed = parseLibvirtUri(host.uri);
  if ('error' in parsed) {
    throw new DesignError(scope, {
      problem: `The uri of host "${host.name}" is not a libvirt connection URI the provider can open: ${parsed.error}.`,
      value: JSON.stringify(redactUri(host.uri)),
      allowed: LIBVIRT_URI_FORMS,
      fix: `e.g. uri: "qemu+ssh://root@${host.name}/system"`,
    });
  }
}
