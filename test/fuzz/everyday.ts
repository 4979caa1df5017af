import { TerraformStack, TerraformVariable } from 'cdktf';
import { Rng } from './rng';
import {
  BootDevice, Disk, DiskBus, Drive, Feature, Firmware, GuestInit, GuestInitKind, HardwareVersion, Image, ImageFormat, ImageKind, Nic, ShareLevel,
  Size, Storage, VirtualMachineSpec,
} from '../../src';

/*
 * The everyday settings of a random VM (issue: images, drives, boot order, storage, inventory,
 * tags, Windows, static addresses on every NIC, hardware versions, shares and limits), chosen
 * among what the target supports, with the case's hostile strings and tokens mixed in.
 */

/** What the design generator lends the everyday settings. */
export interface EverydayContext {
  readonly rng: Rng;
  readonly vendor: 'vsphere' | 'hyperv' | 'libvirt' | 'proxmox';
  readonly stack: TerraformStack;
  supports(feature: Feature): boolean;
  /** A free-form string: usual, hostile or a token. */
  text(usual: string): string;
  /** A checked name: usual, or rarely hostile. */
  name(usual: string): string;
  /** A new static MAC address the vendor accepts. */
  mac(): string;
}

const TIME_ZONES = ['W. Europe Standard Time', 'Pacific Standard Time', 'GMT Standard Time', 'Tokyo Standard Time'];

/** The spec with everyday settings added (or the spec as it is, most of the time). */
export function withEveryday(c: EverydayContext, spec: VirtualMachineSpec, i: number): VirtualMachineSpec {
  const r = c.rng;
  if (!r.chance(0.35)) return spec;
  const when = <T>(feature: Feature, p: number, make: () => T): T | undefined => (c.supports(feature) && r.chance(p) ? make() : undefined);
  const bios = spec.firmware === Firmware.BIOS;
  const out: { -readonly [K in keyof VirtualMachineSpec]: VirtualMachineSpec[K] } = { ...spec };

  const image = imageOf(c);
  if (image !== undefined) {
    out.image = image;
    if (image.size === undefined) out.osDiskSize = Size.gibibytes(40);
    // vSphere deploys an OVF package without a NIC (any other VM needs one): sometimes none
    if (c.vendor === 'vsphere' && image.kind === ImageKind.OVF && spec.guestInit === undefined && r.chance(0.3)) out.nics = undefined;
  }
  out.drives = when(Feature.CD_DRIVES, image?.name === 'blank' ? 0.9 : 0.15, () => [
    Drive.iso(c.name(r.pick(['ubuntu-24.04-live-server-amd64.iso', 'tools/virtio-win.iso']))),
    ...(r.chance(0.3) ? [Drive.empty()] : []),
  ]);
  out.bootOrder = when(Feature.BOOT_ORDER, 0.3, () => {
    const devices = [BootDevice.DISK, ...(out.drives?.length ? [BootDevice.CDROM] : []), ...(out.nics?.length ? [BootDevice.NETWORK] : [])];
    const order = r.subset(devices, 1, devices.length);
    return r.chance(0.5) ? order.reverse() : order;
  });
  out.storage = when(Feature.STORAGE_CLUSTER, 0.2, () => Storage.cluster(c.text('sdrs')))
    ?? when(Feature.STORAGE_PLACEMENT, 0.2, () => Storage.named(c.vendor === 'hyperv' ? 'fast' : c.text('fast')));
  out.storagePolicy = when(Feature.STORAGE_POLICY, 0.2, () => c.text('gold'));
  out.disks = spec.disks?.map((d) => Disk.data(d.size, {
    name: d.name,
    slot: d.slot,
    provisioning: d.provisioning,
    allowDestroy: d.allowDestroy,
    bus: r.chance(0.2) ? busFor(c, bios) : undefined,
    storage: when(Feature.STORAGE_PLACEMENT, 0.2, () => Storage.named(c.vendor === 'hyperv' ? 'fast' : c.text('fast'))),
    storagePolicy: when(Feature.STORAGE_POLICY, 0.2, () => c.text('silver')),
    tags: when(Feature.DISK_TAGS, 0.2, () => ({ backup: c.text('daily') })),
  }));
  out.folder = when(Feature.VM_FOLDER, 0.3, () => c.text(r.pick(['estate', 'estate/linux', 'a/b/c'])));
  out.resourcePool = when(Feature.RESOURCE_POOL, 0.3, () => c.text(r.pick(['batch', 'gold pool'])));
  out.tags = when(Feature.TAGS, 0.4, () => ({ env: c.text('prod'), ...(r.chance(0.5) ? { tier: c.text('web ${tier}') } : {}) }));
  out.notes = when(Feature.NOTES, 0.3, () => c.text('Owned by the platform team.\nSee %{runbook}.'));
  out.hardwareVersions = r.maybe(0.2, () => [
    ...(c.supports(Feature.HARDWARE_VERSION) && c.vendor === 'vsphere' ? [HardwareVersion.vsphere(r.pick([19, 20, 21]))] : []),
    ...(c.supports(Feature.HARDWARE_VERSION) && c.vendor === 'libvirt' ? [HardwareVersion.libvirt(bios ? 'pc-i440fx-7.2' : 'pc-q35-7.2')] : []),
    ...(c.supports(Feature.HARDWARE_VERSION) && c.vendor === 'proxmox' ? [HardwareVersion.proxmox(bios ? 'pc-i440fx-9.2' : 'pc-q35-9.2')] : []),
  ]);
  out.cpuShares = when(Feature.CPU_SHARES, 0.3, () => r.pick(Object.values(ShareLevel)));
  out.cpuLimit = when(Feature.CPU_LIMIT, 0.2, () => r.int(10, 100));
  out.memoryShares = when(Feature.MEMORY_SHARES, 0.2, () => r.pick(Object.values(ShareLevel)));
  out.memoryLimit = when(Feature.MEMORY_LIMIT, 0.1, () => Size.gibibytes(64));

  if (spec.guestOs?.isWindows && c.supports(Feature.WINDOWS_CUSTOMIZATION) && r.chance(0.5)) out.guestInit = windows(c, i);
  out.nics = addresses(c, out, i);
  return out;
}

function imageOf(c: EverydayContext): Image | undefined {
  const r = c.rng;
  if (!r.chance(0.3)) return undefined;
  const kinds = [
    ...(c.supports(Feature.IMAGE_URL) ? ['url'] : []),
    ...(c.supports(Feature.IMAGE_OVF) ? ['ovf'] : []),
    ...(c.supports(Feature.IMAGE_CONTENT_LIBRARY) ? ['library'] : []),
    ...(c.supports(Feature.BLANK_OS_DISK) ? ['blank'] : []),
  ];
  if (kinds.length === 0) return undefined;
  const size = { size: Size.gibibytes(20) };
  switch (r.pick(kinds)) {
    case 'url':
      return c.vendor === 'hyperv'
        ? Image.fromUrl('https://images.example.com/golden/ubuntu-24.04.vhdx', { ...size, name: c.name('ubuntu-24.04') })
        : Image.fromUrl('https://images.example.com/ubuntu-24.04.qcow2', { ...size, format: r.maybe(0.3, () => ImageFormat.QCOW2) });
    case 'ovf':
      return Image.ovf('https://images.example.com/appliance.ova', size);
    case 'library':
      return Image.contentLibrary(c.text('images'), c.name('ubuntu-24.04'), size);
    default:
      return Image.blank();
  }
}

function busFor(c: EverydayContext, bios: boolean): DiskBus | undefined {
  const buses = [
    ...(c.supports(Feature.SATA_DISKS) ? [DiskBus.SATA] : []),
    ...(c.supports(Feature.NVME_DISKS) ? [DiskBus.NVME] : []),
    ...(c.supports(Feature.IDE_DISKS) && (c.vendor !== 'hyperv' || bios) ? [DiskBus.IDE] : []),
  ];
  return buses.length === 0 ? undefined : c.rng.pick(buses);
}

function windows(c: EverydayContext, i: number): GuestInit {
  const r = c.rng;
  const secret = (name: string) => new TerraformVariable(c.stack, `${name}_${i}`, { type: 'string', sensitive: true }).stringValue;
  const secrets = c.supports(Feature.GUEST_SECRETS);
  return GuestInit.windows({
    computerName: r.maybe(0.7, () => `WIN-${i}`),
    timeZone: r.maybe(0.6, () => r.pick(TIME_ZONES)),
    adminPassword: secrets && r.chance(0.6) ? secret('admin_password') : undefined,
    domainJoin: secrets && c.supports(Feature.DOMAIN_JOIN) && r.chance(0.5) ? {
      domain: 'corp.example.com',
      user: c.text('svc-join@corp.example.com'),
      password: secret('join_password'),
      organizationalUnit: r.maybe(0.5, () => c.text('OU=Servers,DC=corp,DC=example,DC=com')),
    } : undefined,
  });
}

/** Static addresses on some NICs, with the MAC addresses cloud-init finds them by. */
function addresses(c: EverydayContext, spec: VirtualMachineSpec, i: number): Nic[] | undefined {
  const r = c.rng;
  const nics = spec.nics;
  const init = spec.guestInit;
  if (nics === undefined || nics.length === 0 || init === undefined || !c.supports(Feature.STATIC_IP_PER_NIC) || !r.chance(0.4)) return nics;
  if (init.kind === GuestInitKind.CLOUD_INIT && init.networkConfig !== undefined) return nics;
  const addressed = nics.map((_, k) => !(k === 0 && init.ipv4 !== undefined) && r.chance(0.7));
  const statics = addressed.filter((a) => a).length + (init.ipv4 !== undefined ? 1 : 0);
  // the network config written for the addresses lists every NIC (but on Windows, only the
  // addressed ones), each found by its MAC address
  const isWindows = init.kind === GuestInitKind.WINDOWS || spec.guestOs?.isWindows === true;
  const needsMac = (k: number) => statics > 0 && (isWindows ? addressed[k] || (k === 0 && init.ipv4 !== undefined) : nics.length > 1);
  return nics.map((nic, k) => {
    const mac = nic.options.macAddress ?? (needsMac(k) && c.supports(Feature.STATIC_MAC) ? c.mac() : undefined);
    if (!addressed[k] && mac === nic.options.macAddress) return nic;
    return Nic.on(nic.network, {
      ...nic.options,
      macAddress: mac,
      ipv4: addressed[k] ? {
        address: `10.${(i % 200) + 20}.${k}.${r.int(10, 250)}/24`,
        gateway: k === 0 && r.chance(0.6) ? `10.${(i % 200) + 20}.0.1` : undefined,
        dnsServers: r.maybe(0.5, () => ['10.0.0.2']),
        domain: r.maybe(0.3, () => 'corp.example.com'),
      } : undefined,
    });
  });
}
