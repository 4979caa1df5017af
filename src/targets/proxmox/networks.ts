import { createHash } from 'crypto';
import { ProxmoxRenderContext } from './context';
import { ProxmoxNic } from './light-resources';
import { SDN_ID } from './target-checks';
import { TerraformResource } from '../../core';
import { NetworkNode, NicNode } from '../../model/design';
import { NicAdapter } from '../../model/network';
import { RenderedElement } from '../../model/target-contract';
import { SdnApplier } from '../../providers/proxmox/sdn-applier';
import { SdnVnet } from '../../providers/proxmox/sdn-vnet';
import { SdnZoneVlan } from '../../providers/proxmox/sdn-zone-vlan';

/*
 * Networks on Proxmox VE: each network the library creates is an SDN vnet of one VLAN zone the
 * target creates on its bridge, tagged with the network's VLAN; `proxmox_sdn_applier` applies the
 * pending SDN configuration once every vnet is written, and VMs wait for it. An untagged bridged
 * network is the target's bridge itself, with nothing created. An existing network is a bridge or
 * vnet of that name.
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

/** The networks of one target's rendering. */
export class ProxmoxNetworks {
  private zone?: TerraformResource;
  private readonly vnets = new Map<NetworkNode, TerraformResource>();
  private applier?: TerraformResource;

  constructor(private readonly ctx: ProxmoxRenderContext) {}

  /** Renders a network: a vnet, or nothing for an existing one. */
  public render(network: NetworkNode): RenderedElement | undefined {
    // an untagged bridged network is the target's bridge: its VMs' NICs go on it without a tag
    if (network.existing || network.vlanId === undefined) return undefined;
    const ctx = this.ctx;
    const vnet = new SdnVnet(network.scope, 'Vnet', {
      provider: ctx.provider,
      id: vnetId(network.name),
      zone: this.zoneResource().getStringAttribute('id'),
      alias: aliasOf(network.name),
      tag: network.vlanId,
    });
    ctx.nameAfter(vnet, network.scope);
    this.vnets.set(network, vnet);
    return { main: vnet, resources: { vnet }, attributes: { id: vnet.getStringAttribute('id') } };
  }

  /** The SDN applier, once every network is rendered; undefined when the target creates no network. */
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

  /** A NIC of a VM, as the VM's `network_device` takes it. */
  public nic(nic: NicNode): ProxmoxNic {
    const vnet = this.vnets.get(nic.network);
    return {
      // a vnet carries its VLAN; a NIC on an existing bridge carries the network's
      bridge: vnet !== undefined ? vnet.getStringAttribute('id') : nic.network.existing ? nic.network.name : this.ctx.bridge,
      vlanId: vnet !== undefined ? undefined : nic.network.vlanId,
      model: nic.adapter === NicAdapter.EMULATED ? 'e1000e' : 'virtio',
      macAddress: nic.macAddress,
      // the Proxmox VE firewall filters the port (its IP and MAC filters when the VM's firewall options turn them on)
      firewall: true,
    };
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

/** A network's name as a vnet alias takes it: letters, digits, spaces, dots, dashes, underscores and parentheses. */
function aliasOf(name: string): string {
  return name.replace(/[^()._a-zA-Z0-9\s-]/g, '_').slice(0, 256);
}
