import type * as DataVsphereComputeClusterBindings from '@cdktf/provider-vsphere/lib/data-vsphere-compute-cluster';
import type * as DataVsphereDatacenterBindings from '@cdktf/provider-vsphere/lib/data-vsphere-datacenter';
import type * as DataVsphereDatastoreBindings from '@cdktf/provider-vsphere/lib/data-vsphere-datastore';
import type * as DataVsphereDistributedVirtualSwitchBindings from '@cdktf/provider-vsphere/lib/data-vsphere-distributed-virtual-switch';
import type * as DataVsphereHostBindings from '@cdktf/provider-vsphere/lib/data-vsphere-host';
import type * as DataVsphereNetworkBindings from '@cdktf/provider-vsphere/lib/data-vsphere-network';
import type * as DataVsphereStoragePolicyBindings from '@cdktf/provider-vsphere/lib/data-vsphere-storage-policy';
import type * as DataVsphereVirtualMachineBindings from '@cdktf/provider-vsphere/lib/data-vsphere-virtual-machine';
import { Construct } from 'constructs';
import { METADATA, bindings } from './bindings';
import { IResolvable, TerraformDataSource, TerraformMetaArguments, hashMapper, listMapper } from '../../../core';
import { LightDataSource, block, plain } from '../../light-resource';

/*
 * The light classes of the data sources the vSphere target reads.
 * Written from the generated configuration types and converters (see `../light-resources.ts`).
 */

const dataVsphereDatacenter = bindings<typeof DataVsphereDatacenterBindings>('data-vsphere-datacenter');
const dataVsphereDatastore = bindings<typeof DataVsphereDatastoreBindings>('data-vsphere-datastore');
const dataVsphereComputeCluster = bindings<typeof DataVsphereComputeClusterBindings>('data-vsphere-compute-cluster');
const dataVsphereHost = bindings<typeof DataVsphereHostBindings>('data-vsphere-host');
const dataVsphereNetwork = bindings<typeof DataVsphereNetworkBindings>('data-vsphere-network');
const dataVsphereDistributedVirtualSwitch = bindings<typeof DataVsphereDistributedVirtualSwitchBindings>('data-vsphere-distributed-virtual-switch');
const dataVsphereStoragePolicy = bindings<typeof DataVsphereStoragePolicyBindings>('data-vsphere-storage-policy');
const dataVsphereVirtualMachine = bindings<typeof DataVsphereVirtualMachineBindings>('data-vsphere-virtual-machine');

/** What a data source that finds a vSphere object by its name is given. */
interface LookupConfig extends TerraformMetaArguments {
  readonly datacenterId?: string;
  readonly id?: string;
  readonly name?: string;
}

/**
 * A data source that finds a vSphere object by its name (in a datacenter, where the type has one):
 * its JSON is what the generated classes of these types write, `datacenter_id`, `id` and `name`.
 */
abstract class LightLookup<C extends LookupConfig> extends LightDataSource<C> {
  protected synthesizeAttributes(): { [name: string]: any } {
    const c = this.config;
    return {
      datacenter_id: c.datacenterId,
      id: c.id,
      name: c.name,
    };
  }
}

/** A `vsphere_datacenter` data source without the generated class (see `../light-resources.ts`). */
export class LightDataVsphereDatacenter extends LightLookup<DataVsphereDatacenterBindings.DataVsphereDatacenterConfig> {
  constructor(scope: Construct, id: string, config: DataVsphereDatacenterBindings.DataVsphereDatacenterConfig) {
    super(scope, id, 'vsphere_datacenter', METADATA, config);
  }

  protected full(scope: Construct): TerraformDataSource {
    return new (dataVsphereDatacenter().DataVsphereDatacenter)(scope, this.node.id, this.config);
  }
}

/** A `vsphere_datastore` data source without the generated class (see `../light-resources.ts`). */
export class LightDataVsphereDatastore extends LightDataSource<DataVsphereDatastoreBindings.DataVsphereDatastoreConfig> {
  constructor(scope: Construct, id: string, config: DataVsphereDatastoreBindings.DataVsphereDatastoreConfig) {
    super(scope, id, 'vsphere_datastore', METADATA, config);
  }

  protected synthesizeAttributes(): { [name: string]: any } {
    const c = this.config;
    return {
      datacenter_id: c.datacenterId,
      id: c.id,
      name: c.name,
      stats: hashMapper(plain)(c.stats),
    };
  }

  protected full(scope: Construct): TerraformDataSource {
    return new (dataVsphereDatastore().DataVsphereDatastore)(scope, this.node.id, this.config);
  }
}

/** A `vsphere_compute_cluster` data source without the generated class (see `../light-resources.ts`). */
export class LightDataVsphereComputeCluster extends LightLookup<DataVsphereComputeClusterBindings.DataVsphereComputeClusterConfig> {
  constructor(scope: Construct, id: string, config: DataVsphereComputeClusterBindings.DataVsphereComputeClusterConfig) {
    super(scope, id, 'vsphere_compute_cluster', METADATA, config);
  }

  /** The managed object ID of the cluster's root resource pool. */
  public get resourcePoolId(): string {
    return this.getStringAttribute('resource_pool_id');
  }

  protected full(scope: Construct): TerraformDataSource {
    return new (dataVsphereComputeCluster().DataVsphereComputeCluster)(scope, this.node.id, this.config);
  }
}

/** A `vsphere_host` data source without the generated class (see `../light-resources.ts`). */
export class LightDataVsphereHost extends LightLookup<DataVsphereHostBindings.DataVsphereHostConfig> {
  constructor(scope: Construct, id: string, config: DataVsphereHostBindings.DataVsphereHostConfig) {
    super(scope, id, 'vsphere_host', METADATA, config);
  }

  /** The managed object ID of the host's root resource pool. */
  public get resourcePoolId(): string {
    return this.getStringAttribute('resource_pool_id');
  }

  protected full(scope: Construct): TerraformDataSource {
    return new (dataVsphereHost().DataVsphereHost)(scope, this.node.id, this.config);
  }
}

/** A `vsphere_network` data source without the generated class (see `../light-resources.ts`). */
export class LightDataVsphereNetwork extends LightDataSource<DataVsphereNetworkBindings.DataVsphereNetworkConfig> {
  constructor(scope: Construct, id: string, config: DataVsphereNetworkBindings.DataVsphereNetworkConfig) {
    super(scope, id, 'vsphere_network', METADATA, config);
  }

  protected synthesizeAttributes(): { [name: string]: any } {
    const c = this.config;
    const m = dataVsphereNetwork();
    return {
      datacenter_id: c.datacenterId,
      distributed_virtual_switch_uuid: c.distributedVirtualSwitchUuid,
      id: c.id,
      name: c.name,
      retry_interval: c.retryInterval,
      retry_timeout: c.retryTimeout,
      vpc_id: c.vpcId,
      filter: listMapper(m.dataVsphereNetworkFilterToTerraform, true)(c.filter),
    };
  }

  protected full(scope: Construct): TerraformDataSource {
    return new (dataVsphereNetwork().DataVsphereNetwork)(scope, this.node.id, this.config);
  }
}

/** A `vsphere_distributed_virtual_switch` data source without the generated class (see `../light-resources.ts`). */
export class LightDataVsphereDistributedVirtualSwitch
  extends LightLookup<DataVsphereDistributedVirtualSwitchBindings.DataVsphereDistributedVirtualSwitchConfig> {
  constructor(scope: Construct, id: string, config: DataVsphereDistributedVirtualSwitchBindings.DataVsphereDistributedVirtualSwitchConfig) {
    super(scope, id, 'vsphere_distributed_virtual_switch', METADATA, config);
  }

  protected full(scope: Construct): TerraformDataSource {
    return new (dataVsphereDistributedVirtualSwitch().DataVsphereDistributedVirtualSwitch)(scope, this.node.id, this.config);
  }
}

/** A `vsphere_storage_policy` data source without the generated class (see `../light-resources.ts`). */
export class LightDataVsphereStoragePolicy extends LightLookup<DataVsphereStoragePolicyBindings.DataVsphereStoragePolicyConfig> {
  constructor(scope: Construct, id: string, config: DataVsphereStoragePolicyBindings.DataVsphereStoragePolicyConfig) {
    super(scope, id, 'vsphere_storage_policy', METADATA, config);
  }

  protected full(scope: Construct): TerraformDataSource {
    return new (dataVsphereStoragePolicy().DataVsphereStoragePolicy)(scope, this.node.id, this.config);
  }
}

/** A `vsphere_virtual_machine` data source without the generated class (see `../light-resources.ts`). */
export class LightDataVsphereVirtualMachine extends LightDataSource<DataVsphereVirtualMachineBindings.DataVsphereVirtualMachineConfig> {
  constructor(scope: Construct, id: string, config: DataVsphereVirtualMachineBindings.DataVsphereVirtualMachineConfig) {
    super(scope, id, 'vsphere_virtual_machine', METADATA, config);
  }

  /** The template's guest OS ID. */
  public get guestId(): string {
    return this.getStringAttribute('guest_id');
  }

  /** The template's disks, each as `disks.get(index)` of the generated class gives it. */
  public get disks(): LightDataVsphereVirtualMachineDisks {
    return new LightDataVsphereVirtualMachineDisks(this);
  }

  protected synthesizeAttributes(): { [name: string]: any } {
    const c = this.config;
    const m = dataVsphereVirtualMachine();
    return {
      alternate_guest_name: c.alternateGuestName,
      annotation: c.annotation,
      boot_delay: c.bootDelay,
      boot_retry_delay: c.bootRetryDelay,
      boot_retry_enabled: c.bootRetryEnabled,
      cpu_hot_add_enabled: c.cpuHotAddEnabled,
      cpu_hot_remove_enabled: c.cpuHotRemoveEnabled,
      cpu_limit: c.cpuLimit,
      cpu_performance_counters_enabled: c.cpuPerformanceCountersEnabled,
      cpu_reservation: c.cpuReservation,
      cpu_share_count: c.cpuShareCount,
      cpu_share_level: c.cpuShareLevel,
      datacenter_id: c.datacenterId,
      efi_secure_boot_enabled: c.efiSecureBootEnabled,
      enable_disk_uuid: c.enableDiskUuid,
      enable_logging: c.enableLogging,
      ept_rvi_mode: c.eptRviMode,
      extra_config: hashMapper(plain)(c.extraConfig),
      extra_config_reboot_required: c.extraConfigRebootRequired,
      firmware: c.firmware,
      folder: c.folder,
      guest_id: c.guestId,
      hardware_version: c.hardwareVersion,
      hv_mode: c.hvMode,
      id: c.id,
      ide_controller_scan_count: c.ideControllerScanCount,
      latency_sensitivity: c.latencySensitivity,
      memory: c.memory,
      memory_hot_add_enabled: c.memoryHotAddEnabled,
      memory_limit: c.memoryLimit,
      memory_reservation: c.memoryReservation,
      memory_reservation_locked_to_max: c.memoryReservationLockedToMax,
      memory_share_count: c.memoryShareCount,
      memory_share_level: c.memoryShareLevel,
      moid: c.moid,
      name: c.name,
      nested_hv_enabled: c.nestedHvEnabled,
      num_cores_per_socket: c.numCoresPerSocket,
      num_cpus: c.numCpus,
      nvme_controller_scan_count: c.nvmeControllerScanCount,
      replace_trigger: c.replaceTrigger,
      run_tools_scripts_after_power_on: c.runToolsScriptsAfterPowerOn,
      run_tools_scripts_after_resume: c.runToolsScriptsAfterResume,
      run_tools_scripts_before_guest_reboot: c.runToolsScriptsBeforeGuestReboot,
      run_tools_scripts_before_guest_shutdown: c.runToolsScriptsBeforeGuestShutdown,
      run_tools_scripts_before_guest_standby: c.runToolsScriptsBeforeGuestStandby,
      sata_controller_scan_count: c.sataControllerScanCount,
      scsi_controller_scan_count: c.scsiControllerScanCount,
      storage_policy_id: c.storagePolicyId,
      swap_placement_policy: c.swapPlacementPolicy,
      sync_time_with_host: c.syncTimeWithHost,
      sync_time_with_host_periodically: c.syncTimeWithHostPeriodically,
      tools_upgrade_policy: c.toolsUpgradePolicy,
      uuid: c.uuid,
      vbs_enabled: c.vbsEnabled,
      vvtd_enabled: c.vvtdEnabled,
      vapp: m.dataVsphereVirtualMachineVappToTerraform(block(c.vapp)),
    };
  }

  protected full(scope: Construct): TerraformDataSource {
    return new (dataVsphereVirtualMachine().DataVsphereVirtualMachine)(scope, this.node.id, this.config);
  }
}

/** The disks of a `vsphere_virtual_machine` data source, as the generated class's `disks`. */
export class LightDataVsphereVirtualMachineDisks {
  constructor(private readonly source: TerraformDataSource) {}

  /** Disk `index` (from 0, in the order of the template's disks). */
  public get(index: number): LightDataVsphereVirtualMachineDisk {
    return new LightDataVsphereVirtualMachineDisk(this.source, index);
  }
}

/** One disk of a `vsphere_virtual_machine` data source, as `disks.get(index)` of the generated class. */
export class LightDataVsphereVirtualMachineDisk {
  constructor(private readonly source: TerraformDataSource, private readonly index: number) {}

  /** The disk's size in GiB. */
  public get size(): number {
    return this.source.getNumberAttribute(this.attribute('size'));
  }

  /** Whether the disk is thin provisioned. */
  public get thinProvisioned(): IResolvable {
    return this.source.getBooleanAttribute(this.attribute('thin_provisioned'));
  }

  /** Whether the disk is eagerly scrubbed (thick, eager zeroed). */
  public get eagerlyScrub(): IResolvable {
    return this.source.getBooleanAttribute(this.attribute('eagerly_scrub'));
  }

  /** The disk's label. */
  public get label(): string {
    return this.source.getStringAttribute(this.attribute('label'));
  }

  /** The disk's unit number on its controller. */
  public get unitNumber(): number {
    return this.source.getNumberAttribute(this.attribute('unit_number'));
  }

  private attribute(name: string): string {
    return `disks[${this.index}].${name}`;
  }
}
