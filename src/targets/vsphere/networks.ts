import { noSwitch } from './checks';
import { LightDataVsphereNetwork, LightDistributedPortGroup, LightHostPortGroup } from './light-resources';
import { VsphereLookups, VsphereRenderContext } from './lookups';
import { VsphereNetworkResources } from './resources';
import { TerraformDataSource, TerraformElement, TerraformResource } from '../../core';
import { NetworkNode } from '../../model/design';
import { RenderedElement } from '../../model/target-contract';
import { tfText } from '../escaping';

/**
 * The security policy of every port group: no forged transmits, MAC address changes or
 * promiscuous mode (SCG esx-8.network-reject-*), set on the port group rather than left to the switch.
 */
const PORT_SECURITY = { allowForgedTransmits: false, allowMacChanges: false, allowPromiscuous: false };

/** The port group a network is, for the VMkernel adapters that use it. */
export interface PortGroup {
  /** The distributed port group, when the network is one. */
  readonly distributed?: LightDistributedPortGroup;
  /** The network's name, as host port groups are named. */
  readonly name: string;
}

/** A network as rendered: what is recorded for it, and its port group. */
export interface RenderedNetwork {
  readonly element: RenderedElement;
  readonly portGroup: PortGroup;
}

/** The role of a network's host port group on one host: this prefix, then the host's name. */
const HOST_PORT_GROUP = 'hostPortGroup:';

/**
 * Renders a network: an existing one looked up, a new one as a distributed port group of the
 * target's distributed switch, or as a host port group on each host of its standard switch.
 *
 * Attributes: `id`, the network ID VMs attach to, and `ids`, the same ID for each host of a
 * standard switch (a vSphere network spans the vCenter; distributed and existing networks give none).
 */
export function renderNetwork(ctx: VsphereRenderContext, lookups: VsphereLookups, network: NetworkNode): RenderedNetwork {
  const name = () => tfText(network.scope, 'network name', network.name);
  if (network.existing) {
    const existing = new LightDataVsphereNetwork(network.scope, 'Network', { provider: ctx.provider, name: name(), datacenterId: ctx.datacenterId });
    ctx.nameAfter(existing, network.scope);
    return rendered(existing, { network: existing }, {}, { name: network.name });
  }
  // isolated and NAT networks were refused by the capability check
  if (ctx.distributedSwitch !== undefined) {
    const dvs = lookups.distributedSwitch();
    const group = new LightDistributedPortGroup(network.scope, 'PortGroup', {
      provider: ctx.provider,
      name: name(),
      distributedVirtualSwitchUuid: dvs.id,
      vlanId: network.vlanId,
      ...PORT_SECURITY,
    });
    ctx.nameAfter(group, network.scope);
    return rendered(group, { portGroup: group, distributedSwitch: dvs.element }, {}, { distributed: group, name: network.name });
  }
  const standard = ctx.standardSwitch;
  if (standard === undefined) throw noSwitch(network);
  const groups = standard.hosts.map((hostName) => {
    const group = new LightHostPortGroup(network.scope, `PortGroup-${hostName}`, {
      provider: ctx.provider,
      name: name(),
      hostSystemId: lookups.host(hostName).id,
      virtualSwitchName: tfText(ctx.target, 'standardSwitch.name', standard.name),
      vlanId: network.vlanId,
      ...PORT_SECURITY,
    });
    ctx.nameAfter(group, network.scope, hostName);
    return group;
  });
  // a host port group has no network ID of its own: look the network up once the groups exist
  const lookup = new LightDataVsphereNetwork(network.scope, 'Network', {
    provider: ctx.provider,
    name: name(),
    datacenterId: ctx.datacenterId,
    dependsOn: groups,
  });
  ctx.nameAfter(lookup, network.scope);
  const resources: { [role: string]: TerraformElement } = { network: lookup };
  groups.forEach((group, i) => resources[`${HOST_PORT_GROUP}${standard.hosts[i]}`] = group);
  return rendered(lookup, resources, Object.fromEntries(standard.hosts.map((h) => [h, lookup.id])), { name: network.name });
}

function rendered(
  main: LightDataVsphereNetwork | LightDistributedPortGroup,
  resources: { [role: string]: TerraformElement },
  ids: { [host: string]: string },
  portGroup: PortGroup,
): RenderedNetwork {
  return { element: { main, resources, attributes: { id: main.id, ids } }, portGroup };
}

/** The resources of a rendered network, typed, with its host port groups by host. */
export function networkResources({ resources }: RenderedElement): VsphereNetworkResources {
  const hostPortGroups: { [host: string]: TerraformResource } = {};
  for (const [role, element] of Object.entries(resources)) {
    if (role.startsWith(HOST_PORT_GROUP)) hostPortGroups[role.slice(HOST_PORT_GROUP.length)] = element as TerraformResource;
  }
  return {
    portGroup: resources.portGroup as TerraformResource | undefined,
    network: resources.network as TerraformDataSource | undefined,
    hostPortGroups,
    distributedSwitch: resources.distributedSwitch as TerraformDataSource | undefined,
  };
}
