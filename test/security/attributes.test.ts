import { VirtualMachine as VsphereVm } from '@cdktf/provider-vsphere/lib/virtual-machine';
import { Fn, TerraformResource, TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { resolve } from 'cdktf/lib/_tokens';
import { ShieldedVm, ShieldingLevel, Size, GuestOs, Image, HypervKeyProtector, HypervTarget, Credentials } from '../../src';
import { Volume } from '../../src/providers/libvirt/volume';
import { resolvedAttributes } from '../../src/security/attributes';
import { hypervTarget, libvirtTarget, newStack, vsphereTarget, webDesign } from '../util';

/** The attributes as cdktf resolves them for `cdk.tf.json`. */
function cdktfAttributes(stack: TerraformStack, resource: TerraformResource): any {
  const json = resolve(stack, resource.toTerraform());
  return Object.values<any>(json.resource?.[resource.terraformResourceType] ?? {})[0] ?? {};
}

/** Every resource of a synthesized stack, read both ways. */
function bothWays(stack: TerraformStack): Array<{ path: string; ours: any; cdktf: any }> {
  Testing.synth(stack);
  return stack.node.findAll().filter((c): c is TerraformResource => c instanceof TerraformResource)
    .map((r) => ({ path: r.node.path, ours: resolvedAttributes(stack, r), cdktf: cdktfAttributes(stack, r) }));
}

describe('resolvedAttributes (what the security baseline reads)', () => {
  test.each([
    ['vsphere', vsphereTarget],
    ['hyperv', hypervTarget],
    ['libvirt', libvirtTarget],
  ])('equals cdktf\'s resolution for every resource the %s target renders', (_, makeTarget) => {
    const all = bothWays(webDesign(makeTarget, { image: Image.template('ubuntu-24.04', { size: Size.gibibytes(20) }) }));
    expect(all.length).toBeGreaterThan(0);
    for (const { ours, cdktf } of all) expect(ours).toEqual(cdktf);
  });

  test('equals cdktf\'s resolution for tokens of every kind, numbers written into strings and overrides', () => {
    // GIVEN resources with string, number, list and map tokens, functions and raw overrides
    const stack = newStack();
    const name = new TerraformVariable(stack, 'name', { type: 'string' });
    const cpus = new TerraformVariable(stack, 'cpus', { type: 'number' });
    const tags = new TerraformVariable(stack, 'tags', { type: 'list(string)' });
    const extra = new TerraformVariable(stack, 'extra', { type: 'map(string)' });
    const vm = new VsphereVm(stack, 'vm', {
      name: `${name.stringValue}-web`,
      resourcePoolId: Fn.join('/', ['pool', name.stringValue]),
      numCpus: cpus.numberValue,
      memory: 4096,
      tags: tags.listValue,
      extraConfig: extra.value,
      annotation: `${cpus.numberValue} cpus, 1e+5 bytes, secure-boot`,
      networkInterface: [{ networkId: Fn.element(tags.listValue, 0) }],
    });
    vm.addOverride('cdrom', [{ client_device: false, datastore_id: name.stringValue }]);
    new Volume(stack, 'v', { name: 'v', pool: 'default', capacity: cpus.numberValue, target: { format: { type: 'qcow2' } } });
    // a shielded Hyper-V VM, whose renderer writes scripts and data resources
    const target = new HypervTarget(stack, 'target', {
      hosts: [{ name: 'hv1' }],
      credentials: Credentials.fromVariables(),
      remotePowerShell: true,
      externalSwitch: { adapters: ['Ethernet 2'] },
      keyProtector: HypervKeyProtector.guardian('Owner'),
    });
    new ShieldedVm(stack, 'sh', { target, cpus: 2, memory: Size.gibibytes(4), guestOs: GuestOs.WINDOWS_SERVER_2022, image: Image.template('w'), shielding: ShieldingLevel.HOST_GUARDED });
    // WHEN both read every resource THEN they agree
    const all = bothWays(stack);
    expect(all.map((a) => a.path)).toEqual(expect.arrayContaining(['test/vm', 'test/v']));
    for (const { ours, cdktf } of all) expect(ours).toEqual(cdktf);
    expect(all.find((a) => a.path === 'test/vm')!.ours).toEqual(expect.objectContaining({
      name: '${var.name}-web',
      num_cpus: '${var.cpus}',
      tags: '${var.tags}',
      annotation: '${var.cpus} cpus, 1e+5 bytes, secure-boot',
    }));
  });
});
