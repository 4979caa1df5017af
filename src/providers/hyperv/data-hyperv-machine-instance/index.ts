// https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface DataHypervMachineInstanceConfig extends cdktf.TerraformMetaArguments {
  /**
  * Specifies the action to take when the VM encounters a critical error, and exceeds the timeout duration specified by the AutomaticCriticalErrorActionTimeout cmdlet. Valid values to use are `Pause`, `None`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#automatic_critical_error_action DataHypervMachineInstance#automatic_critical_error_action}
  */
  readonly automaticCriticalErrorAction?: string;
  /**
  * Specifies the amount of time, in minutes, to wait in critical pause before powering off the virtual machine.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#automatic_critical_error_action_timeout DataHypervMachineInstance#automatic_critical_error_action_timeout}
  */
  readonly automaticCriticalErrorActionTimeout?: number;
  /**
  * Specifies the action the virtual machine is to take upon start. Valid values to use are `Nothing`, `StartIfRunning`, `Start`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#automatic_start_action DataHypervMachineInstance#automatic_start_action}
  */
  readonly automaticStartAction?: string;
  /**
  * Specifies the number of seconds by which the virtual machine's start should be delayed.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#automatic_start_delay DataHypervMachineInstance#automatic_start_delay}
  */
  readonly automaticStartDelay?: number;
  /**
  * Specifies the action the virtual machine is to take when the virtual machine host shuts down. Valid values to use are `TurnOff`, `Save`, `ShutDown`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#automatic_stop_action DataHypervMachineInstance#automatic_stop_action}
  */
  readonly automaticStopAction?: string;
  /**
  * Allows you to configure the type of checkpoints created by Hyper-V. If `Disabled` is specified, block creation of checkpoints. If `Standard` is specified, create standard checkpoints. If `Production` is specified, create production checkpoints if supported by guest operating system. Otherwise, create standard checkpoints. If `ProductionOnly` is specified, create production checkpoints if supported by guest operating system. Otherwise, the operation fails. Valid values to use are `Disabled`, `Standard`, `Production`, `ProductionOnly`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#checkpoint_type DataHypervMachineInstance#checkpoint_type}
  */
  readonly checkpointType?: string;
  /**
  * Specifies if machine instance will have dynamic memory enabled.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#dynamic_memory DataHypervMachineInstance#dynamic_memory}
  */
  readonly dynamicMemory?: boolean | cdktf.IResolvable;
  /**
  * Specifies the generation, as an integer, for the virtual machine. Valid values to use are `1`, `2`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#generation DataHypervMachineInstance#generation}
  */
  readonly generation?: number;
  /**
  * Specifies if the machine instance will use guest controlled cache types.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#guest_controlled_cache_types DataHypervMachineInstance#guest_controlled_cache_types}
  */
  readonly guestControlledCacheTypes?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#high_memory_mapped_io_space DataHypervMachineInstance#high_memory_mapped_io_space}
  */
  readonly highMemoryMappedIoSpace?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#id DataHypervMachineInstance#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
  /**
  * A map of all the integration services and if the integration service should be enabled/disabled. Integration services that are not specified will not be enforced.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#integration_services DataHypervMachineInstance#integration_services}
  */
  readonly integrationServices?: { [key: string]: (boolean | cdktf.IResolvable) };
  /**
  * Specifies whether virtual machine connection in basic mode locks the console after a user disconnects. Valid values to use are `On`, `Off`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#lock_on_disconnect DataHypervMachineInstance#lock_on_disconnect}
  */
  readonly lockOnDisconnect?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#low_memory_mapped_io_space DataHypervMachineInstance#low_memory_mapped_io_space}
  */
  readonly lowMemoryMappedIoSpace?: number;
  /**
  * Specifies the maximum amount of memory that the virtual machine is to be allocated. (Applies only to virtual machines using dynamic memory.)
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#memory_maximum_bytes DataHypervMachineInstance#memory_maximum_bytes}
  */
  readonly memoryMaximumBytes?: number;
  /**
  * Specifies the minimum amount of memory that the virtual machine is to be allocated. (Applies only to virtual machines using dynamic memory.)
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#memory_minimum_bytes DataHypervMachineInstance#memory_minimum_bytes}
  */
  readonly memoryMinimumBytes?: number;
  /**
  * Specifies the amount of memory that the virtual machine is to be allocated upon startup. (If the virtual machine does not use dynamic memory, then this is the static amount of memory to be allocated.)
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#memory_startup_bytes DataHypervMachineInstance#memory_startup_bytes}
  */
  readonly memoryStartupBytes?: number;
  /**
  * The name of the virtual machine.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#name DataHypervMachineInstance#name}
  */
  readonly name: string;
  /**
  * Specifies a note to be associated with the machine to be created.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#notes DataHypervMachineInstance#notes}
  */
  readonly notes?: string;
  /**
  * The path of the virtual machine.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#path DataHypervMachineInstance#path}
  */
  readonly path?: string;
  /**
  * Specifies the number of virtual processors for the virtual machine.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#processor_count DataHypervMachineInstance#processor_count}
  */
  readonly processorCount?: number;
  /**
  * Specifies the folder in which the Smart Paging file is to be stored.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#smart_paging_file_path DataHypervMachineInstance#smart_paging_file_path}
  */
  readonly smartPagingFilePath?: string;
  /**
  * Specifies the folder in which the virtual machine is to store its snapshot files.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#snapshot_file_location DataHypervMachineInstance#snapshot_file_location}
  */
  readonly snapshotFileLocation?: string;
  /**
  * Specifies if the machine instance will be running or off. Valid values to use are `Running`, `Off`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#state DataHypervMachineInstance#state}
  */
  readonly state?: string;
  /**
  * Specifies if the machine instance will use static memory.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#static_memory DataHypervMachineInstance#static_memory}
  */
  readonly staticMemory?: boolean | cdktf.IResolvable;
  /**
  * The amount of time in seconds to wait between trying to get ip addresses for network cards on the virtual machine.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#wait_for_ips_poll_period DataHypervMachineInstance#wait_for_ips_poll_period}
  */
  readonly waitForIpsPollPeriod?: number;
  /**
  * The amount of time in seconds to wait before throwing an exception when trying to get ip addresses for network cards on the virtual machine.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#wait_for_ips_timeout DataHypervMachineInstance#wait_for_ips_timeout}
  */
  readonly waitForIpsTimeout?: number;
  /**
  * The amount of time in seconds to wait between trying to change for the virtual machine to the desired state.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#wait_for_state_poll_period DataHypervMachineInstance#wait_for_state_poll_period}
  */
  readonly waitForStatePollPeriod?: number;
  /**
  * The amount of time in seconds to wait before throwing an exception when trying to change for the virtual machine to the desired state.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#wait_for_state_timeout DataHypervMachineInstance#wait_for_state_timeout}
  */
  readonly waitForStateTimeout?: number;
  /**
  * dvd_drives block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#dvd_drives DataHypervMachineInstance#dvd_drives}
  */
  readonly dvdDrives?: DataHypervMachineInstanceDvdDrives[] | cdktf.IResolvable;
  /**
  * hard_disk_drives block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#hard_disk_drives DataHypervMachineInstance#hard_disk_drives}
  */
  readonly hardDiskDrives?: DataHypervMachineInstanceHardDiskDrives[] | cdktf.IResolvable;
  /**
  * network_adaptors block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#network_adaptors DataHypervMachineInstance#network_adaptors}
  */
  readonly networkAdaptors?: DataHypervMachineInstanceNetworkAdaptors[] | cdktf.IResolvable;
  /**
  * timeouts block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#timeouts DataHypervMachineInstance#timeouts}
  */
  readonly timeouts?: DataHypervMachineInstanceTimeouts;
  /**
  * vm_firmware block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#vm_firmware DataHypervMachineInstance#vm_firmware}
  */
  readonly vmFirmware?: DataHypervMachineInstanceVmFirmware;
  /**
  * vm_processor block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#vm_processor DataHypervMachineInstance#vm_processor}
  */
  readonly vmProcessor?: DataHypervMachineInstanceVmProcessor;
}
export interface DataHypervMachineInstanceDvdDrives {
  /**
  * Specifies the number of the location on the controller at which the DVD drive is to be added. 
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#controller_location DataHypervMachineInstance#controller_location}
  */
  readonly controllerLocation: number;
  /**
  * Specifies the number of the controller to which the DVD drive is to be added.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#controller_number DataHypervMachineInstance#controller_number}
  */
  readonly controllerNumber: number;
  /**
  * Specifies the full path to the virtual hard disk file or physical hard disk volume for the added DVD drive.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#path DataHypervMachineInstance#path}
  */
  readonly path?: string;
  /**
  * Specifies the friendly name of the ISO resource pool to which this DVD drive is to be associated.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#resource_pool_name DataHypervMachineInstance#resource_pool_name}
  */
  readonly resourcePoolName?: string;
}

export function dataHypervMachineInstanceDvdDrivesToTerraform(struct?: DataHypervMachineInstanceDvdDrives | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    controller_location: cdktf.numberToTerraform(struct!.controllerLocation),
    controller_number: cdktf.numberToTerraform(struct!.controllerNumber),
    path: cdktf.stringToTerraform(struct!.path),
    resource_pool_name: cdktf.stringToTerraform(struct!.resourcePoolName),
  }
}


export function dataHypervMachineInstanceDvdDrivesToHclTerraform(struct?: DataHypervMachineInstanceDvdDrives | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    controller_location: {
      value: cdktf.numberToHclTerraform(struct!.controllerLocation),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    controller_number: {
      value: cdktf.numberToHclTerraform(struct!.controllerNumber),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    path: {
      value: cdktf.stringToHclTerraform(struct!.path),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    resource_pool_name: {
      value: cdktf.stringToHclTerraform(struct!.resourcePoolName),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DataHypervMachineInstanceDvdDrivesOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): DataHypervMachineInstanceDvdDrives | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._controllerLocation !== undefined) {
      hasAnyValues = true;
      internalValueResult.controllerLocation = this._controllerLocation;
    }
    if (this._controllerNumber !== undefined) {
      hasAnyValues = true;
      internalValueResult.controllerNumber = this._controllerNumber;
    }
    if (this._path !== undefined) {
      hasAnyValues = true;
      internalValueResult.path = this._path;
    }
    if (this._resourcePoolName !== undefined) {
      hasAnyValues = true;
      internalValueResult.resourcePoolName = this._resourcePoolName;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataHypervMachineInstanceDvdDrives | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._controllerLocation = undefined;
      this._controllerNumber = undefined;
      this._path = undefined;
      this._resourcePoolName = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._controllerLocation = value.controllerLocation;
      this._controllerNumber = value.controllerNumber;
      this._path = value.path;
      this._resourcePoolName = value.resourcePoolName;
    }
  }

  // controller_location - computed: false, optional: false, required: true
  private _controllerLocation?: number; 
  public get controllerLocation() {
    return this.getNumberAttribute('controller_location');
  }
  public set controllerLocation(value: number) {
    this._controllerLocation = value;
  }
  // Temporarily expose input value. Use with caution.
  public get controllerLocationInput() {
    return this._controllerLocation;
  }

  // controller_number - computed: false, optional: false, required: true
  private _controllerNumber?: number; 
  public get controllerNumber() {
    return this.getNumberAttribute('controller_number');
  }
  public set controllerNumber(value: number) {
    this._controllerNumber = value;
  }
  // Temporarily expose input value. Use with caution.
  public get controllerNumberInput() {
    return this._controllerNumber;
  }

  // path - computed: false, optional: true, required: false
  private _path?: string; 
  public get path() {
    return this.getStringAttribute('path');
  }
  public set path(value: string) {
    this._path = value;
  }
  public resetPath() {
    this._path = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get pathInput() {
    return this._path;
  }

  // resource_pool_name - computed: false, optional: true, required: false
  private _resourcePoolName?: string; 
  public get resourcePoolName() {
    return this.getStringAttribute('resource_pool_name');
  }
  public set resourcePoolName(value: string) {
    this._resourcePoolName = value;
  }
  public resetResourcePoolName() {
    this._resourcePoolName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get resourcePoolNameInput() {
    return this._resourcePoolName;
  }
}

export class DataHypervMachineInstanceDvdDrivesList extends cdktf.ComplexList {
  public internalValue? : DataHypervMachineInstanceDvdDrives[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): DataHypervMachineInstanceDvdDrivesOutputReference {
    return new DataHypervMachineInstanceDvdDrivesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataHypervMachineInstanceHardDiskDrives {
  /**
  * Specifies the number of the location on the controller at which the hard disk drive is to be added.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#controller_location DataHypervMachineInstance#controller_location}
  */
  readonly controllerLocation: number;
  /**
  * Specifies the number of the controller to which the hard disk drive is to be added.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#controller_number DataHypervMachineInstance#controller_number}
  */
  readonly controllerNumber: number;
  /**
  * Specifies the type of the controller to which the hard disk drive is to be added. Valid values to use are `Ide`, `Scsi`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#controller_type DataHypervMachineInstance#controller_type}
  */
  readonly controllerType?: string;
  /**
  * Specifies the disk number of the offline physical hard drive to be connected as a passthrough disk. If value is 4294967295 then disk number is ignored.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#disk_number DataHypervMachineInstance#disk_number}
  */
  readonly diskNumber?: number;
  /**
  * Specifies the maximum normalized I/O operations per second (IOPS) for the hard disk. Hyper-V calculates normalized IOPS as the total size of I/O per second divided by 8 KB. If value is 0 then iops is ignored.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#maximum_iops DataHypervMachineInstance#maximum_iops}
  */
  readonly maximumIops?: number;
  /**
  * Specifies the minimum normalized I/O operations per second (IOPS) for the hard disk. Hyper-V calculates normalized IOPS as the total size of I/O per second divided by 8 KB. If maximum iops value is 0 then iops is ignored.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#minimum_iops DataHypervMachineInstance#minimum_iops}
  */
  readonly minimumIops?: number;
  /**
  * With Default it is equivalent of WriteCacheDisabled. With WriteCacheEnabled write I/O is acknowledged as written before it is committed to stable media. If your internal disks, DAS, SAN, or NAS has a battery backup system that can guarantee clean cache flushes on a power outage, write caching is generally safe. Internal batteries that report their status and/or automatically disable caching are best. UPS-backed systems are sometimes OK, but they are not foolproof. With WriteCacheAndFUAEnabled write I/O is committed to stable media BEFORE the I/O is acknowledged as written. With WriteCacheDisabled when I/O is written it is acknowledged as written as there is no cache in between. Valid values to use are `Default`, `WriteCacheEnabled`, `WriteCacheAndFUAEnabled`, `WriteCacheDisabled`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#override_cache_attributes DataHypervMachineInstance#override_cache_attributes}
  */
  readonly overrideCacheAttributes?: string;
  /**
  * Specifies the full path of the hard disk drive file to be added.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#path DataHypervMachineInstance#path}
  */
  readonly path?: string;
  /**
  * Specifies the unique ID for a storage QoS policy that this cmdlet associates with the hard disk drive. If value is 00000000-0000-0000-0000-000000000000 then qos policy id is ignored.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#qos_policy_id DataHypervMachineInstance#qos_policy_id}
  */
  readonly qosPolicyId?: string;
  /**
  * Specifies the friendly name of the resource pool to which this virtual hard disk is to be associated.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#resource_pool_name DataHypervMachineInstance#resource_pool_name}
  */
  readonly resourcePoolName?: string;
  /**
  * Indicates that the hard disk supports SCSI persistent reservation semantics. Specify this parameter when the hard disk is a shared disk that is used by multiple virtual machines.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#support_persistent_reservations DataHypervMachineInstance#support_persistent_reservations}
  */
  readonly supportPersistentReservations?: boolean | cdktf.IResolvable;
}

export function dataHypervMachineInstanceHardDiskDrivesToTerraform(struct?: DataHypervMachineInstanceHardDiskDrives | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    controller_location: cdktf.numberToTerraform(struct!.controllerLocation),
    controller_number: cdktf.numberToTerraform(struct!.controllerNumber),
    controller_type: cdktf.stringToTerraform(struct!.controllerType),
    disk_number: cdktf.numberToTerraform(struct!.diskNumber),
    maximum_iops: cdktf.numberToTerraform(struct!.maximumIops),
    minimum_iops: cdktf.numberToTerraform(struct!.minimumIops),
    override_cache_attributes: cdktf.stringToTerraform(struct!.overrideCacheAttributes),
    path: cdktf.stringToTerraform(struct!.path),
    qos_policy_id: cdktf.stringToTerraform(struct!.qosPolicyId),
    resource_pool_name: cdktf.stringToTerraform(struct!.resourcePoolName),
    support_persistent_reservations: cdktf.booleanToTerraform(struct!.supportPersistentReservations),
  }
}


export function dataHypervMachineInstanceHardDiskDrivesToHclTerraform(struct?: DataHypervMachineInstanceHardDiskDrives | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    controller_location: {
      value: cdktf.numberToHclTerraform(struct!.controllerLocation),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    controller_number: {
      value: cdktf.numberToHclTerraform(struct!.controllerNumber),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    controller_type: {
      value: cdktf.stringToHclTerraform(struct!.controllerType),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    disk_number: {
      value: cdktf.numberToHclTerraform(struct!.diskNumber),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    maximum_iops: {
      value: cdktf.numberToHclTerraform(struct!.maximumIops),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    minimum_iops: {
      value: cdktf.numberToHclTerraform(struct!.minimumIops),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    override_cache_attributes: {
      value: cdktf.stringToHclTerraform(struct!.overrideCacheAttributes),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    path: {
      value: cdktf.stringToHclTerraform(struct!.path),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    qos_policy_id: {
      value: cdktf.stringToHclTerraform(struct!.qosPolicyId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    resource_pool_name: {
      value: cdktf.stringToHclTerraform(struct!.resourcePoolName),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    support_persistent_reservations: {
      value: cdktf.booleanToHclTerraform(struct!.supportPersistentReservations),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DataHypervMachineInstanceHardDiskDrivesOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): DataHypervMachineInstanceHardDiskDrives | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._controllerLocation !== undefined) {
      hasAnyValues = true;
      internalValueResult.controllerLocation = this._controllerLocation;
    }
    if (this._controllerNumber !== undefined) {
      hasAnyValues = true;
      internalValueResult.controllerNumber = this._controllerNumber;
    }
    if (this._controllerType !== undefined) {
      hasAnyValues = true;
      internalValueResult.controllerType = this._controllerType;
    }
    if (this._diskNumber !== undefined) {
      hasAnyValues = true;
      internalValueResult.diskNumber = this._diskNumber;
    }
    if (this._maximumIops !== undefined) {
      hasAnyValues = true;
      internalValueResult.maximumIops = this._maximumIops;
    }
    if (this._minimumIops !== undefined) {
      hasAnyValues = true;
      internalValueResult.minimumIops = this._minimumIops;
    }
    if (this._overrideCacheAttributes !== undefined) {
      hasAnyValues = true;
      internalValueResult.overrideCacheAttributes = this._overrideCacheAttributes;
    }
    if (this._path !== undefined) {
      hasAnyValues = true;
      internalValueResult.path = this._path;
    }
    if (this._qosPolicyId !== undefined) {
      hasAnyValues = true;
      internalValueResult.qosPolicyId = this._qosPolicyId;
    }
    if (this._resourcePoolName !== undefined) {
      hasAnyValues = true;
      internalValueResult.resourcePoolName = this._resourcePoolName;
    }
    if (this._supportPersistentReservations !== undefined) {
      hasAnyValues = true;
      internalValueResult.supportPersistentReservations = this._supportPersistentReservations;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataHypervMachineInstanceHardDiskDrives | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._controllerLocation = undefined;
      this._controllerNumber = undefined;
      this._controllerType = undefined;
      this._diskNumber = undefined;
      this._maximumIops = undefined;
      this._minimumIops = undefined;
      this._overrideCacheAttributes = undefined;
      this._path = undefined;
      this._qosPolicyId = undefined;
      this._resourcePoolName = undefined;
      this._supportPersistentReservations = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._controllerLocation = value.controllerLocation;
      this._controllerNumber = value.controllerNumber;
      this._controllerType = value.controllerType;
      this._diskNumber = value.diskNumber;
      this._maximumIops = value.maximumIops;
      this._minimumIops = value.minimumIops;
      this._overrideCacheAttributes = value.overrideCacheAttributes;
      this._path = value.path;
      this._qosPolicyId = value.qosPolicyId;
      this._resourcePoolName = value.resourcePoolName;
      this._supportPersistentReservations = value.supportPersistentReservations;
    }
  }

  // controller_location - computed: false, optional: false, required: true
  private _controllerLocation?: number; 
  public get controllerLocation() {
    return this.getNumberAttribute('controller_location');
  }
  public set controllerLocation(value: number) {
    this._controllerLocation = value;
  }
  // Temporarily expose input value. Use with caution.
  public get controllerLocationInput() {
    return this._controllerLocation;
  }

  // controller_number - computed: false, optional: false, required: true
  private _controllerNumber?: number; 
  public get controllerNumber() {
    return this.getNumberAttribute('controller_number');
  }
  public set controllerNumber(value: number) {
    this._controllerNumber = value;
  }
  // Temporarily expose input value. Use with caution.
  public get controllerNumberInput() {
    return this._controllerNumber;
  }

  // controller_type - computed: false, optional: true, required: false
  private _controllerType?: string; 
  public get controllerType() {
    return this.getStringAttribute('controller_type');
  }
  public set controllerType(value: string) {
    this._controllerType = value;
  }
  public resetControllerType() {
    this._controllerType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get controllerTypeInput() {
    return this._controllerType;
  }

  // disk_number - computed: false, optional: true, required: false
  private _diskNumber?: number; 
  public get diskNumber() {
    return this.getNumberAttribute('disk_number');
  }
  public set diskNumber(value: number) {
    this._diskNumber = value;
  }
  public resetDiskNumber() {
    this._diskNumber = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get diskNumberInput() {
    return this._diskNumber;
  }

  // maximum_iops - computed: false, optional: true, required: false
  private _maximumIops?: number; 
  public get maximumIops() {
    return this.getNumberAttribute('maximum_iops');
  }
  public set maximumIops(value: number) {
    this._maximumIops = value;
  }
  public resetMaximumIops() {
    this._maximumIops = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get maximumIopsInput() {
    return this._maximumIops;
  }

  // minimum_iops - computed: false, optional: true, required: false
  private _minimumIops?: number; 
  public get minimumIops() {
    return this.getNumberAttribute('minimum_iops');
  }
  public set minimumIops(value: number) {
    this._minimumIops = value;
  }
  public resetMinimumIops() {
    this._minimumIops = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get minimumIopsInput() {
    return this._minimumIops;
  }

  // override_cache_attributes - computed: false, optional: true, required: false
  private _overrideCacheAttributes?: string; 
  public get overrideCacheAttributes() {
    return this.getStringAttribute('override_cache_attributes');
  }
  public set overrideCacheAttributes(value: string) {
    this._overrideCacheAttributes = value;
  }
  public resetOverrideCacheAttributes() {
    this._overrideCacheAttributes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get overrideCacheAttributesInput() {
    return this._overrideCacheAttributes;
  }

  // path - computed: false, optional: true, required: false
  private _path?: string; 
  public get path() {
    return this.getStringAttribute('path');
  }
  public set path(value: string) {
    this._path = value;
  }
  public resetPath() {
    this._path = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get pathInput() {
    return this._path;
  }

  // qos_policy_id - computed: false, optional: true, required: false
  private _qosPolicyId?: string; 
  public get qosPolicyId() {
    return this.getStringAttribute('qos_policy_id');
  }
  public set qosPolicyId(value: string) {
    this._qosPolicyId = value;
  }
  public resetQosPolicyId() {
    this._qosPolicyId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get qosPolicyIdInput() {
    return this._qosPolicyId;
  }

  // resource_pool_name - computed: false, optional: true, required: false
  private _resourcePoolName?: string; 
  public get resourcePoolName() {
    return this.getStringAttribute('resource_pool_name');
  }
  public set resourcePoolName(value: string) {
    this._resourcePoolName = value;
  }
  public resetResourcePoolName() {
    this._resourcePoolName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get resourcePoolNameInput() {
    return this._resourcePoolName;
  }

  // support_persistent_reservations - computed: false, optional: true, required: false
  private _supportPersistentReservations?: boolean | cdktf.IResolvable; 
  public get supportPersistentReservations() {
    return this.getBooleanAttribute('support_persistent_reservations');
  }
  public set supportPersistentReservations(value: boolean | cdktf.IResolvable) {
    this._supportPersistentReservations = value;
  }
  public resetSupportPersistentReservations() {
    this._supportPersistentReservations = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get supportPersistentReservationsInput() {
    return this._supportPersistentReservations;
  }
}

export class DataHypervMachineInstanceHardDiskDrivesList extends cdktf.ComplexList {
  public internalValue? : DataHypervMachineInstanceHardDiskDrives[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): DataHypervMachineInstanceHardDiskDrivesOutputReference {
    return new DataHypervMachineInstanceHardDiskDrivesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataHypervMachineInstanceNetworkAdaptors {
  /**
  * Specifies whether the virtual network adapter can be teamed with other network adapters connected to the same virtual switch. Valid values to use are `On`, `Off`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#allow_teaming DataHypervMachineInstance#allow_teaming}
  */
  readonly allowTeaming?: string;
  /**
  * Specifies whether this adapter uses device naming. Valid values to use are `On`, `Off`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#device_naming DataHypervMachineInstance#device_naming}
  */
  readonly deviceNaming?: string;
  /**
  * Specifies whether to drop DHCP messages from a virtual machine claiming to be a DHCP server. Valid values to use are `On`, `Off`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#dhcp_guard DataHypervMachineInstance#dhcp_guard}
  */
  readonly dhcpGuard?: string;
  /**
  * Specifies the dynamic IP address limit.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#dynamic_ip_address_limit DataHypervMachineInstance#dynamic_ip_address_limit}
  */
  readonly dynamicIpAddressLimit?: number;
  /**
  * Assigns a dynamically generated MAC address to the virtual network adapter.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#dynamic_mac_address DataHypervMachineInstance#dynamic_mac_address}
  */
  readonly dynamicMacAddress?: boolean | cdktf.IResolvable;
  /**
  * Specifies whether the adapter uses fix speed of 10G. Valid values to use are `On`, `Off`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#fix_speed_10g DataHypervMachineInstance#fix_speed_10g}
  */
  readonly fixSpeed10G?: string;
  /**
  * Specifies whether IEEE 802.1p tagged packets from the virtual machine should be trusted. If it is on, the IEEE 802.1p tagged packets will be let go as is. If it is off, the priority value is reset to 0. Valid values to use are `On`, `Off`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#ieee_priority_tag DataHypervMachineInstance#ieee_priority_tag}
  */
  readonly ieeePriorityTag?: string;
  /**
  * Specifies the interrupt moderation value for a single-root I/O virtualization (SR-IOV) virtual function assigned to a virtual network adapter. If Default is chosen, the value is determined by the physical network adapter vendor's setting. If Adaptive is chosen, the interrupt moderation rate will be based on the runtime traffic pattern. Valid values to use are `Default`, `Adaptive`, `Off`, `Low `, `Medium`, `High`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#iov_interrupt_moderation DataHypervMachineInstance#iov_interrupt_moderation}
  */
  readonly iovInterruptModeration?: string;
  /**
  * Specifies the number of hardware queue pairs to be allocated to an SR-IOV virtual function. If receive-side scaling (RSS) is required, and if the physical network adapter that binds to the virtual switch supports RSS on SR-IOV virtual functions, then more than one queue pair is required. Valid values to use are between `1` to `4294967295`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#iov_queue_pairs_requested DataHypervMachineInstance#iov_queue_pairs_requested}
  */
  readonly iovQueuePairsRequested?: number;
  /**
  * Specifies whether single-root I/O virtualization (SR-IOV) is to be enabled on this virtual network adapter. The relative weight sets the affinity of the virtual network adapter to the assigned SR-IOV virtual function. Specify 0 to disable SR-IOV on the virtual network adapter. Valid values to use are between `0` to `100`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#iov_weight DataHypervMachineInstance#iov_weight}
  */
  readonly iovWeight?: number;
  /**
  * Specifies the maximum number of security associations that can be offloaded to the physical network adapter that is bound to the virtual switch and that supports IPSec Task Offload. Specify zero to disable the feature.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#ipsec_offload_maximum_security_association DataHypervMachineInstance#ipsec_offload_maximum_security_association}
  */
  readonly ipsecOffloadMaximumSecurityAssociation?: number;
  /**
  * Specifies whether the virtual network adapter is the legacy type.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#is_legacy DataHypervMachineInstance#is_legacy}
  */
  readonly isLegacy?: boolean | cdktf.IResolvable;
  /**
  * Specifies whether virtual machines may change the source MAC address in outgoing packets to one not assigned to them. On allows the virtual machine to use a different MAC address. Off only allows the virtual machine to use the MAC address assigned to it. Valid values to use are `On`, `Off`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#mac_address_spoofing DataHypervMachineInstance#mac_address_spoofing}
  */
  readonly macAddressSpoofing?: string;
  /**
  * Specifies the virtual network adapter in the management operating system to be configured.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#management_os DataHypervMachineInstance#management_os}
  */
  readonly managementOs?: boolean | cdktf.IResolvable;
  /**
  * Specifies the unique identifiers of the virtual switch extension features that are required for this virtual network adapter to operate.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#mandatory_feature_id DataHypervMachineInstance#mandatory_feature_id}
  */
  readonly mandatoryFeatureId?: string[];
  /**
  * Specifies the maximum bandwidth, in bits per second, for the virtual network adapter. The specified value is rounded to the nearest multiple of eight. Specify zero to disable the feature.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#maximum_bandwidth DataHypervMachineInstance#maximum_bandwidth}
  */
  readonly maximumBandwidth?: number;
  /**
  * Specifies the minimum bandwidth, in bits per second, for the virtual network adapter. The specified value is rounded to the nearest multiple of eight. A value larger than 100 Mbps is recommended.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#minimum_bandwidth_absolute DataHypervMachineInstance#minimum_bandwidth_absolute}
  */
  readonly minimumBandwidthAbsolute?: number;
  /**
  * Specifies the minimum bandwidth, in terms of relative weight, for the virtual network adapter. The weight describes how much bandwidth to provide to the virtual network adapter relative to other virtual network adapters connected to the same virtual switch. Specify 0 to disable the feature. Valid values to use are between `0` to `100`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#minimum_bandwidth_weight DataHypervMachineInstance#minimum_bandwidth_weight}
  */
  readonly minimumBandwidthWeight?: number;
  /**
  * Specifies the name for the virtual network adapter.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#name DataHypervMachineInstance#name}
  */
  readonly name: string;
  /**
  * Indicates whether to not monitor the network adapter if the virtual machine that it belongs to is part of a cluster. By default, network adapters for clustered virtual machines are monitored.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#not_monitored_in_cluster DataHypervMachineInstance#not_monitored_in_cluster}
  */
  readonly notMonitoredInCluster?: boolean | cdktf.IResolvable;
  /**
  * Specifies the number of packets to wait for before signaling an interrupt.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#packet_direct_moderation_count DataHypervMachineInstance#packet_direct_moderation_count}
  */
  readonly packetDirectModerationCount?: number;
  /**
  * Specifies the amount of time, in milliseconds, to wait before signaling an interrupt after a packet arrives.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#packet_direct_moderation_interval DataHypervMachineInstance#packet_direct_moderation_interval}
  */
  readonly packetDirectModerationInterval?: number;
  /**
  * Specifies the number of processors to use for virtual switch processing inside of the host.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#packet_direct_num_procs DataHypervMachineInstance#packet_direct_num_procs}
  */
  readonly packetDirectNumProcs?: number;
  /**
  * Specifies the port mirroring mode for the network adapter to be configured. If a virtual network adapter is configured as Source, every packet it sends or receives is copied and forwarded to a virtual network adapter configured to receive the packets. If a virtual network adapter is configured as Destination, it receives copied packets from the source virtual network adapter. The source and destination virtual network adapters must be connected to the same virtual switch. Specify None to disable the feature. Valid values to use are `None`, `Source`, `Destination`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#port_mirroring DataHypervMachineInstance#port_mirroring}
  */
  readonly portMirroring?: string;
  /**
  * Specifies the name of the resource pool.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#resource_pool_name DataHypervMachineInstance#resource_pool_name}
  */
  readonly resourcePoolName?: string;
  /**
  * Specifies whether to drop Router Advertisement and Redirection messages from unauthorized virtual machines. If On is specified, such messages are dropped. If Off is specified, such messages are sent. Valid values to use are `On`, `Off`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#router_guard DataHypervMachineInstance#router_guard}
  */
  readonly routerGuard?: string;
  /**
  * Assigns a specific a MAC addresss to the virtual network adapter.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#static_mac_address DataHypervMachineInstance#static_mac_address}
  */
  readonly staticMacAddress?: string;
  /**
  * Specifies the number of broadcast, multicast, and unknown unicast packets per second a virtual machine is allowed to send through the specified virtual network adapter. Broadcast, multicast, and unknown unicast packets beyond the limit during that one second interval are dropped. A value of zero (0) means there is no limit.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#storm_limit DataHypervMachineInstance#storm_limit}
  */
  readonly stormLimit?: number;
  /**
  * Specifies the name of the virtual switch to connect to the new network adapter. If the switch name is not unique, then the operation fails.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#switch_name DataHypervMachineInstance#switch_name}
  */
  readonly switchName?: string;
  /**
  * This parameter applies only to virtual machines that are enabled for replication. It specifies the name of the network resource pool that will be used by this virtual network adapter when its virtual machine is created during a test failover.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#test_replica_pool_name DataHypervMachineInstance#test_replica_pool_name}
  */
  readonly testReplicaPoolName?: string;
  /**
  * This parameter applies only to virtual machines that are enabled for replication. It specifies the name of the virtual switch to which the virtual network adapter should be connected when its virtual machine is created during a test failover.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#test_replica_switch_name DataHypervMachineInstance#test_replica_switch_name}
  */
  readonly testReplicaSwitchName?: string;
  /**
  * Specifies the virtual subnet ID to use with Hyper-V Network Virtualization. Use 0 to clear this parameter. Valid values to use are `0` or between `4096` to `16777215` (2^24 - 1).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#virtual_subnet_id DataHypervMachineInstance#virtual_subnet_id}
  */
  readonly virtualSubnetId?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#vlan_access DataHypervMachineInstance#vlan_access}
  */
  readonly vlanAccess?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#vlan_id DataHypervMachineInstance#vlan_id}
  */
  readonly vlanId?: number;
  /**
  * Should Virtual Machine Multi-Queue be enabled. With set to true multiple queues are allocated to a single VM with each queue affinitized to a core in the VM.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#vmmq_enabled DataHypervMachineInstance#vmmq_enabled}
  */
  readonly vmmqEnabled?: boolean | cdktf.IResolvable;
  /**
  * The number of Virtual Machine Multi-Queues to create for this VM.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#vmmq_queue_pairs DataHypervMachineInstance#vmmq_queue_pairs}
  */
  readonly vmmqQueuePairs?: number;
  /**
  * Specifies whether virtual machine queue (VMQ) is to be enabled on the virtual network adapter. The relative weight describes the affinity of the virtual network adapter to use VMQ. Specify 0 to disable VMQ on the virtual network adapter. Valid values to use are between `1` to `100`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#vmq_weight DataHypervMachineInstance#vmq_weight}
  */
  readonly vmqWeight?: number;
  /**
  * Should Virtual Receive Side Scaling be enabled. This configuration allows the load from a virtual network adapter to be distributed across multiple virtual processors in a virtual machine (VM), allowing the VM to process more network traffic more rapidly than it can with a single logical processor.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#vrss_enabled DataHypervMachineInstance#vrss_enabled}
  */
  readonly vrssEnabled?: boolean | cdktf.IResolvable;
  /**
  * Wait for the network card to be assigned an ip address. 
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#wait_for_ips DataHypervMachineInstance#wait_for_ips}
  */
  readonly waitForIps?: boolean | cdktf.IResolvable;
}

export function dataHypervMachineInstanceNetworkAdaptorsToTerraform(struct?: DataHypervMachineInstanceNetworkAdaptors | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    allow_teaming: cdktf.stringToTerraform(struct!.allowTeaming),
    device_naming: cdktf.stringToTerraform(struct!.deviceNaming),
    dhcp_guard: cdktf.stringToTerraform(struct!.dhcpGuard),
    dynamic_ip_address_limit: cdktf.numberToTerraform(struct!.dynamicIpAddressLimit),
    dynamic_mac_address: cdktf.booleanToTerraform(struct!.dynamicMacAddress),
    fix_speed_10g: cdktf.stringToTerraform(struct!.fixSpeed10G),
    ieee_priority_tag: cdktf.stringToTerraform(struct!.ieeePriorityTag),
    iov_interrupt_moderation: cdktf.stringToTerraform(struct!.iovInterruptModeration),
    iov_queue_pairs_requested: cdktf.numberToTerraform(struct!.iovQueuePairsRequested),
    iov_weight: cdktf.numberToTerraform(struct!.iovWeight),
    ipsec_offload_maximum_security_association: cdktf.numberToTerraform(struct!.ipsecOffloadMaximumSecurityAssociation),
    is_legacy: cdktf.booleanToTerraform(struct!.isLegacy),
    mac_address_spoofing: cdktf.stringToTerraform(struct!.macAddressSpoofing),
    management_os: cdktf.booleanToTerraform(struct!.managementOs),
    mandatory_feature_id: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.mandatoryFeatureId),
    maximum_bandwidth: cdktf.numberToTerraform(struct!.maximumBandwidth),
    minimum_bandwidth_absolute: cdktf.numberToTerraform(struct!.minimumBandwidthAbsolute),
    minimum_bandwidth_weight: cdktf.numberToTerraform(struct!.minimumBandwidthWeight),
    name: cdktf.stringToTerraform(struct!.name),
    not_monitored_in_cluster: cdktf.booleanToTerraform(struct!.notMonitoredInCluster),
    packet_direct_moderation_count: cdktf.numberToTerraform(struct!.packetDirectModerationCount),
    packet_direct_moderation_interval: cdktf.numberToTerraform(struct!.packetDirectModerationInterval),
    packet_direct_num_procs: cdktf.numberToTerraform(struct!.packetDirectNumProcs),
    port_mirroring: cdktf.stringToTerraform(struct!.portMirroring),
    resource_pool_name: cdktf.stringToTerraform(struct!.resourcePoolName),
    router_guard: cdktf.stringToTerraform(struct!.routerGuard),
    static_mac_address: cdktf.stringToTerraform(struct!.staticMacAddress),
    storm_limit: cdktf.numberToTerraform(struct!.stormLimit),
    switch_name: cdktf.stringToTerraform(struct!.switchName),
    test_replica_pool_name: cdktf.stringToTerraform(struct!.testReplicaPoolName),
    test_replica_switch_name: cdktf.stringToTerraform(struct!.testReplicaSwitchName),
    virtual_subnet_id: cdktf.numberToTerraform(struct!.virtualSubnetId),
    vlan_access: cdktf.booleanToTerraform(struct!.vlanAccess),
    vlan_id: cdktf.numberToTerraform(struct!.vlanId),
    vmmq_enabled: cdktf.booleanToTerraform(struct!.vmmqEnabled),
    vmmq_queue_pairs: cdktf.numberToTerraform(struct!.vmmqQueuePairs),
    vmq_weight: cdktf.numberToTerraform(struct!.vmqWeight),
    vrss_enabled: cdktf.booleanToTerraform(struct!.vrssEnabled),
    wait_for_ips: cdktf.booleanToTerraform(struct!.waitForIps),
  }
}


export function dataHypervMachineInstanceNetworkAdaptorsToHclTerraform(struct?: DataHypervMachineInstanceNetworkAdaptors | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    allow_teaming: {
      value: cdktf.stringToHclTerraform(struct!.allowTeaming),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    device_naming: {
      value: cdktf.stringToHclTerraform(struct!.deviceNaming),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    dhcp_guard: {
      value: cdktf.stringToHclTerraform(struct!.dhcpGuard),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    dynamic_ip_address_limit: {
      value: cdktf.numberToHclTerraform(struct!.dynamicIpAddressLimit),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    dynamic_mac_address: {
      value: cdktf.booleanToHclTerraform(struct!.dynamicMacAddress),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    fix_speed_10g: {
      value: cdktf.stringToHclTerraform(struct!.fixSpeed10G),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    ieee_priority_tag: {
      value: cdktf.stringToHclTerraform(struct!.ieeePriorityTag),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    iov_interrupt_moderation: {
      value: cdktf.stringToHclTerraform(struct!.iovInterruptModeration),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    iov_queue_pairs_requested: {
      value: cdktf.numberToHclTerraform(struct!.iovQueuePairsRequested),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    iov_weight: {
      value: cdktf.numberToHclTerraform(struct!.iovWeight),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    ipsec_offload_maximum_security_association: {
      value: cdktf.numberToHclTerraform(struct!.ipsecOffloadMaximumSecurityAssociation),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    is_legacy: {
      value: cdktf.booleanToHclTerraform(struct!.isLegacy),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    mac_address_spoofing: {
      value: cdktf.stringToHclTerraform(struct!.macAddressSpoofing),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    management_os: {
      value: cdktf.booleanToHclTerraform(struct!.managementOs),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    mandatory_feature_id: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.mandatoryFeatureId),
      isBlock: false,
      type: "set",
      storageClassType: "stringList",
    },
    maximum_bandwidth: {
      value: cdktf.numberToHclTerraform(struct!.maximumBandwidth),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    minimum_bandwidth_absolute: {
      value: cdktf.numberToHclTerraform(struct!.minimumBandwidthAbsolute),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    minimum_bandwidth_weight: {
      value: cdktf.numberToHclTerraform(struct!.minimumBandwidthWeight),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    name: {
      value: cdktf.stringToHclTerraform(struct!.name),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    not_monitored_in_cluster: {
      value: cdktf.booleanToHclTerraform(struct!.notMonitoredInCluster),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    packet_direct_moderation_count: {
      value: cdktf.numberToHclTerraform(struct!.packetDirectModerationCount),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    packet_direct_moderation_interval: {
      value: cdktf.numberToHclTerraform(struct!.packetDirectModerationInterval),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    packet_direct_num_procs: {
      value: cdktf.numberToHclTerraform(struct!.packetDirectNumProcs),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    port_mirroring: {
      value: cdktf.stringToHclTerraform(struct!.portMirroring),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    resource_pool_name: {
      value: cdktf.stringToHclTerraform(struct!.resourcePoolName),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    router_guard: {
      value: cdktf.stringToHclTerraform(struct!.routerGuard),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    static_mac_address: {
      value: cdktf.stringToHclTerraform(struct!.staticMacAddress),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    storm_limit: {
      value: cdktf.numberToHclTerraform(struct!.stormLimit),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    switch_name: {
      value: cdktf.stringToHclTerraform(struct!.switchName),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    test_replica_pool_name: {
      value: cdktf.stringToHclTerraform(struct!.testReplicaPoolName),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    test_replica_switch_name: {
      value: cdktf.stringToHclTerraform(struct!.testReplicaSwitchName),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    virtual_subnet_id: {
      value: cdktf.numberToHclTerraform(struct!.virtualSubnetId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    vlan_access: {
      value: cdktf.booleanToHclTerraform(struct!.vlanAccess),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    vlan_id: {
      value: cdktf.numberToHclTerraform(struct!.vlanId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    vmmq_enabled: {
      value: cdktf.booleanToHclTerraform(struct!.vmmqEnabled),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    vmmq_queue_pairs: {
      value: cdktf.numberToHclTerraform(struct!.vmmqQueuePairs),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    vmq_weight: {
      value: cdktf.numberToHclTerraform(struct!.vmqWeight),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    vrss_enabled: {
      value: cdktf.booleanToHclTerraform(struct!.vrssEnabled),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    wait_for_ips: {
      value: cdktf.booleanToHclTerraform(struct!.waitForIps),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DataHypervMachineInstanceNetworkAdaptorsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): DataHypervMachineInstanceNetworkAdaptors | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._allowTeaming !== undefined) {
      hasAnyValues = true;
      internalValueResult.allowTeaming = this._allowTeaming;
    }
    if (this._deviceNaming !== undefined) {
      hasAnyValues = true;
      internalValueResult.deviceNaming = this._deviceNaming;
    }
    if (this._dhcpGuard !== undefined) {
      hasAnyValues = true;
      internalValueResult.dhcpGuard = this._dhcpGuard;
    }
    if (this._dynamicIpAddressLimit !== undefined) {
      hasAnyValues = true;
      internalValueResult.dynamicIpAddressLimit = this._dynamicIpAddressLimit;
    }
    if (this._dynamicMacAddress !== undefined) {
      hasAnyValues = true;
      internalValueResult.dynamicMacAddress = this._dynamicMacAddress;
    }
    if (this._fixSpeed10G !== undefined) {
      hasAnyValues = true;
      internalValueResult.fixSpeed10G = this._fixSpeed10G;
    }
    if (this._ieeePriorityTag !== undefined) {
      hasAnyValues = true;
      internalValueResult.ieeePriorityTag = this._ieeePriorityTag;
    }
    if (this._iovInterruptModeration !== undefined) {
      hasAnyValues = true;
      internalValueResult.iovInterruptModeration = this._iovInterruptModeration;
    }
    if (this._iovQueuePairsRequested !== undefined) {
      hasAnyValues = true;
      internalValueResult.iovQueuePairsRequested = this._iovQueuePairsRequested;
    }
    if (this._iovWeight !== undefined) {
      hasAnyValues = true;
      internalValueResult.iovWeight = this._iovWeight;
    }
    if (this._ipsecOffloadMaximumSecurityAssociation !== undefined) {
      hasAnyValues = true;
      internalValueResult.ipsecOffloadMaximumSecurityAssociation = this._ipsecOffloadMaximumSecurityAssociation;
    }
    if (this._isLegacy !== undefined) {
      hasAnyValues = true;
      internalValueResult.isLegacy = this._isLegacy;
    }
    if (this._macAddressSpoofing !== undefined) {
      hasAnyValues = true;
      internalValueResult.macAddressSpoofing = this._macAddressSpoofing;
    }
    if (this._managementOs !== undefined) {
      hasAnyValues = true;
      internalValueResult.managementOs = this._managementOs;
    }
    if (this._mandatoryFeatureId !== undefined) {
      hasAnyValues = true;
      internalValueResult.mandatoryFeatureId = this._mandatoryFeatureId;
    }
    if (this._maximumBandwidth !== undefined) {
      hasAnyValues = true;
      internalValueResult.maximumBandwidth = this._maximumBandwidth;
    }
    if (this._minimumBandwidthAbsolute !== undefined) {
      hasAnyValues = true;
      internalValueResult.minimumBandwidthAbsolute = this._minimumBandwidthAbsolute;
    }
    if (this._minimumBandwidthWeight !== undefined) {
      hasAnyValues = true;
      internalValueResult.minimumBandwidthWeight = this._minimumBandwidthWeight;
    }
    if (this._name !== undefined) {
      hasAnyValues = true;
      internalValueResult.name = this._name;
    }
    if (this._notMonitoredInCluster !== undefined) {
      hasAnyValues = true;
      internalValueResult.notMonitoredInCluster = this._notMonitoredInCluster;
    }
    if (this._packetDirectModerationCount !== undefined) {
      hasAnyValues = true;
      internalValueResult.packetDirectModerationCount = this._packetDirectModerationCount;
    }
    if (this._packetDirectModerationInterval !== undefined) {
      hasAnyValues = true;
      internalValueResult.packetDirectModerationInterval = this._packetDirectModerationInterval;
    }
    if (this._packetDirectNumProcs !== undefined) {
      hasAnyValues = true;
      internalValueResult.packetDirectNumProcs = this._packetDirectNumProcs;
    }
    if (this._portMirroring !== undefined) {
      hasAnyValues = true;
      internalValueResult.portMirroring = this._portMirroring;
    }
    if (this._resourcePoolName !== undefined) {
      hasAnyValues = true;
      internalValueResult.resourcePoolName = this._resourcePoolName;
    }
    if (this._routerGuard !== undefined) {
      hasAnyValues = true;
      internalValueResult.routerGuard = this._routerGuard;
    }
    if (this._staticMacAddress !== undefined) {
      hasAnyValues = true;
      internalValueResult.staticMacAddress = this._staticMacAddress;
    }
    if (this._stormLimit !== undefined) {
      hasAnyValues = true;
      internalValueResult.stormLimit = this._stormLimit;
    }
    if (this._switchName !== undefined) {
      hasAnyValues = true;
      internalValueResult.switchName = this._switchName;
    }
    if (this._testReplicaPoolName !== undefined) {
      hasAnyValues = true;
      internalValueResult.testReplicaPoolName = this._testReplicaPoolName;
    }
    if (this._testReplicaSwitchName !== undefined) {
      hasAnyValues = true;
      internalValueResult.testReplicaSwitchName = this._testReplicaSwitchName;
    }
    if (this._virtualSubnetId !== undefined) {
      hasAnyValues = true;
      internalValueResult.virtualSubnetId = this._virtualSubnetId;
    }
    if (this._vlanAccess !== undefined) {
      hasAnyValues = true;
      internalValueResult.vlanAccess = this._vlanAccess;
    }
    if (this._vlanId !== undefined) {
      hasAnyValues = true;
      internalValueResult.vlanId = this._vlanId;
    }
    if (this._vmmqEnabled !== undefined) {
      hasAnyValues = true;
      internalValueResult.vmmqEnabled = this._vmmqEnabled;
    }
    if (this._vmmqQueuePairs !== undefined) {
      hasAnyValues = true;
      internalValueResult.vmmqQueuePairs = this._vmmqQueuePairs;
    }
    if (this._vmqWeight !== undefined) {
      hasAnyValues = true;
      internalValueResult.vmqWeight = this._vmqWeight;
    }
    if (this._vrssEnabled !== undefined) {
      hasAnyValues = true;
      internalValueResult.vrssEnabled = this._vrssEnabled;
    }
    if (this._waitForIps !== undefined) {
      hasAnyValues = true;
      internalValueResult.waitForIps = this._waitForIps;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataHypervMachineInstanceNetworkAdaptors | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._allowTeaming = undefined;
      this._deviceNaming = undefined;
      this._dhcpGuard = undefined;
      this._dynamicIpAddressLimit = undefined;
      this._dynamicMacAddress = undefined;
      this._fixSpeed10G = undefined;
      this._ieeePriorityTag = undefined;
      this._iovInterruptModeration = undefined;
      this._iovQueuePairsRequested = undefined;
      this._iovWeight = undefined;
      this._ipsecOffloadMaximumSecurityAssociation = undefined;
      this._isLegacy = undefined;
      this._macAddressSpoofing = undefined;
      this._managementOs = undefined;
      this._mandatoryFeatureId = undefined;
      this._maximumBandwidth = undefined;
      this._minimumBandwidthAbsolute = undefined;
      this._minimumBandwidthWeight = undefined;
      this._name = undefined;
      this._notMonitoredInCluster = undefined;
      this._packetDirectModerationCount = undefined;
      this._packetDirectModerationInterval = undefined;
      this._packetDirectNumProcs = undefined;
      this._portMirroring = undefined;
      this._resourcePoolName = undefined;
      this._routerGuard = undefined;
      this._staticMacAddress = undefined;
      this._stormLimit = undefined;
      this._switchName = undefined;
      this._testReplicaPoolName = undefined;
      this._testReplicaSwitchName = undefined;
      this._virtualSubnetId = undefined;
      this._vlanAccess = undefined;
      this._vlanId = undefined;
      this._vmmqEnabled = undefined;
      this._vmmqQueuePairs = undefined;
      this._vmqWeight = undefined;
      this._vrssEnabled = undefined;
      this._waitForIps = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._allowTeaming = value.allowTeaming;
      this._deviceNaming = value.deviceNaming;
      this._dhcpGuard = value.dhcpGuard;
      this._dynamicIpAddressLimit = value.dynamicIpAddressLimit;
      this._dynamicMacAddress = value.dynamicMacAddress;
      this._fixSpeed10G = value.fixSpeed10G;
      this._ieeePriorityTag = value.ieeePriorityTag;
      this._iovInterruptModeration = value.iovInterruptModeration;
      this._iovQueuePairsRequested = value.iovQueuePairsRequested;
      this._iovWeight = value.iovWeight;
      this._ipsecOffloadMaximumSecurityAssociation = value.ipsecOffloadMaximumSecurityAssociation;
      this._isLegacy = value.isLegacy;
      this._macAddressSpoofing = value.macAddressSpoofing;
      this._managementOs = value.managementOs;
      this._mandatoryFeatureId = value.mandatoryFeatureId;
      this._maximumBandwidth = value.maximumBandwidth;
      this._minimumBandwidthAbsolute = value.minimumBandwidthAbsolute;
      this._minimumBandwidthWeight = value.minimumBandwidthWeight;
      this._name = value.name;
      this._notMonitoredInCluster = value.notMonitoredInCluster;
      this._packetDirectModerationCount = value.packetDirectModerationCount;
      this._packetDirectModerationInterval = value.packetDirectModerationInterval;
      this._packetDirectNumProcs = value.packetDirectNumProcs;
      this._portMirroring = value.portMirroring;
      this._resourcePoolName = value.resourcePoolName;
      this._routerGuard = value.routerGuard;
      this._staticMacAddress = value.staticMacAddress;
      this._stormLimit = value.stormLimit;
      this._switchName = value.switchName;
      this._testReplicaPoolName = value.testReplicaPoolName;
      this._testReplicaSwitchName = value.testReplicaSwitchName;
      this._virtualSubnetId = value.virtualSubnetId;
      this._vlanAccess = value.vlanAccess;
      this._vlanId = value.vlanId;
      this._vmmqEnabled = value.vmmqEnabled;
      this._vmmqQueuePairs = value.vmmqQueuePairs;
      this._vmqWeight = value.vmqWeight;
      this._vrssEnabled = value.vrssEnabled;
      this._waitForIps = value.waitForIps;
    }
  }

  // allow_teaming - computed: false, optional: true, required: false
  private _allowTeaming?: string; 
  public get allowTeaming() {
    return this.getStringAttribute('allow_teaming');
  }
  public set allowTeaming(value: string) {
    this._allowTeaming = value;
  }
  public resetAllowTeaming() {
    this._allowTeaming = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowTeamingInput() {
    return this._allowTeaming;
  }

  // device_naming - computed: false, optional: true, required: false
  private _deviceNaming?: string; 
  public get deviceNaming() {
    return this.getStringAttribute('device_naming');
  }
  public set deviceNaming(value: string) {
    this._deviceNaming = value;
  }
  public resetDeviceNaming() {
    this._deviceNaming = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get deviceNamingInput() {
    return this._deviceNaming;
  }

  // dhcp_guard - computed: false, optional: true, required: false
  private _dhcpGuard?: string; 
  public get dhcpGuard() {
    return this.getStringAttribute('dhcp_guard');
  }
  public set dhcpGuard(value: string) {
    this._dhcpGuard = value;
  }
  public resetDhcpGuard() {
    this._dhcpGuard = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get dhcpGuardInput() {
    return this._dhcpGuard;
  }

  // dynamic_ip_address_limit - computed: false, optional: true, required: false
  private _dynamicIpAddressLimit?: number; 
  public get dynamicIpAddressLimit() {
    return this.getNumberAttribute('dynamic_ip_address_limit');
  }
  public set dynamicIpAddressLimit(value: number) {
    this._dynamicIpAddressLimit = value;
  }
  public resetDynamicIpAddressLimit() {
    this._dynamicIpAddressLimit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get dynamicIpAddressLimitInput() {
    return this._dynamicIpAddressLimit;
  }

  // dynamic_mac_address - computed: false, optional: true, required: false
  private _dynamicMacAddress?: boolean | cdktf.IResolvable; 
  public get dynamicMacAddress() {
    return this.getBooleanAttribute('dynamic_mac_address');
  }
  public set dynamicMacAddress(value: boolean | cdktf.IResolvable) {
    this._dynamicMacAddress = value;
  }
  public resetDynamicMacAddress() {
    this._dynamicMacAddress = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get dynamicMacAddressInput() {
    return this._dynamicMacAddress;
  }

  // fix_speed_10g - computed: false, optional: true, required: false
  private _fixSpeed10G?: string; 
  public get fixSpeed10G() {
    return this.getStringAttribute('fix_speed_10g');
  }
  public set fixSpeed10G(value: string) {
    this._fixSpeed10G = value;
  }
  public resetFixSpeed10G() {
    this._fixSpeed10G = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get fixSpeed10GInput() {
    return this._fixSpeed10G;
  }

  // ieee_priority_tag - computed: false, optional: true, required: false
  private _ieeePriorityTag?: string; 
  public get ieeePriorityTag() {
    return this.getStringAttribute('ieee_priority_tag');
  }
  public set ieeePriorityTag(value: string) {
    this._ieeePriorityTag = value;
  }
  public resetIeeePriorityTag() {
    this._ieeePriorityTag = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ieeePriorityTagInput() {
    return this._ieeePriorityTag;
  }

  // iov_interrupt_moderation - computed: false, optional: true, required: false
  private _iovInterruptModeration?: string; 
  public get iovInterruptModeration() {
    return this.getStringAttribute('iov_interrupt_moderation');
  }
  public set iovInterruptModeration(value: string) {
    this._iovInterruptModeration = value;
  }
  public resetIovInterruptModeration() {
    this._iovInterruptModeration = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get iovInterruptModerationInput() {
    return this._iovInterruptModeration;
  }

  // iov_queue_pairs_requested - computed: false, optional: true, required: false
  private _iovQueuePairsRequested?: number; 
  public get iovQueuePairsRequested() {
    return this.getNumberAttribute('iov_queue_pairs_requested');
  }
  public set iovQueuePairsRequested(value: number) {
    this._iovQueuePairsRequested = value;
  }
  public resetIovQueuePairsRequested() {
    this._iovQueuePairsRequested = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get iovQueuePairsRequestedInput() {
    return this._iovQueuePairsRequested;
  }

  // iov_weight - computed: false, optional: true, required: false
  private _iovWeight?: number; 
  public get iovWeight() {
    return this.getNumberAttribute('iov_weight');
  }
  public set iovWeight(value: number) {
    this._iovWeight = value;
  }
  public resetIovWeight() {
    this._iovWeight = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get iovWeightInput() {
    return this._iovWeight;
  }

  // ip_addresses - computed: true, optional: false, required: false
  public get ipAddresses() {
    return this.getListAttribute('ip_addresses');
  }

  // ipsec_offload_maximum_security_association - computed: false, optional: true, required: false
  private _ipsecOffloadMaximumSecurityAssociation?: number; 
  public get ipsecOffloadMaximumSecurityAssociation() {
    return this.getNumberAttribute('ipsec_offload_maximum_security_association');
  }
  public set ipsecOffloadMaximumSecurityAssociation(value: number) {
    this._ipsecOffloadMaximumSecurityAssociation = value;
  }
  public resetIpsecOffloadMaximumSecurityAssociation() {
    this._ipsecOffloadMaximumSecurityAssociation = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ipsecOffloadMaximumSecurityAssociationInput() {
    return this._ipsecOffloadMaximumSecurityAssociation;
  }

  // is_legacy - computed: false, optional: true, required: false
  private _isLegacy?: boolean | cdktf.IResolvable; 
  public get isLegacy() {
    return this.getBooleanAttribute('is_legacy');
  }
  public set isLegacy(value: boolean | cdktf.IResolvable) {
    this._isLegacy = value;
  }
  public resetIsLegacy() {
    this._isLegacy = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get isLegacyInput() {
    return this._isLegacy;
  }

  // mac_address_spoofing - computed: false, optional: true, required: false
  private _macAddressSpoofing?: string; 
  public get macAddressSpoofing() {
    return this.getStringAttribute('mac_address_spoofing');
  }
  public set macAddressSpoofing(value: string) {
    this._macAddressSpoofing = value;
  }
  public resetMacAddressSpoofing() {
    this._macAddressSpoofing = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get macAddressSpoofingInput() {
    return this._macAddressSpoofing;
  }

  // management_os - computed: false, optional: true, required: false
  private _managementOs?: boolean | cdktf.IResolvable; 
  public get managementOs() {
    return this.getBooleanAttribute('management_os');
  }
  public set managementOs(value: boolean | cdktf.IResolvable) {
    this._managementOs = value;
  }
  public resetManagementOs() {
    this._managementOs = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get managementOsInput() {
    return this._managementOs;
  }

  // mandatory_feature_id - computed: false, optional: true, required: false
  private _mandatoryFeatureId?: string[]; 
  public get mandatoryFeatureId() {
    return cdktf.Fn.tolist(this.getListAttribute('mandatory_feature_id'));
  }
  public set mandatoryFeatureId(value: string[]) {
    this._mandatoryFeatureId = value;
  }
  public resetMandatoryFeatureId() {
    this._mandatoryFeatureId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mandatoryFeatureIdInput() {
    return this._mandatoryFeatureId;
  }

  // maximum_bandwidth - computed: false, optional: true, required: false
  private _maximumBandwidth?: number; 
  public get maximumBandwidth() {
    return this.getNumberAttribute('maximum_bandwidth');
  }
  public set maximumBandwidth(value: number) {
    this._maximumBandwidth = value;
  }
  public resetMaximumBandwidth() {
    this._maximumBandwidth = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get maximumBandwidthInput() {
    return this._maximumBandwidth;
  }

  // minimum_bandwidth_absolute - computed: false, optional: true, required: false
  private _minimumBandwidthAbsolute?: number; 
  public get minimumBandwidthAbsolute() {
    return this.getNumberAttribute('minimum_bandwidth_absolute');
  }
  public set minimumBandwidthAbsolute(value: number) {
    this._minimumBandwidthAbsolute = value;
  }
  public resetMinimumBandwidthAbsolute() {
    this._minimumBandwidthAbsolute = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get minimumBandwidthAbsoluteInput() {
    return this._minimumBandwidthAbsolute;
  }

  // minimum_bandwidth_weight - computed: false, optional: true, required: false
  private _minimumBandwidthWeight?: number; 
  public get minimumBandwidthWeight() {
    return this.getNumberAttribute('minimum_bandwidth_weight');
  }
  public set minimumBandwidthWeight(value: number) {
    this._minimumBandwidthWeight = value;
  }
  public resetMinimumBandwidthWeight() {
    this._minimumBandwidthWeight = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get minimumBandwidthWeightInput() {
    return this._minimumBandwidthWeight;
  }

  // name - computed: false, optional: false, required: true
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // not_monitored_in_cluster - computed: false, optional: true, required: false
  private _notMonitoredInCluster?: boolean | cdktf.IResolvable; 
  public get notMonitoredInCluster() {
    return this.getBooleanAttribute('not_monitored_in_cluster');
  }
  public set notMonitoredInCluster(value: boolean | cdktf.IResolvable) {
    this._notMonitoredInCluster = value;
  }
  public resetNotMonitoredInCluster() {
    this._notMonitoredInCluster = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get notMonitoredInClusterInput() {
    return this._notMonitoredInCluster;
  }

  // packet_direct_moderation_count - computed: false, optional: true, required: false
  private _packetDirectModerationCount?: number; 
  public get packetDirectModerationCount() {
    return this.getNumberAttribute('packet_direct_moderation_count');
  }
  public set packetDirectModerationCount(value: number) {
    this._packetDirectModerationCount = value;
  }
  public resetPacketDirectModerationCount() {
    this._packetDirectModerationCount = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get packetDirectModerationCountInput() {
    return this._packetDirectModerationCount;
  }

  // packet_direct_moderation_interval - computed: false, optional: true, required: false
  private _packetDirectModerationInterval?: number; 
  public get packetDirectModerationInterval() {
    return this.getNumberAttribute('packet_direct_moderation_interval');
  }
  public set packetDirectModerationInterval(value: number) {
    this._packetDirectModerationInterval = value;
  }
  public resetPacketDirectModerationInterval() {
    this._packetDirectModerationInterval = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get packetDirectModerationIntervalInput() {
    return this._packetDirectModerationInterval;
  }

  // packet_direct_num_procs - computed: false, optional: true, required: false
  private _packetDirectNumProcs?: number; 
  public get packetDirectNumProcs() {
    return this.getNumberAttribute('packet_direct_num_procs');
  }
  public set packetDirectNumProcs(value: number) {
    this._packetDirectNumProcs = value;
  }
  public resetPacketDirectNumProcs() {
    this._packetDirectNumProcs = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get packetDirectNumProcsInput() {
    return this._packetDirectNumProcs;
  }

  // port_mirroring - computed: false, optional: true, required: false
  private _portMirroring?: string; 
  public get portMirroring() {
    return this.getStringAttribute('port_mirroring');
  }
  public set portMirroring(value: string) {
    this._portMirroring = value;
  }
  public resetPortMirroring() {
    this._portMirroring = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get portMirroringInput() {
    return this._portMirroring;
  }

  // resource_pool_name - computed: false, optional: true, required: false
  private _resourcePoolName?: string; 
  public get resourcePoolName() {
    return this.getStringAttribute('resource_pool_name');
  }
  public set resourcePoolName(value: string) {
    this._resourcePoolName = value;
  }
  public resetResourcePoolName() {
    this._resourcePoolName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get resourcePoolNameInput() {
    return this._resourcePoolName;
  }

  // router_guard - computed: false, optional: true, required: false
  private _routerGuard?: string; 
  public get routerGuard() {
    return this.getStringAttribute('router_guard');
  }
  public set routerGuard(value: string) {
    this._routerGuard = value;
  }
  public resetRouterGuard() {
    this._routerGuard = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get routerGuardInput() {
    return this._routerGuard;
  }

  // static_mac_address - computed: false, optional: true, required: false
  private _staticMacAddress?: string; 
  public get staticMacAddress() {
    return this.getStringAttribute('static_mac_address');
  }
  public set staticMacAddress(value: string) {
    this._staticMacAddress = value;
  }
  public resetStaticMacAddress() {
    this._staticMacAddress = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get staticMacAddressInput() {
    return this._staticMacAddress;
  }

  // storm_limit - computed: false, optional: true, required: false
  private _stormLimit?: number; 
  public get stormLimit() {
    return this.getNumberAttribute('storm_limit');
  }
  public set stormLimit(value: number) {
    this._stormLimit = value;
  }
  public resetStormLimit() {
    this._stormLimit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get stormLimitInput() {
    return this._stormLimit;
  }

  // switch_name - computed: false, optional: true, required: false
  private _switchName?: string; 
  public get switchName() {
    return this.getStringAttribute('switch_name');
  }
  public set switchName(value: string) {
    this._switchName = value;
  }
  public resetSwitchName() {
    this._switchName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get switchNameInput() {
    return this._switchName;
  }

  // test_replica_pool_name - computed: false, optional: true, required: false
  private _testReplicaPoolName?: string; 
  public get testReplicaPoolName() {
    return this.getStringAttribute('test_replica_pool_name');
  }
  public set testReplicaPoolName(value: string) {
    this._testReplicaPoolName = value;
  }
  public resetTestReplicaPoolName() {
    this._testReplicaPoolName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get testReplicaPoolNameInput() {
    return this._testReplicaPoolName;
  }

  // test_replica_switch_name - computed: false, optional: true, required: false
  private _testReplicaSwitchName?: string; 
  public get testReplicaSwitchName() {
    return this.getStringAttribute('test_replica_switch_name');
  }
  public set testReplicaSwitchName(value: string) {
    this._testReplicaSwitchName = value;
  }
  public resetTestReplicaSwitchName() {
    this._testReplicaSwitchName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get testReplicaSwitchNameInput() {
    return this._testReplicaSwitchName;
  }

  // virtual_subnet_id - computed: false, optional: true, required: false
  private _virtualSubnetId?: number; 
  public get virtualSubnetId() {
    return this.getNumberAttribute('virtual_subnet_id');
  }
  public set virtualSubnetId(value: number) {
    this._virtualSubnetId = value;
  }
  public resetVirtualSubnetId() {
    this._virtualSubnetId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get virtualSubnetIdInput() {
    return this._virtualSubnetId;
  }

  // vlan_access - computed: false, optional: true, required: false
  private _vlanAccess?: boolean | cdktf.IResolvable; 
  public get vlanAccess() {
    return this.getBooleanAttribute('vlan_access');
  }
  public set vlanAccess(value: boolean | cdktf.IResolvable) {
    this._vlanAccess = value;
  }
  public resetVlanAccess() {
    this._vlanAccess = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vlanAccessInput() {
    return this._vlanAccess;
  }

  // vlan_id - computed: false, optional: true, required: false
  private _vlanId?: number; 
  public get vlanId() {
    return this.getNumberAttribute('vlan_id');
  }
  public set vlanId(value: number) {
    this._vlanId = value;
  }
  public resetVlanId() {
    this._vlanId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vlanIdInput() {
    return this._vlanId;
  }

  // vmmq_enabled - computed: false, optional: true, required: false
  private _vmmqEnabled?: boolean | cdktf.IResolvable; 
  public get vmmqEnabled() {
    return this.getBooleanAttribute('vmmq_enabled');
  }
  public set vmmqEnabled(value: boolean | cdktf.IResolvable) {
    this._vmmqEnabled = value;
  }
  public resetVmmqEnabled() {
    this._vmmqEnabled = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vmmqEnabledInput() {
    return this._vmmqEnabled;
  }

  // vmmq_queue_pairs - computed: false, optional: true, required: false
  private _vmmqQueuePairs?: number; 
  public get vmmqQueuePairs() {
    return this.getNumberAttribute('vmmq_queue_pairs');
  }
  public set vmmqQueuePairs(value: number) {
    this._vmmqQueuePairs = value;
  }
  public resetVmmqQueuePairs() {
    this._vmmqQueuePairs = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vmmqQueuePairsInput() {
    return this._vmmqQueuePairs;
  }

  // vmq_weight - computed: false, optional: true, required: false
  private _vmqWeight?: number; 
  public get vmqWeight() {
    return this.getNumberAttribute('vmq_weight');
  }
  public set vmqWeight(value: number) {
    this._vmqWeight = value;
  }
  public resetVmqWeight() {
    this._vmqWeight = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vmqWeightInput() {
    return this._vmqWeight;
  }

  // vrss_enabled - computed: false, optional: true, required: false
  private _vrssEnabled?: boolean | cdktf.IResolvable; 
  public get vrssEnabled() {
    return this.getBooleanAttribute('vrss_enabled');
  }
  public set vrssEnabled(value: boolean | cdktf.IResolvable) {
    this._vrssEnabled = value;
  }
  public resetVrssEnabled() {
    this._vrssEnabled = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vrssEnabledInput() {
    return this._vrssEnabled;
  }

  // wait_for_ips - computed: false, optional: true, required: false
  private _waitForIps?: boolean | cdktf.IResolvable; 
  public get waitForIps() {
    return this.getBooleanAttribute('wait_for_ips');
  }
  public set waitForIps(value: boolean | cdktf.IResolvable) {
    this._waitForIps = value;
  }
  public resetWaitForIps() {
    this._waitForIps = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get waitForIpsInput() {
    return this._waitForIps;
  }
}

export class DataHypervMachineInstanceNetworkAdaptorsList extends cdktf.ComplexList {
  public internalValue? : DataHypervMachineInstanceNetworkAdaptors[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): DataHypervMachineInstanceNetworkAdaptorsOutputReference {
    return new DataHypervMachineInstanceNetworkAdaptorsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataHypervMachineInstanceTimeouts {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#read DataHypervMachineInstance#read}
  */
  readonly read?: string;
}

export function dataHypervMachineInstanceTimeoutsToTerraform(struct?: DataHypervMachineInstanceTimeouts | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    read: cdktf.stringToTerraform(struct!.read),
  }
}


export function dataHypervMachineInstanceTimeoutsToHclTerraform(struct?: DataHypervMachineInstanceTimeouts | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    read: {
      value: cdktf.stringToHclTerraform(struct!.read),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DataHypervMachineInstanceTimeoutsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataHypervMachineInstanceTimeouts | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._read !== undefined) {
      hasAnyValues = true;
      internalValueResult.read = this._read;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataHypervMachineInstanceTimeouts | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._read = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._read = value.read;
    }
  }

  // read - computed: false, optional: true, required: false
  private _read?: string; 
  public get read() {
    return this.getStringAttribute('read');
  }
  public set read(value: string) {
    this._read = value;
  }
  public resetRead() {
    this._read = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get readInput() {
    return this._read;
  }
}
export interface DataHypervMachineInstanceVmFirmwareBootOrder {
  /**
  * The type of boot device. Valid values to use are `NetworkAdapter`, `HardDiskDrive` and `DvdDrive`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#boot_type DataHypervMachineInstance#boot_type}
  */
  readonly bootType: string;
  /**
  * Specifies the number of the location on the controller at which the hard disk drive or dvd drive.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#controller_location DataHypervMachineInstance#controller_location}
  */
  readonly controllerLocation?: number;
  /**
  * Specifies the number of the controller to which the hard disk drive or dvd drive.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#controller_number DataHypervMachineInstance#controller_number}
  */
  readonly controllerNumber?: number;
  /**
  * Specifies the mac address of ethernet adapter.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#mac_address DataHypervMachineInstance#mac_address}
  */
  readonly macAddress?: string;
  /**
  * Specifies the name of ethernet adapter.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#network_adapter_name DataHypervMachineInstance#network_adapter_name}
  */
  readonly networkAdapterName?: string;
  /**
  * Specifies the file path of hard disk drive or dvd drive.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#path DataHypervMachineInstance#path}
  */
  readonly path?: string;
  /**
  * Specifies the name of ethernet adapter switch.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#switch_name DataHypervMachineInstance#switch_name}
  */
  readonly switchName?: string;
}

export function dataHypervMachineInstanceVmFirmwareBootOrderToTerraform(struct?: DataHypervMachineInstanceVmFirmwareBootOrder | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    boot_type: cdktf.stringToTerraform(struct!.bootType),
    controller_location: cdktf.numberToTerraform(struct!.controllerLocation),
    controller_number: cdktf.numberToTerraform(struct!.controllerNumber),
    mac_address: cdktf.stringToTerraform(struct!.macAddress),
    network_adapter_name: cdktf.stringToTerraform(struct!.networkAdapterName),
    path: cdktf.stringToTerraform(struct!.path),
    switch_name: cdktf.stringToTerraform(struct!.switchName),
  }
}


export function dataHypervMachineInstanceVmFirmwareBootOrderToHclTerraform(struct?: DataHypervMachineInstanceVmFirmwareBootOrder | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    boot_type: {
      value: cdktf.stringToHclTerraform(struct!.bootType),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    controller_location: {
      value: cdktf.numberToHclTerraform(struct!.controllerLocation),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    controller_number: {
      value: cdktf.numberToHclTerraform(struct!.controllerNumber),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    mac_address: {
      value: cdktf.stringToHclTerraform(struct!.macAddress),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    network_adapter_name: {
      value: cdktf.stringToHclTerraform(struct!.networkAdapterName),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    path: {
      value: cdktf.stringToHclTerraform(struct!.path),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    switch_name: {
      value: cdktf.stringToHclTerraform(struct!.switchName),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DataHypervMachineInstanceVmFirmwareBootOrderOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): DataHypervMachineInstanceVmFirmwareBootOrder | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._bootType !== undefined) {
      hasAnyValues = true;
      internalValueResult.bootType = this._bootType;
    }
    if (this._controllerLocation !== undefined) {
      hasAnyValues = true;
      internalValueResult.controllerLocation = this._controllerLocation;
    }
    if (this._controllerNumber !== undefined) {
      hasAnyValues = true;
      internalValueResult.controllerNumber = this._controllerNumber;
    }
    if (this._macAddress !== undefined) {
      hasAnyValues = true;
      internalValueResult.macAddress = this._macAddress;
    }
    if (this._networkAdapterName !== undefined) {
      hasAnyValues = true;
      internalValueResult.networkAdapterName = this._networkAdapterName;
    }
    if (this._path !== undefined) {
      hasAnyValues = true;
      internalValueResult.path = this._path;
    }
    if (this._switchName !== undefined) {
      hasAnyValues = true;
      internalValueResult.switchName = this._switchName;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataHypervMachineInstanceVmFirmwareBootOrder | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._bootType = undefined;
      this._controllerLocation = undefined;
      this._controllerNumber = undefined;
      this._macAddress = undefined;
      this._networkAdapterName = undefined;
      this._path = undefined;
      this._switchName = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._bootType = value.bootType;
      this._controllerLocation = value.controllerLocation;
      this._controllerNumber = value.controllerNumber;
      this._macAddress = value.macAddress;
      this._networkAdapterName = value.networkAdapterName;
      this._path = value.path;
      this._switchName = value.switchName;
    }
  }

  // boot_type - computed: false, optional: false, required: true
  private _bootType?: string; 
  public get bootType() {
    return this.getStringAttribute('boot_type');
  }
  public set bootType(value: string) {
    this._bootType = value;
  }
  // Temporarily expose input value. Use with caution.
  public get bootTypeInput() {
    return this._bootType;
  }

  // controller_location - computed: false, optional: true, required: false
  private _controllerLocation?: number; 
  public get controllerLocation() {
    return this.getNumberAttribute('controller_location');
  }
  public set controllerLocation(value: number) {
    this._controllerLocation = value;
  }
  public resetControllerLocation() {
    this._controllerLocation = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get controllerLocationInput() {
    return this._controllerLocation;
  }

  // controller_number - computed: false, optional: true, required: false
  private _controllerNumber?: number; 
  public get controllerNumber() {
    return this.getNumberAttribute('controller_number');
  }
  public set controllerNumber(value: number) {
    this._controllerNumber = value;
  }
  public resetControllerNumber() {
    this._controllerNumber = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get controllerNumberInput() {
    return this._controllerNumber;
  }

  // mac_address - computed: false, optional: true, required: false
  private _macAddress?: string; 
  public get macAddress() {
    return this.getStringAttribute('mac_address');
  }
  public set macAddress(value: string) {
    this._macAddress = value;
  }
  public resetMacAddress() {
    this._macAddress = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get macAddressInput() {
    return this._macAddress;
  }

  // network_adapter_name - computed: false, optional: true, required: false
  private _networkAdapterName?: string; 
  public get networkAdapterName() {
    return this.getStringAttribute('network_adapter_name');
  }
  public set networkAdapterName(value: string) {
    this._networkAdapterName = value;
  }
  public resetNetworkAdapterName() {
    this._networkAdapterName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get networkAdapterNameInput() {
    return this._networkAdapterName;
  }

  // path - computed: false, optional: true, required: false
  private _path?: string; 
  public get path() {
    return this.getStringAttribute('path');
  }
  public set path(value: string) {
    this._path = value;
  }
  public resetPath() {
    this._path = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get pathInput() {
    return this._path;
  }

  // switch_name - computed: false, optional: true, required: false
  private _switchName?: string; 
  public get switchName() {
    return this.getStringAttribute('switch_name');
  }
  public set switchName(value: string) {
    this._switchName = value;
  }
  public resetSwitchName() {
    this._switchName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get switchNameInput() {
    return this._switchName;
  }
}

export class DataHypervMachineInstanceVmFirmwareBootOrderList extends cdktf.ComplexList {
  public internalValue? : DataHypervMachineInstanceVmFirmwareBootOrder[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): DataHypervMachineInstanceVmFirmwareBootOrderOutputReference {
    return new DataHypervMachineInstanceVmFirmwareBootOrderOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataHypervMachineInstanceVmFirmware {
  /**
  * Specifies the console mode type for the virtual machine. This parameter allows a virtual machine to run without graphical user interface. Valid values to use are `Default`, `COM1`, `COM2`, `None`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#console_mode DataHypervMachineInstance#console_mode}
  */
  readonly consoleMode?: string;
  /**
  * Specifies whether to enable secure boot. Valid values to use are `On`, `Off`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#enable_secure_boot DataHypervMachineInstance#enable_secure_boot}
  */
  readonly enableSecureBoot?: string;
  /**
  * Specifies the behavior of the virtual machine after a start failure. For a value of On, if the virtual machine fails to start correctly from a device, the virtual machine is paused. Valid values to use are `On`, `Off`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#pause_after_boot_failure DataHypervMachineInstance#pause_after_boot_failure}
  */
  readonly pauseAfterBootFailure?: string;
  /**
  * Specifies the IP protocol version to use during a network boot. Valid values to use are `IPv4`, `IPv6`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#preferred_network_boot_protocol DataHypervMachineInstance#preferred_network_boot_protocol}
  */
  readonly preferredNetworkBootProtocol?: string;
  /**
  * Specifies the name of the secure boot template. If secure boot is enabled, you must have a valid secure boot template for the guest operating system to start. Example values to use are `MicrosoftWindows`,`MicrosoftUEFICertificateAuthority`, `OpenSourceShieldedVM`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#secure_boot_template DataHypervMachineInstance#secure_boot_template}
  */
  readonly secureBootTemplate?: string;
  /**
  * boot_order block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#boot_order DataHypervMachineInstance#boot_order}
  */
  readonly bootOrder?: DataHypervMachineInstanceVmFirmwareBootOrder[] | cdktf.IResolvable;
}

export function dataHypervMachineInstanceVmFirmwareToTerraform(struct?: DataHypervMachineInstanceVmFirmwareOutputReference | DataHypervMachineInstanceVmFirmware): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    console_mode: cdktf.stringToTerraform(struct!.consoleMode),
    enable_secure_boot: cdktf.stringToTerraform(struct!.enableSecureBoot),
    pause_after_boot_failure: cdktf.stringToTerraform(struct!.pauseAfterBootFailure),
    preferred_network_boot_protocol: cdktf.stringToTerraform(struct!.preferredNetworkBootProtocol),
    secure_boot_template: cdktf.stringToTerraform(struct!.secureBootTemplate),
    boot_order: cdktf.listMapper(dataHypervMachineInstanceVmFirmwareBootOrderToTerraform, true)(struct!.bootOrder),
  }
}


export function dataHypervMachineInstanceVmFirmwareToHclTerraform(struct?: DataHypervMachineInstanceVmFirmwareOutputReference | DataHypervMachineInstanceVmFirmware): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    console_mode: {
      value: cdktf.stringToHclTerraform(struct!.consoleMode),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    enable_secure_boot: {
      value: cdktf.stringToHclTerraform(struct!.enableSecureBoot),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    pause_after_boot_failure: {
      value: cdktf.stringToHclTerraform(struct!.pauseAfterBootFailure),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    preferred_network_boot_protocol: {
      value: cdktf.stringToHclTerraform(struct!.preferredNetworkBootProtocol),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    secure_boot_template: {
      value: cdktf.stringToHclTerraform(struct!.secureBootTemplate),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    boot_order: {
      value: cdktf.listMapperHcl(dataHypervMachineInstanceVmFirmwareBootOrderToHclTerraform, true)(struct!.bootOrder),
      isBlock: true,
      type: "list",
      storageClassType: "DataHypervMachineInstanceVmFirmwareBootOrderList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DataHypervMachineInstanceVmFirmwareOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): DataHypervMachineInstanceVmFirmware | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._consoleMode !== undefined) {
      hasAnyValues = true;
      internalValueResult.consoleMode = this._consoleMode;
    }
    if (this._enableSecureBoot !== undefined) {
      hasAnyValues = true;
      internalValueResult.enableSecureBoot = this._enableSecureBoot;
    }
    if (this._pauseAfterBootFailure !== undefined) {
      hasAnyValues = true;
      internalValueResult.pauseAfterBootFailure = this._pauseAfterBootFailure;
    }
    if (this._preferredNetworkBootProtocol !== undefined) {
      hasAnyValues = true;
      internalValueResult.preferredNetworkBootProtocol = this._preferredNetworkBootProtocol;
    }
    if (this._secureBootTemplate !== undefined) {
      hasAnyValues = true;
      internalValueResult.secureBootTemplate = this._secureBootTemplate;
    }
    if (this._bootOrder?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.bootOrder = this._bootOrder?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataHypervMachineInstanceVmFirmware | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._consoleMode = undefined;
      this._enableSecureBoot = undefined;
      this._pauseAfterBootFailure = undefined;
      this._preferredNetworkBootProtocol = undefined;
      this._secureBootTemplate = undefined;
      this._bootOrder.internalValue = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._consoleMode = value.consoleMode;
      this._enableSecureBoot = value.enableSecureBoot;
      this._pauseAfterBootFailure = value.pauseAfterBootFailure;
      this._preferredNetworkBootProtocol = value.preferredNetworkBootProtocol;
      this._secureBootTemplate = value.secureBootTemplate;
      this._bootOrder.internalValue = value.bootOrder;
    }
  }

  // console_mode - computed: false, optional: true, required: false
  private _consoleMode?: string; 
  public get consoleMode() {
    return this.getStringAttribute('console_mode');
  }
  public set consoleMode(value: string) {
    this._consoleMode = value;
  }
  public resetConsoleMode() {
    this._consoleMode = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get consoleModeInput() {
    return this._consoleMode;
  }

  // enable_secure_boot - computed: false, optional: true, required: false
  private _enableSecureBoot?: string; 
  public get enableSecureBoot() {
    return this.getStringAttribute('enable_secure_boot');
  }
  public set enableSecureBoot(value: string) {
    this._enableSecureBoot = value;
  }
  public resetEnableSecureBoot() {
    this._enableSecureBoot = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enableSecureBootInput() {
    return this._enableSecureBoot;
  }

  // pause_after_boot_failure - computed: false, optional: true, required: false
  private _pauseAfterBootFailure?: string; 
  public get pauseAfterBootFailure() {
    return this.getStringAttribute('pause_after_boot_failure');
  }
  public set pauseAfterBootFailure(value: string) {
    this._pauseAfterBootFailure = value;
  }
  public resetPauseAfterBootFailure() {
    this._pauseAfterBootFailure = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get pauseAfterBootFailureInput() {
    return this._pauseAfterBootFailure;
  }

  // preferred_network_boot_protocol - computed: false, optional: true, required: false
  private _preferredNetworkBootProtocol?: string; 
  public get preferredNetworkBootProtocol() {
    return this.getStringAttribute('preferred_network_boot_protocol');
  }
  public set preferredNetworkBootProtocol(value: string) {
    this._preferredNetworkBootProtocol = value;
  }
  public resetPreferredNetworkBootProtocol() {
    this._preferredNetworkBootProtocol = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get preferredNetworkBootProtocolInput() {
    return this._preferredNetworkBootProtocol;
  }

  // secure_boot_template - computed: false, optional: true, required: false
  private _secureBootTemplate?: string; 
  public get secureBootTemplate() {
    return this.getStringAttribute('secure_boot_template');
  }
  public set secureBootTemplate(value: string) {
    this._secureBootTemplate = value;
  }
  public resetSecureBootTemplate() {
    this._secureBootTemplate = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get secureBootTemplateInput() {
    return this._secureBootTemplate;
  }

  // boot_order - computed: false, optional: true, required: false
  private _bootOrder = new DataHypervMachineInstanceVmFirmwareBootOrderList(this, "boot_order", false);
  public get bootOrder() {
    return this._bootOrder;
  }
  public putBootOrder(value: DataHypervMachineInstanceVmFirmwareBootOrder[] | cdktf.IResolvable) {
    this._bootOrder.internalValue = value;
  }
  public resetBootOrder() {
    this._bootOrder.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get bootOrderInput() {
    return this._bootOrder.internalValue;
  }
}
export interface DataHypervMachineInstanceVmProcessor {
  /**
  * Specifies whether the virtual processor's features are to be limited for compatibility when migrating the virtual machine to another host.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#compatibility_for_migration_enabled DataHypervMachineInstance#compatibility_for_migration_enabled}
  */
  readonly compatibilityForMigrationEnabled?: boolean | cdktf.IResolvable;
  /**
  * Specifies whether the virtual processor's features are to be limited for compatibility with older operating systems.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#compatibility_for_older_operating_systems_enabled DataHypervMachineInstance#compatibility_for_older_operating_systems_enabled}
  */
  readonly compatibilityForOlderOperatingSystemsEnabled?: boolean | cdktf.IResolvable;
  /**
  * Specifies whether to enable host resource protection on the virtual machine. When enabled, the host will enforce limits on some aspects of the virtual machine's activity, preventing excessive consumption of host compute resources. VM activities controlled by this setting include the VMbus pipe messages associated with a subset of the VM's virtual devices, and intercepts generated by the VM. The virtual devices affected include the video, keyboard, mouse, and dynamic memory VDEVs.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#enable_host_resource_protection DataHypervMachineInstance#enable_host_resource_protection}
  */
  readonly enableHostResourceProtection?: boolean | cdktf.IResolvable;
  /**
  * Specifies whether the hypervisor should expose the presence of virtualization extensions to the virtual machine, which enables support for nested virtualization.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#expose_virtualization_extensions DataHypervMachineInstance#expose_virtualization_extensions}
  */
  readonly exposeVirtualizationExtensions?: boolean | cdktf.IResolvable;
  /**
  * Specifies the number of virtual SMT threads exposed to the virtual machine. Setting this value to 0 indicates the virtual machine will inherit the host's number of threads per core. This setting may not exceed the host's number of threads per core. Note: Windows Server 2016 does not support setting HwThreadCountPerCore to 0. For more details, see Configuring VM SMT settings using PowerShell.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#hw_thread_count_per_core DataHypervMachineInstance#hw_thread_count_per_core}
  */
  readonly hwThreadCountPerCore?: number;
  /**
  * Specifies the maximum percentage of resources available to the virtual machine processor to be configured. Allowed values range from 0 to 100.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#maximum DataHypervMachineInstance#maximum}
  */
  readonly maximum?: number;
  /**
  * Specifies the maximum number of processors per NUMA node to be configured for the virtual machine.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#maximum_count_per_numa_node DataHypervMachineInstance#maximum_count_per_numa_node}
  */
  readonly maximumCountPerNumaNode?: number;
  /**
  * Specifies the maximum number of sockets per NUMA node to be configured for the virtual machine.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#maximum_count_per_numa_socket DataHypervMachineInstance#maximum_count_per_numa_socket}
  */
  readonly maximumCountPerNumaSocket?: number;
  /**
  * Specifies the priority for allocating the physical computer's processing power to this virtual machine relative to others. Allowed values range from 1 to 10000.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#relative_weight DataHypervMachineInstance#relative_weight}
  */
  readonly relativeWeight?: number;
  /**
  * Specifies the percentage of processor resources to be reserved for this virtual machine. Allowed values range from 0 to 100.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#reserve DataHypervMachineInstance#reserve}
  */
  readonly reserve?: number;
}

export function dataHypervMachineInstanceVmProcessorToTerraform(struct?: DataHypervMachineInstanceVmProcessorOutputReference | DataHypervMachineInstanceVmProcessor): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    compatibility_for_migration_enabled: cdktf.booleanToTerraform(struct!.compatibilityForMigrationEnabled),
    compatibility_for_older_operating_systems_enabled: cdktf.booleanToTerraform(struct!.compatibilityForOlderOperatingSystemsEnabled),
    enable_host_resource_protection: cdktf.booleanToTerraform(struct!.enableHostResourceProtection),
    expose_virtualization_extensions: cdktf.booleanToTerraform(struct!.exposeVirtualizationExtensions),
    hw_thread_count_per_core: cdktf.numberToTerraform(struct!.hwThreadCountPerCore),
    maximum: cdktf.numberToTerraform(struct!.maximum),
    maximum_count_per_numa_node: cdktf.numberToTerraform(struct!.maximumCountPerNumaNode),
    maximum_count_per_numa_socket: cdktf.numberToTerraform(struct!.maximumCountPerNumaSocket),
    relative_weight: cdktf.numberToTerraform(struct!.relativeWeight),
    reserve: cdktf.numberToTerraform(struct!.reserve),
  }
}


export function dataHypervMachineInstanceVmProcessorToHclTerraform(struct?: DataHypervMachineInstanceVmProcessorOutputReference | DataHypervMachineInstanceVmProcessor): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    compatibility_for_migration_enabled: {
      value: cdktf.booleanToHclTerraform(struct!.compatibilityForMigrationEnabled),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    compatibility_for_older_operating_systems_enabled: {
      value: cdktf.booleanToHclTerraform(struct!.compatibilityForOlderOperatingSystemsEnabled),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    enable_host_resource_protection: {
      value: cdktf.booleanToHclTerraform(struct!.enableHostResourceProtection),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    expose_virtualization_extensions: {
      value: cdktf.booleanToHclTerraform(struct!.exposeVirtualizationExtensions),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    hw_thread_count_per_core: {
      value: cdktf.numberToHclTerraform(struct!.hwThreadCountPerCore),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    maximum: {
      value: cdktf.numberToHclTerraform(struct!.maximum),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    maximum_count_per_numa_node: {
      value: cdktf.numberToHclTerraform(struct!.maximumCountPerNumaNode),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    maximum_count_per_numa_socket: {
      value: cdktf.numberToHclTerraform(struct!.maximumCountPerNumaSocket),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    relative_weight: {
      value: cdktf.numberToHclTerraform(struct!.relativeWeight),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    reserve: {
      value: cdktf.numberToHclTerraform(struct!.reserve),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DataHypervMachineInstanceVmProcessorOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): DataHypervMachineInstanceVmProcessor | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._compatibilityForMigrationEnabled !== undefined) {
      hasAnyValues = true;
      internalValueResult.compatibilityForMigrationEnabled = this._compatibilityForMigrationEnabled;
    }
    if (this._compatibilityForOlderOperatingSystemsEnabled !== undefined) {
      hasAnyValues = true;
      internalValueResult.compatibilityForOlderOperatingSystemsEnabled = this._compatibilityForOlderOperatingSystemsEnabled;
    }
    if (this._enableHostResourceProtection !== undefined) {
      hasAnyValues = true;
      internalValueResult.enableHostResourceProtection = this._enableHostResourceProtection;
    }
    if (this._exposeVirtualizationExtensions !== undefined) {
      hasAnyValues = true;
      internalValueResult.exposeVirtualizationExtensions = this._exposeVirtualizationExtensions;
    }
    if (this._hwThreadCountPerCore !== undefined) {
      hasAnyValues = true;
      internalValueResult.hwThreadCountPerCore = this._hwThreadCountPerCore;
    }
    if (this._maximum !== undefined) {
      hasAnyValues = true;
      internalValueResult.maximum = this._maximum;
    }
    if (this._maximumCountPerNumaNode !== undefined) {
      hasAnyValues = true;
      internalValueResult.maximumCountPerNumaNode = this._maximumCountPerNumaNode;
    }
    if (this._maximumCountPerNumaSocket !== undefined) {
      hasAnyValues = true;
      internalValueResult.maximumCountPerNumaSocket = this._maximumCountPerNumaSocket;
    }
    if (this._relativeWeight !== undefined) {
      hasAnyValues = true;
      internalValueResult.relativeWeight = this._relativeWeight;
    }
    if (this._reserve !== undefined) {
      hasAnyValues = true;
      internalValueResult.reserve = this._reserve;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataHypervMachineInstanceVmProcessor | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._compatibilityForMigrationEnabled = undefined;
      this._compatibilityForOlderOperatingSystemsEnabled = undefined;
      this._enableHostResourceProtection = undefined;
      this._exposeVirtualizationExtensions = undefined;
      this._hwThreadCountPerCore = undefined;
      this._maximum = undefined;
      this._maximumCountPerNumaNode = undefined;
      this._maximumCountPerNumaSocket = undefined;
      this._relativeWeight = undefined;
      this._reserve = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._compatibilityForMigrationEnabled = value.compatibilityForMigrationEnabled;
      this._compatibilityForOlderOperatingSystemsEnabled = value.compatibilityForOlderOperatingSystemsEnabled;
      this._enableHostResourceProtection = value.enableHostResourceProtection;
      this._exposeVirtualizationExtensions = value.exposeVirtualizationExtensions;
      this._hwThreadCountPerCore = value.hwThreadCountPerCore;
      this._maximum = value.maximum;
      this._maximumCountPerNumaNode = value.maximumCountPerNumaNode;
      this._maximumCountPerNumaSocket = value.maximumCountPerNumaSocket;
      this._relativeWeight = value.relativeWeight;
      this._reserve = value.reserve;
    }
  }

  // compatibility_for_migration_enabled - computed: false, optional: true, required: false
  private _compatibilityForMigrationEnabled?: boolean | cdktf.IResolvable; 
  public get compatibilityForMigrationEnabled() {
    return this.getBooleanAttribute('compatibility_for_migration_enabled');
  }
  public set compatibilityForMigrationEnabled(value: boolean | cdktf.IResolvable) {
    this._compatibilityForMigrationEnabled = value;
  }
  public resetCompatibilityForMigrationEnabled() {
    this._compatibilityForMigrationEnabled = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get compatibilityForMigrationEnabledInput() {
    return this._compatibilityForMigrationEnabled;
  }

  // compatibility_for_older_operating_systems_enabled - computed: false, optional: true, required: false
  private _compatibilityForOlderOperatingSystemsEnabled?: boolean | cdktf.IResolvable; 
  public get compatibilityForOlderOperatingSystemsEnabled() {
    return this.getBooleanAttribute('compatibility_for_older_operating_systems_enabled');
  }
  public set compatibilityForOlderOperatingSystemsEnabled(value: boolean | cdktf.IResolvable) {
    this._compatibilityForOlderOperatingSystemsEnabled = value;
  }
  public resetCompatibilityForOlderOperatingSystemsEnabled() {
    this._compatibilityForOlderOperatingSystemsEnabled = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get compatibilityForOlderOperatingSystemsEnabledInput() {
    return this._compatibilityForOlderOperatingSystemsEnabled;
  }

  // enable_host_resource_protection - computed: false, optional: true, required: false
  private _enableHostResourceProtection?: boolean | cdktf.IResolvable; 
  public get enableHostResourceProtection() {
    return this.getBooleanAttribute('enable_host_resource_protection');
  }
  public set enableHostResourceProtection(value: boolean | cdktf.IResolvable) {
    this._enableHostResourceProtection = value;
  }
  public resetEnableHostResourceProtection() {
    this._enableHostResourceProtection = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enableHostResourceProtectionInput() {
    return this._enableHostResourceProtection;
  }

  // expose_virtualization_extensions - computed: false, optional: true, required: false
  private _exposeVirtualizationExtensions?: boolean | cdktf.IResolvable; 
  public get exposeVirtualizationExtensions() {
    return this.getBooleanAttribute('expose_virtualization_extensions');
  }
  public set exposeVirtualizationExtensions(value: boolean | cdktf.IResolvable) {
    this._exposeVirtualizationExtensions = value;
  }
  public resetExposeVirtualizationExtensions() {
    this._exposeVirtualizationExtensions = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get exposeVirtualizationExtensionsInput() {
    return this._exposeVirtualizationExtensions;
  }

  // hw_thread_count_per_core - computed: false, optional: true, required: false
  private _hwThreadCountPerCore?: number; 
  public get hwThreadCountPerCore() {
    return this.getNumberAttribute('hw_thread_count_per_core');
  }
  public set hwThreadCountPerCore(value: number) {
    this._hwThreadCountPerCore = value;
  }
  public resetHwThreadCountPerCore() {
    this._hwThreadCountPerCore = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get hwThreadCountPerCoreInput() {
    return this._hwThreadCountPerCore;
  }

  // maximum - computed: false, optional: true, required: false
  private _maximum?: number; 
  public get maximum() {
    return this.getNumberAttribute('maximum');
  }
  public set maximum(value: number) {
    this._maximum = value;
  }
  public resetMaximum() {
    this._maximum = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get maximumInput() {
    return this._maximum;
  }

  // maximum_count_per_numa_node - computed: false, optional: true, required: false
  private _maximumCountPerNumaNode?: number; 
  public get maximumCountPerNumaNode() {
    return this.getNumberAttribute('maximum_count_per_numa_node');
  }
  public set maximumCountPerNumaNode(value: number) {
    this._maximumCountPerNumaNode = value;
  }
  public resetMaximumCountPerNumaNode() {
    this._maximumCountPerNumaNode = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get maximumCountPerNumaNodeInput() {
    return this._maximumCountPerNumaNode;
  }

  // maximum_count_per_numa_socket - computed: false, optional: true, required: false
  private _maximumCountPerNumaSocket?: number; 
  public get maximumCountPerNumaSocket() {
    return this.getNumberAttribute('maximum_count_per_numa_socket');
  }
  public set maximumCountPerNumaSocket(value: number) {
    this._maximumCountPerNumaSocket = value;
  }
  public resetMaximumCountPerNumaSocket() {
    this._maximumCountPerNumaSocket = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get maximumCountPerNumaSocketInput() {
    return this._maximumCountPerNumaSocket;
  }

  // relative_weight - computed: false, optional: true, required: false
  private _relativeWeight?: number; 
  public get relativeWeight() {
    return this.getNumberAttribute('relative_weight');
  }
  public set relativeWeight(value: number) {
    this._relativeWeight = value;
  }
  public resetRelativeWeight() {
    this._relativeWeight = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get relativeWeightInput() {
    return this._relativeWeight;
  }

  // reserve - computed: false, optional: true, required: false
  private _reserve?: number; 
  public get reserve() {
    return this.getNumberAttribute('reserve');
  }
  public set reserve(value: number) {
    this._reserve = value;
  }
  public resetReserve() {
    this._reserve = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get reserveInput() {
    return this._reserve;
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance hyperv_machine_instance}
*/
export class DataHypervMachineInstance extends cdktf.TerraformDataSource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "hyperv_machine_instance";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a DataHypervMachineInstance resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the DataHypervMachineInstance to import
  * @param importFromId The id of the existing DataHypervMachineInstance that should be imported. Refer to the {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the DataHypervMachineInstance to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "hyperv_machine_instance", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/machine_instance hyperv_machine_instance} Data Source
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options DataHypervMachineInstanceConfig
  */
  public constructor(scope: Construct, id: string, config: DataHypervMachineInstanceConfig) {
    super(scope, id, {
      terraformResourceType: 'hyperv_machine_instance',
      terraformGeneratorMetadata: {
        providerName: 'hyperv',
        providerVersion: '1.2.1',
        providerVersionConstraint: '~> 1.2.1'
      },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach
    });
    this._automaticCriticalErrorAction = config.automaticCriticalErrorAction;
    this._automaticCriticalErrorActionTimeout = config.automaticCriticalErrorActionTimeout;
    this._automaticStartAction = config.automaticStartAction;
    this._automaticStartDelay = config.automaticStartDelay;
    this._automaticStopAction = config.automaticStopAction;
    this._checkpointType = config.checkpointType;
    this._dynamicMemory = config.dynamicMemory;
    this._generation = config.generation;
    this._guestControlledCacheTypes = config.guestControlledCacheTypes;
    this._highMemoryMappedIoSpace = config.highMemoryMappedIoSpace;
    this._id = config.id;
    this._integrationServices = config.integrationServices;
    this._lockOnDisconnect = config.lockOnDisconnect;
    this._lowMemoryMappedIoSpace = config.lowMemoryMappedIoSpace;
    this._memoryMaximumBytes = config.memoryMaximumBytes;
    this._memoryMinimumBytes = config.memoryMinimumBytes;
    this._memoryStartupBytes = config.memoryStartupBytes;
    this._name = config.name;
    this._notes = config.notes;
    this._path = config.path;
    this._processorCount = config.processorCount;
    this._smartPagingFilePath = config.smartPagingFilePath;
    this._snapshotFileLocation = config.snapshotFileLocation;
    this._state = config.state;
    this._staticMemory = config.staticMemory;
    this._waitForIpsPollPeriod = config.waitForIpsPollPeriod;
    this._waitForIpsTimeout = config.waitForIpsTimeout;
    this._waitForStatePollPeriod = config.waitForStatePollPeriod;
    this._waitForStateTimeout = config.waitForStateTimeout;
    this._dvdDrives.internalValue = config.dvdDrives;
    this._hardDiskDrives.internalValue = config.hardDiskDrives;
    this._networkAdaptors.internalValue = config.networkAdaptors;
    this._timeouts.internalValue = config.timeouts;
    this._vmFirmware.internalValue = config.vmFirmware;
    this._vmProcessor.internalValue = config.vmProcessor;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // automatic_critical_error_action - computed: false, optional: true, required: false
  private _automaticCriticalErrorAction?: string; 
  public get automaticCriticalErrorAction() {
    return this.getStringAttribute('automatic_critical_error_action');
  }
  public set automaticCriticalErrorAction(value: string) {
    this._automaticCriticalErrorAction = value;
  }
  public resetAutomaticCriticalErrorAction() {
    this._automaticCriticalErrorAction = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get automaticCriticalErrorActionInput() {
    return this._automaticCriticalErrorAction;
  }

  // automatic_critical_error_action_timeout - computed: false, optional: true, required: false
  private _automaticCriticalErrorActionTimeout?: number; 
  public get automaticCriticalErrorActionTimeout() {
    return this.getNumberAttribute('automatic_critical_error_action_timeout');
  }
  public set automaticCriticalErrorActionTimeout(value: number) {
    this._automaticCriticalErrorActionTimeout = value;
  }
  public resetAutomaticCriticalErrorActionTimeout() {
    this._automaticCriticalErrorActionTimeout = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get automaticCriticalErrorActionTimeoutInput() {
    return this._automaticCriticalErrorActionTimeout;
  }

  // automatic_start_action - computed: false, optional: true, required: false
  private _automaticStartAction?: string; 
  public get automaticStartAction() {
    return this.getStringAttribute('automatic_start_action');
  }
  public set automaticStartAction(value: string) {
    this._automaticStartAction = value;
  }
  public resetAutomaticStartAction() {
    this._automaticStartAction = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get automaticStartActionInput() {
    return this._automaticStartAction;
  }

  // automatic_start_delay - computed: false, optional: true, required: false
  private _automaticStartDelay?: number; 
  public get automaticStartDelay() {
    return this.getNumberAttribute('automatic_start_delay');
  }
  public set automaticStartDelay(value: number) {
    this._automaticStartDelay = value;
  }
  public resetAutomaticStartDelay() {
    this._automaticStartDelay = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get automaticStartDelayInput() {
    return this._automaticStartDelay;
  }

  // automatic_stop_action - computed: false, optional: true, required: false
  private _automaticStopAction?: string; 
  public get automaticStopAction() {
    return this.getStringAttribute('automatic_stop_action');
  }
  public set automaticStopAction(value: string) {
    this._automaticStopAction = value;
  }
  public resetAutomaticStopAction() {
    this._automaticStopAction = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get automaticStopActionInput() {
    return this._automaticStopAction;
  }

  // checkpoint_type - computed: false, optional: true, required: false
  private _checkpointType?: string; 
  public get checkpointType() {
    return this.getStringAttribute('checkpoint_type');
  }
  public set checkpointType(value: string) {
    this._checkpointType = value;
  }
  public resetCheckpointType() {
    this._checkpointType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get checkpointTypeInput() {
    return this._checkpointType;
  }

  // dynamic_memory - computed: false, optional: true, required: false
  private _dynamicMemory?: boolean | cdktf.IResolvable; 
  public get dynamicMemory() {
    return this.getBooleanAttribute('dynamic_memory');
  }
  public set dynamicMemory(value: boolean | cdktf.IResolvable) {
    this._dynamicMemory = value;
  }
  public resetDynamicMemory() {
    this._dynamicMemory = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get dynamicMemoryInput() {
    return this._dynamicMemory;
  }

  // generation - computed: false, optional: true, required: false
  private _generation?: number; 
  public get generation() {
    return this.getNumberAttribute('generation');
  }
  public set generation(value: number) {
    this._generation = value;
  }
  public resetGeneration() {
    this._generation = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get generationInput() {
    return this._generation;
  }

  // guest_controlled_cache_types - computed: false, optional: true, required: false
  private _guestControlledCacheTypes?: boolean | cdktf.IResolvable; 
  public get guestControlledCacheTypes() {
    return this.getBooleanAttribute('guest_controlled_cache_types');
  }
  public set guestControlledCacheTypes(value: boolean | cdktf.IResolvable) {
    this._guestControlledCacheTypes = value;
  }
  public resetGuestControlledCacheTypes() {
    this._guestControlledCacheTypes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get guestControlledCacheTypesInput() {
    return this._guestControlledCacheTypes;
  }

  // high_memory_mapped_io_space - computed: false, optional: true, required: false
  private _highMemoryMappedIoSpace?: number; 
  public get highMemoryMappedIoSpace() {
    return this.getNumberAttribute('high_memory_mapped_io_space');
  }
  public set highMemoryMappedIoSpace(value: number) {
    this._highMemoryMappedIoSpace = value;
  }
  public resetHighMemoryMappedIoSpace() {
    this._highMemoryMappedIoSpace = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get highMemoryMappedIoSpaceInput() {
    return this._highMemoryMappedIoSpace;
  }

  // id - computed: true, optional: true, required: false
  private _id?: string; 
  public get id() {
    return this.getStringAttribute('id');
  }
  public set id(value: string) {
    this._id = value;
  }
  public resetId() {
    this._id = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get idInput() {
    return this._id;
  }

  // integration_services - computed: false, optional: true, required: false
  private _integrationServices?: { [key: string]: (boolean | cdktf.IResolvable) }; 
  public get integrationServices() {
    return this.getBooleanMapAttribute('integration_services');
  }
  public set integrationServices(value: { [key: string]: (boolean | cdktf.IResolvable) }) {
    this._integrationServices = value;
  }
  public resetIntegrationServices() {
    this._integrationServices = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get integrationServicesInput() {
    return this._integrationServices;
  }

  // lock_on_disconnect - computed: false, optional: true, required: false
  private _lockOnDisconnect?: string; 
  public get lockOnDisconnect() {
    return this.getStringAttribute('lock_on_disconnect');
  }
  public set lockOnDisconnect(value: string) {
    this._lockOnDisconnect = value;
  }
  public resetLockOnDisconnect() {
    this._lockOnDisconnect = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get lockOnDisconnectInput() {
    return this._lockOnDisconnect;
  }

  // low_memory_mapped_io_space - computed: false, optional: true, required: false
  private _lowMemoryMappedIoSpace?: number; 
  public get lowMemoryMappedIoSpace() {
    return this.getNumberAttribute('low_memory_mapped_io_space');
  }
  public set lowMemoryMappedIoSpace(value: number) {
    this._lowMemoryMappedIoSpace = value;
  }
  public resetLowMemoryMappedIoSpace() {
    this._lowMemoryMappedIoSpace = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get lowMemoryMappedIoSpaceInput() {
    return this._lowMemoryMappedIoSpace;
  }

  // memory_maximum_bytes - computed: false, optional: true, required: false
  private _memoryMaximumBytes?: number; 
  public get memoryMaximumBytes() {
    return this.getNumberAttribute('memory_maximum_bytes');
  }
  public set memoryMaximumBytes(value: number) {
    this._memoryMaximumBytes = value;
  }
  public resetMemoryMaximumBytes() {
    this._memoryMaximumBytes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get memoryMaximumBytesInput() {
    return this._memoryMaximumBytes;
  }

  // memory_minimum_bytes - computed: false, optional: true, required: false
  private _memoryMinimumBytes?: number; 
  public get memoryMinimumBytes() {
    return this.getNumberAttribute('memory_minimum_bytes');
  }
  public set memoryMinimumBytes(value: number) {
    this._memoryMinimumBytes = value;
  }
  public resetMemoryMinimumBytes() {
    this._memoryMinimumBytes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get memoryMinimumBytesInput() {
    return this._memoryMinimumBytes;
  }

  // memory_startup_bytes - computed: false, optional: true, required: false
  private _memoryStartupBytes?: number; 
  public get memoryStartupBytes() {
    return this.getNumberAttribute('memory_startup_bytes');
  }
  public set memoryStartupBytes(value: number) {
    this._memoryStartupBytes = value;
  }
  public resetMemoryStartupBytes() {
    this._memoryStartupBytes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get memoryStartupBytesInput() {
    return this._memoryStartupBytes;
  }

  // name - computed: false, optional: false, required: true
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // notes - computed: false, optional: true, required: false
  private _notes?: string; 
  public get notes() {
    return this.getStringAttribute('notes');
  }
  public set notes(value: string) {
    this._notes = value;
  }
  public resetNotes() {
    this._notes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get notesInput() {
    return this._notes;
  }

  // path - computed: true, optional: true, required: false
  private _path?: string; 
  public get path() {
    return this.getStringAttribute('path');
  }
  public set path(value: string) {
    this._path = value;
  }
  public resetPath() {
    this._path = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get pathInput() {
    return this._path;
  }

  // processor_count - computed: false, optional: true, required: false
  private _processorCount?: number; 
  public get processorCount() {
    return this.getNumberAttribute('processor_count');
  }
  public set processorCount(value: number) {
    this._processorCount = value;
  }
  public resetProcessorCount() {
    this._processorCount = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get processorCountInput() {
    return this._processorCount;
  }

  // smart_paging_file_path - computed: false, optional: true, required: false
  private _smartPagingFilePath?: string; 
  public get smartPagingFilePath() {
    return this.getStringAttribute('smart_paging_file_path');
  }
  public set smartPagingFilePath(value: string) {
    this._smartPagingFilePath = value;
  }
  public resetSmartPagingFilePath() {
    this._smartPagingFilePath = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get smartPagingFilePathInput() {
    return this._smartPagingFilePath;
  }

  // snapshot_file_location - computed: false, optional: true, required: false
  private _snapshotFileLocation?: string; 
  public get snapshotFileLocation() {
    return this.getStringAttribute('snapshot_file_location');
  }
  public set snapshotFileLocation(value: string) {
    this._snapshotFileLocation = value;
  }
  public resetSnapshotFileLocation() {
    this._snapshotFileLocation = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get snapshotFileLocationInput() {
    return this._snapshotFileLocation;
  }

  // state - computed: false, optional: true, required: false
  private _state?: string; 
  public get state() {
    return this.getStringAttribute('state');
  }
  public set state(value: string) {
    this._state = value;
  }
  public resetState() {
    this._state = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get stateInput() {
    return this._state;
  }

  // static_memory - computed: false, optional: true, required: false
  private _staticMemory?: boolean | cdktf.IResolvable; 
  public get staticMemory() {
    return this.getBooleanAttribute('static_memory');
  }
  public set staticMemory(value: boolean | cdktf.IResolvable) {
    this._staticMemory = value;
  }
  public resetStaticMemory() {
    this._staticMemory = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get staticMemoryInput() {
    return this._staticMemory;
  }

  // wait_for_ips_poll_period - computed: false, optional: true, required: false
  private _waitForIpsPollPeriod?: number; 
  public get waitForIpsPollPeriod() {
    return this.getNumberAttribute('wait_for_ips_poll_period');
  }
  public set waitForIpsPollPeriod(value: number) {
    this._waitForIpsPollPeriod = value;
  }
  public resetWaitForIpsPollPeriod() {
    this._waitForIpsPollPeriod = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get waitForIpsPollPeriodInput() {
    return this._waitForIpsPollPeriod;
  }

  // wait_for_ips_timeout - computed: false, optional: true, required: false
  private _waitForIpsTimeout?: number; 
  public get waitForIpsTimeout() {
    return this.getNumberAttribute('wait_for_ips_timeout');
  }
  public set waitForIpsTimeout(value: number) {
    this._waitForIpsTimeout = value;
  }
  public resetWaitForIpsTimeout() {
    this._waitForIpsTimeout = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get waitForIpsTimeoutInput() {
    return this._waitForIpsTimeout;
  }

  // wait_for_state_poll_period - computed: false, optional: true, required: false
  private _waitForStatePollPeriod?: number; 
  public get waitForStatePollPeriod() {
    return this.getNumberAttribute('wait_for_state_poll_period');
  }
  public set waitForStatePollPeriod(value: number) {
    this._waitForStatePollPeriod = value;
  }
  public resetWaitForStatePollPeriod() {
    this._waitForStatePollPeriod = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get waitForStatePollPeriodInput() {
    return this._waitForStatePollPeriod;
  }

  // wait_for_state_timeout - computed: false, optional: true, required: false
  private _waitForStateTimeout?: number; 
  public get waitForStateTimeout() {
    return this.getNumberAttribute('wait_for_state_timeout');
  }
  public set waitForStateTimeout(value: number) {
    this._waitForStateTimeout = value;
  }
  public resetWaitForStateTimeout() {
    this._waitForStateTimeout = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get waitForStateTimeoutInput() {
    return this._waitForStateTimeout;
  }

  // dvd_drives - computed: false, optional: true, required: false
  private _dvdDrives = new DataHypervMachineInstanceDvdDrivesList(this, "dvd_drives", false);
  public get dvdDrives() {
    return this._dvdDrives;
  }
  public putDvdDrives(value: DataHypervMachineInstanceDvdDrives[] | cdktf.IResolvable) {
    this._dvdDrives.internalValue = value;
  }
  public resetDvdDrives() {
    this._dvdDrives.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get dvdDrivesInput() {
    return this._dvdDrives.internalValue;
  }

  // hard_disk_drives - computed: false, optional: true, required: false
  private _hardDiskDrives = new DataHypervMachineInstanceHardDiskDrivesList(this, "hard_disk_drives", false);
  public get hardDiskDrives() {
    return this._hardDiskDrives;
  }
  public putHardDiskDrives(value: DataHypervMachineInstanceHardDiskDrives[] | cdktf.IResolvable) {
    this._hardDiskDrives.internalValue = value;
  }
  public resetHardDiskDrives() {
    this._hardDiskDrives.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get hardDiskDrivesInput() {
    return this._hardDiskDrives.internalValue;
  }

  // network_adaptors - computed: false, optional: true, required: false
  private _networkAdaptors = new DataHypervMachineInstanceNetworkAdaptorsList(this, "network_adaptors", false);
  public get networkAdaptors() {
    return this._networkAdaptors;
  }
  public putNetworkAdaptors(value: DataHypervMachineInstanceNetworkAdaptors[] | cdktf.IResolvable) {
    this._networkAdaptors.internalValue = value;
  }
  public resetNetworkAdaptors() {
    this._networkAdaptors.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get networkAdaptorsInput() {
    return this._networkAdaptors.internalValue;
  }

  // timeouts - computed: false, optional: true, required: false
  private _timeouts = new DataHypervMachineInstanceTimeoutsOutputReference(this, "timeouts");
  public get timeouts() {
    return this._timeouts;
  }
  public putTimeouts(value: DataHypervMachineInstanceTimeouts) {
    this._timeouts.internalValue = value;
  }
  public resetTimeouts() {
    this._timeouts.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get timeoutsInput() {
    return this._timeouts.internalValue;
  }

  // vm_firmware - computed: false, optional: true, required: false
  private _vmFirmware = new DataHypervMachineInstanceVmFirmwareOutputReference(this, "vm_firmware");
  public get vmFirmware() {
    return this._vmFirmware;
  }
  public putVmFirmware(value: DataHypervMachineInstanceVmFirmware) {
    this._vmFirmware.internalValue = value;
  }
  public resetVmFirmware() {
    this._vmFirmware.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vmFirmwareInput() {
    return this._vmFirmware.internalValue;
  }

  // vm_processor - computed: false, optional: true, required: false
  private _vmProcessor = new DataHypervMachineInstanceVmProcessorOutputReference(this, "vm_processor");
  public get vmProcessor() {
    return this._vmProcessor;
  }
  public putVmProcessor(value: DataHypervMachineInstanceVmProcessor) {
    this._vmProcessor.internalValue = value;
  }
  public resetVmProcessor() {
    this._vmProcessor.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vmProcessorInput() {
    return this._vmProcessor.internalValue;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      automatic_critical_error_action: cdktf.stringToTerraform(this._automaticCriticalErrorAction),
      automatic_critical_error_action_timeout: cdktf.numberToTerraform(this._automaticCriticalErrorActionTimeout),
      automatic_start_action: cdktf.stringToTerraform(this._automaticStartAction),
      automatic_start_delay: cdktf.numberToTerraform(this._automaticStartDelay),
      automatic_stop_action: cdktf.stringToTerraform(this._automaticStopAction),
      checkpoint_type: cdktf.stringToTerraform(this._checkpointType),
      dynamic_memory: cdktf.booleanToTerraform(this._dynamicMemory),
      generation: cdktf.numberToTerraform(this._generation),
      guest_controlled_cache_types: cdktf.booleanToTerraform(this._guestControlledCacheTypes),
      high_memory_mapped_io_space: cdktf.numberToTerraform(this._highMemoryMappedIoSpace),
      id: cdktf.stringToTerraform(this._id),
      integration_services: cdktf.hashMapper(cdktf.booleanToTerraform)(this._integrationServices),
      lock_on_disconnect: cdktf.stringToTerraform(this._lockOnDisconnect),
      low_memory_mapped_io_space: cdktf.numberToTerraform(this._lowMemoryMappedIoSpace),
      memory_maximum_bytes: cdktf.numberToTerraform(this._memoryMaximumBytes),
      memory_minimum_bytes: cdktf.numberToTerraform(this._memoryMinimumBytes),
      memory_startup_bytes: cdktf.numberToTerraform(this._memoryStartupBytes),
      name: cdktf.stringToTerraform(this._name),
      notes: cdktf.stringToTerraform(this._notes),
      path: cdktf.stringToTerraform(this._path),
      processor_count: cdktf.numberToTerraform(this._processorCount),
      smart_paging_file_path: cdktf.stringToTerraform(this._smartPagingFilePath),
      snapshot_file_location: cdktf.stringToTerraform(this._snapshotFileLocation),
      state: cdktf.stringToTerraform(this._state),
      static_memory: cdktf.booleanToTerraform(this._staticMemory),
      wait_for_ips_poll_period: cdktf.numberToTerraform(this._waitForIpsPollPeriod),
      wait_for_ips_timeout: cdktf.numberToTerraform(this._waitForIpsTimeout),
      wait_for_state_poll_period: cdktf.numberToTerraform(this._waitForStatePollPeriod),
      wait_for_state_timeout: cdktf.numberToTerraform(this._waitForStateTimeout),
      dvd_drives: cdktf.listMapper(dataHypervMachineInstanceDvdDrivesToTerraform, true)(this._dvdDrives.internalValue),
      hard_disk_drives: cdktf.listMapper(dataHypervMachineInstanceHardDiskDrivesToTerraform, true)(this._hardDiskDrives.internalValue),
      network_adaptors: cdktf.listMapper(dataHypervMachineInstanceNetworkAdaptorsToTerraform, true)(this._networkAdaptors.internalValue),
      timeouts: dataHypervMachineInstanceTimeoutsToTerraform(this._timeouts.internalValue),
      vm_firmware: dataHypervMachineInstanceVmFirmwareToTerraform(this._vmFirmware.internalValue),
      vm_processor: dataHypervMachineInstanceVmProcessorToTerraform(this._vmProcessor.internalValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      automatic_critical_error_action: {
        value: cdktf.stringToHclTerraform(this._automaticCriticalErrorAction),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      automatic_critical_error_action_timeout: {
        value: cdktf.numberToHclTerraform(this._automaticCriticalErrorActionTimeout),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      automatic_start_action: {
        value: cdktf.stringToHclTerraform(this._automaticStartAction),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      automatic_start_delay: {
        value: cdktf.numberToHclTerraform(this._automaticStartDelay),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      automatic_stop_action: {
        value: cdktf.stringToHclTerraform(this._automaticStopAction),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      checkpoint_type: {
        value: cdktf.stringToHclTerraform(this._checkpointType),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      dynamic_memory: {
        value: cdktf.booleanToHclTerraform(this._dynamicMemory),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      generation: {
        value: cdktf.numberToHclTerraform(this._generation),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      guest_controlled_cache_types: {
        value: cdktf.booleanToHclTerraform(this._guestControlledCacheTypes),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      high_memory_mapped_io_space: {
        value: cdktf.numberToHclTerraform(this._highMemoryMappedIoSpace),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      id: {
        value: cdktf.stringToHclTerraform(this._id),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      integration_services: {
        value: cdktf.hashMapperHcl(cdktf.booleanToHclTerraform)(this._integrationServices),
        isBlock: false,
        type: "map",
        storageClassType: "booleanMap",
      },
      lock_on_disconnect: {
        value: cdktf.stringToHclTerraform(this._lockOnDisconnect),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      low_memory_mapped_io_space: {
        value: cdktf.numberToHclTerraform(this._lowMemoryMappedIoSpace),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      memory_maximum_bytes: {
        value: cdktf.numberToHclTerraform(this._memoryMaximumBytes),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      memory_minimum_bytes: {
        value: cdktf.numberToHclTerraform(this._memoryMinimumBytes),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      memory_startup_bytes: {
        value: cdktf.numberToHclTerraform(this._memoryStartupBytes),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      name: {
        value: cdktf.stringToHclTerraform(this._name),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      notes: {
        value: cdktf.stringToHclTerraform(this._notes),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      path: {
        value: cdktf.stringToHclTerraform(this._path),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      processor_count: {
        value: cdktf.numberToHclTerraform(this._processorCount),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      smart_paging_file_path: {
        value: cdktf.stringToHclTerraform(this._smartPagingFilePath),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      snapshot_file_location: {
        value: cdktf.stringToHclTerraform(this._snapshotFileLocation),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      state: {
        value: cdktf.stringToHclTerraform(this._state),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      static_memory: {
        value: cdktf.booleanToHclTerraform(this._staticMemory),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      wait_for_ips_poll_period: {
        value: cdktf.numberToHclTerraform(this._waitForIpsPollPeriod),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      wait_for_ips_timeout: {
        value: cdktf.numberToHclTerraform(this._waitForIpsTimeout),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      wait_for_state_poll_period: {
        value: cdktf.numberToHclTerraform(this._waitForStatePollPeriod),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      wait_for_state_timeout: {
        value: cdktf.numberToHclTerraform(this._waitForStateTimeout),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      dvd_drives: {
        value: cdktf.listMapperHcl(dataHypervMachineInstanceDvdDrivesToHclTerraform, true)(this._dvdDrives.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "DataHypervMachineInstanceDvdDrivesList",
      },
      hard_disk_drives: {
        value: cdktf.listMapperHcl(dataHypervMachineInstanceHardDiskDrivesToHclTerraform, true)(this._hardDiskDrives.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "DataHypervMachineInstanceHardDiskDrivesList",
      },
      network_adaptors: {
        value: cdktf.listMapperHcl(dataHypervMachineInstanceNetworkAdaptorsToHclTerraform, true)(this._networkAdaptors.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "DataHypervMachineInstanceNetworkAdaptorsList",
      },
      timeouts: {
        value: dataHypervMachineInstanceTimeoutsToHclTerraform(this._timeouts.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "DataHypervMachineInstanceTimeouts",
      },
      vm_firmware: {
        value: dataHypervMachineInstanceVmFirmwareToHclTerraform(this._vmFirmware.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "DataHypervMachineInstanceVmFirmwareList",
      },
      vm_processor: {
        value: dataHypervMachineInstanceVmProcessorToHclTerraform(this._vmProcessor.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "DataHypervMachineInstanceVmProcessorList",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
