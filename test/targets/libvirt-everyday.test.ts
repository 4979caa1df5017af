import { TerraformVariable } from 'cdktf';
import { kit, refused, ubuntu } from './libvirt-everyday-kit';
import {
  BootDevice, Disk, DiskBus, Drive, Firmware, GuestInit, GuestOs, Image, ImageFormat, LibvirtTarget, Nic, Size,
  Storage, VirtualMachine,
} from '../../src';
import { designError, newStack, synth } from '../util';

/*
 * The everyday features on the libvirt target, part 1: images (from a URL, blank), CD/DVD
 * drives and the boot order, storage pools and disk buses. Part 2 (libvirt-everyday-domain) has
 * the domain's own settings.
 */

const NOBLE = 'https://cloud-images.example.com/noble/noble-server-cloudimg-amd64.img';

const volumes = (out: any) => out.resource.libvirt_volume;
const disksOf = (out: any, vm: string) => out.resource.libvirt_domain[vm].devices.disks;

describe('images from a URL', () => {
  test('are downloaded once per host into the target\'s pool, the base of every overlay there', () => {
    const k = kit({ imageSources: { 'ubuntu-24.04': Image.fromUrl(NOBLE, { name: 'noble', size: Size.gibibytes(4) }) } }, ['kvm1', 'kvm2']);
    k.vm('a', { host: 'kvm1' });
    k.vm('b', { host: 'kvm1' });
    k.vm('c', { host: 'kvm2' });
    const out = synth(k.stack);
    const downloads = Object.entries<any>(volumes(out)).filter(([, v]) => v.create?.content?.url === NOBLE);
    expect(downloads.map(([name]) => name).sort()).toEqual(['target_image_noble_kvm1', 'target_image_noble_kvm2']);
    expect(volumes(out).target_image_noble_kvm1).toMatchObject({
      name: 'noble.qcow2', pool: 'default', target: { format: { type: 'qcow2' } }, create: { content: { url: NOBLE } }, provider: 'libvirt.kvm1',
    });
    // the provider sizes the download by the server's Content-Length
    expect(volumes(out).target_image_noble_kvm1.capacity).toBeUndefined();
    expect(volumes(out).a_os.backing_store).toEqual({ path: '${libvirt_volume.target_image_noble_kvm1.path}', format: { type: 'qcow2' } });
    expect(volumes(out).b_os.backing_store.path).toBe('${libvirt_volume.target_image_noble_kvm1.path}');
    expect(volumes(out).c_os.backing_store.path).toBe('${libvirt_volume.target_image_noble_kvm2.path}');
    // the overlay's size comes from the image, which the provider cannot read
    expect(volumes(out).a_os.capacity).toBe(4 * 2 ** 30);
  });

  test('a raw image given in the design is a raw base volume; the target creates the pool it lands in', () => {
    const k = kit({ storagePool: { name: 'vms', path: '/srv/vms' } });
    k.vm('a', { image: Image.fromUrl('https://images.example.com/disk.raw', { size: Size.gibibytes(8) }) });
    const out = synth(k.stack);
    expect(volumes(out).target_image_disk_kvm1).toMatchObject({ name: 'disk.raw', pool: '${libvirt_pool.target_pool_kvm1.name}', target: { format: { type: 'raw' } } });
    expect(volumes(out).a_os.backing_store).toEqual({ path: '${libvirt_volume.target_image_disk_kvm1.path}', format: { type: 'raw' } });
  });

  test('a Hyper-V disk is refused with the way out', () => {
    const k = kit();
    k.vm('a', { image: Image.fromUrl('https://images.example.com/win.vhdx', { size: Size.gibibytes(40) }) });
    const error = refused(k.stack, 'test/a');
    expect(error).toContain('libvirt boots qcow2 and raw disk images; image "win" is a vhdx file');
    expect(error).toContain('https://images.example.com/win.vhdx');
    expect(error).toContain('imageSources entry for "win"');
  });

  test('two images of one name from different URLs are refused; without a size the VM needs its osDiskSize', () => {
    const k = kit();
    k.vm('a', { image: Image.fromUrl('https://a.example.com/base.qcow2', { size: Size.gibibytes(4) }) });
    k.vm('b', { image: Image.fromUrl('https://b.example.com/base.qcow2', { size: Size.gibibytes(4) }) });
    expect(refused(k.stack, 'test/b')).toContain('Two images named "base" come from different URLs or formats');
    const k2 = kit({ imageSources: { 'ubuntu-24.04': Image.fromUrl(NOBLE) } });
    k2.vm('a', { osDiskSize: undefined });
    expect(refused(k2.stack, 'test/a')).toContain('Image.fromUrl(url, { size: Size.gibibytes(N) })');
  });

  test('an image name that is no file name is refused', () => {
    const k = kit({ imageSources: { 'ubuntu-24.04': Image.fromUrl(NOBLE, { name: 'a b/../c', size: Size.gibibytes(4) }) } });
    k.vm('a');
    expect(refused(k.stack, 'test/a')).toContain('image name');
  });

  test.each([
    ['web-os', 'the OS disk of VM test/web'],
    ['web-data', 'data disk data of VM test/web'],
  ])('an image %j whose download would take the name of %s is refused', (name, owner) => {
    const k = kit({ imageSources: { 'ubuntu-24.04': Image.fromUrl('https://example.com/noble.qcow2', { name, size: Size.gibibytes(4) }) } });
    k.vm('web', { disks: [Disk.data(Size.gibibytes(10), { name: 'data' })] });
    const error = designError(() => synth(k.stack));
    expect(error.constructPath).toBe('test/web');
    expect(error.problem).toBe(`Image "${name}" would be downloaded into volume "${name}.qcow2" of the target's pool, the name of ${owner}.`);
    expect(error.value).toBe(JSON.stringify(name));
    expect(error.fix).toBe(`give the image another name: Image.fromUrl(url, { name: "${name}-image" })`);
  });

  test('an image named like another VM\'s volume in another pool keeps its name; a raw download has another name', () => {
    const k = kit({ imageSources: { 'ubuntu-24.04': Image.fromUrl('https://example.com/noble.qcow2', { name: 'db-os', size: Size.gibibytes(4) }) } });
    k.vm('web');
    k.vm('db', { image: Image.template('other', { size: Size.gibibytes(4) }), storage: Storage.named('fast') });
    k.vm('raw', { image: Image.fromUrl('https://example.com/web-os.raw', { size: Size.gibibytes(4) }) });
    const out = synth(k.stack);
    expect(volumes(out)['target_image_db-os_kvm1'].name).toBe('db-os.qcow2');
    expect(volumes(out)['target_image_web-os_kvm1'].name).toBe('web-os.raw');
    expect(volumes(out).web_os.name).toBe('web-os.qcow2');
  });

  test('images and hosts whose names join alike with "-" are downloads of their own, named as before', () => {
    const k = kit({}, ['b-c', 'c']);
    k.vm('one', { host: 'b-c', image: Image.fromUrl('https://example.com/one.qcow2', { name: 'a', size: Size.gibibytes(4) }) });
    k.vm('two', { host: 'c', image: Image.fromUrl('https://example.com/two.qcow2', { name: 'a-b', size: Size.gibibytes(4) }) });
    const downloads = Object.entries<any>(volumes(synth(k.stack))).filter(([name]) => name.startsWith('target_image_'));
    expect(downloads.map(([name, v]) => [name, v.name, v.provider, v.create.content.url]).sort()).toEqual([
      ['target_image_a-b_c', 'a-b.qcow2', 'libvirt.c', 'https://example.com/two.qcow2'],
      ['target_image_a_b-c', 'a.qcow2', 'libvirt.b-c', 'https://example.com/one.qcow2'],
    ]);
  });

  test('two downloads whose resources would share a name are refused, naming both', () => {
    const k = kit({}, ['c', 'b_c']);
    k.vm('one', { host: 'c', image: Image.fromUrl('https://example.com/one.qcow2', { name: 'a_b', size: Size.gibibytes(4) }) });
    k.vm('two', { host: 'b_c', image: Image.fromUrl('https://example.com/two.qcow2', { name: 'a', size: Size.gibibytes(4) }) });
    const error = designError(() => synth(k.stack));
    expect(error.constructPath).toBe('test/two');
    expect(error.problem).toBe('The downloads of image "a_b" on host c and of image "a" on host b_c would both be '
      + 'libvirt_volume.target_image_a_b_c.');
    expect(error.value).toBe('"a_b" on c, "a" on b_c');
    expect(error.fix).toBe('give one of the images a name that differs from the other\'s in a letter, digit or dash: '
      + 'Image.fromUrl(url, { name: "..." })');
    // one host, "." and "_"
    const k2 = kit();
    k2.vm('one', { image: Image.fromUrl('https://example.com/one.qcow2', { name: 'a.b', size: Size.gibibytes(4) }) });
    k2.vm('two', { image: Image.fromUrl('https://example.com/two.qcow2', { name: 'a_b', size: Size.gibibytes(4) }) });
    expect(designError(() => synth(k2.stack)).problem).toContain('image "a.b" on host kvm1 and of image "a_b" on host kvm1');
  });

  test('OVF packages and content libraries are refused with the way out', () => {
    for (const image of [Image.ovf('https://images.example.com/a.ova', { size: Size.gibibytes(4) }), Image.contentLibrary('lib', 'item', { size: Size.gibibytes(4) })]) {
      const k = kit();
      k.vm('a', { image });
      expect(refused(k.stack, 'test/a')).toContain('give the target an imageSources entry for the image: Image.fromUrl(url) of a qcow2 image');
    }
  });
});

describe('blank OS disks, drives and the boot order', () => {
  test('a blank OS disk is an empty qcow2 volume of its size; it boots its disk, then the installer', () => {
    const k = kit();
    k.vm('a', { image: Image.blank(), osDiskSize: Size.gibibytes(60), drives: [Drive.iso('ubuntu/live-server.iso')] });
    const out = synth(k.stack);
    expect(volumes(out).a_os).toEqual(expect.objectContaining({ name: 'a-os.qcow2', capacity: 60 * 2 ** 30, target: { format: { type: 'qcow2' } } }));
    expect(volumes(out).a_os.backing_store).toBeUndefined();
    expect(out.resource.libvirt_domain.a.os.boot_devices).toBeUndefined();
    expect(disksOf(out, 'a')).toEqual([
      expect.objectContaining({ device: 'disk', boot: { order: 1 }, target: { dev: 'vda', bus: 'virtio' } }),
      {
        device: 'cdrom',
        driver: { name: 'qemu', type: 'raw' },
        read_only: true,
        boot: { order: 2 },
        source: { file: { file: '/var/lib/libvirt/images/ubuntu/live-server.iso' } },
        target: { dev: 'sdb', bus: 'sata' },
      },
    ]);
  });

  test('an imageSources blank image needs the VM\'s osDiskSize', () => {
    const k = kit({ imageSources: { 'ubuntu-24.04': Image.blank() } });
    k.vm('a');
    expect(refused(k.stack, 'test/a')).toContain('A blank OS disk needs a size.');
  });

  test('drives take sdb, sdc... in the design\'s order from isoDirectory, after the cloud-init disk sda; an empty drive has no source', () => {
    const k = kit({ isoDirectory: '/srv/iso ${x} %{y}' });
    k.vm('a', { drives: [Drive.empty(), Drive.iso('tools.iso')], guestInit: GuestInit.hostname('a') });
    const out = synth(k.stack);
    const cdroms = disksOf(out, 'a').filter((d: any) => d.device === 'cdrom');
    expect(cdroms.map((d: any) => [d.target.dev, d.source?.file?.file])).toEqual([
      ['sdb', undefined],
      ['sdc', '/srv/iso $${x} %%{y}/tools.iso'],
      ['sda', '${libvirt_volume.a_cidata.path}'],
    ]);
    // the first drive in the design's order is the one the VM boots from
    expect(cdroms[0].boot).toEqual({ order: 2 });
    expect(cdroms[1].boot).toBeUndefined();
    expect(cdroms[2].boot).toBeUndefined();
  });

  test('reordering the drives moves the files, not the devices', () => {
    const names = (drives: Drive[]) => {
      const k = kit();
      k.vm('a', { drives });
      return disksOf(synth(k.stack), 'a').filter((d: any) => d.device === 'cdrom').map((d: any) => `${d.target.dev}=${d.source.file.file}`);
    };
    expect(names([Drive.iso('a.iso'), Drive.iso('b.iso')])).toEqual(['sdb=/var/lib/libvirt/images/a.iso', 'sdc=/var/lib/libvirt/images/b.iso']);
    expect(names([Drive.iso('b.iso'), Drive.iso('a.iso')])).toEqual(['sdb=/var/lib/libvirt/images/b.iso', 'sdc=/var/lib/libvirt/images/a.iso']);
  });

  test('a boot order is a per-device boot.order on the first drive, the OS disk and the first NIC, without os.boot_devices', () => {
    const k = kit();
    k.vm('a', {
      drives: [Drive.iso('a.iso'), Drive.iso('b.iso')],
      nics: [Nic.on(k.net), Nic.on(k.net)],
      disks: [Disk.data(Size.gibibytes(1))],
      bootOrder: [BootDevice.CDROM, BootDevice.NETWORK, BootDevice.DISK],
    });
    const domain = synth(k.stack).resource.libvirt_domain.a;
    expect(domain.os.boot_devices).toBeUndefined();
    expect(domain.devices.disks.map((d: any) => [d.target.dev, d.boot?.order])).toEqual([['vda', 3], ['vdb', undefined], ['sdb', 1], ['sdc', undefined]]);
    expect(domain.devices.interfaces.map((n: any) => n.boot?.order)).toEqual([2, undefined]);
  });

  test('a VM without drives or boot order keeps os.boot_devices = hd', () => {
    const k = kit();
    k.vm('a');
    const domain = synth(k.stack).resource.libvirt_domain.a;
    expect(domain.os.boot_devices).toEqual([{ dev: 'hd' }]);
    expect(JSON.stringify(domain)).not.toContain('"boot":');
  });
});

describe('storage and disk buses', () => {
  test('Storage.named puts the OS volume, the seed and the disks without storage of their own in the VM\'s pool, a disk\'s in its own', () => {
    const k = kit();
    k.vm('a', {
      storage: Storage.named('fast ${x}'),
      guestInit: GuestInit.hostname('a'),
      disks: [Disk.data(Size.gibibytes(1), { name: 'd1', slot: 1 }), Disk.data(Size.gibibytes(1), { name: 'd2', slot: 2, storage: Storage.named('slow') })],
    });
    const out = synth(k.stack);
    expect([volumes(out).a_os.pool, volumes(out).a_cidata.pool, volumes(out).a_d1.pool, volumes(out).a_d2.pool])
      .toEqual(['fast $${x}', 'fast $${x}', 'fast $${x}', 'slow']);
  });

  test('naming the target\'s own pool refers to the pool the target creates', () => {
    const k = kit({ storagePool: { name: 'vms', path: '/srv/vms' } });
    k.vm('a', { disks: [Disk.data(Size.gibibytes(1), { storage: Storage.named('vms') })] });
    expect(volumes(synth(k.stack)).a_data1.pool).toBe('${libvirt_pool.target_pool_kvm1.name}');
  });

  test('datastore clusters and storage policies are refused with the way out', () => {
    const k = kit();
    k.vm('a', { storage: Storage.cluster('sdrs') });
    expect(refused(k.stack, 'test/a')).toContain('use a pool on shared storage with Storage.named');
    const k2 = kit();
    k2.vm('a', { storagePolicy: 'gold' });
    expect(refused(k2.stack, 'test/a')).toContain('choose the pool with Storage.named');
  });

  test('SATA data disks take sdf on by slot, clear of the seed and every drive; virtio disks keep vd by slot', () => {
    const k = kit();
    k.vm('a', {
      guestInit: GuestInit.hostname('a'),
      drives: [Drive.iso('1.iso'), Drive.iso('2.iso'), Drive.iso('3.iso'), Drive.empty()],
      disks: [
        Disk.data(Size.gibibytes(1), { name: 's2', slot: 2, bus: DiskBus.SATA }),
        Disk.data(Size.gibibytes(1), { name: 'v1', slot: 1 }),
        Disk.data(Size.gibibytes(1), { name: 's1', slot: 1, bus: DiskBus.SATA }),
      ],
    });
    const targets = disksOf(synth(k.stack), 'a').map((d: any) => `${d.target.bus}:${d.target.dev}`);
    expect(targets).toEqual(['virtio:vda', 'virtio:vdb', 'sata:sdf', 'sata:sdg', 'sata:sdb', 'sata:sdc', 'sata:sdd', 'sata:sde', 'sata:sda']);
    expect(new Set(targets).size).toBe(targets.length);
  });

  test('NVMe and IDE disks are refused with the way out', () => {
    const k = kit();
    k.vm('a', { disks: [Disk.data(Size.gibibytes(1), { bus: DiskBus.NVME })] });
    const nvme = refused(k.stack, 'test/a');
    expect(nvme).toContain('only from release 11.5');
    expect(nvme).toContain('use DiskBus.PARAVIRTUAL (virtio) or DiskBus.SATA');
    const k2 = kit();
    k2.vm('a', { firmware: Firmware.BIOS, disks: [Disk.data(Size.gibibytes(1), { bus: DiskBus.IDE })] });
    expect(refused(k2.stack, 'test/a')).toContain('q35 machines have no IDE controller');
  });

  test('Terraform syntax in a URL, a storage name or the ISO folder stays text; a variable there stays a reference', () => {
    const stack = newStack();
    const iso = new TerraformVariable(stack, 'iso_dir', { type: 'string' });
    const target = new LibvirtTarget(stack, 'target', { hosts: [{ name: 'kvm1', uri: 'qemu:///system' }], isoDirectory: iso.stringValue });
    new VirtualMachine(stack, 'a', {
      target,
      cpus: 2,
      memory: Size.gibibytes(4),
      guestOs: GuestOs.UBUNTU_24_04,
      drives: [Drive.iso('tools.iso')],
      image: Image.fromUrl('https://images.example.com/$x/%25if.qcow2?a=b', { name: 'base', size: Size.gibibytes(4) }),
      storage: Storage.named('pool "${x}" %{y} \\ \'q\''),
    });
    const out = synth(stack);
    expect(volumes(out).target_image_base_kvm1.create.content.url).toBe('https://images.example.com/$x/%25if.qcow2?a=b');
    expect(() => Image.fromUrl('https://images.example.com/${var.x}/a.qcow2')).toThrow(/An image URL is not an http or https URL/);
    expect(volumes(out).a_os.pool).toBe('pool "$${x}" %%{y} \\ \'q\'');
    expect(disksOf(out, 'a')[1].source.file.file).toBe('${var.iso_dir}/tools.iso');
  });

  test('a storage name or ISO file Terraform knows only at apply is refused', () => {
    const stack = newStack();
    const name = new TerraformVariable(stack, 'pool', { type: 'string' }).stringValue;
    const target = new LibvirtTarget(stack, 'target', { hosts: [{ name: 'kvm1', uri: 'qemu:///system' }] });
    const props = { target, cpus: 2, memory: Size.gibibytes(4), image: ubuntu, guestOs: GuestOs.UBUNTU_24_04 };
    expect(() => new VirtualMachine(stack, 'a', { ...props, storage: Storage.named(name) })).toThrow(/storage name must be known at synth/);
    expect(() => new VirtualMachine(stack, 'b', { ...props, drives: [Drive.iso(name)] })).toThrow(/ISO file must be known at synth/);
  });

  test('an image format given by hand is used', () => {
    const k = kit();
    k.vm('a', { image: Image.fromUrl('https://images.example.com/latest', { format: ImageFormat.RAW, size: Size.gibibytes(4) }) });
    expect(volumes(synth(k.stack)).target_image_latest_kvm1.name).toBe('latest.raw');
  });
});

describe('the folders of the hosts', () => {
  test.each([
    ['imageDirectory', 'relative/images'],
    ['imageDirectory', ''],
    ['isoDirectory', '/var/lib/../../etc'],
    ['isoDirectory', '/iso\nline'],
    ['isoDirectory', '/iso\u202e'],
  ])('%s %j is refused: it is written into the domains\' disk paths', (property, folder) => {
    expect(() => kit({ [property]: folder })).toThrow(new RegExp(`The ${property} is not an absolute folder path on the hosts`));
  });

  test('an absolute folder is taken as given', () => {
    const k = kit({ isoDirectory: '/srv/iso' });
    k.vm('a', { drives: [Drive.iso('tools.iso')] });
    expect(disksOf(synth(k.stack), 'a').map((d: any) => d.source?.file?.file)).toContain('/srv/iso/tools.iso');
  });
});

describe('volume names', () => {
  test('two VMs whose volumes would take one name in one pool are refused, naming both', () => {
    const k = kit();
    k.vm('a', { disks: [Disk.data(Size.gibibytes(1), { name: 'b-os' })] });
    k.vm('a-b');
    expect(refused(k.stack, 'test/a-b'))
      .toMatch(/The OS disk of VM test\/a-b and data disk b-os of VM test\/a would both be the volume "a-b-os.qcow2" in pool "default"/);
  });

  test('the same names in different pools, or different names, pass', () => {
    const k = kit();
    k.vm('a', { disks: [Disk.data(Size.gibibytes(1), { name: 'b-os', storage: Storage.named('fast') })] });
    k.vm('a-b');
    k.vm('c', { disks: [Disk.data(Size.gibibytes(1), { name: 'data' })] });
    const names = Object.values<any>(synth(k.stack).resource.libvirt_volume).map((v) => `${v.pool}/${v.name}`);
    expect(names).toEqual(expect.arrayContaining(['fast/a-b-os.qcow2', 'default/a-b-os.qcow2', 'default/c-data.qcow2']));
  });
});
