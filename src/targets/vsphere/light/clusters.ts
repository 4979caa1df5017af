import type * as ComputeClusterBindings from '@cdktf/provider-vsphere/lib/compute-cluster';
import type * as ComputeClusterHostGroupBindings from '@cdktf/provider-vsphere/lib/compute-cluster-host-group';
import type * as ComputeClusterVmAffinityRuleBindings from '@cdktf/provider-vsphere/lib/compute-cluster-vm-affinity-rule';
import type * as ComputeClusterVmAntiAffinityRuleBindings from '@cdktf/provider-vsphere/lib/compute-cluster-vm-anti-affinity-rule';
import type * as ComputeClusterVmGroupBindings from '@cdktf/provider-vsphere/lib/compute-cluster-vm-group';
import type * as ComputeClusterVmHostRuleBindings from '@cdktf/provider-vsphere/lib/compute-cluster-vm-host-rule';
import { Construct } from 'constructs';
import { METADATA, bindings } from './bindings';
import { TerraformResource, hashMapper, listMapper } from '../../../core';
import { LightResource, block, plain } from '../../light-resource';

/*
 * The light classes of a compute cluster and its DRS rules.
 * Written from the generated configuration types and converters (see `../light-resources.ts`).
 */

const computeCluster = bindings<typeof ComputeClusterBindings>('compute-cluster');
const computeClusterVmAffinityRule = bindings<typeof ComputeClusterVmAffinityRuleBindings>('compute-cluster-vm-affinity-rule');
const computeClusterVmAntiAffinityRule = bindings<typeof ComputeClusterVmAntiAffinityRuleBindings>('compute-cluster-vm-anti-affinity-rule');
const computeClusterVmGroup = bindings<typeof ComputeClusterVmGroupBindings>('compute-cluster-vm-group');
const computeClusterHostGroup = bindings<typeof ComputeClusterHostGroupBindings>('compute-cluster-host-group');
const computeClusterVmHostRule = bindings<typeof ComputeClusterVmHostRuleBindings>('compute-cluster-vm-host-rule');

/** A `vsphere_compute_cluster` resource without the generated class (see `../light-resources.ts`). */
export class LightComputeCluster extends LightResource<ComputeClusterBindings.ComputeClusterConfig> {
  constructor(scope: Construct, id: string, config: ComputeClusterBindings.ComputeClusterConfig) {
    super(scope, id, 'vsphere_compute_cluster', METADATA, config);
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

/** A `vsphere_compute_cluster_vm_affinity_rule` resource without the generated class (see `../light-resources.ts`). */
export class LightComputeClusterVmAffinityRule extends LightResource<ComputeClusterVmAffinityRuleBindings.ComputeClusterVmAffinityRuleConfig> {
  constructor(scope: Construct, id: string, config: ComputeClusterVmAffinityRuleBindings.ComputeClusterVmAffinityRuleConfig) {
    super(scope, id, 'vsphere_compute_cluster_vm_affinity_rule', METADATA, config);
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

/** A `vsphere_compute_cluster_vm_anti_affinity_rule` resource without the generated class (see `../light-resources.ts`). */
export class LightComputeClusterVmAntiAffinityRule
  extends LightResource<ComputeClusterVmAntiAffinityRuleBindings.ComputeClusterVmAntiAffinityRuleConfig> {
  constructor(scope: Construct, id: string, config: ComputeClusterVmAntiAffinityRuleBindings.ComputeClusterVmAntiAffinityRuleConfig) {
    super(scope, id, 'vsphere_compute_cluster_vm_anti_affinity_rule', METADATA, config);
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

/** A `vsphere_compute_cluster_vm_group` resource without the generated class (see `../light-resources.ts`). */
export class LightComputeClusterVmGroup extends LightResource<ComputeClusterVmGroupBindings.ComputeClusterVmGroupConfig> {
  constructor(scope: Construct, id: string, config: ComputeClusterVmGroupBindings.ComputeClusterVmGroupConfig) {
    super(scope, id, 'vsphere_compute_cluster_vm_group', METADATA, config);
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

/** A `vsphere_compute_cluster_host_group` resource without the generated class (see `../light-resources.ts`). */
export class LightComputeClusterHostGroup extends LightResource<ComputeClusterHostGroupBindings.ComputeClusterHostGroupConfig> {
  constructor(scope: Construct, id: string, config: ComputeClusterHostGroupBindings.ComputeClusterHostGroupConfig) {
    super(scope, id, 'vsphere_compute_cluster_host_group', METADATA, config);
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

/** A `vsphere_compute_cluster_vm_host_rule` resource without the generated class (see `../light-resources.ts`). */
export class LightComputeClusterVmHostRule extends LightResource<ComputeClusterVmHostRuleBindings.ComputeClusterVmHostRuleConfig> {
  constructor(scope: Construct, id: string, config: ComputeClusterVmHostRuleBindings.ComputeClusterVmHostRuleConfig) {
    super(scope, id, 'vsphere_compute_cluster_vm_host_rule', METADATA, config);
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
