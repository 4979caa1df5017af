import { TerraformOutput, TerraformStack, Testing } from 'cdktf';
import {
  DesignError, HypervTarget, Image, LibvirtTarget, Nic, Size, Target, Vendor, VirtualMachine, VirtualNetwork, VsphereTarget,
} from '../../src';
import { hypervTarget, libvirtTarget, newStack, synth, vsphereTarget } from '../util';

const TARGETS: Array<[string, (stack: TerraformStack) => VsphereTarget | HypervTarget | LibvirtTarget]> = [
  ['vsphere', vsphereTarget],
  ['hyperv', hypervTarget],
  ['libvirt', libvirtTarget],
];

function vm(stack: TerraformStack, id: string, target: Target, nics: Nic[] = []): VirtualMachine {
  return new VirtualMachine(stack, id, { target, cpus: 2, memory: Size.gibibytes(4), image: Image.template('ubuntu-24.04', { size: Size.gibibytes(20) }), nics });
}

function caught(f: () => unknown): Error {
  try {
    f();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected an error');
}

describe.each(TARGETS)('lifecycle on %s', (_vendor, makeTarget) => {
  test('a VM created after the stack was synthesized is refused, not dropped', () => {
    const stack = newStack();
    const target = makeTarget(stack);
    vm(stack, 'web1', target);
    synth(stack);
    const error = caught(() => vm(stack, 'web2', target));
    expect(error).toBeInstanceOf(DesignError);
    expect(error.message).toContain('test/web2');
    expect(error.message).toContain('created after its target test/target rendered the design (when its stack was synthesized)');
  });

  test('a network created after a defaultChild was read is refused and names the read', () => {
    const stack = newStack();
    const target = makeTarget(stack);
    const web1 = vm(stack, 'web1', target);
    expect(web1.node.defaultChild).toBeDefined();
    const error = caught(() => new VirtualNetwork(stack, 'late', { target }));
    expect(error).toBeInstanceOf(DesignError);
    expect(error.message).toContain('when node.defaultChild of test/web1 was read');
  });

  test('addresses first read after synth are refused: nothing was rendered to read them', () => {
    const stack = newStack();
    const target = makeTarget(stack);
    const web1 = vm(stack, 'web1', target);
    synth(stack);
    const error = caught(() => web1.primaryIpv4);
    expect(error).toBeInstanceOf(DesignError);
    expect(error.message).toContain('primaryIpv4');
  });

  test('attributes read before the design is complete resolve at synth', () => {
    const stack = newStack();
    const target = makeTarget(stack);
    const web1 = vm(stack, 'web1', target);
    new TerraformOutput(stack, 'web1_id', { value: web1.id });
    vm(stack, 'web2', target);
    const out = synth(stack);
    expect(out.output.web1_id.value).toMatch(/^\$\{[a-z_]+\.web1\.[a-z_]+\}$/);
    expect(Object.keys(out.resource).some((type) => Object.keys(out.resource[type]).includes('web2'))).toBe(true);
  });

  test('a NIC index outside the VM is refused', () => {
    const stack = newStack();
    const target = makeTarget(stack);
    const net = new VirtualNetwork(stack, 'app', { target });
    const web1 = vm(stack, 'web1', target, [Nic.on(net)]);
    expect(() => web1.macAddress(1)).toThrow(/no NIC at index 1[\s\S]*0 to 0/);
    expect(() => web1.macAddress(-1)).toThrow(DesignError);
  });

  test('an override path that is not a path is refused where it is given', () => {
    const stack = newStack();
    const target = makeTarget(stack);
    const web1 = vm(stack, 'web1', target);
    for (const path of ['', 'a..b', '0.name', 'name[0]', 'a.${var.x}', 'a. b']) {
      expect(() => web1.addVendorOverride(Vendor.LIBVIRT, path, 1)).toThrow(/override path/);
    }
    expect(() => web1.addVendorOverride(Vendor.LIBVIRT, 'devices.interfaces.0.model', 1)).not.toThrow();
  });
});

test('two synths of one app render once: the second synth gives the same JSON', () => {
  const stack = newStack();
  const target = vsphereTarget(stack);
  vm(stack, 'web1', target);
  expect(Testing.synth(stack)).toEqual(Testing.synth(stack));
});
