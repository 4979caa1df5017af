// https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/network_switch
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface DataHypervNetworkSwitchConfig extends cdktf.TerraformMetaArguments {
  /**
  * Specifies if the HyperV host machine will have access to network switch when created. It provides this access via a virtual adaptor, so you will need to either configure static ips on the virtual adaptor or configure a dhcp on a machine connected to the network switch. This is tied to the switch type used: `internal=true`;`private=false`;`external=true or false`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/network_switch#allow_management_os DataHypervNetworkSwitch#allow_management_os}
  */
  readonly allowManagementOs?: boolean | cdktf.IResolvable;
  /**
  * Specifies the minimum bandwidth, in bits per second, that is allocated to a special category called `default flow`. Any traffic sent by a virtual network adapter that is connected to this virtual switch and does not have minimum bandwidth allocated is filtered into this category. Specify a value for this parameter only if the minimum bandwidth mode on this virtual switch is absolute. By default, the virtual switch allocates 10% of the total bandwidth, which depends on the physical network adapter it binds to, to this category. For example, if a virtual switch binds to a 1 GbE network adapter, this special category can use at least 100 Mbps. If the value is not a multiple of 8, the value is rounded down to the nearest number that is a multiple of 8. For example, a value input as 1234567 is converted to 1234560.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/network_switch#default_flow_minimum_bandwidth_absolute DataHypervNetworkSwitch#default_flow_minimum_bandwidth_absolute}
  */
  readonly defaultFlowMinimumBandwidthAbsolute?: number;
  /**
  * Should be a value of `0` or between `1` to `100`. Specifies the minimum bandwidth, in relative weight, that is allocated to a special category called `default flow`. Any traffic sent by a virtual network adapter that is connected to this virtual switch and doesn’t have minimum bandwidth allocated is filtered into this category. Specify a value for this parameter only if the minimum bandwidth mode on this virtual switch is weight. By default, this special category has a weight of 1.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/network_switch#default_flow_minimum_bandwidth_weight DataHypervNetworkSwitch#default_flow_minimum_bandwidth_weight}
  */
  readonly defaultFlowMinimumBandwidthWeight?: number;
  /**
  * Should Virtual Machine Multi-Queue be enabled. With set to true multiple queues are allocated to a single VM with each queue affinitized to a core in the VM.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/network_switch#default_queue_vmmq_enabled DataHypervNetworkSwitch#default_queue_vmmq_enabled}
  */
  readonly defaultQueueVmmqEnabled?: boolean | cdktf.IResolvable;
  /**
  * The number of Virtual Machine Multi-Queues to create for this VM.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/network_switch#default_queue_vmmq_queue_pairs DataHypervNetworkSwitch#default_queue_vmmq_queue_pairs}
  */
  readonly defaultQueueVmmqQueuePairs?: number;
  /**
  * Should Virtual Receive Side Scaling be enabled. This configuration allows the load from a virtual network adapter to be distributed across multiple virtual processors in a virtual machine (VM), allowing the VM to process more network traffic more rapidly than it can with a single logical processor.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/network_switch#default_queue_vrss_enabled DataHypervNetworkSwitch#default_queue_vrss_enabled}
  */
  readonly defaultQueueVrssEnabled?: boolean | cdktf.IResolvable;
  /**
  * Specifies if the HyperV host machine will enable teaming for network switch when created. It allows NIC teaming so that you could support scenarios such as redundant links. 
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/network_switch#enable_embedded_teaming DataHypervNetworkSwitch#enable_embedded_teaming}
  */
  readonly enableEmbeddedTeaming?: boolean | cdktf.IResolvable;
  /**
  * Specifies if the HyperV host machine will enable IO virtualization for network switch when created. If your hardware supports it, it enables the virtual machine to talk directly to the NIC.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/network_switch#enable_iov DataHypervNetworkSwitch#enable_iov}
  */
  readonly enableIov?: boolean | cdktf.IResolvable;
  /**
  * Specifies if the HyperV host machine will enable packet direct path for network switch when created. Increases packet throughoutput and reduces the network latency between vms on the switch.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/network_switch#enable_packet_direct DataHypervNetworkSwitch#enable_packet_direct}
  */
  readonly enablePacketDirect?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/network_switch#id DataHypervNetworkSwitch#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
  /**
  * Valid values to use are `Absolute`, `Default`, `None`, `Weight`. Specifies how minimum bandwidth is to be configured on the virtual switch. If `Absolute` is specified, minimum bandwidth is bits per second. If `Weight` is specified, minimum bandwidth is a value ranging from `1` to `100`. If `None` is specified, minimum bandwidth is disabled on the switch – that is, users cannot configure it on any network adapter connected to the switch. If `Default` is specified, the system will set the mode to Weight, if the switch is not IOV-enabled, or `None` if the switch is IOV-enabled.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/network_switch#minimum_bandwidth_mode DataHypervNetworkSwitch#minimum_bandwidth_mode}
  */
  readonly minimumBandwidthMode?: string;
  /**
  * Specifies the name of the switch.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/network_switch#name DataHypervNetworkSwitch#name}
  */
  readonly name: string;
  /**
  *  Specifies the name of the network adapter to be bound to the switch. 
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/network_switch#net_adapter_names DataHypervNetworkSwitch#net_adapter_names}
  */
  readonly netAdapterNames?: string[];
  /**
  * Specifies a note to be associated with the switch.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/network_switch#notes DataHypervNetworkSwitch#notes}
  */
  readonly notes?: string;
  /**
  * Valid values to use are `Internal`, `Private` and `External`. Specifies the type of the switch to be created. 
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/network_switch#switch_type DataHypervNetworkSwitch#switch_type}
  */
  readonly switchType?: string;
  /**
  * timeouts block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/network_switch#timeouts DataHypervNetworkSwitch#timeouts}
  */
  readonly timeouts?: DataHypervNetworkSwitchTimeouts;
}
export interface DataHypervNetworkSwitchTimeouts {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/network_switch#read DataHypervNetworkSwitch#read}
  */
  readonly read?: string;
}

export function dataHypervNetworkSwitchTimeoutsToTerraform(struct?: DataHypervNetworkSwitchTimeouts | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    read: cdktf.stringToTerraform(struct!.read),
  }
}


export function dataHypervNetworkSwitchTimeoutsToHclTerraform(struct?: DataHypervNetworkSwitchTimeouts | cdktf.IResolvable): any {
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

export class DataHypervNetworkSwitchTimeoutsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataHypervNetworkSwitchTimeouts | cdktf.IResolvable | undefined {
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

  public set internalValue(value: DataHypervNetworkSwitchTimeouts | cdktf.IResolvable | undefined) {
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

/**
* Represents a {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/network_switch hyperv_network_switch}
*/
export class DataHypervNetworkSwitch extends cdktf.TerraformDataSource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "hyperv_network_switch";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a DataHypervNetworkSwitch resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the DataHypervNetworkSwitch to import
  * @param importFromId The id of the existing DataHypervNetworkSwitch that should be imported. Refer to the {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/network_switch#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the DataHypervNetworkSwitch to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "hyperv_network_switch", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs/data-sources/network_switch hyperv_network_switch} Data Source
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options DataHypervNetworkSwitchConfig
  */
  public constructor(scope: Construct, id: string, config: DataHypervNetworkSwitchConfig) {
    super(scope, id, {
      terraformResourceType: 'hyperv_network_switch',
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
    this._allowManagementOs = config.allowManagementOs;
    this._defaultFlowMinimumBandwidthAbsolute = config.defaultFlowMinimumBandwidthAbsolute;
    this._defaultFlowMinimumBandwidthWeight = config.defaultFlowMinimumBandwidthWeight;
    this._defaultQueueVmmqEnabled = config.defaultQueueVmmqEnabled;
    this._defaultQueueVmmqQueuePairs = config.defaultQueueVmmqQueuePairs;
    this._defaultQueueVrssEnabled = config.defaultQueueVrssEnabled;
    this._enableEmbeddedTeaming = config.enableEmbeddedTeaming;
    this._enableIov = config.enableIov;
    this._enablePacketDirect = config.enablePacketDirect;
    this._id = config.id;
    this._minimumBandwidthMode = config.minimumBandwidthMode;
    this._name = config.name;
    this._netAdapterNames = config.netAdapterNames;
    this._notes = config.notes;
    this._switchType = config.switchType;
    this._timeouts.internalValue = config.timeouts;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // allow_management_os - computed: false, optional: true, required: false
  private _allowManagementOs?: boolean | cdktf.IResolvable; 
  public get allowManagementOs() {
    return this.getBooleanAttribute('allow_management_os');
  }
  public set allowManagementOs(value: boolean | cdktf.IResolvable) {
    this._allowManagementOs = value;
  }
  public resetAllowManagementOs() {
    this._allowManagementOs = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowManagementOsInput() {
    return this._allowManagementOs;
  }

  // default_flow_minimum_bandwidth_absolute - computed: false, optional: true, required: false
  private _defaultFlowMinimumBandwidthAbsolute?: number; 
  public get defaultFlowMinimumBandwidthAbsolute() {
    return this.getNumberAttribute('default_flow_minimum_bandwidth_absolute');
  }
  public set defaultFlowMinimumBandwidthAbsolute(value: number) {
    this._defaultFlowMinimumBandwidthAbsolute = value;
  }
  public resetDefaultFlowMinimumBandwidthAbsolute() {
    this._defaultFlowMinimumBandwidthAbsolute = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get defaultFlowMinimumBandwidthAbsoluteInput() {
    return this._defaultFlowMinimumBandwidthAbsolute;
  }

  // default_flow_minimum_bandwidth_weight - computed: false, optional: true, required: false
  private _defaultFlowMinimumBandwidthWeight?: number; 
  public get defaultFlowMinimumBandwidthWeight() {
    return this.getNumberAttribute('default_flow_minimum_bandwidth_weight');
  }
  public set defaultFlowMinimumBandwidthWeight(value: number) {
    this._defaultFlowMinimumBandwidthWeight = value;
  }
  public resetDefaultFlowMinimumBandwidthWeight() {
    this._defaultFlowMinimumBandwidthWeight = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get defaultFlowMinimumBandwidthWeightInput() {
    return this._defaultFlowMinimumBandwidthWeight;
  }

  // default_queue_vmmq_enabled - computed: false, optional: true, required: false
  private _defaultQueueVmmqEnabled?: boolean | cdktf.IResolvable; 
  public get defaultQueueVmmqEnabled() {
    return this.getBooleanAttribute('default_queue_vmmq_enabled');
  }
  public set defaultQueueVmmqEnabled(value: boolean | cdktf.IResolvable) {
    this._defaultQueueVmmqEnabled = value;
  }
  public resetDefaultQueueVmmqEnabled() {
    this._defaultQueueVmmqEnabled = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get defaultQueueVmmqEnabledInput() {
    return this._defaultQueueVmmqEnabled;
  }

  // default_queue_vmmq_queue_pairs - computed: false, optional: true, required: false
  private _defaultQueueVmmqQueuePairs?: number; 
  public get defaultQueueVmmqQueuePairs() {
    return this.getNumberAttribute('default_queue_vmmq_queue_pairs');
  }
  public set defaultQueueVmmqQueuePairs(value: number) {
    this._defaultQueueVmmqQueuePairs = value;
  }
  public resetDefaultQueueVmmqQueuePairs() {
    this._defaultQueueVmmqQueuePairs = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get defaultQueueVmmqQueuePairsInput() {
    return this._defaultQueueVmmqQueuePairs;
  }

  // default_queue_vrss_enabled - computed: false, optional: true, required: false
  private _defaultQueueVrssEnabled?: boolean | cdktf.IResolvable; 
  public get defaultQueueVrssEnabled() {
    return this.getBooleanAttribute('default_queue_vrss_enabled');
  }
  public set defaultQueueVrssEnabled(value: boolean | cdktf.IResolvable) {
    this._defaultQueueVrssEnabled = value;
  }
  public resetDefaultQueueVrssEnabled() {
    this._defaultQueueVrssEnabled = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get defaultQueueVrssEnabledInput() {
    return this._defaultQueueVrssEnabled;
  }

  // enable_embedded_teaming - computed: false, optional: true, required: false
  private _enableEmbeddedTeaming?: boolean | cdktf.IResolvable; 
  public get enableEmbeddedTeaming() {
    return this.getBooleanAttribute('enable_embedded_teaming');
  }
  public set enableEmbeddedTeaming(value: boolean | cdktf.IResolvable) {
    this._enableEmbeddedTeaming = value;
  }
  public resetEnableEmbeddedTeaming() {
    this._enableEmbeddedTeaming = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enableEmbeddedTeamingInput() {
    return this._enableEmbeddedTeaming;
  }

  // enable_iov - computed: false, optional: true, required: false
  private _enableIov?: boolean | cdktf.IResolvable; 
  public get enableIov() {
    return this.getBooleanAttribute('enable_iov');
  }
  public set enableIov(value: boolean | cdktf.IResolvable) {
    this._enableIov = value;
  }
  public resetEnableIov() {
    this._enableIov = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enableIovInput() {
    return this._enableIov;
  }

  // enable_packet_direct - computed: false, optional: true, required: false
  private _enablePacketDirect?: boolean | cdktf.IResolvable; 
  public get enablePacketDirect() {
    return this.getBooleanAttribute('enable_packet_direct');
  }
  public set enablePacketDirect(value: boolean | cdktf.IResolvable) {
    this._enablePacketDirect = value;
  }
  public resetEnablePacketDirect() {
    this._enablePacketDirect = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enablePacketDirectInput() {
    return this._enablePacketDirect;
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

  // minimum_bandwidth_mode - computed: false, optional: true, required: false
  private _minimumBandwidthMode?: string; 
  public get minimumBandwidthMode() {
    return this.getStringAttribute('minimum_bandwidth_mode');
  }
  public set minimumBandwidthMode(value: string) {
    this._minimumBandwidthMode = value;
  }
  public resetMinimumBandwidthMode() {
    this._minimumBandwidthMode = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get minimumBandwidthModeInput() {
    return this._minimumBandwidthMode;
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

  // net_adapter_names - computed: false, optional: true, required: false
  private _netAdapterNames?: string[]; 
  public get netAdapterNames() {
    return this.getListAttribute('net_adapter_names');
  }
  public set netAdapterNames(value: string[]) {
    this._netAdapterNames = value;
  }
  public resetNetAdapterNames() {
    this._netAdapterNames = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get netAdapterNamesInput() {
    return this._netAdapterNames;
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

  // switch_type - computed: false, optional: true, required: false
  private _switchType?: string; 
  public get switchType() {
    return this.getStringAttribute('switch_type');
  }
  public set switchType(value: string) {
    this._switchType = value;
  }
  public resetSwitchType() {
    this._switchType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get switchTypeInput() {
    return this._switchType;
  }

  // timeouts - computed: false, optional: true, required: false
  private _timeouts = new DataHypervNetworkSwitchTimeoutsOutputReference(this, "timeouts");
  public get timeouts() {
    return this._timeouts;
  }
  public putTimeouts(value: DataHypervNetworkSwitchTimeouts) {
    this._timeouts.internalValue = value;
  }
  public resetTimeouts() {
    this._timeouts.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get timeoutsInput() {
    return this._timeouts.internalValue;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      allow_management_os: cdktf.booleanToTerraform(this._allowManagementOs),
      default_flow_minimum_bandwidth_absolute: cdktf.numberToTerraform(this._defaultFlowMinimumBandwidthAbsolute),
      default_flow_minimum_bandwidth_weight: cdktf.numberToTerraform(this._defaultFlowMinimumBandwidthWeight),
      default_queue_vmmq_enabled: cdktf.booleanToTerraform(this._defaultQueueVmmqEnabled),
      default_queue_vmmq_queue_pairs: cdktf.numberToTerraform(this._defaultQueueVmmqQueuePairs),
      default_queue_vrss_enabled: cdktf.booleanToTerraform(this._defaultQueueVrssEnabled),
      enable_embedded_teaming: cdktf.booleanToTerraform(this._enableEmbeddedTeaming),
      enable_iov: cdktf.booleanToTerraform(this._enableIov),
      enable_packet_direct: cdktf.booleanToTerraform(this._enablePacketDirect),
      id: cdktf.stringToTerraform(this._id),
      minimum_bandwidth_mode: cdktf.stringToTerraform(this._minimumBandwidthMode),
      name: cdktf.stringToTerraform(this._name),
      net_adapter_names: cdktf.listMapper(cdktf.stringToTerraform, false)(this._netAdapterNames),
      notes: cdktf.stringToTerraform(this._notes),
      switch_type: cdktf.stringToTerraform(this._switchType),
      timeouts: dataHypervNetworkSwitchTimeoutsToTerraform(this._timeouts.internalValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      allow_management_os: {
        value: cdktf.booleanToHclTerraform(this._allowManagementOs),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      default_flow_minimum_bandwidth_absolute: {
        value: cdktf.numberToHclTerraform(this._defaultFlowMinimumBandwidthAbsolute),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      default_flow_minimum_bandwidth_weight: {
        value: cdktf.numberToHclTerraform(this._defaultFlowMinimumBandwidthWeight),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      default_queue_vmmq_enabled: {
        value: cdktf.booleanToHclTerraform(this._defaultQueueVmmqEnabled),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      default_queue_vmmq_queue_pairs: {
        value: cdktf.numberToHclTerraform(this._defaultQueueVmmqQueuePairs),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      default_queue_vrss_enabled: {
        value: cdktf.booleanToHclTerraform(this._defaultQueueVrssEnabled),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      enable_embedded_teaming: {
        value: cdktf.booleanToHclTerraform(this._enableEmbeddedTeaming),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      enable_iov: {
        value: cdktf.booleanToHclTerraform(this._enableIov),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      enable_packet_direct: {
        value: cdktf.booleanToHclTerraform(this._enablePacketDirect),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      id: {
        value: cdktf.stringToHclTerraform(this._id),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      minimum_bandwidth_mode: {
        value: cdktf.stringToHclTerraform(this._minimumBandwidthMode),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      name: {
        value: cdktf.stringToHclTerraform(this._name),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      net_adapter_names: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._netAdapterNames),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      notes: {
        value: cdktf.stringToHclTerraform(this._notes),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      switch_type: {
        value: cdktf.stringToHclTerraform(this._switchType),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      timeouts: {
        value: dataHypervNetworkSwitchTimeoutsToHclTerraform(this._timeouts.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "DataHypervNetworkSwitchTimeouts",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
