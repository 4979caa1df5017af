import { lazyAttributes } from '../attributes';
import { HypervRenderContext } from './context';
import { LightDataHypervNetworkSwitch, LightNetworkSwitch } from './light-resources';
import { ADAPTER_FIX, EXISTING_SWITCH_FIX, EXTERNAL_SWITCH_FIX, providerText, providerTexts } from './provider-text';
import { NetworkNode } from '../../model/design';
import { NetworkConnectivity } from '../../model/network';
import { RenderedElement } from '../../model/target-contract';

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
  /** The switch of each network on each host. */
  private readonly switches = new Map<NetworkNode, Map<string, LightDataHypervNetworkSwitch | LightNetworkSwitch>>();
  /** The name of each switch a VM's adapter is on, as a reference made once. */
  private readonly names = new Map<LightDataHypervNetworkSwitch | LightNetworkSwitch, string>();
  private readonly external = new Map<string, LightNetworkSwitch>();

  /**
   * @param ctx the target's settings
   * @param iov the networks a NIC with SR-IOV is on: their switches are created with SR-IOV
   */
  constructor(private readonly ctx: HypervRenderContext, private readonly iov: ReadonlySet<NetworkNode>) {}

  /** The switch of a network on every host. */
  public render(network: NetworkNode): RenderedElement {
    const switches = new Map<string, LightDataHypervNetworkSwitch | LightNetworkSwitch>();
    const resources: { [role: string]: LightDataHypervNetworkSwitch | LightNetworkSwitch } = {};
    for (const host of this.ctx.hostNames) {
      const switch_ = this.switchOn(network, host);
      switches.set(host, switch_);
      resources[switchRole(host)] = switch_;
    }
    this.switches.set(network, switches);
    const main = resources[switchRole(this.ctx.hostNames[0])];
    return {
      main,
      resources,
      attributes: lazyAttributes({
        id: () => main.id,
        ids: () => Object.fromEntries(this.ctx.hostNames.map((host) => [host, resources[switchRole(host)].id])),
      }),
    };
  }

  /** The name of a network's switch on a host, as a reference that orders a VM after the switch. */
  public nameOn(network: NetworkNode, host: string): string {
    const switch_ = this.switches.get(network)!.get(host)!;
    let name = this.names.get(switch_);
    if (name === undefined) {
      name = switch_.name;
      this.names.set(switch_, name);
    }
    return name;
  }

  private switchOn(network: NetworkNode, host: string): LightDataHypervNetworkSwitch | LightNetworkSwitch {
    const provider = this.ctx.providerFor(host);
    if (network.existing) {
      const existing = new LightDataHypervNetworkSwitch(network.scope, `Switch-${host}`, {
        provider,
        name: providerText(network.scope, 'name of the existing network', network.name, EXISTING_SWITCH_FIX),
      });
      this.ctx.nameAfter(existing, network.scope, host);
      return existing;
    }
    if (network.connectivity === NetworkConnectivity.BRIDGED) return this.externalSwitch(host, this.iov.has(network));
    // isolated or host-only (NAT was refused by the capability check)
    const switch_ = new LightNetworkSwitch(network.scope, `Switch-${host}`, {
      provider,
      name: providerText(network.scope, 'network name', network.name),
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
        name: providerText(target, 'externalSwitch.name', spec.name, EXTERNAL_SWITCH_FIX),
        switchType: 'External',
        netAdapterNames: providerTexts(target, 'externalSwitch.adapters', spec.adapters, ADAPTER_FIX),
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
