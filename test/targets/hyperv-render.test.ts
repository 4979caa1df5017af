import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, TerraformStack } from 'cdktf';
import {
  Disk, DiskProvisioning, Firmware, GuestInit, GuestOs, HypervTarget, Image, NetworkConnectivity, Nic, NicAdapter, Size,
  VirtualMachine, VirtualMachineProps, VirtualNetwork,
} from '../../src';
import { hypervTarget, newStack, synth, webDesign } from '../util';

function design(vmProps: Partial<VirtualMachineProps> = {}, hosts = ['hv1']) {
  return webDesign((stack) => hypervTarget(stack, hosts), vmProps);
}

describe('HypervTarget rendering', () => {
  test('renders a UEFI VM as generation 2 with a differencing OS disk on SCSI', () => {
    const out = synth(design({ disks: [Disk.data(Size.gibibytes(40))] }));
    expect(out.resource.hyperv_vhd.web1_os).toMatchObject({
      path: 'C:\\Hyper-V\\web1\\os.vhdx',
      parent_path: 'C:\\Hyper-V\\Images\\ubuntu-24.04.vhdx',
      vhd_type: 'Differencing',
      provider: 'hyperv.hv1',
    });
    expect(out.resource.hyperv_vhd.web1_data1).toMatchObject({ size: 42949672960, vhd_type: 'Dynamic' });
    expect(out.resource.hyperv_machine_instance.web1).toMatchObject({
      name: 'web1',
      generation: 2,
      processor_count: 4,
      static_memory: true,
      memory_startup_bytes: 8589934592,
      state: 'Running',
      provider: 'hyperv.hv1',
      vm_firmware: {
        enable_secure_boot: 'On',
        secure_boot_template: 'MicrosoftUEFICertificateAuthority',
        boot_order: [{ boot_type: 'HardDiskDrive', controller_number: 0, controller_location: 0 }],
      },
      hard_disk_drives: [
        { controller_type: 'Scsi', controller_number: 0, controller_location: 0, path: '${hyperv_vhd.web1_os.path}' },
        { controller_type: 'Scsi', controller_number: 0, controller_location: 1, path: '${hyperv_vhd.web1_data1.path}' },
      ],
      network_adaptors: [{
        name: 'nic1',
        switch_name: '${hyperv_network_switch.target_external_hv1.name}',
        dynamic_mac_address: true,
        vlan_access: true,
        vlan_id: 120,
        dhcp_guard: 'On',
        router_guard: 'On',
      }],
    });
    expect(out.resource.hyperv_machine_instance.web1).not.toHaveProperty('dynamic_memory');
  });

  test('turns Secure Boot off for a UEFI guest that cannot boot with it', () => {
    const firmware = synth(design({ guestOs: GuestOs.OTHER_LINUX })).resource.hyperv_machine_instance.web1.vm_firmware;
    expect(firmware.enable_secure_boot).toBe('Off');
    expect(firmware.secure_boot_template).toBeUndefined();
  });

  test('shares one external switch per host among bridged networks; VLANs go on the adapters', () => {
    const stack = newStack();
    const target = hypervTarget(stack, ['hv1', 'hv2']);
    new VirtualNetwork(stack, 'a', { target, vlanId: 1 });
    new VirtualNetwork(stack, 'b', { target, vlanId: 2 });
    const switches = synth(stack).resource.hyperv_network_switch;
    expect(Object.keys(switches).sort()).toEqual(['target_external_hv1', 'target_external_hv2']);
    expect(switches.target_external_hv2).toMatchObject({
      name: 'external', switch_type: 'External', net_adapter_names: ['Ethernet 2'], allow_management_os: true, provider: 'hyperv.hv2',
    });
  });

  test('renders isolated and host-only networks as private and internal switches on every host, an existing one as a lookup', () => {
    const stack = newStack();
    const target = hypervTarget(stack, ['hv1', 'hv2']);
    new VirtualNetwork(stack, 'heartbeat', { target, connectivity: NetworkConnectivity.ISOLATED });
    new VirtualNetwork(stack, 'backup', { target, connectivity: NetworkConnectivity.HOST_ONLY });
    new VirtualNetwork(stack, 'lab', { target, name: 'Default Switch', existing: true });
    const out = synth(stack);
    expect(out.resource.hyperv_network_switch.heartbeat_hv1).toMatchObject({ name: 'heartbeat', switch_type: 'Private' });
    expect(out.resource.hyperv_network_switch.heartbeat_hv2.provider).toBe('hyperv.hv2');
    expect(out.resource.hyperv_network_switch.backup_hv1).toMatchObject({ name: 'backup', switch_type: 'Internal' });
    expect(out.data.hyperv_network_switch.lab_hv1).toMatchObject({ name: 'Default Switch', provider: 'hyperv.hv1' });
  });

  test('renders BIOS as generation 1 booting from IDE, with a legacy NIC', () => {
    const stack = newStack();
    const target = hypervTarget(stack);
    const net = new VirtualNetwork(stack, 'app', { target });
    new VirtualMachine(stack, 'old', {
      target,
      cpus: 1,
      memory: Size.gibibytes(2),
      firmware: Firmware.BIOS,
      image: Image.template('w2k8'),
      disks: [Disk.data(Size.gibibytes(10), { provisioning: DiskProvisioning.THICK })],
      nics: [Nic.on(net, { adapter: NicAdapter.EMULATED, macAddress: '00:15:5d:01:02:03' })],
    });
    const vm = synth(stack).resource.hyperv_machine_instance.old;
    expect(vm.generation).toBe(1);
    expect(vm.vm_firmware).toBeUndefined();
    expect(vm.hard_disk_drives).toEqual([
      { controller_type: 'Ide', controller_number: 0, controller_location: 0, path: '${hyperv_vhd.old_os.path}' },
      { controller_type: 'Scsi', controller_number: 0, controller_location: 0, path: '${hyperv_vhd.old_data1.path}' },
    ]);
    expect(vm.network_adaptors[0]).toMatchObject({ is_legacy: true, dynamic_mac_address: false, static_mac_address: '00155D010203' });
    expect(synth(stack).resource.hyperv_vhd.old_data1.vhd_type).toBe('Fixed');
  });

  test('renders dynamic memory, nesting, autostart and a Windows Secure Boot template', () => {
    const out = synth(design({
      guestOs: GuestOs.WINDOWS_SERVER_2022,
      dynamicMemory: { minimum: Size.gibibytes(2), maximum: Size.gibibytes(16) },
      autostart: false,
    }));
    expect(out.resource.hyperv_machine_instance.web1).toMatchObject({
      dynamic_memory: true,
      memory_minimum_bytes: 2147483648,
      memory_maximum_bytes: 17179869184,
      automatic_start_action: 'Nothing',
      vm_firmware: { secure_boot_template: 'MicrosoftWindows' },
    });
    expect(out.resource.hyperv_machine_instance.web1).not.toHaveProperty('static_memory');
    const nested = synth(design({ nestedVirtualization: true, autostart: true })).resource.hyperv_machine_instance.web1;
    expect(nested).toMatchObject({ vm_processor: { expose_virtualization_extensions: true }, automatic_start_action: 'Start' });
    const reserved = synth(design({ memoryReservation: Size.gibibytes(8) })).resource.hyperv_machine_instance.web1;
    expect(reserved).toMatchObject({ static_memory: true, memory_startup_bytes: 8589934592 });
  });

  test('copies and resizes the image when the OS disk is larger than it', () => {
    const out = synth(design({ osDiskSize: Size.gibibytes(80) }));
    expect(out.resource.hyperv_vhd.web1_os).toEqual(expect.objectContaining({
      source: 'C:\\Hyper-V\\Images\\ubuntu-24.04.vhdx',
      size: 85899345920,
    }));
    expect(out.resource.hyperv_vhd.web1_os).not.toHaveProperty('parent_path');
  });

  test('enables SR-IOV on the switch of a network that has an SR-IOV NIC', () => {
    const stack = newStack();
    const target = hypervTarget(stack);
    const net = new VirtualNetwork(stack, 'app', { target });
    new VirtualMachine(stack, 'v', { target, cpus: 1, memory: Size.gibibytes(1), image: Image.template('i'), nics: [Nic.on(net, { sriov: {} })] });
    const out = synth(stack);
    expect(out.resource.hyperv_network_switch.target_external_hv1.enable_iov).toBe(true);
    expect(out.resource.hyperv_machine_instance.v.network_adaptors[0].iov_weight).toBe(100);
  });

  test('writes cloud-init data as a zip asset that becomes a cidata ISO on a DVD drive', () => {
    const app = new App({ outdir: fs.mkdtempSync(path.join(os.tmpdir(), 'hv-')) });
    const stack = new TerraformStack(app, 'hv');
    const target = new HypervTarget(stack, 'target', { hosts: [{ name: 'hv1' }] });
    new VirtualMachine(stack, 'web1', {
      target,
      cpus: 1,
      memory: Size.gibibytes(1),
      image: Image.template('i'),
      nics: [Nic.on(new VirtualNetwork(stack, 'lan', { target, existing: true }))],
      guestInit: GuestInit.cloudInit({ userData: '#cloud-config\n{}', ipv4: { address: '10.0.0.5/24' } }),
    });
    app.synth();
    const out = JSON.parse(fs.readFileSync(path.join(app.outdir, 'stacks/hv/cdk.tf.json'), 'utf8'));
    const iso = out.resource.hyperv_iso_image.web1_cidata;
    expect(iso).toMatchObject({ volume_name: 'CIDATA', destination_iso_file_path: 'C:\\Hyper-V\\web1\\cidata.iso' });
    const zip = fs.readFileSync(path.join(app.outdir, 'stacks/hv', iso.source_zip_file_path));
    const text = zip.toString('latin1');
    for (const name of ['meta-data', 'user-data', 'network-config']) expect(text).toContain(name);
    expect(text).toContain('"addresses":["10.0.0.5/24"]');
    expect(out.resource.hyperv_machine_instance.web1.dvd_drives).toEqual([
      { controller_number: 0, controller_location: 1, path: '${hyperv_iso_image.web1_cidata.destination_iso_file_path}' },
    ]);
  });

  describe('refusals', () => {
    test.each([
      ['nested virtualization with dynamic memory',
        { nestedVirtualization: true, dynamicMemory: { minimum: Size.gibibytes(2), maximum: Size.gibibytes(16) } },
        /Hyper-V cannot expose virtualization extensions \(for nested virtualization or virtualization-based security\) to a VM with dynamic memory/],
      ['PCI passthrough', { pciDevices: ['0000:af:00.0'] }, /PCI passthrough cannot be rendered for hyperv \(taliesins\/hyperv 1\.2\.1\): the provider has no device assignment/],
      ['CPU hot add', { cpuHotAdd: true }, /CPU hot add cannot be rendered for hyperv/],
      ['cores per socket', { coresPerSocket: 2 }, /Cores per socket cannot be rendered for hyperv/],
      ['memory that is not a multiple of 2 MiB', { memory: Size.mebibytes(1025) }, /The memory must be a multiple of 2 MiB on Hyper-V/],
      ['memory hot add on generation 1', { firmware: Firmware.BIOS, memoryHotAdd: true }, /resizes the memory of running VMs of generation 2 only/],
      ['a partial memory reservation', { memoryReservation: Size.gibibytes(4) }, /Hyper-V reserves a VM's static memory in full and has no partial reservation/],
    ])('fails on %s', (_, props, message) => {
      expect(() => synth(design(props as Partial<VirtualMachineProps>))).toThrow(message);
    });

    test('fails on a legacy NIC on generation 2', () => {
      const stack = newStack();
      const target = hypervTarget(stack);
      const net = new VirtualNetwork(stack, 'app', { target });
      new VirtualMachine(stack, 'v', { target, cpus: 1, memory: Size.gibibytes(1), image: Image.template('i'), nics: [Nic.on(net, { adapter: NicAdapter.EMULATED })] });
      expect(() => synth(stack)).toThrow(/A legacy \(emulated\) network adapter exists on Hyper-V generation 1 only/);
    });

    test('fails on an SR-IOV NIC that names a physical function', () => {
      const stack = newStack();
      const target = hypervTarget(stack);
      const net = new VirtualNetwork(stack, 'app', { target });
      new VirtualMachine(stack, 'v', { target, cpus: 1, memory: Size.gibibytes(1), image: Image.template('i'), nics: [Nic.on(net, { sriov: { physicalFunction: '0000:3b:00.0' } })] });
      expect(() => synth(stack)).toThrow(/the virtual switch chooses the SR-IOV physical function/);
    });

    test('fails on a NAT network', () => {
      const stack = newStack();
      new VirtualNetwork(stack, 'n', { target: hypervTarget(stack), connectivity: NetworkConnectivity.NAT, cidr: '10.0.0.0/24' });
      expect(() => synth(stack)).toThrow(/NAT networks cannot be rendered for hyperv[\s\S]*New-NetNat/);
    });

    test('fails on a host-only network with a subnet', () => {
      const stack = newStack();
      new VirtualNetwork(stack, 'n', { target: hypervTarget(stack), connectivity: NetworkConnectivity.HOST_ONLY, cidr: '10.0.0.0/24' });
      expect(() => synth(stack)).toThrow(/cannot give the host an address on a Hyper-V internal switch/);
    });

    test('fails on a bridged network when the target has no external switch', () => {
      const stack = newStack();
      new VirtualNetwork(stack, 'n', { target: new HypervTarget(stack, 't', { hosts: [{ name: 'hv1' }] }) });
      expect(() => synth(stack)).toThrow(/needs an external switch on a physical adapter[\s\S]*externalSwitch/);
    });

    test('fails on a VM without host when the target has several', () => {
      expect(() => synth(design({}, ['hv1', 'hv2']))).toThrow(/The target has several hosts, and the VM names none[\s\S]*"hv1", "hv2"/);
    });

    test('fails on a VM whose host is not the target\'s', () => {
      expect(() => synth(design({ host: 'hv9' }, ['hv1', 'hv2']))).toThrow(/The VM's host "hv9" is not a host of the target/);
    });
  });
});
