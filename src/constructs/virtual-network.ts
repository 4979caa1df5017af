import { Construct } from 'constructs';
import { Token } from '../core';
import type { HaCluster } from './ha-cluster';
import { targetOf } from './placement-scope';
import { exposeDefaultChild, stringAttribute } from './rendered';
import { copyProps } from '../model/copy';
import { NetworkNode } from '../model/design';
import { DesignError } from '../model/errors';
import { NetworkConnectivity, TrafficRole } from '../model/network';
import { DesignRegistry } from '../model/target-contract';
import { checkInteger, checkName, parseCidr } from '../model/validate';
import { Target } from '../targets/target';

/** Properties of a {@link VirtualNetwork}. */
export interface VirtualNetworkProps {
  /**
   * The target the network is rendered for.
   *
   * @default - the cluster's target
   */
  readonly target?: Target;

  /**
   * The cluster whose VMs use the network; the network is rendered for its target.
   *
   * @default - none: give the target
   */
  readonly cluster?: HaCluster;

  /**
   * Name of the network: the vSphere port group, the Hyper-V private switch or the libvirt
   * network. With `existing`, the name of the network to use.
   *
   * @default - the construct ID
   */
  readonly name?: string;

  /**
   * VLAN ID of the network's traffic (vSphere port group VLAN, Hyper-V adapter VLAN, libvirt Open
   * vSwitch tag).
   *
   * @default - untagged
   */
  readonly vlanId?: number;

  /**
   * What the network carries.
   *
   * @default TrafficRole.VM
   */
  readonly role?: TrafficRole;

  /**
   * How the network reaches beyond its hosts.
   *
   * @default NetworkConnectivity.BRIDGED
   */
  readonly connectivity?: NetworkConnectivity;

  /**
   * IPv4 subnet of a NAT or host-only network that the host serves (libvirt), as `a.b.c.d/p`.
   * The first address is the host's; DHCP hands out the upper half.
   *
   * @default - no host address and no DHCP
   */
  readonly cidr?: string;

  /**
   * Use the network of this name that exists already instead of creating one (vSphere network,
   * Hyper-V switch, libvirt network, looked up by name).
   *
   * @default false
   */
  readonly existing?: boolean;
}

/**
 * A network VMs attach to, rendered natively by each target: a vSphere port group, a Hyper-V
 * virtual switch (VLAN on the adapters) or a libvirt network.
 *
 * @example
 * const app = new VirtualNetwork(stack, 'app', { target, vlanId: 120 });
 */
export class VirtualNetwork extends Construct {
  /** Name of the network. */
  public readonly networkName: string;

  /** What the network carries. */
  public readonly role: TrafficRole;

  /** The target the network is rendered for. */
  public readonly target: Target;

  /** @internal */
  public readonly _node: NetworkNode;

  /**
   * @param scope the stack or a construct in it
   * @param id construct ID; with no `name`, also the network's name
   * @param props the network's design
   */
  constructor(scope: Construct, id: string, props: VirtualNetworkProps) {
    super(scope, id);
    // checked now, rendered at synth: later changes to the caller's arrays and objects must not reach it
    props = copyProps(props);
    const name = props.name ?? id;
    const existing = props.existing ?? false;
    if (existing) {
      // an existing network keeps the name its platform gave it (vSphere's default is "VM Network")
      if (Token.isUnresolved(name) || name.trim() === '' || /[\u0000-\u001f]/.test(name)) {
        throw new DesignError(this, { problem: 'The name of an existing network must be known and printable.', value: JSON.stringify(name) });
      }
    } else {
      checkName(this, 'network name', name);
    }
    if (props.vlanId !== undefined) checkInteger(this, 'The VLAN ID', props.vlanId, 1, 4094);
    const connectivity = props.connectivity ?? NetworkConnectivity.BRIDGED;
    if (props.cidr !== undefined) {
      parseCidr(this, 'The network cidr', props.cidr, 8, 30);
      if (connectivity === NetworkConnectivity.BRIDGED || connectivity === NetworkConnectivity.ISOLATED || existing) {
        throw new DesignError(this, {
          problem: 'A cidr is only used by NAT and host-only networks, which the host serves.',
          value: JSON.stringify(props.cidr),
          fix: connectivity === NetworkConnectivity.ISOLATED
            ? 'remove cidr (an isolated network has no host on it), or use NetworkConnectivity.HOST_ONLY'
            : 'remove cidr: the network gets its addresses from the physical network',
        });
      }
    }
    if (existing && (props.vlanId !== undefined || props.connectivity !== undefined)) {
      throw new DesignError(this, {
        problem: 'An existing network is used as it is; its VLAN and connectivity cannot be set here.',
        value: `existing: true with ${props.vlanId !== undefined ? 'vlanId' : 'connectivity'}`,
        fix: 'remove vlanId and connectivity, or let the library create the network (existing: false)',
      });
    }
    this.networkName = name;
    this.role = props.role ?? TrafficRole.VM;
    this.target = targetOf(this, props.target, props.cluster);
    this._node = {
      scope: this,
      name,
      role: this.role,
      connectivity,
      vlanId: props.vlanId,
      cidr: props.cidr,
      existing,
    };
    DesignRegistry.of(this.target).addNetwork(this._node);
    exposeDefaultChild(this, this.target, this._node);
  }

  /**
   * The network's ID on its platform, as the rendered resource has it (vSphere: the port group's or
   * network's managed object ID; Hyper-V: the first host's switch; libvirt: the first host's
   * network). A token: usable before synth.
   */
  public get id(): string {
    return stringAttribute(this, this.target, this._node, 'id');
  }
}
