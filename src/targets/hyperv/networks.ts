import { HypervRenderContext } from './context';
import { LightDataHypervNetworkSwitch, LightNetworkSwitch } from './light-resources';
import { TerraformElement } from '../../core';
import { NetworkNode } from '../../model/design';
import { NetworkConnectivity } from '../../model/network';
import { RenderedElement } from '../../model/target-contract';
import { tfText, tfTexts } from '../escaping';

/** The role of a network's switch on a host among the network's rendered resources. */
export function switchRole(host: string): string {
  return `switch:${host}`;
}

/**
 * The virtual switches of the networks, one per network and host: a private or internal switch of
 * its own, an existing switch looked up by name, or the external switch every bridged network of
 * a host shares (VLANs go on the VMs' adapters).
 */
export class HypervSwitches {
  /** Switch name per network and host. */
  private readonly names = new Map<NetworkNode, Map<string, string>>();
  private readonly external = new Map<string, LightNetworkSwitch>();

  /**
   * @param ctx the target's settings
   * @param iov the networks a NIC with SR-IOV is on: their switches are created with SR-IOV
   */
  constructor(private readonly ctx: HypervRenderContext, private readonly iov: ReadonlySet<NetworkNode>) {}

  /** The switch of a network on every host. */
  public render(network: NetworkNode): RenderedElement {
    const names = new Map<string, string>();
    const resources: { [role: string]: TerraformElement } = {};
    const ids: { [host: string]: string } = {};
    for (const host of this.ctx.hostNames) {
      const switch_ = this.switchOn(network, host);
      names.set(host, switch_.name);
      resources[switchRole(host)] = switch_;
      ids[host] = switch_.id;
    }
    this.names.set(network, names);
    const first = this.ctx.hostNames[0];
    return { main: resources[switchRole(first)], resources, attributes: { id: ids[first], ids } };
  }

  /** The name of a network's switch on a host, as a reference that orders a VM after the switch. */
  public nameOn(network: NetworkNode, host: string): string {
    return this.names.get(network)!.get(host)!;
  }

  private switchOn(network: NetworkNode, host: string): LightDataHypervNetworkSwitch | LightNetworkSwitch {
    const provider = this.ctx.providerFor(host);
    if (network.existing) {
      const existing = new LightDataHypervNetworkSwitch(network.scope, `Switch-${host}`, {
        provider,
        name: tfText(network.scope, 'network name', network.name),
      });
      this.ctx.nameAfter(existing, network.scope, host);
      return existing;
    }
    if (network.connectivity === NetworkConnectivity.BRIDGED) return this.externalSwitch(host, this.iov.has(network));
    // isolated or host-only (NAT was refused by the capability check)
    const switch_ = new LightNetworkSwitch(network.scope, `Switch-${host}`, {
      provider,
      name: tfText(network.scope, 'network name', network.name),
      switchType: network.connectivity === NetworkConnectivity.HOST_ONLY ? 'Internal' : 'Private',
      enableIov: this.iov.has(network) || undefined,
    });
    this.ctx.nameAfter(switch_, network.scope, host);
    return switch_;
  }

  /** One external switch per host serves every bridged network. */
  private externalSwitch(host: string, iov: boolean): LightNetworkSwitch {
    const { target } = this.ctx;
    const spec = this.ctx.externalSwitch!;
    let switch_ = this.external.get(host);
    if (switch_ === undefined) {
      switch_ = new LightNetworkSwitch(target, `ExternalSwitch-${host}`, {
        provider: this.ctx.providerFor(host),
        name: tfText(target, 'externalSwitch.name', spec.name),
        switchType: 'External',
        netAdapterNames: tfTexts(target, 'externalSwitch.adapters', spec.adapters),
        allowManagementOs: spec.allowManagementOs,
        enableEmbeddedTeaming: spec.adapters.length > 1 || undefined,
      });
      this.ctx.nameAfter(switch_, target, `external_${host}`);
      this.external.set(host, switch_);
    }
    // SR-IOV can only be switched on when a switch is created
    if (iov) switch_.enableIov = true;
    return switch_;
  }
}
