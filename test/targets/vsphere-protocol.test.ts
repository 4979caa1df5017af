import { TerraformOutput, TerraformStack } from 'cdktf';
import {
  Disk, DrsRule, DrsRuleGroup, GuestOs, HaCluster, Image, Nic, ReplicaPair, ShieldedVm, ShieldingLevel, Size, Vendor, VirtualMachine,
  VirtualNetwork, VsphereKeyProvider, VsphereTarget, VsphereTargetProps,
} from '../../src';
import { ADDRESSES, DesignRegistry } from '../../src/model/target-contract';
import { newStack, synth } from '../util';

const image = Image.template('ubuntu-24.04');
const capacity = { cpuCores: 16, memory: Size.gibibytes(64) };

function target(stack: TerraformStack, props: Partial<VsphereTargetProps> = {}): VsphereTarget {
  return new VsphereTarget(stack, 'target', {
    server: 'vc.example.com',
    datacenter: 'dc1',
    cluster: 'prod',
    datastore: 'ds1',
    distributedSwitch: 'dvs1',
    keyProvider: VsphereKeyProvider.vcenterDefault(),
    ...props,
  });
}

/** GIVEN network `app` and VM `web1` with two NICs on it, in the target's cluster. */
function webDesign(props: Partial<VsphereTargetProps> = {}) {
  const stack = newStack();
  const t = target(stack, props);
  const net = new VirtualNetwork(stack, 'app', { target: t, vlanId: 120 });
  const vm = new VirtualMachine(stack, 'web1', {
    target: t, cpus: 2, memory: Size.gibibytes(4), image, guestOs: GuestOs.UBUNTU_24_04, nics: [Nic.on(net), Nic.on(net)],
  });
  return { stack, target: t, net, vm };
}

/** The attributes the target recorded for a VM or network, as the construct getters will read them. */
function attributesOf(t: VsphereTarget, construct: VirtualMachine | VirtualNetwork): { [name: string]: any } {
  return DesignRegistry.of(t).renderedOf(construct._node, 'test')!.attributes;
}

/** Each attribute as a stack output, synthesized: output name to its value in cdk.tf.json. */
function outputs(stack: TerraformStack, attributes: { [name: string]: any }): { [name: string]: any } {
  for (const [name, value] of Object.entries(attributes)) new TerraformOutput(stack, name, { value });
  const out = synth(stack).output;
  return Object.fromEntries(Object.keys(attributes).map((name) => [name, out[name].value]));
}

describe('vSphere VM attributes', () => {
  test('resolve to the attributes of its vsphere_virtual_machine; DRS places the VM, so its host is host_system_id', () => {
    const { stack, target: t, vm } = webDesign();
    const a = attributesOf(t, vm);
    expect(outputs(stack, {
      id: a.id, primaryIpv4: a.primaryIpv4, ipAddresses: a.ipAddresses, mac0: a.macAddresses[0], mac1: a.macAddresses[1], hostName: a.hostName,
    })).toEqual({
      id: '${vsphere_virtual_machine.web1.id}',
      primaryIpv4: '${vsphere_virtual_machine.web1.default_ip_address}',
      ipAddresses: '${vsphere_virtual_machine.web1.guest_ip_addresses}',
      mac0: '${vsphere_virtual_machine.web1.network_interface[0].mac_address}',
      mac1: '${vsphere_virtual_machine.web1.network_interface[1].mac_address}',
      hostName: '${vsphere_virtual_machine.web1.host_system_id}',
    });
    expect(a.macAddresses).toHaveLength(2);
  });

  test('the host is a plain name where the VM names it', () => {
    const { target: t, net, vm } = webDesign();
    const pinned = new VirtualMachine(vm.node.scope!, 'gpu1', { target: t, cpus: 2, memory: Size.gibibytes(4), image, host: 'esx7', nics: [Nic.on(net)] });
    expect(attributesOf(t, pinned).hostName).toBe('esx7');
  });

  test('the host is a plain name where a mandatory run-on rule keeps the VM on one host', () => {
    const stack = newStack();
    const t = target(stack);
    const cluster = new HaCluster(stack, 'c1', { target: t, hosts: ['esx1', 'esx2'], hostCapacity: capacity, acknowledgeNoHostFailover: true });
    const nics = [Nic.on(new VirtualNetwork(stack, 'app', { target: t }))];
    const vm = new VirtualMachine(stack, 'db1', { target: t, cluster, cpus: 2, memory: Size.gibibytes(4), image, nics });
    const free = new VirtualMachine(stack, 'db2', { target: t, cluster, cpus: 2, memory: Size.gibibytes(4), image, nics });
    new DrsRuleGroup(stack, 'pin', { cluster, vms: [vm], rule: DrsRule.runOn(['esx2']), mandatory: true });
    expect(attributesOf(t, vm).hostName).toBe('esx2');
    expect(outputs(stack, { free: attributesOf(t, free).hostName })).toEqual({ free: '${vsphere_virtual_machine.db2.host_system_id}' });
  });

  test('reading the addresses changes nothing in the output: the provider waits for the guest network by default', () => {
    const plain = webDesign();
    const wanting = webDesign();
    DesignRegistry.of(wanting.target).want(wanting.vm._node, ADDRESSES);
    const vm = synth(wanting.stack).resource.vsphere_virtual_machine.web1;
    expect(vm).toEqual(synth(plain.stack).resource.vsphere_virtual_machine.web1);
    expect(vm).not.toHaveProperty('wait_for_guest_net_timeout');
  });
});

describe('vSphere attributes through the constructs', () => {
  test('the getters of a VM and a network resolve to the rendered resources; defaultChild is the main one', () => {
    const { stack, target: t, net, vm } = webDesign();
    const pinned = new VirtualMachine(stack, 'gpu1', { target: t, cpus: 2, memory: Size.gibibytes(4), image, host: 'esx7', nics: [Nic.on(net)] });
    expect(outputs(stack, {
      id: vm.id,
      ip: vm.primaryIpv4,
      ips: vm.ipAddresses,
      mac1: vm.macAddress(1),
      host: vm.hostName,
      pinnedHost: pinned.hostName,
      net: net.id,
    })).toEqual({
      id: '${vsphere_virtual_machine.web1.id}',
      ip: '${vsphere_virtual_machine.web1.default_ip_address}',
      ips: '${vsphere_virtual_machine.web1.guest_ip_addresses}',
      mac1: '${vsphere_virtual_machine.web1.network_interface[1].mac_address}',
      host: '${vsphere_virtual_machine.web1.host_system_id}',
      pinnedHost: 'esx7',
      net: '${vsphere_distributed_port_group.app.id}',
    });
    expect(vm.node.defaultChild).toBe(t.vmResources(vm).virtualMachine);
    expect(net.node.defaultChild).toBe(t.networkResources(net).portGroup);
  });
});

describe('vSphere network attributes', () => {
  test('a new network on a distributed switch: its port group', () => {
    const { stack, target: t, net } = webDesign();
    const a = attributesOf(t, net);
    expect(outputs(stack, { id: a.id })).toEqual({ id: '${vsphere_distributed_port_group.app.id}' });
    expect(a.ids).toEqual({});
  });

  test('a new network on a standard switch: the network read once its host port groups exist, the same on every host', () => {
    const { stack, target: t, net } = webDesign({ distributedSwitch: undefined, standardSwitch: { name: 'vSwitch0', hosts: ['esx1', 'esx2'] } });
    const a = attributesOf(t, net);
    expect(outputs(stack, { id: a.id, esx1: a.ids.esx1, esx2: a.ids.esx2 })).toEqual({
      id: '${data.vsphere_network.app.id}',
      esx1: '${data.vsphere_network.app.id}',
      esx2: '${data.vsphere_network.app.id}',
    });
  });

  test('an existing network: its data source', () => {
    const stack = newStack();
    const t = target(stack);
    const net = new VirtualNetwork(stack, 'vmnet', { target: t, name: 'VM Network', existing: true });
    expect(outputs(stack, { id: attributesOf(t, net).id })).toEqual({ id: '${data.vsphere_network.vmnet.id}' });
  });
});

describe('VsphereTarget.vmResources', () => {
  test('gives the VM, its template, datastore and the target cluster it runs in, as synthesized', () => {
    const { stack, target: t, vm } = webDesign();
    const r = t.vmResources(vm);
    const out = synth(stack);
    expect(out.resource.vsphere_virtual_machine[r.virtualMachine.friendlyUniqueId].name).toBe('web1');
    expect(out.data.vsphere_virtual_machine[r.template!.friendlyUniqueId].name).toBe('ubuntu-24.04');
    expect(out.data.vsphere_datastore[r.datastore!.friendlyUniqueId].name).toBe('ds1');
    expect(out.data.vsphere_compute_cluster[r.cluster!.friendlyUniqueId].name).toBe('prod');
    expect(r.host).toBeUndefined();
    expect(r.haOverride).toBeUndefined();
    expect(r.snapshot).toBeUndefined();
  });

  test('gives the overrides, host, snapshot and encryption policy of a VM that has them', () => {
    const stack = newStack();
    const t = target(stack);
    const cluster = new HaCluster(stack, 'c1', { target: t, hosts: ['esx1', 'esx2'], hostCapacity: capacity, acknowledgeNoHostFailover: true });
    const nics = [Nic.on(new VirtualNetwork(stack, 'app', { target: t }))];
    const pair = new ReplicaPair(stack, 'orders', { cluster, vm: { cpus: 2, memory: Size.gibibytes(4), image, nics }, checkpoint: { name: 'pre' } });
    const shielded = new ShieldedVm(stack, 'dc1', {
      target: t, host: 'esx9', cpus: 2, memory: Size.gibibytes(4), image, guestOs: GuestOs.WINDOWS_SERVER_2022, shielding: ShieldingLevel.ENCRYPTED, nics,
    });
    const primary = t.vmResources(pair.primary);
    const dc = t.vmResources(shielded);
    const out = synth(stack);
    expect(out.resource.vsphere_ha_vm_override[primary.haOverride!.friendlyUniqueId].ha_vm_restart_priority).toBe('high');
    expect(out.resource.vsphere_virtual_machine_snapshot[primary.snapshot!.friendlyUniqueId]).toMatchObject({
      snapshot_name: 'pre',
      virtual_machine_uuid: '${vsphere_virtual_machine.orders_primary.uuid}',
    });
    expect(primary.cluster).toBeUndefined();
    expect(out.data.vsphere_host[dc.host!.friendlyUniqueId].name).toBe('esx9');
    expect(out.data.vsphere_storage_policy[dc.encryptionPolicy!.friendlyUniqueId].name).toBe('VM Encryption Policy');
  });

  test('an override through the accessor reaches the output', () => {
    const { stack, target: t, vm } = webDesign();
    t.vmResources(vm).virtualMachine.addOverride('annotation', 'owned by the web team');
    expect(synth(stack).resource.vsphere_virtual_machine.web1.annotation).toBe('owned by the web team');
  });

  test('fails for a VM of another target', () => {
    const { stack, vm } = webDesign();
    const other = new VsphereTarget(stack, 'other', { server: 'vc2.example.com', datacenter: 'dc1', alias: 'two' });
    expect(() => other.vmResources(vm)).toThrow('The VM is rendered by the target test/target, not by test/other.');
    // asking the wrong target does not render its design
    expect(DesignRegistry.of(other).closed).toBe(false);
  });
});

describe('VsphereTarget.networkResources', () => {
  test('a distributed port group and its switch', () => {
    const { stack, target: t, net } = webDesign();
    const r = t.networkResources(net);
    const out = synth(stack);
    expect(out.resource.vsphere_distributed_port_group[r.portGroup!.friendlyUniqueId].vlan_id).toBe(120);
    expect(out.data.vsphere_distributed_virtual_switch[r.distributedSwitch!.friendlyUniqueId].name).toBe('dvs1');
    expect(r.network).toBeUndefined();
    expect(r.hostPortGroups).toEqual({});
  });

  test('host port groups by host and the network read after them', () => {
    const { stack, target: t, net } = webDesign({ distributedSwitch: undefined, standardSwitch: { name: 'vSwitch0', hosts: ['esx1', 'esx2'] } });
    const r = t.networkResources(net);
    const out = synth(stack);
    expect(Object.keys(r.hostPortGroups)).toEqual(['esx1', 'esx2']);
    expect(out.resource.vsphere_host_port_group[r.hostPortGroups.esx2.friendlyUniqueId].host_system_id).toBe('${data.vsphere_host.target_host_esx2.id}');
    expect(out.data.vsphere_network[r.network!.friendlyUniqueId].depends_on).toEqual([
      'vsphere_host_port_group.app_esx1', 'vsphere_host_port_group.app_esx2',
    ]);
    expect(r.portGroup).toBeUndefined();
  });
});

describe('vSphere vendor overrides', () => {
  test('a list replaces the rendered list', () => {
    const { stack, vm } = webDesign();
    vm.addVendorOverride(Vendor.VSPHERE, 'network_interface', [{ network_id: 'dvportgroup-1' }]);
    expect(synth(stack).resource.vsphere_virtual_machine.web1.network_interface).toEqual([{ network_id: 'dvportgroup-1' }]);
  });

  test('a path with an index sets one attribute of one block', () => {
    const stack = newStack();
    const t = target(stack);
    const nics = [Nic.on(new VirtualNetwork(stack, 'app', { target: t }))];
    const vm = new VirtualMachine(stack, 'web1', { target: t, cpus: 2, memory: Size.gibibytes(4), image, disks: [Disk.data(Size.gibibytes(40))], nics });
    vm.addVendorOverride(Vendor.VSPHERE, 'disk.1.datastore_id', 'datastore-7');
    const disks = synth(stack).resource.vsphere_virtual_machine.web1.disk;
    expect(disks[1]).toEqual({
      label: 'data1', unit_number: 1, size: 40, thin_provisioned: true, eagerly_scrub: false, keep_on_remove: true, datastore_id: 'datastore-7',
    });
    expect(disks[0]).not.toHaveProperty('datastore_id');
  });

  test('the stack metadata lists the overridden attributes once each, as it lists those of cdktf\'s own overrides', () => {
    const { stack, target: t, vm } = webDesign();
    vm.addVendorOverride(Vendor.VSPHERE, 'extra_config.guestinfo.role', 'web');
    vm.addVendorOverride(Vendor.VSPHERE, 'annotation', 'web');
    vm.addVendorOverride(Vendor.VSPHERE, 'extra_config.guestinfo.tier', 'front');
    t.vmResources(vm).virtualMachine.addOverride('folder', 'web');
    // the stack's JSON with cdktf's metadata, which Testing.synth leaves out (the design is rendered: its resources were read)
    const out = stack.toTerraform();
    expect(out['//'].metadata.overrides).toEqual({ vsphere_virtual_machine: ['extra_config', 'annotation', 'folder'] });
    expect(out.resource.vsphere_virtual_machine.web1.extra_config.guestinfo).toEqual({ role: 'web', tier: 'front' });
  });

  test('an override for another vendor is left out', () => {
    const { stack, vm } = webDesign();
    vm.addVendorOverride(Vendor.HYPERV, 'annotation', 'not for vSphere');
    expect(synth(stack).resource.vsphere_virtual_machine.web1).not.toHaveProperty('annotation');
  });
});
