import { DataVsphereComputeCluster } from '@cdktf/provider-vsphere/lib/data-vsphere-compute-cluster';
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
import { VirtualMachine as VsphereVm } from '@cdktf/provider-vsphere/lib/virtual-machine';
import { VirtualMachineSnapshot } from '@cdktf/provider-vsphere/lib/virtual-machine-snapshot';

/**
 * What the vSphere target rendered for a VM, by role: the resources it made for the VM and the
 * data sources, shared with other VMs, that the VM uses.
 */
export interface VsphereVmResources {
  /** The `vsphere_virtual_machine`: the VM construct's `node.defaultChild`. */
  readonly virtualMachine: VsphereVm;
  /** The VM's `vsphere_ha_vm_override`, when it has a restart priority of its own in its cluster. */
  readonly haOverride?: HaVmOverride;
  /** The VM's `vsphere_drs_vm_override`, when it has a DRS automation level of its own in its cluster. */
  readonly drsOverride?: DrsVmOverride;
  /** The VM's `vsphere_virtual_machine_snapshot`, when it is in a replica pair with a checkpoint. */
  readonly snapshot?: VirtualMachineSnapshot;
  /** The template the VM is cloned from. */
  readonly template: DataVsphereVirtualMachine;
  /** The datastore of the VM's files. */
  readonly datastore: DataVsphereDatastore;
  /** The host the VM names. */
  readonly host?: DataVsphereHost;
  /** The target's existing cluster, when the VM runs there (it names neither cluster nor host). */
  readonly cluster?: DataVsphereComputeCluster;
  /** The storage policy that encrypts a shielded VM. */
  readonly encryptionPolicy?: DataVsphereStoragePolicy;
}

/**
 * What the vSphere target rendered for a network, by role. The network construct's
 * `node.defaultChild` is its distributed port group, or else its `vsphere_network` data source.
 */
export interface VsphereNetworkResources {
  /** The `vsphere_distributed_port_group` of a new network on the target's distributed switch. */
  readonly portGroup?: DistributedPortGroup;
  /**
   * The `vsphere_network` data source: of an existing network, or of a new network on a standard
   * switch, read once its host port groups exist.
   */
  readonly network?: DataVsphereNetwork;
  /** The `vsphere_host_port_group` of a new network on a standard switch, by host (empty otherwise). */
  readonly hostPortGroups: { [host: string]: HostPortGroup };
  /** The target's distributed switch, for a new network on it. */
  readonly distributedSwitch?: DataVsphereDistributedVirtualSwitch;
}

