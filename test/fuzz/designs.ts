import { App, Aspects, TerraformStack } from 'cdktf';
import { withEveryday } from './everyday';
import { Hostility } from './hostile';
import { Rng } from './rng';
import {
  CheckpointOptions, Credentials, Disk, DiskProvisioning, DrsAutomation, DrsRule, DrsRuleGroup, Feature, Firmware, GuestInit, GuestOs,
  HaCluster, HypervHostVersion, HypervKeyProtector, HypervTarget, Image, IsolationResponse, KvmPlatform, LibvirtTarget,
  NetworkConnectivity, Nic, NicAdapter, ProxmoxApiToken, ProxmoxTarget,
  ReplicaAuthentication, ReplicaPair, ReplicationFrequency, ReplicationMode, RestartPriority,
  SecurityBaseline, ShieldedVm, ShieldingLevel, Size, StaticIpv4, Support, Target, TrafficRole, VirtualMachine, VirtualMachineSpec,
  VirtualNetwork, VmMonitoring, VsphereKeyProvider, VsphereTarget, VsphereVersion,
} from '../../src';
import { DesignRegistry } from '../../src/model/target-contract';
import { LOCK_FILE_CONTEXT, LOCK_READ_ONLY_CONTEXT } from '../../src/targets/cluster-placement';

/*
 * Random designs over every construct, construct option and target option of the four vendors,
 * built from a seed. Most are meant to synthesize: options are chosen among those the target
 * supports. Some carry one deliberate mistake and must end in a DesignError. Hostile strings,
 * Terraform variable tokens, a second stack, the security baseline and placement lock files of
 * every kind are mixed in.
 */

export type VendorName = 'vsphere' | 'hyperv' | 'libvirt' | 'proxmox';
const VENDORS: readonly VendorName[] = ['vsphere', 'hyperv', 'libvirt', 'proxmox'];

/** Mistakes a design can carry; each must end in a DesignError. */
export const MISTAKES = [
  'cpus-zero', 'cpus-fraction', 'cpus-huge', 'cores-not-divisor', 'memory-tiny', 'dynamic-min-above', 'reservation-above',
  'disk-names-twice', 'disk-empty', 'disk-named-os', 'mac-garbage', 'vlan-out-of-range', 'cidr-on-bridged', 'tolerate-all-hosts',
  'cluster-no-hosts', 'vm-names-twice', 'vm-name-space', 'os-disk-below-image', 'host-outside-cluster', 'pci-twice',
  'hostname-invalid', 'user-data-empty', 'network-config-and-ipv4', 'ipv4-invalid', 'rule-one-vm', 'network-names-twice',
  'gateway-invalid', 'pci-garbage', 'disks-without-slots', 'disk-slots-twice',
] as const;
export type Mistake = typeof MISTAKES[number];

/** Kinds of placement lock file a case starts with. */
export const LOCK_KINDS = ['absent', 'library', 'truncated', 'other-format', 'wrong-shape', 'other-version', 'not-an-object'] as const;
export type LockKind = typeof LOCK_KINDS[number];

/** What a case is, as far as its oracles need to know. */
export interface CaseSpec {
  readonly seed: number;
  /** The deliberate mistake, if any: the case must end in a DesignError. */
  mistake?: Mistake;
  readonly stacks: Array<{ name: string; vendor: VendorName; baseline: boolean }>;
  /** Whether the library places VMs of a cluster (Hyper-V or libvirt cluster with VMs): it reads the lock. */
  libraryPlaces: boolean;
  lock: LockKind;
  hostility?: Hostility;
  /** VMs in the design. */
  vms: number;
}

/** The seed's case: what kind of design, decided before anything is built. */
export function caseSpec(seed: number): CaseSpec {
  const rng = new Rng(seed * 31 + 7);
  const mistake = rng.chance(0.15) ? rng.pick(MISTAKES) : undefined;
  const first = rng.pick(VENDORS);
  const stacks = [{ name: 'main', vendor: first, baseline: rng.chance(0.3) }];
  if (rng.chance(0.2)) stacks.push({ name: 'second', vendor: rng.pick(VENDORS), baseline: rng.chance(0.3) });
  const lock = rng.chance(0.75) ? rng.pick<LockKind>(['absent', 'library']) : rng.pick(LOCK_KINDS);
  return { seed, mistake, stacks, libraryPlaces: false, lock, vms: 0 };
}

/**
 * Builds the case's app: the same seed always builds the same constructs. Construction errors
 * propagate; `spec` records what was built up to there.
 */
export function buildCase(spec: CaseSpec, outdir: string, lockFile: string): App {
  const rng = new Rng(spec.seed);
  spec.vms = 0;
  spec.libraryPlaces = false;
  // the lock may be written whatever the environment says (CI makes it read-only by default)
  const app = new App({ outdir, context: { [LOCK_FILE_CONTEXT]: lockFile, [LOCK_READ_ONLY_CONTEXT]: false }, skipValidation: true });
  let current: TerraformStack | undefined;
  const hostile = rng.chance(0.4) ? rng.pick([0.1, 0.25, 0.5]) : 0;
  const tokens = hostile > 0 && rng.chance(0.4);
  const h = new Hostility(rng, () => current!);
  spec.hostility = h;
  spec.stacks.forEach((s, i) => {
    const stack = new TerraformStack(app, s.name);
    current = stack;
    if (s.baseline) Aspects.of(stack).add(new SecurityBaseline());
    new DesignBuilder(rng, h, stack, s.vendor, hostile, tokens, i === 0 ? spec.mistake : undefined, spec).build();
  });
  return app;
}

const OSES = [
  GuestOs.UBUNTU_22_04, GuestOs.UBUNTU_24_04, GuestOs.DEBIAN_12, GuestOs.RHEL_9, GuestOs.OTHER_LINUX, GuestOs.FREEBSD_14,
  GuestOs.WINDOWS_SERVER_2019, GuestOs.WINDOWS_SERVER_2022, GuestOs.WINDOWS_SERVER_2025, GuestOs.WINDOWS_11,
];
const IMAGES = ['ubuntu-24.04', 'rhel-9', 'win2022', 'debian-12'];
const PCI = ['0000:3b:00.0', '0000:af:10.1', '0000:5e:00.0', '0000:d8:00.1'];

class DesignBuilder {
  private readonly target: Target;
  private readonly hosts: string[];
  private readonly networks: VirtualNetwork[] = [];
  private cluster?: HaCluster;
  private readonly vms: VirtualMachine[] = [];
  private macs = 0;
  /** Hyper-V: the target runs PowerShell on the hosts; with a failover cluster. */
  private remote = false;
  private failover = false;
  private guardian = false;
  /** vSphere: the target names a cluster for VMs without a host. */
  private vsphereCluster = true;
  /** vSphere: a key provider; libvirt: disk encryption secrets. */
  private keys = false;
  /** Bridged networks can be made (external switch, bridge); VLANs tagged on libvirt (Open vSwitch). */
  private bridged = true;
  private ovs = false;
  /** libvirt: the hosts' SEV parameters are given. */
  private sev = false;

  constructor(
    private readonly rng: Rng,
    private readonly h: Hostility,
    private readonly stack: TerraformStack,
    private readonly vendor: VendorName,
    /** Probability that a free-form string is hostile. */
    private readonly hostile: number,
    private readonly tokens: boolean,
    private readonly mistake: Mistake | undefined,
    private readonly spec: CaseSpec,
  ) {
    const hostCount = rng.int(1, 4);
    this.hosts = vendor === 'vsphere'
      ? Array.from({ length: hostCount }, (_, i) => `esx${i + 1}.example.com`)
      : Array.from({ length: hostCount }, (_, i) => `${{ hyperv: 'hv', libvirt: 'kvm', proxmox: 'pve' }[vendor]}${i + 1}`);
    this.target = vendor === 'vsphere' ? this.vsphere() : vendor === 'hyperv' ? this.hyperv() : vendor === 'proxmox' ? this.proxmox() : this.libvirt();
  }

  public build(): void {
    const r = this.rng;
    const m = this.mistake;
    const networkCount = m === 'network-names-twice' ? 2 : r.int(m === 'vlan-out-of-range' || m === 'cidr-on-bridged' ? 1 : 0, 4);
    for (let i = 0; i < networkCount; i++) this.network(i);
    if (m === 'tolerate-all-hosts' || m === 'cluster-no-hosts' || m === 'host-outside-cluster' || m === 'rule-one-vm'
      || (this.supports(Feature.HA_CLUSTER) && r.chance(this.failover && this.hostile > 0 ? 0.9 : 0.45))) {
      this.makeCluster();
    }
    const vmCount = r.chance(0.05) ? r.int(10, 50) : r.int(m === undefined ? 0 : 1, 6);
    for (let i = 0; i < vmCount; i++) this.vm(i);
    if (m === 'vm-names-twice') this.vm(vmCount, this.vms[0].vmName);
    this.spec.vms += this.vms.length;
    this.rules();
    if (this.supports(Feature.REPLICA_GUEST) || this.supports(Feature.REPLICA_HYPERVISOR)) {
      const pairs = r.chance(this.vendor === 'hyperv' && this.hostile > 0 ? 0.5 : 0.25) ? r.int(1, 2) : 0;
      for (let i = 0; i < pairs; i++) this.pair(i);
    }
    if (this.vendor !== 'vsphere' && DesignRegistry.of(this.target).vms.some((vm) => vm.cluster !== undefined)) this.spec.libraryPlaces = true;
  }

  private supports(feature: Feature): boolean {
    return this.target.supportOf(feature).support !== Support.UNSUPPORTED;
  }

  /** A free-form string: usual, hostile or a token. */
  private text(usual: string): string {
    return this.tokens || this.hostile > 0 ? (this.tokens ? this.h.text(usual, this.hostile) : this.hostileOr(usual)) : usual;
  }

  /** A string that reaches the PowerShell scripts: hostile at least half the time in a hostile case. */
  private scriptText(usual: string): string {
    if (this.hostile === 0 || !this.rng.chance(0.8)) return this.text(usual);
    return this.tokens && this.rng.chance(0.3) ? this.h.stringToken() : this.h.string();
  }

  private hostileOr(usual: string): string {
    return this.rng.chance(this.hostile) ? this.h.string() : usual;
  }

  /** A name checked by the library: usual, or rarely a prototype name, a hostile string or a token. */
  private name(usual: string): string {
    if (this.hostile === 0) return usual;
    const x = this.rng.next();
    if (x < this.hostile * 0.15) return this.h.prototypeName();
    if (x < this.hostile * 0.2) return this.h.string();
    if (this.tokens && x < this.hostile * 0.23) return this.h.stringToken();
    return usual;
  }

  /** A whole number, or (with tokens) rarely a number token. */
  private num(usual: number): number {
    return this.tokens && this.rng.chance(0.03) ? this.h.numberToken() : usual;
  }

  private credentials(): Credentials {
    return Credentials.fromVariables(this.rng.chance(0.5) ? { user: this.text('terraform@example.com') } : {});
  }

  private vsphere(): VsphereTarget {
    const r = this.rng;
    const distributed = r.chance(0.8);
    this.vsphereCluster = r.chance(0.9);
    return new VsphereTarget(this.stack, 'target', {
      server: r.chance(0.9) ? 'vc.example.com' : this.text('vc2.example.com'),
      datacenter: this.text('dc1'),
      credentials: r.chance(0.6) ? this.credentials() : r.pick([undefined, Credentials.fromEnvironment()]),
      allowUnverifiedSsl: r.maybe(0.3, () => r.chance(0.5)),
      alias: r.maybe(0.15, () => r.pick(['east', 'west_2'])),
      cluster: this.vsphereCluster ? this.text('prod') : undefined,
      datastore: this.text('vsan-prod'),
      distributedSwitch: distributed ? this.text('dvs-prod') : undefined,
      standardSwitch: distributed && r.chance(0.8) ? undefined : { name: this.text('vSwitch0'), hosts: this.hosts },
      images: r.maybe(0.3, () => ({ [r.pick(IMAGES)]: this.text('templates/ubuntu') })),
      keyProvider: (this.keys = r.chance(0.6)) ? (r.chance(0.7) ? VsphereKeyProvider.named(this.text('nkp-prod')) : VsphereKeyProvider.vcenterDefault()) : undefined,
      encryptionPolicy: r.maybe(0.2, () => this.text('VM Encryption Policy')),
      version: r.maybe(0.3, () => r.pick([VsphereVersion.VSPHERE_7_0_U1, VsphereVersion.VSPHERE_8_0])),
    });
  }

  private hyperv(): HypervTarget {
    const r = this.rng;
    const remote = r.chance(0.8);
    const failover = remote && this.hosts.length > 1 && r.chance(this.hostile > 0 ? 0.7 : 0.4);
    this.remote = remote;
    this.failover = failover;
    this.guardian = r.chance(0.3);
    const kerberos = r.chance(0.15);
    const sharedVolume = this.text('C:\\ClusterStorage\\Volume1');
    return new HypervTarget(this.stack, 'target', {
      hosts: this.hosts.map((name, i) => ({
        name,
        address: r.maybe(0.3, () => r.pick([`${name}.corp.example.com`, `10.0.0.${i + 10}`])),
        port: r.maybe(0.1, () => r.pick([5985, 5986, 15986])),
      })),
      credentials: remote || r.chance(0.5) ? this.credentials() : undefined,
      winrm: r.maybe(0.4, () => ({
        https: r.maybe(0.5, () => r.chance(0.7)),
        port: r.maybe(0.2, () => r.pick([5985, 5986])),
        insecure: r.maybe(0.3, () => r.chance(0.3)),
        useNtlm: kerberos ? false : r.maybe(0.3, () => true),
        kerberos: kerberos ? {
          realm: this.text('CORP.EXAMPLE.COM'),
          servicePrincipalName: r.maybe(0.3, () => this.text('HTTP/hv1.corp.example.com')),
          configPath: r.maybe(0.3, () => this.text('/etc/krb5.conf')),
          credentialCache: r.maybe(0.3, () => this.text('/tmp/krb5cc_1000')),
        } : undefined,
        tlsServerName: r.maybe(0.2, () => this.text('hv.corp.example.com')),
        caCertPath: r.maybe(0.2, () => this.text('/etc/ssl/ca.pem')),
        ...(r.chance(0.15) ? { certPath: this.text('/etc/ssl/client.pem'), keyPath: this.text('/etc/ssl/client.key') } : {}),
        scriptPath: r.maybe(0.2, () => this.text('C:/Temp/terraform_%RAND%.cmd')),
        timeoutSeconds: r.maybe(0.2, () => r.int(10, 300)),
      })),
      vmDirectory: failover ? `${sharedVolume}\\VMs` : r.maybe(0.4, () => this.text('D:\\Hyper-V')),
      imageDirectory: r.maybe(0.4, () => this.text('D:\\Images')),
      storageLocations: { fast: failover ? `${sharedVolume}\\Fast` : 'D:\\Fast' },
      images: r.maybe(0.3, () => ({ [r.pick(IMAGES)]: this.text('D:\\Images\\golden.vhdx') })),
      externalSwitch: (this.bridged = r.chance(0.85)) ? {
        name: r.maybe(0.4, () => this.text('external')),
        adapters: [this.text('Ethernet 2')],
        allowManagementOs: r.maybe(0.4, () => r.chance(0.5)),
      } : undefined,
      remotePowerShell: remote,
      keyProtector: this.guardian ? HypervKeyProtector.guardian(r.chance(0.2) ? this.hostileOr('Owner') : 'Owner') : r.maybe(0.3, () => HypervKeyProtector.local()),
      failoverCluster: failover ? { name: this.scriptText('HVCLUSTER'), sharedVolumePath: sharedVolume } : undefined,
      hostVersion: r.maybe(0.4, () => r.pick(Object.values(HypervHostVersion))),
    });
  }

  private libvirt(): LibvirtTarget {
    const r = this.rng;
    return new LibvirtTarget(this.stack, 'target', {
      hosts: this.hosts.map((name) => ({
        name,
        uri: r.chance(0.9) ? `qemu+ssh://root@${name}.example.com/system` : r.pick([`qemu+tcp://${name}/system`, 'qemu:///system', `qemu+ssh://${name}/system?keyfile=/root/.ssh/id_ed25519`]),
      })),
      storagePool: r.maybe(0.3, () => ({ name: this.name('vms'), path: r.maybe(0.5, () => this.text('/srv/vms')) })),
      imageDirectory: r.maybe(0.3, () => this.text('/srv/images')),
      images: r.maybe(0.3, () => ({ [r.pick(IMAGES)]: this.text('/srv/images/golden.qcow2') })),
      bridge: (this.bridged = r.chance(0.85)) ? { name: this.text('ovsbr0'), openvswitch: (this.ovs = r.chance(0.7)) ? true : r.maybe(0.5, () => false) } : undefined,
      encryption: (this.keys = r.chance(0.5)) ? ({
        diskSecret: '0c5a3f8e-2b0d-4d8e-9a43-7c1b2e4f5a60',
        tpmSecret: r.maybe(0.5, () => '5d7e9f10-3c2b-4a1d-8e6f-9b0a1c2d3e4f'),
      }) : undefined,
      sev: (this.sev = r.chance(0.4))
        ? { cbitPosition: r.pick([47, 51]), reducedPhysBits: 1, policy: r.maybe(0.3, () => r.pick([0x0003, 0x0001])) }
        : undefined,
      platform: r.maybe(0.4, () => r.pick([KvmPlatform.RHEL_9, KvmPlatform.QEMU_Q35])),
    });
  }

  private proxmox(): ProxmoxTarget {
    const r = this.rng;
    this.keys = r.chance(0.5);
    const credentials = r.int(0, 2);
    return new ProxmoxTarget(this.stack, 'target', {
      endpoint: r.chance(0.9) ? 'https://pve1.example.com:8006/' : `https://pve.example.com:8006/${this.text('pve')}`,
      credentials: credentials === 0 ? ProxmoxApiToken.fromVariable(r.chance(0.8) ? undefined : this.name('pve_token')) : credentials === 1 ? this.credentials() : undefined,
      insecure: r.maybe(0.3, () => r.chance(0.5)),
      nodes: this.hosts,
      datastore: r.maybe(0.4, () => this.name('ceph-vm')),
      stateDatastore: r.maybe(0.2, () => this.name('ceph-state')),
      imageDatastore: r.maybe(0.3, () => this.name('cephfs')),
      isoDatastore: r.maybe(0.2, () => this.name('iso')),
      snippetDatastore: r.maybe(0.3, () => this.name('snippets')),
      sharedSnippetDatastore: r.maybe(0.3, () => r.chance(0.5)),
      sshUser: r.maybe(0.3, () => this.text('terraform')),
      encryptedDatastore: this.keys ? this.name('zfs-crypt') : undefined,
      bridge: r.maybe(0.4, () => this.name('vmbr1')),
      zone: r.maybe(0.3, () => this.name('estate')),
      imageSources: r.maybe(0.3, () => ({ [r.pick(IMAGES)]: Image.fromUrl(`https://images.example.com/${this.text('golden')}.qcow2`) })),
    });
  }

  private network(i: number): void {
    const r = this.rng;
    const m = this.mistake;
    const kinds = [NetworkConnectivity.BRIDGED, NetworkConnectivity.ISOLATED, NetworkConnectivity.HOST_ONLY, NetworkConnectivity.NAT];
    const feature = {
      [NetworkConnectivity.BRIDGED]: Feature.BRIDGED_NETWORK,
      [NetworkConnectivity.ISOLATED]: Feature.ISOLATED_NETWORK,
      [NetworkConnectivity.HOST_ONLY]: Feature.HOST_ONLY_NETWORK,
      [NetworkConnectivity.NAT]: Feature.NAT_NETWORK,
    };
    const supported = kinds.filter((k) => this.supports(feature[k]) && (k !== NetworkConnectivity.BRIDGED || this.bridged));
    const existing = this.supports(Feature.EXISTING_NETWORK) && r.chance(0.15) && m === undefined;
    let connectivity = r.pick(supported);
    if (m === 'cidr-on-bridged' && i === 0) connectivity = NetworkConnectivity.BRIDGED;
    const hostServed = connectivity === NetworkConnectivity.NAT || connectivity === NetworkConnectivity.HOST_ONLY;
    const tagged = this.vendor === 'libvirt' ? connectivity === NetworkConnectivity.BRIDGED && this.ovs : connectivity !== NetworkConnectivity.NAT;
    let vlanId = this.supports(Feature.VLAN) && tagged && r.chance(0.5) ? this.num(r.int(1, 4094)) : undefined;
    if (m === 'vlan-out-of-range' && i === 0) vlanId = r.pick([0, 4095, 5000, -1, 1.5]);
    let cidr = hostServed && this.vendor === 'libvirt' ? r.pick(['192.168.100.0/24', '10.20.0.0/16', '172.16.4.0/30']) : undefined;
    if (m === 'cidr-on-bridged' && i === 0) cidr = '10.0.0.0/24';
    const role = this.roleFor(i);
    const name = existing ? this.text(`VM Network ${i}`) : m === 'network-names-twice' ? 'net' : r.chance(0.8) ? undefined : this.name(`lan-${i}`);
    this.networks.push(new VirtualNetwork(this.stack, `net${i}`, {
      target: this.cluster === undefined || r.chance(0.5) ? this.target : undefined,
      cluster: this.cluster,
      name,
      vlanId: existing ? undefined : vlanId,
      role,
      connectivity: existing || (r.chance(0.2) && connectivity === NetworkConnectivity.BRIDGED) ? undefined : connectivity,
      cidr: existing ? undefined : cidr,
      existing: existing ? true : r.maybe(0.2, () => false),
    }));
  }

  private roleFor(i: number): TrafficRole | undefined {
    const r = this.rng;
    if (i === 0) return r.maybe(0.3, () => TrafficRole.VM);
    return r.maybe(0.6, () => r.pick(Object.values(TrafficRole)));
  }

  private makeCluster(): void {
    const r = this.rng;
    const m = this.mistake;
    const hosts = m === 'cluster-no-hosts' ? [] : this.hosts.length === 1 ? [...this.hosts] : r.subset(this.hosts, 2, this.hosts.length);
    const k = m === 'tolerate-all-hosts' ? hosts.length : hosts.length === 1 ? 0 : r.chance(0.8) ? 1 : r.int(0, hosts.length - 1);
    const migrationNet = this.networks.find((n) => n.role === TrafficRole.LIVE_MIGRATION);
    const existing = this.vendor === 'vsphere' && r.chance(0.2);
    const settings = !existing && (this.vendor !== 'hyperv' || this.failover);
    const opt = <T>(feature: Feature, make: () => T) => (settings && this.supports(feature) && r.chance(0.4) ? make() : undefined);
    this.cluster = new HaCluster(this.stack, 'cluster', {
      target: this.target,
      name: r.maybe(0.2, () => this.name('prod-cluster')),
      hosts,
      hostFailuresToTolerate: r.chance(0.8) ? k : k === 1 ? undefined : k,
      hostCapacity: this.vendor === 'vsphere' && r.chance(0.7) ? undefined : { cpuCores: r.pick([64, 96, 128]), memory: Size.gibibytes(r.pick([768, 1024, 2048])) },
      cpuOvercommit: r.maybe(0.3, () => r.pick([1, 2, 4, 8])),
      memoryOvercommit: r.maybe(0.2, () => r.pick([1, 1.5, 2])),
      restartPriority: opt(Feature.RESTART_PRIORITY, () => r.pick(Object.values(RestartPriority))),
      isolationResponse: opt(Feature.ISOLATION_RESPONSE, () => r.pick(Object.values(IsolationResponse))),
      vmMonitoring: opt(Feature.VM_MONITORING, () => r.pick(Object.values(VmMonitoring))),
      drsAutomation: opt(Feature.DRS_AUTOMATION, () => r.pick(Object.values(DrsAutomation))),
      migration: existing ? undefined : r.maybe(0.3, () => {
        const network = this.supports(Feature.MIGRATION_NETWORK) && r.chance(0.6) ? migrationNet : undefined;
        const subnet = this.supports(Feature.MIGRATION_NETWORK) && r.chance(0.4) ? r.pick(['10.99.0', '192.168.50']) : undefined;
        // a static vMotion address per host where the platform sets them
        const addressed = network !== undefined && this.supports(Feature.MIGRATION_HOST_ADDRESSES) && r.chance(0.5);
        return {
          network,
          subnet: subnet === undefined ? undefined : `${subnet}.0/24`,
          cpuCompatibility: this.supports(Feature.MIGRATION_CPU_COMPATIBILITY) ? r.maybe(0.5, () => r.chance(0.5)) : undefined,
          hostAddresses: addressed ? Object.fromEntries(hosts.map((h, i) => [h, `${subnet ?? '10.98.0'}.${11 + i}/24`])) : undefined,
          gateway: addressed ? r.maybe(0.3, () => `${subnet ?? '10.98.0'}.1`) : undefined,
        };
      }),
      existing: existing ? true : this.vendor === 'vsphere' ? r.maybe(0.2, () => false) : undefined,
      rebalance: r.maybe(0.2, () => r.chance(0.3)),
      acknowledgeNoHostFailover: k === 0 || this.vendor === 'libvirt' || (this.vendor === 'hyperv' && !this.failover) ? true : r.maybe(0.1, () => false),
    });
  }

  private vm(i: number, nameOverride?: string): void {
    const r = this.rng;
    const m = this.mistake;
    const first = i === 0;
    const inCluster = this.cluster !== undefined && (r.chance(0.8) || (first && (m === 'host-outside-cluster' || m === 'rule-one-vm')));
    const shielded = r.chance(0.15) && this.supports(Feature.SECURE_BOOT)
      && (this.vendor === 'libvirt' || this.vendor === 'proxmox' || (this.vendor === 'hyperv' ? this.remote : this.keys));
    const host = this.hostFor(inCluster, first && m === 'host-outside-cluster');
    const base = this.spec_(first ? m : undefined, shielded, i, host !== undefined);
    const spec = first && m !== undefined ? base : withEveryday({
      rng: r,
      vendor: this.vendor,
      stack: this.stack,
      supports: (f) => this.supports(f),
      text: (usual) => this.text(usual),
      name: (usual) => this.name(usual),
      mac: () => this.mac(),
    }, base, i);
    const common = {
      ...spec,
      target: inCluster && r.chance(0.7) ? undefined : this.target,
      cluster: inCluster ? this.cluster : undefined,
      restartPriority: inCluster && this.supports(Feature.RESTART_PRIORITY) && (this.vendor !== 'hyperv' || this.failover) && !this.cluster!._node.existing ? r.maybe(0.2, () => r.pick(Object.values(RestartPriority))) : undefined,
      drsAutomation: inCluster && this.supports(Feature.DRS_AUTOMATION) && !this.cluster!._node.existing
        ? r.maybe(0.2, () => r.pick(Object.values(DrsAutomation))) : undefined,
      name: nameOverride ?? (first && m === 'vm-name-space' ? 'web server' : r.chance(0.8) ? undefined : this.name(`vm-${i}`)),
      host,
    };
    const id = `vm${i}`;
    const vm = shielded
      ? new ShieldedVm(this.stack, id, {
        ...common,
        firmware: Firmware.UEFI,
        shielding: (this.vendor === 'libvirt' || this.vendor === 'proxmox') && !this.keys ? ShieldingLevel.SECURE_BOOT_AND_TPM : r.maybe(0.8, () => r.pick([ShieldingLevel.SECURE_BOOT_AND_TPM, ShieldingLevel.ENCRYPTED, ShieldingLevel.HOST_GUARDED]
          .filter((l) => l !== ShieldingLevel.HOST_GUARDED || (this.supports(Feature.HOST_GUARDIAN) && (this.vendor !== 'hyperv' || this.guardian)))
          .filter((l) => l !== ShieldingLevel.ENCRYPTED || (this.supports(Feature.ENCRYPTION) && (this.vendor !== 'libvirt' || this.keys))))),
        virtualizationBasedSecurity: this.supports(Feature.VBS) && spec.guestOs?.isWindows && !(this.vendor === 'hyperv' && spec.dynamicMemory) ? r.maybe(0.3, () => r.chance(0.5)) : undefined,
        memoryEncryption: this.supports(Feature.MEMORY_ENCRYPTION) && (this.vendor !== 'libvirt' || this.sev) ? r.maybe(0.2, () => r.chance(0.5)) : undefined,
      })
      : new VirtualMachine(this.stack, id, common);
    if (r.chance(0.05)) vm.addVendorOverride(this.target.vendor, { vsphere: 'annotation', hyperv: 'notes', libvirt: 'description', proxmox: 'description' }[this.vendor], 'set by override');
    this.vms.push(vm);
  }

  private hostFor(inCluster: boolean, outside: boolean): string | undefined {
    const r = this.rng;
    if (outside) return 'not-a-host';
    if (!this.supports(Feature.HOST_PLACEMENT)) return undefined;
    if (inCluster) return r.chance(0.1) ? r.pick(this.cluster!.hosts) : undefined;
    if (this.vendor === 'vsphere') return r.chance(0.1) || !this.vsphereCluster ? r.pick(this.hosts) : undefined;
    return this.hosts.length > 1 || r.chance(0.3) ? r.pick(this.hosts) : undefined;
  }

  /** A VM spec (also the spec of a replica pair). */
  private spec_(m: Mistake | undefined, shielded: boolean, i: number, hasHost: boolean): VirtualMachineSpec {
    const pinnable = this.vendor !== 'vsphere' || hasHost;
    const r = this.rng;
    const os = shielded ? r.pick(OSES.filter((o) => o.secureBoot)) : r.pick(OSES);
    const sized = this.vendor === 'libvirt' || r.chance(0.6);
    let cpus = this.num(r.pick([1, 2, 2, 4, 4, 6, 8]));
    if (m === 'cpus-zero') cpus = 0;
    if (m === 'cpus-fraction') cpus = 2.5;
    if (m === 'cpus-huge') cpus = 5000;
    const divisors = typeof cpus === 'number' && cpus > 0 && cpus < 100 ? [1, 2, 3, 4].filter((d) => cpus % d === 0) : [1];
    const coresPerSocket = m === 'cores-not-divisor' ? (cpus === 1 ? 2 : cpus + 1)
      : this.supports(Feature.CORES_PER_SOCKET) && r.chance(0.2) ? r.pick(divisors) : undefined;
    const memGib = r.pick([1, 2, 4, 4, 8, 16]);
    const memory = m === 'memory-tiny' ? Size.mebibytes(2) : this.tokens && r.chance(0.03) ? Size.gibibytes(this.h.numberToken()) : Size.gibibytes(memGib);
    const dynamic = this.supports(Feature.DYNAMIC_MEMORY) && r.chance(0.15);
    const bios = !shielded && this.supports(Feature.BIOS) && r.chance(0.1);
    const imageGib = sized ? r.pick([10, 20, 40]) : undefined;
    const image = Image.template(r.chance(0.95) ? r.pick(IMAGES) : this.name('golden'), imageGib === undefined ? {} : { size: Size.gibibytes(imageGib) });
    const osDisk = m === 'os-disk-below-image' ? Size.gibibytes(5)
      : this.supports(Feature.OS_DISK_SIZE) && r.chance(0.3) ? Size.gibibytes((imageGib ?? 40) + r.pick([0, 10, 60])) : undefined;
    const guestOs = shielded || r.chance(0.9) ? os : undefined;
    return {
      cpus,
      coresPerSocket,
      memory,
      firmware: bios ? Firmware.BIOS : r.maybe(0.5, () => Firmware.UEFI),
      guestOs,
      image: m === 'os-disk-below-image' ? Image.template('big', { size: Size.gibibytes(40) }) : image,
      osDiskSize: osDisk,
      disks: this.disks(m),
      ...this.nicsAndInit(m, bios, pinnable, i, guestOs?.isWindows ?? false),
      autostart: this.supports(Feature.AUTOSTART) ? r.maybe(0.3, () => r.chance(0.5)) : undefined,
      nestedVirtualization: this.supports(Feature.NESTED_VIRTUALIZATION) && !(dynamic && this.vendor === 'hyperv') ? r.maybe(0.1, () => true) : undefined,
      dynamicMemory: m === 'dynamic-min-above' ? { minimum: Size.gibibytes(memGib + 1), maximum: Size.gibibytes(memGib + 2) }
        : dynamic
          ? { minimum: this.vendor === 'libvirt' ? Size.gibibytes(memGib) : Size.mebibytes(512), maximum: Size.gibibytes(memGib * 2) } : undefined,
      memoryReservation: m === 'reservation-above' ? Size.gibibytes(memGib + 1)
        : this.supports(Feature.MEMORY_RESERVATION) && (this.vendor === 'vsphere' || !dynamic) && r.chance(0.15)
          ? (this.vendor === 'vsphere' && r.chance(0.5) ? Size.mebibytes(512) : Size.gibibytes(memGib)) : undefined,
      cpuHotAdd: this.supports(Feature.CPU_HOT_ADD) ? r.maybe(0.1, () => true) : undefined,
      memoryHotAdd: this.supports(Feature.MEMORY_HOT_ADD) && !(bios && this.vendor === 'hyperv') ? r.maybe(0.1, () => true) : undefined,
      pciDevices: m === 'pci-twice' ? [PCI[0], PCI[0]] : m === 'pci-garbage' ? ['zz:zz'] : this.supports(Feature.PCI_PASSTHROUGH) && pinnable && r.chance(0.1) ? r.subset(PCI, 1, 2) : undefined,
    };
  }

  private disks(m: Mistake | undefined): Disk[] | undefined {
    const r = this.rng;
    if (m === 'disk-names-twice') return [Disk.data(Size.gibibytes(10), { name: 'data' }), Disk.data(Size.gibibytes(20), { name: 'data' })];
    if (m === 'disk-empty') return [Disk.data(Size.gibibytes(0), { name: 'empty' })];
    if (m === 'disk-named-os') return [Disk.data(Size.gibibytes(10), { name: r.pick(['os', 'cidata']) })];
    if (m === 'disks-without-slots') return [Disk.data(Size.gibibytes(10), { name: 'a' }), Disk.data(Size.gibibytes(20), { name: 'b' })];
    if (m === 'disk-slots-twice') return [Disk.data(Size.gibibytes(10), { name: 'a', slot: 2 }), Disk.data(Size.gibibytes(20), { name: 'b', slot: 2 })];
    if (!this.supports(Feature.DATA_DISKS) || r.chance(0.5)) return r.maybe(0.1, () => []);
    const count = r.chance(0.1) ? r.int(4, 12) : r.int(1, 3);
    const provisioning = [DiskProvisioning.THIN];
    if (this.supports(Feature.THICK_DISKS)) provisioning.push(DiskProvisioning.THICK);
    if (this.supports(Feature.EAGER_ZEROED_DISKS)) provisioning.push(DiskProvisioning.THICK_EAGER_ZEROED);
    // a VM with more than one data disk names them and gives each a slot (their identity must not
    // depend on their order); the slots may leave gaps and come in any order
    const named = count > 1 || r.chance(0.5);
    const slots = Array.from({ length: count }, (_, i) => i + 1 + (r.chance(0.2) ? count : 0));
    if (r.chance(0.5)) slots.reverse();
    return Array.from({ length: count }, (_, i) => Disk.data(Size.gibibytes(r.pick([1, 10, 40, 500])), {
      name: named ? (i === 0 && r.chance(0.2) ? this.name(`data-${i}`) : r.pick(['data', 'logs', 'db', 'tmp', 'x']) + i) : undefined,
      slot: count > 1 || r.chance(0.3) ? slots[i] : undefined,
      provisioning: r.maybe(0.6, () => r.pick(provisioning)),
      allowDestroy: r.maybe(0.3, () => r.chance(0.5)),
    }));
  }

  private nics(m: Mistake | undefined, bios: boolean, pinnable: boolean): Nic[] | undefined {
    const r = this.rng;
    if (m === 'mac-garbage') {
      if (this.networks.length === 0) this.network(this.networks.length);
      return [Nic.on(this.networks[0], { macAddress: r.pick(['not-a-mac', '00:50:56:00:00', 'gg:00:00:00:00:00']) })];
    }
    const usable = this.networks.filter((n) => n.role === TrafficRole.VM || n.role === TrafficRole.MANAGEMENT || r.chance(0.3));
    // the vsphere provider requires a NIC of every VM it does not deploy from an OVF package (the
    // everyday settings may take the NICs of an OVF VM away): a network to put it on, made if need be
    const vsphere = this.vendor === 'vsphere';
    if (vsphere && usable.length === 0) {
      if (this.networks.length === 0) this.network(0);
      usable.push(r.pick(this.networks));
    }
    if (usable.length === 0) return undefined;
    return r.subset(usable, vsphere ? 1 : 0, 3).map((net) => Nic.on(net, {
      macAddress: this.supports(Feature.STATIC_MAC) && r.chance(0.15)
        ? this.mac()
        : undefined,
      adapter: this.supports(Feature.EMULATED_NIC) && (this.vendor !== 'hyperv' || bios) && r.chance(0.15) ? NicAdapter.EMULATED : r.maybe(0.3, () => NicAdapter.PARAVIRTUAL),
      sriov: this.supports(Feature.SRIOV_NIC) && pinnable && r.chance(0.05) ? (this.vendor === 'vsphere' ? { physicalFunction: PCI[3] } : {}) : undefined,
    }));
  }

  /**
   * NICs and guest initialisation: a static address of the first NIC on a VM with more than one
   * NIC comes with the MAC address cloud-init finds that NIC by.
   */
  private nicsAndInit(
    m: Mistake | undefined, bios: boolean, pinnable: boolean, i: number, windows: boolean,
  ): { nics?: Nic[]; guestInit?: GuestInit } {
    const made = this.nics(m, bios, pinnable);
    const guestInit = this.guestInit(m, i);
    if (guestInit?.ipv4 === undefined || m !== undefined) return { nics: made, guestInit };
    // an address needs a NIC to be on
    if (made === undefined || made.length === 0) {
      if (this.networks.length === 0) this.network(0);
      return { nics: this.withMacs([Nic.on(this.networks[0])], windows), guestInit };
    }
    return { nics: this.withMacs(made, windows), guestInit };
  }

  /**
   * The NICs with the MAC addresses the network config written for a static address finds them
   * by: every NIC of a VM with several, and a Windows guest's first (cloudbase-init finds adapters
   * by MAC only).
   */
  private withMacs(nics: Nic[], windows: boolean): Nic[] {
    if (!this.supports(Feature.STATIC_MAC) || (nics.length < 2 && !windows)) return nics;
    return nics.map((nic, k) => (nic.options.macAddress !== undefined || (windows && k > 0)
      ? nic : Nic.on(nic.network, { ...nic.options, macAddress: this.mac() })));
  }

  /** A static MAC address the vendor accepts, a new one each time. */
  private mac(): string {
    const n = this.macs++;
    const hex = (x: number) => x.toString(16).padStart(2, '0');
    return `${this.vendor === 'vsphere' ? '00:50:56:00' : '52:54:00:12'}:${hex(Math.floor(n / 256) % 256)}:${hex(n % 256)}`;
  }

  private ipv4(m: Mistake | undefined): StaticIpv4 {
    const r = this.rng;
    const subnet = r.int(0, 255);
    return {
      address: m === 'ipv4-invalid' ? r.pick(['10.0.0.300/24', '10.0.0.5', '10.0.0.5/33']) : `10.0.${subnet}.${r.int(2, 250)}/24`,
      gateway: m === 'gateway-invalid' ? 'gateway' : r.maybe(0.7, () => `10.0.${subnet}.1`),
      dnsServers: r.maybe(0.6, () => ['10.0.0.2', '10.0.0.3'].slice(0, r.int(1, 2))),
      domain: r.maybe(0.5, () => this.text('corp.example.com')),
    };
  }

  private guestInit(m: Mistake | undefined, i: number): GuestInit | undefined {
    const r = this.rng;
    const cloud = this.supports(Feature.CLOUD_INIT);
    const hostname = this.supports(Feature.HOSTNAME_STATIC_IP);
    if (m === 'hostname-invalid') return GuestInit.hostname(r.pick(['bad_host!', '-dash', 'a.b', 'x'.repeat(64)]));
    if (m === 'user-data-empty') return GuestInit.cloudInit({ userData: r.pick(['', '  \n']) });
    if (m === 'network-config-and-ipv4') return GuestInit.cloudInit({ userData: '#cloud-config\n{}', networkConfig: 'version: 2\n', ipv4: this.ipv4(undefined) });
    if (m === 'ipv4-invalid' || m === 'gateway-invalid') {
      return cloud ? GuestInit.cloudInit({ userData: '#cloud-config\n{}', ipv4: this.ipv4(m) }) : GuestInit.hostname(`vm${i}`, { ipv4: this.ipv4(m) });
    }
    const x = r.next();
    if (cloud && x < 0.4) {
      const net = r.next();
      return GuestInit.cloudInit({
        userData: this.text(r.pick(['#cloud-config\n{}', '#cloud-config\npackages: [nginx]\n', '#!/bin/sh\necho "${HOME}" > /tmp/home\n'])),
        hostname: r.maybe(0.3, () => (this.tokens && r.chance(0.2) ? this.h.stringToken() : `host-${i}`)),
        networkConfig: net < 0.2 ? this.text('version: 2\nethernets:\n  eth0:\n    dhcp4: true\n') : undefined,
        ipv4: net > 0.7 ? this.ipv4(undefined) : undefined,
      });
    }
    if (hostname && x < 0.6) {
      return GuestInit.hostname(this.tokens && r.chance(0.1) ? this.h.stringToken() : `host-${i}`, { ipv4: r.maybe(0.5, () => this.ipv4(undefined)) });
    }
    return undefined;
  }

  private rules(): void {
    const r = this.rng;
    const cluster = this.cluster;
    if (cluster === undefined) return;
    const members = this.vms.filter((vm) => vm._node.cluster === cluster._node);
    if (this.mistake === 'rule-one-vm') {
      new DrsRuleGroup(this.stack, 'rule-bad', { cluster, vms: members.slice(0, 1), rule: DrsRule.keepApart() });
      return;
    }
    const count = r.chance(0.5) ? r.int(1, 3) : 0;
    const used = new Set<VirtualMachine>();
    for (let i = 0; i < count; i++) {
      const kinds = [
        ...(this.supports(Feature.AFFINITY_RULES) ? ['together', 'apart'] : []),
        ...(this.supports(Feature.VM_HOST_RULES) ? ['run-on', 'not-run-on'] : []),
      ];
      if (kinds.length === 0) return;
      const kind = r.pick(kinds);
      const free = members.filter((vm) => !used.has(vm) && vm._node.host === undefined);
      const max = kind === 'apart' ? cluster.hosts.length : kind === 'together' ? 3 : 4;
      const min = kind === 'run-on' || kind === 'not-run-on' ? 1 : 2;
      if (free.length < min) return;
      const vms = r.subset(free, min, Math.max(min, Math.min(max, free.length)));
      if (vms.length < min) return;
      vms.forEach((vm) => used.add(vm));
      const ruleHosts = kind === 'not-run-on' ? r.subset(cluster.hosts, 1, Math.max(1, cluster.hosts.length - 2)) : r.subset(cluster.hosts, 1, cluster.hosts.length);
      const rule = kind === 'together' ? DrsRule.keepTogether() : kind === 'apart' ? DrsRule.keepApart()
        : kind === 'run-on' ? DrsRule.runOn(ruleHosts) : DrsRule.notRunOn(ruleHosts);
      new DrsRuleGroup(this.stack, `rule${i}`, { cluster, vms, rule, mandatory: r.maybe(0.6, () => r.chance(0.5)), name: r.maybe(0.2, () => this.name(`rule-${i}`)) });
    }
  }

  private pair(i: number): void {
    const r = this.rng;
    const hypervisor = this.supports(Feature.REPLICA_HYPERVISOR) && (this.vendor !== 'hyperv' || this.remote) && (!this.supports(Feature.REPLICA_GUEST) || r.chance(0.6));
    const cluster = this.cluster !== undefined && this.cluster.hosts.length > 1 && r.chance(0.6) ? this.cluster : undefined;
    const hosts = cluster?.hosts ?? this.hosts;
    if (hosts.length < 2 && (hypervisor || cluster === undefined)) return;
    const [primaryHost, replicaHost] = r.subset(hosts, 2, 2);
    const checkpoint: CheckpointOptions | undefined = this.supports(Feature.CHECKPOINTS) && r.chance(0.4) ? {
      name: this.text('pre-maintenance'),
      description: this.vendor === 'vsphere' ? r.maybe(0.5, () => this.text('before the upgrade')) : undefined,
      location: this.vendor === 'hyperv' ? r.maybe(0.5, () => this.text('D:\\Checkpoints')) : undefined,
    } : undefined;
    const replicationNet = this.networks.find((n) => n.role === TrafficRole.REPLICATION);
    new ReplicaPair(this.stack, `pair${i}`, {
      vm: this.spec_(undefined, false, 100 + i, false),
      cluster,
      target: cluster === undefined || r.chance(0.3) ? this.target : undefined,
      primaryHost: cluster === undefined || hypervisor ? primaryHost : r.maybe(0.3, () => primaryHost),
      replicaHost: cluster === undefined || hypervisor ? replicaHost : r.maybe(0.3, () => replicaHost),
      mode: hypervisor ? ReplicationMode.HYPERVISOR : r.maybe(0.5, () => ReplicationMode.GUEST),
      replicationNetwork: !hypervisor && replicationNet !== undefined && r.chance(0.5) ? replicationNet : undefined,
      hypervisorReplication: hypervisor ? r.maybe(0.6, () => ({
        frequency: r.maybe(0.5, () => r.pick<ReplicationFrequency>([
          ReplicationFrequency.THIRTY_SECONDS, ReplicationFrequency.FIVE_MINUTES, ReplicationFrequency.FIFTEEN_MINUTES,
        ])),
        recoveryPoints: r.maybe(0.5, () => r.int(0, 24)),
        authentication: r.maybe(0.5, () => (r.chance(0.5) ? ReplicaAuthentication.kerberos(r.pick([80, 8080]))
          : ReplicaAuthentication.certificate('0123456789ABCDEF0123456789abcdef01234567', r.pick([443, 8443])))),
        storagePath: r.maybe(0.6, () => this.scriptText('D:\\Replica')),
      })) : undefined,
      checkpoint,
      name: r.maybe(0.2, () => this.name(`pair-${i}`)),
    });
  }
}
