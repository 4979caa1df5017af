import { Disk, Image, Size, Target, VirtualMachine } from '../../src';
import { anyNics, hypervTarget, libvirtTarget, newStack, synth, vsphereTarget } from '../util';

function vmWithDisks(factory: (s: any) => Target) {
  const stack = newStack();
  const target = factory(stack);
  new VirtualMachine(stack, 'db', {
    target,
    cpus: 1,
    memory: Size.gibibytes(2),
    image: Image.template('ubuntu-24.04', { size: Size.gibibytes(10) }),
    disks: [Disk.data(Size.gibibytes(10), { name: 'kept', slot: 1 }), Disk.data(Size.gibibytes(10), { name: 'scratch', slot: 2, allowDestroy: true })],
    nics: anyNics(stack, target),
  });
  return synth(stack);
}

describe('data disks are protected against destroy unless the design lets them go', () => {
  test('vSphere keeps the disk when the VM or the disk goes', () => {
    const disks = vmWithDisks(vsphereTarget).resource.vsphere_virtual_machine.db.disk;
    expect(disks.map((d: any) => [d.label, d.keep_on_remove])).toEqual([['os', undefined], ['kept', true], ['scratch', undefined]]);
  });

  test('Hyper-V prevents destroying the VHDX', () => {
    const vhds = vmWithDisks(hypervTarget).resource.hyperv_vhd;
    expect(vhds.db_kept.lifecycle).toEqual({ prevent_destroy: true });
    expect(vhds.db_scratch.lifecycle).toBeUndefined();
    expect(vhds.db_os.lifecycle).toBeUndefined();
  });

  test('libvirt prevents destroying the volume', () => {
    const volumes = vmWithDisks(libvirtTarget).resource.libvirt_volume;
    expect(volumes.db_kept.lifecycle).toEqual({ prevent_destroy: true });
    expect(volumes.db_scratch.lifecycle).toBeUndefined();
  });
});
