import { DistributedPortGroup } from '@cdktf/provider-vsphere/lib/distributed-port-group';
import { HostPortGroup } from '@cdktf/provider-vsphere/lib/host-port-group';
import { VirtualMachine as VsphereVm, VirtualMachineConfig } from '@cdktf/provider-vsphere/lib/virtual-machine';
import { Vnic } from '@cdktf/provider-vsphere/lib/vnic';
import { Aspects, TerraformStack, TerraformVariable, Testing } from 'cdktf';
import {
  Credentials, FindingStatus, GuestOs, HypervKeyProtector, HypervTarget, Image, Nic, ProxmoxApiToken, ProxmoxTarget, SecurityBaseline, ShieldedVm,
  ShieldingLevel, Size, Target, TrafficRole, VirtualMachine, VirtualNetwork, VsphereKeyProvider, VsphereTarget,
} from '../../src';
import { MachineInstance, MachineInstanceConfig } from '../../src/providers/hyperv/machine-instance';
import { Network } from '../../src/providers/libvirt/network';
import { Volume } from '../../src/providers/libvirt/volume';
import { LightDomain, LightDomainConfig } from '../../src/targets/libvirt/light-resources';
import { LightVm, LightVmConfig } from '../../src/targets/proxmox/light-resources';
import { vsphereGuestId } from '../../src/targets/vsphere/guest-ids';
import { hypervTarget, libvirtTarget, newStack, vsphereTarget } from '../util';

/** The statuses rule `rule` gave in a stack built by `build`. */
function statuses(rule: string, build: (stack: TerraformStack) => void): FindingStatus[] {
  const stack = newStack();
  build(stack);
  const baseline = new SecurityBaseline();
  Aspects.of(stack).add(baseline);
  Testing.synth(stack);
  return baseline.findingsOf(stack).filter((f) => f.rule === rule).map((f) => f.status);
}

const vsphereVm = (stack: TerraformStack, config: Partial<VirtualMachineConfig> = {}) => new VsphereVm(stack, 'vm', {
  name: 'vm',
  resourcePoolId: 'pool',
  firmware: 'efi',
  efiSecureBootEnabled: true,
  enableLogging: true,
  guestId: 'ubuntu64Guest',
  extraConfig: { 'bios.bootDeviceClasses': 'allow:hd' },
  ...config,
});

const hypervVm = (stack: TerraformStack, config: Partial<MachineInstanceConfig> = {}) => new MachineInstance(stack, 'vm', {
  name: 'vm',
  generation: 2,
  vmFirmware: { enableSecureBoot: 'On', bootOrder: [{ bootType: 'HardDiskDrive', controllerNumber: 0, controllerLocation: 0 }] },
  networkAdaptors: [{ name: 'nic1', switchName: 'external', dhcpGuard: 'On', routerGuard: 'On', macAddressSpoofing: 'Off' }],
  ...config,
});

const secureOs = { type: 'hvm', firmware: 'efi', loaderSecure: 'yes', firmwareInfo: { features: [{ name: 'secure-boot', enabled: 'yes' }] }, bootDevices: [{ dev: 'hd' }] };
const libvirtVm = (stack: TerraformStack, config: Partial<LightDomainConfig> = {}) => new LightDomain(stack, 'vm', {
  name: 'vm',
  type: 'kvm',
  os: secureOs,
  devices: { interfaces: [{ source: { network: { network: 'default' } }, filterRef: { filter: 'clean-traffic' } }], tpms: [{ model: 'tpm-crb' }] },
  ...config,
});

const proxmoxNic = { bridge: 'vmbr0', model: 'virtio', firewall: true };
const proxmoxVm = (stack: TerraformStack, config: Partial<LightVmConfig> = {}) => new LightVm(stack, 'vm', {
  name: 'vm',
  nodeName: 'pve1',
  bios: 'ovmf',
  efiDisk: { datastoreId: 'local-lvm', type: '4m', preEnrolledKeys: true },
  operatingSystem: { type: 'l26' },
  disk: [{ interface: 'scsi0', datastoreId: 'local-lvm', size: 20 }],
  bootOrder: ['scsi0'],
  nics: [proxmoxNic],
  ...config,
});

/** A Proxmox VE target with an encrypted datastore, for encrypted VMs. */
const proxmoxTarget = (stack: TerraformStack) => new ProxmoxTarget(stack, 'target', {
  endpoint: 'https://pve1.example.com:8006/', credentials: ProxmoxApiToken.fromVariable(), nodes: ['pve1'], encryptedDatastore: 'zfs-crypt',
});

/** A library VM of `guestOs` on the target `make` creates, shielded or not. */
function libraryVm(make: (stack: TerraformStack) => Target, guestOs: GuestOs, shielding?: ShieldingLevel, role?: TrafficRole) {
  return (stack: TerraformStack) => {
    const target = make(stack);
    const net = new VirtualNetwork(stack, 'net', { target, vlanId: 10, role });
    const props = { target, cpus: 2, memory: Size.gibibytes(4), guestOs, image: Image.template('base', { size: Size.gibibytes(20) }), nics: [Nic.on(net)] };
    if (shielding) new ShieldedVm(stack, 'vm', { ...props, shielding });
    else new VirtualMachine(stack, 'vm', props);
  };
}

/** A Hyper-V target that may run PowerShell on its host, for shielded VMs. */
const hypervShell = (stack: TerraformStack) => new HypervTarget(stack, 'target', {
  hosts: [{ name: 'hv1' }], credentials: Credentials.fromVariables(), remotePowerShell: true, externalSwitch: { adapters: ['Ethernet 2'] },
});

/** A vSphere target with a key provider, for encrypted VMs. */
const vsphereKeyed = (stack: TerraformStack) => new VsphereTarget(stack, 'target', {
  server: 'vc.example.com', datacenter: 'dc1', cluster: 'prod', datastore: 'ds1', distributedSwitch: 'dvs1', keyProvider: VsphereKeyProvider.named('nkp'),
});

interface Case {
  readonly rule: string;
  readonly vendor: string;
  readonly compliant: (stack: TerraformStack) => void;
  readonly nonCompliant: (stack: TerraformStack) => void;
}

const cases: Case[] = [
  // HVSEC-VM-1 Secure Boot
  { rule: 'HVSEC-VM-1', vendor: 'vsphere', compliant: (s) => vsphereVm(s), nonCompliant: (s) => vsphereVm(s, { efiSecureBootEnabled: false }) },
  { rule: 'HVSEC-VM-1', vendor: 'hyperv', compliant: (s) => hypervVm(s), nonCompliant: (s) => hypervVm(s, { generation: 1, vmFirmware: undefined }) },
  { rule: 'HVSEC-VM-1', vendor: 'libvirt', compliant: (s) => libvirtVm(s), nonCompliant: (s) => libvirtVm(s, { os: { type: 'hvm', firmware: 'efi' } }) },
  { rule: 'HVSEC-VM-1', vendor: 'proxmox', compliant: (s) => proxmoxVm(s), nonCompliant: (s) => proxmoxVm(s, { efiDisk: { datastoreId: 'local-lvm', type: '4m' } }) },
  // HVSEC-VM-2 vTPM for guests that need one
  { rule: 'HVSEC-VM-2', vendor: 'vsphere', compliant: (s) => vsphereVm(s, { guestId: 'windows11_64Guest', vtpm: { version: '2.0' } }), nonCompliant: (s) => vsphereVm(s, { guestId: 'windows2019srvNext_64Guest' }) },
  { rule: 'HVSEC-VM-2', vendor: 'hyperv', compliant: libraryVm(hypervShell, GuestOs.WINDOWS_SERVER_2022, ShieldingLevel.SECURE_BOOT_AND_TPM), nonCompliant: libraryVm(hypervTarget, GuestOs.WINDOWS_SERVER_2022) },
  { rule: 'HVSEC-VM-2', vendor: 'libvirt', compliant: libraryVm(libvirtTarget, GuestOs.WINDOWS_11, ShieldingLevel.SECURE_BOOT_AND_TPM), nonCompliant: libraryVm(libvirtTarget, GuestOs.WINDOWS_11) },
  { rule: 'HVSEC-VM-2', vendor: 'proxmox', compliant: libraryVm(proxmoxTarget, GuestOs.WINDOWS_11, ShieldingLevel.SECURE_BOOT_AND_TPM), nonCompliant: libraryVm(proxmoxTarget, GuestOs.WINDOWS_11) },
  // HVSEC-VM-3 disk encryption
  { rule: 'HVSEC-VM-3', vendor: 'proxmox', compliant: libraryVm(proxmoxTarget, GuestOs.UBUNTU_24_04, ShieldingLevel.ENCRYPTED), nonCompliant: libraryVm(proxmoxTarget, GuestOs.UBUNTU_24_04) },
  { rule: 'HVSEC-VM-3', vendor: 'vsphere', compliant: libraryVm(vsphereKeyed, GuestOs.UBUNTU_24_04, ShieldingLevel.ENCRYPTED), nonCompliant: libraryVm(vsphereTarget, GuestOs.UBUNTU_24_04) },
  { rule: 'HVSEC-VM-3', vendor: 'hyperv', compliant: libraryVm(hypervShell, GuestOs.UBUNTU_24_04, ShieldingLevel.ENCRYPTED), nonCompliant: libraryVm(hypervTarget, GuestOs.UBUNTU_24_04) },
  {
    rule: 'HVSEC-VM-3',
    vendor: 'libvirt',
    compliant: (s) => new Volume(s, 'v', { name: 'v', pool: 'default', target: { encryption: { format: 'luks', secret: { type: 'passphrase', uuid: '0c5a3f8e-2b0d-4d8e-9a43-7c1b2e4f5a60' } } } }),
    nonCompliant: (s) => new Volume(s, 'v', { name: 'v', pool: 'default', target: { format: { type: 'qcow2' } } }),
  },
  // HVSEC-VM-4 devices
  { rule: 'HVSEC-VM-4', vendor: 'vsphere', compliant: (s) => vsphereVm(s), nonCompliant: (s) => vsphereVm(s, { pciDeviceId: ['0000:3b:00.0'] }) },
  { rule: 'HVSEC-VM-4', vendor: 'hyperv', compliant: (s) => hypervVm(s, { dvdDrives: [{ controllerNumber: 0, controllerLocation: 1, path: 'C:\\seed.iso' }] }), nonCompliant: (s) => hypervVm(s, { dvdDrives: [{ controllerNumber: 0, controllerLocation: 1 }] }) },
  { rule: 'HVSEC-VM-4', vendor: 'libvirt', compliant: (s) => libvirtVm(s), nonCompliant: (s) => libvirtVm(s, { devices: { sounds: [{ model: 'ich9' }] } }) },
  { rule: 'HVSEC-VM-4', vendor: 'proxmox', compliant: (s) => proxmoxVm(s), nonCompliant: (s) => proxmoxVm(s, { hostpci: [{ device: 'hostpci0', id: '0000:af:00.0' }] }) },
  // HVSEC-VM-5 boot from disk only
  { rule: 'HVSEC-VM-5', vendor: 'vsphere', compliant: (s) => vsphereVm(s), nonCompliant: (s) => vsphereVm(s, { extraConfig: {} }) },
  { rule: 'HVSEC-VM-5', vendor: 'hyperv', compliant: (s) => hypervVm(s), nonCompliant: (s) => hypervVm(s, { vmFirmware: { bootOrder: [{ bootType: 'NetworkAdapter', networkAdapterName: 'nic1' }, { bootType: 'HardDiskDrive', controllerNumber: 0, controllerLocation: 0 }] } }) },
  { rule: 'HVSEC-VM-5', vendor: 'libvirt', compliant: (s) => libvirtVm(s), nonCompliant: (s) => libvirtVm(s, { os: { ...secureOs, bootDevices: [{ dev: 'network' }, { dev: 'hd' }] } }) },
  { rule: 'HVSEC-VM-5', vendor: 'proxmox', compliant: (s) => proxmoxVm(s), nonCompliant: (s) => proxmoxVm(s, { bootOrder: ['scsi0', 'net0'] }) },
  // HVSEC-VSPHERE-1..3 extra_config and logging
  { rule: 'HVSEC-VSPHERE-1', vendor: 'vsphere', compliant: (s) => vsphereVm(s, { extraConfig: { 'isolation.tools.copy.disable': 'TRUE' } }), nonCompliant: (s) => vsphereVm(s, { extraConfig: { 'isolation.tools.paste.disable': 'FALSE' } }) },
  { rule: 'HVSEC-VSPHERE-2', vendor: 'vsphere', compliant: (s) => vsphereVm(s, { extraConfig: { 'log.keepOld': '10' } }), nonCompliant: (s) => vsphereVm(s, { extraConfig: { 'log.rotateSize': '0' } }) },
  { rule: 'HVSEC-VSPHERE-3', vendor: 'vsphere', compliant: (s) => vsphereVm(s), nonCompliant: (s) => vsphereVm(s, { enableLogging: false }) },
  // HVSEC-VSPHERE-4 port group policy
  {
    rule: 'HVSEC-VSPHERE-4',
    vendor: 'vsphere',
    compliant: (s) => new DistributedPortGroup(s, 'pg', { name: 'pg', distributedVirtualSwitchUuid: 'dvs', allowForgedTransmits: false, allowMacChanges: false, allowPromiscuous: false }),
    nonCompliant: (s) => new HostPortGroup(s, 'pg', { name: 'pg', hostSystemId: 'h', virtualSwitchName: 'vSwitch0', allowPromiscuous: true }),
  },
  // HVSEC-HYPERV-1 adapter guards
  { rule: 'HVSEC-HYPERV-1', vendor: 'hyperv', compliant: (s) => hypervVm(s), nonCompliant: (s) => hypervVm(s, { networkAdaptors: [{ name: 'nic1', switchName: 'x', macAddressSpoofing: 'On' }] }) },
  // HVSEC-LIBVIRT-1 clean-traffic
  { rule: 'HVSEC-LIBVIRT-1', vendor: 'libvirt', compliant: (s) => libvirtVm(s), nonCompliant: (s) => libvirtVm(s, { devices: { interfaces: [{ source: { network: { network: 'default' } } }] } }) },
  // HVSEC-PROXMOX-1 firewall on every NIC, HVSEC-PROXMOX-2 TLS verification
  { rule: 'HVSEC-PROXMOX-1', vendor: 'proxmox', compliant: (s) => proxmoxVm(s), nonCompliant: (s) => proxmoxVm(s, { nics: [proxmoxNic, { bridge: 'vmbr1', model: 'virtio' }] }) },
  {
    rule: 'HVSEC-PROXMOX-2',
    vendor: 'proxmox',
    compliant: proxmoxTarget,
    nonCompliant: (s) => new ProxmoxTarget(s, 'target', { endpoint: 'https://pve1.example.com:8006/', nodes: ['pve1'], insecure: true }),
  },
  // HVSEC-NET-1 dedicated networks
  {
    rule: 'HVSEC-NET-1',
    vendor: 'vsphere',
    compliant: (s) => {
      const pg = new DistributedPortGroup(s, 'vmotion', { name: 'vmotion', distributedVirtualSwitchUuid: 'dvs' });
      new Vnic(s, 'vnic', { host: 'h', distributedPortGroup: pg.key, netstack: 'vmotion' });
      vsphereVm(s, { networkInterface: [{ networkId: 'other' }] });
    },
    nonCompliant: (s) => {
      const pg = new DistributedPortGroup(s, 'vmotion', { name: 'vmotion', distributedVirtualSwitchUuid: 'dvs' });
      new Vnic(s, 'vnic', { host: 'h', distributedPortGroup: pg.key, netstack: 'vmotion' });
      vsphereVm(s, { networkInterface: [{ networkId: pg.id }] });
    },
  },
  { rule: 'HVSEC-NET-1', vendor: 'hyperv', compliant: libraryVm(hypervTarget, GuestOs.UBUNTU_24_04, undefined, TrafficRole.MANAGEMENT), nonCompliant: libraryVm(hypervTarget, GuestOs.UBUNTU_24_04, undefined, TrafficRole.LIVE_MIGRATION) },
  { rule: 'HVSEC-NET-1', vendor: 'libvirt', compliant: libraryVm(libvirtTarget, GuestOs.UBUNTU_24_04), nonCompliant: libraryVm(libvirtTarget, GuestOs.UBUNTU_24_04, undefined, TrafficRole.CLUSTER) },
  { rule: 'HVSEC-NET-1', vendor: 'proxmox', compliant: libraryVm(proxmoxTarget, GuestOs.UBUNTU_24_04), nonCompliant: libraryVm(proxmoxTarget, GuestOs.UBUNTU_24_04, undefined, TrafficRole.STORAGE) },
  // HVSEC-SECRET-1 no literal secrets (more in secret-rule.test.ts)
  {
    rule: 'HVSEC-SECRET-1',
    vendor: 'vsphere',
    compliant: (s) => new VsphereTarget(s, 'vc', { server: 'vc.example.com', datacenter: 'dc1', credentials: Credentials.fromVariables() }),
    nonCompliant: (s) => vsphereVm(s, { extraConfig: { 'guestinfo.admin.password': 'hunter2' } }),
  },
  { rule: 'HVSEC-SECRET-1', vendor: 'hyperv', compliant: hypervShell, nonCompliant: (s) => hypervVm(s).addOverride('connection.password', 'hunter2') },
  {
    rule: 'HVSEC-SECRET-1',
    vendor: 'libvirt',
    compliant: (s) => libvirtVm(s).addOverride('connection.private_key', '${file("~/.ssh/id_ed25519")}'),
    nonCompliant: (s) => libvirtVm(s).addOverride('connection.private_key', '-----BEGIN OPENSSH PRIVATE KEY-----'),
  },
  {
    rule: 'HVSEC-SECRET-1',
    vendor: 'proxmox',
    compliant: proxmoxTarget,
    nonCompliant: (s) => proxmoxTarget(s).providerFor().addOverride('api_token', 'terraform@pve!ci=0c5a3f8e-2b0d-4d8e-9a43-7c1b2e4f5a60'),
  },
];

describe('security rules', () => {
  test.each(cases)('$rule on $vendor: compliant', ({ rule, compliant }) => {
    const found = statuses(rule, compliant);
    expect(found).toContain(FindingStatus.COMPLIANT);
    expect(found).not.toContain(FindingStatus.NON_COMPLIANT);
  });

  test.each(cases)('$rule on $vendor: non-compliant', ({ rule, nonCompliant }) => {
    expect(statuses(rule, nonCompliant)).toContain(FindingStatus.NON_COMPLIANT);
  });

  test('every rule has a compliant and a non-compliant case on every vendor it applies to', () => {
    for (const rule of SecurityBaseline.RULES) {
      const vendors = [...new Set(Object.values(rule.resourceTypes))].sort();
      const covered = [...new Set(cases.filter((c) => c.rule === rule.id).map((c) => c.vendor))].sort();
      expect({ rule: rule.id, vendors: covered }).toEqual({ rule: rule.id, vendors });
    }
  });

  test('an interface on an Open vSwitch network is reported with what to do instead', () => {
    const stack = newStack();
    const net = new Network(stack, 'ovs', { name: 'ovs', virtualPort: { params: { openVSwitch: {} } }, bridge: { name: 'ovsbr0' } });
    libvirtVm(stack, { devices: { interfaces: [{ source: { network: { network: net.name } } }] } });
    const baseline = new SecurityBaseline();
    Aspects.of(stack).add(baseline);
    Testing.synth(stack);
    const finding = baseline.findingsOf(stack).find((f) => f.rule === 'HVSEC-LIBVIRT-1')!;
    expect(finding.status).toBe(FindingStatus.NON_COMPLIANT);
    expect(finding.message).toMatch(/1 interfaces are Open vSwitch ports \(network ovs\), which libvirt cannot filter: enforce port security with flow rules/);
  });

  test('a host-guarded VM keeps the disk encryption rule: host-guarded shielding includes encryption', () => {
    // GIVEN a Hyper-V target whose keys come from a Host Guardian Service guardian
    const guarded = (stack: TerraformStack) => new HypervTarget(stack, 'target', {
      hosts: [{ name: 'hv1' }],
      credentials: Credentials.fromVariables(),
      remotePowerShell: true,
      externalSwitch: { adapters: ['Ethernet 2'] },
      keyProtector: HypervKeyProtector.guardian('Owner Guardian'),
    });
    // WHEN a host-guarded VM is checked
    const found = statuses('HVSEC-VM-3', libraryVm(guarded, GuestOs.WINDOWS_SERVER_2022, ShieldingLevel.HOST_GUARDED));
    // THEN it is compliant, like an encrypted one
    expect(found).toEqual([FindingStatus.COMPLIANT]);
    expect(statuses('HVSEC-VM-3', libraryVm(guarded, GuestOs.WINDOWS_SERVER_2022, ShieldingLevel.SECURE_BOOT_AND_TPM)))
      .toEqual([FindingStatus.NON_COMPLIANT]);
  });

  test('a Hyper-V VM without a generation is generation 2, the provider\'s default', () => {
    expect(statuses('HVSEC-VM-1', (s) => hypervVm(s, { generation: undefined }))).toEqual([FindingStatus.COMPLIANT]);
    expect(statuses('HVSEC-VM-5', (s) => hypervVm(s, { generation: undefined }))).toEqual([FindingStatus.COMPLIANT]);
  });

  test('the vTPM rule wants a vtpm block on vSphere exactly for the guests that want a TPM, by the guest ID vSphere gives them', () => {
    const guests = Object.values(GuestOs).filter((os): os is GuestOs => os instanceof GuestOs);
    const judged = guests.map((os) => ({ os: os.key, statuses: statuses('HVSEC-VM-2', (s) => vsphereVm(s, { guestId: vsphereGuestId(os) })) }));
    expect(judged).toEqual(guests.map((os) => ({ os: os.key, statuses: os.wantsTpm ? [FindingStatus.NON_COMPLIANT] : [] })));
    expect(guests.filter((os) => os.wantsTpm).length).toBe(3);
  });

  test('on Proxmox VE, Secure Boot needs OVMF, the vTPM rule reads the OS type of other VMs, and the CD/DVD and cloud-init drives are no boot disks', () => {
    expect(statuses('HVSEC-VM-1', (s) => proxmoxVm(s, { bios: 'seabios', efiDisk: undefined }))).toEqual([FindingStatus.NON_COMPLIANT]);
    expect(statuses('HVSEC-VM-2', (s) => proxmoxVm(s, { operatingSystem: { type: 'win11' } }))).toEqual([FindingStatus.NON_COMPLIANT]);
    expect(statuses('HVSEC-VM-2', (s) => proxmoxVm(s, { operatingSystem: { type: 'win11' }, tpmState: { version: 'v2.0' } })))
      .toEqual([FindingStatus.COMPLIANT]);
    expect(statuses('HVSEC-VM-2', (s) => proxmoxVm(s, { operatingSystem: { type: 'win10' } }))).toEqual([]);
    expect(statuses('HVSEC-VM-3', (s) => proxmoxVm(s))).toEqual([FindingStatus.UNDECIDED]);
    expect(statuses('HVSEC-VM-4', (s) => proxmoxVm(s, { cdrom: { fileId: 'cdrom' } }))).toEqual([FindingStatus.NON_COMPLIANT]);
    expect(statuses('HVSEC-VM-4', (s) => proxmoxVm(s, { cdrom: { fileId: 'local:iso/tools.iso' } }))).toEqual([FindingStatus.COMPLIANT]);
    expect(statuses('HVSEC-VM-5', (s) => proxmoxVm(s, { bootOrder: ['scsi0', 'ide3'], cdrom: { fileId: 'local:iso/tools.iso' } })))
      .toEqual([FindingStatus.NON_COMPLIANT]);
    expect(statuses('HVSEC-VM-5', (s) => proxmoxVm(s, { bootOrder: ['scsi0', 'ide2'], initialization: { interface: 'ide2' } })))
      .toEqual([FindingStatus.NON_COMPLIANT]);
    expect(statuses('HVSEC-VM-5', (s) => proxmoxVm(s, { bootOrder: undefined }))).toEqual([FindingStatus.NON_COMPLIANT]);
    expect(statuses('HVSEC-PROXMOX-2', (s) => proxmoxTarget(s).providerFor().addOverride('min_tls', '1.1'))).toEqual([FindingStatus.NON_COMPLIANT]);
  });

  test('a value known only at apply makes the rule undecided instead of failing', () => {
    const found = statuses('HVSEC-VSPHERE-3', (s) => {
      const logging = new TerraformVariable(s, 'logging', { type: 'bool' });
      vsphereVm(s, { enableLogging: logging.booleanValue });
    });
    expect(found).toEqual([FindingStatus.UNDECIDED]);
  });
});
