import { TerraformOutput, TerraformStack } from 'cdktf';
import {
  Credentials, Disk, GuestInit, GuestOs, HaCluster, HypervTarget, Image, NetworkConnectivity, Nic, NicOptions, ReplicaPair, ShieldedVm, Size, Vendor,
  VirtualMachine, VirtualMachineProps, VirtualNetwork,
} from '../../src';
import { hypervTarget, newStack, synth } from '../util';

const image = Image.template('ubuntu-24.04', { size: Size.gibibytes(20) });

/** A VM `web1` on network `app` (VLAN 120, the external switch) of a two-host target, and its stack. */
function design(vmProps: Partial<VirtualMachineProps> = {}, nicOptions: NicOptions = {}) {
  const stack = newStack();
  const target = hypervTarget(stack, ['hv1', 'hv2']);
  const app = new VirtualNetwork(stack, 'app', { target, vlanId: 120 });
  const vm = new VirtualMachine(stack, 'web1', { target, host: 'hv2', cpus: 2, memory: Size.gibibytes(4), image, nics: [Nic.on(app, nicOptions)], ...vmProps });
  return { stack, target, app, vm };
}

/** The value of each output of a stack, by output ID. */
function outputs(stack: TerraformStack): { [id: string]: any } {
  const out = synth(stack).output ?? {};
  return Object.fromEntries(Object.entries<any>(out).map(([id, o]) => [id, o.value]));
}

describe('Hyper-V attributes', () => {
  test('a VM\'s attributes resolve to its machine instance and its host, a network\'s to the first host\'s switch', () => {
    // GIVEN outputs of every attribute of a VM and of its network
    const { stack, app, vm } = design({}, { macAddress: '00:15:5d:00:00:02' });
    new TerraformOutput(stack, 'id', { value: vm.id });
    new TerraformOutput(stack, 'ip', { value: vm.primaryIpv4 });
    new TerraformOutput(stack, 'ips', { value: vm.ipAddresses });
    new TerraformOutput(stack, 'mac', { value: vm.macAddress(0) });
    new TerraformOutput(stack, 'host', { value: vm.hostName });
    new TerraformOutput(stack, 'net', { value: app.id });
    // THEN each is a reference to the rendered resource
    expect(outputs(stack)).toEqual({
      id: '${hyperv_machine_instance.web1.id}',
      ip: '${try(hyperv_machine_instance.web1.network_adaptors[0].ip_addresses.0, "")}',
      ips: '${hyperv_machine_instance.web1.network_adaptors[0].ip_addresses}',
      mac: '${hyperv_machine_instance.web1.network_adaptors[0].static_mac_address}',
      host: 'hv2',
      net: '${hyperv_network_switch.target_external_hv1.id}',
    });
  });

  test('a VM whose addresses are read waits for them on every adaptor; one whose are not does not', () => {
    // GIVEN a VM with two NICs whose addresses are used, and one whose are not
    const { stack, target, app, vm } = design();
    const backend = new VirtualNetwork(stack, 'backend', { target, connectivity: NetworkConnectivity.ISOLATED });
    const db = new VirtualMachine(stack, 'db1', {
      target, host: 'hv1', cpus: 2, memory: Size.gibibytes(4), image, nics: [Nic.on(app), Nic.on(backend)],
    });
    new TerraformOutput(stack, 'ips', { value: db.ipAddresses });
    new TerraformOutput(stack, 'backend-id', { value: backend.id });
    new TerraformOutput(stack, 'web', { value: vm.id });
    const out = synth(stack);
    // THEN Terraform waits for both adaptors' addresses and lists them all
    expect(out.resource.hyperv_machine_instance.db1.network_adaptors.map((a: any) => a.wait_for_ips)).toEqual([true, true]);
    const adaptor = (i: number) => `hyperv_machine_instance.db1.network_adaptors[${i}].ip_addresses`;
    expect(out.output.ips.value).toBe(`\${concat(${adaptor(0)}, ${adaptor(1)})}`);
    expect(out.output['backend-id'].value).toBe('${hyperv_network_switch.backend_hv1.id}');
    // AND the VM whose addresses are not read renders as before
    expect(out.resource.hyperv_machine_instance.web1.network_adaptors[0]).not.toHaveProperty('wait_for_ips');
  });

  test('a VM with a static MAC address has it as the adaptor\'s attribute', () => {
    const { stack, app, vm } = design();
    const other = new VirtualMachine(stack, 'web2', {
      target: vm.target,
      host: 'hv1',
      cpus: 2,
      memory: Size.gibibytes(4),
      image,
      nics: [Nic.on(app), Nic.on(app, { macAddress: '00:15:5d:00:00:01' })],
    });
    new TerraformOutput(stack, 'mac', { value: other.macAddress(1) });
    const out = synth(stack);
    expect(out.output.mac.value).toBe('${hyperv_machine_instance.web2.network_adaptors[1].static_mac_address}');
    expect(out.resource.hyperv_machine_instance.web2.network_adaptors[1].static_mac_address).toBe('00155D000001');
  });
});

describe('HypervTarget.vmResources and networkResources', () => {
  test('give the resources in cdk.tf.json by role, the machine instance as the VM\'s defaultChild', () => {
    // GIVEN a VM with a data disk and cloud-init data
    const { stack, target, app, vm } = design({
      disks: [Disk.data(Size.gibibytes(40), { name: 'data' })],
      guestInit: GuestInit.hostname('web1'),
    });
    // WHEN its resources are read
    const resources = target.vmResources(vm);
    const switches = target.networkResources(app).switches;
    // THEN they are the resources in the JSON
    expect(resources.machineInstance.friendlyUniqueId).toBe('web1');
    expect(resources.osDisk.friendlyUniqueId).toBe('web1_os');
    expect(Object.keys(resources.dataDisks)).toEqual(['data']);
    expect(resources.dataDisks.data.friendlyUniqueId).toBe('web1_data');
    expect(resources.cloudInitIso?.friendlyUniqueId).toBe('web1_cidata');
    expect([resources.security, resources.clusterRole, resources.checkpoint]).toEqual([undefined, undefined, undefined]);
    expect(vm.node.defaultChild).toBe(resources.machineInstance);
    expect(Object.keys(switches)).toEqual(['hv1', 'hv2']);
    expect(switches.hv2.friendlyUniqueId).toBe('target_external_hv2');
    // AND a change made through them is synthesized
    resources.osDisk.addOverride('block_size', 1048576);
    switches.hv1.addOverride('notes', 'uplink');
    const out = synth(stack);
    expect(Object.keys(out.resource.hyperv_vhd).sort()).toEqual(['web1_data', 'web1_os']);
    expect(out.resource.hyperv_vhd.web1_os.block_size).toBe(1048576);
    expect(out.resource.hyperv_iso_image).toHaveProperty('web1_cidata');
    expect(out.resource.hyperv_network_switch.target_external_hv1.notes).toBe('uplink');
  });

  test('give the PowerShell of a shielded, clustered VM of a pair with a checkpoint', () => {
    // GIVEN a failover cluster whose pair has a checkpoint, and a shielded VM in the cluster
    const stack = newStack();
    const target = new HypervTarget(stack, 'target', {
      hosts: ['h1', 'h2'].map((name) => ({ name })),
      credentials: Credentials.fromVariables(),
      remotePowerShell: true,
      failoverCluster: { name: 'HVC', sharedVolumePath: 'C:\\CSV' },
      vmDirectory: 'C:\\CSV\\VMs',
    });
    const hostCapacity = { cpuCores: 16, memory: Size.gibibytes(64) };
    const cluster = new HaCluster(stack, 'prod', { target, hosts: ['h1', 'h2'], hostCapacity, hostFailuresToTolerate: 0 });
    const pair = new ReplicaPair(stack, 'orders', { cluster, vm: { cpus: 2, memory: Size.gibibytes(4), image }, checkpoint: { name: 'before' } });
    const dc = new ShieldedVm(stack, 'dc1', { cluster, cpus: 2, memory: Size.gibibytes(4), image, guestOs: GuestOs.WINDOWS_SERVER_2022 });
    // WHEN their resources are read
    const primary = target.vmResources(pair.primary);
    const shielded = target.vmResources(dc);
    // THEN they are the scripts in the JSON
    expect(primary.clusterRole?.friendlyUniqueId).toBe('orders_primary_cluster_role');
    expect(primary.checkpoint?.friendlyUniqueId).toBe('orders_primary_checkpoint');
    expect(primary.security).toBeUndefined();
    expect(shielded.security?.friendlyUniqueId).toBe('dc1_security');
    expect(shielded.clusterRole?.friendlyUniqueId).toBe('dc1_cluster_role');
    expect(shielded.checkpoint).toBeUndefined();
    const scripts = synth(stack).resource.terraform_data;
    expect(scripts).toHaveProperty('orders_primary_checkpoint');
    expect(scripts.dc1_cluster_role.depends_on).toEqual(['terraform_data.dc1_security']);
  });

  test('fail for a VM of another target', () => {
    const { vm } = design();
    const other = hypervTarget(newStack('other'));
    expect(() => other.vmResources(vm)).toThrow(/belongs to target test\/target; target other\/target renders none of its resources/);
  });
});

describe('Hyper-V vendor overrides', () => {
  test('a list replaces the rendered list, and a path through a block list sets one block\'s attribute', () => {
    // GIVEN overrides of the VM's boot order (a list) and of the second adaptor's VLAN (a path with an index)
    const { stack, app, vm } = design();
    const both = new VirtualMachine(stack, 'web2', {
      target: vm.target, host: 'hv1', cpus: 2, memory: Size.gibibytes(4), image, nics: [Nic.on(app), Nic.on(app)],
    });
    both.addVendorOverride(Vendor.HYPERV, 'vm_firmware.boot_order', [{ boot_type: 'NetworkAdapter', network_adapter_name: 'nic1' }]);
    both.addVendorOverride(Vendor.HYPERV, 'network_adaptors.1.vlan_id', 130);
    both.addVendorOverride(Vendor.VSPHERE, 'annotation', 'not for Hyper-V');
    // THEN the list is replaced, not merged, and only the second adaptor changes
    const machine = synth(stack).resource.hyperv_machine_instance.web2;
    expect(machine.vm_firmware.boot_order).toEqual([{ boot_type: 'NetworkAdapter', network_adapter_name: 'nic1' }]);
    expect(machine.network_adaptors.map((a: any) => a.vlan_id)).toEqual([120, 130]);
    expect(machine).not.toHaveProperty('annotation');
  });

  test('fails when a path indexes past the rendered blocks', () => {
    const { stack, vm } = design();
    vm.addVendorOverride(Vendor.HYPERV, 'network_adaptors.1.vlan_id', 130);
    expect(() => synth(stack)).toThrow(/network_adaptors\.1 is beyond the rendered list of 1/);
  });
});
