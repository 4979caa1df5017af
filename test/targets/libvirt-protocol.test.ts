import { TerraformOutput, TerraformStack } from 'cdktf';
import {
  DesignError, Disk, GuestInit, Image, LibvirtTarget, NetworkConnectivity, Nic, Size, Vendor, VirtualMachine, VirtualMachineProps, VirtualNetwork,
} from '../../src';
import { ADDRESSES, DesignRegistry } from '../../src/model/target-contract';
import { libvirtTarget, newStack, synth } from '../util';

const ubuntu = Image.template('ubuntu-24.04', { size: Size.gibibytes(20) });

interface Design {
  readonly stack: TerraformStack;
  readonly target: LibvirtTarget;
  readonly net: VirtualNetwork;
  readonly vm: VirtualMachine;
}

/** Network `app` on hosts kvm1 and kvm2, and VM `web1` on kvm2 with a static-MAC NIC, a second NIC and a data disk. */
function design(vmProps: Partial<VirtualMachineProps> = {}): Design {
  const stack = newStack();
  const target = libvirtTarget(stack, ['kvm1', 'kvm2']);
  const net = new VirtualNetwork(stack, 'app', { target, connectivity: NetworkConnectivity.NAT, cidr: '192.168.100.0/24' });
  const vm = new VirtualMachine(stack, 'web1', {
    target,
    host: 'kvm2',
    cpus: 2,
    memory: Size.gibibytes(4),
    image: ubuntu,
    nics: [Nic.on(net, { macAddress: '52:54:00:12:34:56' }), Nic.on(net)],
    disks: [Disk.data(Size.gibibytes(40), { name: 'data' })],
    ...vmProps,
  });
  return { stack, target, net, vm };
}

function attributesOf(d: Design, node: VirtualMachine['_node'] | VirtualNetwork['_node']): any {
  return DesignRegistry.of(d.target).renderedOf(node, 'test')!.attributes;
}

/** Outputs of a VM's attributes (and its network's), resolved in the synthesized JSON. */
function outputs(d: Design, names: string[]): { [name: string]: any } {
  const vm = attributesOf(d, d.vm._node);
  const net = attributesOf(d, d.net._node);
  const values: { [name: string]: any } = {
    id: vm.id,
    primaryIpv4: vm.primaryIpv4,
    ipAddresses: vm.ipAddresses,
    mac0: vm.macAddresses[0],
    mac1: vm.macAddresses[1],
    hostName: vm.hostName,
    networkId: net.id,
    networkKvm2: net.ids.kvm2,
  };
  for (const name of names) new TerraformOutput(d.stack, name, { value: values[name] });
  const out = synth(d.stack);
  return Object.fromEntries(names.map((name) => [name, out.output[name].value]));
}

describe('LibvirtTarget on the rendering protocol', () => {
  describe('attributes', () => {
    test('a VM whose addresses are used reads them with a data source on its host, named after the VM', () => {
      const d = design();
      DesignRegistry.of(d.target).want(d.vm._node, ADDRESSES);
      const out = synth(d.stack);
      expect(out.data.libvirt_domain_interface_addresses).toEqual({
        web1_addresses: { domain: '${libvirt_domain.web1.uuid}', provider: 'libvirt.kvm2' },
      });
    });

    test('resolve to expressions of the domain and of the addresses data source', () => {
      const d = design();
      DesignRegistry.of(d.target).want(d.vm._node, ADDRESSES);
      const addrs = 'flatten(data.libvirt_domain_interface_addresses.web1_addresses.interfaces[*].addrs)';
      expect(outputs(d, ['id', 'primaryIpv4', 'ipAddresses', 'mac0', 'mac1', 'hostName'])).toEqual({
        id: '${libvirt_domain.web1.uuid}',
        primaryIpv4: `\${try([ for key, val in ${addrs}: val.addr if val.type == "ipv4" && !startswith(val.addr, "127.")].0, "")}`,
        ipAddresses: `\${[ for key, val in ${addrs}: val.addr if !startswith(val.addr, "127.") && val.addr != "::1"]}`,
        // the MAC the design gives is the domain's; libvirt's choice only the data source reports
        mac0: '${libvirt_domain.web1.devices.interfaces[0].mac.address}',
        mac1: '${try([ for key, val in data.libvirt_domain_interface_addresses.web1_addresses.interfaces: '
          + 'val.hwaddr if val.hwaddr != "00:00:00:00:00:00"].1, "")}',
        hostName: 'kvm2',
      });
    });

    test('a network has the id of its first host\'s network, and one per host', () => {
      expect(outputs(design(), ['networkId', 'networkKvm2'])).toEqual({
        networkId: '${libvirt_network.app_kvm1.id}',
        networkKvm2: '${libvirt_network.app_kvm2.id}',
      });
    });

    test('without a use of the addresses, nothing reads them and the domain is as before', () => {
      const d = design();
      const before = synth(design().stack);
      const out = synth(d.stack);
      expect(out.data).toBeUndefined();
      expect(out.resource).toEqual(before.resource);
      expect(attributesOf(d, d.vm._node).primaryIpv4).toBeUndefined();
    });

    test('fails on the MAC address libvirt chooses when the addresses are not read', () => {
      const d = design();
      new TerraformOutput(d.stack, 'mac1', { value: attributesOf(d, d.vm._node).macAddresses[1] });
      expect(() => synth(d.stack)).toThrow(DesignError);
      expect(() => synth(d.stack)).toThrow(/NIC 2 gets its MAC address from libvirt/);
    });
  });

  describe('accessors', () => {
    test('vmResources gives the resources rendered for the VM, by role', () => {
      const d = design();
      DesignRegistry.of(d.target).want(d.vm._node, ADDRESSES);
      const res = d.target.vmResources(d.vm);
      const out = synth(d.stack);
      expect(out.resource.libvirt_domain[res.domain.friendlyUniqueId]).toMatchObject({ name: 'web1' });
      expect(out.resource.libvirt_volume[res.osVolume.friendlyUniqueId]).toMatchObject({ name: 'web1-os.qcow2' });
      expect(Object.keys(res.dataVolumes)).toEqual(['data']);
      expect(out.resource.libvirt_volume[res.dataVolumes.data.friendlyUniqueId]).toMatchObject({ name: 'web1-data.qcow2' });
      expect(out.data.libvirt_domain_interface_addresses[res.addresses!.friendlyUniqueId]).toBeDefined();
      expect(res.cloudInitDisk).toBeUndefined();
    });

    test('vmResources gives the cloud-init disk and its volume of a VM with guest initialisation', () => {
      const d = design({ guestInit: GuestInit.hostname('web1') });
      const res = d.target.vmResources(d.vm);
      const out = synth(d.stack);
      expect(out.resource.libvirt_cloudinit_disk[res.cloudInitDisk!.friendlyUniqueId]).toMatchObject({ name: 'web1-cidata' });
      expect(out.resource.libvirt_volume[res.cloudInitVolume!.friendlyUniqueId]).toMatchObject({ name: 'web1-cidata.iso' });
      expect(res.addresses).toBeUndefined();
    });

    test('networkResources gives the network on each host', () => {
      const d = design();
      const res = d.target.networkResources(d.net);
      const out = synth(d.stack);
      expect(Object.keys(res.byHost)).toEqual(['kvm1', 'kvm2']);
      expect(res.network).toBe(res.byHost.kvm1);
      for (const host of ['kvm1', 'kvm2']) {
        expect(out.resource.libvirt_network[res.byHost[host].friendlyUniqueId]).toMatchObject({ name: 'app', provider: `libvirt.${host}` });
      }
    });

    test('fails for an existing network, which has no resource', () => {
      const stack = newStack();
      const target = libvirtTarget(stack);
      const net = new VirtualNetwork(stack, 'lan', { target, existing: true, name: 'default' });
      expect(() => target.networkResources(net)).toThrow(/An existing libvirt network has no resource/);
    });

    test('fails for a VM of another target', () => {
      const d = design();
      const other = new LibvirtTarget(d.stack, 'other', { hosts: [{ name: 'kvm9', uri: 'qemu+ssh://root@kvm9/system' }] });
      expect(() => other.vmResources(d.vm)).toThrow(/renders nothing for the construct: it was given another target/);
    });
  });

  describe('overrides', () => {
    test('a list given as an override replaces the rendered list', () => {
      const d = design();
      const interfaces = [{ model: { type: 'e1000e' }, source: { network: { network: 'default' } } }];
      d.vm.addVendorOverride(Vendor.LIBVIRT, 'devices.interfaces', interfaces);
      expect(synth(d.stack).resource.libvirt_domain.web1.devices.interfaces).toEqual(interfaces);
    });

    test('a path with an index sets a value in one element of a list', () => {
      const d = design();
      d.vm.addVendorOverride(Vendor.LIBVIRT, 'devices.disks.1.target.bus', 'scsi');
      const disks = synth(d.stack).resource.libvirt_domain.web1.devices.disks;
      expect(disks.map((disk: any) => disk.target)).toEqual([{ dev: 'vda', bus: 'virtio' }, { dev: 'vdb', bus: 'scsi' }]);
    });

    test('the stack\'s metadata names the overridden attributes, as cdktf\'s own overrides do', () => {
      const d = design();
      d.vm.addVendorOverride(Vendor.LIBVIRT, 'description', 'web tier');
      d.vm.addVendorOverride(Vendor.LIBVIRT, 'devices.disks.1.target.bus', 'scsi');
      DesignRegistry.of(d.target).render('test');
      expect(d.stack.toTerraform()['//'].metadata.overrides).toEqual({ libvirt_domain: ['description', 'devices'] });
    });

    test('overrides for another vendor are ignored', () => {
      const d = design();
      d.vm.addVendorOverride(Vendor.HYPERV, 'devices.interfaces', []);
      expect(synth(d.stack).resource.libvirt_domain.web1.devices.interfaces).toHaveLength(2);
    });
  });
});
