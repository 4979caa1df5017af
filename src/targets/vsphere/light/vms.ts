import type * as DrsVmOverrideBindings from '@cdktf/provider-vsphere/lib/drs-vm-override';
import type * as HaVmOverrideBindings from '@cdktf/provider-vsphere/lib/ha-vm-override';
import type * as VirtualMachineBindings from '@cdktf/provider-vsphere/lib/virtual-machine';
import type * as VirtualMachineSnapshotBindings from '@cdktf/provider-vsphere/lib/virtual-machine-snapshot';
import { Construct } from 'constructs';
import { METADATA, bindings } from './bindings';
import { TerraformResource, hashMapper, listMapper } from '../../../core';
import { BlockShape, LightResource, block, plain } from '../../light-resource';

/*
 * The light classes of a VM and what hangs on it: its snapshot and its HA and DRS overrides.
 * Written from the generated configuration types and converters (see `../light-resources.ts`).
 */

const virtualMachine = bindings<typeof VirtualMachineBindings>('virtual-machine');
const virtualMachineSnapshot = bindings<typeof VirtualMachineSnapshotBindings>('virtual-machine-snapshot');
const haVmOverride = bindings<typeof HaVmOverrideBindings>('ha-vm-override');
const drsVmOverride = bindings<typeof DrsVmOverrideBindings>('drs-vm-override');

/** The nested single blocks of a VM's `clone` block. */
const CLONE: BlockShape = { customizationSpec: {}, customize: { linuxOptions: {}, windowsOptions: {} } };

/** A `vsphere_virtual_machine` resource without the generated class (see `../light-resources.ts`). */
export class LightVirtualMachine extends LightResource<VirtualMachineBindings.VirtualMachineConfig> {
  constructor(scope: Construct, id: string, config: VirtualMachineBindings.VirtualMachineConfig) {
    super(scope, id, 'vsphere_virtual_machine', METADATA, config);
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

/** A `vsphere_virtual_machine_snapshot` resource without the generated class (see `../light-resources.ts`). */
export class LightVirtualMachineSnapshot extends LightResource<VirtualMachineSnapshotBindings.VirtualMachineSnapshotConfig> {
  constructor(scope: Construct, id: string, config: VirtualMachineSnapshotBindings.VirtualMachineSnapshotConfig) {
    super(scope, id, 'vsphere_virtual_machine_snapshot', METADATA, config);
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

/** A `vsphere_ha_vm_override` resource without the generated class (see `../light-resources.ts`). */
export class LightHaVmOverride extends LightResource<HaVmOverrideBindings.HaVmOverrideConfig> {
  constructor(scope: Construct, id: string, config: HaVmOverrideBindings.HaVmOverrideConfig) {
    super(scope, id, 'vsphere_ha_vm_override', METADATA, config);
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

/** A `vsphere_drs_vm_override` resource without the generated class (see `../light-resources.ts`). */
export class LightDrsVmOverride extends LightResource<DrsVmOverrideBindings.DrsVmOverrideConfig> {
  constructor(scope: Construct, id: string, config: DrsVmOverrideBindings.DrsVmOverrideConfig) {
    super(scope, id, 'vsphere_drs_vm_override', METADATA, config);
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
