import {
  Disk, DiskProvisioning, Firmware, GuestInit, GuestOs, Image, LibvirtTarget, NetworkConnectivity, Nic, NicAdapter, Size,
  VirtualMachine, VirtualMachineProps, VirtualNetwork,
} from '../../src';
import { libvirtTarget, newStack, synth, webDesign } from '../util';

const ubuntu = Image.template('ubuntu-24.04', { size: Size.gibibytes(20) });

function design(vmProps: Partial<VirtualMachineProps> = {}, hosts = ['kvm1']) {
  return webDesign((stack) => libvirtTarget(stack, hosts), { image: ubuntu, ...vmProps });
}

describe('LibvirtTarget rendering', () => {
  test('renders a UEFI VM as a q35 domain with virtio devices on a qcow2 overlay', () => {
    const out = synth(design({ disks: [Disk.data(Size.gibibytes(40))] }));
    expect(out.resource.libvirt_volume.web1_os).toEqual(expect.objectContaining({
      name: 'web1-os.qcow2',
      pool: 'default',
      capacity: 21474836480,
      target: { format: { type: 'qcow2' } },
      backing_store: { path: '/var/lib/libvirt/images/ubuntu-24.04.qcow2', format: { type: 'qcow2' } },
      provider: 'libvirt.kvm1',
    }));
    expect(out.resource.libvirt_volume.web1_data1).toMatchObject({ name: 'web1-data1.qcow2', capacity: 42949672960 });
    const domain = out.resource.libvirt_domain.web1;
    expect(domain).toMatchObject({
      name: 'web1',
      type: 'kvm',
      vcpu: 4,
      memory: 8192,
      memory_unit: 'MiB',
      running: true,
      cpu: { mode: 'host-model' },
      os: { type: 'hvm', type_arch: 'x86_64', type_machine: 'q35', firmware: 'efi', boot_devices: [{ dev: 'hd' }] },
      features: { acpi: true, apic: {} },
      provider: 'libvirt.kvm1',
    });
    expect(domain.devices.disks).toEqual([
      { device: 'disk', driver: { name: 'qemu', type: 'qcow2' }, source: { file: { file: '${libvirt_volume.web1_os.path}' } }, target: { dev: 'vda', bus: 'virtio' } },
      { device: 'disk', driver: { name: 'qemu', type: 'qcow2' }, source: { file: { file: '${libvirt_volume.web1_data1.path}' } }, target: { dev: 'vdb', bus: 'virtio' } },
    ]);
    expect(domain.devices.interfaces).toEqual([
      // an Open vSwitch port: libvirt cannot filter it (the domain would not start with a filter)
      { model: { type: 'virtio' }, source: { network: { network: '${libvirt_network.app_kvm1.name}' } } },
    ]);
    // Secure Boot with enrolled keys for a UEFI guest that supports it, shielded or not
    expect(domain.os.loader_secure).toBe('yes');
    expect(domain.os.firmware_info.features).toContainEqual({ name: 'secure-boot', enabled: 'yes' });
    expect(domain.features.smm).toEqual({ state: 'on' });
    expect(domain.devices.tpms).toBeUndefined();
  });

  test('leaves Secure Boot off for a UEFI guest that cannot boot with it', () => {
    const domain = synth(design({ guestOs: GuestOs.OTHER_LINUX })).resource.libvirt_domain.web1;
    expect(domain.os.firmware).toBe('efi');
    expect(domain.os.loader_secure).toBeUndefined();
    expect(domain.features.smm).toBeUndefined();
  });

  test('renders a bridged network with a VLAN on Open vSwitch, on every host', () => {
    const out = synth(design({ host: 'kvm2' }, ['kvm1', 'kvm2']));
    expect(Object.keys(out.resource.libvirt_network).sort()).toEqual(['app_kvm1', 'app_kvm2']);
    expect(out.resource.libvirt_network.app_kvm2).toMatchObject({
      name: 'app',
      autostart: true,
      forward: { mode: 'bridge' },
      bridge: { name: 'ovsbr0' },
      virtual_port: { params: { open_v_switch: {} } },
      vlan: { tags: [{ id: 120 }] },
      provider: 'libvirt.kvm2',
    });
  });

  test('renders NAT and host-only networks with the host serving DHCP on the upper half, isolated ones bare', () => {
    const stack = newStack();
    const target = libvirtTarget(stack);
    new VirtualNetwork(stack, 'nat', { target, connectivity: NetworkConnectivity.NAT, cidr: '192.168.100.0/24' });
    new VirtualNetwork(stack, 'iso', { target, connectivity: NetworkConnectivity.HOST_ONLY, cidr: '10.9.0.0/16' });
    new VirtualNetwork(stack, 'bare', { target, connectivity: NetworkConnectivity.ISOLATED });
    const networks = synth(stack).resource.libvirt_network;
    expect(networks.bare_kvm1).toEqual(expect.objectContaining({ name: 'bare', autostart: true }));
    expect(networks.bare_kvm1.ips).toBeUndefined();
    expect(networks.bare_kvm1.forward).toBeUndefined();
    expect(networks.nat_kvm1).toMatchObject({
      forward: { mode: 'nat' },
      ips: [{ address: '192.168.100.1', prefix: 24, dhcp: { ranges: [{ start: '192.168.100.128', end: '192.168.100.254' }] } }],
    });
    expect(networks.iso_kvm1.forward).toBeUndefined();
    expect(networks.iso_kvm1.ips[0]).toMatchObject({ address: '10.9.0.1', prefix: 16, dhcp: { ranges: [{ start: '10.9.128.0', end: '10.9.255.254' }] } });
  });

  test('filters the ports of library networks on Linux bridges with clean-traffic, not Open vSwitch or existing ones', () => {
    const stack = newStack();
    const target = libvirtTarget(stack);
    const nat = new VirtualNetwork(stack, 'nat', { target, connectivity: NetworkConnectivity.NAT, cidr: '192.168.100.0/24' });
    const ovs = new VirtualNetwork(stack, 'ovs', { target, vlanId: 120 });
    const existing = new VirtualNetwork(stack, 'existing', { target, existing: true });
    new VirtualMachine(stack, 'v', { target, cpus: 1, memory: Size.gibibytes(1), image: ubuntu, nics: [Nic.on(nat), Nic.on(ovs), Nic.on(existing)] });
    const interfaces = synth(stack).resource.libvirt_domain.v.devices.interfaces;
    expect(interfaces.map((i: any) => i.filter_ref)).toEqual([{ filter: 'clean-traffic' }, undefined, undefined]);
  });

  test('renders BIOS, topology, nesting, dynamic memory, locked memory, MACs, e1000e and PCI devices', () => {
    const stack = newStack();
    const target = libvirtTarget(stack);
    const net = new VirtualNetwork(stack, 'app', { target });
    new VirtualMachine(stack, 'v', {
      target,
      cpus: 4,
      coresPerSocket: 2,
      memory: Size.gibibytes(4),
      firmware: Firmware.BIOS,
      image: ubuntu,
      osDiskSize: Size.gibibytes(50),
      nestedVirtualization: true,
      autostart: true,
      dynamicMemory: { minimum: Size.gibibytes(4), maximum: Size.gibibytes(8) },
      nics: [Nic.on(net, { macAddress: '52:54:00:AA:bb:01', adapter: NicAdapter.EMULATED })],
      pciDevices: ['0000:3b:10.1'],
    });
    const out = synth(stack);
    expect(out.resource.libvirt_volume.v_os.capacity).toBe(53687091200);
    const domain = out.resource.libvirt_domain.v;
    expect(domain.os.firmware).toBeUndefined();
    // BIOS firmware has no Secure Boot
    expect(domain.os.loader_secure).toBeUndefined();
    expect(domain.features.smm).toBeUndefined();
    expect(domain).toMatchObject({
      memory: 8192,
      current_memory: 4096,
      current_memory_unit: 'MiB',
      autostart: true,
      cpu: { mode: 'host-passthrough', topology: { sockets: 2, cores: 2, threads: 1 } },
    });
    expect(domain.devices.interfaces[0]).toMatchObject({ model: { type: 'e1000e' }, mac: { address: '52:54:00:aa:bb:01' } });
    expect(domain.devices.hostdevs).toEqual([
      { managed: true, subsys_pci: { source: { address: { domain: 0, bus: 59, slot: 16, function: 1 } } } },
    ]);
  });

  test('locks the memory of a VM whose memory is reserved', () => {
    expect(synth(design({ memoryReservation: Size.gibibytes(8) })).resource.libvirt_domain.web1.memory_backing).toEqual({ memory_locked: true });
  });

  test('creates the storage pool on each host when it has a path', () => {
    const stack = newStack();
    const target = new LibvirtTarget(stack, 'target', {
      hosts: [{ name: 'kvm1', uri: 'qemu:///system' }],
      storagePool: { name: 'vms', path: '/srv/vms' },
    });
    new VirtualMachine(stack, 'v', { target, cpus: 1, memory: Size.gibibytes(1), image: ubuntu });
    const out = synth(stack);
    expect(out.resource.libvirt_pool.target_pool_kvm1).toMatchObject({
      name: 'vms', type: 'dir', target: { path: '/srv/vms' }, create: { build: true, start: true, autostart: true },
    });
    expect(out.resource.libvirt_volume.v_os.pool).toBe('${libvirt_pool.target_pool_kvm1.name}');
  });

  test('initialises a guest with a cloud-init disk uploaded as a cdrom volume', () => {
    const out = synth(design({ guestInit: GuestInit.hostname('web', { ipv4: { address: '10.0.0.5/24', gateway: '10.0.0.1' } }) }));
    const seed = out.resource.libvirt_cloudinit_disk.web1;
    expect(seed.name).toBe('web1-cidata');
    expect(JSON.parse(seed.meta_data)).toEqual({ 'instance-id': 'web1', 'local-hostname': 'web' });
    expect(seed.user_data).toBe('#cloud-config\n{"hostname":"web","manage_etc_hosts":true}');
    expect(JSON.parse(seed.network_config).ethernets.primary).toEqual({
      match: { name: 'e*' }, addresses: ['10.0.0.5/24'], routes: [{ to: 'default', via: '10.0.0.1' }],
    });
    expect(out.resource.libvirt_volume.web1_cidata).toMatchObject({
      name: 'web1-cidata.iso', create: { content: { url: '${libvirt_cloudinit_disk.web1.path}' } },
    });
    expect(out.resource.libvirt_domain.web1.devices.disks[1]).toEqual({
      device: 'cdrom',
      driver: { name: 'qemu', type: 'raw' },
      source: { file: { file: '${libvirt_volume.web1_cidata.path}' } },
      target: { dev: 'sda', bus: 'sata' },
      read_only: true,
    });
  });

  describe('refusals', () => {
    test.each([
      ['CPU hot add', { cpuHotAdd: true }, /CPU hot add cannot be rendered for libvirt \(dmacvicar\/libvirt 0\.9\.7\)/],
      ['memory hot add', { memoryHotAdd: true }, /Memory hot add cannot be rendered for libvirt[\s\S]*dynamic memory/],
      ['thick disks', { disks: [Disk.data(Size.gibibytes(1), { provisioning: DiskProvisioning.THICK })] }, /Thick-provisioned disks cannot be rendered for libvirt/],
      ['a dynamic memory minimum below the memory', { dynamicMemory: { minimum: Size.gibibytes(2), maximum: Size.gibibytes(16) } }, /balloon[\s\S]*keeps no minimum/],
      ['a partial memory reservation', { memoryReservation: Size.gibibytes(2) }, /libvirt reserves a VM's memory by locking all of it/],
      ['a reservation with a balloon', { memoryReservation: Size.gibibytes(8), dynamicMemory: { minimum: Size.gibibytes(8), maximum: Size.gibibytes(16) } }, /A memory reservation below the memory, or on dynamic memory cannot be rendered for libvirt/],
      ['an OS disk of unknown size', { image: Image.template('bare') }, /libvirt needs the size of the OS disk[\s\S]*Image\.template\('bare', \{ size/],
    ])('fails on %s', (_, props, message) => {
      expect(() => synth(design(props as Partial<VirtualMachineProps>))).toThrow(message);
    });

    test('fails on an SR-IOV NIC', () => {
      const stack = newStack();
      const target = libvirtTarget(stack);
      const net = new VirtualNetwork(stack, 'app', { target });
      new VirtualMachine(stack, 'v', { target, cpus: 1, memory: Size.gibibytes(1), image: ubuntu, nics: [Nic.on(net, { sriov: {} })] });
      expect(() => synth(stack)).toThrow(/SR-IOV NICs cannot be rendered for libvirt[\s\S]*pciDevices/);
    });

    test('fails on a VLAN on a Linux bridge', () => {
      const stack = newStack();
      const target = new LibvirtTarget(stack, 't', { hosts: [{ name: 'kvm1', uri: 'qemu:///system' }], bridge: { name: 'br0' } });
      new VirtualNetwork(stack, 'n', { target, vlanId: 5 });
      expect(() => synth(stack)).toThrow(/libvirt tags VLANs only on Open vSwitch bridges[\s\S]*br0\.120/);
    });

    test('fails on a VLAN on a NAT network, and on a NAT network without subnet', () => {
      const stack = newStack();
      new VirtualNetwork(stack, 'n', { target: libvirtTarget(stack), connectivity: NetworkConnectivity.NAT });
      expect(() => synth(stack)).toThrow(/A NAT network needs a subnet/);
      const other = newStack();
      new VirtualNetwork(other, 'n', { target: libvirtTarget(other), connectivity: NetworkConnectivity.ISOLATED, vlanId: 3 });
      const third = newStack();
      new VirtualNetwork(third, 'n', { target: libvirtTarget(third), connectivity: NetworkConnectivity.HOST_ONLY });
      expect(() => synth(third)).toThrow(/A host-only network needs a subnet for the host to serve\./);
      expect(() => synth(other)).toThrow(/A VLAN tag needs a bridged network/);
    });

    test('fails on a bridged network without a bridge', () => {
      const stack = newStack();
      new VirtualNetwork(stack, 'n', { target: new LibvirtTarget(stack, 't', { hosts: [{ name: 'kvm1', uri: 'qemu:///system' }] }) });
      expect(() => synth(stack)).toThrow(/A bridged libvirt network needs a bridge on the hosts/);
    });
  });
});
