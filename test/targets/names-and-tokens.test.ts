import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, TerraformStack, TerraformVariable } from 'cdktf';
import { GuestInit, HypervTarget, Image, LibvirtTarget, Nic, Size, Target, VirtualMachine, VirtualNetwork, VsphereTarget } from '../../src';
import { copyProps } from '../../src/model/copy';
import { LOCK_FILE_CONTEXT } from '../../src/targets/cluster-placement';
import { anyNics, hypervTarget, libvirtTarget, newStack, only, synth, vsphereTarget } from '../util';

/** A VM of image `toString`, whose path or template the target's images map gives. */
function imageNamedLikeAPrototypeProperty(makeTarget: (stack: TerraformStack, images: { [name: string]: string }) => unknown) {
  const stack = newStack();
  const target = makeTarget(stack, { toString: 'chosen-image' }) as VsphereTarget;
  new VirtualMachine(stack, 'web1', {
    target, cpus: 2, memory: Size.gibibytes(4), image: Image.template('toString', { size: Size.gibibytes(20) }), nics: anyNics(stack, target),
  });
  return synth(stack);
}

describe('names that are properties of Object.prototype', () => {
  test('an image named toString is looked up in the images map on vSphere', () => {
    // GIVEN a vSphere target whose images map names the template of image "toString"
    const out = imageNamedLikeAPrototypeProperty((stack, images) => new VsphereTarget(stack, 'target', {
      server: 'vc.example.com', datacenter: 'dc1', cluster: 'prod', datastore: 'ds1', distributedSwitch: 'dvs1', images,
    }));
    // THEN the template looked up is the one the map gives
    expect(Object.values<any>(out.data.vsphere_virtual_machine).map((d) => d.name)).toEqual(['chosen-image']);
  });

  test('an image named toString is looked up in the images map on Hyper-V and libvirt', () => {
    const hyperv = imageNamedLikeAPrototypeProperty((stack, images) => new HypervTarget(stack, 'target', {
      hosts: [{ name: 'hv1' }], externalSwitch: { adapters: ['Ethernet 2'] }, images,
    }));
    expect(only(hyperv, 'hyperv_vhd').parent_path).toBe('chosen-image');
    const libvirt = imageNamedLikeAPrototypeProperty((stack, images) => new LibvirtTarget(stack, 'target', {
      hosts: [{ name: 'kvm1', uri: 'qemu+ssh://root@kvm1/system' }], images,
    }));
    expect(Object.values<any>(libvirt.resource.libvirt_volume).map((v) => v.backing_store?.path).filter(Boolean)).toEqual(['chosen-image']);
  });

  test('a prop key "__proto__" is copied as a key, not as the copy\'s prototype', () => {
    const props = JSON.parse('{"__proto__": "x", "a": 1}');
    const copy = copyProps(props);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.entries(copy)).toEqual([['__proto__', 'x'], ['a', 1]]);
  });
});

describe('tokens in what synth writes besides cdk.tf.json', () => {
  test('a vSphere cluster given as a variable shows as its expression in the topology diagram', () => {
    // GIVEN a vSphere target whose cluster is a Terraform variable
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'names-tokens-'));
    const app = new App({ outdir, context: { [LOCK_FILE_CONTEXT]: false } });
    const stack = new TerraformStack(app, 'shop');
    const cluster = new TerraformVariable(stack, 'cluster_name', { type: 'string' }).stringValue;
    const target = new VsphereTarget(stack, 'target', { server: 'vc.example.com', datacenter: 'dc1', cluster, datastore: 'ds1', distributedSwitch: 'dvs1' });
    new VirtualMachine(stack, 'web1', { target, cpus: 2, memory: Size.gibibytes(4), image: Image.template('ubuntu'), nics: anyNics(stack, target) });
    // WHEN the app is synthesized
    app.synth();
    // THEN the diagram names the variable, never a token placeholder
    const diagram = fs.readFileSync(path.join(outdir, 'stacks', 'shop', 'topology.mmd'), 'utf8');
    expect(diagram).toContain('${var.cluster_name}');
    expect(diagram).not.toMatch(/TfToken|TOKEN\./);
  });

  test.each([
    ['vSphere', vsphereTarget], ['Hyper-V', (s: TerraformStack) => hypervTarget(s)], ['libvirt', (s: TerraformStack) => libvirtTarget(s)],
  ])('fails on %s when the guest host name is a token: it is written into the cloud-init meta data at synth', (_, makeTarget) => {
    const stack = vmWithGuestInit(makeTarget, (hostname) => GuestInit.cloudInit({ userData: '#cloud-config\n', hostname }));
    expect(() => synth(stack)).toThrow(/guestInit\.hostname must be known at synth[\s\S]*value: +\$\{var\.setting\}/);
  });
});

describe('static addresses given as tokens', () => {
  test.each([
    ['vSphere', vsphereTarget], ['libvirt', (s: TerraformStack) => libvirtTarget(s)],
  ])('fails on %s when the DNS domain is a token: it is written into the cloud-init network config at synth', (_, makeTarget) => {
    const stack = vmWithGuestInit(makeTarget, (domain) => GuestInit.cloudInit({ userData: '#cloud-config\n', ipv4: { address: '10.0.0.5/24', domain } }));
    expect(() => synth(stack)).toThrow(/guestInit\.ipv4 must be known at synth[\s\S]*var\.setting/);
  });
});

/** A stack with VM web1 whose guest initialisation the callback makes from a string variable, `var.setting`. */
function vmWithGuestInit(makeTarget: (stack: TerraformStack) => Target, init: (setting: string) => GuestInit): TerraformStack {
  const stack = newStack();
  const target = makeTarget(stack);
  const setting = new TerraformVariable(stack, 'setting', { type: 'string' }).stringValue;
  new VirtualMachine(stack, 'web1', {
    target,
    cpus: 2,
    memory: Size.gibibytes(4),
    image: Image.template('ubuntu', { size: Size.gibibytes(20) }),
    guestInit: init(setting),
    // a static address needs a NIC to be on
    nics: [Nic.on(new VirtualNetwork(stack, 'lan', { target, existing: true }))],
  });
  return stack;
}
