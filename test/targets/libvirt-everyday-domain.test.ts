import { TerraformStack, TerraformVariable } from 'cdktf';
import { Kit, kit as makeKit, refused as refusedAt, ubuntu } from './libvirt-everyday-kit';
import {
  Disk, Firmware, GuestInit, GuestOs, HaCluster, HardwareVersion, Image, Nic, ShareLevel, Size, TrafficRole,
  VirtualMachine, VirtualMachineProps, VirtualNetwork,
} from '../../src';
import { synth } from '../util';

/*
 * The everyday features on the libvirt target, part 2: the domain's own settings (tags and notes,
 * machine type, CPU and memory tuning, Windows customization), the refusals of this part, and
 * output that does not depend on the order of the design.
 */

const NS = 'https://github.com/cdktf-hypervisor/cdktf-hypervisor/libvirt/metadata/1.0';
const kit = (hosts = ['kvm1']) => makeKit({}, hosts, { cpus: 4, memory: Size.gibibytes(8) });
const refused = (stack: TerraformStack, path = 'test/a') => refusedAt(stack, path);

const domainOf = (k: Kit, vm = 'a') => synth(k.stack).resource.libvirt_domain[vm];

describe('tags and notes', () => {
  test('tags and disk tags are the domain\'s metadata: one element of the library\'s namespace, tags by key, disks by name', () => {
    const k = kit();
    k.vm('a', {
      tags: { team: 'payments', env: 'prod' },
      disks: [
        Disk.data(Size.gibibytes(1), { name: 'logs', slot: 2, tags: { backup: 'weekly' } }),
        Disk.data(Size.gibibytes(1), { name: 'db', slot: 1, tags: { tier: 'gold', backup: 'daily' } }),
      ],
    });
    expect(domainOf(k).metadata).toEqual({
      xml: `<cdktf:design xmlns:cdktf="${NS}"><cdktf:tag key="env">prod</cdktf:tag><cdktf:tag key="team">payments</cdktf:tag>`
        + '<cdktf:disk name="db"><cdktf:tag key="backup">daily</cdktf:tag><cdktf:tag key="tier">gold</cdktf:tag></cdktf:disk>'
        + '<cdktf:disk name="logs"><cdktf:tag key="backup">weekly</cdktf:tag></cdktf:disk></cdktf:design>',
    });
  });

  test('disk tags alone are metadata too; a VM without tags has none', () => {
    const k = kit();
    k.vm('a', { disks: [Disk.data(Size.gibibytes(1), { tags: { backup: 'daily' } })] });
    k.vm('b');
    const out = synth(k.stack).resource.libvirt_domain;
    expect(out.a.metadata.xml).toContain('<cdktf:disk name="data1"><cdktf:tag key="backup">daily</cdktf:tag></cdktf:disk>');
    expect(out.b.metadata).toBeUndefined();
    expect(out.b.description).toBeUndefined();
  });

  test('XML metacharacters are escaped and Terraform expressions stay text, in tags and in notes', () => {
    const k = kit();
    k.vm('a', {
      tags: { owner: '</cdktf:tag><x a="1">&amp; \'q\' ${var.x} %{if true}' },
      notes: 'line 1\n\tline <2> & "3" ${path.module} %{for x in y}',
    });
    const domain = domainOf(k);
    expect(domain.metadata.xml).toContain(
      '<cdktf:tag key="owner">&lt;/cdktf:tag&gt;&lt;x a=&quot;1&quot;&gt;&amp;amp; &apos;q&apos; $${var.x} %%{if true}</cdktf:tag>',
    );
    expect(domain.description).toBe('line 1\n\tline <2> & "3" $${path.module} %%{for x in y}');
  });

  test('characters XML cannot carry are refused', () => {
    const k = kit();
    k.vm('a', { tags: { env: 'a\uffffb' } });
    expect(refused(k.stack)).toContain('The tag "env" holds a character libvirt\'s domain XML cannot carry (U+FFFF)');
    const k2 = kit();
    k2.vm('a', { notes: 'broken \ud800 surrogate' });
    expect(refused(k2.stack)).toContain('The notes holds a character');
  });
});

describe('machine type', () => {
  test('the libvirt hardware version is os.type_machine; the other vendors\' are left', () => {
    const k = kit();
    k.vm('a', { hardwareVersions: [HardwareVersion.vsphere(21), HardwareVersion.libvirt('pc-q35-8.2'), HardwareVersion.hyperv('10.0')] });
    k.vm('b', { firmware: Firmware.BIOS, hardwareVersions: [HardwareVersion.libvirt('pc-i440fx-7.2')] });
    k.vm('c', { hardwareVersions: [HardwareVersion.vsphere(21)] });
    const domains = synth(k.stack).resource.libvirt_domain;
    expect([domains.a.os.type_machine, domains.b.os.type_machine, domains.c.os.type_machine]).toEqual(['pc-q35-8.2', 'pc-i440fx-7.2', 'q35']);
  });

  test('the PC machine types with PCI are accepted: q35, pc-q35-*, pc and pc-i440fx-*', () => {
    const k = kit();
    const types = ['q35', 'pc-q35-rhel9.4.0', 'pc', 'pc-i440fx-rhel7.6.0'];
    types.forEach((type, i) => k.vm(`v${i}`, {
      firmware: type.includes('q35') ? Firmware.UEFI : Firmware.BIOS, hardwareVersions: [HardwareVersion.libvirt(type)],
    }));
    const domains = synth(k.stack).resource.libvirt_domain;
    expect(types.map((_, i) => domains[`v${i}`].os.type_machine)).toEqual(types);
  });

  const noPci = ['microvm', 'virt', 'isapc', 'xenfv', 'pc-q35-', 'pc-i440fx-', 'q35-pc', 'ubuntu-q35'];
  test.each(noPci)('machine type %j is refused: no PCI, no domain', (type) => {
    const k = kit();
    k.vm('a', { firmware: Firmware.BIOS, hardwareVersions: [HardwareVersion.libvirt(type)] });
    const message = refused(k.stack);
    expect(message).toContain(`"${type}" is not one: libvirt would refuse to define the domain`);
    expect(message).toContain(`HardwareVersion.libvirt(${JSON.stringify(type)})`);
    expect(message).toContain('q35, pc-q35-<version>, pc or pc-i440fx-<version>');
    expect(message).not.toContain('a q35 one for a UEFI VM');
    expect(message).toContain('leave the libvirt hardware version out (q35)');
  });

  test('a UEFI VM with a machine type without PCI is told it needs a q35 one', () => {
    const k = kit();
    k.vm('a', { hardwareVersions: [HardwareVersion.libvirt('microvm')] });
    expect(refused(k.stack)).toContain('pc-i440fx-<version>, as `qemu-system-x86_64 -machine help` lists them, e.g. "pc-q35-8.2"; '
      + 'a q35 one for a UEFI VM');
  });

  test('a UEFI VM needs a q35 machine type', () => {
    const k = kit();
    k.vm('a', { hardwareVersions: [HardwareVersion.libvirt('pc-i440fx-7.2')] });
    const message = refused(k.stack);
    expect(message).toContain('A UEFI VM needs a q35 machine type');
    expect(message).toContain('HardwareVersion.libvirt("pc-i440fx-7.2")');
    expect(message).toContain('pc-q35-<version>');
  });
});

describe('CPU and memory', () => {
  test('CPU shares are cgroup v2 weights around the default 100', () => {
    const k = kit();
    k.vm('a', { cpuShares: ShareLevel.LOW });
    k.vm('b', { cpuShares: ShareLevel.NORMAL });
    k.vm('c', { cpuShares: ShareLevel.HIGH });
    const domains = synth(k.stack).resource.libvirt_domain;
    expect([domains.a.cpu_tune, domains.b.cpu_tune, domains.c.cpu_tune]).toEqual([{ shares: 50 }, { shares: 100 }, { shares: 200 }]);
  });

  test('a CPU limit is a quota per vCPU of a 100 ms period', () => {
    const k = kit();
    k.vm('a', { cpuLimit: 25, cpuShares: ShareLevel.HIGH });
    expect(domainOf(k).cpu_tune).toEqual({ period: 100000, quota: 25000, shares: 200 });
  });

  test('a memory limit is the hard limit of the QEMU process: the limit plus 1 GiB', () => {
    const k = kit();
    k.vm('a', { memoryLimit: Size.gibibytes(12) });
    k.vm('b', { memory: Size.gibibytes(4), dynamicMemory: { minimum: Size.gibibytes(4), maximum: Size.gibibytes(8) }, memoryLimit: Size.gibibytes(8) });
    const domains = synth(k.stack).resource.libvirt_domain;
    expect(domains.a.memory_tune).toEqual({ hard_limit: 13 * 1024, hard_limit_unit: 'MiB' });
    expect(domains.b.memory_tune).toEqual({ hard_limit: 9 * 1024, hard_limit_unit: 'MiB' });
    expect(domains.a.cpu_tune).toBeUndefined();
  });

  test('a memory limit below the VM\'s memory (its maximum, with a balloon) is refused', () => {
    const k = kit();
    k.vm('a', { memoryLimit: Size.gibibytes(4) });
    const message = refused(k.stack);
    expect(message).toContain('a limit below the VM\'s memory would kill the guest');
    expect(message).toContain('memoryLimit 4 GiB, memory 8 GiB');
    const k2 = kit();
    k2.vm('a', { memory: Size.gibibytes(4), dynamicMemory: { minimum: Size.gibibytes(4), maximum: Size.gibibytes(8) }, memoryLimit: Size.gibibytes(6) });
    expect(refused(k2.stack)).toContain('memoryLimit 6 GiB, memory 8 GiB');
  });

  test('memory shares are refused with the way out', () => {
    const k = kit();
    k.vm('a', { memoryShares: ShareLevel.HIGH });
    expect(refused(k.stack)).toContain('use memoryLimit or memoryReservation');
  });
});

describe('Windows customization and other refusals', () => {
  test('a Windows VM gets the cloudbase-init documents on its cloud-init disk, passwords as references', () => {
    const k = kit();
    const admin = new TerraformVariable(k.stack, 'admin', { type: 'string', sensitive: true });
    const join = new TerraformVariable(k.stack, 'join', { type: 'string', sensitive: true });
    k.vm('a', {
      guestOs: GuestOs.WINDOWS_SERVER_2022,
      guestInit: GuestInit.windows({ adminPassword: admin.stringValue, domainJoin: { domain: 'corp.example.com', user: 'svc', password: join.stringValue } }),
    });
    const out = synth(k.stack);
    const seed = out.resource.libvirt_cloudinit_disk.a;
    expect(seed.meta_data).toBe('{"instance-id":"a","local-hostname":"a"}');
    expect(seed.user_data).toContain('"content":"${base64encode(var.admin)}"');
    expect(seed.user_data).toContain('"content":"${base64encode(var.join)}"');
    expect(out.resource.libvirt_domain.a.devices.disks.at(-1).target).toEqual({ dev: 'sda', bus: 'sata' });
  });

  test('folders, resource pools and hosts\' migration addresses are refused with the way out', () => {
    const k = kit();
    k.vm('a', { folder: 'estate/linux' });
    expect(refused(k.stack)).toContain('leave folder out for libvirt');
    const k2 = kit();
    k2.vm('a', { resourcePool: 'batch' });
    expect(refused(k2.stack)).toContain('use cpuShares and cpuLimit');
    const k3 = kit(['h1', 'h2']);
    const migration = new VirtualNetwork(k3.stack, 'vmotion', { target: k3.target, role: TrafficRole.LIVE_MIGRATION });
    const cluster = new HaCluster(k3.stack, 'c', {
      target: k3.target,
      hosts: ['h1', 'h2'],
      hostCapacity: { cpuCores: 32, memory: Size.gibibytes(256) },
      acknowledgeNoHostFailover: true,
      migration: { network: migration, subnet: '10.0.20.0/24', hostAddresses: { h1: '10.0.20.11/24', h2: '10.0.20.12/24' } },
    });
    new VirtualMachine(k3.stack, 'a', { cluster, cpus: 2, memory: Size.gibibytes(4), image: ubuntu, guestOs: GuestOs.UBUNTU_24_04 });
    expect(refused(k3.stack, 'test/c')).toContain('give each host\'s migration address in its URI');
  });
});

describe('output independent of the design\'s order', () => {
  const everything = (k: Kit, id: string): Partial<VirtualMachineProps> => ({
    tags: { b: '2', a: '1' },
    notes: `${id} notes`,
    cpuShares: ShareLevel.HIGH,
    cpuLimit: 50,
    memoryLimit: Size.gibibytes(8),
    hardwareVersions: [HardwareVersion.libvirt('pc-q35-8.2')],
    nics: [Nic.on(k.net, { macAddress: id === 'a' ? '52:54:00:00:00:0a' : '52:54:00:00:00:0b', ipv4: { address: `10.0.0.${id === 'a' ? 10 : 11}/24` } })],
    guestInit: GuestInit.hostname(id),
    image: Image.fromUrl('https://images.example.com/base.qcow2', { size: Size.gibibytes(4) }),
  });

  test('the same design gives the same output, whatever the order of its VMs, tags and disks', () => {
    const render = (order: string[], reverse: boolean) => {
      const k = kit();
      for (const id of order) {
        const props = everything(k, id);
        const disks = [Disk.data(Size.gibibytes(1), { name: 'x', slot: 1, tags: { k: 'v' } }), Disk.data(Size.gibibytes(1), { name: 'y', slot: 2, tags: { k: 'w' } })];
        k.vm(id, { ...props, tags: reverse ? { a: '1', b: '2' } : props.tags, disks: reverse ? disks.reverse() : disks });
      }
      // the whole configuration as text: the order of every key counts
      return JSON.stringify(synth(k.stack));
    };
    const first = render(['a', 'b'], false);
    expect(render(['b', 'a'], true)).toBe(first);
    expect(render(['a', 'b'], false)).toBe(first);
    expect(JSON.parse(first).resource.libvirt_domain.a.metadata.xml)
      .toContain('<cdktf:tag key="a">1</cdktf:tag><cdktf:tag key="b">2</cdktf:tag><cdktf:disk name="x">');
  });
});
