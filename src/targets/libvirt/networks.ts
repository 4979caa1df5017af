import { LibvirtRenderContext } from './context';
import { LightNetwork } from './light-resources';
import { NetworkNode, NicNode } from '../../model/design';
import { NetworkConnectivity, NicAdapter } from '../../model/network';
import { RenderedElement } from '../../model/target-contract';
import { numberToIpv4, parseCidr, subnetOf } from '../../model/validate';
import type { DomainDevicesInterfaces } from '../../providers/libvirt/domain';
import type { NetworkConfig } from '../../providers/libvirt/network';
import { lazyAttributes } from '../attributes';
import { tfText } from '../escaping';

/**
 * The networks of a design on every host: a `libvirt_network` per network and host (libvirt
 * networks live on one host), and the domain interfaces that attach NICs to them.
 */
export class LibvirtNetworks {
  /** The libvirt network name per network and host: a reference where the library creates the network. */
  private readonly names = new Map<NetworkNode, Map<string, string>>();

  constructor(private readonly ctx: LibvirtRenderContext) {}

  /**
   * Renders a network on every host. An existing network is attached by its name and nothing is
   * rendered for it: the provider has no data source that reads a network.
   */
  public render(network: NetworkNode): RenderedElement | undefined {
    const names = new Map<string, string>();
    this.names.set(network, names);
    if (network.existing) {
      for (const host of this.ctx.hostNames) names.set(host, tfText(network.scope, 'network name', network.name));
      return undefined;
    }
    const config = this.config(network);
    const resources: { [host: string]: LightNetwork } = {};
    for (const host of this.ctx.hostNames) {
      const resource = new LightNetwork(network.scope, `Network-${host}`, {
        provider: this.ctx.providerFor(host),
        name: tfText(network.scope, 'network name', network.name),
        autostart: true,
        ...config,
      });
      this.ctx.nameAfter(resource, network.scope, host);
      names.set(host, resource.name);
      resources[host] = resource;
    }
    const main = resources[this.ctx.hostNames[0]];
    return {
      main,
      resources,
      attributes: lazyAttributes({
        id: () => main.getStringAttribute('id'),
        ids: () => Object.fromEntries(Object.entries(resources).map(([host, resource]) => [host, resource.getStringAttribute('id')])),
      }),
    };
  }

  /** The domain interface of a NIC on its VM's host. */
  public interface(nic: NicNode, host: string): DomainDevicesInterfaces {
    return {
      source: { network: { network: this.names.get(nic.network)!.get(host)! } },
      model: { type: nic.adapter === NicAdapter.EMULATED ? 'e1000e' : 'virtio' },
      mac: nic.macAddress !== undefined ? { address: nic.macAddress } : undefined,
      // No MAC, IP or ARP spoofing by the guest. libvirt cannot filter Open vSwitch ports (the
      // domain would not start) nor knows what an existing network is: no filter there.
      filterRef: this.filterable(nic.network) ? { filter: 'clean-traffic' } : undefined,
    };
  }

  /** Forwarding, bridge and addresses of a network the library creates (checked in the check phase). */
  private config(network: NetworkNode): Partial<NetworkConfig> {
    if (network.connectivity === NetworkConnectivity.BRIDGED) {
      const bridge = this.ctx.bridge!;
      return {
        forward: { mode: 'bridge' },
        bridge: { name: tfText(this.ctx.target, 'bridge.name', bridge.name) },
        virtualPort: bridge.openvswitch ? { params: { openVSwitch: {} } } : undefined,
        vlan: network.vlanId !== undefined ? { tags: [{ id: network.vlanId }] } : undefined,
      };
    }
    return {
      forward: network.connectivity === NetworkConnectivity.NAT ? { mode: 'nat' } : undefined,
      ips: network.cidr !== undefined ? [dhcpSubnet(network)] : undefined,
    };
  }

  /** Whether libvirt's network filters work on the network's ports: a library network, not on Open vSwitch. */
  private filterable(network: NetworkNode): boolean {
    if (network.existing) return false;
    return network.connectivity !== NetworkConnectivity.BRIDGED || this.ctx.bridge?.openvswitch !== true;
  }
}

/** The host takes the first address of the subnet; DHCP hands out the upper half. */
function dhcpSubnet(network: NetworkNode): { address: string; prefix: number; dhcp: { ranges: Array<{ start: string; end: string }> } } {
  const { address, prefix } = parseCidr(network.scope, 'The network cidr', network.cidr!, 8, 30);
  const { network: base, size } = subnetOf(address, prefix);
  return {
    address: numberToIpv4(base + 1),
    prefix,
    dhcp: { ranges: [{ start: numberToIpv4(base + Math.max(2, size / 2)), end: numberToIpv4(base + size - 2) }] },
  };
}
