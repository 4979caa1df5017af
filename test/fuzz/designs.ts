import { TerraformStack, Testing } from 'cdktf';
import * as fc from 'fast-check';
import { schemaViolations } from './conformance';
import {
  Credentials, DesignError, Disk, DiskProvisioning, DrsRule, DrsRuleGroup, Firmware, GuestInit, GuestOs, HaCluster, HypervKeyProtector,
  HypervTarget, Image, LibvirtTarget, NetworkConnectivity, Nic, NicAdapter, ReplicaPair, ReplicationMode, ShieldedVm, ShieldingLevel,
  Size, Target, TrafficRole, VirtualMachine, VirtualNetwork, VsphereKeyProvider, VsphereTarget,
} from '../../src';
import { testApp } from '../util';

/*
 * Random designs, valid and invalid, over every construct and vendor. Each must end in a
 * synthesized configuration that conforms to the provider schemas, or in a DesignError; anything
 * else is an unexpected exception.
 */

const OSES = [GuestOs.UBUNTU_24_04, GuestOs.WINDOWS_SERVER_2022, GuestOs.RHEL_9, GuestOs.OTHER_LINUX, GuestOs.FREEBSD_14, GuestOs.WINDOWS_11];
const MACS = ['00:50:56:00:00:01', '52:54:00:12:34:56', '00:15:5d:01:02:03', '00:50:56:00:00:02', '01:00:5e:00:00:01', 'not-a-mac'];
const PCI = ['0000:3b:00.0', '0000:af:10.1', '0000:5e:00.0', '3b:00.0'];

const int = (min: number, max: number) => fc.integer({ min, max });
/** Present about one time in five: features most designs do not use. */
const maybe = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> =>
  fc.oneof({ arbitrary: fc.constant(undefined), weight: 4 }, { arbitrary: arb, weight: 1 });
/** True about one time in five. */
const rarely = fc.oneof({ arbitrary: fc.constant(false), weight: 4 }, { arbitrary: fc.constant(true), weight: 1 });
/** Mostly the usual values, sometimes anything. */
const mostly = (usual: fc.Arbitrary<number>, any: fc.Arbitrary<number>) => fc.oneof({ arbitrary: usual, weight: 9 }, { arbitrary: any, weight: 1 });

const vmRecipe = fc.record({
  cpus: mostly(int(1, 8), int(0, 3000)),
  memMib: mostly(fc.constantFrom(1024, 2048, 4096, 8192), int(1, 70_000)),
  bios: rarely,
  os: int(0, OSES.length - 1),
  imageGib: maybe(int(1, 80)),
  osDiskGib: maybe(int(1, 100)),
  coresPerSocket: maybe(fc.constantFrom(1, 2, 3)),
  disks: fc.array(fc.record({
    gib: int(1, 500),
    mib: maybe(int(1, 2000)),
    prov: fc.constantFrom(DiskProvisioning.THIN, DiskProvisioning.THIN, DiskProvisioning.THICK, DiskProvisioning.THICK_EAGER_ZEROED),
    allowDestroy: fc.boolean(),
    name: maybe(fc.constantFrom('data', 'logs', 'logs2', 'os', 'bad name')),
  }), { maxLength: 3 }),
  nics: fc.array(fc.record({ net: int(0, 3), mac: maybe(int(0, MACS.length - 1)), emulated: rarely, sriov: maybe(fc.boolean()) }), { maxLength: 3 }),
  init: fc.constantFrom('none', 'cloud', 'cloud-ip', 'hostname', 'hostname-ip'),
  autostart: maybe(fc.boolean()),
  nested: rarely,
  dynamic: maybe(fc.record({ minMib: int(512, 8192), maxMib: int(1024, 65536) })),
  reservationMib: maybe(fc.constantFrom<number>(1024, 2048, 4096)),
  cpuHotAdd: rarely,
  memoryHotAdd: rarely,
  pci: maybe(fc.array(int(0, PCI.length - 1), { maxLength: 2 })),
  host: maybe(int(0, 4)),
  inCluster: fc.boolean(),
  shielded: maybe(fc.record({
    level: fc.constantFrom(ShieldingLevel.SECURE_BOOT_AND_TPM, ShieldingLevel.ENCRYPTED, ShieldingLevel.HOST_GUARDED),
    vbs: rarely,
    sev: rarely,
  })),
});

/** A design as plain data, so that fast-check can shrink it. */
export const designRecipe = fc.record({
  /** Wild designs keep every generated value; tame ones are brought within the construct checks. */
  wild: rarely,
  vendor: fc.constantFrom('vsphere', 'hyperv', 'libvirt'),
  hosts: int(1, 4),
  remotePowerShell: fc.boolean(),
  variables: fc.boolean(),
  failover: rarely,
  guardian: fc.boolean(),
  secrets: fc.boolean(),
  keyProvider: fc.boolean(),
  bridge: fc.constantFrom('none', 'linux', 'ovs', 'ovs'),
  switches: fc.oneof({ arbitrary: fc.constant(true), weight: 4 }, { arbitrary: fc.constant(false), weight: 1 }),
  sev: fc.boolean(),
  cluster: fc.option(fc.record({ k: int(0, 2), cores: int(4, 64), memGib: int(16, 512), ack: fc.boolean(), cpuCompat: rarely }), { nil: undefined }),
  networks: fc.array(fc.record({
    connectivity: fc.constantFrom(NetworkConnectivity.BRIDGED, NetworkConnectivity.ISOLATED, NetworkConnectivity.HOST_ONLY, NetworkConnectivity.NAT),
    vlan: maybe(int(0, 4096)),
    cidr: mostly(fc.constant(-1), fc.constant(0)).chain((x) => (x < 0 ? fc.constant(undefined) : fc.constantFrom('192.168.100.0/24', '10.0.0.0/16', '10.0.0.1'))),
    existing: rarely,
    role: fc.constantFrom(TrafficRole.VM, TrafficRole.MANAGEMENT, TrafficRole.REPLICATION, TrafficRole.LIVE_MIGRATION),
  }), { maxLength: 3 }),
  vms: fc.array(vmRecipe, { maxLength: 4 }),
  rules: fc.array(fc.record({
    kind: fc.constantFrom('together', 'apart', 'run-on', 'not-run-on'),
    vms: fc.array(int(0, 4), { minLength: 2, maxLength: 3 }),
    hosts: fc.array(int(0, 3), { minLength: 1, maxLength: 2 }),
    mandatory: fc.boolean(),
  }), { maxLength: 2 }),
  pairs: fc.array(fc.record({
    hypervisor: rarely, checkpoint: rarely, replicaHost: fc.option(int(0, 3), { nil: undefined }), primaryHost: maybe(int(0, 3)),
  }), { maxLength: 1 }),
});

export type DesignRecipe = typeof designRecipe extends fc.Arbitrary<infer T> ? T : never;

const HOSTS = ['h1', 'h2', 'h3', 'h4'];

function target(stack: TerraformStack, r: DesignRecipe): Target {
  const hosts = HOSTS.slice(0, r.hosts);
  const credentials = r.variables ? Credentials.fromVariables() : undefined;
  if (r.vendor === 'vsphere') {
    return new VsphereTarget(stack, 'target', {
      server: 'vc.example.com',
      datacenter: 'dc',
      datastore: 'ds',
      cluster: 'existing',
      credentials,
      distributedSwitch: r.switches ? 'dvs' : undefined,
      keyProvider: r.keyProvider ? VsphereKeyProvider.named('nkp') : undefined,
    });
  }
  if (r.vendor === 'hyperv') {
    return new HypervTarget(stack, 'target', {
      hosts: hosts.map((name) => ({ name })),
      credentials,
      remotePowerShell: r.remotePowerShell,
      externalSwitch: r.switches ? { adapters: ['Ethernet'] } : undefined,
      failoverCluster: r.failover ? { name: 'HVC', sharedVolumePath: 'C:\\CSV' } : undefined,
      vmDirectory: r.failover ? 'C:\\CSV\\VMs' : undefined,
      keyProtector: r.guardian ? HypervKeyProtector.guardian('Owner') : undefined,
    });
  }
  return new LibvirtTarget(stack, 'target', {
    hosts: hosts.map((name) => ({ name, uri: `qemu+ssh://${name}/system` })),
    bridge: r.bridge === 'none' ? undefined : { name: 'br0', openvswitch: r.bridge === 'ovs' },
    encryption: r.secrets ? { diskSecret: '0c5a3f8e-2b0d-4d8e-9a43-7c1b2e4f5a60' } : undefined,
    sev: r.sev ? { cbitPosition: 47, reducedPhysBits: 1 } : undefined,
  });
}

/** Brings a recipe within the checks every construct makes, so that vendors decide the outcome. */
function tame(r: DesignRecipe): DesignRecipe {
  if (r.wild) return r;
  const hosts = r.hosts;
  return {
    ...r,
    cluster: r.cluster && { ...r.cluster, k: Math.min(r.cluster.k, hosts - 1) },
    networks: r.networks.map((n) => ({
      ...n,
      vlan: n.vlan === undefined ? undefined : Math.min(Math.max(n.vlan, 1), 4094),
      cidr: n.connectivity === NetworkConnectivity.NAT || n.connectivity === NetworkConnectivity.HOST_ONLY ? '192.168.100.0/24' : undefined,
    })),
    vms: r.vms.map((v) => {
      const cpus = Math.min(Math.max(v.cpus, 1), 8);
      const memMib = 1024 * Math.max(1, Math.round(v.memMib / 1024) % 16);
      const shielded = v.shielded && OSES[v.os].secureBoot && !v.bios ? v.shielded : undefined;
      return {
        ...v,
        cpus,
        memMib,
        coresPerSocket: v.coresPerSocket !== undefined && cpus % v.coresPerSocket === 0 ? v.coresPerSocket : undefined,
        osDiskGib: v.osDiskGib !== undefined && v.imageGib !== undefined ? Math.max(v.osDiskGib, v.imageGib) : v.osDiskGib,
        disks: v.disks.map((d) => ({ ...d, mib: undefined, name: undefined })),
        nics: v.nics.map((n) => ({ ...n, mac: undefined })),
        dynamic: v.dynamic && { minMib: Math.min(v.dynamic.minMib, memMib), maxMib: Math.max(v.dynamic.maxMib, memMib) },
        reservationMib: v.reservationMib === undefined ? undefined : Math.min(v.reservationMib, memMib),
        pci: v.pci?.filter((p) => PCI[p].length === 12),
        shielded,
      };
    }),
    pairs: r.pairs.map((p) => ({
      ...p,
      primaryHost: r.cluster ? p.primaryHost : 0,
      replicaHost: r.cluster ? p.replicaHost : hosts > 1 ? 1 : p.replicaHost,
    })),
  };
}

/** Builds the design in a new stack; construction errors propagate. */
export function build(recipe: DesignRecipe): TerraformStack {
  const r = tame(recipe);
  const stack = new TerraformStack(testApp(), 'fuzz');
  const t = target(stack, r);
  const hosts = r.vendor === 'vsphere' ? HOSTS.slice(0, r.hosts).map((h) => `${h}.esx`) : HOSTS.slice(0, r.hosts);
  const cluster = r.cluster && new HaCluster(stack, 'cluster', {
    target: t,
    hosts,
    hostFailuresToTolerate: r.cluster.k,
    hostCapacity: { cpuCores: r.cluster.cores, memory: Size.gibibytes(r.cluster.memGib) },
    acknowledgeNoHostFailover: r.cluster.ack,
    migration: r.cluster.cpuCompat ? { cpuCompatibility: true } : undefined,
  });
  const networks = r.networks.map((n, i) => new VirtualNetwork(stack, `net${i}`, {
    target: t,
    connectivity: n.existing ? undefined : n.connectivity,
    vlanId: n.existing ? undefined : n.vlan,
    cidr: n.existing ? undefined : n.cidr,
    existing: n.existing,
    role: n.role,
  }));
  const vms = r.vms.map((v, i) => {
    const image = Image.template('img', v.imageGib === undefined ? {} : { size: Size.gibibytes(v.imageGib) });
    const ipv4 = { address: '10.0.0.5/24', gateway: '10.0.0.1', dnsServers: ['10.0.0.2'], domain: 'example' };
    const guestInit = {
      'none': undefined,
      'cloud': GuestInit.cloudInit({ userData: '#cloud-config\n{}' }),
      'cloud-ip': GuestInit.cloudInit({ userData: '#cloud-config\n{}', ipv4 }),
      'hostname': GuestInit.hostname(`vm${i}`),
      'hostname-ip': GuestInit.hostname(`vm${i}`, { ipv4 }),
    }[v.init];
    const props = {
      ...(v.inCluster && cluster ? { cluster } : { target: t }),
      cpus: v.cpus,
      coresPerSocket: v.coresPerSocket,
      memory: Size.mebibytes(v.memMib),
      firmware: v.bios ? Firmware.BIOS : Firmware.UEFI,
      guestOs: OSES[v.os],
      image,
      osDiskSize: v.osDiskGib === undefined ? undefined : Size.gibibytes(v.osDiskGib),
      disks: v.disks.map((d) => Disk.data(
        d.mib ? Size.mebibytes(d.mib) : Size.gibibytes(d.gib),
        { provisioning: d.prov, allowDestroy: d.allowDestroy, name: d.name },
      )),
      nics: networks.length === 0 ? [] : v.nics.map((n) => Nic.on(networks[n.net % networks.length], {
        macAddress: n.mac === undefined ? undefined : MACS[n.mac],
        adapter: n.emulated ? NicAdapter.EMULATED : NicAdapter.PARAVIRTUAL,
        sriov: n.sriov === undefined ? undefined : n.sriov ? { physicalFunction: '0000:3b:00.0' } : {},
      })),
      guestInit,
      autostart: v.autostart,
      nestedVirtualization: v.nested,
      dynamicMemory: v.dynamic && { minimum: Size.mebibytes(v.dynamic.minMib), maximum: Size.mebibytes(v.dynamic.maxMib) },
      memoryReservation: v.reservationMib === undefined ? undefined : Size.mebibytes(v.reservationMib),
      cpuHotAdd: v.cpuHotAdd,
      memoryHotAdd: v.memoryHotAdd,
      pciDevices: (v.pci ?? []).map((p) => PCI[p]),
      host: v.host === undefined ? undefined : hosts[v.host % hosts.length],
    };
    return v.shielded
      ? new ShieldedVm(stack, `vm${i}`, { ...props, shielding: v.shielded.level, virtualizationBasedSecurity: v.shielded.vbs, memoryEncryption: v.shielded.sev })
      : new VirtualMachine(stack, `vm${i}`, props);
  });
  if (cluster) {
    r.rules.forEach((rule, i) => {
      const members = [...new Set(rule.vms.filter((n) => n < vms.length).map((n) => vms[n]))];
      if (members.length < 2) return;
      const ruleHosts = rule.hosts.map((h) => hosts[h % hosts.length]);
      const kind = {
        'together': DrsRule.keepTogether(),
        'apart': DrsRule.keepApart(),
        'run-on': DrsRule.runOn(ruleHosts),
        'not-run-on': DrsRule.notRunOn(ruleHosts),
      }[rule.kind]!;
      new DrsRuleGroup(stack, `rule${i}`, { cluster, vms: members, rule: kind, mandatory: rule.mandatory });
    });
  }
  r.pairs.forEach((p, i) => {
    new ReplicaPair(stack, `pair${i}`, {
      ...(cluster ? { cluster } : { target: t }),
      mode: p.hypervisor ? ReplicationMode.HYPERVISOR : ReplicationMode.GUEST,
      replicaHost: p.replicaHost === undefined ? undefined : hosts[p.replicaHost % hosts.length],
      primaryHost: p.primaryHost === undefined ? undefined : hosts[p.primaryHost % hosts.length],
      checkpoint: p.checkpoint ? { name: 'pre-maintenance' } : undefined,
      vm: { cpus: 2, memory: Size.gibibytes(4), image: Image.template('img', { size: Size.gibibytes(10) }) },
    });
  });
  return stack;
}

/** How one design ended. */
export type Outcome =
  | { readonly kind: 'synthesized' }
  | { readonly kind: 'refused'; readonly message: string }
  | { readonly kind: 'unexpected'; readonly error: unknown }
  | { readonly kind: 'violations'; readonly violations: string[] };

/** Builds and synthesizes a design, and classifies the end. */
export function run(recipe: DesignRecipe): Outcome {
  try {
    const config = JSON.parse(Testing.synth(build(recipe)));
    const violations = schemaViolations(config);
    return violations.length > 0 ? { kind: 'violations', violations } : { kind: 'synthesized' };
  } catch (e) {
    if (DesignError.isDesignError(e)) return { kind: 'refused', message: (e as Error).message };
    return { kind: 'unexpected', error: e };
  }
}
