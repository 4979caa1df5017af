import { TerraformVariable } from 'cdktf';
import {
  BootDevice, Credentials, DesignError, Disk, DiskBus, Drive, Firmware, GuestInit, GuestOs, HaCluster, HardwareVersion, Image, ImageFormat,
  Nic, NicAdapter, ShareLevel, Size, Storage, TrafficRole, VirtualMachine, VirtualMachineProps, VirtualNetwork,
} from '../../src';
import { newStack, synth } from '../util';
import { designError, hvTarget, hvVm, oneVm } from './hyperv-everyday-helpers';

/** The error of synthesizing VM web1 with the props, checked to name web1. */
function refusal(props: Parameters<typeof oneVm>[0], targetProps: Parameters<typeof oneVm>[1] = {}): DesignError {
  const error = designError(() => oneVm(props, targetProps));
  expect(error.constructPath).toBe('test/web1');
  return error;
}

describe('Hyper-V refuses images it cannot download or boot', () => {
  test.each([
    ['QCOW2', Image.fromUrl('https://images.example.com/noble.qcow2'), /VHDX \(or VHD\) disks, and the image "noble" is QCOW2/],
    ['raw', Image.fromUrl('https://images.example.com/noble.raw'), /is RAW/],
    ['an archive', Image.fromUrl('https://images.example.com/noble.vhdx.zip', { format: ImageFormat.VHDX }),
      /must name the \.vhdx or \.vhd file itself/],
    ['a query', Image.fromUrl('https://images.example.com/noble.vhdx?sig=secret', { format: ImageFormat.VHDX }), /no user, query, fragment/],
    ['a format the file is not', Image.fromUrl('https://images.example.com/noble.vhd', { format: ImageFormat.VHDX }),
      /given as VHDX, and its URL names a \.vhd file/],
  ])('%s', (_, image, message) => {
    const error = refusal({ image });
    expect(error.message).toMatch(message);
    expect(error.fix).toMatch(/imageSources|ImageFormat/);
    expect(error.message).not.toContain('pw@');
    expect(error.message).not.toContain('sig=secret');
  });

  test('a URL with a quote or credentials is refused by the image itself, before Hyper-V sees it', () => {
    expect(() => Image.fromUrl("https://images.example.com/x'+$(whoami)+'/noble.vhdx")).toThrow(/An image URL is not an http or https URL of URL characters only/);
    expect(() => Image.fromUrl('https://me:pw@images.example.com/noble.vhdx')).toThrow(/An image URL holds a user name or password/);
  });

  test('a VHD on generation 2', () => {
    const error = refusal({ image: Image.fromUrl('https://images.example.com/old.vhd') });
    expect(error.message).toMatch(/generation 2 Hyper-V VM \(UEFI firmware\) boots from a VHDX only/);
    expect(error.fix).toMatch(/\.vhdx, or use Firmware\.BIOS/);
  });

  test('two images of one name from different URLs', () => {
    const stack = newStack();
    const target = hvTarget(stack);
    hvVm(stack, target, 'a', { image: Image.fromUrl('https://one.example.com/noble.vhdx') });
    hvVm(stack, target, 'b', { image: Image.fromUrl('https://two.example.com/noble.vhdx') });
    const error = designError(() => synth(stack));
    expect(error.constructPath).toBe('test/b');
    expect(error.message).toMatch(/Two images named "noble" come from different URLs/);
  });

  test.each([
    ['an underscore in the image and in the host', 'a_b', 'c', 'a', 'b_c', 'image_a_b_c'],
    ['a dot and an underscore in the image, on one host', 'u.1', 'hv1', 'u_1', 'hv1', 'image_u_1_hv1'],
  ])('two downloads whose Terraform names read alike: %s', (_, firstImage, firstHost, secondImage, secondHost, name) => {
    const stack = newStack();
    const target = hvTarget(stack, { hosts: [...new Set([firstHost, secondHost])].map((host) => ({ name: host })) });
    hvVm(stack, target, 'first', { host: firstHost, image: Image.fromUrl(`https://images.example.com/${firstImage}.vhdx`) });
    hvVm(stack, target, 'second', { host: secondHost, image: Image.fromUrl(`https://images.example.com/${secondImage}.vhdx`) });
    const error = designError(() => synth(stack));
    expect(error.constructPath).toBe('test/second');
    expect(error.message).toContain(`The download of image "${secondImage}" on host ${secondHost} and the download of image "${firstImage}" `
      + `on host ${firstHost} would both be named ${name} (after the target's name) among the hyperv_vhd resources`);
    expect(error.value).toBe(`"${firstImage}" on ${firstHost}, "${secondImage}" on ${secondHost}`);
    expect(error.fix).toMatch(/^give one of the images a name without underscores or dots: Image\.fromUrl\(url, \{ name: "\.\.\." \}\)/);
  });

  test.each([
    ['OVF', Image.ovf('https://images.example.com/noble.ova'), /OVF and OVA images cannot be rendered for hyperv/],
    ['a content library', Image.contentLibrary('lib', 'noble'), /Content-library images cannot be rendered for hyperv/],
  ])('%s, also through imageSources', (_, image, message) => {
    expect(refusal({ image }).message).toMatch(message);
    const viaSources = refusal({}, { imageSources: { 'ubuntu-24.04': image } });
    expect(viaSources.message).toMatch(message);
    expect(viaSources.fix).toMatch(/imageSources entry/);
  });

  test.each([
    ['a name', 'golden', '"golden"'],
    ['a path', 'D:\\Images\\golden.vhdx', '"D:\\\\Images\\\\golden.vhdx"'],
    ['null', null, 'null'],
    ['undefined', undefined, 'undefined'],
    ['a plain object', { kind: 'template', name: 'golden' }, 'an object'],
    ['another class', Size.gibibytes(1), 'an instance of Size'],
    ['text with markers and a newline', '${var.x}\n%{y}', '"${var.x}\\n%{y}"'],
  ])('an imageSources entry that is not an Image: %s, when the target is made', (_, source, shown) => {
    const stack = newStack();
    const key = 'ubuntu-24.04\n${x}';
    const error = designError(() => hvTarget(stack, { imageSources: { [key]: source as unknown as Image } }));
    expect(error.constructPath).toBe('test/target');
    expect(error.message).toContain(`The imageSources entry ${JSON.stringify(key)} is not an Image.`);
    expect(error.value).toBe(shown);
    expect(error.fix).toBe(`give an Image for ${JSON.stringify(key)}: Image.fromUrl(url) of a .vhdx (or .vhd) file, `
      + 'or Image.template(name) of a parent VHDX on the hosts (or its path in images)');
  });

  test('a blank image from imageSources for a VM without an OS disk size', () => {
    expect(refusal({}, { imageSources: { 'ubuntu-24.04': Image.blank() } }).message)
      .toMatch(/make image "ubuntu-24\.04" a blank disk, which needs a size/);
  });
});

describe('Hyper-V refuses disks and drives that would share a place', () => {
  test.each([
    ['an IDE disk on the first drive\'s place', { slot: 2 }, [Drive.iso('a.iso')], false,
      /Disk "d" on IDE slot 2 \(controller 1, location 0\) would share its place with the VM's CD\/DVD drive 1/],
    ['an IDE disk on the cloud-init drive\'s place', { slot: 3 }, [Drive.iso('a.iso')], true,
      /IDE slot 3 \(controller 1, location 1\) would share its place with the VM's cloud-init drive/],
    ['an IDE slot beyond the two controllers', { slot: 4 }, [], false, /asks for IDE slot 4/],
  ])('generation 1: %s', (_, disk, drives, init, message) => {
    const error = refusal({
      firmware: Firmware.BIOS,
      drives,
      guestInit: init ? GuestInit.hostname('web1') : undefined,
      disks: [Disk.data(Size.gibibytes(1), { name: 'd', bus: DiskBus.IDE, ...disk })],
    });
    expect(error.message).toMatch(message);
    expect(error.value).toBe(`d: slot ${disk.slot}`);
    expect(error.fix).toMatch(/DiskBus\.PARAVIRTUAL/);
  });

  test('generation 1: three drives and a cloud-init drive', () => {
    const error = refusal({ firmware: Firmware.BIOS, drives: [Drive.empty(), Drive.empty(), Drive.empty()], guestInit: GuestInit.hostname('web1') });
    expect(error.message).toMatch(/three IDE places besides its OS disk/);
    expect(error.allowed).toBe('at most 2 drives with guest initialisation');
  });

  test('generation 2: an IDE disk', () => {
    expect(refusal({ disks: [Disk.data(Size.gibibytes(1), { bus: DiskBus.IDE })] }).message).toMatch(/IDE disks exist on Hyper-V generation 1 only/);
  });

  test('generation 2: a disk slot among the drives\' locations', () => {
    const error = refusal({
      drives: [Drive.empty(), Drive.empty()],
      guestInit: GuestInit.hostname('web1'),
      disks: [Disk.data(Size.gibibytes(1), { name: 'ok', slot: 60 }), Disk.data(Size.gibibytes(1), { name: 'high', slot: 61 })],
    });
    expect(error.message).toMatch(/drive\(s\) take SCSI locations 62 to 63, and its cloud-init drive the location after its highest data disk/);
    expect(error.value).toBe('high: slot 61');
    expect(error.allowed).toBe('slots 1 to 60');
  });

  test.each([
    ['the disk before the CD', [BootDevice.DISK, BootDevice.CDROM], [Drive.iso('a.iso')], NicAdapter.EMULATED,
      /boots from its CD\/DVD drives, then its IDE disk/],
    ['the network first', [BootDevice.NETWORK], [], NicAdapter.EMULATED, /value: +\["network"\]/],
    ['the network through a synthetic NIC', [BootDevice.DISK, BootDevice.NETWORK], [], NicAdapter.PARAVIRTUAL,
      /only through a legacy network adapter/],
  ])('generation 1 boot order: %s', (_, bootOrder, drives, adapter, message) => {
    const error = refusal((net) => ({ firmware: Firmware.BIOS, bootOrder, drives, nics: [Nic.on(net, { adapter })] }));
    expect(error.message).toMatch(message);
    expect(error.fix).toMatch(/Firmware\.UEFI/);
  });
});

describe('Hyper-V refuses storage it does not know and folders it cannot pass on', () => {
  test('an unknown storage name lists the known ones and the way out', () => {
    const error = refusal({ disks: [Disk.data(Size.gibibytes(1), { name: 'logs', storage: Storage.named('slow') })] },
      { storageLocations: { fast: 'D:\\Fast', bulk: 'E:\\Bulk' } });
    expect(error.message).toMatch(/Disk "logs" is kept on storage "slow", which the Hyper-V target does not know/);
    expect(error.allowed).toBe('"bulk", "fast"');
    expect(error.fix).toContain('storageLocations: { "slow": "D:\\\\Hyper-V" }');
  });

  test('a target without storage locations, and a name like a property of every object', () => {
    expect(refusal({ storage: Storage.named('toString') }).allowed).toBe('none: the target has no storageLocations');
  });

  test.each([
    ['traversal', 'D:\\VMs\\..\\Windows'],
    ['a dot part', 'D:\\VMs\\.\\x'],
    ['a relative folder', 'VMs'],
    ['a drive-relative folder', 'D:VMs'],
    ['a quote', "D:\\Bob's"],
    ['a typographic quote', 'D:\\Bob\u2019s'],
    ['a forward slash', 'D:\\a/b'],
    ['a line break', 'D:\\a\nb'],
    ['a UNC server without share', '\\\\server'],
    ['a trailing dot', 'D:\\VMs.'],
    ['what cmd.exe runs', 'D:\\a&calc'],
    ['a Terraform directive', 'D:\\%{ if 1 }'],
  ])('storageLocations with %s', (_, folder) => {
    const stack = newStack();
    const error = designError(() => hvTarget(stack, { storageLocations: { fast: folder } }));
    expect(error.constructPath).toBe('test/target');
    expect(error.message).toMatch(/The storageLocations\.fast is not a folder the library can give the hyperv provider/);
    expect(error.value).toBe(JSON.stringify(folder));
  });

  test('isoDirectory with traversal, and a token for a folder', () => {
    expect(designError(() => hvTarget(newStack(), { isoDirectory: 'E:\\ISO\\..\\..' })).message).toMatch(/The isoDirectory is not a folder/);
    const stack = newStack();
    const dir = new TerraformVariable(stack, 'dir', { type: 'string' }).stringValue;
    const error = designError(() => hvTarget(stack, { storageLocations: { fast: dir } }));
    expect(error.message).toMatch(/storageLocations\.fast must be known at synth/);
    expect(error.value).toBe('${var.dir}');
  });

  test('a clustered VM on storage outside the failover cluster\'s shared volume', () => {
    const stack = newStack();
    const target = hvTarget(stack, {
      credentials: Credentials.fromVariables(),
      remotePowerShell: true,
      failoverCluster: { name: 'HVC', sharedVolumePath: 'C:\\ClusterStorage\\Volume1' },
      vmDirectory: 'C:\\ClusterStorage\\Volume1\\VMs',
      storageLocations: { csv: 'C:\\ClusterStorage\\Volume1\\Fast', local: 'D:\\Local' },
    });
    const cluster = new HaCluster(stack, 'prod', { target, hosts: ['hv1', 'hv2'], hostCapacity: { cpuCores: 16, memory: Size.gibibytes(64) } });
    clusteredVm(cluster, 'ok', { storage: Storage.named('csv') });
    clusteredVm(cluster, 'bad', { storage: Storage.named('local') });
    const error = designError(() => synth(stack));
    expect(error.constructPath).toBe('test/bad');
    expect(error.message).toMatch(/The VM of a clustered VM must be kept on the failover cluster's shared volume, and its storage is D:\\Local/);
  });
});

/** A small VM of a cluster, beside the cluster. */
function clusteredVm(cluster: HaCluster, id: string, props: Partial<VirtualMachineProps> = {}): VirtualMachine {
  return new VirtualMachine(cluster.node.scope!, id, {
    cluster, cpus: 2, memory: Size.gibibytes(4), image: Image.template('ubuntu-24.04'), guestOs: GuestOs.UBUNTU_24_04, ...props,
  } as VirtualMachineProps);
}

describe('Hyper-V refuses notes and tags with quotes, which its provider would run', () => {
  test.each([
    ['notes', { notes: "it's mine" }, /The notes holds a quote \('\)/],
    ['a tag', { tags: { owner: "x'; Remove-Item C:\\ -Recurse; '" } }, /The tag "owner" holds a quote/],
    ['a typographic quote', { notes: 'it\u2019s mine' }, /holds a quote \(\u2019\)/],
    ['a disk tag', { disks: [Disk.data(Size.gibibytes(1), { name: 'd', tags: { k: "a'b" } })] }, /The tag "k" of disk "d" holds a quote/],
  ])('%s', (_, props, message) => {
    const error = refusal(props);
    expect(error.message).toMatch(message);
    expect(error.fix).toMatch(/leave the quotes/);
  });
});

describe('Hyper-V refuses what its synth-built ISO cannot hold', () => {
  const windows = (stack: ReturnType<typeof newStack>, init: Parameters<typeof GuestInit.windows>[0]) => {
    const target = hvTarget(stack);
    hvVm(stack, target, 'web1', { guestOs: GuestOs.WINDOWS_SERVER_2022, guestInit: GuestInit.windows(init) });
  };

  test('an Administrator password (a sensitive variable), without showing it', () => {
    const stack = newStack();
    windows(stack, { adminPassword: new TerraformVariable(stack, 'admin', { type: 'string', sensitive: true }).stringValue });
    const error = designError(() => synth(stack));
    expect(error.constructPath).toBe('test/web1');
    expect(error.message).toMatch(/Passwords given to the guest at first boot cannot be rendered for hyperv .*: the `cidata` ISO is built at synth/);
    expect(error.fix).toMatch(/leave the passwords out for Hyper-V .* or render the VM on vSphere or libvirt/);
    expect(error.message).not.toMatch(/var\.admin|TfToken/);
  });

  test('a domain join', () => {
    const stack = newStack();
    const password = new TerraformVariable(stack, 'join', { type: 'string', sensitive: true }).stringValue;
    windows(stack, { domainJoin: { domain: 'corp.example.com', user: "svc'join", password, organizationalUnit: 'OU=${x},DC=corp' } });
    const error = designError(() => synth(stack));
    expect(error.message).toMatch(/Joining a Windows guest to a domain cannot be rendered for hyperv/);
    expect(error.fix).toMatch(/Group Policy|vSphere or libvirt/);
  });

  test('tokens in user data and in a NIC\'s static address, as before', () => {
    const stack = newStack();
    const target = hvTarget(stack);
    hvVm(stack, target, 'web1', { guestInit: GuestInit.cloudInit({ userData: new TerraformVariable(stack, 'ud', { type: 'string' }).stringValue }) });
    expect(designError(() => synth(stack)).message).toMatch(/guestInit\.userData must be known at synth/);
    const stack2 = newStack();
    const target2 = hvTarget(stack2);
    const net = new VirtualNetwork(stack2, 'app', { target: target2 });
    const gateway = new TerraformVariable(stack2, 'gw', { type: 'string' }).stringValue;
    const error = designError(() => {
      hvVm(stack2, target2, 'web1', { guestInit: GuestInit.hostname('web1'), nics: [Nic.on(net, { ipv4: { address: '10.0.0.5/24', gateway } })] });
      synth(stack2);
    });
    expect(error.constructPath).toBe('test/web1');
    expect(error.message).toMatch(/gateway/);
  });

  test('hostile ISO file names and time zones are refused before they reach a path or the ISO', () => {
    expect(designError(() => oneVm({ drives: [Drive.iso('..\\..\\Windows\\x.iso')] })).message)
      .toMatch(/not a relative path below the target's ISO folder/);
    expect(designError(() => oneVm({ drives: [Drive.iso("a'.iso")] })).message).toMatch(/not a relative path/);
    expect(designError(() => oneVm({ guestOs: GuestOs.WINDOWS_SERVER_2022, guestInit: GuestInit.windows({ timeZone: "UTC'; whoami" }) })).message)
      .toMatch(/not a Windows time zone name/);
  });
});

describe('Hyper-V refuses the settings its provider lacks', () => {
  test.each([
    ['a Hyper-V hardware version', { hardwareVersions: [HardwareVersion.hyperv('10.0'), HardwareVersion.vsphere(21)] },
      /A pinned hardware version or machine type cannot be rendered for hyperv/, /leave the Hyper-V hardware version out/],
    ['memory shares', { memoryShares: ShareLevel.HIGH }, /Memory shares cannot be rendered for hyperv/, /leave memoryShares out/],
    ['a memory limit', { memoryLimit: Size.gibibytes(2) }, /Memory limits cannot be rendered for hyperv/, /dynamicMemory with a maximum/],
    ['SATA disks', { disks: [Disk.data(Size.gibibytes(1), { bus: DiskBus.SATA })] },
      /SATA disks cannot be rendered for hyperv/, /DiskBus\.PARAVIRTUAL/],
    ['NVMe disks', { disks: [Disk.data(Size.gibibytes(1), { bus: DiskBus.NVME })] },
      /NVMe disks cannot be rendered for hyperv/, /DiskBus\.PARAVIRTUAL/],
  ])('%s', (_, props, message, fix) => {
    const error = refusal(props as Partial<VirtualMachineProps>);
    expect(error.message).toMatch(message);
    expect(error.fix).toMatch(fix);
  });

  test('hosts\' migration addresses', () => {
    const stack = newStack();
    const target = hvTarget(stack, { credentials: Credentials.fromVariables(), remotePowerShell: true });
    const net = new VirtualNetwork(stack, 'migration', { target, role: TrafficRole.LIVE_MIGRATION, vlanId: 20 });
    const cluster = new HaCluster(stack, 'prod', {
      target,
      hosts: ['hv1', 'hv2'],
      hostCapacity: { cpuCores: 16, memory: Size.gibibytes(64) },
      acknowledgeNoHostFailover: true,
      migration: { network: net, subnet: '10.0.20.0/24', hostAddresses: { hv1: '10.0.20.11/24', hv2: '10.0.20.12/24' } },
    });
    clusteredVm(cluster, 'v');
    const error = designError(() => synth(stack));
    expect(error.constructPath).toBe('test/prod');
    expect(error.message).toMatch(/Static host addresses on the migration network cannot be rendered for hyperv/);
    expect(error.fix).toMatch(/configure the hosts' adapters outside Terraform/);
  });
});
