import { TerraformOutput } from 'cdktf';
import { DrsRule, DrsRuleGroup, GuestInit, HaCluster, Image, Nic, Size, Vendor, VirtualMachine, VirtualNetwork } from '../../src';
import { anyNics, newStack, synth, vsphereTarget } from '../util';

/** A vSphere VM `web1` with one NIC, overridden as given; its synthesized `vsphere_virtual_machine`. */
function overridden(...overrides: Array<[string, any]>): any {
  const stack = newStack();
  const target = vsphereTarget(stack);
  const app = new VirtualNetwork(stack, 'app', { target });
  const vm = new VirtualMachine(stack, 'web1', { target, cpus: 2, memory: Size.gibibytes(4), image: Image.template('u'), nics: [Nic.on(app)] });
  for (const [path, value] of overrides) vm.addVendorOverride(Vendor.VSPHERE, path, value);
  return synth(stack).resource.vsphere_virtual_machine.web1;
}

describe('a vendor override path that does not fit the rendered JSON fails the synth, saying why', () => {
  test.each([
    ['network_interface.bandwidth_share_level', 'network_interface is a list of blocks: the path needs an index after it'],
    ['network_interface.1.bandwidth_share_level', 'network_interface.1 is beyond the rendered list of 1'],
    ['network_interface.1', 'network_interface.1 is beyond the rendered list of 1'],
    ['clone.0.template_uuid', 'clone is not a list of blocks: the path takes no index after it'],
    ['name.first', 'name is a value, not a block'],
    ['cdrom.0.client_device', 'cdrom is not rendered: override the whole list'],
  ])('%s', (path, why) => {
    expect(() => overridden([path, 'x'])).toThrow(`The override path "${path}" does not fit the rendered vsphere_virtual_machine: ${why}.`);
  });
});

test('a path through a missing single block creates it; a path into a list changes one block; a list value replaces the list', () => {
  const vm = overridden(
    ['vapp.properties', { a: 'b' }],
    ['network_interface.0.bandwidth_share_level', 'high'],
    ['disk', [{ label: 'only', size: 10 }]],
  );
  expect(vm.vapp).toEqual({ properties: { a: 'b' } });
  expect(vm.network_interface).toEqual([expect.objectContaining({ bandwidth_share_level: 'high', adapter_type: 'vmxnet3' })]);
  expect(vm.disk).toEqual([{ label: 'only', size: 10 }]);
});

test('an override value given to two VMs stays each VM\'s own when a later override changes a path inside it', () => {
  const stack = newStack();
  const target = vsphereTarget(stack);
  const shared = [{ network_id: 'n1' }];
  const make = (id: string) => new VirtualMachine(stack, id, { target, cpus: 2, memory: Size.gibibytes(4), image: Image.template('u') });
  const a = make('a');
  const b = make('b');
  a.addVendorOverride(Vendor.VSPHERE, 'network_interface', shared);
  a.addVendorOverride(Vendor.VSPHERE, 'network_interface.0.bandwidth_share_level', 'high');
  b.addVendorOverride(Vendor.VSPHERE, 'network_interface', shared);
  const vms = synth(stack).resource.vsphere_virtual_machine;
  expect(vms.a.network_interface).toEqual([{ network_id: 'n1', bandwidth_share_level: 'high' }]);
  expect(vms.b.network_interface).toEqual([{ network_id: 'n1' }]);
  expect(shared).toEqual([{ network_id: 'n1' }]);
});

test('an object merges into the rendered object: the keys the library set stay', () => {
  const stack = newStack();
  const target = vsphereTarget(stack);
  const vm = new VirtualMachine(stack, 'web1', {
    target,
    cpus: 2,
    memory: Size.gibibytes(4),
    image: Image.template('u'),
    guestInit: GuestInit.cloudInit({ userData: '#cloud-config\n' }),
    nics: anyNics(stack, target),
  });
  vm.addVendorOverride(Vendor.VSPHERE, 'extra_config', { 'svga.present': 'FALSE' });
  const extra = synth(stack).resource.vsphere_virtual_machine.web1.extra_config;
  expect(extra['svga.present']).toBe('FALSE');
  expect(extra['bios.bootDeviceClasses']).toBe('allow:hd');
  expect(Object.keys(extra)).toEqual(expect.arrayContaining(['guestinfo.userdata', 'guestinfo.metadata']));
});

test('a vSphere VM pinned by a run-on rule gives its host name as data, escaped like every design string', () => {
  const stack = newStack();
  const target = vsphereTarget(stack);
  const cluster = new HaCluster(stack, 'prod', { target, hosts: ['esx1', 'esx${var.y}'], hostFailuresToTolerate: 0, acknowledgeNoHostFailover: true });
  const vm = new VirtualMachine(stack, 'web1', { cluster, cpus: 2, memory: Size.gibibytes(4), image: Image.template('u'), nics: anyNics(stack, target) });
  new DrsRuleGroup(stack, 'pin', { cluster, vms: [vm], rule: DrsRule.runOn(['esx${var.y}']) });
  new TerraformOutput(stack, 'host', { value: vm.hostName });
  expect(synth(stack).output.host.value).toBe('esx$${var.y}');
});
