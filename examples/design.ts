import { TerraformOutput } from 'cdktf';
import { Construct } from 'constructs';
import {
  Disk, DrsRule, DrsRuleGroup, Feature, Firmware, GuestInit, GuestOs, HaCluster, Image, Nic, ReplicaPair, ReplicationFrequency,
  ReplicationMode, SecurityBaseline, ShieldedVm, ShieldingLevel, Size, Support, Target, TrafficRole, VirtualMachine, VirtualNetwork,
} from '../src';

/** Variations of the example design, for experiments. */
export interface ShopOptions {
  /** Leave these VMs out (those not bound by a rule: `win1`, `vault1`). */
  readonly omit?: string[];
}

/**
 * The example design, the same for every vendor: an HA cluster of three hosts, three networks
 * (VM traffic on a VLAN, management, live migration), a web tier kept apart, an application and
 * its cache kept together, a database kept on one host, two shielded VMs, and a replica pair
 * replicated by the hypervisor where it can (Hyper-V Replica) and by the application elsewhere.
 *
 * @param scope the vendor's stack
 * @param target the vendor's target
 * @param hosts the cluster's three hosts, as the vendor names them
 * @param options variations
 */
export function shop(scope: Construct, target: Target, hosts: string[], options: ShopOptions = {}): void {
  const wanted = (name: string) => !(options.omit ?? []).includes(name);
  // Only the domain controller holds data that leaves the storage array unencrypted; the other
  // VMs' disks sit on self-encrypting drives.
  SecurityBaseline.suppress(scope, 'HVSEC-VM-3', 'Disks of the other VMs sit on the storage array\'s self-encrypting drives');
  const app = new VirtualNetwork(scope, 'app', { target, vlanId: 120, role: TrafficRole.VM });
  const mgmt = new VirtualNetwork(scope, 'mgmt', { target, vlanId: 10, role: TrafficRole.MANAGEMENT });
  const migration = new VirtualNetwork(scope, 'migration', { target, vlanId: 20, role: TrafficRole.LIVE_MIGRATION });
  const replication = new VirtualNetwork(scope, 'replication', { target, vlanId: 30, role: TrafficRole.REPLICATION });

  const cluster = new HaCluster(scope, 'prod', {
    target,
    hosts,
    hostFailuresToTolerate: 1,
    hostCapacity: { cpuCores: 32, memory: Size.gibibytes(256) },
    migration: { network: migration, subnet: '10.0.20.0/24' },
    // libvirt (and standalone Hyper-V) restart no VMs of a failed host elsewhere
    acknowledgeNoHostFailover: true,
  });

  const ubuntu = Image.template('ubuntu-24.04', { size: Size.gibibytes(20) });
  const web = [1, 2, 3].map((i) => new VirtualMachine(scope, `web${i}`, {
    cluster,
    cpus: 2,
    memory: Size.gibibytes(4),
    firmware: Firmware.UEFI,
    guestOs: GuestOs.UBUNTU_24_04,
    image: ubuntu,
    nics: [Nic.on(app), Nic.on(mgmt)],
    guestInit: GuestInit.cloudInit({ userData: '#cloud-config\npackages: [nginx]\n' }),
  }));
  new DrsRuleGroup(scope, 'web-spread', { cluster, vms: web, rule: DrsRule.keepApart() });

  const db = new VirtualMachine(scope, 'db1', {
    cluster,
    cpus: 4,
    coresPerSocket: 4,
    memory: Size.gibibytes(16),
    firmware: Firmware.BIOS,
    guestOs: GuestOs.UBUNTU_24_04,
    image: ubuntu,
    disks: [Disk.data(Size.gibibytes(100), { name: 'pgdata' })],
    nics: [Nic.on(app)],
  });
  new DrsRuleGroup(scope, 'db-storage-host', { cluster, vms: [db], rule: DrsRule.runOn([hosts[2]]) });
  SecurityBaseline.suppress(db, 'HVSEC-VM-1', 'The database image is a legacy BIOS build; Secure Boot needs UEFI firmware');

  const appServer = new VirtualMachine(scope, 'app1', {
    cluster,
    cpus: 2,
    memory: Size.gibibytes(8),
    guestOs: GuestOs.UBUNTU_24_04,
    image: ubuntu,
    nics: [Nic.on(app)],
    guestInit: GuestInit.cloudInit({
      userData: '#cloud-config\npackage_update: true\n',
      ipv4: { address: '10.0.120.21/24', gateway: '10.0.120.1', dnsServers: ['10.0.120.2'], domain: 'shop.example' },
    }),
  });
  const cache = new VirtualMachine(scope, 'cache1', {
    cluster,
    cpus: 2,
    memory: Size.gibibytes(4),
    guestOs: GuestOs.UBUNTU_24_04,
    image: ubuntu,
    // a static MAC address in vSphere's manual range, which every vendor accepts
    nics: [Nic.on(app, { macAddress: '00:50:56:00:01:30' })],
  });
  new DrsRuleGroup(scope, 'app-cache', { cluster, vms: [appServer, cache], rule: DrsRule.keepTogether() });

  // What the rendered resources tell after apply, on every vendor: references to their attributes.
  // Reading the addresses makes Terraform wait for them (vSphere, Hyper-V) or read them (libvirt).
  new TerraformOutput(scope, 'app1_id', { value: appServer.id });
  new TerraformOutput(scope, 'app1_ipv4', { value: appServer.primaryIpv4 });
  new TerraformOutput(scope, 'app1_addresses', { value: appServer.ipAddresses });
  new TerraformOutput(scope, 'app1_host', { value: appServer.hostName });
  new TerraformOutput(scope, 'cache1_mac', { value: cache.macAddress(0) });
  new TerraformOutput(scope, 'app_network_id', { value: app.id });

  // Windows Server 2022 wants a TPM (BitLocker, Credential Guard): Secure Boot and a vTPM.
  if (wanted('win1')) {
    new ShieldedVm(scope, 'win1', {
      cluster,
      shielding: ShieldingLevel.SECURE_BOOT_AND_TPM,
      cpus: 4,
      memory: Size.gibibytes(8),
      guestOs: GuestOs.WINDOWS_SERVER_2022,
      image: Image.template('windows-server-2022', { size: Size.gibibytes(64) }),
      nics: [Nic.on(app), Nic.on(mgmt)],
    });
  }

  // A domain controller: Secure Boot, vTPM and encrypted disks.
  new ShieldedVm(scope, 'dc1', {
    cluster,
    cpus: 2,
    memory: Size.gibibytes(8),
    guestOs: GuestOs.WINDOWS_SERVER_2022,
    image: Image.template('windows-server-2022', { size: Size.gibibytes(64) }),
    disks: [Disk.data(Size.gibibytes(20), { name: 'ntds' })],
    nics: [Nic.on(mgmt)],
    shielding: ShieldingLevel.ENCRYPTED,
  });

  // An orders database with a replica on another host: Hyper-V Replica where the platform has it,
  // replication by the application (two VMs kept apart) elsewhere; a checkpoint where possible.
  const can = (feature: Feature) => target.supportOf(feature).support !== Support.UNSUPPORTED;
  const hypervisorMode = can(Feature.REPLICA_HYPERVISOR);
  new ReplicaPair(scope, 'orders', {
    cluster,
    replicaHost: hosts[1],
    mode: hypervisorMode ? ReplicationMode.HYPERVISOR : ReplicationMode.GUEST,
    replicationNetwork: hypervisorMode ? undefined : replication,
    hypervisorReplication: hypervisorMode ? { frequency: ReplicationFrequency.THIRTY_SECONDS, recoveryPoints: 4 } : undefined,
    checkpoint: can(Feature.CHECKPOINTS) ? { name: 'pre-maintenance' } : undefined,
    vm: {
      cpus: 4,
      memory: Size.gibibytes(16),
      guestOs: GuestOs.UBUNTU_24_04,
      image: ubuntu,
      disks: [Disk.data(Size.gibibytes(200), { name: 'pgdata' })],
      nics: [Nic.on(app)],
    },
  });

  // A secrets store: Secure Boot and vTPM (for measured boot and sealed keys).
  if (wanted('vault1')) {
    new ShieldedVm(scope, 'vault1', {
      cluster,
      cpus: 2,
      memory: Size.gibibytes(4),
      guestOs: GuestOs.UBUNTU_24_04,
      image: ubuntu,
      nics: [Nic.on(app)],
      shielding: ShieldingLevel.SECURE_BOOT_AND_TPM,
    });
  }
}
