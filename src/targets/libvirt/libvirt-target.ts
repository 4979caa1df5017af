import { Construct } from 'constructs';
import { LIBVIRT_CAPABILITIES } from './capabilities';
import { checkHostFolder, checkHostUri, checkSecretUuids } from './checks';
import { checkIsoSources } from './isos';
import { LibvirtRenderer } from './renderer';
import { dataVolumeRole } from './vms';
import type { VirtualMachine } from '../../constructs/virtual-machine';
import type { VirtualNetwork } from '../../constructs/virtual-network';
import { TerraformElement, TerraformProvider, TerraformResource } from '../../core';
import { Capability } from '../../model/capabilities';
import { copyProps } from '../../model/copy';
import { DesignError } from '../../model/errors';
import { Image } from '../../model/image';
import { KvmPlatform } from '../../model/limits';
import { Vendor } from '../../model/vendor';
import { LibvirtProvider } from '../../providers/libvirt/provider';
import { PlacementLock } from '../cluster-placement';
import { tfText } from '../escaping';
import { selectHost, validateHostNames } from '../hosts';
import { Design } from '../protocol';
import { Target } from '../target';

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
   * Another image for an image name of the design on this target: `Image.fromUrl(url)` of a
   * qcow2 or raw image (downloaded once per host into the storage pool, the base of the VMs'
   * overlays; the server must send a Content-Length) or `Image.blank()`. The name's entry in
   * `images` is then not used.
   *
   * The downloaded volume is named after the image (`<image>.qcow2` or `<image>.raw`), and the
   * provider cannot download another URL into an existing volume, so changing an image's URL
   * while keeping its name fails at apply: give the new image another name
   * (`Image.fromUrl(url, { name })`).
   *
   * @example { 'ubuntu-24.04': Image.fromUrl('https://cloud-images.ubuntu.com/noble/current/noble-server-cloudimg-amd64.img') }
   * @default - every image is a base qcow2 file on the hosts (see `images`)
   */
  readonly imageSources?: { [image: string]: Image };

  /**
   * Folder on each host that holds the ISO images of CD/DVD drives (`Drive.iso(file)` is
   * `<isoDirectory>/<file>`).
   *
   * @default - the imageDirectory
   */
  readonly isoDirectory?: string;

  /**
   * Where ISO files of CD/DVD drives are downloaded from: an ISO file name as the design's drives
   * give it (`Drive.iso(file)`) to the http or https URL of the ISO. Each file a drive uses is
   * downloaded once per host, into a raw `libvirt_volume` named after the file (each `/` a `-`)
   * in the target's storage pool, whatever pool the VMs' disks are in, and the drives of the VMs
   * on that host share it; the provider sizes it by the server's Content-Length. Entries no drive
   * uses render nothing, so the map can be a catalogue; files without an entry stay in
   * `isoDirectory`.
   *
   * The volume holds only the download, so it is not protected from deletion: when no drive on a
   * host uses the file any more, Terraform takes it out of the domains and then deletes it (a
   * drive whose entry is removed holds `<isoDirectory>/<file>` again, which must then exist). The
   * provider cannot download another URL into an existing volume, so a changed URL fails at apply:
   * give the new ISO another file name.
   *
   * @example { 'ubuntu-24.04-live-server-amd64.iso': 'https://releases.ubuntu.com/24.04/ubuntu-24.04.3-live-server-amd64.iso' }
   * @default - every ISO file is in `isoDirectory` on the hosts
   */
  readonly isoSources?: { [file: string]: string };

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

/** The resources the libvirt target rendered for a VM, by role. */
export interface LibvirtVmResources {
  /** The VM's `libvirt_domain`: its construct's `node.defaultChild`. */
  readonly domain: TerraformResource;

  /** The VM's OS disk: a qcow2 overlay of its image, or an empty qcow2 volume for a blank image (`libvirt_volume`). */
  readonly osVolume: TerraformResource;

  /** The `libvirt_volume` of each data disk, by the disk's name. */
  readonly dataVolumes: { [disk: string]: TerraformResource };

  /**
   * The cloud-init ISO the provider builds for the VM (`libvirt_cloudinit_disk`).
   *
   * @default - none: the VM has no guest initialisation
   */
  readonly cloudInitDisk?: TerraformResource;

  /**
   * The volume the cloud-init ISO is uploaded to, attached as a cdrom (`libvirt_volume`).
   *
   * @default - none: the VM has no guest initialisation
   */
  readonly cloudInitVolume?: TerraformResource;

  /**
   * The data source that reads the VM's addresses from its host (`libvirt_domain_interface_addresses`).
   *
   * @default - none: the VM's addresses are not used
   */
  readonly addresses?: TerraformElement;
}

/** The resources the libvirt target rendered for a network: a `libvirt_network` on each host. */
export interface LibvirtNetworkResources {
  /** The network on the target's first host: its construct's `node.defaultChild`. */
  readonly network: TerraformResource;

  /** The network on each host, by host name. */
  readonly byHost: { [host: string]: TerraformResource };
}

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
    for (const host of props.hosts) checkHostUri(this, host);
    checkSecretUuids(this, props.encryption);
    checkIsoSources(this, props.isoSources);
    checkHostFolder(this, 'imageDirectory', props.imageDirectory);
    checkHostFolder(this, 'isoDirectory', props.isoDirectory);
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

  /**
   * Escape hatch: the resources rendered for a VM of this target, rendering the design if it has
   * not been rendered yet (so every construct of the target must exist by then).
   *
   * @example
   * target.vmResources(web).domain.addOverride('description', 'web tier');
   *
   * @param vm a VM of this target
   */
  public vmResources(vm: VirtualMachine): LibvirtVmResources {
    const { resources } = this._renderedOf(vm._node, `when the resources of VM ${vm.node.path} were read`);
    return {
      domain: resources.domain as TerraformResource,
      osVolume: resources.osVolume as TerraformResource,
      dataVolumes: Object.fromEntries(vm._node.disks.map(({ name }) => [name, resources[dataVolumeRole(name)] as TerraformResource])),
      cloudInitDisk: resources.cloudInitDisk as TerraformResource | undefined,
      cloudInitVolume: resources.cloudInitVolume as TerraformResource | undefined,
      addresses: resources.addresses,
    };
  }

  /**
   * Escape hatch: the `libvirt_network` of a network of this target on each host, rendering the
   * design if it has not been rendered yet. An existing network has none.
   *
   * @example
   * target.networkResources(app).network.addOverride('mtu.size', 9000);
   *
   * @param network a network of this target that the library creates
   */
  public networkResources(network: VirtualNetwork): LibvirtNetworkResources {
    if (network._node.existing) {
      throw new DesignError(network, {
        problem: 'An existing libvirt network has no resource: VMs attach to it by its name, and the provider has no data source for networks.',
        fix: 'ask only for the resources of networks the library creates',
      });
    }
    const { main, resources } = this._renderedOf(network._node, `when the resources of network ${network.node.path} were read`);
    return { network: main as TerraformResource, byHost: { ...resources } as { [host: string]: TerraformResource } };
  }

  /** What this target can render, feature by feature. */
  protected capabilities(): { [feature: string]: Capability } {
    return LIBVIRT_CAPABILITIES;
  }

  /** The images this target makes of the design's image names: its `imageSources`. */
  protected imageSources(): { [image: string]: Image } {
    return { ...this.props.imageSources };
  }

  /** @internal */
  protected _renderer(design: Design): LibvirtRenderer {
    const { bridge, storagePool, imageDirectory, isoDirectory, isoSources, images, encryption, sev, platform } = this.props;
    return new LibvirtRenderer({
      target: this,
      hostNames: this.hostNames,
      pool: storagePool ?? { name: 'default' },
      imageDirectory: imageDirectory ?? '/var/lib/libvirt/images',
      isoDirectory: isoDirectory ?? imageDirectory ?? '/var/lib/libvirt/images',
      // a Map, like images
      isoSources: new Map(Object.entries(isoSources ?? {})),
      // a Map: an image named like a property of Object.prototype ("toString") is no exception
      images: new Map(Object.entries(images ?? {})),
      bridge: bridge && { name: bridge.name, openvswitch: bridge.openvswitch ?? false },
      encryption,
      sev,
      lock: PlacementLock.of(this),
      platform: platform ?? KvmPlatform.RHEL_9,
      providerFor: (host) => this.providerFor(host),
      nameAfter: (element, owner, suffix) => this.nameAfter(element, owner, suffix),
    }, design);
  }

}
