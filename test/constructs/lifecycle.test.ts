import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, TerraformOutput, TerraformResource, TerraformStack, Testing } from 'cdktf';
import {
  DesignError, HypervTarget, Image, LibvirtTarget, Nic, Size, Target, Vendor, VirtualMachine, VirtualNetwork, VsphereTarget,
} from '../../src';
import { resolve } from '../../src/core';
import { LOCK_FILE_CONTEXT } from '../../src/targets/cluster-placement';
import { anyNics, hypervTarget, libvirtTarget, newStack, only, synth, vsphereTarget } from '../util';

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
    vm(stack, 'web1', target, anyNics(stack, target));
    synth(stack);
    const error = caught(() => vm(stack, 'web2', target));
    expect(error).toBeInstanceOf(DesignError);
    expect(error.message).toContain('test/web2');
    expect(error.message).toContain('created after its target test/target rendered the design (when its stack was synthesized)');
  });

  test('a network created after a defaultChild was read is refused and names the read', () => {
    const stack = newStack();
    const target = makeTarget(stack);
    const web1 = vm(stack, 'web1', target, anyNics(stack, target));
    const main = web1.node.defaultChild;
    expect(main).toBe(Object.values(target.vmResources(web1))[0]);
    expect((main as TerraformResource).terraformResourceType).toMatch(/^(vsphere_virtual_machine|hyperv_machine_instance|libvirt_domain)$/);
    const error = caught(() => new VirtualNetwork(stack, 'late', { target }));
    expect(error).toBeInstanceOf(DesignError);
    expect(error.message).toContain('when node.defaultChild of test/web1 was read');
  });

  test('addresses first read after synth are refused: nothing was rendered to read them', () => {
    const stack = newStack();
    const target = makeTarget(stack);
    const net = new VirtualNetwork(stack, 'app', { target });
    const web1 = vm(stack, 'web1', target, [Nic.on(net)]);
    const web2 = vm(stack, 'web2', target, [Nic.on(net)]);
    const read = web2.primaryIpv4;
    synth(stack);
    const rendered = /was first read after the target test\/target rendered the design \(when its stack was synthesized\)/;
    for (const late of [() => web1.primaryIpv4, () => web1.ipAddresses, () => web1.macAddress(0)]) {
      const error = caught(late);
      expect(error).toBeInstanceOf(DesignError);
      expect(error.message).toMatch(rendered);
    }
    // an attribute read before the rendering may be read again after it, and resolves alike
    expect(resolve(stack, web2.primaryIpv4)).toBe(resolve(stack, read));
    expect(resolve(stack, read)).toContain('web2');
  });

  test('a construct\'s defaultChild can be set, as any construct\'s', () => {
    const stack = newStack();
    const target = makeTarget(stack);
    const web1 = vm(stack, 'web1', target);
    const own = new TerraformOutput(stack, 'own', { value: 'x' });
    web1.node.defaultChild = own;
    expect(web1.node.defaultChild).toBe(own);
  });

  test('HCL output works for a VM whose overrides are for other vendors', () => {
    const stack = newStack();
    const target = makeTarget(stack);
    const web1 = vm(stack, 'web1', target, anyNics(stack, target));
    web1.addVendorOverride(_vendor === 'vsphere' ? Vendor.LIBVIRT : Vendor.VSPHERE, 'annotation', 'elsewhere');
    expect(Testing.synthHcl(stack)).toContain('web1');
  });

  test('attributes read before the design is complete resolve at synth', () => {
    const stack = newStack();
    const target = makeTarget(stack);
    const nics = anyNics(stack, target);
    const web1 = vm(stack, 'web1', target, nics);
    new TerraformOutput(stack, 'web1_id', { value: web1.id });
    vm(stack, 'web2', target, nics);
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

  test('a VM without NICs has no addresses', () => {
    const stack = newStack();
    const web1 = vm(stack, 'web1', makeTarget(stack));
    expect(() => web1.primaryIpv4).toThrow(/has no NIC, so it has no primaryIpv4/);
    expect(() => web1.ipAddresses).toThrow(/has no NIC, so it has no ipAddresses/);
  });

  test('an override path that is not a path is refused where it is given', () => {
    const stack = newStack();
    const target = makeTarget(stack);
    const web1 = vm(stack, 'web1', target);
    for (const bad of ['', 'a..b', '0.name', 'name[0]', 'a.${var.x}', 'a. b', 'disk.01.size', 'disk.10000.size']) {
      expect(() => web1.addVendorOverride(Vendor.LIBVIRT, bad, 1)).toThrow(/override path/);
    }
    expect(() => web1.addVendorOverride(Vendor.LIBVIRT, 'devices.interfaces.0.model', 1)).not.toThrow();
  });
});

test('two synths of one app render once: the second synth gives the same JSON', () => {
  const stack = newStack();
  const target = vsphereTarget(stack);
  vm(stack, 'web1', target, anyNics(stack, target));
  expect(Testing.synth(stack)).toEqual(Testing.synth(stack));
});

test('a dynamic MAC address on Hyper-V, which the provider does not report, fails the synth when it is used', () => {
  const stack = newStack();
  const target = hypervTarget(stack);
  const net = new VirtualNetwork(stack, 'app', { target });
  const web1 = vm(stack, 'web1', target, [Nic.on(net)]);
  new TerraformOutput(stack, 'mac', { value: web1.macAddress(0) });
  expect(() => synth(stack)).toThrow(/NIC 1 gets a dynamic MAC address from Hyper-V/);
});

test('a static MAC address on Hyper-V is the adaptor\'s', () => {
  const stack = newStack();
  const target = hypervTarget(stack);
  const net = new VirtualNetwork(stack, 'app', { target });
  const web1 = vm(stack, 'web1', target, [Nic.on(net, { macAddress: '00:15:5d:00:00:01' })]);
  new TerraformOutput(stack, 'mac', { value: web1.macAddress(0) });
  expect(synth(stack).output.mac.value).toBe('${hyperv_machine_instance.web1.network_adaptors[0].static_mac_address}');
});

test('a MAC address libvirt chose is read by the addresses data source', () => {
  const stack = newStack();
  const target = libvirtTarget(stack);
  const net = new VirtualNetwork(stack, 'app', { target });
  const web1 = vm(stack, 'web1', target, [Nic.on(net)]);
  new TerraformOutput(stack, 'mac', { value: web1.macAddress(0) });
  const out = synth(stack);
  expect(Object.keys(out.data.libvirt_domain_interface_addresses)).toEqual(['web1_addresses']);
  expect(out.output.mac.value).toContain('data.libvirt_domain_interface_addresses.web1_addresses.interfaces');
});

test('an attribute used in another stack becomes a cross-stack reference to the rendered resource', () => {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdktf-hypervisor-cross-stack-'));
  try {
    const app = new App({ outdir, context: { [LOCK_FILE_CONTEXT]: false } });
    const vms = new TerraformStack(app, 'vms');
    const target = vsphereTarget(vms);
    const web1 = vm(vms, 'web1', target, anyNics(vms, target));
    const consumer = new TerraformStack(app, 'consumer');
    new TerraformOutput(consumer, 'web1_id', { value: web1.id });
    app.synth();
    const read = (stack: string) => JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', stack, 'cdk.tf.json'), 'utf8'));
    const exported = Object.values<any>(read('vms').output);
    expect(exported.map((o) => o.value)).toEqual(['${vsphere_virtual_machine.web1.id}']);
    expect(read('consumer').output.web1_id.value).toMatch(/^\$\{data\.terraform_remote_state\.[^.]+\.outputs\.[^}]+\}$/);
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
});

test('a rendering that failed fails again on the next synth, rather than giving part of the design', () => {
  const stack = newStack();
  const target = libvirtTarget(stack);
  // no image size, no OS disk size: libvirt cannot size the OS disk
  new VirtualMachine(stack, 'web1', { target, cpus: 2, memory: Size.gibibytes(4), image: Image.template('ubuntu-24.04') });
  const first = caught(() => synth(stack));
  expect(first).toBeInstanceOf(DesignError);
  expect(caught(() => synth(stack))).toBe(first);
});

test('a VM with vendor overrides refuses HCL output, which would leave them out', () => {
  const stack = newStack();
  const web1 = vm(stack, 'web1', hypervTarget(stack));
  web1.addVendorOverride(Vendor.HYPERV, 'notes', 'from an override');
  const machine = web1.node.defaultChild as TerraformResource;
  expect(() => machine.toHclTerraform()).toThrow(/Vendor overrides are written into the JSON output[\s\S]*notes/);
  expect(only(synth(stack), 'hyperv_machine_instance').notes).toBe('from an override');
});

test('names are unique per kind of element and target, whatever their case; kinds do not clash', () => {
  const stack = newStack();
  const target = vsphereTarget(stack);
  new VirtualNetwork(stack, 'app', { target, name: 'App' });
  expect(() => new VirtualNetwork(stack, 'app2', { target, name: 'app' })).toThrow(/already has a network named "app"/);
  expect(() => new VirtualMachine(stack, 'vm', {
    target, name: 'app', cpus: 2, memory: Size.gibibytes(4), image: Image.template('u'),
  })).not.toThrow();
});
