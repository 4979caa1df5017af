import {
  Disk, GuestInit, Image, Nic, Size, VirtualMachine, VirtualMachineProps, VirtualNetwork,
} from '../../src';
import { libvirtTarget, newStack } from '../util';

function vm(extra: Partial<VirtualMachineProps> = {}, id = 'vm1') {
  const stack = newStack();
  const target = libvirtTarget(stack);
  return new VirtualMachine(stack, id, {
    target,
    cpus: 2,
    memory: Size.gibibytes(2),
    image: Image.template('ubuntu-24.04', { size: Size.gibibytes(10) }),
    ...extra,
  });
}

describe('VirtualMachine design checks (every vendor)', () => {
  test('names its only data disk data1 at slot 1 and lists the features it uses', () => {
    const machine = vm({ disks: [Disk.data(Size.gibibytes(1))], autostart: true });
    expect(machine._node.disks.map((d) => [d.name, d.slot])).toEqual([['data1', 1]]);
    expect(machine.features).toEqual(['vm.firmware.uefi', 'vm.dataDisks', 'vm.autostart']);
  });

  test('keeps several data disks in slot order, whatever their order in the list', () => {
    const machine = vm({
      disks: [Disk.data(Size.gibibytes(2), { name: 'logs', slot: 3 }), Disk.data(Size.gibibytes(1), { name: 'db', slot: 1 })],
    });
    expect(machine._node.disks.map((d) => [d.name, d.slot])).toEqual([['db', 1], ['logs', 3]]);
  });

  test('fails when a VM with several data disks leaves one unnamed or without a slot', () => {
    expect(() => vm({ disks: [Disk.data(Size.gibibytes(1)), Disk.data(Size.gibibytes(2))] }))
      .toThrow(/\[test\/vm1\] The VM has 2 data disks and disk 1 of the list has no name;[\s\S]*value: +disks\[0\]: no name, no slot[\s\S]*fix: +give every data disk a name and a slot/);
    expect(() => vm({ disks: [Disk.data(Size.gibibytes(1), { name: 'a', slot: 1 }), Disk.data(Size.gibibytes(2), { name: 'b' })] }))
      .toThrow(/disk 2 of the list has no slot[\s\S]*disks\[1\]: "b", no slot/);
  });

  test('fails when two disks share a slot, or a slot is not a whole number from 1', () => {
    expect(() => vm({ disks: [Disk.data(Size.gibibytes(1), { name: 'a', slot: 2 }), Disk.data(Size.gibibytes(1), { name: 'b', slot: 2 })] }))
      .toThrow(/Disks "a" and "b" of the VM both ask for slot 2/);
    expect(() => vm({ disks: [Disk.data(Size.gibibytes(1), { slot: 0 })] })).toThrow(/The slot of disk "data1" is out of range[\s\S]*a whole number from 1 to 255/);
    expect(() => vm({ disks: [Disk.data(Size.gibibytes(1), { slot: 1.5 })] })).toThrow(/The slot of disk "data1" is out of range/);
  });

  test('fails when the cores per socket do not divide the vCPUs', () => {
    expect(() => vm({ cpus: 6, coresPerSocket: 4 })).toThrow(/\[test\/vm1\] The cores per socket do not divide the vCPUs into whole sockets/);
  });

  test('fails when the vCPU count is not a whole number of at least 1', () => {
    expect(() => vm({ cpus: 0 })).toThrow(/The number of vCPUs is out of range[\s\S]*a whole number from 1 to 4096/);
    expect(() => vm({ cpus: 1.5 })).toThrow(/The number of vCPUs is out of range/);
  });

  test('fails when the memory is not a whole number of MiB', () => {
    expect(() => vm({ memory: Size.kibibytes(1536) })).toThrow(/The memory must be a whole number of MiB; sizes are never rounded/);
  });

  test('fails when dynamic memory does not start between its bounds', () => {
    expect(() => vm({ dynamicMemory: { minimum: Size.gibibytes(4), maximum: Size.gibibytes(8) } }))
      .toThrow(/Dynamic memory must start between its minimum and maximum[\s\S]*minimum 4 GiB, memory 2 GiB, maximum 8 GiB/);
  });

  test('fails when the reservation is larger than the memory', () => {
    expect(() => vm({ memoryReservation: Size.gibibytes(3) })).toThrow(/The memory reservation is larger than the memory/);
  });

  test('fails when the OS disk would be smaller than its image', () => {
    expect(() => vm({ osDiskSize: Size.gibibytes(5) })).toThrow(/The OS disk would be smaller than its image; disks are never shrunk/);
  });

  test('fails when two disks share a name, or a disk takes a reserved name', () => {
    expect(() => vm({ disks: [Disk.data(Size.gibibytes(1), { name: 'x', slot: 1 }), Disk.data(Size.gibibytes(1), { name: 'x', slot: 2 })] }))
      .toThrow(/Two disks of the VM are named "x"/);
    expect(() => vm({ disks: [Disk.data(Size.gibibytes(1), { name: 'os' })] }))
      .toThrow(/named "os" \(a name the library gives the OS and cloud-init disks\)/);
  });

  test('fails when a name cannot be used on every vendor', () => {
    expect(() => vm({ name: 'web 1' })).toThrow(/"web 1" cannot be a VM name on every vendor/);
  });

  test('fails on a MAC address that is not unicast', () => {
    const stack = newStack();
    const target = libvirtTarget(stack);
    const net = new VirtualNetwork(stack, 'n', { target });
    expect(() => new VirtualMachine(stack, 'v', {
      target, cpus: 1, memory: Size.gibibytes(1), image: Image.template('i'), nics: [Nic.on(net, { macAddress: '01:00:5e:00:00:01' })],
    })).toThrow(/The MAC address is not a unicast MAC address/);
  });

  test('fails on a PCI address that is not one', () => {
    expect(() => vm({ pciDevices: ['3b:00.0'] })).toThrow(/A PCI device is not a PCI address[\s\S]*"0000:3b:00\.0"/);
  });

  test('fails on a static address without prefix length', () => {
    expect(() => vm({ guestInit: GuestInit.hostname('vm1', { ipv4: { address: '10.0.0.5' } }) }))
      .toThrow(/The static IPv4 address is not an IPv4 address with prefix length/);
  });

  test('fails on a host name with a domain', () => {
    expect(() => vm({ guestInit: GuestInit.hostname('vm1.example.com') })).toThrow(/The host name is not a valid host name label/);
  });

  test('fails when cloud-init gets both a network config and a static address', () => {
    expect(() => GuestInit.cloudInit({ userData: '#cloud-config', networkConfig: '{}', ipv4: { address: '10.0.0.5/24' } }))
      .toThrow(/Cloud-init takes one network config/);
  });

  test('fails when a NIC is on a network of another target', () => {
    const stack = newStack();
    const target = libvirtTarget(stack);
    const other = libvirtTarget(newStack());
    const net = new VirtualNetwork(stack, 'n', { target: other });
    expect(() => new VirtualMachine(stack, 'v', {
      target, cpus: 1, memory: Size.gibibytes(1), image: Image.template('i'), nics: [Nic.on(net)],
    })).toThrow(/belongs to another target/);
  });

  test('fails when a target gets two VMs of the same name', () => {
    const stack = newStack();
    const target = libvirtTarget(stack);
    const props = { target, cpus: 1, memory: Size.gibibytes(1), image: Image.template('i'), name: 'same' };
    new VirtualMachine(stack, 'a', props);
    expect(() => new VirtualMachine(stack, 'b', props)).toThrow(/The target already has a VM named "same"/);
  });
});

describe('VirtualNetwork design checks', () => {
  test('fails on a VLAN ID out of range', () => {
    const stack = newStack();
    expect(() => new VirtualNetwork(stack, 'n', { target: libvirtTarget(stack), vlanId: 4095 }))
      .toThrow(/The VLAN ID is out of range[\s\S]*1 to 4094/);
  });

  test('fails on a cidr for a bridged network', () => {
    const stack = newStack();
    expect(() => new VirtualNetwork(stack, 'n', { target: libvirtTarget(stack), cidr: '10.0.0.0/24' }))
      .toThrow(/A cidr is only used by NAT and host-only networks/);
    const other = newStack();
    expect(() => new VirtualNetwork(other, 'n', { target: libvirtTarget(other), connectivity: 'isolated' as any, cidr: '10.0.0.0/24' }))
      .toThrow(/an isolated network has no host on it/);
  });

  test('fails when an existing network is given a VLAN', () => {
    const stack = newStack();
    expect(() => new VirtualNetwork(stack, 'n', { target: libvirtTarget(stack), existing: true, vlanId: 5 }))
      .toThrow(/An existing network is used as it is/);
  });
});
