import { TerraformVariable } from 'cdktf';
import {
  BootDevice, Credentials, Disk, DiskBus, Drive, Firmware, GuestInit, GuestOs, HardwareVersion, Image, ImageFormat, Nic, NicAdapter, ShareLevel,
  ShieldedVm, Size, Storage, VirtualNetwork,
} from '../../src';
import { VirtualMachine } from '../../src/constructs/virtual-machine';
import { cloudInitDocuments } from '../../src/targets/cloud-init';
import { newStack, synth } from '../util';
import { designError, hvTarget, hvVm, oneVm, synthToFiles } from './hyperv-everyday-helpers';

const URL = 'https://images.example.com/hv/noble.vhdx';
/** The OS disk in a boot order. */
const OS_DISK_ENTRY = { boot_type: 'HardDiskDrive', controller_number: 0, controller_location: 0 };

describe('Hyper-V: images from a URL', () => {
  function twoHostsThreeVms(imageSources = true) {
    const stack = newStack();
    const target = hvTarget(stack, imageSources ? { imageSources: { 'ubuntu-24.04': Image.fromUrl(URL) } } : {});
    const image = imageSources ? Image.template('ubuntu-24.04') : Image.fromUrl(URL);
    hvVm(stack, target, 'a', { image });
    hvVm(stack, target, 'b', { image, osDiskSize: Size.gibibytes(60) });
    hvVm(stack, target, 'c', { image, host: 'hv2' });
    return synth(stack);
  }

  test.each([[true], [false]])('downloads the .vhdx once per host, the parent of every VM\'s OS disk there (imageSources: %s)', (viaSources) => {
    const out = twoHostsThreeVms(viaSources);
    const vhd = out.resource.hyperv_vhd;
    expect(Object.keys(vhd).filter((k) => k.startsWith('target_image_')).sort()).toEqual(['target_image_noble_hv1', 'target_image_noble_hv2']);
    expect(vhd.target_image_noble_hv1).toEqual({
      provider: 'hyperv.hv1', path: 'C:\\Hyper-V\\Images\\noble\\noble.vhdx', source: URL,
    });
    expect(vhd.target_image_noble_hv2).toMatchObject({ provider: 'hyperv.hv2', source: URL });
    expect(vhd.a_os).toEqual({
      provider: 'hyperv.hv1', path: 'C:\\Hyper-V\\a\\os.vhdx', parent_path: '${hyperv_vhd.target_image_noble_hv1.path}', vhd_type: 'Differencing',
    });
    // a larger OS disk is a resized copy of the download
    expect(vhd.b_os).toEqual({
      provider: 'hyperv.hv1', path: 'C:\\Hyper-V\\b\\os.vhdx', source: '${hyperv_vhd.target_image_noble_hv1.path}', size: 64424509440,
    });
    expect(vhd.c_os.parent_path).toBe('${hyperv_vhd.target_image_noble_hv2.path}');
  });

  test('image a-b on host c and image a on host b-c: two downloads, named as any other', () => {
    const stack = newStack();
    const target = hvTarget(stack, { hosts: [{ name: 'c' }, { name: 'b-c' }] });
    hvVm(stack, target, 'x', { host: 'c', image: Image.fromUrl('https://images.example.com/a-b.vhdx') });
    hvVm(stack, target, 'y', { host: 'b-c', image: Image.fromUrl('https://images.example.com/a.vhdx') });
    const vhd = synth(stack).resource.hyperv_vhd;
    expect(vhd['target_image_a-b_c']).toEqual({
      provider: 'hyperv.c', path: 'C:\\Hyper-V\\Images\\a-b\\a-b.vhdx', source: 'https://images.example.com/a-b.vhdx',
    });
    expect(vhd['target_image_a_b-c']).toEqual({
      provider: 'hyperv.b-c', path: 'C:\\Hyper-V\\Images\\a\\a.vhdx', source: 'https://images.example.com/a.vhdx',
    });
    expect(vhd.x_os.parent_path).toBe('${hyperv_vhd.target_image_a-b_c.path}');
    expect(vhd.y_os.parent_path).toBe('${hyperv_vhd.target_image_a_b-c.path}');
  });

  test('keeps a VHD image\'s format in the OS disk of a generation 1 VM', () => {
    const out = oneVm({ firmware: Firmware.BIOS, image: Image.fromUrl('https://images.example.com/w2k12.vhd') });
    expect(out.resource.hyperv_vhd.target_image_w2k12_hv1.path).toBe('C:\\Hyper-V\\Images\\w2k12\\w2k12.vhd');
    expect(out.resource.hyperv_vhd.web1_os.path).toBe('C:\\Hyper-V\\web1\\os.vhd');
  });

  test('an imageSources template points at another parent VHDX; an entry for another name changes nothing', () => {
    const out = oneVm({}, { imageSources: { 'ubuntu-24.04': Image.template('golden'), 'other': Image.fromUrl(URL) } });
    expect(out.resource.hyperv_vhd.web1_os.parent_path).toBe('C:\\Hyper-V\\Images\\golden.vhdx');
    expect(Object.keys(out.resource.hyperv_vhd)).toEqual(['web1_os']);
  });

  test('a blank image is a new dynamic disk of the OS disk size, without parent', () => {
    const out = oneVm({ image: Image.blank(), osDiskSize: Size.gibibytes(40), drives: [Drive.iso('ubuntu/noble-live-server-amd64.iso')] });
    expect(out.resource.hyperv_vhd.web1_os).toEqual({
      provider: 'hyperv.hv1', path: 'C:\\Hyper-V\\web1\\os.vhdx', size: 42949672960, vhd_type: 'Dynamic',
    });
  });
});

describe('Hyper-V: CD/DVD drives and boot order', () => {
  test('generation 2: drives from SCSI location 63 down, ISO files below isoDirectory, the cidata drive after the highest disk', () => {
    const out = oneVm({
      disks: [Disk.data(Size.gibibytes(10), { name: 'data', slot: 1 }), Disk.data(Size.gibibytes(10), { name: 'logs', slot: 4 })],
      drives: [Drive.iso('windows/virtio-win.iso'), Drive.empty()],
      guestInit: GuestInit.hostname('web1'),
    }, { isoDirectory: 'E:\\ISO\\' });
    expect(out.resource.hyperv_machine_instance.web1.dvd_drives).toEqual([
      { controller_number: 0, controller_location: 5, path: '${hyperv_iso_image.web1_cidata.destination_iso_file_path}' },
      { controller_number: 0, controller_location: 62 },
      { controller_number: 0, controller_location: 63, path: 'E:\\ISO\\windows\\virtio-win.iso' },
    ]);
    expect(out.resource.hyperv_machine_instance.web1.hard_disk_drives.map((d: any) => d.controller_location)).toEqual([0, 1, 4]);
  });

  test('the ISO folder is the image folder by default', () => {
    const out = oneVm({ drives: [Drive.iso('tools.iso')] }, { imageDirectory: 'D:\\Images' });
    expect(out.resource.hyperv_machine_instance.web1.dvd_drives)
      .toEqual([{ controller_number: 0, controller_location: 63, path: 'D:\\Images\\tools.iso' }]);
  });

  test('generation 1: drives from IDE 1:0, then the cidata drive; IDE disks at slot positions beside the OS disk', () => {
    const out = oneVm({
      firmware: Firmware.BIOS,
      disks: [Disk.data(Size.gibibytes(10), { name: 'ide', slot: 1, bus: DiskBus.IDE }), Disk.data(Size.gibibytes(10), { name: 'scsi', slot: 1 })],
      drives: [Drive.iso('a.iso')],
      guestInit: GuestInit.hostname('web1'),
    });
    const machine = out.resource.hyperv_machine_instance.web1;
    expect(machine.dvd_drives).toEqual([
      { controller_number: 1, controller_location: 0, path: 'C:\\Hyper-V\\Images\\a.iso' },
      { controller_number: 1, controller_location: 1, path: '${hyperv_iso_image.web1_cidata.destination_iso_file_path}' },
    ]);
    expect(machine.hard_disk_drives).toEqual([
      { controller_type: 'Ide', controller_number: 0, controller_location: 0, path: '${hyperv_vhd.web1_os.path}' },
      { controller_type: 'Ide', controller_number: 0, controller_location: 1, path: '${hyperv_vhd.web1_ide.path}' },
      { controller_type: 'Scsi', controller_number: 0, controller_location: 0, path: '${hyperv_vhd.web1_scsi.path}' },
    ]);
    expect(machine).not.toHaveProperty('vm_firmware');
  });

  test('generation 1: the cidata drive goes to 0:1 after two drives, and IDE slot 3 to 1:1 without drives', () => {
    const withDrives = oneVm({ firmware: Firmware.BIOS, drives: [Drive.iso('a.iso'), Drive.empty()], guestInit: GuestInit.hostname('web1') });
    expect(withDrives.resource.hyperv_machine_instance.web1.dvd_drives.map((d: any) => [d.controller_number, d.controller_location]))
      .toEqual([[0, 1], [1, 0], [1, 1]]);
    const slot3 = oneVm({ firmware: Firmware.BIOS, disks: [Disk.data(Size.gibibytes(1), { bus: DiskBus.IDE, slot: 3 })] });
    expect(slot3.resource.hyperv_machine_instance.web1.hard_disk_drives[1])
      .toMatchObject({ controller_type: 'Ide', controller_number: 1, controller_location: 1 });
  });

  test('generation 2 boot order: the design\'s devices first, then every other drive and NIC', () => {
    const out = oneVm((net) => ({
      nics: [Nic.on(net), Nic.on(net)], drives: [Drive.iso('a.iso'), Drive.iso('b.iso')], bootOrder: [BootDevice.NETWORK, BootDevice.CDROM],
    }));
    expect(out.resource.hyperv_machine_instance.web1.vm_firmware.boot_order).toEqual([
      { boot_type: 'NetworkAdapter', network_adapter_name: 'nic1' },
      { boot_type: 'DvdDrive', controller_number: 0, controller_location: 63 },
      OS_DISK_ENTRY,
      { boot_type: 'DvdDrive', controller_number: 0, controller_location: 62 },
      { boot_type: 'NetworkAdapter', network_adapter_name: 'nic2' },
    ]);
  });

  test('generation 2 boot order with drives and no order: the OS disk, then the drives, then the NICs', () => {
    const out = oneVm((net) => ({ nics: [Nic.on(net)], drives: [Drive.iso('a.iso')], image: Image.blank(), osDiskSize: Size.gibibytes(30) }));
    expect(out.resource.hyperv_machine_instance.web1.vm_firmware.boot_order).toEqual([
      OS_DISK_ENTRY,
      { boot_type: 'DvdDrive', controller_number: 0, controller_location: 63 },
      { boot_type: 'NetworkAdapter', network_adapter_name: 'nic1' },
    ]);
  });

  test('a VM without drives or boot order boots from its OS disk alone, as before', () => {
    const out = oneVm((net) => ({ nics: [Nic.on(net)] }));
    expect(out.resource.hyperv_machine_instance.web1.vm_firmware.boot_order).toEqual([OS_DISK_ENTRY]);
  });

  test('generation 1 accepts an order its BIOS keeps (CD, IDE disk, legacy NIC) and sets nothing', () => {
    const out = oneVm((net) => ({
      firmware: Firmware.BIOS,
      nics: [Nic.on(net, { adapter: NicAdapter.EMULATED })],
      drives: [Drive.iso('a.iso')],
      bootOrder: [BootDevice.CDROM, BootDevice.DISK, BootDevice.NETWORK],
    }));
    expect(out.resource.hyperv_machine_instance.web1).not.toHaveProperty('vm_firmware');
    const diskFirst = oneVm({ firmware: Firmware.BIOS, bootOrder: [BootDevice.DISK], guestInit: GuestInit.hostname('web1') });
    expect(diskFirst.resource.hyperv_machine_instance.web1.generation).toBe(1);
  });
});

describe('Hyper-V: storage', () => {
  const locations = { storageLocations: { fast: 'D:\\Fast\\', nas: '\\\\nas01\\vms' } };

  test('a VM on a storage keeps its folder, OS disk, cidata ISO, checkpoints and smart paging there; its disks follow unless they name one', () => {
    const out = oneVm({
      storage: Storage.named('fast'),
      disks: [
        Disk.data(Size.gibibytes(10), { name: 'data', slot: 1 }),
        Disk.data(Size.gibibytes(10), { name: 'archive', slot: 2, storage: Storage.named('nas') }),
      ],
      guestInit: GuestInit.hostname('web1'),
    }, locations);
    const machine = out.resource.hyperv_machine_instance.web1;
    expect(machine).toMatchObject({ path: 'D:\\Fast', snapshot_file_location: 'D:\\Fast', smart_paging_file_path: 'D:\\Fast' });
    expect(out.resource.hyperv_vhd.web1_os.path).toBe('D:\\Fast\\web1\\os.vhdx');
    expect(out.resource.hyperv_vhd.web1_data.path).toBe('D:\\Fast\\web1\\data.vhdx');
    expect(out.resource.hyperv_vhd.web1_archive.path).toBe('\\\\nas01\\vms\\web1\\archive.vhdx');
    expect(out.resource.hyperv_iso_image.web1_cidata.destination_iso_file_path).toBe('D:\\Fast\\web1\\cidata.iso');
  });

  test('a disk on a storage of a VM without one: only the disk moves', () => {
    const out = oneVm({ disks: [Disk.data(Size.gibibytes(10), { storage: Storage.named('fast') })] }, locations);
    expect(out.resource.hyperv_vhd.web1_data1.path).toBe('D:\\Fast\\web1\\data1.vhdx');
    expect(out.resource.hyperv_vhd.web1_os.path).toBe('C:\\Hyper-V\\web1\\os.vhdx');
    expect(out.resource.hyperv_machine_instance.web1).toMatchObject({ path: 'C:\\Hyper-V' });
    expect(out.resource.hyperv_machine_instance.web1).not.toHaveProperty('smart_paging_file_path');
  });

  test('a Terraform template marker or PowerShell code in a storage folder is refused: the provider expands the cidata ISO\'s path', () => {
    const error = designError(() => oneVm({ storage: Storage.named('odd') }, { storageLocations: { odd: 'D:\\${var.x}\\$(whoami)' } }));
    expect(error.constructPath).toBe('test/target');
    expect(error.message).toMatch(/The storageLocations\.odd holds a \$ that does not end a share name/);
    expect(error.value).toBe(JSON.stringify('D:\\${var.x}\\$(whoami)'));
  });
});

describe('Hyper-V: tags and notes', () => {
  test('notes, then one key=value line per tag in key order, then one line per disk tag by disk name', () => {
    const out = oneVm({
      notes: 'owned by payments\nsee runbook',
      tags: { team: 'payments', env: 'prod' },
      disks: [
        Disk.data(Size.gibibytes(1), { name: 'zeta', slot: 1, tags: { retention: '30d', backup: 'daily' } }),
        Disk.data(Size.gibibytes(1), { name: 'alpha', slot: 2, tags: { backup: 'weekly' } }),
      ],
    });
    expect(out.resource.hyperv_machine_instance.web1.notes)
      .toBe('owned by payments\nsee runbook\nenv=prod\nteam=payments\nalpha/backup=weekly\nzeta/backup=daily\nzeta/retention=30d');
  });

  test('tags alone, and notes alone', () => {
    expect(oneVm({ tags: { env: 'a=b c' } }).resource.hyperv_machine_instance.web1.notes).toBe('env=a=b c');
    expect(oneVm({ notes: 'just notes' }).resource.hyperv_machine_instance.web1.notes).toBe('just notes');
    expect(oneVm({}).resource.hyperv_machine_instance.web1).not.toHaveProperty('notes');
  });

  test('Terraform template markers and PowerShell code in notes and tags stay text', () => {
    const out = oneVm({ notes: '${file("/etc/passwd")} $(Remove-Item C:\\) `whoami` %{ for x in y }', tags: { env: '${var.x}' } });
    expect(out.resource.hyperv_machine_instance.web1.notes)
      .toBe('$${file("/etc/passwd")} $(Remove-Item C:\\) `whoami` %%{ for x in y }\nenv=$${var.x}');
  });
});

describe('Hyper-V: the library\'s PowerShell', () => {
  test('a shielded VM\'s security script is the same whatever its notes, tags, storage and drives say', () => {
    const scripts = (hostile: boolean) => {
      const stack = newStack();
      const target = hvTarget(stack, {
        credentials: Credentials.fromVariables(), remotePowerShell: true, storageLocations: { s: hostile ? 'D:\\x; exit (1) #y' : 'D:\\S' },
      });
      new ShieldedVm(stack, 'web1', {
        target,
        host: 'hv1',
        cpus: 2,
        memory: Size.gibibytes(4),
        image: Image.template('w2022'),
        guestOs: GuestOs.WINDOWS_SERVER_2022,
        storage: Storage.named('s'),
        drives: [Drive.iso(hostile ? 'b/x+y.iso' : 'a/x.iso')],
        notes: hostile ? '$(Remove-Item C:\\) ${x} `n; exit' : 'n',
        tags: { k: hostile ? '"; Stop-Computer; "' : 'v' },
      });
      return synth(stack).resource.terraform_data;
    };
    const benign = scripts(false);
    expect(Object.keys(benign)).toEqual(['web1_security']);
    expect(scripts(true)).toEqual(benign);
  });
});

describe('Hyper-V: Windows customization and static addresses', () => {
  test('a Windows VM gets the cidata ISO with the documents cloudInitDocuments writes for it', () => {
    let vm: VirtualMachine;
    const { out, cidata } = synthToFiles((stack) => {
      const target = hvTarget(stack);
      vm = hvVm(stack, target, 'win1', {
        guestOs: GuestOs.WINDOWS_SERVER_2022,
        guestInit: GuestInit.windows({ computerName: 'WIN-01', timeZone: 'W. Europe Standard Time', workgroup: 'LAB' }),
      });
    });
    const docs = cloudInitDocuments(vm!._node)!;
    const files = cidata('win1');
    expect(files.get('meta-data')).toBe(docs.metaData);
    expect(files.get('user-data')).toBe(docs.userData);
    expect(files.get('network-config')).toBe(docs.networkConfig);
    expect(out.resource.hyperv_iso_image.win1_cidata)
      .toMatchObject({ volume_name: 'CIDATA', destination_iso_file_path: 'C:\\Hyper-V\\win1\\cidata.iso' });
    expect(out.resource.hyperv_machine_instance.win1.vm_firmware.secure_boot_template).toBe('MicrosoftWindows');
  });

  test('static IPv4 on every NIC: the network config on the ISO is cloudInitDocuments\', the NICs keep their static MACs', () => {
    let vm: VirtualMachine;
    const { out, cidata } = synthToFiles((stack) => {
      const target = hvTarget(stack);
      const net = new VirtualNetwork(stack, 'app', { target });
      vm = hvVm(stack, target, 'web1', {
        guestInit: GuestInit.hostname('web1'),
        nics: [
          Nic.on(net, { macAddress: '00:15:5d:00:00:11', ipv4: { address: '10.0.0.11/24', gateway: '10.0.0.1' } }),
          Nic.on(net, { macAddress: '00:15:5d:00:00:12', ipv4: { address: '10.0.1.11/24' } }),
        ],
      });
    });
    expect(cidata('web1').get('network-config')).toBe(cloudInitDocuments(vm!._node)!.networkConfig);
    expect(out.resource.hyperv_machine_instance.web1.network_adaptors.map((a: any) => a.static_mac_address))
      .toEqual(['00155D000011', '00155D000012']);
  });
});

describe('Hyper-V: CPU shares and limit, hardware versions', () => {
  test.each([[ShareLevel.LOW, 50], [ShareLevel.NORMAL, 100], [ShareLevel.HIGH, 200]])('cpuShares %s is relative weight %d', (level, weight) => {
    expect(oneVm({ cpuShares: level }).resource.hyperv_machine_instance.web1.vm_processor).toEqual({ relative_weight: weight });
  });

  test('cpuLimit is the maximum percentage, beside nesting', () => {
    expect(oneVm({ cpuLimit: 40, nestedVirtualization: true }).resource.hyperv_machine_instance.web1.vm_processor)
      .toEqual({ maximum: 40, expose_virtualization_extensions: true });
  });

  test('other vendors\' hardware versions leave the output as it is without them', () => {
    const plain = oneVm({});
    const other = oneVm({ hardwareVersions: [HardwareVersion.vsphere(21), HardwareVersion.libvirt('pc-q35-8.2')] });
    expect(JSON.stringify(other)).toBe(JSON.stringify(plain));
  });
});

describe('Hyper-V: stable output', () => {
  function estate(order: string[]) {
    const stack = newStack();
    const target = hvTarget(stack, {
      imageSources: { 'ubuntu-24.04': Image.fromUrl(URL, { format: ImageFormat.VHDX }) }, storageLocations: { fast: 'D:\\Fast' },
    });
    const net = new VirtualNetwork(stack, 'app', { target });
    const specs: Record<string, Parameters<typeof hvVm>[3]> = {
      a: { tags: { env: 'prod', app: 'shop' }, drives: [Drive.iso('a.iso')], storage: Storage.named('fast'), nics: [Nic.on(net)] },
      b: { host: 'hv2', disks: [Disk.data(Size.gibibytes(5), { tags: { backup: 'daily' } })], bootOrder: [BootDevice.NETWORK], nics: [Nic.on(net)] },
      c: { firmware: Firmware.BIOS, drives: [Drive.empty()], cpuShares: ShareLevel.LOW },
    };
    for (const id of order) hvVm(stack, target, id, specs[id]);
    new TerraformVariable(stack, 'unused', { type: 'string' });
    return synth(stack);
  }

  test('the same design synthesizes to the same JSON', () => {
    expect(JSON.stringify(estate(['a', 'b', 'c']))).toBe(JSON.stringify(estate(['a', 'b', 'c'])));
  });

  test('reordering the VMs renames nothing and changes no resource', () => {
    const first = estate(['a', 'b', 'c']);
    const reordered = estate(['c', 'b', 'a']);
    for (const type of Object.keys(first.resource)) {
      expect(Object.keys(reordered.resource[type]).sort()).toEqual(Object.keys(first.resource[type]).sort());
      for (const name of Object.keys(first.resource[type])) expect(reordered.resource[type][name]).toEqual(first.resource[type][name]);
    }
  });
});
