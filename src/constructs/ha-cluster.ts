import { Construct } from 'constructs';
import { exposeDefaultChild } from './rendered';
import { VirtualNetwork } from './virtual-network';
import { DrsAutomation, HostCapacity, IsolationResponse, RestartPriority, VmMonitoring } from '../model/cluster';
import { copyProps } from '../model/copy';
import { ClusterNode } from '../model/design';
import { DesignError } from '../model/errors';
import { TrafficRole } from '../model/network';
import { DesignRegistry, ITarget } from '../model/target-contract';
import { checkInteger, checkIpv4, checkName, inOneSubnet, ipv4ToNumber, parseCidr, wholeUnits } from '../model/validate';

/** The live-migration settings of a cluster. */
export interface ClusterMigration {
  /**
   * The network live migration uses; its role must be `TrafficRole.LIVE_MIGRATION`.
   *
   * @default - the hypervisor's choice
   */
  readonly network?: VirtualNetwork;

  /**
   * IPv4 subnet of the migration network (`a.b.c.d/p`); Hyper-V restricts migration to it.
   *
   * @default - none
   */
  readonly subnet?: string;

  /**
   * Give VMs a CPU that every host generation of the cluster offers, so they can move between
   * them (Hyper-V processor compatibility, libvirt migratable host-model CPU).
   *
   * @default false
   */
  readonly cpuCompatibility?: boolean;

  /**
   * A static address of each host on the migration network (`a.b.c.d/p`), by host name: a
   * vMotion VMkernel adapter per host on vSphere. Needs the migration `network`; every host of
   * the cluster has one, each in the migration `subnet` when one is given.
   *
   * @default - the hosts take their addresses by DHCP
   */
  readonly hostAddresses?: { [host: string]: string };

  /**
   * The gateway of the hosts' migration addresses.
   *
   * @default - none: the migration network is routed by the hosts' default gateway
   */
  readonly gateway?: string;
}

/** Properties of an {@link HaCluster}. */
export interface HaClusterProps {
  /** The target the cluster is rendered for. */
  readonly target: ITarget;

  /**
   * Name of the cluster (the vSphere compute cluster).
   *
   * @default - the construct ID
   */
  readonly name?: string;

  /**
   * The cluster's hosts: ESXi host names in the vSphere datacenter, or host names of a Hyper-V or
   * libvirt target.
   */
  readonly hosts: string[];

  /**
   * How many hosts may fail with every VM still fitting on the others (admission control).
   *
   * @default 1
   */
  readonly hostFailuresToTolerate?: number;

  /**
   * What each host offers to VMs; the library places VMs with it where no cluster scheduler does
   * (Hyper-V, libvirt), and checks admission control with it everywhere.
   *
   * @default - none: required on Hyper-V and libvirt
   */
  readonly hostCapacity?: HostCapacity;

  /**
   * vCPUs per physical core the placement allows.
   *
   * @default 4
   */
  readonly cpuOvercommit?: number;

  /**
   * Memory given out per memory installed; 1 is none.
   *
   * @default 1
   */
  readonly memoryOvercommit?: number;

  /**
   * Default HA restart priority of the cluster's VMs.
   *
   * @default - the platform's default (medium)
   */
  readonly restartPriority?: RestartPriority;

  /**
   * What hosts do with their VMs when isolated.
   *
   * @default - the platform's default
   */
  readonly isolationResponse?: IsolationResponse;

  /**
   * HA monitoring of guests.
   *
   * @default - the platform's default
   */
  readonly vmMonitoring?: VmMonitoring;

  /**
   * How far the cluster's scheduler moves VMs on its own.
   *
   * @default - the platform's default
   */
  readonly drsAutomation?: DrsAutomation;

  /**
   * Live-migration settings.
   *
   * @default - none
   */
  readonly migration?: ClusterMigration;

  /**
   * Adopt the existing vSphere cluster of this name instead of creating it; only what this
   * design adds (VMs, overrides, rules) is managed. Hyper-V and libvirt targets refuse it: the
   * library creates no cluster there.
   *
   * @default false
   */
  readonly existing?: boolean;

  /**
   * Place every VM anew, ignoring the placement lock (Hyper-V, libvirt). A VM that moves to
   * another host is destroyed and recreated.
   *
   * @default false
   */
  readonly rebalance?: boolean;

  /**
   * Acknowledge that nothing restarts the cluster's VMs on another host when a host dies, where
   * the platform has no failover (libvirt; Hyper-V without a failover cluster).
   *
   * @default false: such a cluster fails until acknowledged
   */
  readonly acknowledgeNoHostFailover?: boolean;
}

/**
 * A high-availability cluster: hosts that run the design's VMs, with room left for host
 * failures, HA restart and DRS placement rules.
 *
 * vSphere: a `vsphere_compute_cluster` with its `ha_*` and `drs_*` settings (or an existing one,
 * adopted). Hyper-V and libvirt: the library places the VMs over the hosts' provider aliases,
 * keeping room for the tolerated host failures and every rule, and keeps that placement in a
 * lock file; on a Windows failover cluster each VM also becomes a clustered role.
 *
 * @example
 * const cluster = new HaCluster(stack, 'prod', {
 *   target,
 *   hosts: ['hv1', 'hv2', 'hv3'],
 *   hostFailuresToTolerate: 1,
 *   hostCapacity: { cpuCores: 32, memory: Size.gibibytes(256) },
 * });
 */
export class HaCluster extends Construct {
  /** The target the cluster is rendered for. */
  public readonly target: ITarget;

  /** Name of the cluster. */
  public readonly clusterName: string;

  /** The cluster's hosts (a copy: changing it changes nothing). */
  public get hosts(): string[] {
    return [...this._node.hosts];
  }

  /** @internal */
  public readonly _node: ClusterNode;

  /**
   * @param scope the stack or a construct in it
   * @param id construct ID; with no `name`, also the cluster's name
   * @param props the cluster's design
   */
  constructor(scope: Construct, id: string, props: HaClusterProps) {
    super(scope, id);
    // checked now, rendered at synth: later changes to the caller's arrays and objects must not reach it
    props = copyProps(props);
    const name = props.name ?? id;
    checkName(this, 'cluster name', name);
    if (props.hosts.length === 0) {
      throw new DesignError(this, { problem: 'The cluster has no hosts.', value: '[]', fix: 'list the hosts of the cluster' });
    }
    const duplicate = props.hosts.find((h, i) => props.hosts.findIndex((o) => o.toLowerCase() === h.toLowerCase()) !== i);
    if (duplicate !== undefined) {
      throw new DesignError(this, { problem: `Host "${duplicate}" is listed twice.`, value: JSON.stringify(props.hosts) });
    }
    const k = props.hostFailuresToTolerate ?? 1;
    checkInteger(this, 'The number of host failures to tolerate', k, 0, 31);
    if (k >= props.hosts.length) {
      throw new DesignError(this, {
        problem: `Tolerating ${k} host failure${k === 1 ? '' : 's'} needs at least ${k + 1} hosts, and the cluster has ${props.hosts.length}.`,
        value: `hostFailuresToTolerate: ${k}`,
        allowed: `0 to ${props.hosts.length - 1}`,
        fix: 'add hosts, or tolerate fewer failures',
      });
    }
    const cpuOvercommit = props.cpuOvercommit ?? 4;
    const memoryOvercommit = props.memoryOvercommit ?? 1;
    for (const [what, value] of [['CPU overcommit', cpuOvercommit], ['memory overcommit', memoryOvercommit]] as const) {
      if (!(value > 0 && value <= 32)) {
        throw new DesignError(this, { problem: `The ${what} is out of range.`, value: String(value), allowed: 'a number above 0, at most 32' });
      }
    }
    const capacity = props.hostCapacity;
    if (capacity !== undefined) checkInteger(this, 'The CPU cores of a host', capacity.cpuCores, 1, 4096);
    const migration = props.migration;
    if (migration?.network !== undefined) {
      if (migration.network.role !== TrafficRole.LIVE_MIGRATION) {
        throw new DesignError(this, {
          problem: `The migration network ${migration.network.node.path} carries ${migration.network.role} traffic; live migration wants a network of its own.`,
          fix: 'give the migration network role: TrafficRole.LIVE_MIGRATION',
        });
      }
      if (migration.network.target !== props.target) {
        throw new DesignError(this, { problem: 'The migration network belongs to another target.' });
      }
    }
    if (migration?.subnet !== undefined) parseCidr(this, 'The migration subnet', migration.subnet, 8, 30);
    const hostAddresses = this.checkHostAddresses(props);

    this.target = props.target;
    this.clusterName = name;
    this._node = {
      scope: this,
      name,
      hosts: [...props.hosts],
      hostFailuresToTolerate: k,
      restartPriority: props.restartPriority,
      isolationResponse: props.isolationResponse,
      vmMonitoring: props.vmMonitoring,
      drsAutomation: props.drsAutomation,
      existing: props.existing ?? false,
      hostCapacity: capacity && { cpuCores: capacity.cpuCores, memoryMib: wholeUnits(this, 'The memory of a host', capacity.memory, 'MiB') },
      cpuOvercommit,
      memoryOvercommit,
      rebalance: props.rebalance ?? false,
      acknowledgeNoHostFailover: props.acknowledgeNoHostFailover ?? false,
      migration: migration && {
        network: migration.network?._node,
        subnet: migration.subnet,
        cpuCompatibility: migration.cpuCompatibility ?? false,
        hostAddresses,
        gateway: migration.gateway,
      },
    };
    DesignRegistry.of(props.target).addCluster(this._node);
    exposeDefaultChild(this, props.target, this._node);
  }

  /** The hosts' migration addresses: one per host of the cluster, on the migration network, distinct, in its subnet. */
  private checkHostAddresses(props: HaClusterProps): { [host: string]: string } | undefined {
    const migration = props.migration;
    if (migration?.gateway !== undefined) checkIpv4(this, 'The migration gateway', migration.gateway);
    const given = migration?.hostAddresses;
    if (given === undefined) {
      if (migration?.gateway !== undefined) {
        throw new DesignError(this, { problem: 'The migration gateway is given without host addresses.', fix: 'give migration.hostAddresses, or leave the gateway out' });
      }
      return undefined;
    }
    if (migration!.network === undefined) {
      throw new DesignError(this, {
        problem: 'The hosts\' migration addresses need the migration network they are on.',
        fix: 'give migration.network (a VirtualNetwork with role TrafficRole.LIVE_MIGRATION)',
      });
    }
    const subnet = migration!.subnet === undefined ? undefined : parseCidr(this, 'The migration subnet', migration!.subnet, 8, 30);
    const hosts = Object.keys(given);
    const missing = props.hosts.filter((h) => !hosts.includes(h));
    const strangers = hosts.filter((h) => !props.hosts.includes(h));
    if (missing.length > 0 || strangers.length > 0) {
      throw new DesignError(this, {
        problem: 'The migration addresses must name every host of the cluster, and only them.',
        value: [...missing.map((h) => `missing ${JSON.stringify(h)}`), ...strangers.map((h) => `not a host of the cluster: ${JSON.stringify(h)}`)].join('; '),
        allowed: props.hosts.map((h) => JSON.stringify(h)).join(', '),
      });
    }
    const seen = new Map<string, string>();
    const addresses: { [host: string]: string } = {};
    // the hosts share one subnet: the migration subnet, or the first host's
    let shared = subnet;
    for (const host of props.hosts) {
      const { address, prefix } = parseCidr(this, `The migration address of host ${host}`, given[host], 8, 30);
      const other = seen.get(address);
      if (other !== undefined) {
        throw new DesignError(this, { problem: `Hosts ${other} and ${host} have the same migration address.`, value: address });
      }
      seen.set(address, host);
      const value = ipv4ToNumber(address);
      const size = 2 ** (32 - prefix);
      if (value % size === 0 || value % size === size - 1) {
        throw new DesignError(this, {
          problem: `The migration address of host ${host} is its subnet's ${value % size === 0 ? 'network' : 'broadcast'} address.`,
          value: given[host],
          allowed: 'an address between them',
        });
      }
      shared ??= { address, prefix };
      if (prefix !== shared.prefix || !inOneSubnet(address, shared.address, prefix)) {
        throw new DesignError(this, {
          problem: subnet !== undefined
            ? `The migration address of host ${host} is not in the migration subnet.`
            : `The migration address of host ${host} is not in the subnet of the other hosts' addresses; the hosts migrate over one subnet.`,
          value: given[host],
          allowed: subnet !== undefined ? `an address in ${migration!.subnet} with prefix /${subnet.prefix}` : `an address in ${shared.address}/${shared.prefix}`,
        });
      }
      addresses[host] = given[host];
    }
    const gateway = migration!.gateway;
    if (gateway !== undefined && shared !== undefined) {
      if (!inOneSubnet(gateway, shared.address, shared.prefix) || seen.has(gateway)) {
        throw new DesignError(this, {
          problem: seen.has(gateway)
            ? `The migration gateway is the migration address of host ${seen.get(gateway)}.`
            : 'The migration gateway is not in the subnet of the hosts\' migration addresses.',
          value: gateway,
          allowed: `an address in ${shared.address}/${shared.prefix} that is no host's`,
        });
      }
    }
    return addresses;
  }
}


