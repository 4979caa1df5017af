import {
  Disk, DiskProvisioning, DynamicMemory, Firmware, GuestInit, GuestOs, Image, NetworkConnectivity, Nic, NicAdapter, Size,
  VirtualMachine, VirtualMachineProps, VirtualNetwork, VsphereTarget,
} from '../../src';
import { newStack, only, synth, vsphereTarget, webDesign } from '../util';

function design(vmProps: Partial<VirtualMachineProps> = {}, netProps = {}) {
  return webDesign(vsphereTarget, vmProps, netProps);
}

describe('VsphereTarget rendering', () => {
  test('renders a VM as a clone of its template with vmxnet3 and pvscsi', () => {
    const out = synth(design({ disks: [Disk.data(Size.gibibytes(40))], coresPerSocket: 2 }));
    const vm = out.resource.vsphere_virtual_machine.web1;
    expect(vm).toMatchObject({
      name: 'web1',
      num_cpus: 4,
      num_cores_per_socket: 2,
      memory: 8192,
      firmware: 'efi',
      guest_id: 'ubuntu64Guest',
      scsi_type: 'pvscsi',
      resource_pool_id: '${data.vsphere_compute_cluster.target_cluster.resource_pool_id}',
      datastore_id: '${data.vsphere_datastore.target_datastore.id}',
      clone: { template_uuid: '${data.vsphere_virtual_machine.target_template_ubuntu-24_04.id}' },
      network_interface: [{ adapter_type: 'vmxnet3', network_id: '${vsphere_distributed_port_group.app.id}' }],
      // hardening defaults: Secure Boot for a UEFI guest that supports it, logging, boot from disk only
      efi_secure_boot_enabled: true,
      enable_logging: true,
      extra_config: { 'bios.bootDeviceClasses': 'allow:hd' },
    });
    expect(vm).not.toHaveProperty('vtpm');
    expect(vm.disk).toEqual([
      {
        label: 'os',
        unit_number: 0,
        size: '${data.vsphere_virtual_machine.target_template_ubuntu-24_04.disks[0].size}',
        thin_provisioned: '${data.vsphere_virtual_machine.target_template_ubuntu-24_04.disks[0].thin_provisioned}',
        eagerly_scrub: '${data.vsphere_virtual_machine.target_template_ubuntu-24_04.disks[0].eagerly_scrub}',
      },
      { label: 'data1', unit_number: 1, size: 40, thin_provisioned: true, eagerly_scrub: false, keep_on_remove: true },
    ]);
    expect(out.data.vsphere_virtual_machine['target_template_ubuntu-24_04']).toMatchObject({
      name: 'ubuntu-24.04',
      datacenter_id: '${data.vsphere_datacenter.target_datacenter.id}',
    });
  });

  test('leaves Secure Boot off for a UEFI guest that cannot boot with it', () => {
    expect(synth(design({ guestOs: GuestOs.OTHER_LINUX })).resource.vsphere_virtual_machine.web1.efi_secure_boot_enabled).toBeUndefined();
  });

  const GUEST_IDS: Array<[GuestOs, string]> = [
    [GuestOs.UBUNTU_22_04, 'ubuntu64Guest'],
    [GuestOs.UBUNTU_24_04, 'ubuntu64Guest'],
    [GuestOs.DEBIAN_12, 'debian12_64Guest'],
    [GuestOs.RHEL_9, 'rhel9_64Guest'],
    [GuestOs.OTHER_LINUX, 'otherLinux64Guest'],
    [GuestOs.FREEBSD_14, 'freebsd13_64Guest'],
    [GuestOs.WINDOWS_SERVER_2019, 'windows2019srv_64Guest'],
    [GuestOs.WINDOWS_SERVER_2022, 'windows2019srvNext_64Guest'],
    [GuestOs.WINDOWS_SERVER_2025, 'windows2022srvNext_64Guest'],
    [GuestOs.WINDOWS_11, 'windows11_64Guest'],
  ];
  test.each(GUEST_IDS)('gives %s the vSphere guest id %s', (guestOs, guestId) => {
    expect(synth(design({ guestOs })).resource.vsphere_virtual_machine.web1.guest_id).toBe(guestId);
  });

  test('knows the guest id of every guest OS of the model', () => {
    const all = Object.values(GuestOs).filter((v): v is GuestOs => v instanceof GuestOs);
    expect(all.map((os) => os.key).sort()).toEqual(GUEST_IDS.map(([os]) => os.key).sort());
  });

  test('renders a network as a distributed port group with its VLAN', () => {
    const out = synth(design());
    expect(out.resource.vsphere_distributed_port_group.app).toMatchObject({
      name: 'app',
      vlan_id: 120,
      distributed_virtual_switch_uuid: '${data.vsphere_distributed_virtual_switch.target_dvs.id}',
      allow_forged_transmits: false,
      allow_mac_changes: false,
      allow_promiscuous: false,
    });
  });

  test('renders networks as host port groups on a standard switch', () => {
    const stack = newStack();
    const target = new VsphereTarget(stack, 'target', {
      server: 'vc',
      datacenter: 'dc1',
      cluster: 'c',
      datastore: 'ds',
      standardSwitch: { name: 'vSwitch0', hosts: ['esx1', 'esx2'] },
    });
    new VirtualNetwork(stack, 'app', { target, vlanId: 7 });
    const out = synth(stack);
    expect(Object.keys(out.resource.vsphere_host_port_group).sort()).toEqual(['app_esx1', 'app_esx2']);
    expect(out.resource.vsphere_host_port_group.app_esx1).toMatchObject({
      virtual_switch_name: 'vSwitch0',
      vlan_id: 7,
      host_system_id: '${data.vsphere_host.target_host_esx1.id}',
      allow_forged_transmits: false,
      allow_mac_changes: false,
      allow_promiscuous: false,
    });
    expect(out.data.vsphere_network.app.depends_on).toEqual(['vsphere_host_port_group.app_esx1', 'vsphere_host_port_group.app_esx2']);
  });

  test('looks up an existing network by name', () => {
    const stack = newStack();
    const target = vsphereTarget(stack);
    new VirtualNetwork(stack, 'vmnet', { target, name: 'VM Network', existing: true });
    expect(synth(stack).data.vsphere_network.vmnet).toMatchObject({ name: 'VM Network' });
  });

  test('renders disk provisioning, BIOS, hot add, nesting, reservation, static MAC and PCI devices', () => {
    const stack = newStack();
    const target = vsphereTarget(stack);
    const net = new VirtualNetwork(stack, 'app', { target });
    new VirtualMachine(stack, 'db1', {
      target,
      host: 'esx1.example.com',
      cpus: 2,
      memory: Size.gibibytes(4),
      firmware: Firmware.BIOS,
      image: Image.template('ubuntu-24.04'),
      osDiskSize: Size.gibibytes(60),
      disks: [
        Disk.data(Size.gibibytes(10), { name: 'thick', slot: 1, provisioning: DiskProvisioning.THICK }),
        Disk.data(Size.gibibytes(10), { name: 'eager', slot: 2, provisioning: DiskProvisioning.THICK_EAGER_ZEROED }),
      ],
      nics: [
        Nic.on(net, { macAddress: '00:50:56:01:02:03', adapter: NicAdapter.EMULATED }),
        Nic.on(net, { sriov: { physicalFunction: '0000:3B:00.0' } }),
      ],
      cpuHotAdd: true,
      memoryHotAdd: true,
      nestedVirtualization: true,
      memoryReservation: Size.gibibytes(4),
      pciDevices: ['0000:af:00.0'],
    });
    const vm = synth(stack).resource.vsphere_virtual_machine.db1;
    expect(vm).toMatchObject({
      firmware: 'bios',
      host_system_id: '${data.vsphere_host.target_host_esx1_example_com.id}',
      resource_pool_id: '${data.vsphere_host.target_host_esx1_example_com.resource_pool_id}',
      cpu_hot_add_enabled: true,
      memory_hot_add_enabled: true,
      nested_hv_enabled: true,
      memory_reservation: 4096,
      pci_device_id: ['0000:af:00.0'],
      network_interface: [
        { adapter_type: 'e1000e', use_static_mac: true, mac_address: '00:50:56:01:02:03', network_id: '${vsphere_distributed_port_group.app.id}' },
        { adapter_type: 'sriov', physical_function: '0000:3b:00.0', network_id: '${vsphere_distributed_port_group.app.id}' },
      ],
    });
    expect(vm.disk.map((d: any) => [d.label, d.size, d.thin_provisioned, d.eagerly_scrub])).toEqual([
      ['os', 60, expect.any(String), expect.any(String)],
      ['thick', 10, false, false],
      ['eager', 10, false, true],
    ]);
  });

  test('initialises a guest with cloud-init through guestinfo', () => {
    const out = synth(design({ guestInit: GuestInit.cloudInit({ userData: '#cloud-config\n{}', ipv4: { address: '10.0.0.5/24' } }) }));
    const extra = out.resource.vsphere_virtual_machine.web1.extra_config;
    expect(Buffer.from(extra['guestinfo.userdata'], 'base64').toString()).toBe('#cloud-config\n{}');
    expect(extra['guestinfo.userdata.encoding']).toBe('base64');
    const meta = JSON.parse(Buffer.from(extra['guestinfo.metadata'], 'base64').toString());
    expect(meta['local-hostname']).toBe('web1');
    expect(meta['network.encoding']).toBe('base64');
    expect(JSON.parse(Buffer.from(meta.network, 'base64').toString()).ethernets.primary.addresses).toEqual(['10.0.0.5/24']);
  });

  test('initialises host name and static IP with guest customization', () => {
    const init = GuestInit.hostname('web', { ipv4: { address: '10.0.0.5/24', gateway: '10.0.0.1', dnsServers: ['10.0.0.2'], domain: 'corp' } });
    const customize = synth(design({ guestInit: init })).resource.vsphere_virtual_machine.web1.clone.customize;
    expect(customize).toEqual({
      linux_options: { host_name: 'web', domain: 'corp' },
      network_interface: [{ ipv4_address: '10.0.0.5', ipv4_netmask: 24 }],
      ipv4_gateway: '10.0.0.1',
      dns_server_list: ['10.0.0.2'],
      dns_suffix_list: ['corp'],
    });
  });

  test('customizes a Windows guest with its computer name', () => {
    const customize = synth(design({ guestOs: GuestOs.WINDOWS_SERVER_2022, guestInit: GuestInit.hostname('dc1') }))
      .resource.vsphere_virtual_machine.web1.clone.customize;
    expect(customize.windows_options).toEqual({ computer_name: 'dc1', workgroup: 'WORKGROUP' });
    expect(customize.linux_options).toBeUndefined();
  });

  test('applies vendor overrides to the VM resource only on vSphere', () => {
    const stack = newStack();
    const target = vsphereTarget(stack);
    const nics = [Nic.on(new VirtualNetwork(stack, 'app', { target }))];
    const vm = new VirtualMachine(stack, 'v', { target, cpus: 1, memory: Size.gibibytes(1), image: Image.template('i'), nics });
    vm.addVendorOverride('vsphere' as any, 'annotation', 'from override');
    vm.addVendorOverride('hyperv' as any, 'notes', 'ignored');
    const out = only(synth(stack), 'vsphere_virtual_machine');
    expect(out.annotation).toBe('from override');
    expect(out.notes).toBeUndefined();
  });

  describe('refusals', () => {
    test.each([
      ['autostart', { autostart: true }, /Autostart with the host cannot be rendered for vsphere \(vmware\/vsphere 2\.15\.0\)[\s\S]*fix: +leave autostart unset/],
      ['dynamic memory', { dynamicMemory: { minimum: Size.gibibytes(4), maximum: Size.gibibytes(16) } as DynamicMemory }, /Dynamic memory cannot be rendered for vsphere[\s\S]*memoryReservation/],
      ['BIOS above 6128 GiB', { firmware: Firmware.BIOS, memory: Size.gibibytes(6132) }, /more than 6128 GiB of memory must boot with EFI firmware[\s\S]*BIOS up to 6128 GiB \(VMware vSphere configuration maximums/],
      ['memory not a multiple of 4 MiB', { memory: Size.mebibytes(1026) }, /vSphere sizes VM memory in multiples of 4 MiB/],
      ['PCI passthrough without a host', { pciDevices: ['0000:af:00.0'] }, /PCI passthrough on vSphere pins the VM to the host/],
      ['a data disk that is not whole GiB', { disks: [Disk.data(Size.mebibytes(1500))] }, /The size of disk "data1" must be a whole number of GiB/],
    ])('fails on %s', (_, props, message) => {
      const stack = design(props as Partial<VirtualMachineProps>);
      expect(() => synth(stack)).toThrow(message);
    });

    test('fails on a static MAC outside the VMware range', () => {
      const stack = newStack();
      const target = vsphereTarget(stack);
      const net = new VirtualNetwork(stack, 'app', { target });
      new VirtualMachine(stack, 'v', { target, cpus: 1, memory: Size.gibibytes(1), image: Image.template('i'), nics: [Nic.on(net, { macAddress: '52:54:00:00:00:01' })] });
      expect(() => synth(stack)).toThrow(/vSphere accepts static MAC addresses only from its range[\s\S]*00:50:56:00:00:00 to 00:50:56:3f:ff:ff/);
    });

    test('fails on an SR-IOV NIC without physical function', () => {
      const stack = newStack();
      const target = vsphereTarget(stack);
      const net = new VirtualNetwork(stack, 'app', { target });
      new VirtualMachine(stack, 'v', { target, host: 'esx1', cpus: 1, memory: Size.gibibytes(1), image: Image.template('i'), nics: [Nic.on(net, { sriov: {} })] });
      expect(() => synth(stack)).toThrow(/needs the PCI address of the physical function/);
    });

    test.each([
      [NetworkConnectivity.ISOLATED, /Isolated networks cannot be rendered for vsphere[\s\S]*VLAN that is not routed/],
      [NetworkConnectivity.HOST_ONLY, /Host-only networks cannot be rendered for vsphere/],
      [NetworkConnectivity.NAT, /NAT networks cannot be rendered for vsphere/],
    ])('fails on a %s network', (connectivity, message) => {
      const stack = newStack();
      new VirtualNetwork(stack, 'n', { target: vsphereTarget(stack), connectivity });
      expect(() => synth(stack)).toThrow(message);
    });

    test('fails on a VM when the target has no datastore', () => {
      const stack = newStack();
      const target = new VsphereTarget(stack, 't', { server: 'vc', datacenter: 'dc', cluster: 'c' });
      const nics = [Nic.on(new VirtualNetwork(stack, 'lan', { target, existing: true }))];
      new VirtualMachine(stack, 'v', { target, cpus: 1, memory: Size.gibibytes(1), image: Image.template('i'), nics });
      expect(() => synth(stack)).toThrow(/needs a datastore[\s\S]*set datastore on the VsphereTarget/);
    });

    test('fails on a VM without cluster or host', () => {
      const stack = newStack();
      const target = new VsphereTarget(stack, 't', { server: 'vc', datacenter: 'dc', datastore: 'ds' });
      const nics = [Nic.on(new VirtualNetwork(stack, 'lan', { target, existing: true }))];
      new VirtualMachine(stack, 'v', { target, cpus: 1, memory: Size.gibibytes(1), image: Image.template('i'), nics });
      expect(() => synth(stack)).toThrow(/needs a cluster or a host to run on/);
    });

    test('fails on a new network when the target names no switch', () => {
      const stack = newStack();
      const target = new VsphereTarget(stack, 't', { server: 'vc', datacenter: 'dc' });
      new VirtualNetwork(stack, 'n', { target });
      expect(() => synth(stack)).toThrow(/A new vSphere network needs a switch/);
    });
  });
});
