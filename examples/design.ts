import { Construct } from 'constructs';
import {
  Disk, Firmware, GuestInit, GuestOs, Image, Nic, ShieldedVm, ShieldingLevel, Size, Target, TrafficRole, VirtualMachine,
  VirtualNetwork,
} from '../src';

/**
 * The example design, the same for every vendor: three networks (VM traffic on a VLAN,
 * management, live migration), four VMs and two shielded VMs.
 *
 * @param scope the vendor's stack
 * @param target the vendor's target
 */
export function shop(scope: Construct, target: Target): void {
  const app = new VirtualNetwork(scope, 'app', { target, vlanId: 120, role: TrafficRole.VM });
  const mgmt = new VirtualNetwork(scope, 'mgmt', { target, vlanId: 10, role: TrafficRole.MANAGEMENT });
  new VirtualNetwork(scope, 'migration', { target, vlanId: 20, role: TrafficRole.LIVE_MIGRATION });

  // Targets without a cluster scheduler take each VM's host from the design.
  const hosts = target.hostNames;
  const host = (i: number) => (hosts.length > 0 ? hosts[i % hosts.length] : undefined);
  const ubuntu = Image.template('ubuntu-24.04', { size: Size.gibibytes(20) });

  new VirtualMachine(scope, 'web1', {
    target,
    host: host(0),
    cpus: 2,
    memory: Size.gibibytes(4),
    firmware: Firmware.UEFI,
    guestOs: GuestOs.UBUNTU_24_04,
    image: ubuntu,
    nics: [Nic.on(app), Nic.on(mgmt)],
    guestInit: GuestInit.cloudInit({ userData: '#cloud-config\npackages: [nginx]\n' }),
  });

  new VirtualMachine(scope, 'db1', {
    target,
    host: host(1),
    cpus: 4,
    coresPerSocket: 4,
    memory: Size.gibibytes(16),
    firmware: Firmware.BIOS,
    guestOs: GuestOs.UBUNTU_24_04,
    image: ubuntu,
    disks: [Disk.data(Size.gibibytes(100), { name: 'pgdata' })],
    nics: [Nic.on(app)],
  });

  new VirtualMachine(scope, 'app1', {
    target,
    host: host(0),
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

  new VirtualMachine(scope, 'win1', {
    target,
    host: host(1),
    cpus: 4,
    memory: Size.gibibytes(8),
    guestOs: GuestOs.WINDOWS_SERVER_2022,
    image: Image.template('windows-server-2022', { size: Size.gibibytes(64) }),
    nics: [Nic.on(app), Nic.on(mgmt)],
  });

  // A domain controller: Secure Boot, vTPM and encrypted disks.
  new ShieldedVm(scope, 'dc1', {
    target,
    host: host(0),
    cpus: 2,
    memory: Size.gibibytes(8),
    guestOs: GuestOs.WINDOWS_SERVER_2022,
    image: Image.template('windows-server-2022', { size: Size.gibibytes(64) }),
    disks: [Disk.data(Size.gibibytes(20), { name: 'ntds' })],
    nics: [Nic.on(mgmt)],
    shielding: ShieldingLevel.ENCRYPTED,
  });

  // A secrets store: Secure Boot and vTPM (for measured boot and sealed keys).
  new ShieldedVm(scope, 'vault1', {
    target,
    host: host(1),
    cpus: 2,
    memory: Size.gibibytes(4),
    guestOs: GuestOs.UBUNTU_24_04,
    image: ubuntu,
    nics: [Nic.on(app)],
    shielding: ShieldingLevel.SECURE_BOOT_AND_TPM,
  });
}
