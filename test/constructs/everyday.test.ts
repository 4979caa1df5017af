import { TerraformStack, TerraformVariable } from 'cdktf';
import {
  BootDevice, Disk, DiskBus, Drive, Feature, GuestInit, GuestOs, HaCluster, HardwareVersion, Image, ImageFormat, ImageKind, Nic, ShareLevel,
  Size, Storage, StorageKind, TrafficRole, VirtualMachine, VirtualMachineProps, VirtualNetwork, Vendor,
} from '../../src';
import { featuresOfVm } from '../../src/model/design';
import { libvirtTarget, newStack } from '../util';

/*
 * The everyday settings of a VM as the design checks them, before any target renders them: what
 * the constructs accept, what they refuse (naming the construct, the value and what is allowed),
 * and the features each setting makes a target check.
 */

const image = Image.template('ubuntu-24.04', { size: Size.gibibytes(10) });

function kit(): { stack: TerraformStack; net: VirtualNetwork; vm(extra?: Partial<VirtualMachineProps>, id?: string): VirtualMachine } {
  const stack = newStack();
  const target = libvirtTarget(stack);
  const net = new VirtualNetwork(stack, 'net', { target });
  return {
    stack,
    net,
    vm: (extra = {}, id = 'vm1') => new VirtualMachine(stack, id, { target, cpus: 2, memory: Size.gibibytes(2), image, ...extra }),
  };
}

const secret = (stack: TerraformStack, name: string) => new TerraformVariable(stack, name, { type: 'string', sensitive: true }).stringValue;

describe('images', () => {
  test('a URL image takes its name and format from the URL, or from the options', () => {
    const qcow = Image.fromUrl('https://cloud-images.ubuntu.com/noble/current/noble-server-cloudimg-amd64.img');
    expect([qcow.kind, qcow.name, qcow.format, qcow.url]).toEqual([
      ImageKind.URL, 'noble-server-cloudimg-amd64', ImageFormat.QCOW2, 'https://cloud-images.ubuntu.com/noble/current/noble-server-cloudimg-amd64.img',
    ]);
    expect(Image.fromUrl('https://images.example.com/ubuntu-24.04.vhdx').name).toBe('ubuntu-24.04');
    expect(Image.fromUrl('https://images.example.com/ubuntu-24.04.1.vhdx.zip', { format: ImageFormat.VHDX }).name).toBe('ubuntu-24.04.1');
    expect(Image.ovf('https://images.example.com/appliance-2.1.OVA').name).toBe('appliance-2.1');
    const vhdx = Image.fromUrl('https://images.example.com/win/ws2022.VHDX?sig=abc#x', { name: 'ws2022' });
    expect([vhdx.name, vhdx.format]).toEqual(['ws2022', ImageFormat.VHDX]);
    expect(Image.fromUrl('https://images.example.com/download', { format: ImageFormat.RAW, name: 'raw1' }).format).toBe(ImageFormat.RAW);
  });

  test.each([
    ['file:///etc/passwd'],
    ['ftp://images.example.com/a.qcow2'],
    ['https://images.example.com/a b.qcow2'],
    ['https://images.example.com/a.qcow2\n'],
    ['https://'],
    ['javascript:alert(1)'],
    ['${file("/etc/passwd")}'],
    ['https://images.example.com/${var.x}/a.qcow2'],
    ['https://images.example.com/a\u0000.qcow2'],
    ['https://images.example.com/\u202ewoc2q.a'],
    ['https://images.example.com/a".qcow2'],
    ["https://images.example.com/it's.qcow2"],
  ])('a URL image refuses %j', (url) => {
    expect(() => Image.fromUrl(url, { format: ImageFormat.QCOW2, name: 'x' })).toThrow(/An image URL is not an http or https URL of URL characters only/);
  });

  test('an image URL with a user name or password is refused without repeating them', () => {
    let error: any;
    try {
      Image.fromUrl('https://deploy:s3cret-token@images.example.com/a.qcow2');
    } catch (e) {
      error = e;
    }
    expect(error?.message).toMatch(/An image URL holds a user name or password, which would be written into the configuration[\s\S]*https:\/\/\*\*\*@images/);
    expect(error?.message).not.toContain('s3cret');
    expect(() => Image.ovf('https://u:p@images.example.com/a.ova')).toThrow(/holds a user name or password/);
  });

  test('an image URL of an unknown format says how to give it', () => {
    expect(() => Image.fromUrl('https://images.example.com/latest')).toThrow(/The format of the image at the URL is not known[\s\S]*fix: +give the format/);
  });

  test('a name from a URL that is not portable fails on the VM that uses it', () => {
    const k = kit();
    expect(() => k.vm({ image: Image.fromUrl('https://images.example.com/a%24%7Bx%7D.qcow2') }))
      .toThrow(/\[test\/vm1\] "a\$\{x\}" cannot be a image name on every vendor/);
  });

  test('an OVF, a content-library item and a blank disk each are a feature of their own', () => {
    const k = kit();
    const ovf = k.vm({ image: Image.ovf('https://images.example.com/appliance.ova') }, 'a');
    const library = k.vm({ image: Image.contentLibrary('images', 'ubuntu-24.04') }, 'b');
    const blank = k.vm({ image: Image.blank(), osDiskSize: Size.gibibytes(40) }, 'c');
    expect(ovf.features).toContain(Feature.IMAGE_OVF);
    expect(ovf._node.image.name).toBe('appliance');
    expect(library.features).toContain(Feature.IMAGE_CONTENT_LIBRARY);
    expect(blank.features).toContain(Feature.BLANK_OS_DISK);
    for (const feature of [Feature.IMAGE_URL, Feature.IMAGE_OVF, Feature.IMAGE_CONTENT_LIBRARY, Feature.BLANK_OS_DISK]) {
      expect(k.vm({}, `t-${feature.replace(/\./g, '-')}`).features).not.toContain(feature);
    }
  });

  test('a target\'s image for a name replaces the design\'s in the features it checks', () => {
    const k = kit();
    const machine = k.vm();
    expect(featuresOfVm(machine._node, { image: Image.fromUrl('https://x.example.com/u.qcow2') })).toContain(Feature.IMAGE_URL);
    expect(featuresOfVm(machine._node)).not.toContain(Feature.IMAGE_URL);
  });

  test('a blank OS disk needs a size', () => {
    expect(() => kit().vm({ image: Image.blank() })).toThrow(/\[test\/vm1\] A blank OS disk needs a size[\s\S]*osDiskSize/);
  });
});

describe('drives and boot order', () => {
  test('drives stay in the design\'s order and boot devices are checked against what the VM has', () => {
    const k = kit();
    const machine = k.vm({
      drives: [Drive.iso('ubuntu/ubuntu-24.04-live-server-amd64.iso'), Drive.empty()],
      bootOrder: [BootDevice.CDROM, BootDevice.DISK, BootDevice.NETWORK],
      nics: [Nic.on(k.net)],
    });
    expect(machine._node.drives.map((d) => d.file)).toEqual(['ubuntu/ubuntu-24.04-live-server-amd64.iso', undefined]);
    expect(machine._node.bootOrder).toEqual(['cdrom', 'disk', 'network']);
    expect(machine.features).toEqual(expect.arrayContaining([Feature.CD_DRIVES, Feature.BOOT_ORDER]));
  });

  test.each([
    ['../etc/shadow.iso'],
    ['/abs/path.iso'],
    ['a/../../b.iso'],
    ['C:\\ISO\\x.iso'],
    ['x.iso;rm -rf /'],
    ['$(whoami).iso'],
    ['${var.x}.iso'],
    ["it's.iso"],
    ['a\nb.iso'],
    [''],
  ])('an ISO file %j that is not a plain relative path is refused', (file) => {
    expect(() => kit().vm({ drives: [Drive.iso(file)] })).toThrow(/\[test\/vm1\] The ISO file is not a relative path below the target's ISO folder/);
  });

  test('an ISO file that is a token is refused: it names a file on the hosts at synth', () => {
    const k = kit();
    expect(() => k.vm({ drives: [Drive.iso(secret(k.stack, 'iso'))] }))
      .toThrow(/\[test\/vm1\] The ISO file must be known at synth: it names a file on the hosts[\s\S]*value: +\$\{var.iso\}[\s\S]*fix: +give Drive.iso a literal file name/);
    expect(() => k.vm({ storage: Storage.named(secret(k.stack, 'ds')) }, 'b')).toThrow(/The storage name must be known at synth[\s\S]*give the storage name as a literal value/);
    expect(() => k.vm({ tags: { env: secret(k.stack, 'env') } }, 'c')).toThrow(/The value of tag "env" must be known at synth/);
  });

  test('at most four drives', () => {
    expect(() => kit().vm({ drives: [1, 2, 3, 4, 5].map(() => Drive.empty()) })).toThrow(/The VM has 5 CD\/DVD drives[\s\S]*at most 4/);
  });

  test('a boot order names each device once, and only devices the VM has', () => {
    const k = kit();
    expect(() => k.vm({ bootOrder: [BootDevice.DISK, BootDevice.DISK] }, 'a')).toThrow(/The boot order names disk twice/);
    expect(() => k.vm({ bootOrder: [BootDevice.CDROM] }, 'b')).toThrow(/boots from a CD\/DVD drive it does not have[\s\S]*Drive.iso/);
    expect(() => k.vm({ bootOrder: [BootDevice.NETWORK] }, 'c')).toThrow(/boots from the network but has no NIC/);
    expect(() => k.vm({ bootOrder: ['floppy' as BootDevice] }, 'd')).toThrow(/The boot order names an unknown device[\s\S]*disk, cdrom, network/);
  });
});

describe('disks: buses, storage, policies and tags', () => {
  test('slots are counted per bus; disks sort by bus, then slot', () => {
    const machine = kit().vm({
      disks: [
        Disk.data(Size.gibibytes(1), { name: 'sata1', slot: 1, bus: DiskBus.SATA }),
        Disk.data(Size.gibibytes(1), { name: 'pv1', slot: 1 }),
        Disk.data(Size.gibibytes(1), { name: 'nvme2', slot: 2, bus: DiskBus.NVME }),
        Disk.data(Size.gibibytes(1), { name: 'pv2', slot: 2 }),
      ],
    });
    expect(machine._node.disks.map((d) => d.name)).toEqual(['pv1', 'pv2', 'sata1', 'nvme2']);
    expect(machine.features).toEqual(expect.arrayContaining([Feature.SATA_DISKS, Feature.NVME_DISKS]));
    expect(machine.features).not.toContain(Feature.IDE_DISKS);
  });

  test('two disks of one bus cannot share a slot', () => {
    expect(() => kit().vm({
      disks: [Disk.data(Size.gibibytes(1), { name: 'a', slot: 1, bus: DiskBus.SATA }), Disk.data(Size.gibibytes(1), { name: 'b', slot: 1, bus: DiskBus.SATA })],
    })).toThrow(/Disks "a" and "b" of the VM both ask for slot 1 of the sata bus/);
  });

  test('storage, storage policies and disk tags are features of their own', () => {
    const k = kit();
    const machine = k.vm({
      storage: Storage.cluster('sdrs'),
      storagePolicy: 'gold',
      disks: [Disk.data(Size.gibibytes(1), { storage: Storage.named('fast'), storagePolicy: 'silver', tags: { backup: 'daily' } })],
    });
    expect(machine.features).toEqual(expect.arrayContaining([
      Feature.STORAGE_CLUSTER, Feature.STORAGE_PLACEMENT, Feature.STORAGE_POLICY, Feature.DISK_TAGS,
    ]));
    expect(machine._node.storage).toEqual({ kind: StorageKind.CLUSTER, name: 'sdrs' });
  });

  test.each([
    ['storage name', { storage: Storage.named('') }],
    ['storage name', { storage: Storage.named('a\u0000b') }],
    ['storage policy name', { storagePolicy: 'x'.repeat(81) }],
    ['resource pool name', { resourcePool: '  ' }],
  ])('an empty, long or control-character %s is refused', (what, props) => {
    expect(() => kit().vm(props)).toThrow(new RegExp(`The ${what} is empty, too long or holds control characters`));
  });

  test('tags are sorted by key; keys are portable names and values are text', () => {
    const machine = kit().vm({ tags: { tier: 'web', env: 'prod ${x} %{y} "<&>"' } });
    expect(Object.keys(machine._node.tags)).toEqual(['env', 'tier']);
    expect(machine._node.tags.env).toBe('prod ${x} %{y} "<&>"');
    for (const key of ['1env', 'a b', '${x}', 'a<b', '', 'k'.repeat(64)]) {
      expect(() => kit().vm({ tags: { [key]: 'v' } })).toThrow(/The tag key .* is not portable/);
    }
    expect(() => kit().vm({ tags: { env: 'a\nb' } })).toThrow(/The value of tag "env" is empty, too long or holds control characters/);
    expect(() => kit().vm({ disks: [Disk.data(Size.gibibytes(1), { tags: { 'a b': 'x' } })] })).toThrow(/The tag of disk "data1" key "a b" is not portable/);
  });

  test('the caller\'s tag object can change after the disk is made without changing the disk', () => {
    const tags: { [key: string]: string } = { backup: 'daily' };
    const disk = Disk.data(Size.gibibytes(1), { tags });
    tags.backup = 'never';
    expect(kit().vm({ disks: [disk] })._node.disks[0].disk.tags).toEqual({ backup: 'daily' });
  });
});

describe('folder, notes, hardware versions, shares and limits', () => {
  test('a folder is a path of names', () => {
    const k = kit();
    expect(k.vm({ folder: 'estate/linux web' }, 'a')._node.folder).toBe('estate/linux web');
    for (const folder of ['/estate', 'estate/', 'a//b', 'a\\b', 'a%2fb', 'a/\u0007']) {
      expect(() => kit().vm({ folder })).toThrow(/The folder is not a path of folder names/);
    }
  });

  test('notes take tabs and line feeds, not other control characters', () => {
    expect(kit().vm({ notes: 'line 1\n\tline 2 ${x}' })._node.notes).toBe('line 1\n\tline 2 ${x}');
    expect(() => kit().vm({ notes: 'a\u001bb' })).toThrow(/The notes are too long or hold control characters/);
    expect(() => kit().vm({ notes: 'n'.repeat(4001) })).toThrow(/The notes are too long/);
  });

  test('a hardware version counts as a feature only on its own vendor', () => {
    const machine = kit().vm({ hardwareVersions: [HardwareVersion.vsphere(21)] });
    expect(featuresOfVm(machine._node, { vendor: Vendor.VSPHERE })).toContain(Feature.HARDWARE_VERSION);
    expect(featuresOfVm(machine._node, { vendor: Vendor.LIBVIRT })).not.toContain(Feature.HARDWARE_VERSION);
  });

  test('hardware versions are one per vendor, each in its vendor\'s form', () => {
    const k = kit();
    expect(() => k.vm({ hardwareVersions: [HardwareVersion.vsphere(21), HardwareVersion.vsphere(20)] }, 'a')).toThrow(/two hardware versions for vsphere/);
    expect(() => k.vm({ hardwareVersions: [HardwareVersion.vsphere(3)] }, 'b')).toThrow(/The vsphere hardware version is not in its vendor's form/);
    expect(() => k.vm({ hardwareVersions: [HardwareVersion.vsphere(21.5)] }, 'c')).toThrow(/vsphere hardware version/);
    expect(() => k.vm({ hardwareVersions: [HardwareVersion.hyperv('ten')] }, 'd')).toThrow(/The hyperv hardware version/);
    expect(() => k.vm({ hardwareVersions: [HardwareVersion.libvirt('pc-q35-8.2"/><x')] }, 'e')).toThrow(/The libvirt hardware version[\s\S]*pc-q35-8.2/);
  });

  test('shares are levels and the CPU limit is a percentage; the memory limit is not below the reservation', () => {
    const k = kit();
    const machine = k.vm({ cpuShares: ShareLevel.HIGH, memoryShares: ShareLevel.LOW, cpuLimit: 50, memoryLimit: Size.gibibytes(2) }, 'a');
    expect(machine.features).toEqual(expect.arrayContaining([Feature.CPU_SHARES, Feature.MEMORY_SHARES, Feature.CPU_LIMIT, Feature.MEMORY_LIMIT]));
    expect(() => k.vm({ cpuLimit: 0 }, 'b')).toThrow(/The CPU limit \(percent of the VM's vCPUs\) is out of range[\s\S]*1 to 100/);
    expect(() => k.vm({ cpuLimit: 101 }, 'c')).toThrow(/out of range/);
    expect(() => k.vm({ cpuShares: 'max' as ShareLevel }, 'd')).toThrow(/The CPU share level is unknown/);
    expect(() => k.vm({ memoryLimit: Size.gibibytes(1), memoryReservation: Size.gibibytes(2) }, 'e')).toThrow(/The memory limit is below the memory reservation/);
    expect(() => k.vm({ memoryLimit: Size.kibibytes(1536) }, 'f')).toThrow(/The memory limit must be a whole number of MiB/);
  });
});

describe('static addresses on every NIC', () => {
  test('a NIC keeps its address; the VM needs guest initialisation to set it', () => {
    const k = kit();
    const machine = k.vm({
      guestInit: GuestInit.hostname('vm1'),
      nics: [Nic.on(k.net), Nic.on(k.net, { ipv4: { address: '10.0.1.5/24', dnsServers: ['10.0.1.2'], domain: 'corp.example' } })],
    }, 'a');
    expect(machine._node.nics.map((n) => n.ipv4?.address)).toEqual([undefined, '10.0.1.5/24']);
    expect(machine.features).toContain(Feature.STATIC_IP_PER_NIC);
    expect(() => k.vm({ nics: [Nic.on(k.net, { ipv4: { address: '10.0.1.5/24' } })] }, 'b'))
      .toThrow(/\[test\/b\] A NIC has a static IPv4 address, but the VM has no guest initialisation to set it/);
  });

  test('the first NIC takes its address from one place; cloud-init takes one network config', () => {
    const k = kit();
    expect(() => k.vm({
      guestInit: GuestInit.hostname('a', { ipv4: { address: '10.0.0.5/24' } }),
      nics: [Nic.on(k.net, { ipv4: { address: '10.0.0.6/24' } })],
    }, 'a')).toThrow(/first NIC has a static IPv4 address from both the NIC and the guest initialisation/);
    expect(() => k.vm({
      guestInit: GuestInit.cloudInit({ userData: '#cloud-config\n{}', networkConfig: 'version: 2' }),
      nics: [Nic.on(k.net), Nic.on(k.net, { ipv4: { address: '10.0.0.6/24' } })],
    }, 'b')).toThrow(/cloud-init takes one network config/);
  });

  test.each([
    [{ address: '10.0.0.5' }, /address is not an IPv4 address with prefix length/],
    [{ address: '10.0.0.5/24', gateway: '10.0.0.256' }, /gateway is not an IPv4 address/],
    [{ address: '10.0.0.5/24', dnsServers: ['8.8.8.8; rm -rf /'] }, /A DNS server of .* is not an IPv4 address/],
    [{ address: '10.0.0.5/24', domain: 'corp.example ${x}' }, /domain of .* is not a DNS name/],
  ])('a NIC address %j is checked', (ipv4, message) => {
    const k = kit();
    expect(() => k.vm({ guestInit: GuestInit.hostname('a'), nics: [Nic.on(k.net, { ipv4 })] })).toThrow(message);
  });
});

test('a NIC address that is a token is refused as one: the library writes it at synth', () => {
  const k = kit();
  expect(() => k.vm({ guestInit: GuestInit.hostname('a'), nics: [Nic.on(k.net, { ipv4: { address: '10.0.0.5/24', gateway: secret(k.stack, 'gw') } })] }))
    .toThrow(/The NIC's static IPv4 gateway must be known at synth[\s\S]*value: +\$\{var.gw\}/);
});

test('each gateway is on its NIC\'s subnet, and a VM has one', () => {
  const k = kit();
  const init = GuestInit.hostname('a');
  expect(() => k.vm({ guestInit: init, nics: [Nic.on(k.net, { ipv4: { address: '10.0.0.5/24', gateway: '10.0.1.1' } })] }, 'a'))
    .toThrow(/The gateway of NIC 1 \(nics\[0\]\) is not on the NIC's subnet[\s\S]*another address in 10.0.0.5\/24/);
  expect(() => k.vm({ nics: [Nic.on(k.net)], guestInit: GuestInit.hostname('b', { ipv4: { address: '10.0.0.5/24', gateway: '10.0.0.5' } }) }, 'b'))
    .toThrow(/The gateway of NIC 1 \(nics\[0\]\) is the NIC's own address/);
  expect(() => k.vm({
    guestInit: init,
    nics: [
      Nic.on(k.net, { ipv4: { address: '10.0.0.5/24', gateway: '10.0.0.1' } }),
      Nic.on(k.net, { ipv4: { address: '10.0.1.5/24', gateway: '10.0.1.1' } }),
    ],
  }, 'c')).toThrow(/More than one NIC has a gateway; a VM has one default gateway[\s\S]*nics\[0\]: 10.0.0.1, nics\[1\]: 10.0.1.1/);
  expect(k.vm({
    guestInit: init,
    nics: [Nic.on(k.net, { ipv4: { address: '10.0.0.5/16', gateway: '10.0.200.1' } }), Nic.on(k.net, { ipv4: { address: '10.1.1.5/24' } })],
  }, 'd')._node.nics.map((n) => n.ipv4?.gateway)).toEqual(['10.0.200.1', undefined]);
});

describe('Windows customization', () => {
  const windows = { guestOs: GuestOs.WINDOWS_SERVER_2022 };

  test('passwords are tokens, never literals, and no message repeats them', () => {
    const k = kit();
    const machine = k.vm({
      ...windows,
      guestInit: GuestInit.windows({
        computerName: 'WIN-01',
        adminPassword: secret(k.stack, 'admin'),
        timeZone: 'W. Europe Standard Time',
        domainJoin: { domain: 'corp.example.com', user: 'svc-join', password: secret(k.stack, 'join'), organizationalUnit: 'OU=Servers,DC=corp' },
      }),
    }, 'a');
    expect(machine.features).toEqual(expect.arrayContaining([Feature.WINDOWS_CUSTOMIZATION, Feature.DOMAIN_JOIN, Feature.GUEST_SECRETS]));
    let error: Error | undefined;
    try {
      k.vm({ ...windows, guestInit: GuestInit.windows({ adminPassword: 'Hunter2!Secret' }) }, 'b');
    } catch (e) {
      error = e as Error;
    }
    expect(error?.message).toMatch(/The Administrator password is a literal; it would be written into the synthesized output[\s\S]*sensitive: true/);
    expect(error?.message).not.toContain('Hunter2');
    expect(() => k.vm({
      ...windows, guestInit: GuestInit.windows({ domainJoin: { domain: 'corp.example.com', user: 'u', password: 'P@ssw0rd-literal' } }),
    }, 'c')).toThrow(/The domain join password is a literal/);
    let mixed: Error | undefined;
    try {
      k.vm({ ...windows, guestInit: GuestInit.windows({ adminPassword: `Hunter2-prefix-${secret(k.stack, 'tail')}` }) }, 'd');
    } catch (e) {
      mixed = e as Error;
    }
    expect(mixed?.message).toMatch(/The Administrator password holds text beside a token; the text would be written into the synthesized output/);
    expect(mixed?.message).not.toContain('Hunter2');
  });

  test('a computer name is a NetBIOS name; the VM\'s name must be one when none is given', () => {
    const k = kit();
    expect(() => k.vm({ ...windows, guestInit: GuestInit.windows({ computerName: 'a-name-of-sixteen' }) }, 'a')).toThrow(/The computer name is not a NetBIOS name/);
    expect(() => k.vm({ ...windows, guestInit: GuestInit.windows({ computerName: '12345' }) }, 'b')).toThrow(/not only digits/);
    expect(() => k.vm({ ...windows, guestInit: GuestInit.windows() }, 'a-very-long-vm-name')).toThrow(/NetBIOS[\s\S]*give computerName/);
    expect(k.vm({ ...windows, guestInit: GuestInit.windows() }, 'win2')._node.guestInit?.windowsOptions).toEqual({ domainJoin: undefined });
  });

  test('any host name of a Windows guest is a NetBIOS name: it is the computer name', () => {
    const k = kit();
    expect(() => k.vm({ ...windows, guestInit: GuestInit.hostname('a-host-name-of-sixteen') }, 'a'))
      .toThrow(/The host name of a Windows guest is its computer name, and this one is not a NetBIOS name/);
    expect(() => k.vm({ ...windows, guestInit: GuestInit.cloudInit({ userData: '#cloud-config\n{}' }) }, 'a-very-long-windows-vm'))
      .toThrow(/not a NetBIOS name[\s\S]*give the guest initialisation a host name/);
    expect(k.vm({ ...windows, guestInit: GuestInit.hostname('WIN-01') }, 'b')._node.guestInit?.guestHostname).toBe('WIN-01');
    expect(k.vm({ guestInit: GuestInit.hostname('a-linux-host-name-longer-than-fifteen') }, 'c')._node.guestInit?.guestHostname)
      .toBe('a-linux-host-name-longer-than-fifteen');
  });

  test('a Windows customization is for Windows guests', () => {
    expect(() => kit().vm({ guestOs: GuestOs.UBUNTU_24_04, guestInit: GuestInit.windows() })).toThrow(/Windows customization is for Windows guests; the VM's guest OS is Ubuntu 24.04 LTS/);
  });

  test.each([
    [{ timeZone: 'Europe/Berlin' }, /The time zone is not a Windows time zone name/],
    [{ timeZone: "UTC'; Remove-Item C:\\ -Recurse; '" }, /The time zone is not a Windows time zone name/],
    [{ workgroup: 'WORK GROUP' }, /The workgroup is not a NetBIOS name/],
    [{ domainJoin: { domain: 'corp.example.com; calc', user: 'u', password: '' } }, /The domain to join is not a DNS name/],
    [{ domainJoin: { domain: 'corp.example.com', user: 'u\nv', password: '' } }, /The domain join user is empty, too long or holds control characters/],
  ])('Windows settings are checked: %j', (options, message) => {
    const k = kit();
    const fix = (o: any) => (o.domainJoin ? { ...o, domainJoin: { ...o.domainJoin, password: secret(k.stack, 'p') } } : o);
    expect(() => k.vm({ ...windows, guestInit: GuestInit.windows(fix(options)) })).toThrow(message);
  });

  test('a domain or a workgroup, not both', () => {
    expect(() => GuestInit.windows({ workgroup: 'W', domainJoin: { domain: 'd.example', user: 'u', password: 'p' } }))
      .toThrow(/joins a domain or a workgroup, not both/);
  });
});

describe('the hosts\' migration addresses', () => {
  function cluster(migration: object, hosts = ['kvm1', 'kvm2']) {
    const stack = newStack();
    const target = libvirtTarget(stack, hosts);
    const network = new VirtualNetwork(stack, 'vmotion', { target, role: TrafficRole.LIVE_MIGRATION });
    return new HaCluster(stack, 'c', { target, hosts, acknowledgeNoHostFailover: true, migration: { network, ...migration } });
  }

  test('one address per host, in the subnet, distinct', () => {
    const c = cluster({ subnet: '10.0.30.0/24', hostAddresses: { kvm2: '10.0.30.12/24', kvm1: '10.0.30.11/24' }, gateway: '10.0.30.1' });
    expect(c._node.migration?.hostAddresses).toEqual({ kvm1: '10.0.30.11/24', kvm2: '10.0.30.12/24' });
    expect(c._node.migration?.gateway).toBe('10.0.30.1');
    expect(() => cluster({ hostAddresses: { kvm1: '10.0.30.11/24' } })).toThrow(/must name every host of the cluster, and only them[\s\S]*missing "kvm2"/);
    expect(() => cluster({ hostAddresses: { kvm1: '10.0.30.11/24', kvm2: '10.0.30.12/24', kvm9: '10.0.30.19/24' } })).toThrow(/not a host of the cluster: "kvm9"/);
    expect(() => cluster({ hostAddresses: { kvm1: '10.0.30.11/24', kvm2: '10.0.30.11/24' } })).toThrow(/Hosts kvm1 and kvm2 have the same migration address/);
    expect(() => cluster({ subnet: '10.0.30.0/24', hostAddresses: { kvm1: '10.0.30.11/24', kvm2: '10.0.31.12/24' } }))
      .toThrow(/The migration address of host kvm2 is not in the migration subnet/);
    expect(() => cluster({ hostAddresses: { kvm1: '10.0.30.11', kvm2: '10.0.30.12/24' } })).toThrow(/The migration address of host kvm1 is not an IPv4 address with prefix length/);
    expect(() => cluster({ gateway: '10.0.30.1' })).toThrow(/The migration gateway is given without host addresses/);
    expect(() => cluster({ hostAddresses: { kvm1: '10.0.30.0/24', kvm2: '10.0.30.12/24' } })).toThrow(/host kvm1 is its subnet's network address/);
    expect(() => cluster({ hostAddresses: { kvm1: '10.0.30.11/24', kvm2: '10.0.30.255/24' } })).toThrow(/host kvm2 is its subnet's broadcast address/);
    expect(() => cluster({ hostAddresses: { kvm1: '10.0.30.11/24', kvm2: '10.0.31.12/24' } }))
      .toThrow(/host kvm2 is not in the subnet of the other hosts' addresses[\s\S]*allowed: +an address in 10.0.30.11\/24/);
    expect(() => cluster({ hostAddresses: { kvm1: '10.0.30.11/24', kvm2: '10.0.30.12/24' }, gateway: '10.0.30.12' }))
      .toThrow(/The migration gateway is the migration address of host kvm2/);
    expect(() => cluster({ hostAddresses: { kvm1: '10.0.30.11/24', kvm2: '10.0.30.12/24' }, gateway: '10.0.99.1' }))
      .toThrow(/The migration gateway is not in the subnet of the hosts' migration addresses/);
  });

  test('addresses need the migration network', () => {
    const stack = newStack();
    const target = libvirtTarget(stack, ['kvm1', 'kvm2']);
    expect(() => new HaCluster(stack, 'c', {
      target, hosts: ['kvm1', 'kvm2'], acknowledgeNoHostFailover: true, migration: { hostAddresses: { kvm1: '10.0.30.11/24', kvm2: '10.0.30.12/24' } },
    })).toThrow(/need the migration network they are on/);
  });
});
