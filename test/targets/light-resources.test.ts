import { ComputeCluster } from '@cdktf/provider-vsphere/lib/compute-cluster';
import { ComputeClusterHostGroup } from '@cdktf/provider-vsphere/lib/compute-cluster-host-group';
import { ComputeClusterVmAffinityRule } from '@cdktf/provider-vsphere/lib/compute-cluster-vm-affinity-rule';
import { ComputeClusterVmAntiAffinityRule } from '@cdktf/provider-vsphere/lib/compute-cluster-vm-anti-affinity-rule';
import { ComputeClusterVmGroup } from '@cdktf/provider-vsphere/lib/compute-cluster-vm-group';
import { ComputeClusterVmHostRule } from '@cdktf/provider-vsphere/lib/compute-cluster-vm-host-rule';
import { DataVsphereComputeCluster } from '@cdktf/provider-vsphere/lib/data-vsphere-compute-cluster';
import { DataVsphereDatacenter } from '@cdktf/provider-vsphere/lib/data-vsphere-datacenter';
import { DataVsphereDatastore } from '@cdktf/provider-vsphere/lib/data-vsphere-datastore';
import { DataVsphereDistributedVirtualSwitch } from '@cdktf/provider-vsphere/lib/data-vsphere-distributed-virtual-switch';
import { DataVsphereHost } from '@cdktf/provider-vsphere/lib/data-vsphere-host';
import { DataVsphereNetwork } from '@cdktf/provider-vsphere/lib/data-vsphere-network';
import { DataVsphereStoragePolicy } from '@cdktf/provider-vsphere/lib/data-vsphere-storage-policy';
import { DataVsphereVirtualMachine } from '@cdktf/provider-vsphere/lib/data-vsphere-virtual-machine';
import { DistributedPortGroup } from '@cdktf/provider-vsphere/lib/distributed-port-group';
import { DrsVmOverride } from '@cdktf/provider-vsphere/lib/drs-vm-override';
import { HaVmOverride } from '@cdktf/provider-vsphere/lib/ha-vm-override';
import { HostPortGroup } from '@cdktf/provider-vsphere/lib/host-port-group';
import { VsphereProvider } from '@cdktf/provider-vsphere/lib/provider';
import { VirtualMachine as VsphereVm } from '@cdktf/provider-vsphere/lib/virtual-machine';
import { VirtualMachineSnapshot } from '@cdktf/provider-vsphere/lib/virtual-machine-snapshot';
import { Vnic } from '@cdktf/provider-vsphere/lib/vnic';
import { DataResource, TerraformDataSource, TerraformOutput, TerraformResource, TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { Construct } from 'constructs';
import { resolve } from '../../src/core';
import { DataHypervNetworkSwitch } from '../../src/providers/hyperv/data-hyperv-network-switch';
import { IsoImage } from '../../src/providers/hyperv/iso-image';
import { MachineInstance } from '../../src/providers/hyperv/machine-instance';
import { NetworkSwitch } from '../../src/providers/hyperv/network-switch';
import { HypervProvider } from '../../src/providers/hyperv/provider';
import { Vhd } from '../../src/providers/hyperv/vhd';
import { Domain } from '../../src/providers/libvirt/domain';
import { Network, NetworkConfig } from '../../src/providers/libvirt/network';
import { Volume, VolumeConfig } from '../../src/providers/libvirt/volume';
import {
  LightDataHypervNetworkSwitch, LightIsoImage, LightMachineInstance, LightNetworkSwitch, LightVhd,
} from '../../src/targets/hyperv/light-resources';
import { LightDomain, LightDomainConfig, LightNetwork, LightVolume } from '../../src/targets/libvirt/light-resources';
import {
  LightComputeCluster, LightComputeClusterHostGroup, LightComputeClusterVmAffinityRule, LightComputeClusterVmAntiAffinityRule,
  LightComputeClusterVmGroup, LightComputeClusterVmHostRule, LightDataVsphereComputeCluster, LightDataVsphereDatacenter,
  LightDataVsphereDatastore, LightDataVsphereDistributedVirtualSwitch, LightDataVsphereHost, LightDataVsphereNetwork,
  LightDataVsphereStoragePolicy, LightDataVsphereVirtualMachine, LightDistributedPortGroup, LightDrsVmOverride, LightHaVmOverride,
  LightHostPortGroup, LightVirtualMachine, LightVirtualMachineSnapshot, LightVnic,
} from '../../src/targets/vsphere/light-resources';
import { newStack, synth } from '../util';

/** The resource `name` of `type`, without its metadata. */
function resource(out: any, type: string, name: string): any {
  const { ['//']: _metadata, ...rest } = out.resource[type][name];
  return rest;
}

describe('LightDomain', () => {
  test('synthesizes what the generated libvirt_domain class synthesizes for the same configuration', () => {
    const stack = newStack();
    const config: LightDomainConfig = {
      name: 'vm',
      type: 'kvm',
      vcpu: 4,
      memory: 8192,
      memoryUnit: 'MiB',
      currentMemory: 4096,
      currentMemoryUnit: 'MiB',
      memoryBacking: { memoryLocked: true },
      cpu: { mode: 'host-model', migratable: true, topology: { sockets: 2, cores: 2, threads: 1 } },
      os: {
        type: 'hvm',
        typeArch: 'x86_64',
        typeMachine: 'q35',
        firmware: 'efi',
        loaderSecure: 'yes',
        bootDevices: [{ dev: 'hd' }],
        firmwareInfo: { features: [{ name: 'secure-boot', enabled: 'yes' }] },
      },
      features: { acpi: true, apic: {}, smm: { state: 'on' } },
      launchSecurity: { sev: { cbitPos: 47, reducedPhysBits: 1, policy: 3, dhCert: '', session: '' } },
      devices: {
        disks: [{ device: 'disk', driver: { name: 'qemu', type: 'qcow2' }, source: { file: { file: '/x.qcow2' } }, target: { dev: 'vda', bus: 'virtio' } }],
        interfaces: [{ model: { type: 'virtio' }, source: { network: { network: 'default' } }, mac: { address: '52:54:00:00:00:01' } }],
        tpms: [{ model: 'tpm-crb', backend: { emulator: { version: '2.0', persistentState: 'yes' } } }],
        hostdevs: [{ managed: true, subsysPci: { source: { address: { domain: 0, bus: 59, slot: 0, function: 0 } } } }],
      },
      autostart: true,
      onCrash: 'restart',
      running: true,
      lifecycle: { preventDestroy: false },
    };
    new Domain(stack, 'full', config);
    new LightDomain(stack, 'light', config);
    const out = synth(stack).resource.libvirt_domain;
    const { ['//']: _full, ...full } = out.full;
    const { ['//']: _light, ...light } = out.light;
    expect(light).toEqual(full);
    expect(light.devices.tpms[0].backend.emulator.persistent_state).toBe('yes');
  });
});

describe('LightVolume and LightNetwork', () => {
  const volume: VolumeConfig = {
    name: 'vm-os.qcow2',
    pool: 'default',
    capacity: 21474836480,
    backingStore: { path: '/var/lib/libvirt/images/ubuntu.qcow2', format: { type: 'qcow2' } },
    target: { format: { type: 'qcow2' }, encryption: { format: 'luks', secret: { type: 'passphrase', uuid: '0c5a3f8e-2b0d-4d8e-9a43-7c1b2e4f5a60' } } },
    lifecycle: { preventDestroy: true },
  };
  const network: NetworkConfig = {
    name: 'app',
    autostart: true,
    forward: { mode: 'nat' },
    ips: [{ address: '10.0.0.1', prefix: 24, dhcp: { ranges: [{ start: '10.0.0.100', end: '10.0.0.200' }] } }],
    vlan: { tags: [{ id: 120 }] },
    virtualPort: { params: { openVSwitch: {} } },
  };

  test('synthesize what the generated classes synthesize, and reference the same attributes', () => {
    const stack = newStack();
    new Volume(stack, 'fullVolume', volume);
    const light = new LightVolume(stack, 'lightVolume', volume);
    new Network(stack, 'fullNetwork', network);
    const lightNet = new LightNetwork(stack, 'lightNetwork', network);
    new LightDomain(stack, 'domain', {
      name: 'vm',
      type: 'kvm',
      devices: {
        disks: [{ source: { file: { file: light.path } }, target: { dev: 'vda', bus: 'virtio' } }],
        interfaces: [{ source: { network: { network: lightNet.name } } }],
      },
    });
    const out = synth(stack);
    expect(resource(out, 'libvirt_volume', 'lightVolume')).toEqual(resource(out, 'libvirt_volume', 'fullVolume'));
    expect(resource(out, 'libvirt_volume', 'lightVolume').lifecycle).toEqual({ prevent_destroy: true });
    expect(resource(out, 'libvirt_network', 'lightNetwork')).toEqual(resource(out, 'libvirt_network', 'fullNetwork'));
    expect(resource(out, 'libvirt_network', 'lightNetwork').ips[0].dhcp.ranges).toHaveLength(1);
    const devices = resource(out, 'libvirt_domain', 'domain').devices;
    expect(devices.disks[0].source.file.file).toBe('${libvirt_volume.lightVolume.path}');
    expect(devices.interfaces[0].source.network.network).toBe('${libvirt_network.lightNetwork.name}');
  });

  test('write HCL through the generated classes', () => {
    const stack = newStack();
    new LightVolume(stack, 'lightVolume', volume);
    new LightNetwork(stack, 'lightNetwork', network);
    const hcl = Testing.synthHcl(stack);
    expect(hcl).toContain('resource "libvirt_volume" "lightVolume"');
    expect(hcl).toMatch(/backing_store \{\s+format \{\s+type = "qcow2"/);
    expect(hcl).toContain('resource "libvirt_network" "lightNetwork"');
  });
});

/** The JSON a stack is written as, with its key order and `//` metadata. */
function written(stack: TerraformStack): string {
  return JSON.stringify(stack.toTerraform(), null, 2);
}

/** The child `id` of the stack, created by `create` the first time. */
function once<T extends Construct>(stack: TerraformStack, id: string, create: () => T): T {
  return (stack.node.tryFindChild(id) as T | undefined) ?? create();
}

/** A variable of the stack, as a token for attributes set from elsewhere. */
function variable(stack: TerraformStack, name: string): string {
  return once(stack, name, () => new TerraformVariable(stack, name, { type: 'string' })).stringValue;
}

/** A resource of the stack that others can depend on. */
function before(stack: TerraformStack): DataResource {
  return once(stack, 'before', () => new DataResource(stack, 'before', { input: { step: 'before' } }));
}

/** The stack's vSphere provider, with an alias so that resources name it. */
function vsphere(stack: TerraformStack): VsphereProvider {
  return once(stack, 'vsphere', () => new VsphereProvider(stack, 'vsphere', { alias: 'vc1', vsphereServer: 'vc.example.com', user: 'u', password: 'p' }));
}

/** The stack's Hyper-V provider, with an alias so that resources name it. */
function hyperv(stack: TerraformStack): HypervProvider {
  return once(stack, 'hyperv', () => new HypervProvider(stack, 'hyperv', { alias: 'hv1', host: 'hv1.example.com', user: 'u', password: 'p' }));
}

type Element = TerraformResource | TerraformDataSource;

/** A generated class and its light counterpart, a configuration for both, and the attributes to compare. */
interface Pair<C> {
  readonly full: new (scope: Construct, id: string, config: C) => Element;
  readonly light: new (scope: Construct, id: string, config: C) => Element;
  /** A configuration in the given stack (providers and references are of the stack). */
  readonly config: (stack: TerraformStack) => C;
  /** Each attribute as the generated object gives it, and as the light one does. */
  readonly attributes: { [name: string]: [(full: any) => unknown, (light: any) => unknown] };
  /** Changes made after construction, on either object. */
  readonly after?: (element: any) => void;
}

/** The same attribute on both objects. */
function attr(name: string): [(e: any) => unknown, (e: any) => unknown] {
  return [(e) => e[name], (e) => e[name]];
}

/** Creates a pair's generated class and light class in two like stacks; checks they write the same JSON and references. */
function compare<C>(pair: Pair<C>): any {
  const a = newStack();
  const b = newStack();
  const full = new pair.full(a, 'r', pair.config(a));
  const light = new pair.light(b, 'r', pair.config(b));
  pair.after?.(full);
  pair.after?.(light);
  // the provider the stack's validation requires for the element
  expect(light.terraformGeneratorMetadata).toEqual(full.terraformGeneratorMetadata);
  expect(light.terraformGeneratorMetadata?.providerVersion).toMatch(/^\d/);
  for (const [name, [ofFull, ofLight]] of Object.entries(pair.attributes)) {
    const expression = resolve(a, ofFull(full));
    expect(JSON.stringify(expression)).toMatch(/^"\$\{/);
    expect({ [name]: resolve(b, ofLight(light)) }).toEqual({ [name]: expression });
    new TerraformOutput(a, name, { value: ofFull(full) });
    new TerraformOutput(b, name, { value: ofLight(light) });
  }
  expect(written(b)).toBe(written(a));
  return JSON.parse(written(b));
}

const VSPHERE: { [type: string]: Pair<any> } = {
  vsphere_virtual_machine: {
    full: VsphereVm,
    light: LightVirtualMachine,
    config: (stack) => ({
      provider: vsphere(stack),
      dependsOn: [before(stack)],
      lifecycle: { ignoreChanges: ['annotation'], preventDestroy: true },
      provisioners: [{ type: 'local-exec', command: 'echo created' }],
      name: 'web',
      resourcePoolId: variable(stack, 'pool'),
      hostSystemId: variable(stack, 'host'),
      datastoreId: variable(stack, 'datastore'),
      guestId: 'ubuntu64Guest',
      firmware: 'efi',
      numCpus: 4,
      numCoresPerSocket: 2,
      memory: 8192,
      memoryReservation: 4096,
      cpuHotAddEnabled: true,
      memoryHotAddEnabled: true,
      nestedHvEnabled: true,
      efiSecureBootEnabled: true,
      vbsEnabled: true,
      vvtdEnabled: true,
      storagePolicyId: variable(stack, 'policy'),
      annotation: 'Shielded VM',
      pciDeviceId: ['0000:3b:00.0'],
      scsiType: 'pvscsi',
      scsiControllerCount: 2,
      enableLogging: true,
      tags: ['urn:tag:1'],
      customAttributes: { 'attr-1': 'value' },
      extraConfig: { 'bios.bootDeviceClasses': 'allow:hd', 'guestinfo.userdata': 'e30=' },
      vtpm: { version: '2.0' },
      // a block with keys but no values is no block; an empty block stays
      vapp: { properties: undefined },
      ovfDeploy: {},
      cdrom: [{ clientDevice: true }],
      disk: [
        { label: 'os', unitNumber: 0, size: 40, thinProvisioned: true, eagerlyScrub: false, storagePolicyId: variable(stack, 'policy') },
        { label: 'data', unitNumber: 1, size: 100, thinProvisioned: false, eagerlyScrub: true, keepOnRemove: true },
      ],
      networkInterface: [
        { networkId: variable(stack, 'network'), adapterType: 'vmxnet3', useStaticMac: true, macAddress: '00:50:56:00:00:01' },
        { networkId: variable(stack, 'network'), adapterType: 'sriov', physicalFunction: '0000:3b:00.0' },
      ],
      clone: {
        templateUuid: variable(stack, 'template'),
        customize: {
          linuxOptions: { hostName: 'web', domain: 'example.com', timeZone: undefined },
          windowsOptions: undefined,
          networkInterface: [{ ipv4Address: '10.0.0.10', ipv4Netmask: 24 }, {}],
          ipv4Gateway: '10.0.0.1',
          dnsServerList: ['10.0.0.2'],
          dnsSuffixList: ['example.com'],
        },
      },
    }),
    attributes: {
      id: attr('id'),
      uuid: attr('uuid'),
      moid: attr('moid'),
      defaultIpAddress: attr('defaultIpAddress'),
      guestIpAddresses: attr('guestIpAddresses'),
      mac0: [(e) => e.networkInterface.get(0).macAddress, (e) => e.networkInterfaceMacAddress(0)],
      mac1: [(e) => e.networkInterface.get(1).macAddress, (e) => e.networkInterfaceMacAddress(1)],
    },
    after: (vm) => vm.addOverride('extra_config.override', 'yes'),
  },
  vsphere_virtual_machine_snapshot: {
    full: VirtualMachineSnapshot,
    light: LightVirtualMachineSnapshot,
    config: (stack) => ({
      provider: vsphere(stack),
      count: 2,
      virtualMachineUuid: variable(stack, 'vm'),
      snapshotName: 'before-upgrade',
      description: 'Checkpoint',
      memory: false,
      quiesce: true,
      removeChildren: false,
      consolidate: true,
    }),
    attributes: { id: attr('id') },
  },
  vsphere_compute_cluster: {
    full: ComputeCluster,
    light: LightComputeCluster,
    config: (stack) => ({
      provider: vsphere(stack),
      name: 'prod',
      datacenterId: variable(stack, 'datacenter'),
      hostSystemIds: [variable(stack, 'host1'), variable(stack, 'host2')],
      haEnabled: true,
      haHostMonitoring: 'enabled',
      haAdmissionControlPolicy: 'resourcePercentage',
      haAdmissionControlHostFailureTolerance: 1,
      haAdmissionControlResourcePercentageAutoCompute: true,
      haVmRestartPriority: 'high',
      haHostIsolationResponse: 'shutdown',
      haVmMonitoring: 'vmMonitoringOnly',
      haAdvancedOptions: { 'das.isolationaddress0': '10.0.0.1' },
      drsEnabled: true,
      drsAutomationLevel: 'fullyAutomated',
      tags: ['urn:tag:2'],
      hostImage: { esxVersion: '8.0', component: [{ key: 'driver', version: '1.0' }] },
      vsanDiskGroup: [{ cache: 'mpx.vmhba1:C0:T1:L0', storage: ['mpx.vmhba1:C0:T2:L0'] }],
      vsanStretchedCluster: { preferredFaultDomainHostIds: ['h1'], secondaryFaultDomainHostIds: ['h2'], witnessNode: 'w' },
    }),
    attributes: { id: attr('id'), resourcePoolId: attr('resourcePoolId') },
  },
  vsphere_compute_cluster_vm_affinity_rule: {
    full: ComputeClusterVmAffinityRule,
    light: LightComputeClusterVmAffinityRule,
    config: (stack) => ({
      provider: vsphere(stack),
      computeClusterId: variable(stack, 'cluster'),
      name: 'together',
      virtualMachineIds: [variable(stack, 'vm1'), variable(stack, 'vm2')],
      mandatory: true,
    }),
    attributes: { id: attr('id') },
  },
  vsphere_compute_cluster_vm_anti_affinity_rule: {
    full: ComputeClusterVmAntiAffinityRule,
    light: LightComputeClusterVmAntiAffinityRule,
    config: (stack) => ({
      provider: vsphere(stack),
      computeClusterId: variable(stack, 'cluster'),
      name: 'apart',
      virtualMachineIds: [variable(stack, 'vm1'), variable(stack, 'vm2')],
      mandatory: false,
      enabled: true,
    }),
    attributes: { id: attr('id') },
  },
  vsphere_compute_cluster_vm_group: {
    full: ComputeClusterVmGroup,
    light: LightComputeClusterVmGroup,
    config: (stack) => ({
      provider: vsphere(stack),
      computeClusterId: variable(stack, 'cluster'),
      name: 'rule-vms',
      virtualMachineIds: [variable(stack, 'vm1')],
    }),
    attributes: { id: attr('id'), name: attr('name') },
  },
  vsphere_compute_cluster_host_group: {
    full: ComputeClusterHostGroup,
    light: LightComputeClusterHostGroup,
    config: (stack) => ({
      provider: vsphere(stack),
      computeClusterId: variable(stack, 'cluster'),
      name: 'rule-hosts',
      hostSystemIds: [variable(stack, 'host1')],
    }),
    attributes: { id: attr('id'), name: attr('name') },
  },
  vsphere_compute_cluster_vm_host_rule: {
    full: ComputeClusterVmHostRule,
    light: LightComputeClusterVmHostRule,
    config: (stack) => ({
      provider: vsphere(stack),
      computeClusterId: variable(stack, 'cluster'),
      name: 'rule',
      vmGroupName: variable(stack, 'vmGroup'),
      affinityHostGroupName: variable(stack, 'hostGroup'),
      mandatory: true,
    }),
    attributes: { id: attr('id') },
  },
  vsphere_ha_vm_override: {
    full: HaVmOverride,
    light: LightHaVmOverride,
    config: (stack) => ({
      provider: vsphere(stack),
      computeClusterId: variable(stack, 'cluster'),
      virtualMachineId: variable(stack, 'vm1'),
      haVmRestartPriority: 'highest',
    }),
    attributes: { id: attr('id') },
  },
  vsphere_drs_vm_override: {
    full: DrsVmOverride,
    light: LightDrsVmOverride,
    config: (stack) => ({
      provider: vsphere(stack),
      computeClusterId: variable(stack, 'cluster'),
      virtualMachineId: variable(stack, 'vm1'),
      drsEnabled: true,
      drsAutomationLevel: 'manual',
    }),
    attributes: { id: attr('id') },
  },
  vsphere_distributed_port_group: {
    full: DistributedPortGroup,
    light: LightDistributedPortGroup,
    config: (stack) => ({
      provider: vsphere(stack),
      name: 'app',
      distributedVirtualSwitchUuid: variable(stack, 'dvs'),
      vlanId: 120,
      allowForgedTransmits: false,
      allowMacChanges: false,
      allowPromiscuous: false,
      activeUplinks: ['uplink1'],
      vlanRange: [{ minVlan: 1, maxVlan: 10 }],
    }),
    attributes: { id: attr('id'), key: attr('key'), distributedVirtualSwitchUuid: attr('distributedVirtualSwitchUuid') },
  },
  vsphere_host_port_group: {
    full: HostPortGroup,
    light: LightHostPortGroup,
    config: (stack) => ({
      provider: vsphere(stack),
      name: 'app',
      hostSystemId: variable(stack, 'host1'),
      virtualSwitchName: 'vSwitch0',
      vlanId: 120,
      allowForgedTransmits: false,
      allowMacChanges: false,
      allowPromiscuous: false,
      activeNics: ['vmnic0'],
    }),
    attributes: { id: attr('id'), key: attr('key') },
  },
  vsphere_vnic: {
    full: Vnic,
    light: LightVnic,
    config: (stack) => ({
      provider: vsphere(stack),
      host: variable(stack, 'host1'),
      netstack: 'vmotion',
      distributedPortGroup: variable(stack, 'portGroup'),
      distributedSwitchPort: variable(stack, 'dvs'),
      services: ['vmotion'],
      ipv4: { dhcp: true },
      ipv6: { autoconfig: undefined },
    }),
    attributes: { id: attr('id') },
  },
};

const VSPHERE_DATA: { [type: string]: Pair<any> } = {
  vsphere_datacenter: {
    full: DataVsphereDatacenter,
    light: LightDataVsphereDatacenter,
    config: (stack) => ({ provider: vsphere(stack), name: 'dc1' }),
    attributes: { id: attr('id') },
  },
  vsphere_datastore: {
    full: DataVsphereDatastore,
    light: LightDataVsphereDatastore,
    config: (stack) => ({ provider: vsphere(stack), name: 'ds1', datacenterId: variable(stack, 'datacenter') }),
    attributes: { id: attr('id') },
  },
  vsphere_compute_cluster: {
    full: DataVsphereComputeCluster,
    light: LightDataVsphereComputeCluster,
    config: (stack) => ({ provider: vsphere(stack), name: 'prod', datacenterId: variable(stack, 'datacenter') }),
    attributes: { id: attr('id'), resourcePoolId: attr('resourcePoolId') },
  },
  vsphere_host: {
    full: DataVsphereHost,
    light: LightDataVsphereHost,
    config: (stack) => ({ provider: vsphere(stack), name: 'esx1', datacenterId: variable(stack, 'datacenter') }),
    attributes: { id: attr('id'), resourcePoolId: attr('resourcePoolId') },
  },
  vsphere_network: {
    full: DataVsphereNetwork,
    light: LightDataVsphereNetwork,
    config: (stack) => ({
      provider: vsphere(stack),
      dependsOn: [before(stack)],
      name: 'app',
      datacenterId: variable(stack, 'datacenter'),
      filter: [{ networkType: 'Network' }],
    }),
    attributes: { id: attr('id') },
  },
  vsphere_distributed_virtual_switch: {
    full: DataVsphereDistributedVirtualSwitch,
    light: LightDataVsphereDistributedVirtualSwitch,
    config: (stack) => ({ provider: vsphere(stack), name: 'dvs1', datacenterId: variable(stack, 'datacenter') }),
    attributes: { id: attr('id') },
  },
  vsphere_storage_policy: {
    full: DataVsphereStoragePolicy,
    light: LightDataVsphereStoragePolicy,
    config: (stack) => ({ provider: vsphere(stack), name: 'VM Encryption Policy' }),
    attributes: { id: attr('id') },
  },
  vsphere_virtual_machine: {
    full: DataVsphereVirtualMachine,
    light: LightDataVsphereVirtualMachine,
    config: (stack) => ({ provider: vsphere(stack), name: 'ubuntu-24.04', datacenterId: variable(stack, 'datacenter'), vapp: {} }),
    attributes: {
      id: attr('id'),
      guestId: attr('guestId'),
      diskSize: [(e) => e.disks.get(0).size, (e) => e.disks.get(0).size],
      diskThin: [(e) => e.disks.get(0).thinProvisioned, (e) => e.disks.get(0).thinProvisioned],
      diskEager: [(e) => e.disks.get(0).eagerlyScrub, (e) => e.disks.get(0).eagerlyScrub],
      disk1Label: [(e) => e.disks.get(1).label, (e) => e.disks.get(1).label],
      disk1Unit: [(e) => e.disks.get(1).unitNumber, (e) => e.disks.get(1).unitNumber],
    },
  },
};

const HYPERV: { [type: string]: Pair<any> } = {
  hyperv_machine_instance: {
    full: MachineInstance,
    light: LightMachineInstance,
    config: (stack) => ({
      provider: hyperv(stack),
      lifecycle: { ignoreChanges: ['notes'] },
      name: 'web',
      path: 'C:\\VMs',
      generation: 2,
      processorCount: 4,
      dynamicMemory: true,
      memoryStartupBytes: 4294967296,
      memoryMinimumBytes: 1073741824,
      memoryMaximumBytes: 8589934592,
      automaticStartAction: 'Start',
      state: 'Running',
      checkpointType: 'Production',
      snapshotFileLocation: 'D:\\Checkpoints',
      integrationServices: { 'Guest Service Interface': true, 'Heartbeat': false },
      vmProcessor: { exposeVirtualizationExtensions: true, compatibilityForMigrationEnabled: undefined },
      vmFirmware: {
        enableSecureBoot: 'On',
        secureBootTemplate: 'MicrosoftUEFICertificateAuthority',
        bootOrder: [{ bootType: 'HardDiskDrive', controllerNumber: 0, controllerLocation: 0 }],
      },
      timeouts: { create: undefined },
      hardDiskDrives: [
        { controllerType: 'Scsi', controllerNumber: 0, controllerLocation: 0, path: variable(stack, 'osDisk') },
        { controllerType: 'Scsi', controllerNumber: 0, controllerLocation: 1, path: variable(stack, 'dataDisk') },
      ],
      dvdDrives: [{ controllerNumber: 0, controllerLocation: 2, path: variable(stack, 'iso') }],
      networkAdaptors: [
        { name: 'nic0', switchName: variable(stack, 'switch'), staticMacAddress: '00155D000001', vlanAccess: true, vlanId: 120 },
        { name: 'nic1', switchName: variable(stack, 'switch'), dynamicMacAddress: true, iovWeight: 100, waitForIps: false },
      ],
    }),
    attributes: {
      id: attr('id'),
      name: attr('name'),
      ips0: [(e) => e.networkAdaptors.get(0).ipAddresses, (e) => e.networkAdaptorIpAddresses(0)],
      ips1: [(e) => e.networkAdaptors.get(1).ipAddresses, (e) => e.networkAdaptorIpAddresses(1)],
      mac0: [(e) => e.networkAdaptors.get(0).staticMacAddress, (e) => e.networkAdaptorStaticMacAddress(0)],
    },
    after: (vm) => vm.addOverride('notes', 'overridden'),
  },
  hyperv_vhd: {
    full: Vhd,
    light: LightVhd,
    config: (stack) => ({
      provider: hyperv(stack),
      lifecycle: { preventDestroy: true },
      path: 'C:\\VMs\\web\\data.vhdx',
      size: 107374182400,
      vhdType: 'Fixed',
      blockSize: 0,
      timeouts: { create: '30m' },
    }),
    attributes: { id: attr('id'), path: attr('path') },
  },
  hyperv_network_switch: {
    full: NetworkSwitch,
    light: LightNetworkSwitch,
    config: (stack) => ({
      provider: hyperv(stack),
      name: 'External',
      switchType: 'External',
      netAdapterNames: ['Ethernet 2', 'Ethernet 3'],
      allowManagementOs: true,
      enableEmbeddedTeaming: true,
    }),
    attributes: { id: attr('id'), name: attr('name'), enableIov: attr('enableIov') },
    // SR-IOV is switched on once a NIC needs it
    after: (s) => { s.enableIov = true; },
  },
  hyperv_iso_image: {
    full: IsoImage,
    light: LightIsoImage,
    config: (stack) => ({
      provider: hyperv(stack),
      volumeName: 'CIDATA',
      sourceZipFilePath: variable(stack, 'zip'),
      sourceZipFilePathHash: variable(stack, 'hash'),
      destinationIsoFilePath: 'C:\\VMs\\web\\cidata.iso',
      isoMediaType: 'cdrom',
      isoFileSystemType: 'iso9660|joliet',
    }),
    attributes: { id: attr('id'), destinationIsoFilePath: attr('destinationIsoFilePath') },
  },
};

const HYPERV_DATA: { [type: string]: Pair<any> } = {
  hyperv_network_switch: {
    full: DataHypervNetworkSwitch,
    light: LightDataHypervNetworkSwitch,
    config: (stack) => ({ provider: hyperv(stack), name: 'Default Switch' }),
    attributes: { id: attr('id'), name: attr('name') },
  },
};

describe('light vSphere and Hyper-V classes', () => {
  test.each(Object.keys(VSPHERE))('%s resource: the same JSON and references as the generated class', (type) => {
    const out = compare(VSPHERE[type]);
    expect(Object.keys(out.resource[type].r).length).toBeGreaterThan(3);
  });

  test.each(Object.keys(VSPHERE_DATA))('%s data source: the same JSON and references as the generated class', (type) => {
    const out = compare(VSPHERE_DATA[type]);
    expect(out.data[type].r.provider).toBe('vsphere.vc1');
  });

  test.each(Object.keys(HYPERV))('%s resource: the same JSON and references as the generated class', (type) => {
    const out = compare(HYPERV[type]);
    expect(out.resource[type].r.provider).toBe('hyperv.hv1');
  });

  test.each(Object.keys(HYPERV_DATA))('%s data source: the same JSON and references as the generated class', (type) => {
    const out = compare(HYPERV_DATA[type]);
    expect(out.data[type].r.name).toBe('Default Switch');
  });

  test('a VM keeps blocks as the generated class does: one without values is left out, an empty one kept', () => {
    const out = compare(VSPHERE.vsphere_virtual_machine);
    const vm = out.resource.vsphere_virtual_machine.r;
    expect(vm).not.toHaveProperty('vapp');
    expect(vm.ovf_deploy).toEqual({});
    expect(vm.clone.customize.linux_options).toEqual({ domain: 'example.com', host_name: 'web' });
    expect(vm.clone.customize.network_interface).toEqual([{ ipv4_address: '10.0.0.10', ipv4_netmask: 24 }, {}]);
    expect(vm.extra_config.override).toBe('yes');
    expect(out.terraform.required_providers.vsphere).toEqual({ source: 'vmware/vsphere', version: '2.15.0' });
  });

  test('a switch takes SR-IOV after construction; a machine without values in a block leaves the block out', () => {
    expect(compare(HYPERV.hyperv_network_switch).resource.hyperv_network_switch.r.enable_iov).toBe(true);
    const machine = compare(HYPERV.hyperv_machine_instance).resource.hyperv_machine_instance.r;
    expect(machine).not.toHaveProperty('timeouts');
    expect(machine.vm_processor).toEqual({ expose_virtualization_extensions: true });
  });

  test('write HCL through the generated classes', () => {
    const pairs = [...Object.values(VSPHERE), ...Object.values(VSPHERE_DATA), ...Object.values(HYPERV), ...Object.values(HYPERV_DATA)];
    const a = newStack();
    const b = newStack();
    pairs.forEach((pair, i) => {
      const full = new pair.full(a, `r${i}`, pair.config(a));
      const light = new pair.light(b, `r${i}`, pair.config(b));
      pair.after?.(full);
      pair.after?.(light);
    });
    const hcl = Testing.synthHcl(b);
    expect(hcl).toBe(Testing.synthHcl(a));
    expect(hcl).toContain('resource "vsphere_virtual_machine" "r0"');
    expect(hcl.match(/^(resource|data) "(vsphere|hyperv)_/gm)).toHaveLength(pairs.length);
    expect(hcl).toMatch(/^data "vsphere_virtual_machine" "r\d+" \{$/m);
    expect(hcl).toMatch(/^resource "hyperv_network_switch" "r\d+" \{\n(.+\n)*enable_iov = true$/m);
  });
});
