import type * as DistributedPortGroupBindings from '@cdktf/provider-vsphere/lib/distributed-port-group';
import type * as HostPortGroupBindings from '@cdktf/provider-vsphere/lib/host-port-group';
import type * as VnicBindings from '@cdktf/provider-vsphere/lib/vnic';
import { Construct } from 'constructs';
import { METADATA, bindings } from './bindings';
import { TerraformResource, hashMapper, listMapper } from '../../../core';
import { LightResource, block, plain } from '../../light-resource';

/*
 * The light classes of port groups and VMkernel adapters.
 * Written from the generated configuration types and converters (see `../light-resources.ts`).
 */

const distributedPortGroup = bindings<typeof DistributedPortGroupBindings>('distributed-port-group');
const hostPortGroup = bindings<typeof HostPortGroupBindings>('host-port-group');
const vnic = bindings<typeof VnicBindings>('vnic');

/** A `vsphere_distributed_port_group` resource without the generated class (see `../light-resources.ts`). */
export class LightDistributedPortGroup extends LightResource<DistributedPortGroupBindings.DistributedPortGroupConfig> {
  constructor(scope: Construct, id: string, config: DistributedPortGroupBindings.DistributedPortGroupConfig) {
    super(scope, id, 'vsphere_distributed_port_group', METADATA, config);
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

/** A `vsphere_host_port_group` resource without the generated class (see `../light-resources.ts`). */
export class LightHostPortGroup extends LightResource<HostPortGroupBindings.HostPortGroupConfig> {
  constructor(scope: Construct, id: string, config: HostPortGroupBindings.HostPortGroupConfig) {
    super(scope, id, 'vsphere_host_port_group', METADATA, config);
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

/** A `vsphere_vnic` resource without the generated class (see `../light-resources.ts`). */
export class LightVnic extends LightResource<VnicBindings.VnicConfig> {
  constructor(scope: Construct, id: string, config: VnicBindings.VnicConfig) {
    super(scope, id, 'vsphere_vnic', METADATA, config);
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
