import { Disk, Firmware, GuestInit, Image, Size, Target, VirtualMachine } from '../../src';
import { virtioDeviceName } from '../../src/targets/libvirt/disks';
import { anyNics, hypervTarget, libvirtTarget, newStack, synth, vsphereTarget } from '../util';

/*
 * A data disk is known by its name and seen by the guest at its slot. Inserting a disk in front,
 * removing one or reordering the list leaves every other disk where it was: same resource address,
 * same size, same unit, location or device.
 */

/** A data disk of the tests: name, size in GiB, slot. */
type D = [name: string, gib: number, slot: number];

const BASE: D[] = [['db', 40, 2], ['logs', 10, 3], ['backup', 20, 5]];
const CHANGES: Array<[string, D[]]> = [
  ['a disk inserted in front, in the lowest slot', [['scratch', 5, 1], ...BASE]],
  ['a disk inserted in front, in a slot between the others', [['scratch', 5, 4], ...BASE]],
  ['a disk inserted in front, in a slot above the others', [['scratch', 5, 6], ...BASE]],
  ['a disk removed', [BASE[0], BASE[2]]],
  ['the disks reordered', [BASE[2], BASE[0], BASE[1]]],
];

function design(makeTarget: (s: any) => Target, disks: D[], firmware = Firmware.UEFI): any {
  const stack = newStack();
  const target = makeTarget(stack);
  new VirtualMachine(stack, 'db1', {
    target,
    cpus: 2,
    memory: Size.gibibytes(4),
    firmware,
    image: Image.template('ubuntu-24.04', { size: Size.gibibytes(10) }),
    guestInit: GuestInit.hostname('db1'),
    disks: disks.map(([name, gib, slot]) => Disk.data(Size.gibibytes(gib), { name, slot })),
    nics: anyNics(stack, target),
  });
  return synth(stack);
}

/** Per data disk, by name: where Terraform keeps it, its size, and where the guest sees it. */
type Identity = Record<string, { address: string; size: number; device: string }>;

function vsphereDisks(out: any): Identity {
  const vm = out.resource.vsphere_virtual_machine.db1;
  const controllers = vm.scsi_controller_count ?? 1;
  return Object.fromEntries(vm.disk.filter((d: any) => d.label !== 'os').map((d: any) => [d.label, {
    address: `vsphere_virtual_machine.db1.disk[label=${d.label}]`,
    size: d.size,
    device: `unit ${d.unit_number} of ${controllers} controller(s)`,
  }]));
}

function hypervDisks(out: any): Identity {
  const drives: any[] = out.resource.hyperv_machine_instance.db1.hard_disk_drives;
  return Object.fromEntries(Object.entries<any>(out.resource.hyperv_vhd).filter(([id]) => id !== 'db1_os').map(([id, vhd]) => {
    const drive = drives.find((d) => d.path === `\${hyperv_vhd.${id}.path}`);
    return [vhd.path.split('\\').pop().replace('.vhdx', ''), {
      address: `hyperv_vhd.${id}`,
      size: vhd.size,
      device: `${drive.controller_type} ${drive.controller_number}:${drive.controller_location}`,
    }];
  }));
}

function libvirtDisks(out: any): Identity {
  const devices: any[] = out.resource.libvirt_domain.db1.devices.disks;
  const volumes = Object.entries<any>(out.resource.libvirt_volume).filter(([id]) => !['db1_os', 'db1_cidata'].includes(id));
  return Object.fromEntries(volumes.map(([id, volume]) => {
    const device = devices.find((d) => d.source.file?.file === `\${libvirt_volume.${id}.path}`);
    return [volume.name.replace(/^db1-/, '').replace('.qcow2', ''), {
      address: `libvirt_volume.${id}`,
      size: volume.capacity,
      device: device.target.dev,
    }];
  }));
}

const VENDORS: Array<[string, (s: any) => Target, (out: any) => Identity]> = [
  ['vSphere', vsphereTarget, vsphereDisks],
  ['Hyper-V', hypervTarget, hypervDisks],
  ['libvirt', libvirtTarget, libvirtDisks],
];

describe.each(VENDORS)('%s: data disks keep their identity', (_vendor, makeTarget, identity) => {
  const before = identity(design(makeTarget, BASE));

  test('each disk has its own address, size and device', () => {
    expect(Object.keys(before).sort()).toEqual(['backup', 'db', 'logs']);
    expect(new Set(Object.values(before).map((d) => d.address)).size).toBe(3);
    expect(new Set(Object.values(before).map((d) => d.device)).size).toBe(3);
    expect(new Set(Object.values(before).map((d) => d.size)).size).toBe(3);
  });

  test.each(CHANGES)('with %s, every other disk keeps its address, size and device', (_change, disks) => {
    const after = identity(design(makeTarget, disks));
    for (const [name] of disks.filter(([n]) => n in before)) {
      expect({ name, ...after[name] }).toEqual({ name, ...before[name] });
    }
    expect(Object.keys(after).sort()).toEqual(disks.map(([n]) => n).sort());
  });

  test('reordering the list changes nothing in the output', () => {
    expect(design(makeTarget, [BASE[2], BASE[0], BASE[1]])).toEqual(design(makeTarget, BASE));
  });
});

/** The data disks of a VM at the given slots, named after them. */
function atSlots(makeTarget: (s: any) => Target, slots: number[], firmware = Firmware.UEFI): any {
  return design(makeTarget, slots.map((slot) => [`d${slot}`, 1, slot]), firmware);
}

describe('where the guest sees a data disk follows its slot', () => {
  test('vSphere unit numbers skip each controller\'s unit 7, and the VM gets the SCSI controllers its disks need', () => {
    const one = atSlots(vsphereTarget, [6, 7, 13]).resource.vsphere_virtual_machine.db1;
    expect(one.disk.map((d: any) => [d.label, d.unit_number])).toEqual([['os', 0], ['d6', 6], ['d7', 8], ['d13', 14]]);
    expect(one.scsi_controller_count).toBeUndefined();
    const four = atSlots(vsphereTarget, [14, 55]).resource.vsphere_virtual_machine.db1;
    expect(four.disk.map((d: any) => [d.label, d.unit_number])).toEqual([['os', 0], ['d14', 15], ['d55', 59]]);
    expect(four.scsi_controller_count).toBe(4);
  });

  test('Hyper-V puts slot N at SCSI location N (generation 2) or N-1 (generation 1), and the cloud-init drive after the highest slot', () => {
    const gen2 = atSlots(hypervTarget, [1, 7]).resource.hyperv_machine_instance.db1;
    expect(gen2.hard_disk_drives.map((d: any) => [d.controller_type, d.controller_location])).toEqual([['Scsi', 0], ['Scsi', 1], ['Scsi', 7]]);
    expect(gen2.dvd_drives).toEqual([{ controller_number: 0, controller_location: 8, path: expect.any(String) }]);
    const gen1 = atSlots(hypervTarget, [1, 7], Firmware.BIOS).resource.hyperv_machine_instance.db1;
    expect(gen1.hard_disk_drives.map((d: any) => [d.controller_type, d.controller_location])).toEqual([['Ide', 0], ['Scsi', 0], ['Scsi', 6]]);
  });

  test('libvirt names devices as libvirt does: vdz, then vdaa, vdab, ... vdzz, vdaaa', () => {
    const disks = atSlots(libvirtTarget, [25, 26, 27, 52, 199]).resource.libvirt_domain.db1.devices.disks;
    expect(disks.map((d: any) => d.target.dev)).toEqual(['vda', 'vdz', 'vdaa', 'vdab', 'vdba', 'vdgr', 'sda']);
    expect([701, 702].map(virtioDeviceName)).toEqual(['vdzz', 'vdaaa']);
  });
});

describe('the limit tables bound the data disks of a VM', () => {
  test.each([
    ['vSphere', vsphereTarget, Firmware.UEFI, 56, /vSphere 8.0 attaches data disks up to slot 55 to one VM[\s\S]*value: +d56: slot 56[\s\S]*4 SCSI adapters per VM; terraform-provider-vsphere disk unit_number 0-59/],
    ['Hyper-V generation 2', hypervTarget, Firmware.UEFI, 63, /Hyper-V \(generation 2\) attaches data disks up to slot 62 to one VM with a cloud-init drive[\s\S]*64 disks per SCSI controller/],
    ['Hyper-V generation 1', hypervTarget, Firmware.BIOS, 65, /Hyper-V \(generation 1\) attaches data disks up to slot 64 to one VM[\s\S]*attaches to SCSI controller 0 only/],
    ['libvirt', libvirtTarget, Firmware.UEFI, 200, /KVM \(rhel-9\) attaches data disks up to slot 199 to one VM[\s\S]*32 PCI slots per bus, 8 functions per slot/],
  ])('fails on %s when a slot lies beyond the limit', (_vendor, makeTarget, firmware, slot, message) => {
    expect(() => atSlots(makeTarget, [1, slot], firmware)).toThrow(message);
  });

  test('takes the highest slot of each vendor', () => {
    expect(atSlots(vsphereTarget, [55]).resource.vsphere_virtual_machine.db1.disk[1].unit_number).toBe(59);
    expect(atSlots(hypervTarget, [62]).resource.hyperv_machine_instance.db1.dvd_drives[0].controller_location).toBe(63);
    expect(atSlots(hypervTarget, [64], Firmware.BIOS).resource.hyperv_machine_instance.db1.hard_disk_drives[1].controller_location).toBe(63);
    expect(atSlots(libvirtTarget, [199]).resource.libvirt_domain.db1.devices.disks[1].target.dev).toBe('vdgr');
  });
});
