import { TerraformStack, TerraformVariable } from 'cdktf';
import {
  BootDevice, DiskBus, Drive, HardwareVersion, ShareLevel, Storage,
  Credentials, DesignError, Disk, DiskProvisioning, DrsAutomation, DrsRule, DrsRuleGroup, FEATURE_DESCRIPTIONS, Feature, Firmware,
  GuestInit, GuestOs, HaCluster, HypervKeyProtector, HypervTarget, Image, IsolationResponse, LibvirtTarget, NetworkConnectivity, Nic,
  NicAdapter, ProxmoxApiToken, ProxmoxTarget, ReplicaPair, ReplicationMode,
  RestartPriority, ShieldedVm, ShieldingLevel, Size, Support, Target, TrafficRole,
  VirtualMachine, VirtualMachineProps, VirtualNetwork, VmMonitoring, VsphereKeyProvider, VsphereTarget,
} from '../src';
import { schemaViolations } from './fuzz/conformance';
import { newStack, synth } from './util';

/*
 * Every cell of the capability matrix: the feature, used on its own on each vendor, synthesizes
 * into schema-conformant output when the target declares it native or emulated, and fails with
 * the DesignError that names it when the target declares it unsupported.
 */

type Vendor = 'vsphere' | 'hyperv' | 'libvirt' | 'proxmox';
const VENDORS: Vendor[] = ['vsphere', 'hyperv', 'libvirt', 'proxmox'];
const HOSTS: Record<Vendor, string[]> = {
  vsphere: ['esx1', 'esx2', 'esx3'], hyperv: ['h1', 'h2', 'h3'], libvirt: ['h1', 'h2', 'h3'], proxmox: ['pve1', 'pve2', 'pve3'],
};
const image = Image.template('ubuntu-24.04', { size: Size.gibibytes(20) });

/** A target with everything a design might need switched on. */
function fullTarget(stack: TerraformStack, vendor: Vendor): Target {
  if (vendor === 'vsphere') {
    return new VsphereTarget(stack, 'target', {
      server: 'vc', datacenter: 'dc', datastore: 'ds', distributedSwitch: 'dvs', keyProvider: VsphereKeyProvider.named('nkp'), coreMhz: 2400,
    });
  }
  if (vendor === 'hyperv') {
    return new HypervTarget(stack, 'target', {
      hosts: HOSTS.hyperv.map((name) => ({ name })),
      credentials: Credentials.fromVariables(),
      remotePowerShell: true,
      externalSwitch: { adapters: ['Ethernet'] },
      keyProtector: HypervKeyProtector.guardian('Owner'),
      failoverCluster: { name: 'HVC', sharedVolumePath: 'C:\\CSV' },
      vmDirectory: 'C:\\CSV\\VMs',
      storageLocations: { fast: 'C:\\CSV\\Fast' },
    });
  }
  if (vendor === 'proxmox') {
    return new ProxmoxTarget(stack, 'target', {
      endpoint: 'https://pve1.example.com:8006/',
      credentials: ProxmoxApiToken.fromVariable(),
      nodes: HOSTS.proxmox,
      datastore: 'ceph-vm',
      stateDatastore: 'ceph-vm',
      imageDatastore: 'cephfs',
      isoDatastore: 'cephfs',
      snippetDatastore: 'cephfs',
      sharedSnippetDatastore: true,
      encryptedDatastore: 'zfs-crypt',
      bridge: 'vmbr1',
      zone: 'estate',
      replication: { datastore: 'local-zfs' },
    });
  }
  return new LibvirtTarget(stack, 'target', {
    hosts: HOSTS.libvirt.map((name) => ({ name, uri: `qemu+ssh://${name}/system` })),
    bridge: { name: 'ovsbr0', openvswitch: true },
    encryption: { diskSecret: '0c5a3f8e-2b0d-4d8e-9a43-7c1b2e4f5a60' },
    sev: { cbitPosition: 47, reducedPhysBits: 1 },
  });
}

interface Kit {
  readonly stack: TerraformStack;
  readonly target: Target;
  readonly vendor: Vendor;
  readonly hosts: string[];
  cluster(props?: object): HaCluster;
  vm(id: string, props?: Partial<VirtualMachineProps>, cluster?: HaCluster): VirtualMachine;
  /** The NICs of a VM that names none: one on a network of the kit on vSphere, whose provider requires a NIC; none elsewhere. */
  nics(): Nic[] | undefined;
}

const network = (k: Kit, props: object = {}) => new VirtualNetwork(k.stack, 'net', { target: k.target, ...props });
const shielded = (k: Kit, props: object) => new ShieldedVm(k.stack, 'sv', {
  cluster: k.cluster(), cpus: 2, memory: Size.gibibytes(4), image, guestOs: GuestOs.WINDOWS_SERVER_2022, nics: k.nics(), ...props,
});
const pairVm = (k: Kit) => ({ cpus: 2, memory: Size.gibibytes(4), image, nics: k.nics() });
const ipv4 = { address: '10.0.0.5/24', gateway: '10.0.0.1' };

/** A design that uses the feature and as little else as it can. */
const USES: Record<Feature, (k: Kit) => void> = {
  [Feature.UEFI]: (k) => k.vm('v', { firmware: Firmware.UEFI }),
  [Feature.BIOS]: (k) => k.vm('v', { firmware: Firmware.BIOS }),
  [Feature.CORES_PER_SOCKET]: (k) => k.vm('v', { cpus: 4, coresPerSocket: 2 }),
  [Feature.OS_DISK_SIZE]: (k) => k.vm('v', { osDiskSize: Size.gibibytes(40) }),
  [Feature.DATA_DISKS]: (k) => k.vm('v', { disks: [Disk.data(Size.gibibytes(10))] }),
  [Feature.THICK_DISKS]: (k) => k.vm('v', { disks: [Disk.data(Size.gibibytes(10), { provisioning: DiskProvisioning.THICK })] }),
  [Feature.EAGER_ZEROED_DISKS]: (k) => k.vm('v', { disks: [Disk.data(Size.gibibytes(10), { provisioning: DiskProvisioning.THICK_EAGER_ZEROED })] }),
  [Feature.STATIC_MAC]: (k) => k.vm('v', { nics: [Nic.on(network(k), { macAddress: '00:50:56:00:00:10' })] }),
  [Feature.EMULATED_NIC]: (k) => k.vm('v', { firmware: Firmware.BIOS, nics: [Nic.on(network(k), { adapter: NicAdapter.EMULATED })] }),
  [Feature.SRIOV_NIC]: (k) => k.vm('v', {
    host: k.hosts[0], nics: [Nic.on(network(k), { sriov: k.vendor === 'vsphere' ? { physicalFunction: '0000:3b:00.0' } : {} })],
  }),
  [Feature.CLOUD_INIT]: (k) => k.vm('v', { guestInit: GuestInit.cloudInit({ userData: '#cloud-config\n{}' }) }),
  [Feature.HOSTNAME_STATIC_IP]: (k) => k.vm('v', { nics: [Nic.on(network(k))], guestInit: GuestInit.hostname('v', { ipv4 }) }),
  [Feature.AUTOSTART]: (k) => k.vm('v', { autostart: true }),
  [Feature.NESTED_VIRTUALIZATION]: (k) => k.vm('v', { nestedVirtualization: true }),
  // Proxmox VE starts a VM at its maximum, libvirt at its minimum
  [Feature.DYNAMIC_MEMORY]: (k) => k.vm('v', k.vendor === 'proxmox'
    ? { memory: Size.gibibytes(8), dynamicMemory: { minimum: Size.gibibytes(4), maximum: Size.gibibytes(8) } }
    : { dynamicMemory: { minimum: Size.gibibytes(4), maximum: Size.gibibytes(8) } }),
  [Feature.MEMORY_RESERVATION]: (k) => k.vm('v', { memoryReservation: Size.gibibytes(4) }),
  [Feature.PARTIAL_MEMORY_RESERVATION]: (k) => k.vm('v', { memoryReservation: Size.gibibytes(2) }),
  [Feature.CPU_HOT_ADD]: (k) => k.vm('v', { cpuHotAdd: true }),
  [Feature.MEMORY_HOT_ADD]: (k) => k.vm('v', { memoryHotAdd: true }),
  // Proxmox VE HA would move a VM away from its devices: there it is a VM of the target, not of a cluster
  [Feature.PCI_PASSTHROUGH]: (k) => (k.vendor === 'proxmox'
    ? new VirtualMachine(k.stack, 'v', { target: k.target, host: k.hosts[0], cpus: 2, memory: Size.gibibytes(4), image, pciDevices: ['0000:af:00.0'] })
    : k.vm('v', { host: k.hosts[0], pciDevices: ['0000:af:00.0'] })),
  [Feature.HOST_PLACEMENT]: (k) => k.vm('v', { host: k.hosts[1] }),
  [Feature.IMAGE_URL]: (k) => k.vm('v', {
    image: Image.fromUrl(k.vendor === 'hyperv' ? 'https://images.example.com/ubuntu-24.04.vhdx' : 'https://images.example.com/ubuntu-24.04.qcow2',
      { size: Size.gibibytes(20) }),
  }),
  [Feature.IMAGE_OVF]: (k) => k.vm('v', { image: Image.ovf('https://images.example.com/ubuntu-24.04.ova', { size: Size.gibibytes(20) }) }),
  [Feature.IMAGE_CONTENT_LIBRARY]: (k) => k.vm('v', { image: Image.contentLibrary('images', 'ubuntu-24.04', { size: Size.gibibytes(20) }) }),
  [Feature.BLANK_OS_DISK]: (k) => k.vm('v', { image: Image.blank(), osDiskSize: Size.gibibytes(40), drives: [Drive.iso('ubuntu-24.04.iso')] }),
  // the Proxmox VE provider gives a VM one drive
  [Feature.CD_DRIVES]: (k) => k.vm('v', { drives: k.vendor === 'proxmox' ? [Drive.iso('tools.iso')] : [Drive.iso('tools.iso'), Drive.empty()] }),
  [Feature.BOOT_ORDER]: (k) => k.vm('v', { drives: [Drive.iso('tools.iso')], bootOrder: [BootDevice.CDROM, BootDevice.DISK] }),
  [Feature.STORAGE_PLACEMENT]: (k) => k.vm('v', { disks: [Disk.data(Size.gibibytes(10), { storage: Storage.named('fast') })] }),
  [Feature.STORAGE_CLUSTER]: (k) => k.vm('v', { storage: Storage.cluster('sdrs') }),
  [Feature.STORAGE_POLICY]: (k) => k.vm('v', { disks: [Disk.data(Size.gibibytes(10), { storagePolicy: 'gold' })] }),
  [Feature.SATA_DISKS]: (k) => k.vm('v', { disks: [Disk.data(Size.gibibytes(10), { bus: DiskBus.SATA })] }),
  [Feature.NVME_DISKS]: (k) => k.vm('v', { disks: [Disk.data(Size.gibibytes(10), { bus: DiskBus.NVME })] }),
  [Feature.IDE_DISKS]: (k) => k.vm('v', { firmware: Firmware.BIOS, disks: [Disk.data(Size.gibibytes(10), { bus: DiskBus.IDE })] }),
  [Feature.VM_FOLDER]: (k) => k.vm('v', { folder: 'estate/linux' }),
  [Feature.RESOURCE_POOL]: (k) => k.vm('v', { resourcePool: 'batch' }),
  [Feature.TAGS]: (k) => k.vm('v', { tags: { env: 'prod', team: 'payments' } }),
  [Feature.NOTES]: (k) => k.vm('v', { notes: 'owned by payments' }),
  [Feature.DISK_TAGS]: (k) => k.vm('v', { disks: [Disk.data(Size.gibibytes(10), { tags: { backup: 'daily' } })] }),
  [Feature.WINDOWS_CUSTOMIZATION]: (k) => k.vm('v', {
    guestOs: GuestOs.WINDOWS_SERVER_2022, guestInit: GuestInit.windows({ computerName: 'win-v', timeZone: 'W. Europe Standard Time' }),
  }),
  [Feature.DOMAIN_JOIN]: (k) => k.vm('v', {
    guestOs: GuestOs.WINDOWS_SERVER_2022,
    guestInit: GuestInit.windows({
      domainJoin: {
        domain: 'corp.example.com', user: 'svc-join', password: new TerraformVariable(k.stack, 'join', { type: 'string', sensitive: true }).stringValue,
      },
    }),
  }),
  [Feature.GUEST_SECRETS]: (k) => k.vm('v', {
    guestOs: GuestOs.WINDOWS_SERVER_2022,
    guestInit: GuestInit.windows({ adminPassword: new TerraformVariable(k.stack, 'admin', { type: 'string', sensitive: true }).stringValue }),
  }),
  [Feature.STATIC_IP_PER_NIC]: (k) => {
    const net = network(k);
    k.vm('v', {
      guestInit: GuestInit.hostname('v'),
      nics: [
        Nic.on(net, { macAddress: '00:50:56:00:00:11', ipv4: { address: '10.0.0.11/24', gateway: '10.0.0.1' } }),
        Nic.on(net, { macAddress: '00:50:56:00:00:12', ipv4: { address: '10.0.1.11/24' } }),
      ],
    });
  },
  [Feature.HARDWARE_VERSION]: (k) => k.vm('v', {
    hardwareVersions: [
      HardwareVersion.vsphere(21), HardwareVersion.hyperv('10.0'), HardwareVersion.libvirt('pc-q35-8.2'), HardwareVersion.proxmox('pc-q35-9.2'),
    ],
  }),
  [Feature.CPU_SHARES]: (k) => k.vm('v', { cpuShares: ShareLevel.HIGH }),
  [Feature.CPU_LIMIT]: (k) => k.vm('v', { cpuLimit: 50 }),
  [Feature.MEMORY_SHARES]: (k) => k.vm('v', { memoryShares: ShareLevel.LOW }),
  [Feature.MEMORY_LIMIT]: (k) => k.vm('v', { memoryLimit: Size.gibibytes(4) }),
  [Feature.SECURE_BOOT]: (k) => shielded(k, { shielding: ShieldingLevel.SECURE_BOOT_AND_TPM }),
  [Feature.VTPM]: (k) => shielded(k, { shielding: ShieldingLevel.SECURE_BOOT_AND_TPM }),
  [Feature.ENCRYPTION]: (k) => shielded(k, { shielding: ShieldingLevel.ENCRYPTED }),
  [Feature.HOST_GUARDIAN]: (k) => shielded(k, { shielding: ShieldingLevel.HOST_GUARDED }),
  [Feature.VBS]: (k) => shielded(k, { virtualizationBasedSecurity: true }),
  [Feature.MEMORY_ENCRYPTION]: (k) => shielded(k, { memoryEncryption: true }),
  [Feature.HA_CLUSTER]: (k) => k.vm('v'),
  [Feature.RESTART_PRIORITY]: (k) => k.vm('v', { restartPriority: RestartPriority.HIGH }),
  [Feature.ISOLATION_RESPONSE]: (k) => k.vm('v', {}, k.cluster({ isolationResponse: IsolationResponse.POWER_OFF })),
  [Feature.VM_MONITORING]: (k) => k.vm('v', {}, k.cluster({ vmMonitoring: VmMonitoring.VM_ONLY })),
  [Feature.DRS_AUTOMATION]: (k) => k.vm('v', {}, k.cluster({ drsAutomation: DrsAutomation.FULLY_AUTOMATED })),
  [Feature.AFFINITY_RULES]: (k) => {
    const c = k.cluster();
    new DrsRuleGroup(k.stack, 'apart', { cluster: c, vms: [k.vm('a', {}, c), k.vm('b', {}, c)], rule: DrsRule.keepApart() });
  },
  [Feature.VM_HOST_RULES]: (k) => {
    const c = k.cluster();
    new DrsRuleGroup(k.stack, 'on', { cluster: c, vms: [k.vm('a', {}, c)], rule: DrsRule.runOn([k.hosts[2]]) });
  },
  [Feature.MIGRATION_NETWORK]: (k) => {
    const net = network(k, { role: TrafficRole.LIVE_MIGRATION, vlanId: 20 });
    k.vm('v', {}, k.cluster({ migration: { network: net, subnet: '10.0.20.0/24' } }));
  },
  [Feature.MIGRATION_CPU_COMPATIBILITY]: (k) => k.vm('v', {}, k.cluster({ migration: { cpuCompatibility: true } })),
  [Feature.MIGRATION_HOST_ADDRESSES]: (k) => {
    const net = network(k, { role: TrafficRole.LIVE_MIGRATION, vlanId: 20 });
    const hostAddresses = Object.fromEntries(k.hosts.map((h, i) => [h, `10.0.20.${11 + i}/24`]));
    k.vm('v', {}, k.cluster({ migration: { network: net, subnet: '10.0.20.0/24', hostAddresses } }));
  },
  [Feature.EXISTING_CLUSTER]: (k) => k.vm('v', {}, k.cluster({ existing: true })),
  [Feature.REPLICA_GUEST]: (k) => new ReplicaPair(k.stack, 'pair', { cluster: k.cluster(), vm: pairVm(k) }),
  [Feature.REPLICA_HYPERVISOR]: (k) => new ReplicaPair(k.stack, 'pair', {
    cluster: k.cluster(), mode: ReplicationMode.HYPERVISOR, replicaHost: k.hosts[1], vm: pairVm(k),
  }),
  [Feature.CHECKPOINTS]: (k) => new ReplicaPair(k.stack, 'pair', {
    cluster: k.cluster(), checkpoint: { name: 'pre-maintenance' }, vm: pairVm(k),
  }),
  [Feature.BRIDGED_NETWORK]: (k) => network(k),
  // Proxmox VE isolates a network on a VLAN of its own
  [Feature.ISOLATED_NETWORK]: (k) => network(k, { connectivity: NetworkConnectivity.ISOLATED, vlanId: k.vendor === 'proxmox' ? 130 : undefined }),
  [Feature.HOST_ONLY_NETWORK]: (k) => network(k, { connectivity: NetworkConnectivity.HOST_ONLY, cidr: k.vendor === 'libvirt' ? '10.9.0.0/24' : undefined }),
  [Feature.NAT_NETWORK]: (k) => network(k, { connectivity: NetworkConnectivity.NAT, cidr: '10.9.0.0/24' }),
  [Feature.VLAN]: (k) => network(k, { vlanId: 100 }),
  [Feature.EXISTING_NETWORK]: (k) => network(k, { name: 'lab', existing: true }),
};

function kit(vendor: Vendor): Kit {
  const stack = newStack();
  const target = fullTarget(stack, vendor);
  const hosts = HOSTS[vendor];
  let shared: HaCluster | undefined;
  let vmNetwork: VirtualNetwork | undefined;
  const k: Kit = {
    stack,
    target,
    vendor,
    hosts,
    cluster: (props = {}) => {
      if (Object.keys(props).length === 0 && shared) return shared;
      const c = new HaCluster(stack, `cluster${Object.keys(props).length ? '-custom' : ''}`, {
        target, hosts, hostCapacity: { cpuCores: 32, memory: Size.gibibytes(256) }, acknowledgeNoHostFailover: true, ...props,
      });
      if (Object.keys(props).length === 0) shared = c;
      return c;
    },
    vm: (id, props = {}, cluster) => new VirtualMachine(stack, id, {
      cluster: cluster ?? k.cluster(), cpus: 2, memory: Size.gibibytes(4), image, guestOs: GuestOs.UBUNTU_24_04, nics: k.nics(), ...props,
    }),
    nics: () => {
      if (vendor !== 'vsphere') return undefined;
      vmNetwork ??= new VirtualNetwork(stack, 'vm-net', { target });
      return [Nic.on(vmNetwork)];
    },
  };
  return k;
}

/**
 * Features a cell's design cannot use without using others too (a partial reservation is a
 * reservation; a blank OS disk boots from a CD/DVD drive; a guest-mode pair keeps its VMs apart
 * with a rule; a hypervisor-mode pair pins them to hosts): where one of them is unsupported, the
 * DesignError may name it instead.
 */
const PREREQUISITES: Partial<Record<Feature, Feature[]>> = {
  [Feature.PARTIAL_MEMORY_RESERVATION]: [Feature.MEMORY_RESERVATION],
  [Feature.BLANK_OS_DISK]: [Feature.CD_DRIVES],
  [Feature.BOOT_ORDER]: [Feature.CD_DRIVES],
  [Feature.DOMAIN_JOIN]: [Feature.WINDOWS_CUSTOMIZATION],
  [Feature.GUEST_SECRETS]: [Feature.WINDOWS_CUSTOMIZATION],
  [Feature.MIGRATION_HOST_ADDRESSES]: [Feature.MIGRATION_NETWORK],
  [Feature.REPLICA_GUEST]: [Feature.AFFINITY_RULES],
  [Feature.REPLICA_HYPERVISOR]: [Feature.VM_HOST_RULES],
  [Feature.CHECKPOINTS]: [Feature.REPLICA_GUEST, Feature.AFFINITY_RULES],
};

const refusal = (feature: Feature, vendor: Vendor) => {
  const description = FEATURE_DESCRIPTIONS[feature];
  return `${description.charAt(0).toUpperCase()}${description.slice(1)} cannot be rendered for ${vendor}`;
};

const cells = Object.values(Feature).flatMap((feature) => VENDORS.map((vendor) => [feature, vendor] as [Feature, Vendor]));

describe('every cell of the capability matrix', () => {
  test.each(cells)('%s on %s', (feature, vendor) => {
    const k = kit(vendor);
    const unsupported = (f: Feature) => k.target.supportOf(f).support === Support.UNSUPPORTED;
    const render = () => {
      USES[feature](k);
      return synth(k.stack);
    };
    const blocking = (PREREQUISITES[feature] ?? []).filter(unsupported);
    if (unsupported(feature) || blocking.length > 0) {
      let error: any;
      try {
        render();
      } catch (e) {
        error = e;
      }
      expect(DesignError.isDesignError(error)).toBe(true);
      // the feature's own refusal, unless a feature it cannot go without is refused first
      const named = [...(unsupported(feature) ? [feature] : []), ...blocking].filter((f) => error.message.includes(refusal(f, vendor)));
      expect([error.message, named.length > 0]).toEqual([error.message, true]);
      if (blocking.length === 0) expect(error.message).toContain(refusal(feature, vendor));
    } else {
      const out = render();
      expect(schemaViolations(out)).toEqual([]);
    }
  });
});
