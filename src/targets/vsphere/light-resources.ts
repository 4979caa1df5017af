import type * as ComputeClusterBindings from '@cdktf/provider-vsphere/lib/compute-cluster';
import type * as ComputeClusterHostGroupBindings from '@cdktf/provider-vsphere/lib/compute-cluster-host-group';
import type * as ComputeClusterVmAffinityRuleBindings from '@cdktf/provider-vsphere/lib/compute-cluster-vm-affinity-rule';
import type * as ComputeClusterVmAntiAffinityRuleBindings from '@cdktf/provider-vsphere/lib/compute-cluster-vm-anti-affinity-rule';
import type * as ComputeClusterVmGroupBindings from '@cdktf/provider-vsphere/lib/compute-cluster-vm-group';
import type * as ComputeClusterVmHostRuleBindings from '@cdktf/provider-vsphere/lib/compute-cluster-vm-host-rule';
import type * as DataVsphereComputeClusterBindings from '@cdktf/provider-vsphere/lib/data-vsphere-compute-cluster';
import type * as DataVsphereDatacenterBindings from '@cdktf/provider-vsphere/lib/data-vsphere-datacenter';
import type * as DataVsphereDatastoreBindings from '@cdktf/provider-vsphere/lib/data-vsphere-datastore';
import type * as DataVsphereDistributedVirtualSwitchBindings from '@cdktf/provider-vsphere/lib/data-vsphere-distributed-virtual-switch';
import type * as DataVsphereHostBindings from '@cdktf/provider-vsphere/lib/data-vsphere-host';
import type * as DataVsphereNetworkBindings from '@cdktf/provider-vsphere/lib/data-vsphere-network';
import type * as DataVsphereStoragePolicyBindings from '@cdktf/provider-vsphere/lib/data-vsphere-storage-policy';
import type * as DataVsphereVirtualMachineBindings from '@cdktf/provider-vsphere/lib/data-vsphere-virtual-machine';
import type * as DistributedPortGroupBindings from '@cdktf/provider-vsphere/lib/distributed-port-group';
import type * as DrsVmOverrideBindings from '@cdktf/provider-vsphere/lib/drs-vm-override';
import type * as HaVmOverrideBindings from '@cdktf/provider-vsphere/lib/ha-vm-override';
import type * as HostPortGroupBindings from '@cdktf/provider-vsphere/lib/host-port-group';
import type * as VirtualMachineBindings from '@cdktf/provider-vsphere/lib/virtual-machine';
import type * as VirtualMachineSnapshotBindings from '@cdktf/provider-vsphere/lib/virtual-machine-snapshot';
import type * as VnicBindings from '@cdktf/provider-vsphere/lib/vnic';
import { Construct } from 'constructs';
import { IResolvable, TerraformDataSource, TerraformResource, hashMapper, listMapper } from '../../core';
import { BlockShape, GeneratorMetadata, LightDataSource, LightResource, block, lazily, plain } from '../light-resource';

/*
 * vSphere resources and data sources typed by the configurations of `@cdktf/provider-vsphere` and
 * converted by its converters, without its classes (see `../light-resource.ts`): creating a
 * generated `vsphere_virtual_machine` takes some 7 to 11 ms under ts-node, a light one some 0.02 ms.
 * The bindings of a resource are loaded when a stack with one is first synthesized (for the
 * converters of its blocks) or written as HCL (through the generated class), not when this file is.
 */

/** The provider the bindings were generated from, as the generated classes give it. */
const METADATA: GeneratorMetadata = { providerName: 'vsphere', providerVersion: '2.15.0', providerVersionConstraint: '~> 2.13' };

/** A module of `@cdktf/provider-vsphere`, loaded when first used. */
function bindings<T>(name: string): () => T {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return lazily(() => require(`@cdktf/provider-vsphere/lib/${name}`) as T);
}

const virtualMachine = bindings<typeof VirtualMachineBindings>('virtual-machine');
const virtualMachineSnapshot = bindings<typeof VirtualMachineSnapshotBindings>('virtual-machine-snapshot');
const computeCluster = bindings<typeof ComputeClusterBindings>('compute-cluster');
const computeClusterVmAffinityRule = bindings<typeof ComputeClusterVmAffinityRuleBindings>('compute-cluster-vm-affinity-rule');
const computeClusterVmAntiAffinityRule = bindings<typeof ComputeClusterVmAntiAffinityRuleBindings>('compute-cluster-vm-anti-affinity-rule');
const computeClusterVmGroup = bindings<typeof ComputeClusterVmGroupBindings>('compute-cluster-vm-group');
const computeClusterHostGroup = bindings<typeof ComputeClusterHostGroupBindings>('compute-cluster-host-group');
const computeClusterVmHostRule = bindings<typeof ComputeClusterVmHostRuleBindings>('compute-cluster-vm-host-rule');
const haVmOverride = bindings<typeof HaVmOverrideBindings>('ha-vm-override');
const drsVmOverride = bindings<typeof DrsVmOverrideBindings>('drs-vm-override');
const distributedPortGroup = bindings<typeof DistributedPortGroupBindings>('distributed-port-group');
const hostPortGroup = bindings<typeof HostPortGroupBindings>('host-port-group');
const vnic = bindings<typeof VnicBindings>('vnic');
const dataVsphereDatacenter = bindings<typeof DataVsphereDatacenterBindings>('data-vsphere-datacenter');
const dataVsphereDatastore = bindings<typeof DataVsphereDatastoreBindings>('data-vsphere-datastore');
const dataVsphereComputeCluster = bindings<typeof DataVsphereComputeClusterBindings>('data-vsphere-compute-cluster');
const dataVsphereHost = bindings<typeof DataVsphereHostBindings>('data-vsphere-host');
const dataVsphereNetwork = bindings<typeof DataVsphereNetworkBindings>('data-vsphere-network');
const dataVsphereDistributedVirtualSwitch = bindings<typeof DataVsphereDistributedVirtualSwitchBindings>('data-vsphere-distributed-virtual-switch');
const dataVsphereStoragePolicy = bindings<typeof DataVsphereStoragePolicyBindings>('data-vsphere-storage-policy');
const dataVsphereVirtualMachine = bindings<typeof DataVsphereVirtualMachineBindings>('data-vsphere-virtual-machine');

/** The nested single blocks of a VM's `clone` block. */
const CLONE: BlockShape = { customizationSpec: {}, customize: { linuxOptions: {}, windowsOptions: {} } };

/** A `vsphere_virtual_machine` resource without the generated class (see the top of this file). */
export class LightVirtualMachine extends LightResource<VirtualMachineBindings.VirtualMachineConfig> {
  constructor(scope: Construct, id: string, config: VirtualMachineBindings.VirtualMachineConfig) {
    super(scope, id, 'vsphere_virtual_machine', METADATA, config);
  }

  /** The VM's ID (its UUID, as vSphere rules and overrides name it). */
  public get id(): string {
    return this.getStringAttribute('id');
  }

  /** The VM's UUID, by which snapshots name it. */
  public get uuid(): string {
    return this.getStringAttribute('uuid');
  }

  /** The VM's managed object ID. */
  public get moid(): string {
    return this.getStringAttribute('moid');
  }

  /** The IP address VMware Tools reports first, once the guest has one. */
  public get defaultIpAddress(): string {
    return this.getStringAttribute('default_ip_address');
  }

  /** All IP addresses VMware Tools reports in the guest. */
  public get guestIpAddresses(): string[] {
    return this.getListAttribute('guest_ip_addresses');
  }

  /**
   * The MAC address of network interface `index` (from 0, in the order of `networkInterface`), as
   * `networkInterface.get(index).macAddress` of the generated class.
   */
  public networkInterfaceMacAddress(index: number): string {
    return this.getStringAttribute(`network_interface[${index}].mac_address`);
  }

  protected synthesizeAttributes(): { [name: string]: any } {
    const c = this.config;
    const m = virtualMachine();
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
      custom_attributes: hashMapper(plain)(c.customAttributes),
      datacenter_id: c.datacenterId,
      datastore_cluster_id: c.datastoreClusterId,
      datastore_id: c.datastoreId,
      efi_secure_boot_enabled: c.efiSecureBootEnabled,
      enable_disk_uuid: c.enableDiskUuid,
      enable_logging: c.enableLogging,
      ept_rvi_mode: c.eptRviMode,
      extra_config: hashMapper(plain)(c.extraConfig),
      extra_config_reboot_required: c.extraConfigRebootRequired,
      firmware: c.firmware,
      folder: c.folder,
      force_power_off: c.forcePowerOff,
      guest_id: c.guestId,
      hardware_version: c.hardwareVersion,
      host_system_id: c.hostSystemId,
      hv_mode: c.hvMode,
      id: c.id,
      ide_controller_count: c.ideControllerCount,
      ignored_guest_ips: listMapper(plain, false)(c.ignoredGuestIps),
      latency_sensitivity: c.latencySensitivity,
      memory: c.memory,
      memory_hot_add_enabled: c.memoryHotAddEnabled,
      memory_limit: c.memoryLimit,
      memory_reservation: c.memoryReservation,
      memory_reservation_locked_to_max: c.memoryReservationLockedToMax,
      memory_share_count: c.memoryShareCount,
      memory_share_level: c.memoryShareLevel,
      migrate_wait_timeout: c.migrateWaitTimeout,
      name: c.name,
      nested_hv_enabled: c.nestedHvEnabled,
      num_cores_per_socket: c.numCoresPerSocket,
      num_cpus: c.numCpus,
      nvme_controller_count: c.nvmeControllerCount,
      pci_device_id: listMapper(plain, false)(c.pciDeviceId),
      poweron_timeout: c.poweronTimeout,
      replace_trigger: c.replaceTrigger,
      resource_pool_id: c.resourcePoolId,
      run_tools_scripts_after_power_on: c.runToolsScriptsAfterPowerOn,
      run_tools_scripts_after_resume: c.runToolsScriptsAfterResume,
      run_tools_scripts_before_guest_reboot: c.runToolsScriptsBeforeGuestReboot,
      run_tools_scripts_before_guest_shutdown: c.runToolsScriptsBeforeGuestShutdown,
      run_tools_scripts_before_guest_standby: c.runToolsScriptsBeforeGuestStandby,
      sata_controller_count: c.sataControllerCount,
      scsi_bus_sharing: c.scsiBusSharing,
      scsi_controller_count: c.scsiControllerCount,
      scsi_type: c.scsiType,
      shutdown_wait_timeout: c.shutdownWaitTimeout,
      storage_policy_id: c.storagePolicyId,
      swap_placement_policy: c.swapPlacementPolicy,
      sync_time_with_host: c.syncTimeWithHost,
      sync_time_with_host_periodically: c.syncTimeWithHostPeriodically,
      tags: listMapper(plain, false)(c.tags),
      tools_upgrade_policy: c.toolsUpgradePolicy,
      vbs_enabled: c.vbsEnabled,
      vvtd_enabled: c.vvtdEnabled,
      wait_for_guest_ip_timeout: c.waitForGuestIpTimeout,
      wait_for_guest_net_routable: c.waitForGuestNetRoutable,
      wait_for_guest_net_timeout: c.waitForGuestNetTimeout,
      cdrom: listMapper(m.virtualMachineCdromToTerraform, true)(c.cdrom),
      clone: m.virtualMachineCloneToTerraform(block(c.clone, CLONE)),
      disk: listMapper(m.virtualMachineDiskToTerraform, true)(c.disk),
      network_interface: listMapper(m.virtualMachineNetworkInterfaceToTerraform, true)(c.networkInterface),
      ovf_deploy: m.virtualMachineOvfDeployToTerraform(block(c.ovfDeploy)),
      vapp: m.virtualMachineVappToTerraform(block(c.vapp)),
      vtpm: m.virtualMachineVtpmToTerraform(block(c.vtpm)),
    };
  }

  protected full(scope: Construct): TerraformResource {
    return new (virtualMachine().VirtualMachine)(scope, this.node.id, this.config);
  }
}

/** A `vsphere_virtual_machine_snapshot` resource without the generated class (see the top of this file). */
export class LightVirtualMachineSnapshot extends LightResource<VirtualMachineSnapshotBindings.VirtualMachineSnapshotConfig> {
  constructor(scope: Construct, id: string, config: VirtualMachineSnapshotBindings.VirtualMachineSnapshotConfig) {
    super(scope, id, 'vsphere_virtual_machine_snapshot', METADATA, config);
  }

  /** The snapshot's ID. */
  public get id(): string {
    return this.getStringAttribute('id');
  }

  protected synthesizeAttributes(): { [name: string]: any } {
    const c = this.config;
    return {
      consolidate: c.consolidate,
      description: c.description,
      id: c.id,
      memory: c.memory,
      quiesce: c.quiesce,
      remove_children: c.removeChildren,
      snapshot_name: c.snapshotName,
      virtual_machine_uuid: c.virtualMachineUuid,
    };
  }

  protected full(scope: Construct): TerraformResource {
    return new (virtualMachineSnapshot().VirtualMachineSnapshot)(scope, this.node.id, this.config);
  }
}

/** A `vsphere_compute_cluster` resource without the generated class (see the top of this file). */
export class LightComputeCluster extends LightResource<ComputeClusterBindings.ComputeClusterConfig> {
  constructor(scope: Construct, id: string, config: ComputeClusterBindings.ComputeClusterConfig) {
    super(scope, id, 'vsphere_compute_cluster', METADATA, config);
  }

  /** The cluster's ID (its managed object ID). */
  public get id(): string {
    return this.getStringAttribute('id');
  }

  /** The managed object ID of the cluster's root resource pool. */
  public get resourcePoolId(): string {
    return this.getStringAttribute('resource_pool_id');
  }

  protected synthesizeAttributes(): { [name: string]: any } {
    const c = this.config;
    const m = computeCluster();
    return {
      custom_attributes: hashMapper(plain)(c.customAttributes),
      datacenter_id: c.datacenterId,
      dpm_automation_level: c.dpmAutomationLevel,
      dpm_enabled: c.dpmEnabled,
      dpm_threshold: c.dpmThreshold,
      drs_advanced_options: hashMapper(plain)(c.drsAdvancedOptions),
      drs_automation_level: c.drsAutomationLevel,
      drs_enable_predictive_drs: c.drsEnablePredictiveDrs,
      drs_enable_vm_overrides: c.drsEnableVmOverrides,
      drs_enabled: c.drsEnabled,
      drs_migration_threshold: c.drsMigrationThreshold,
      drs_scale_descendants_shares: c.drsScaleDescendantsShares,
      folder: c.folder,
      force_evacuate_on_destroy: c.forceEvacuateOnDestroy,
      ha_admission_control_failover_host_system_ids: listMapper(plain, false)(c.haAdmissionControlFailoverHostSystemIds),
      ha_admission_control_host_failure_tolerance: c.haAdmissionControlHostFailureTolerance,
      ha_admission_control_performance_tolerance: c.haAdmissionControlPerformanceTolerance,
      ha_admission_control_policy: c.haAdmissionControlPolicy,
      ha_admission_control_resource_percentage_auto_compute: c.haAdmissionControlResourcePercentageAutoCompute,
      ha_admission_control_resource_percentage_cpu: c.haAdmissionControlResourcePercentageCpu,
      ha_admission_control_resource_percentage_memory: c.haAdmissionControlResourcePercentageMemory,
      ha_admission_control_slot_policy_explicit_cpu: c.haAdmissionControlSlotPolicyExplicitCpu,
      ha_admission_control_slot_policy_explicit_memory: c.haAdmissionControlSlotPolicyExplicitMemory,
      ha_admission_control_slot_policy_use_explicit_size: c.haAdmissionControlSlotPolicyUseExplicitSize,
      ha_advanced_options: hashMapper(plain)(c.haAdvancedOptions),
      ha_datastore_apd_recovery_action: c.haDatastoreApdRecoveryAction,
      ha_datastore_apd_response: c.haDatastoreApdResponse,
      ha_datastore_apd_response_delay: c.haDatastoreApdResponseDelay,
      ha_datastore_pdl_response: c.haDatastorePdlResponse,
      ha_enabled: c.haEnabled,
      ha_heartbeat_datastore_ids: listMapper(plain, false)(c.haHeartbeatDatastoreIds),
      ha_heartbeat_datastore_policy: c.haHeartbeatDatastorePolicy,
      ha_host_isolation_response: c.haHostIsolationResponse,
      ha_host_monitoring: c.haHostMonitoring,
      ha_vm_component_protection: c.haVmComponentProtection,
      ha_vm_dependency_restart_condition: c.haVmDependencyRestartCondition,
      ha_vm_failure_interval: c.haVmFailureInterval,
      ha_vm_maximum_failure_window: c.haVmMaximumFailureWindow,
      ha_vm_maximum_resets: c.haVmMaximumResets,
      ha_vm_minimum_uptime: c.haVmMinimumUptime,
      ha_vm_monitoring: c.haVmMonitoring,
      ha_vm_restart_additional_delay: c.haVmRestartAdditionalDelay,
      ha_vm_restart_priority: c.haVmRestartPriority,
      ha_vm_restart_timeout: c.haVmRestartTimeout,
      host_cluster_exit_timeout: c.hostClusterExitTimeout,
      host_managed: c.hostManaged,
      host_system_ids: listMapper(plain, false)(c.hostSystemIds),
      id: c.id,
      name: c.name,
      proactive_ha_automation_level: c.proactiveHaAutomationLevel,
      proactive_ha_enabled: c.proactiveHaEnabled,
      proactive_ha_moderate_remediation: c.proactiveHaModerateRemediation,
      proactive_ha_provider_ids: listMapper(plain, false)(c.proactiveHaProviderIds),
      proactive_ha_severe_remediation: c.proactiveHaSevereRemediation,
      tags: listMapper(plain, false)(c.tags),
      vsan_compression_enabled: c.vsanCompressionEnabled,
      vsan_dedup_enabled: c.vsanDedupEnabled,
      vsan_dit_encryption_enabled: c.vsanDitEncryptionEnabled,
      vsan_dit_rekey_interval: c.vsanDitRekeyInterval,
      vsan_enabled: c.vsanEnabled,
      vsan_esa_enabled: c.vsanEsaEnabled,
      vsan_network_diagnostic_mode_enabled: c.vsanNetworkDiagnosticModeEnabled,
      vsan_performance_enabled: c.vsanPerformanceEnabled,
      vsan_remote_datastore_ids: listMapper(plain, false)(c.vsanRemoteDatastoreIds),
      vsan_unmap_enabled: c.vsanUnmapEnabled,
      vsan_verbose_mode_enabled: c.vsanVerboseModeEnabled,
      host_image: m.computeClusterHostImageToTerraform(block(c.hostImage)),
      vsan_disk_group: listMapper(m.computeClusterVsanDiskGroupToTerraform, true)(c.vsanDiskGroup),
      vsan_fault_domains: listMapper(m.computeClusterVsanFaultDomainsToTerraform, true)(c.vsanFaultDomains),
      vsan_stretched_cluster: m.computeClusterVsanStretchedClusterToTerraform(block(c.vsanStretchedCluster)),
    };
  }

  protected full(scope: Construct): TerraformResource {
    return new (computeCluster().ComputeCluster)(scope, this.node.id, this.config);
  }
}

/** A `vsphere_compute_cluster_vm_affinity_rule` resource without the generated class (see the top of this file). */
export class LightComputeClusterVmAffinityRule extends LightResource<ComputeClusterVmAffinityRuleBindings.ComputeClusterVmAffinityRuleConfig> {
  constructor(scope: Construct, id: string, config: ComputeClusterVmAffinityRuleBindings.ComputeClusterVmAffinityRuleConfig) {
    super(scope, id, 'vsphere_compute_cluster_vm_affinity_rule', METADATA, config);
  }

  /** The rule's ID. */
  public get id(): string {
    return this.getStringAttribute('id');
  }

  protected synthesizeAttributes(): { [name: string]: any } {
    const c = this.config;
    return {
      compute_cluster_id: c.computeClusterId,
      enabled: c.enabled,
      id: c.id,
      mandatory: c.mandatory,
      name: c.name,
      virtual_machine_ids: listMapper(plain, false)(c.virtualMachineIds),
    };
  }

  protected full(scope: Construct): TerraformResource {
    return new (computeClusterVmAffinityRule().ComputeClusterVmAffinityRule)(scope, this.node.id, this.config);
  }
}

/** A `vsphere_compute_cluster_vm_anti_affinity_rule` resource without the generated class (see the top of this file). */
export class LightComputeClusterVmAntiAffinityRule
  extends LightResource<ComputeClusterVmAntiAffinityRuleBindings.ComputeClusterVmAntiAffinityRuleConfig> {
  constructor(scope: Construct, id: string, config: ComputeClusterVmAntiAffinityRuleBindings.ComputeClusterVmAntiAffinityRuleConfig) {
    super(scope, id, 'vsphere_compute_cluster_vm_anti_affinity_rule', METADATA, config);
  }

  /** The rule's ID. */
  public get id(): string {
    return this.getStringAttribute('id');
  }

  protected synthesizeAttributes(): { [name: string]: any } {
    const c = this.config;
    return {
      compute_cluster_id: c.computeClusterId,
      enabled: c.enabled,
      id: c.id,
      mandatory: c.mandatory,
      name: c.name,
      virtual_machine_ids: listMapper(plain, false)(c.virtualMachineIds),
    };
  }

  protected full(scope: Construct): TerraformResource {
    return new (computeClusterVmAntiAffinityRule().ComputeClusterVmAntiAffinityRule)(scope, this.node.id, this.config);
  }
}

/** A `vsphere_compute_cluster_vm_group` resource without the generated class (see the top of this file). */
export class LightComputeClusterVmGroup extends LightResource<ComputeClusterVmGroupBindings.ComputeClusterVmGroupConfig> {
  constructor(scope: Construct, id: string, config: ComputeClusterVmGroupBindings.ComputeClusterVmGroupConfig) {
    super(scope, id, 'vsphere_compute_cluster_vm_group', METADATA, config);
  }

  /** The group's ID. */
  public get id(): string {
    return this.getStringAttribute('id');
  }

  /** The group's name, as a reference that orders a rule after the group. */
  public get name(): string {
    return this.getStringAttribute('name');
  }

  protected synthesizeAttributes(): { [name: string]: any } {
    const c = this.config;
    return {
      compute_cluster_id: c.computeClusterId,
      id: c.id,
      name: c.name,
      virtual_machine_ids: listMapper(plain, false)(c.virtualMachineIds),
    };
  }

  protected full(scope: Construct): TerraformResource {
    return new (computeClusterVmGroup().ComputeClusterVmGroup)(scope, this.node.id, this.config);
  }
}

/** A `vsphere_compute_cluster_host_group` resource without the generated class (see the top of this file). */
export class LightComputeClusterHostGroup extends LightResource<ComputeClusterHostGroupBindings.ComputeClusterHostGroupConfig> {
  constructor(scope: Construct, id: string, config: ComputeClusterHostGroupBindings.ComputeClusterHostGroupConfig) {
    super(scope, id, 'vsphere_compute_cluster_host_group', METADATA, config);
  }

  /** The group's ID. */
  public get id(): string {
    return this.getStringAttribute('id');
  }

  /** The group's name, as a reference that orders a rule after the group. */
  public get name(): string {
    return this.getStringAttribute('name');
  }

  protected synthesizeAttributes(): { [name: string]: any } {
    const c = this.config;
    return {
      compute_cluster_id: c.computeClusterId,
      host_system_ids: listMapper(plain, false)(c.hostSystemIds),
      id: c.id,
      name: c.name,
    };
  }

  protected full(scope: Construct): TerraformResource {
    return new (computeClusterHostGroup().ComputeClusterHostGroup)(scope, this.node.id, this.config);
  }
}

/** A `vsphere_compute_cluster_vm_host_rule` resource without the generated class (see the top of this file). */
export class LightComputeClusterVmHostRule extends LightResource<ComputeClusterVmHostRuleBindings.ComputeClusterVmHostRuleConfig> {
  constructor(scope: Construct, id: string, config: ComputeClusterVmHostRuleBindings.ComputeClusterVmHostRuleConfig) {
    super(scope, id, 'vsphere_compute_cluster_vm_host_rule', METADATA, config);
  }

  /** The rule's ID. */
  public get id(): string {
    return this.getStringAttribute('id');
  }

  protected synthesizeAttributes(): { [name: string]: any } {
    const c = this.config;
    return {
      affinity_host_group_name: c.affinityHostGroupName,
      anti_affinity_host_group_name: c.antiAffinityHostGroupName,
      compute_cluster_id: c.computeClusterId,
      enabled: c.enabled,
      id: c.id,
      mandatory: c.mandatory,
      name: c.name,
      vm_group_name: c.vmGroupName,
    };
  }

  protected full(scope: Construct): TerraformResource {
    return new (computeClusterVmHostRule().ComputeClusterVmHostRule)(scope, this.node.id, this.config);
  }
}

/** A `vsphere_ha_vm_override` resource without the generated class (see the top of this file). */
export class LightHaVmOverride extends LightResource<HaVmOverrideBindings.HaVmOverrideConfig> {
  constructor(scope: Construct, id: string, config: HaVmOverrideBindings.HaVmOverrideConfig) {
    super(scope, id, 'vsphere_ha_vm_override', METADATA, config);
  }

  /** The override's ID. */
  public get id(): string {
    return this.getStringAttribute('id');
  }

  protected synthesizeAttributes(): { [name: string]: any } {
    const c = this.config;
    return {
      compute_cluster_id: c.computeClusterId,
      ha_datastore_apd_recovery_action: c.haDatastoreApdRecoveryAction,
      ha_datastore_apd_response: c.haDatastoreApdResponse,
      ha_datastore_apd_response_delay: c.haDatastoreApdResponseDelay,
      ha_datastore_pdl_response: c.haDatastorePdlResponse,
      ha_host_isolation_response: c.haHostIsolationResponse,
      ha_vm_failure_interval: c.haVmFailureInterval,
      ha_vm_maximum_failure_window: c.haVmMaximumFailureWindow,
      ha_vm_maximum_resets: c.haVmMaximumResets,
      ha_vm_minimum_uptime: c.haVmMinimumUptime,
      ha_vm_monitoring: c.haVmMonitoring,
      ha_vm_monitoring_use_cluster_defaults: c.haVmMonitoringUseClusterDefaults,
      ha_vm_restart_priority: c.haVmRestartPriority,
      ha_vm_restart_timeout: c.haVmRestartTimeout,
      id: c.id,
      virtual_machine_id: c.virtualMachineId,
    };
  }

  protected full(scope: Construct): TerraformResource {
    return new (haVmOverride().HaVmOverride)(scope, this.node.id, this.config);
  }
}

/** A `vsphere_drs_vm_override` resource without the generated class (see the top of this file). */
export class LightDrsVmOverride extends LightResource<DrsVmOverrideBindings.DrsVmOverrideConfig> {
  constructor(scope: Construct, id: string, config: DrsVmOverrideBindings.DrsVmOverrideConfig) {
    super(scope, id, 'vsphere_drs_vm_override', METADATA, config);
  }

  /** The override's ID. */
  public get id(): string {
    return this.getStringAttribute('id');
  }

  protected synthesizeAttributes(): { [name: string]: any } {
    const c = this.config;
    return {
      compute_cluster_id: c.computeClusterId,
      drs_automation_level: c.drsAutomationLevel,
      drs_enabled: c.drsEnabled,
      id: c.id,
      virtual_machine_id: c.virtualMachineId,
    };
  }

  protected full(scope: Construct): TerraformResource {
    return new (drsVmOverride().DrsVmOverride)(scope, this.node.id, this.config);
  }
}

/** A `vsphere_distributed_port_group` resource without the generated class (see the top of this file). */
export class LightDistributedPortGroup extends LightResource<DistributedPortGroupBindings.DistributedPortGroupConfig> {
  constructor(scope: Construct, id: string, config: DistributedPortGroupBindings.DistributedPortGroupConfig) {
    super(scope, id, 'vsphere_distributed_port_group', METADATA, config);
  }

  /** The port group's ID (its managed object ID). */
  public get id(): string {
    return this.getStringAttribute('id');
  }

  /** The port group's key, as VMkernel adapters name it. */
  public get key(): string {
    return this.getStringAttribute('key');
  }

  /** The UUID of the distributed switch the port group is on. */
  public get distributedVirtualSwitchUuid(): string {
    return this.getStringAttribute('distributed_virtual_switch_uuid');
  }

  protected synthesizeAttributes(): { [name: string]: any } {
    const c = this.config;
    const m = distributedPortGroup();
    return {
      active_uplinks: listMapper(plain, false)(c.activeUplinks),
      allow_forged_transmits: c.allowForgedTransmits,
      allow_mac_changes: c.allowMacChanges,
      allow_promiscuous: c.allowPromiscuous,
      auto_expand: c.autoExpand,
      block_all_ports: c.blockAllPorts,
      block_override_allowed: c.blockOverrideAllowed,
      check_beacon: c.checkBeacon,
      custom_attributes: hashMapper(plain)(c.customAttributes),
      description: c.description,
      directpath_gen2_allowed: c.directpathGen2Allowed,
      distributed_virtual_switch_uuid: c.distributedVirtualSwitchUuid,
      egress_shaping_average_bandwidth: c.egressShapingAverageBandwidth,
      egress_shaping_burst_size: c.egressShapingBurstSize,
      egress_shaping_enabled: c.egressShapingEnabled,
      egress_shaping_peak_bandwidth: c.egressShapingPeakBandwidth,
      failback: c.failback,
      id: c.id,
      ingress_shaping_average_bandwidth: c.ingressShapingAverageBandwidth,
      ingress_shaping_burst_size: c.ingressShapingBurstSize,
      ingress_shaping_enabled: c.ingressShapingEnabled,
      ingress_shaping_peak_bandwidth: c.ingressShapingPeakBandwidth,
      lacp_enabled: c.lacpEnabled,
      lacp_mode: c.lacpMode,
      live_port_moving_allowed: c.livePortMovingAllowed,
      name: c.name,
      netflow_enabled: c.netflowEnabled,
      netflow_override_allowed: c.netflowOverrideAllowed,
      network_resource_pool_key: c.networkResourcePoolKey,
      network_resource_pool_override_allowed: c.networkResourcePoolOverrideAllowed,
      notify_switches: c.notifySwitches,
      number_of_ports: c.numberOfPorts,
      port_config_reset_at_disconnect: c.portConfigResetAtDisconnect,
      port_name_format: c.portNameFormat,
      port_private_secondary_vlan_id: c.portPrivateSecondaryVlanId,
      security_policy_override_allowed: c.securityPolicyOverrideAllowed,
      shaping_override_allowed: c.shapingOverrideAllowed,
      standby_uplinks: listMapper(plain, false)(c.standbyUplinks),
      tags: listMapper(plain, false)(c.tags),
      teaming_policy: c.teamingPolicy,
      traffic_filter_override_allowed: c.trafficFilterOverrideAllowed,
      tx_uplink: c.txUplink,
      type: c.type,
      uplink_teaming_override_allowed: c.uplinkTeamingOverrideAllowed,
      vlan_id: c.vlanId,
      vlan_override_allowed: c.vlanOverrideAllowed,
      vlan_range: listMapper(m.distributedPortGroupVlanRangeToTerraform, true)(c.vlanRange),
    };
  }

  protected full(scope: Construct): TerraformResource {
    return new (distributedPortGroup().DistributedPortGroup)(scope, this.node.id, this.config);
  }
}

/** A `vsphere_host_port_group` resource without the generated class (see the top of this file). */
export class LightHostPortGroup extends LightResource<HostPortGroupBindings.HostPortGroupConfig> {
  constructor(scope: Construct, id: string, config: HostPortGroupBindings.HostPortGroupConfig) {
    super(scope, id, 'vsphere_host_port_group', METADATA, config);
  }

  /** The port group's ID. */
  public get id(): string {
    return this.getStringAttribute('id');
  }

  /** The port group's key. */
  public get key(): string {
    return this.getStringAttribute('key');
  }

  protected synthesizeAttributes(): { [name: string]: any } {
    const c = this.config;
    return {
      active_nics: listMapper(plain, false)(c.activeNics),
      allow_forged_transmits: c.allowForgedTransmits,
      allow_mac_changes: c.allowMacChanges,
      allow_promiscuous: c.allowPromiscuous,
      check_beacon: c.checkBeacon,
      failback: c.failback,
      host_system_id: c.hostSystemId,
      id: c.id,
      name: c.name,
      notify_switches: c.notifySwitches,
      shaping_average_bandwidth: c.shapingAverageBandwidth,
      shaping_burst_size: c.shapingBurstSize,
      shaping_enabled: c.shapingEnabled,
      shaping_peak_bandwidth: c.shapingPeakBandwidth,
      standby_nics: listMapper(plain, false)(c.standbyNics),
      teaming_policy: c.teamingPolicy,
      virtual_switch_name: c.virtualSwitchName,
      vlan_id: c.vlanId,
    };
  }

  protected full(scope: Construct): TerraformResource {
    return new (hostPortGroup().HostPortGroup)(scope, this.node.id, this.config);
  }
}

/** A `vsphere_vnic` resource without the generated class (see the top of this file). */
export class LightVnic extends LightResource<VnicBindings.VnicConfig> {
  constructor(scope: Construct, id: string, config: VnicBindings.VnicConfig) {
    super(scope, id, 'vsphere_vnic', METADATA, config);
  }

  /** The VMkernel adapter's ID. */
  public get id(): string {
    return this.getStringAttribute('id');
  }

  protected synthesizeAttributes(): { [name: string]: any } {
    const c = this.config;
    const m = vnic();
    return {
      distributed_port_group: c.distributedPortGroup,
      distributed_switch_port: c.distributedSwitchPort,
      host: c.host,
      id: c.id,
      mac: c.mac,
      mtu: c.mtu,
      netstack: c.netstack,
      portgroup: c.portgroup,
      services: listMapper(plain, false)(c.services),
      ipv4: m.vnicIpv4ToTerraform(block(c.ipv4)),
      ipv6: m.vnicIpv6ToTerraform(block(c.ipv6)),
    };
  }

  protected full(scope: Construct): TerraformResource {
    return new (vnic().Vnic)(scope, this.node.id, this.config);
  }
}

/** A `vsphere_datacenter` data source without the generated class (see the top of this file). */
export class LightDataVsphereDatacenter extends LightDataSource<DataVsphereDatacenterBindings.DataVsphereDatacenterConfig> {
  constructor(scope: Construct, id: string, config: DataVsphereDatacenterBindings.DataVsphereDatacenterConfig) {
    super(scope, id, 'vsphere_datacenter', METADATA, config);
  }

  /** The datacenter's ID (its managed object ID). */
  public get id(): string {
    return this.getStringAttribute('id');
  }

  protected synthesizeAttributes(): { [name: string]: any } {
    const c = this.config;
    return {
      id: c.id,
      name: c.name,
    };
  }

  protected full(scope: Construct): TerraformDataSource {
    return new (dataVsphereDatacenter().DataVsphereDatacenter)(scope, this.node.id, this.config);
  }
}

/** A `vsphere_datastore` data source without the generated class (see the top of this file). */
export class LightDataVsphereDatastore extends LightDataSource<DataVsphereDatastoreBindings.DataVsphereDatastoreConfig> {
  constructor(scope: Construct, id: string, config: DataVsphereDatastoreBindings.DataVsphereDatastoreConfig) {
    super(scope, id, 'vsphere_datastore', METADATA, config);
  }

  /** The datastore's ID (its managed object ID). */
  public get id(): string {
    return this.getStringAttribute('id');
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

/** A `vsphere_compute_cluster` data source without the generated class (see the top of this file). */
export class LightDataVsphereComputeCluster extends LightDataSource<DataVsphereComputeClusterBindings.DataVsphereComputeClusterConfig> {
  constructor(scope: Construct, id: string, config: DataVsphereComputeClusterBindings.DataVsphereComputeClusterConfig) {
    super(scope, id, 'vsphere_compute_cluster', METADATA, config);
  }

  /** The cluster's ID (its managed object ID). */
  public get id(): string {
    return this.getStringAttribute('id');
  }

  /** The managed object ID of the cluster's root resource pool. */
  public get resourcePoolId(): string {
    return this.getStringAttribute('resource_pool_id');
  }

  protected synthesizeAttributes(): { [name: string]: any } {
    const c = this.config;
    return {
      datacenter_id: c.datacenterId,
      id: c.id,
      name: c.name,
    };
  }

  protected full(scope: Construct): TerraformDataSource {
    return new (dataVsphereComputeCluster().DataVsphereComputeCluster)(scope, this.node.id, this.config);
  }
}

/** A `vsphere_host` data source without the generated class (see the top of this file). */
export class LightDataVsphereHost extends LightDataSource<DataVsphereHostBindings.DataVsphereHostConfig> {
  constructor(scope: Construct, id: string, config: DataVsphereHostBindings.DataVsphereHostConfig) {
    super(scope, id, 'vsphere_host', METADATA, config);
  }

  /** The host's ID (its managed object ID). */
  public get id(): string {
    return this.getStringAttribute('id');
  }

  /** The managed object ID of the host's root resource pool. */
  public get resourcePoolId(): string {
    return this.getStringAttribute('resource_pool_id');
  }

  protected synthesizeAttributes(): { [name: string]: any } {
    const c = this.config;
    return {
      datacenter_id: c.datacenterId,
      id: c.id,
      name: c.name,
    };
  }

  protected full(scope: Construct): TerraformDataSource {
    return new (dataVsphereHost().DataVsphereHost)(scope, this.node.id, this.config);
  }
}

/** A `vsphere_network` data source without the generated class (see the top of this file). */
export class LightDataVsphereNetwork extends LightDataSource<DataVsphereNetworkBindings.DataVsphereNetworkConfig> {
  constructor(scope: Construct, id: string, config: DataVsphereNetworkBindings.DataVsphereNetworkConfig) {
    super(scope, id, 'vsphere_network', METADATA, config);
  }

  /** The network's ID (its managed object ID). */
  public get id(): string {
    return this.getStringAttribute('id');
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

/** A `vsphere_distributed_virtual_switch` data source without the generated class (see the top of this file). */
export class LightDataVsphereDistributedVirtualSwitch
  extends LightDataSource<DataVsphereDistributedVirtualSwitchBindings.DataVsphereDistributedVirtualSwitchConfig> {
  constructor(scope: Construct, id: string, config: DataVsphereDistributedVirtualSwitchBindings.DataVsphereDistributedVirtualSwitchConfig) {
    super(scope, id, 'vsphere_distributed_virtual_switch', METADATA, config);
  }

  /** The distributed switch's UUID, as port groups name their switch. */
  public get id(): string {
    return this.getStringAttribute('id');
  }

  protected synthesizeAttributes(): { [name: string]: any } {
    const c = this.config;
    return {
      datacenter_id: c.datacenterId,
      id: c.id,
      name: c.name,
    };
  }

  protected full(scope: Construct): TerraformDataSource {
    return new (dataVsphereDistributedVirtualSwitch().DataVsphereDistributedVirtualSwitch)(scope, this.node.id, this.config);
  }
}

/** A `vsphere_storage_policy` data source without the generated class (see the top of this file). */
export class LightDataVsphereStoragePolicy extends LightDataSource<DataVsphereStoragePolicyBindings.DataVsphereStoragePolicyConfig> {
  constructor(scope: Construct, id: string, config: DataVsphereStoragePolicyBindings.DataVsphereStoragePolicyConfig) {
    super(scope, id, 'vsphere_storage_policy', METADATA, config);
  }

  /** The storage policy's UUID. */
  public get id(): string {
    return this.getStringAttribute('id');
  }

  protected synthesizeAttributes(): { [name: string]: any } {
    const c = this.config;
    return {
      id: c.id,
      name: c.name,
    };
  }

  protected full(scope: Construct): TerraformDataSource {
    return new (dataVsphereStoragePolicy().DataVsphereStoragePolicy)(scope, this.node.id, this.config);
  }
}

/** A `vsphere_virtual_machine` data source without the generated class (see the top of this file). */
export class LightDataVsphereVirtualMachine extends LightDataSource<DataVsphereVirtualMachineBindings.DataVsphereVirtualMachineConfig> {
  constructor(scope: Construct, id: string, config: DataVsphereVirtualMachineBindings.DataVsphereVirtualMachineConfig) {
    super(scope, id, 'vsphere_virtual_machine', METADATA, config);
  }

  /** The template's UUID, as clones name their template. */
  public get id(): string {
    return this.getStringAttribute('id');
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
