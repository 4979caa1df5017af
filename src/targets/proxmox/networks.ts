import { createHash } from 'crypto';
import { ProxmoxRenderContext } from './context';
import { ProxmoxNic } from './light-resources';
import { SDN_ID } from './target-checks';
import { TerraformResource } from '../../core';
import { ClusterNode, NetworkNode, NicNode, VmNode } from '../../model/design';
import { DesignError } from '../../model/errors';
import { NetworkConnectivity, NicAdapter } from '../../model/network';
import { RenderedElement } from '../../model/target-contract';
import { SdnApplier } from '../../providers/proxmox/sdn-applier';
import { SdnVnet } from '../../providers/proxmox/sdn-vnet';
import { SdnZoneVlan } from '../../providers/proxmox/sdn-zone-vlan';
import { tfText } from '../escaping';

/*
 * Networks on Proxmox VE. A network with a VLAN is an SDN vnet of one VLAN zone the target creates
 * on its bridge, tagged with the network's VLAN (Proxmox VE refuses a vnet of a VLAN zone without a
 * tag, and two vnets of one zone with one tag); `proxmox_sdn_applier` applies the pending SDN
 * configuration once every vnet is written, and VMs wait for it. A bridged network without a VLAN
 * is the target's bridge itself: its NICs sit on the bridge untagged and nothing is rendered. An
 * existing network is a bridge or vnet of that name. The migration network of a cluster that gives
 * the nodes' migration addresses is the nodes' VLAN interfaces on the bridge (see migration.ts):
 * no vnet, and no VM attaches to it.
 */

/**
 * The vnet ID of a network: its name when that is an SDN identifier (a letter, then letters and
 * digits, at most 8), else `n` and 7 hexadecimal digits of the name's SHA-256, stable as long as
 * the name is. The name is the vnet's alias.
 */
export function vnetId(name: string): string {
  if (SDN_ID.test(name)) return name;
  return `n${createHash('sha256').update(name).digest('hex').slice(0, 7)}`;
}

/**
 * A bridge a VM's NIC can name, as Proxmox VE's `pve-bridge-id` format takes it (letters, digits,
 * dots, dashes, underscores), within the 15 characters of a Linux interface name.
 */
const BRIDGE_ID = /^[A-Za-z0-9._-]{1,15}$/;

/** Whether a network is the migration network of a cluster that gives the nodes' migration addresses. */
export function carriesHostAddresses(network: NetworkNode, clusters: readonly ClusterNode[]): ClusterNode | undefined {
  return clusters.find((c) => c.migration?.network === network && c.migration.hostAddresses !== undefined);
}

/** The networks of one target's rendering. */
export class ProxmoxNetworks {
  private readonly vnetIds = new Map<NetworkNode, string>();
  private zone?: TerraformResource;
  private readonly vnets = new Map<NetworkNode, TerraformResource>();
  /** The network of each vnet ID taken. */
  private readonly ids = new Map<string, NetworkNode>();
  /** The network of each VLAN taken on the bridge, by a vnet or by the nodes' migration interfaces. */
  private readonly vlans = new Map<number, NetworkNode>();
  private applier?: TerraformResource;

  constructor(private readonly ctx: ProxmoxRenderContext) {}

  /**
   * Renders a network: a vnet, or nothing for an existing network, a bridged network without a
   * VLAN and a migration network that carries the nodes' migration addresses.
   *
   * @param network the network
   * @param clusters the design's clusters, for the migration networks
   * @param vms the design's VMs, for the NICs on a migration network
   */
  public render(network: NetworkNode, clusters: readonly ClusterNode[], vms: readonly VmNode[]): RenderedElement | undefined {
    if (network.cidr !== undefined) {
      // only NAT and host-only networks take a cidr, and the capability table refuses both
      throw new DesignError(network.scope, {
        problem: 'Proxmox VE serves no DHCP or host address on a network of the target\'s VLAN zone; the network gives a cidr.',
        value: JSON.stringify(network.cidr),
        fix: 'remove cidr and serve the subnet from a router or DHCP server on the network\'s VLAN',
      });
    }
    if (network.existing) {
      checkExistingName(network);
      return undefined;
    }
    const migration = carriesHostAddresses(network, clusters);
    if (migration !== undefined) {
      const vm = vms.find((v) => v.nics.some((nic) => nic.network === network));
      if (vm !== undefined) {
        throw new DesignError(vm.scope, {
          problem: `The network ${network.scope.node.path} is the migration network of cluster ${migration.name}, which gives the nodes' migration `
            + 'addresses: on Proxmox VE it is the nodes\' VLAN interfaces on the bridge, and a VM NIC in the same VLAN would take the VLAN from them.',
          value: JSON.stringify(network.name),
          fix: 'attach the VM to another network; live migration traffic runs between the nodes',
        });
      }
      if (network.vlanId !== undefined) this.takeVlan(network, network.vlanId);
      return undefined;
    }
    if (network.vlanId === undefined) {
      if (network.connectivity === NetworkConnectivity.ISOLATED) {
        throw new DesignError(network.scope, {
          problem: 'An isolated network on Proxmox VE is a vnet of the target\'s VLAN zone with a VLAN of its own, which no router serves; '
            + 'the network has no VLAN, and a vnet of a VLAN zone needs one.',
          value: `${JSON.stringify(network.name)} without vlanId`,
          fix: 'give the network a vlanId that the physical network carries between the nodes and no router serves',
        });
      }
      // a bridged network without a VLAN is the bridge itself
      return undefined;
    }
    this.takeVlan(network, network.vlanId);
    const id = this.takeId(network);
    const ctx = this.ctx;
    const vnet = new SdnVnet(network.scope, 'Vnet', {
      provider: ctx.provider,
      id,
      zone: this.zoneResource().getStringAttribute('id'),
      alias: tfText(network.scope, 'network name', aliasOf(network.name)),
      tag: network.vlanId,
    });
    ctx.nameAfter(vnet, network.scope);
    this.vnets.set(network, vnet);
    return { main: vnet, resources: { vnet }, attributes: { id: vnet.getStringAttribute('id') } };
  }

  /** The SDN applier, once every network is rendered; undefined when the target creates no vnet. */
  public get applied(): TerraformResource | undefined {
    if (this.vnets.size === 0) return undefined;
    if (this.applier === undefined) {
      const ctx = this.ctx;
      this.applier = new SdnApplier(ctx.target, 'sdn-applier', {
        provider: ctx.provider,
        dependsOn: [this.zoneResource(), ...this.vnets.values()],
      });
      ctx.nameAfter(this.applier, ctx.target, 'sdn');
    }
    return this.applier;
  }

  /** A vnet's ID as a reference, made once per vnet: every reference captures a stack trace. */
  private vnetIdOf(network: NetworkNode, vnet: TerraformResource): string {
    let id = this.vnetIds.get(network);
    if (id === undefined) this.vnetIds.set(network, id = vnet.getStringAttribute('id'));
    return id;
  }

  /** A NIC of a VM, as the VM's `network_device` takes it. */
  public nic(nic: NicNode): ProxmoxNic {
    const vnet = this.vnets.get(nic.network);
    let bridge: string;
    if (vnet !== undefined) bridge = this.vnetIdOf(nic.network, vnet);
    else if (nic.network.existing) bridge = tfText(nic.network.scope, 'network name', nic.network.name);
    else bridge = this.ctx.bridge;
    return {
      // a vnet carries its VLAN; an existing bridge carries the network's VLAN, if it gives one, as the NIC's tag
      bridge,
      vlanId: nic.network.existing ? nic.network.vlanId : undefined,
      model: nic.adapter === NicAdapter.EMULATED ? 'e1000e' : 'virtio',
      macAddress: nic.macAddress,
      // the Proxmox VE firewall filters the port (its IP and MAC filters when the VM's firewall options turn them on)
      firewall: true,
    };
  }

  /** Takes a VLAN of the bridge for a network: one network per VLAN. */
  private takeVlan(network: NetworkNode, vlan: number): void {
    const other = this.vlans.get(vlan);
    if (other !== undefined) {
      throw new DesignError(network.scope, {
        problem: `Networks ${other.scope.node.path} and ${network.scope.node.path} both use VLAN ${vlan} on the bridge ${this.ctx.bridge}; `
          + 'Proxmox VE takes one vnet per VLAN of a VLAN zone, and a VLAN of the nodes\' migration interfaces is theirs alone.',
        value: String(vlan),
        fix: 'give each network a VLAN of its own, or attach the VMs of both to one network',
      });
    }
    this.vlans.set(vlan, network);
  }

  /** Takes the vnet ID of a network: unique, and no interface name the zone or bridge already has. */
  private takeId(network: NetworkNode): string {
    const id = vnetId(network.name);
    const other = this.ids.get(id);
    if (other !== undefined) {
      throw new DesignError(network.scope, {
        problem: `Networks ${other.scope.node.path} (${JSON.stringify(other.name)}) and ${network.scope.node.path} (${JSON.stringify(network.name)}) `
          + `would both be the vnet "${id}".`,
        value: id,
        fix: 'rename one of the networks',
      });
    }
    const bridge = this.ctx.bridge;
    // a vnet is a Linux bridge of its ID on every node, next to the zone's bridge and, on a bridge
    // that is not VLAN aware, the zone's bridges <bridge>v<tag>
    const clash = id === this.ctx.zone ? `the ID of the target's SDN zone "${this.ctx.zone}"`
      : id === bridge || (id.startsWith(`${bridge}v`) && /^\d+$/.test(id.slice(bridge.length + 1)))
        ? `an interface name of the target's bridge ${bridge} on every node` : undefined;
    if (clash !== undefined) {
      throw new DesignError(network.scope, {
        problem: `The network's vnet ID "${id}" (its name) is ${clash}.`,
        value: JSON.stringify(network.name),
        fix: 'rename the network',
      });
    }
    this.ids.set(id, network);
    return id;
  }

  private zoneResource(): TerraformResource {
    if (this.zone === undefined) {
      const ctx = this.ctx;
      this.zone = new SdnZoneVlan(ctx.target, 'sdn-zone', {
        provider: ctx.provider,
        id: ctx.zone,
        bridge: ctx.bridge,
        nodes: [...ctx.nodes],
      });
      ctx.nameAfter(this.zone, ctx.target, 'zone');
    }
    return this.zone;
  }
}

/** Fails when an existing network's name is no bridge a NIC can name. */
function checkExistingName(network: NetworkNode): void {
  if (!BRIDGE_ID.test(network.name)) {
    throw new DesignError(network.scope, {
      problem: 'An existing network on Proxmox VE is the bridge or vnet of that name, and the name is no Linux bridge name Proxmox VE takes.',
      value: JSON.stringify(network.name),
      allowed: 'up to 15 letters, digits, dots, dashes or underscores, e.g. "vmbr1"',
    });
  }
}

/** A network's name as a vnet alias takes it: letters, digits, spaces, dots, dashes, underscores and parentheses. */
function aliasOf(name: string): string {
  return name.replace(/[^()._a-zA-Z0-9 -]/g, '_').slice(0, 256);
}
