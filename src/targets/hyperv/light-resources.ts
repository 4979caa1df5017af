import { Construct } from 'constructs';
import { IResolvable, TerraformDataSource, TerraformResource, hashMapper, listMapper } from '../../core';
import type * as DataHypervNetworkSwitchBindings from '../../providers/hyperv/data-hyperv-network-switch';
import type * as IsoImageBindings from '../../providers/hyperv/iso-image';
import type * as MachineInstanceBindings from '../../providers/hyperv/machine-instance';
import type * as NetworkSwitchBindings from '../../providers/hyperv/network-switch';
import type * as VhdBindings from '../../providers/hyperv/vhd';
import { GeneratorMetadata, LightDataSource, LightResource, block, lazily, plain } from '../light-resource';

/*
 * Hyper-V resources and data sources typed by the generated configurations of `src/providers/hyperv`
 * and converted by the generated converters, without the generated classes (see
 * `../light-resource.ts`): creating a generated `hyperv_machine_instance` takes some 3 to 5 ms
 * under ts-node, a light one some 0.01 ms. The bindings of a resource are loaded when a stack with
 * one is first synthesized (for the converters of its blocks) or written as HCL (through the
 * generated class), not when this file is.
 */

/** The provider the bindings were generated from, as the generated classes give it. */
const METADATA: GeneratorMetadata = { providerName: 'hyperv', providerVersion: '1.2.1', providerVersionConstraint: '~> 1.2.1' };

/** A module of the generated Hyper-V bindings, loaded when first used. */
function bindings<T>(name: string): () => T {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return lazily(() => require(`../../providers/hyperv/${name}`) as T);
}

const machineInstance = bindings<typeof MachineInstanceBindings>('machine-instance');
const vhd = bindings<typeof VhdBindings>('vhd');
const networkSwitch = bindings<typeof NetworkSwitchBindings>('network-switch');
const isoImage = bindings<typeof IsoImageBindings>('iso-image');
const dataHypervNetworkSwitch = bindings<typeof DataHypervNetworkSwitchBindings>('data-hyperv-network-switch');

/** A `hyperv_machine_instance` resource without the generated class (see the top of this file). */
export class LightMachineInstance extends LightResource<MachineInstanceBindings.MachineInstanceConfig> {
  constructor(scope: Construct, id: string, config: MachineInstanceBindings.MachineInstanceConfig) {
    super(scope, id, 'hyperv_machine_instance', METADATA, config);
  }

  /** The VM's name. */
  public get name(): string {
    return this.getStringAttribute('name');
  }

  /**
   * The IP addresses of network adaptor `index` (from 0, in the order of `networkAdaptors`), once the
   * integration services report them, as `networkAdaptors.get(index).ipAddresses` of the generated class.
   */
  public networkAdaptorIpAddresses(index: number): string[] {
    return this.getListAttribute(`network_adaptors[${index}].ip_addresses`);
  }

  /**
   * The static MAC address of network adaptor `index`, as `networkAdaptors.get(index).staticMacAddress`
   * of the generated class. The provider reports no MAC address of its own: an adaptor with a dynamic
   * address has none here.
   */
  public networkAdaptorStaticMacAddress(index: number): string {
    return this.getStringAttribute(`network_adaptors[${index}].static_mac_address`);
  }

  protected synthesizeAttributes(): { [name: string]: any } {
    const c = this.config;
    const m = machineInstance();
    return {
      automatic_critical_error_action: c.automaticCriticalErrorAction,
      automatic_critical_error_action_timeout: c.automaticCriticalErrorActionTimeout,
      automatic_start_action: c.automaticStartAction,
      automatic_start_delay: c.automaticStartDelay,
      automatic_stop_action: c.automaticStopAction,
      checkpoint_type: c.checkpointType,
      dynamic_memory: c.dynamicMemory,
      generation: c.generation,
      guest_controlled_cache_types: c.guestControlledCacheTypes,
      high_memory_mapped_io_space: c.highMemoryMappedIoSpace,
      id: c.id,
      integration_services: hashMapper(plain)(c.integrationServices),
      lock_on_disconnect: c.lockOnDisconnect,
      low_memory_mapped_io_space: c.lowMemoryMappedIoSpace,
      memory_maximum_bytes: c.memoryMaximumBytes,
      memory_minimum_bytes: c.memoryMinimumBytes,
      memory_startup_bytes: c.memoryStartupBytes,
      name: c.name,
      notes: c.notes,
      path: c.path,
      processor_count: c.processorCount,
      smart_paging_file_path: c.smartPagingFilePath,
      snapshot_file_location: c.snapshotFileLocation,
      state: c.state,
      static_memory: c.staticMemory,
      wait_for_ips_poll_period: c.waitForIpsPollPeriod,
      wait_for_ips_timeout: c.waitForIpsTimeout,
      wait_for_state_poll_period: c.waitForStatePollPeriod,
      wait_for_state_timeout: c.waitForStateTimeout,
      dvd_drives: listMapper(m.machineInstanceDvdDrivesToTerraform, true)(c.dvdDrives),
      hard_disk_drives: listMapper(m.machineInstanceHardDiskDrivesToTerraform, true)(c.hardDiskDrives),
      network_adaptors: listMapper(m.machineInstanceNetworkAdaptorsToTerraform, true)(c.networkAdaptors),
      timeouts: m.machineInstanceTimeoutsToTerraform(block(c.timeouts)),
      vm_firmware: m.machineInstanceVmFirmwareToTerraform(block(c.vmFirmware)),
      vm_processor: m.machineInstanceVmProcessorToTerraform(block(c.vmProcessor)),
    };
  }

  protected full(scope: Construct): TerraformResource {
    return new (machineInstance().MachineInstance)(scope, this.node.id, this.config);
  }
}

/** A `hyperv_vhd` resource without the generated class (see the top of this file). */
export class LightVhd extends LightResource<VhdBindings.VhdConfig> {
  constructor(scope: Construct, id: string, config: VhdBindings.VhdConfig) {
    super(scope, id, 'hyperv_vhd', METADATA, config);
  }

  /** The disk's path on the host, as a reference that orders a VM after the disk. */
  public get path(): string {
    return this.getStringAttribute('path');
  }

  protected synthesizeAttributes(): { [name: string]: any } {
    const c = this.config;
    const m = vhd();
    return {
      block_size: c.blockSize,
      id: c.id,
      logical_sector_size: c.logicalSectorSize,
      parent_path: c.parentPath,
      path: c.path,
      physical_sector_size: c.physicalSectorSize,
      size: c.size,
      source: c.source,
      source_disk: c.sourceDisk,
      source_vm: c.sourceVm,
      vhd_type: c.vhdType,
      timeouts: m.vhdTimeoutsToTerraform(block(c.timeouts)),
    };
  }

  protected full(scope: Construct): TerraformResource {
    return new (vhd().Vhd)(scope, this.node.id, this.config);
  }
}

/** A `hyperv_network_switch` resource without the generated class (see the top of this file). */
export class LightNetworkSwitch extends LightResource<NetworkSwitchBindings.NetworkSwitchConfig> {
  private iov: boolean | IResolvable | undefined;

  constructor(scope: Construct, id: string, config: NetworkSwitchBindings.NetworkSwitchConfig) {
    super(scope, id, 'hyperv_network_switch', METADATA, config);
    this.iov = config.enableIov;
  }

  /** The switch's name, as a reference that orders a VM after the switch. */
  public get name(): string {
    return this.getStringAttribute('name');
  }

  /** Whether the switch has SR-IOV enabled. */
  public get enableIov(): IResolvable {
    return this.getBooleanAttribute('enable_iov');
  }

  /** SR-IOV can only be enabled when a switch is created: a target enables it once it knows a NIC needs it. */
  public set enableIov(value: boolean | IResolvable) {
    this.iov = value;
  }

  protected synthesizeAttributes(): { [name: string]: any } {
    const c = this.config;
    const m = networkSwitch();
    return {
      allow_management_os: c.allowManagementOs,
      default_flow_minimum_bandwidth_absolute: c.defaultFlowMinimumBandwidthAbsolute,
      default_flow_minimum_bandwidth_weight: c.defaultFlowMinimumBandwidthWeight,
      default_queue_vmmq_enabled: c.defaultQueueVmmqEnabled,
      default_queue_vmmq_queue_pairs: c.defaultQueueVmmqQueuePairs,
      default_queue_vrss_enabled: c.defaultQueueVrssEnabled,
      enable_embedded_teaming: c.enableEmbeddedTeaming,
      enable_iov: this.iov,
      enable_packet_direct: c.enablePacketDirect,
      id: c.id,
      minimum_bandwidth_mode: c.minimumBandwidthMode,
      name: c.name,
      net_adapter_names: listMapper(plain, false)(c.netAdapterNames),
      notes: c.notes,
      switch_type: c.switchType,
      timeouts: m.networkSwitchTimeoutsToTerraform(block(c.timeouts)),
    };
  }

  protected full(scope: Construct): TerraformResource {
    return new (networkSwitch().NetworkSwitch)(scope, this.node.id, { ...this.config, enableIov: this.iov });
  }
}

/** A `hyperv_iso_image` resource without the generated class (see the top of this file). */
export class LightIsoImage extends LightResource<IsoImageBindings.IsoImageConfig> {
  constructor(scope: Construct, id: string, config: IsoImageBindings.IsoImageConfig) {
    super(scope, id, 'hyperv_iso_image', METADATA, config);
  }

  /** The image's path on the host, as a reference that orders a VM after the image. */
  public get destinationIsoFilePath(): string {
    return this.getStringAttribute('destination_iso_file_path');
  }

  protected synthesizeAttributes(): { [name: string]: any } {
    const c = this.config;
    const m = isoImage();
    return {
      destination_boot_file_path: c.destinationBootFilePath,
      destination_iso_file_path: c.destinationIsoFilePath,
      destination_zip_file_path: c.destinationZipFilePath,
      id: c.id,
      iso_file_system_type: c.isoFileSystemType,
      iso_media_type: c.isoMediaType,
      source_boot_file_path: c.sourceBootFilePath,
      source_boot_file_path_hash: c.sourceBootFilePathHash,
      source_iso_file_path: c.sourceIsoFilePath,
      source_iso_file_path_hash: c.sourceIsoFilePathHash,
      source_zip_file_path: c.sourceZipFilePath,
      source_zip_file_path_hash: c.sourceZipFilePathHash,
      volume_name: c.volumeName,
      timeouts: m.isoImageTimeoutsToTerraform(block(c.timeouts)),
    };
  }

  protected full(scope: Construct): TerraformResource {
    return new (isoImage().IsoImage)(scope, this.node.id, this.config);
  }
}

/** A `hyperv_network_switch` data source without the generated class (see the top of this file). */
export class LightDataHypervNetworkSwitch extends LightDataSource<DataHypervNetworkSwitchBindings.DataHypervNetworkSwitchConfig> {
  constructor(scope: Construct, id: string, config: DataHypervNetworkSwitchBindings.DataHypervNetworkSwitchConfig) {
    super(scope, id, 'hyperv_network_switch', METADATA, config);
  }

  /** The switch's name, as a reference that orders a VM after the lookup. */
  public get name(): string {
    return this.getStringAttribute('name');
  }

  protected synthesizeAttributes(): { [name: string]: any } {
    const c = this.config;
    const m = dataHypervNetworkSwitch();
    return {
      allow_management_os: c.allowManagementOs,
      default_flow_minimum_bandwidth_absolute: c.defaultFlowMinimumBandwidthAbsolute,
      default_flow_minimum_bandwidth_weight: c.defaultFlowMinimumBandwidthWeight,
      default_queue_vmmq_enabled: c.defaultQueueVmmqEnabled,
      default_queue_vmmq_queue_pairs: c.defaultQueueVmmqQueuePairs,
      default_queue_vrss_enabled: c.defaultQueueVrssEnabled,
      enable_embedded_teaming: c.enableEmbeddedTeaming,
      enable_iov: c.enableIov,
      enable_packet_direct: c.enablePacketDirect,
      id: c.id,
      minimum_bandwidth_mode: c.minimumBandwidthMode,
      name: c.name,
      net_adapter_names: listMapper(plain, false)(c.netAdapterNames),
      notes: c.notes,
      switch_type: c.switchType,
      timeouts: m.dataHypervNetworkSwitchTimeoutsToTerraform(block(c.timeouts)),
    };
  }

  protected full(scope: Construct): TerraformDataSource {
    return new (dataHypervNetworkSwitch().DataHypervNetworkSwitch)(scope, this.node.id, this.config);
  }
}
