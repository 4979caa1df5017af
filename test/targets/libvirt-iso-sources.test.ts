import { TerraformStack, TerraformVariable } from 'cdktf';
import {
  BootDevice, DesignError, Disk, Drive, GuestInit, GuestOs, Image, LibvirtTarget, LibvirtTargetProps, NetworkConnectivity, Nic, Size, Storage,
  VirtualMachine, VirtualMachineProps, VirtualNetwork,
} from '../../src';
import { designError, newStack, synth } from '../util';

/*
 * ISO files of CD/DVD drives downloaded from a URL on the libvirt target (`isoSources`): a raw
 * volume per host and file in the target's pool, shared by the drives on that host.
 */

const ubuntu = Image.template('ubuntu-24.04', { size: Size.gibibytes(20) });
const LIVE = 'https://releases.example.com/24.04/ubuntu-24.04.3-live-server-amd64.iso';
const TOOLS = 'http://mirror.example.com:8080/tools/virtio-win.iso?sig=a1b2&exp=1700000000';

interface Kit {
  readonly stack: TerraformStack;
  readonly target: LibvirtTarget;
  vm(id: string, props?: Partial<VirtualMachineProps>): VirtualMachine;
}

function kit(props: Partial<LibvirtTargetProps> = {}, hosts = ['kvm1', 'kvm2']): Kit {
  const stack = newStack();
  const target = new LibvirtTarget(stack, 'target', { hosts: hosts.map((name) => ({ name, uri: `qemu+ssh://root@${name}/system` })), ...props });
  const net = new VirtualNetwork(stack, 'app', { target, connectivity: NetworkConnectivity.NAT, cidr: '192.168.100.0/24' });
  return {
    stack,
    target,
    vm: (id, p = {}) => new VirtualMachine(stack, id, {
      target, cpus: 2, memory: Size.gibibytes(4), image: ubuntu, guestOs: GuestOs.UBUNTU_24_04, host: hosts[0], nics: [Nic.on(net)], ...p,
    }),
  };
}


/** The DesignError a target with these isoSources is refused with, at the target's path. */
function refusedSources(isoSources: { [file: string]: string }): DesignError {
  const stack = newStack();
  const error = designError(() => new LibvirtTarget(stack, 'target', { hosts: [{ name: 'kvm1', uri: 'qemu:///system' }], isoSources }));
  expect(error.constructPath).toBe('test/target');
  return error;
}

const volumes = (out: any) => out.resource.libvirt_volume;
const isoVolumes = (out: any) => Object.fromEntries(Object.entries<any>(volumes(out)).filter(([name]) => name.startsWith('target_iso_')));
const cdroms = (out: any, vm: string) => out.resource.libvirt_domain[vm].devices.disks.filter((d: any) => d.device === 'cdrom' && d.target.dev !== 'sda');

describe('ISO files downloaded from a URL', () => {
  test('are downloaded once per host and file into a raw volume of the target\'s pool, named after the file', () => {
    const k = kit({ isoSources: { 'ubuntu/live-server.iso': LIVE } });
    k.vm('a', { host: 'kvm1', drives: [Drive.iso('ubuntu/live-server.iso')] });
    k.vm('b', { host: 'kvm2', drives: [Drive.iso('ubuntu/live-server.iso')] });
    const out = synth(k.stack);
    expect(isoVolumes(out)).toEqual({
      'target_iso_ubuntu-live-server_iso_kvm1': {
        provider: 'libvirt.kvm1',
        name: 'ubuntu-live-server.iso',
        pool: 'default',
        target: { format: { type: 'raw' } },
        create: { content: { url: LIVE } },
      },
      'target_iso_ubuntu-live-server_iso_kvm2': {
        provider: 'libvirt.kvm2',
        name: 'ubuntu-live-server.iso',
        pool: 'default',
        target: { format: { type: 'raw' } },
        create: { content: { url: LIVE } },
      },
    });
    // the provider sizes the download by the server's Content-Length; the download is not protected
    expect(isoVolumes(out)['target_iso_ubuntu-live-server_iso_kvm1'].capacity).toBeUndefined();
    expect(isoVolumes(out)['target_iso_ubuntu-live-server_iso_kvm1'].lifecycle).toBeUndefined();
    expect(cdroms(out, 'a')).toEqual([{
      device: 'cdrom',
      driver: { name: 'qemu', type: 'raw' },
      read_only: true,
      boot: { order: 2 },
      source: { file: { file: '${libvirt_volume.target_iso_ubuntu-live-server_iso_kvm1.path}' } },
      target: { dev: 'sdb', bus: 'sata' },
    }]);
    expect(cdroms(out, 'b')[0].source.file.file).toBe('${libvirt_volume.target_iso_ubuntu-live-server_iso_kvm2.path}');
  });

  test('the VMs on a host share the volume; a file without an entry stays in isoDirectory, an empty drive has no source', () => {
    const k = kit({ isoSources: { 'live.iso': LIVE, 'tools.iso': TOOLS }, isoDirectory: '/srv/iso' });
    k.vm('a', { host: 'kvm1', drives: [Drive.iso('live.iso'), Drive.iso('tools.iso')] });
    k.vm('b', { host: 'kvm1', drives: [Drive.empty(), Drive.iso('drivers.iso'), Drive.iso('live.iso')] });
    const out = synth(k.stack);
    expect(Object.keys(isoVolumes(out)).sort()).toEqual(['target_iso_live_iso_kvm1', 'target_iso_tools_iso_kvm1']);
    expect(isoVolumes(out).target_iso_tools_iso_kvm1.create.content.url).toBe(TOOLS);
    const sources = (vm: string) => cdroms(out, vm).map((d: any) => `${d.target.dev}=${d.source?.file.file}`);
    expect(sources('a')).toEqual(['sdb=${libvirt_volume.target_iso_live_iso_kvm1.path}', 'sdc=${libvirt_volume.target_iso_tools_iso_kvm1.path}']);
    expect(sources('b')).toEqual(['sdb=undefined', 'sdc=/srv/iso/drivers.iso', 'sdd=${libvirt_volume.target_iso_live_iso_kvm1.path}']);
  });

  test('entries no drive uses render nothing: the map is a catalogue', () => {
    const k = kit({ isoSources: { 'live.iso': LIVE, 'tools.iso': TOOLS, 'unused/other.iso': LIVE } });
    k.vm('a', { host: 'kvm1', drives: [Drive.iso('live.iso')] });
    k.vm('b', { host: 'kvm2' });
    const out = synth(k.stack);
    expect(Object.keys(isoVolumes(out))).toEqual(['target_iso_live_iso_kvm1']);
    expect(JSON.stringify(out)).not.toContain(TOOLS);
  });

  test('the volume is in the target\'s pool, the one it creates on each host, whatever the VM\'s storage', () => {
    const k = kit({ storagePool: { name: 'vms', path: '/srv/vms' }, isoSources: { 'live.iso': LIVE } });
    k.vm('a', { host: 'kvm2', storage: Storage.named('fast'), drives: [Drive.iso('live.iso')] });
    const out = synth(k.stack);
    expect(volumes(out).a_os.pool).toBe('fast');
    expect(isoVolumes(out).target_iso_live_iso_kvm2.pool).toBe('${libvirt_pool.target_pool_kvm2.name}');
  });

  test('a blank OS disk installs from the downloaded ISO with the boot order [DISK, CDROM]', () => {
    const k = kit({ isoSources: { 'live.iso': LIVE } });
    k.vm('a', {
      image: Image.blank(), osDiskSize: Size.gibibytes(40), drives: [Drive.iso('live.iso')], bootOrder: [BootDevice.DISK, BootDevice.CDROM],
    });
    const out = synth(k.stack);
    const disks = out.resource.libvirt_domain.a.devices.disks;
    expect(disks[0]).toMatchObject({ device: 'disk', boot: { order: 1 }, source: { file: { file: '${libvirt_volume.a_os.path}' } } });
    expect(disks[1]).toMatchObject({ device: 'cdrom', boot: { order: 2 }, source: { file: { file: '${libvirt_volume.target_iso_live_iso_kvm1.path}' } } });
    expect(out.resource.libvirt_domain.a.os.boot_devices).toBeUndefined();
  });

  test('a URL\'s $ and % stay text, and a key named like a property of Object.prototype is a file like any other', () => {
    const url = 'https://example.com/iso/$weird%41.iso?x=$1';
    const k = kit({ isoSources: { ['__proto__']: url, constructor: LIVE } });
    k.vm('a', { drives: [Drive.iso('__proto__'), Drive.iso('toString')] });
    const out = synth(k.stack);
    expect(isoVolumes(out).target_iso___proto___kvm1).toMatchObject({ name: '__proto__', create: { content: { url } } });
    expect(cdroms(out, 'a')[1].source.file.file).toBe('/var/lib/libvirt/images/toString');
  });
});

describe('the output', () => {
  function estate(reversed: boolean): any {
    const k = kit({ isoSources: { 'live.iso': LIVE, 'tools/virtio.iso': TOOLS } });
    const drives = [Drive.iso('live.iso'), Drive.iso('tools/virtio.iso')];
    const vms: Array<[string, Partial<VirtualMachineProps>]> = [
      ['a', { host: 'kvm1', drives: reversed ? [...drives].reverse() : drives }],
      ['b', { host: 'kvm2', drives: reversed ? drives : [...drives].reverse() }],
      ['c', { host: 'kvm1', drives: [Drive.iso('tools/virtio.iso')] }],
    ];
    for (const [id, props] of reversed ? [...vms].reverse() : vms) k.vm(id, props);
    return synth(k.stack);
  }

  test('reordering the drives and the VMs changes no resource name and no volume', () => {
    const one = estate(false);
    const two = estate(true);
    expect(Object.keys(isoVolumes(one)).sort()).toEqual([
      'target_iso_live_iso_kvm1', 'target_iso_live_iso_kvm2', 'target_iso_tools-virtio_iso_kvm1', 'target_iso_tools-virtio_iso_kvm2',
    ]);
    expect(isoVolumes(two)).toEqual(isoVolumes(one));
    expect(Object.keys(volumes(two)).sort()).toEqual(Object.keys(volumes(one)).sort());
    // each drive holds the same file's volume, wherever it is in the list
    const byFile = (out: any, vm: string) => cdroms(out, vm).map((d: any) => d.source.file.file).sort();
    for (const vm of ['a', 'b', 'c']) expect(byFile(two, vm)).toEqual(byFile(one, vm));
    expect(byFile(one, 'c')).toEqual(['${libvirt_volume.target_iso_tools-virtio_iso_kvm1.path}']);
  });

  test('is byte-identical for the same input, and an empty isoSources is no isoSources', () => {
    const out = (isoSources?: { [file: string]: string }) => {
      const k = kit(isoSources === undefined ? {} : { isoSources });
      k.vm('a', { drives: [Drive.iso('live.iso')] });
      return JSON.stringify(synth(k.stack));
    };
    expect(out({ 'live.iso': LIVE })).toBe(out({ 'live.iso': LIVE }));
    expect(out({})).toBe(out());
    expect(out()).toContain('"/var/lib/libvirt/images/live.iso"');
    expect(out()).not.toContain('target_iso_');
  });
});

describe('refusals', () => {
  test.each([
    ['white space', 'https://example.com/my iso.iso'],
    ['a newline', 'https://example.com/a.iso\nhttps://evil.example.com/'],
    ['a tab', 'https://example.com/\ta.iso'],
    ['a double quote', 'https://example.com/a".iso'],
    ['a single quote', 'https://example.com/a\'.iso'],
    ['a backslash', 'https://example.com/a\\b.iso'],
    ['a Terraform interpolation', 'https://example.com/${file("/etc/shadow")}.iso'],
    ['a Terraform directive', 'https://example.com/%{ if true }x%{ endif }.iso'],
    ['XML', 'https://example.com/<disk type="block">.iso'],
    ['an ftp URL', 'ftp://example.com/a.iso'],
    ['a file URL', 'file:///etc/shadow'],
    ['an absolute path', '/var/lib/libvirt/images/a.iso'],
    ['no host', 'https:///a.iso'],
    ['an empty string', ''],
  ])('a URL with %s', (_, url) => {
    const error = refusedSources({ 'a.iso': url });
    expect(error.problem).toBe('The isoSources URL of "a.iso" is not an http or https URL without white space or quotes.');
    expect(error.value).toBe(JSON.stringify(url));
  });

  test('a URL with a user and password, which is not shown', () => {
    const error = refusedSources({ 'a.iso': 'https://admin:hunter2@mirror.example.com/a.iso' });
    expect(error.problem).toContain('holds a user name or password');
    expect(error.message).not.toContain('hunter2');
    expect(error.message).not.toContain('admin');
  });

  test('a URL that is a token: it names the download of a volume, which the library checks at synth', () => {
    const stack = newStack();
    const url = new TerraformVariable(stack, 'iso_url', { type: 'string' });
    const error = designError(() => new LibvirtTarget(stack, 'target', { hosts: [{ name: 'kvm1', uri: 'qemu:///system' }], isoSources: { 'a.iso': url.stringValue } }));
    expect(error.constructPath).toBe('test/target');
    expect(error.problem).toMatch(/^The isoSources URL of "a.iso" must be known at synth/);
    expect(error.value).toBe('${var.iso_url}');
    expect(error.fix).toBe('give the URL as a literal string');
  });

  test('a URL that is not a string', () => {
    expect(refusedSources({ 'a.iso': 42 as unknown as string }).problem).toBe('The isoSources URL of "a.iso" is not a string.');
  });

  test.each([
    ['../etc/shadow', 'a parent folder'],
    ['/etc/shadow', 'an absolute path'],
    ['a/./b.iso', 'a dot folder'],
    ['my iso.iso', 'white space'],
    ['a\nb.iso', 'a newline'],
    ['${var.x}.iso', 'a Terraform interpolation'],
    ['%{x}.iso', 'a Terraform directive'],
    ['a".iso', 'a double quote'],
    ['a\'.iso', 'a single quote'],
    ['<a>.iso', 'XML'],
    ['', 'nothing'],
  ])('a key %j (%s): not an ISO file name of the design', (file) => {
    const error = refusedSources({ [file]: LIVE });
    expect(error.problem).toMatch(/^An isoSources key is not an ISO file name a drive can give \(Drive.iso\(file\)\)/);
    expect(error.value).toBe(JSON.stringify(file));
    expect(error.fix).toBe('key the URL by the file name the drives give');
  });

  test('a key that is a token', () => {
    const stack = newStack();
    const file = new TerraformVariable(stack, 'iso', { type: 'string' });
    const error = designError(() => new LibvirtTarget(stack, 'target', { hosts: [{ name: 'kvm1', uri: 'qemu:///system' }], isoSources: { [file.stringValue]: LIVE } }));
    expect(error.constructPath).toBe('test/target');
    expect(error.problem).toContain('must be known at synth');
  });

  test('two files the drives use that would be downloaded into one volume', () => {
    const k = kit({ isoSources: { 'a/b.iso': LIVE, 'a-b.iso': TOOLS } });
    k.vm('a', { host: 'kvm1', drives: [Drive.iso('a/b.iso')] });
    k.vm('b', { host: 'kvm2', drives: [Drive.iso('a-b.iso')] });
    const error = designError(() => synth(k.stack));
    expect(error.constructPath).toBe('test/b');
    expect(error.problem).toBe('The ISO files "a/b.iso" and "a-b.iso" would be downloaded into volumes named alike ("a-b.iso" and "a-b.iso") in the target\'s pool.');
    expect(error.fix).toBe('rename one of the ISO files (the drive\'s file and its isoSources key), e.g. "a-b-2.iso"');
  });

  test('two files whose volumes\' resources would be named alike', () => {
    const k = kit({ isoSources: { 'live.iso': LIVE, 'live_iso': TOOLS } });
    k.vm('a', { drives: [Drive.iso('live.iso'), Drive.iso('live_iso')] });
    const error = designError(() => synth(k.stack));
    expect(error.constructPath).toBe('test/a');
    expect(error.problem).toContain('"live.iso" and "live_iso" would be downloaded into volumes named alike');
  });

  test('two catalogue entries that would share a volume are no problem while one of them is used', () => {
    const k = kit({ isoSources: { 'a/b.iso': LIVE, 'a-b.iso': TOOLS } });
    k.vm('a', { drives: [Drive.iso('a/b.iso')] });
    expect(isoVolumes(synth(k.stack))['target_iso_a-b_iso_kvm1']).toBeDefined();
  });

  test.each([
    ['web-cidata.iso', 'the cloud-init disk of VM test/web'],
    ['web-os.qcow2', 'the OS disk of VM test/web'],
    ['web-data.qcow2', 'data disk data of VM test/web'],
    ['noble.qcow2', 'the download of image noble'],
  ])('a file %j whose volume would take the name of %s', (file, owner) => {
    const k = kit({ isoSources: { [file]: LIVE }, imageSources: { 'ubuntu-24.04': Image.fromUrl('https://example.com/noble.qcow2', { size: Size.gibibytes(4) }) } });
    k.vm('web', { disks: [Disk.data(Size.gibibytes(10), { name: 'data' })], guestInit: GuestInit.hostname('web') });
    k.vm('installer', { drives: [Drive.iso(file)] });
    const error = designError(() => synth(k.stack));
    expect(error.constructPath).toBe('test/installer');
    expect(error.problem).toBe(`The ISO file "${file}" would be downloaded into volume "${file}" of the target's pool, the name of ${owner}.`);
  });

  test('a VM\'s own volumes in another pool leave the name free', () => {
    const k = kit({ isoSources: { 'web-os.qcow2': LIVE } });
    k.vm('web', { storage: Storage.named('fast') });
    k.vm('installer', { drives: [Drive.iso('web-os.qcow2')] });
    expect(isoVolumes(synth(k.stack))['target_iso_web-os_qcow2_kvm1'].name).toBe('web-os.qcow2');
  });
});
