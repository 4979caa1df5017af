import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { TerraformStack, TerraformVariable, Testing } from 'cdktf';
import {
  Credentials, DesignError, Disk, Drive, GuestOs, DrsRule, DrsRuleGroup, Feature, Firmware, GuestInit, HaCluster, HypervKeyProtector,
  HypervTarget, Image, ImageFormat, LibvirtTarget, Nic, ProxmoxApiToken, ProxmoxTarget,
  ReplicaPair, ReplicationMode, ShieldedVm, ShieldingLevel, Size, Storage, Support, Target,
  TrafficRole, Vendor, VirtualMachine, VirtualMachineProps, VirtualNetwork, VsphereKeyProvider, VsphereTarget,
} from '../../src';
import { LOCK_FILE_CONTEXT } from '../../src/targets/cluster-placement';

/*
 * A design with every user string property of every construct and target, on each vendor, where
 * one property can be given a hostile value; and readers of what synth writes.
 */

/** Every hostile string: Terraform and PowerShell code, quotes, controls, markup, token markers. */
const FULL_CORPUS: readonly string[] = [
  '${file("/etc/hostname")}',
  '%{ for x in y }',
  '$${already}',
  "'+$(Remove-Item C:\\)+'",
  "D:\\Bob's",
  '\u2018quoted\u2019 \u201aalso\u201b',
  'back`tick`$(whoami)',
  '"; rm -rf /',
  'line1\nline2\r\nline3',
  'nul\u0000byte',
  'rtl\u202eoverride',
  'x'.repeat(5000),
  '<script>alert(1)</script>',
  ']]> -->',
  '${TfToken[TOKEN.99999]}',
  '',
];

/**
 * The corpus of `npm test`: the printable attacks of the full corpus in one string, beside the
 * strings that properties refuse or accept one by one (a path with a quote, line breaks, the
 * characters no value may carry, length, token markers, nothing). CI runs the full corpus
 * (`HOSTILE_CORPUS=full`), one string at a time.
 */
const QUICK_CORPUS: readonly string[] = [
  '${file("/etc/hostname")} %{ for x in y } $${already} \'+$(Remove-Item C:\\)+\' \u2018q\u2019 back`tick`$(whoami) "; rm -rf / <script>alert(1)</script> ]]> -->',
  "D:\\Bob's",
  'line1\nline2\r\nline3',
  'nul\u0000byte rtl\u202eoverride',
  'x'.repeat(5000),
  '${TfToken[TOKEN.99999]}',
  '',
];

/** Hostile strings of this run: the quick corpus, or the full one when `HOSTILE_CORPUS=full`. */
export const HOSTILE: readonly string[] = process.env.HOSTILE_CORPUS === 'full' ? FULL_CORPUS : QUICK_CORPUS;

/** The properties of the design's constructs and targets before the everyday features, per vendor, with their benign values. */
const BASE_PROPERTIES: { readonly [vendor in Vendor]: { readonly [property: string]: string } } = {
  [Vendor.VSPHERE]: {
    ...common(),
    'checkpoint.description': 'before maintenance',
    'target.datacenter': 'dc1',
    'target.cluster': 'prod-existing',
    'target.datastore': 'ds1',
    'target.distributedSwitch': 'dvs1',
    'target.encryptionPolicy': 'VM Encryption Policy',
    'target.keyProvider': 'nkp-prod',
    'target.images': 'templates/ubuntu',
    'target.server': 'vc.example.com',
    'target.credentials.user': 'terraform@vsphere.local',
  },
  [Vendor.HYPERV]: {
    ...common(),
    'checkpoint.location': 'D:\\Checkpoints',
    'hypervisorReplication.storagePath': 'D:\\Replica',
    'cluster.migration.subnet': '10.0.20.0/24',
    'target.vmDirectory': 'VMs',
    'target.failoverCluster.sharedVolumePath': 'C:\\ClusterStorage\\Volume1',
    'target.failoverCluster.name': 'HVCLUSTER',
    'target.imageDirectory': 'C:\\Images',
    'target.images': 'C:\\Images\\ubuntu.vhdx',
    'target.externalSwitch.name': 'external',
    'target.externalSwitch.adapters': 'Ethernet 2',
    'target.keyProtector.guardian': 'Owner Guardian',
    'target.host.address': 'hv1.corp.example',
    'target.winrm.caCertPath': '/etc/ssl/hv.pem',
    'target.winrm.tlsServerName': 'hv.corp.example',
    'target.credentials.user': 'CORP\\terraform',
  },
  [Vendor.LIBVIRT]: {
    ...common(),
    'target.storagePool.name': 'default',
    'target.storagePool.path': '/var/lib/libvirt/images',
    'target.bridge.name': 'ovsbr0',
    'target.imageDirectory': '/var/lib/libvirt/base',
    'target.images': '/var/lib/libvirt/base/ubuntu.qcow2',
  },
  [Vendor.PROXMOX]: {
    ...common(),
    // an existing network on Proxmox VE is a bridge or vnet of the nodes
    'existingNetwork.name': 'vmbr1',
    // the path of the endpoint's URL
    'target.endpoint': 'pve/',
    'target.node': 'pve1',
    'target.apiToken': 'proxmox_api_token',
    'target.datastore': 'ceph-vm',
    'target.stateDatastore': 'ceph-state',
    'target.imageDatastore': 'cephfs',
    'target.snippetDatastore': 'local',
    'target.encryptedDatastore': 'zfs-crypt',
    'target.bridge': 'vmbr0',
    'target.zone': 'designs',
    'target.sshUser': 'terraform',
    'cluster.migration.subnet': '10.0.20.0/24',
  },
};

const HOSTS: { readonly [vendor in Vendor]: string[] } = {
  [Vendor.VSPHERE]: ['esx1.example.com', 'esx2.example.com', 'esx3.example.com'],
  [Vendor.HYPERV]: ['hv1', 'hv2', 'hv3'],
  [Vendor.LIBVIRT]: ['kvm1', 'kvm2', 'kvm3'],
  [Vendor.PROXMOX]: ['pve1', 'pve2', 'pve3'],
};

/** A property of the everyday features: its benign value on each vendor, and the features that use it. */
interface EverydayProperty {
  readonly benign: string | { readonly [vendor in Vendor]?: string };
  /** The features the property belongs to: it is in a vendor's table when the vendor's target supports all of them. */
  readonly features: readonly Feature[];
  /** The vendors whose target has the property. @default - every vendor */
  readonly vendors?: readonly Vendor[];
}

/**
 * The user strings of the everyday features (issue #15): notes, tags, inventory, storage, drives,
 * images, Windows customization, NIC addresses, migration addresses, and the targets' settings
 * for them. A URL property is the path of the URL: what of a URL a hostile value can carry
 * through the URL checks into the output.
 */
const EVERYDAY: { readonly [property: string]: EverydayProperty } = {
  'vm.notes': { benign: 'Owned by the platform team.\nSee the runbook.', features: [Feature.NOTES] },
  'vm.tags.key': { benign: 'env', features: [Feature.TAGS] },
  'vm.tags.value': { benign: 'prod', features: [Feature.TAGS] },
  'disk.tags.key': { benign: 'backup', features: [Feature.DISK_TAGS] },
  'disk.tags.value': { benign: 'daily', features: [Feature.DISK_TAGS] },
  'vm.folder': { benign: 'estate/linux', features: [Feature.VM_FOLDER] },
  'vm.resourcePool': { benign: 'batch', features: [Feature.RESOURCE_POOL] },
  'vm.storage': { benign: 'fast', features: [Feature.STORAGE_PLACEMENT] },
  'disk.storage': { benign: 'bulk', features: [Feature.STORAGE_PLACEMENT] },
  'vm.storageCluster': { benign: 'sdrs', features: [Feature.STORAGE_CLUSTER] },
  'vm.storagePolicy': { benign: 'gold', features: [Feature.STORAGE_POLICY] },
  'disk.storagePolicy': { benign: 'silver', features: [Feature.STORAGE_POLICY] },
  // Proxmox VE keeps ISO images flat in the storage's iso folder
  'drive.iso': {
    benign: {
      [Vendor.VSPHERE]: 'tools/virtio-win.iso', [Vendor.HYPERV]: 'tools/virtio-win.iso', [Vendor.LIBVIRT]: 'tools/virtio-win.iso', [Vendor.PROXMOX]: 'virtio-win.iso',
    },
    features: [Feature.CD_DRIVES],
  },
  'image.url': {
    benign: { [Vendor.HYPERV]: 'golden/ubuntu-24.04.vhdx', [Vendor.LIBVIRT]: 'golden/ubuntu-24.04.qcow2', [Vendor.PROXMOX]: 'golden/ubuntu-24.04.qcow2' },
    features: [Feature.IMAGE_URL],
  },
  'image.url.name': { benign: 'ubuntu-golden', features: [Feature.IMAGE_URL] },
  'image.ovf': { benign: 'appliances/proxy.ova', features: [Feature.IMAGE_OVF] },
  'image.contentLibrary.library': { benign: 'images', features: [Feature.IMAGE_CONTENT_LIBRARY] },
  'image.contentLibrary.item': { benign: 'ubuntu-24.04', features: [Feature.IMAGE_CONTENT_LIBRARY] },
  'windows.computerName': { benign: 'WIN-APP1', features: [Feature.WINDOWS_CUSTOMIZATION] },
  'windows.timeZone': { benign: 'W. Europe Standard Time', features: [Feature.WINDOWS_CUSTOMIZATION] },
  'windows.workgroup': { benign: 'ESTATE', features: [Feature.WINDOWS_CUSTOMIZATION] },
  'domainJoin.domain': { benign: 'corp.example.com', features: [Feature.WINDOWS_CUSTOMIZATION, Feature.DOMAIN_JOIN, Feature.GUEST_SECRETS] },
  'domainJoin.user': { benign: 'svc-join', features: [Feature.WINDOWS_CUSTOMIZATION, Feature.DOMAIN_JOIN, Feature.GUEST_SECRETS] },
  'domainJoin.organizationalUnit': {
    benign: 'OU=Servers,DC=corp,DC=example,DC=com', features: [Feature.WINDOWS_CUSTOMIZATION, Feature.DOMAIN_JOIN, Feature.GUEST_SECRETS],
  },
  'nic.ipv4.address': { benign: '10.0.121.31/24', features: [Feature.STATIC_IP_PER_NIC] },
  'nic.ipv4.gateway': { benign: '10.0.121.1', features: [Feature.STATIC_IP_PER_NIC] },
  'nic.ipv4.dnsServers': { benign: '10.0.121.2', features: [Feature.STATIC_IP_PER_NIC] },
  'nic.ipv4.domain': { benign: 'back.example', features: [Feature.STATIC_IP_PER_NIC] },
  'cluster.migration.hostAddresses': { benign: '10.0.20.11/24', features: [Feature.MIGRATION_NETWORK, Feature.MIGRATION_HOST_ADDRESSES] },
  'cluster.migration.gateway': {
    benign: '10.0.20.1', features: [Feature.MIGRATION_NETWORK, Feature.MIGRATION_HOST_ADDRESSES], vendors: [Vendor.VSPHERE, Vendor.HYPERV, Vendor.LIBVIRT],
  },
  // vSphere: the name of a template the image is cloned from; elsewhere the path of a download
  'target.imageSources': {
    benign: {
      [Vendor.VSPHERE]: 'ubuntu-golden',
      [Vendor.HYPERV]: 'golden/ubuntu-22.04.vhdx',
      [Vendor.LIBVIRT]: 'golden/ubuntu-22.04.qcow2',
      [Vendor.PROXMOX]: 'golden/ubuntu-22.04.qcow2',
    },
    features: [],
  },
  'target.isoDirectory': {
    benign: { [Vendor.VSPHERE]: 'images/iso', [Vendor.HYPERV]: 'D:\\ISO', [Vendor.LIBVIRT]: '/var/lib/libvirt/iso' }, features: [Feature.CD_DRIVES],
  },
  'target.isoDatastore': { benign: 'iso-ds', features: [Feature.CD_DRIVES], vendors: [Vendor.VSPHERE, Vendor.PROXMOX] },
  'target.storageLocations': { benign: 'Fast', features: [Feature.STORAGE_PLACEMENT], vendors: [Vendor.HYPERV] },
  'target.isoSources': { benign: 'isos/virtio-win-0.1.262.iso', features: [Feature.CD_DRIVES], vendors: [Vendor.LIBVIRT] },
  'target.coreMhz': { benign: '2400', features: [], vendors: [Vendor.VSPHERE] },
};

/** Each everyday property a vendor has, with its benign value. */
function everydayOf(vendor: Vendor): { [property: string]: string } {
  const out: { [property: string]: string } = {};
  for (const [property, p] of Object.entries(EVERYDAY)) {
    const benign = typeof p.benign === 'string' ? p.benign : p.benign[vendor];
    if (benign !== undefined && (p.vendors ?? [vendor]).includes(vendor)) out[property] = benign;
  }
  return out;
}

/**
 * The everyday properties a vendor supports: those whose features its target (with every setting
 * benign) declares native or emulated.
 */
function supportedEveryday(vendor: Vendor): { [property: string]: string } {
  const candidates = everydayOf(vendor);
  const all = { ...BASE_PROPERTIES[vendor], ...candidates };
  const stack = new TerraformStack(Testing.app(), 'probe');
  const target = makeTarget(stack, vendor, (key) => all[key]);
  const supported = (f: Feature) => target.supportOf(f).support !== Support.UNSUPPORTED;
  return Object.fromEntries(Object.entries(candidates).filter(([property]) => EVERYDAY[property].features.every(supported)));
}

/**
 * The features of the design beyond the everyday ones that a target may refuse (Proxmox VE
 * until it renders them), with the properties only they use: the design leaves out what its
 * target refuses, and the properties with it.
 */
const DESIGN_FEATURES: ReadonlyArray<{ readonly features: readonly Feature[]; readonly properties: readonly string[] }> = [
  { features: [Feature.AFFINITY_RULES], properties: ['rule.name'] },
  { features: [Feature.REPLICA_GUEST], properties: ['pair.name'] },
  { features: [Feature.CHECKPOINTS], properties: ['checkpoint.name'] },
  { features: [Feature.ENCRYPTION], properties: ['target.encryptedDatastore'] },
];

/** The properties a hostile value can be given, per vendor, with the benign value each has. */
export const PROPERTIES: { readonly [vendor in Vendor]: { readonly [property: string]: string } } = {
  [Vendor.VSPHERE]: { ...BASE_PROPERTIES[Vendor.VSPHERE], ...supportedEveryday(Vendor.VSPHERE) },
  [Vendor.HYPERV]: { ...BASE_PROPERTIES[Vendor.HYPERV], ...supportedEveryday(Vendor.HYPERV) },
  [Vendor.LIBVIRT]: { ...BASE_PROPERTIES[Vendor.LIBVIRT], ...supportedEveryday(Vendor.LIBVIRT) },
  [Vendor.PROXMOX]: { ...withoutUnsupported(Vendor.PROXMOX), ...supportedEveryday(Vendor.PROXMOX) },
};

/** Whether the target of a vendor (with every setting benign) supports every feature given. */
function supportsAll(vendor: Vendor, features: readonly Feature[]): boolean {
  const all = { ...BASE_PROPERTIES[vendor], ...everydayOf(vendor) };
  const stack = new TerraformStack(Testing.app(), 'probe');
  const target = makeTarget(stack, vendor, (key) => all[key]);
  return features.every((f) => target.supportOf(f).support !== Support.UNSUPPORTED);
}

/** The base properties of a vendor without those of design features its target refuses. */
function withoutUnsupported(vendor: Vendor): { [property: string]: string } {
  const out = { ...BASE_PROPERTIES[vendor] };
  for (const { features, properties } of DESIGN_FEATURES) {
    if (!supportsAll(vendor, features)) properties.forEach((p) => delete out[p]);
  }
  return out;
}

/** Whether the design of a vendor has a replica pair (whose runbook the sinks read). */
export function hasPair(vendor: Vendor): boolean {
  return PROPERTIES[vendor]['pair.name'] !== undefined;
}

function common(): { [property: string]: string } {
  return {
    'vm.name': 'web1',
    'disk.name': 'data',
    'image.name': 'ubuntu',
    'guestInit.userData': '#cloud-config\npackages: [nginx]\n',
    'guestInit.hostname': 'web1',
    'guestInit.networkConfig': 'version: 2\nethernets: {}\n',
    'hostname.hostname': 'app1',
    'ipv4.address': '10.0.120.21/24',
    'ipv4.gateway': '10.0.120.1',
    'ipv4.dnsServers': '10.0.120.2',
    'ipv4.domain': 'shop.example',
    'network.name': 'app',
    'existingNetwork.name': 'VM Network',
    'cluster.name': 'prod',
    'rule.name': 'spread',
    'pair.name': 'orders',
    'checkpoint.name': 'pre-maintenance',
  };
}

/** What a synth of the design gave: a DesignError, or the files it wrote. */
export interface Outcome {
  readonly error?: DesignError;
  /** File name (relative to the stack's folder) to content. */
  readonly files?: Map<string, Buffer>;
}

/**
 * Synthesizes the design of a vendor with `property` set to `value` (every other property benign).
 */
export function synthesize(vendor: Vendor, property: string, value: string): Outcome {
  const benign = PROPERTIES[vendor];
  const val = (key: string) => (key === property ? value : benign[key]);
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'hostile-'));
  try {
    try {
      const app = Testing.app({ outdir, context: { [LOCK_FILE_CONTEXT]: false } });
      const stack = new TerraformStack(app, 'test');
      build(stack, vendor, val);
      app.synth();
    } catch (e) {
      if (DesignError.isDesignError(e)) return { error: e as DesignError };
      throw e;
    }
    const dir = path.join(outdir, 'stacks', 'test');
    const files = new Map<string, Buffer>();
    const walk = (d: string) => {
      for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
        const p = path.join(d, entry.name);
        if (entry.isDirectory()) walk(p);
        else files.set(path.relative(dir, p), fs.readFileSync(p));
      }
    };
    walk(dir);
    return { files };
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}

function makeTarget(stack: TerraformStack, vendor: Vendor, val: (key: string) => string): Target {
  if (vendor === Vendor.VSPHERE) {
    return new VsphereTarget(stack, 'target', {
      server: val('target.server'),
      datacenter: val('target.datacenter'),
      credentials: Credentials.fromVariables({ user: val('target.credentials.user') }),
      cluster: val('target.cluster'),
      datastore: val('target.datastore'),
      distributedSwitch: val('target.distributedSwitch'),
      encryptionPolicy: val('target.encryptionPolicy'),
      keyProvider: VsphereKeyProvider.named(val('target.keyProvider')),
      images: { ubuntu: val('target.images') },
      imageSources: { 'ubuntu-src': Image.template(val('target.imageSources')) },
      isoDatastore: val('target.isoDatastore'),
      isoDirectory: val('target.isoDirectory'),
      // a number; a careless caller's string in its place (JavaScript checks no types) is refused
      coreMhz: /^[0-9]+$/.test(val('target.coreMhz')) ? Number(val('target.coreMhz')) : val('target.coreMhz') as unknown as number,
    });
  }
  if (vendor === Vendor.HYPERV) {
    const shared = val('target.failoverCluster.sharedVolumePath');
    return new HypervTarget(stack, 'target', {
      hosts: HOSTS[vendor].map((name, i) => ({ name, address: i === 0 ? val('target.host.address') : `${name}.corp.example` })),
      credentials: Credentials.fromVariables({ user: val('target.credentials.user') }),
      winrm: { caCertPath: val('target.winrm.caCertPath'), tlsServerName: val('target.winrm.tlsServerName') },
      externalSwitch: { name: val('target.externalSwitch.name'), adapters: [val('target.externalSwitch.adapters')] },
      remotePowerShell: true,
      keyProtector: HypervKeyProtector.guardian(val('target.keyProtector.guardian')),
      failoverCluster: { name: val('target.failoverCluster.name'), sharedVolumePath: shared },
      vmDirectory: `${shared}\\${val('target.vmDirectory')}`,
      imageDirectory: val('target.imageDirectory'),
      images: { ubuntu: val('target.images') },
      imageSources: { 'ubuntu-src': Image.fromUrl(url(val('target.imageSources')), { format: ImageFormat.VHDX, size: Size.gibibytes(20) }) },
      storageLocations: { [val('vm.storage')]: `${shared}\\${val('target.storageLocations')}`, [val('disk.storage')]: `${shared}\\Bulk` },
      isoDirectory: val('target.isoDirectory'),
    });
  }
  if (vendor === Vendor.PROXMOX) {
    return new ProxmoxTarget(stack, 'target', {
      endpoint: `https://pve1.example.com:8006/${val('target.endpoint')}`,
      credentials: ProxmoxApiToken.fromVariable(val('target.apiToken')),
      nodes: hostsOf(vendor, val),
      datastore: val('target.datastore'),
      stateDatastore: val('target.stateDatastore'),
      imageDatastore: val('target.imageDatastore'),
      isoDatastore: val('target.isoDatastore'),
      snippetDatastore: val('target.snippetDatastore'),
      encryptedDatastore: val('target.encryptedDatastore'),
      bridge: val('target.bridge'),
      zone: val('target.zone'),
      sshUser: val('target.sshUser'),
      imageSources: { 'ubuntu-src': Image.fromUrl(url(val('target.imageSources')), { format: ImageFormat.QCOW2, size: Size.gibibytes(20) }) },
    });
  }
  return new LibvirtTarget(stack, 'target', {
    hosts: HOSTS[vendor].map((name) => ({ name, uri: `qemu+ssh://root@${name}.example.com/system` })),
    storagePool: { name: val('target.storagePool.name'), path: val('target.storagePool.path') },
    bridge: { name: val('target.bridge.name'), openvswitch: true },
    imageDirectory: val('target.imageDirectory'),
    images: { ubuntu: val('target.images') },
    imageSources: { 'ubuntu-src': Image.fromUrl(url(val('target.imageSources')), { format: ImageFormat.QCOW2, size: Size.gibibytes(20) }) },
    isoDirectory: val('target.isoDirectory'),
    isoSources: { [val('drive.iso')]: url(val('target.isoSources')) },
  });
}

/** The hosts of a vendor's target and cluster: on Proxmox VE, the first node's name is a property. */
function hostsOf(vendor: Vendor, val: (key: string) => string): string[] {
  return vendor === Vendor.PROXMOX ? [val('target.node'), ...HOSTS[vendor].slice(1)] : HOSTS[vendor];
}

/** An http URL whose path is the value. */
function url(urlPath: string): string {
  return `https://images.example.com/${urlPath}`;
}

function build(stack: TerraformStack, vendor: Vendor, val: (key: string) => string): void {
  const target = makeTarget(stack, vendor, val);
  /** Whether the vendor has the property (its target supports the feature). */
  const has = (key: string) => PROPERTIES[vendor][key] !== undefined;
  const opt = (key: string) => (has(key) ? val(key) : undefined);
  const hosts = hostsOf(vendor, val);
  const hyperv = vendor === Vendor.HYPERV;
  const app = new VirtualNetwork(stack, 'app', { target, name: val('network.name'), vlanId: 120 });
  const existing = new VirtualNetwork(stack, 'existing', { target, name: val('existingNetwork.name'), existing: true });
  const migration = new VirtualNetwork(stack, 'migration', { target, vlanId: 20, role: TrafficRole.LIVE_MIGRATION });
  const replication = new VirtualNetwork(stack, 'replication', { target, vlanId: 30, role: TrafficRole.REPLICATION });
  const cluster = new HaCluster(stack, 'prod', {
    target,
    name: val('cluster.name'),
    hosts,
    hostFailuresToTolerate: 1,
    hostCapacity: { cpuCores: 32, memory: Size.gibibytes(256) },
    acknowledgeNoHostFailover: true,
    migration: hyperv ? { network: migration, subnet: val('cluster.migration.subnet') } : has('cluster.migration.hostAddresses') ? {
      network: migration,
      hostAddresses: { [hosts[0]]: val('cluster.migration.hostAddresses'), [hosts[1]]: '10.0.20.12/24', [hosts[2]]: '10.0.20.13/24' },
      // Proxmox VE finds the migration network by subnet, and keeps the nodes' one default gateway
      ...(vendor === Vendor.PROXMOX ? { subnet: val('cluster.migration.subnet') } : { gateway: val('cluster.migration.gateway') }),
    } : undefined,
  });
  const image = Image.template(val('image.name'), { size: Size.gibibytes(20) });
  const base = { cluster, cpus: 2, memory: Size.gibibytes(4), image, firmware: Firmware.UEFI, guestOs: GuestOs.UBUNTU_24_04 };
  const web1 = new VirtualMachine(stack, 'web1', {
    ...base,
    name: val('vm.name'),
    disks: [Disk.data(Size.gibibytes(10), { name: val('disk.name') })],
    nics: [Nic.on(app), Nic.on(existing)],
    guestInit: GuestInit.cloudInit({
      userData: val('guestInit.userData'),
      hostname: val('guestInit.hostname'),
      networkConfig: val('guestInit.networkConfig'),
    }),
  });
  const web2 = new VirtualMachine(stack, 'web2', { ...base, nics: [Nic.on(app)] });
  new VirtualMachine(stack, 'app1', {
    ...base,
    nics: [Nic.on(app)],
    guestInit: GuestInit.hostname(val('hostname.hostname'), {
      ipv4: { address: val('ipv4.address'), gateway: val('ipv4.gateway'), dnsServers: [val('ipv4.dnsServers')], domain: val('ipv4.domain') },
    }),
  });
  if (has('rule.name')) new DrsRuleGroup(stack, 'spread', { cluster, vms: [web1, web2], rule: DrsRule.keepApart(), name: val('rule.name') });
  if (has('pair.name')) {
    new ReplicaPair(stack, 'orders', {
      cluster,
      name: val('pair.name'),
      mode: hyperv ? ReplicationMode.HYPERVISOR : ReplicationMode.GUEST,
      replicaHost: hosts[1],
      replicationNetwork: hyperv ? undefined : replication,
      hypervisorReplication: hyperv ? { storagePath: val('hypervisorReplication.storagePath') } : undefined,
      checkpoint: vendor === Vendor.LIBVIRT || !has('checkpoint.name') ? undefined : {
        name: val('checkpoint.name'),
        description: vendor === Vendor.VSPHERE ? val('checkpoint.description') : undefined,
        location: hyperv ? val('checkpoint.location') : undefined,
      },
      vm: { cpus: 2, memory: Size.gibibytes(4), image, guestOs: GuestOs.UBUNTU_24_04, nics: [Nic.on(app)] },
    });
  }
  new ShieldedVm(stack, 'dc1', {
    ...base,
    nics: [Nic.on(app)],
    shielding: hyperv ? ShieldingLevel.HOST_GUARDED : ShieldingLevel.SECURE_BOOT_AND_TPM,
  });
  // Proxmox VE keeps an encrypted VM on the target's encrypted datastore
  if (vendor === Vendor.PROXMOX && has('target.encryptedDatastore')) {
    new ShieldedVm(stack, 'vault1', { ...base, nics: [Nic.on(app)], shielding: ShieldingLevel.ENCRYPTED });
  }
  everyday(stack, vendor, { ...base, nics: [Nic.on(app)] }, { app, existing }, has, val, opt);
}

/** The VMs of the everyday features, each feature where the vendor supports it. */
function everyday(
  stack: TerraformStack, vendor: Vendor, base: VirtualMachineProps, networks: { app: VirtualNetwork; existing: VirtualNetwork },
  has: (key: string) => boolean, val: (key: string) => string, opt: (key: string) => string | undefined,
): void {
  const size = { size: Size.gibibytes(20) };
  const secret = (name: string) => new TerraformVariable(stack, name, { type: 'string', sensitive: true }).stringValue;
  new VirtualMachine(stack, 'tools1', {
    ...base,
    notes: opt('vm.notes'),
    tags: has('vm.tags.key') ? { [val('vm.tags.key')]: val('vm.tags.value'), tier: 'web' } : undefined,
    folder: opt('vm.folder'),
    resourcePool: opt('vm.resourcePool'),
    storage: has('vm.storage') ? Storage.named(val('vm.storage')) : undefined,
    storagePolicy: opt('vm.storagePolicy'),
    // the Proxmox VE provider gives a VM one drive
    drives: has('drive.iso') ? [Drive.iso(val('drive.iso')), ...(vendor === Vendor.PROXMOX ? [] : [Drive.empty()])] : undefined,
    disks: [Disk.data(Size.gibibytes(10), {
      name: 'logs',
      storage: has('disk.storage') ? Storage.named(val('disk.storage')) : undefined,
      storagePolicy: opt('disk.storagePolicy'),
      tags: has('disk.tags.key') ? { [val('disk.tags.key')]: val('disk.tags.value') } : undefined,
    })],
    cpuLimit: has('target.coreMhz') ? 50 : undefined,
  });
  if (has('vm.storageCluster')) new VirtualMachine(stack, 'sdrs1', { ...base, storage: Storage.cluster(val('vm.storageCluster')) });
  if (has('image.url')) {
    const format = vendor === Vendor.HYPERV ? ImageFormat.VHDX : ImageFormat.QCOW2;
    new VirtualMachine(stack, 'url1', { ...base, image: Image.fromUrl(url(val('image.url')), { ...size, name: val('image.url.name'), format }) });
  }
  if (has('image.ovf')) new VirtualMachine(stack, 'ovf1', { ...base, image: Image.ovf(url(val('image.ovf')), size) });
  if (has('image.contentLibrary.item')) {
    new VirtualMachine(stack, 'lib1', {
      ...base, image: Image.contentLibrary(val('image.contentLibrary.library'), val('image.contentLibrary.item'), size),
    });
  }
  // an image name the target's imageSources gives another image
  new VirtualMachine(stack, 'src1', { ...base, image: Image.template('ubuntu-src', size) });
  const windows = { ...base, guestOs: GuestOs.WINDOWS_SERVER_2022 };
  if (has('windows.computerName')) {
    new VirtualMachine(stack, 'win1', {
      ...windows,
      guestInit: GuestInit.windows({ computerName: val('windows.computerName'), timeZone: val('windows.timeZone'), workgroup: val('windows.workgroup') }),
    });
  }
  if (has('domainJoin.domain')) {
    new VirtualMachine(stack, 'win2', {
      ...windows,
      guestInit: GuestInit.windows({
        computerName: 'WIN-APP2',
        adminPassword: secret('admin_password'),
        domainJoin: {
          domain: val('domainJoin.domain'),
          user: val('domainJoin.user'),
          password: secret('join_password'),
          organizationalUnit: val('domainJoin.organizationalUnit'),
        },
      }),
    });
  }
  if (has('nic.ipv4.address')) {
    const mac = (n: number) => `${vendor === Vendor.VSPHERE ? '00:50:56:00' : '52:54:00:12'}:01:0${n}`;
    new VirtualMachine(stack, 'addr1', {
      ...base,
      guestInit: GuestInit.hostname('addr1'),
      nics: ((list: Nic[]) => (vendor === Vendor.PROXMOX ? list.reverse() : list))([
        Nic.on(networks.app, { macAddress: mac(1) }),
        Nic.on(networks.existing, {
          macAddress: mac(2),
          ipv4: {
            address: val('nic.ipv4.address'), gateway: val('nic.ipv4.gateway'), dnsServers: [val('nic.ipv4.dnsServers')], domain: val('nic.ipv4.domain'),
          },
        }),
      // Proxmox VE takes DNS settings from the first NIC only
      ]),
    });
  }
}

// ----------------------------------------------------------------------------------------------
// Readers of the output
// ----------------------------------------------------------------------------------------------

/** Every string in a JSON value. */
export function stringsOf(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => stringsOf(v, out));
  else if (value !== null && typeof value === 'object') Object.values(value).forEach((v) => stringsOf(v, out));
  return out;
}

/** A Terraform reference the library writes: `var.x`, `data.type.name.attr`, `type.name.attr`, or a `"$"`/`"%"` literal. */
const LIBRARY_EXPRESSION = /^(var\.[A-Za-z0-9_-]+|data\.[a-z0-9_]+\.[A-Za-z0-9_-]+(\.[A-Za-z0-9_]+|\[\d+\])+|[a-z][a-z0-9_]*\.[A-Za-z0-9_-]+(\.[A-Za-z0-9_]+|\[\d+\])+|"[$%]")$/;

/**
 * The Terraform template expressions of a string (`${...}` and `%{...}` not escaped), each as its
 * inner text; directives as `%{` followed by their text.
 */
export function templateExpressions(s: string): string[] {
  const found: string[] = [];
  for (let i = 0; i < s.length; i++) {
    if ((s[i] === '$' || s[i] === '%') && s[i + 1] === s[i] && s[i + 2] === '{') {
      i += 2;
      continue;
    }
    if ((s[i] === '$' || s[i] === '%') && s[i + 1] === '{') {
      let depth = 0;
      let j = i + 1;
      let quoted = false;
      for (; j < s.length; j++) {
        const c = s[j];
        if (quoted) {
          if (c === '\\') j++;
          else if (c === '"') quoted = false;
        } else if (c === '"') {quoted = true;} else if (c === '{') {depth++;} else if (c === '}' && --depth === 0) {break;}
      }
      found.push((s[i] === '%' ? '%{' : '') + s.slice(i + 2, j));
      i = j;
    }
  }
  return found;
}

/** The expressions of a string that are not the library's own references. */
export function foreignExpressions(s: string): string[] {
  return templateExpressions(s).filter((e) => !LIBRARY_EXPRESSION.test(e));
}

/** A Terraform template's text with its escapes undone (`$${` → `${`, `%%{` → `%{`). */
export function templateLiteral(s: string): string {
  return s.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{');
}

/** The PowerShell scripts of a stack, by resource name, as the hosts receive them. */
export function scriptsOf(config: any): Map<string, string> {
  const scripts = new Map<string, string>();
  for (const [name, body] of Object.entries<any>(config.resource?.terraform_data ?? {})) {
    for (const p of body.provisioner ?? []) {
      if (p.file?.content !== undefined) scripts.set(name, templateLiteral(p.file.content));
    }
  }
  return scripts;
}

/**
 * A PowerShell script with the content of each single-quoted string literal replaced by `S`:
 * its structure as PowerShell reads it. Typographic single quotes end literals as ASCII ones do;
 * a doubled quote stays in the literal.
 */
export function powershellSkeleton(script: string): { skeleton: string; literals: string[] } {
  const quote = /['\u2018\u2019\u201a\u201b]/;
  const literals: string[] = [];
  let out = '';
  let i = 0;
  let inComment = false;
  let inDouble = false;
  while (i < script.length) {
    const c = script[i];
    if (inComment) {
      if (c === '\n') inComment = false;
      out += c;
      i++;
      continue;
    }
    if (inDouble) {
      if (c === '`') {
        out += script.slice(i, i + 2);
        i += 2;
        continue;
      }
      if (c === '"') inDouble = false;
      out += c;
      i++;
      continue;
    }
    if (c === '#') inComment = true;
    if (c === '"') inDouble = true;
    if (quote.test(c) && !inComment) {
      let j = i + 1;
      let text = '';
      for (; j < script.length; j++) {
        if (quote.test(script[j])) {
          if (quote.test(script[j + 1] ?? '')) {
            text += script[j];
            j++;
            continue;
          }
          break;
        }
        text += script[j];
      }
      literals.push(text);
      out += "'S'";
      i = j + 1;
      continue;
    }
    out += c;
    i++;
  }
  return { skeleton: out, literals };
}

/** The files of a stored (uncompressed) zip archive. */
export function unzipStored(zip: Buffer): Map<string, string> {
  const files = new Map<string, string>();
  let offset = 0;
  while (zip.readUInt32LE(offset) === 0x04034b50) {
    const size = zip.readUInt32LE(offset + 18);
    const nameLength = zip.readUInt16LE(offset + 26);
    const extraLength = zip.readUInt16LE(offset + 28);
    const name = zip.toString('utf8', offset + 30, offset + 30 + nameLength);
    const start = offset + 30 + nameLength + extraLength;
    files.set(name, zip.toString('utf8', start, start + size));
    offset = start + size;
  }
  return files;
}

/**
 * A Markdown text with every code span replaced by `C` (a span is fenced by a run of backticks and
 * closed by a run of the same length).
 */
export function markdownSkeleton(md: string): string {
  return md.replace(/(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/g, 'C');
}

/** A Mermaid diagram with labels as `L` and IDs as `w`: its structure. */
export function mermaidSkeleton(mmd: string): string {
  return mmd.split('\n').filter((l) => !l.trim().startsWith('%%')).join('\n')
    .replace(/"[^"\n]*"/g, 'L')
    .replace(/[A-Za-z0-9_]+/g, 'w');
}
