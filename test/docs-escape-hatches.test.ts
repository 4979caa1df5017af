import * as fs from 'fs';
import * as path from 'path';
import { TerraformOutput, TerraformStack } from 'cdktf';
import {
  HypervTarget, Image, LibvirtTarget, Nic, Size, Target, Vendor, VirtualMachine, VirtualNetwork, VsphereTarget,
} from '../src';
import { hypervTarget, libvirtTarget, newStack, synth, vsphereTarget } from './util';

/*
 * The README's examples of attributes and escape hatches, run: each example below stands in the
 * README word for word (between the markers), so the documentation cannot drift from what works.
 */

const README = fs.readFileSync(path.join(__dirname, '..', 'README.md'), 'utf8');
const SOURCE = fs.readFileSync(__filename, 'utf8');

/** The lines between `// <name>` and `// end <name>` in this file, unindented. */
function example(name: string): string {
  const lines = SOURCE.split('\n');
  const start = lines.findIndex((l) => l.trim() === `// ${name}`);
  const end = lines.findIndex((l, i) => i > start && l.trim() === `// end ${name}`);
  const body = lines.slice(start + 1, end);
  const indent = Math.min(...body.filter((l) => l.trim()).map((l) => l.length - l.trimStart().length));
  return body.map((l) => l.slice(indent)).join('\n');
}

function design(makeTarget: (stack: TerraformStack) => Target) {
  const stack = newStack();
  const target = makeTarget(stack);
  const app = new VirtualNetwork(stack, 'app', { target, vlanId: 120 });
  const image = Image.template('ubuntu-24.04', { size: Size.gibibytes(20) });
  return { stack, target, app, image };
}

test('the attributes example: outputs of a VM\'s attributes, before synth', () => {
  const { stack, target, app, image } = design(libvirtTarget);
  // attributes
  const web = new VirtualMachine(stack, 'web1', { target, cpus: 2, memory: Size.gibibytes(4), image, nics: [Nic.on(app)] });
  new TerraformOutput(stack, 'web1_ipv4', { value: web.primaryIpv4 });
  new TerraformOutput(stack, 'web1_mac', { value: web.macAddress(0) });
  new TerraformOutput(stack, 'app_network', { value: app.id });
  // end attributes
  const out = synth(stack);
  expect(out.output.web1_ipv4.value).toContain('data.libvirt_domain_interface_addresses.web1_addresses');
  expect(out.output.web1_mac.value).toContain('data.libvirt_domain_interface_addresses.web1_addresses');
  expect(out.output.app_network.value).toBe('${libvirt_network.app_kvm1.id}');
  expect(README).toContain(example('attributes'));
});

test('the vSphere example: defaultChild, the accessor, and overrides', () => {
  const { stack, app, image } = design(vsphereTarget);
  const target = stack.node.findChild('target') as VsphereTarget;
  // vsphere
  const vm = new VirtualMachine(stack, 'web1', { target, cpus: 2, memory: Size.gibibytes(4), image, nics: [Nic.on(app)] });
  // a path through a list of blocks takes an index; a list given as a value replaces the list
  vm.addVendorOverride(Vendor.VSPHERE, 'network_interface.0.bandwidth_share_level', 'high');
  vm.addVendorOverride(Vendor.VSPHERE, 'tags', ['urn:vmomi:InventoryServiceTag:web']);
  // the resources, once every construct of the target exists (reading them renders the target)
  const main = vm.node.defaultChild; // the vsphere_virtual_machine
  const { virtualMachine, datastore } = target.vmResources(vm);
  // end vsphere
  expect(main).toBe(virtualMachine);
  const out = synth(stack);
  const rendered = out.resource.vsphere_virtual_machine.web1;
  expect(rendered.network_interface[0]).toEqual({ adapter_type: 'vmxnet3', bandwidth_share_level: 'high', network_id: '${vsphere_distributed_port_group.app.id}' });
  expect(rendered.tags).toEqual(['urn:vmomi:InventoryServiceTag:web']);
  expect(Object.keys(out.data.vsphere_datastore)).toEqual([datastore!.friendlyUniqueId]);
  expect(README).toContain(example('vsphere'));
});

test('the Hyper-V example: a block of one, and a list replaced', () => {
  const { stack, app, image } = design((s) => hypervTarget(s));
  const target = stack.node.findChild('target') as HypervTarget;
  // hyperv
  const vm = new VirtualMachine(stack, 'web1', { target, cpus: 2, memory: Size.gibibytes(4), image, nics: [Nic.on(app)] });
  // vm_processor is a single block: no index; boot_order is replaced whole, not merged
  vm.addVendorOverride(Vendor.HYPERV, 'vm_processor.relative_weight', 200);
  vm.addVendorOverride(Vendor.HYPERV, 'vm_firmware.boot_order', [
    { boot_type: 'HardDiskDrive', controller_number: 0, controller_location: 0 },
  ]);
  const { machineInstance, osDisk } = target.vmResources(vm);
  // end hyperv
  expect(vm.node.defaultChild).toBe(machineInstance);
  const out = synth(stack);
  const rendered = out.resource.hyperv_machine_instance.web1;
  expect(rendered.vm_processor).toEqual({ relative_weight: 200 });
  expect(rendered.vm_firmware.boot_order).toEqual([{ boot_type: 'HardDiskDrive', controller_number: 0, controller_location: 0 }]);
  expect(Object.keys(out.resource.hyperv_vhd)).toContain(osDisk.friendlyUniqueId);
  expect(README).toContain(example('hyperv'));
});

test('the libvirt example: a path into the domain\'s devices', () => {
  const { stack, app, image } = design(libvirtTarget);
  const target = stack.node.findChild('target') as LibvirtTarget;
  // libvirt
  const vm = new VirtualMachine(stack, 'web1', { target, cpus: 2, memory: Size.gibibytes(4), image, nics: [Nic.on(app)] });
  vm.addVendorOverride(Vendor.LIBVIRT, 'devices.interfaces.0.mtu', { size: 9000 });
  vm.addVendorOverride(Vendor.LIBVIRT, 'on_reboot', 'restart');
  const { domain, osVolume } = target.vmResources(vm);
  // end libvirt
  expect(vm.node.defaultChild).toBe(domain);
  const out = synth(stack);
  const rendered = out.resource.libvirt_domain.web1;
  expect(rendered.devices.interfaces[0].mtu).toEqual({ size: 9000 });
  expect(rendered.on_reboot).toBe('restart');
  expect(Object.keys(out.resource.libvirt_volume)).toContain(osVolume.friendlyUniqueId);
  expect(README).toContain(example('libvirt'));
});
