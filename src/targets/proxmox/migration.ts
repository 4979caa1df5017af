import { ProxmoxRenderContext } from './context';
import { TerraformElement, TerraformResource } from '../../core';
import { ClusterNode, MigrationNode, NetworkNode } from '../../model/design';
import { DesignError } from '../../model/errors';
import { RenderedElement } from '../../model/target-contract';
import { numberToIpv4, parseCidr, subnetOf } from '../../model/validate';
import { ClusterOptions } from '../../providers/proxmox/cluster-options';
import { NetworkLinuxVlan } from '../../providers/proxmox/network-linux-vlan';
import { tfText } from '../escaping';

/*
 * Live migration on Proxmox VE. The migration network is a datacenter option of the whole Proxmox
 * VE cluster (`migration: secure,network=<CIDR>` in datacenter.cfg): every node migrates over its
 * one address in that subnet. The target renders it as one `proxmox_cluster_options` for all its
 * HA clusters, which must agree on it. The nodes' migration addresses, where the design gives
 * them, are a VLAN interface `<bridge>.<vlan>` on each node (`proxmox_network_linux_vlan`).
 */

/**
 * A Linux VLAN interface of a node as Proxmox VE's `pve-iface` format takes it: a letter, then 1 to
 * 20 letters, digits or underscores, then `.<vlan>`; Linux allows 15 characters in all.
 */
const VLAN_INTERFACE = /^[A-Za-z][A-Za-z0-9_]{1,20}\.\d+$/;

/** The migration settings the target rendered, and the cluster that first gave them. */
interface Rendered {
  readonly cluster: ClusterNode;
  readonly cidr: string;
  readonly network?: NetworkNode;
  readonly options: ClusterOptions;
}

/** The migration settings of one target's rendering. */
export class ProxmoxMigration {
  private rendered?: Rendered;
  /** The migration interface of each node, with its address and the cluster that gave it. */
  private readonly interfaces = new Map<string, { readonly resource: NetworkLinuxVlan; readonly address: string; readonly cluster: ClusterNode }>();

  constructor(private readonly ctx: ProxmoxRenderContext) {}

  /**
   * Renders a cluster's migration settings: the cluster options (shared by every cluster of the
   * target) and the nodes' migration interfaces; undefined for a cluster without a migration
   * network or subnet.
   *
   * @param cluster the cluster
   * @param sdn the SDN applier, if the target has vnets: a node reloads its network configuration
   *   for a new interface, and ifupdown2 runs one reload at a time, so the interfaces wait for it
   */
  public render(cluster: ClusterNode, sdn: TerraformResource | undefined): RenderedElement | undefined {
    const migration = cluster.migration;
    if (migration === undefined || (migration.network === undefined && migration.subnet === undefined)) return undefined;
    const options = this.options(cluster, migration);
    const resources: { [role: string]: TerraformElement } = { clusterOptions: options };
    if (migration.hostAddresses !== undefined) {
      const name = this.interfaceName(cluster, migration.network!);
      for (const host of cluster.hosts) resources[`migration-${host}`] = this.hostInterface(cluster, host, name, migration.hostAddresses[host], sdn);
    }
    return { main: options, resources, attributes: {} };
  }

  /** The target's cluster options, created for the first cluster with migration settings; later clusters must give the same. */
  private options(cluster: ClusterNode, migration: MigrationNode): ClusterOptions {
    if (migration.gateway !== undefined) {
      throw new DesignError(cluster.scope, {
        problem: 'Proxmox VE gives a node one default gateway, on its management interface, and refuses a second one on the migration interface.',
        value: JSON.stringify(migration.gateway),
        fix: 'leave migration.gateway out: Proxmox VE migrates within the migration subnet, where every node has its address',
      });
    }
    const cidr = migrationCidr(cluster, migration);
    const rendered = this.rendered;
    if (rendered !== undefined) {
      if (rendered.cidr !== cidr || rendered.network !== migration.network) {
        throw new DesignError(cluster.scope, {
          problem: `Clusters ${rendered.cluster.scope.node.path} and ${cluster.scope.node.path} give different migration settings; Proxmox VE `
            + 'has one migration network for the whole cluster (a datacenter option).',
          value: `${describe(rendered.cidr, rendered.network)} and ${describe(cidr, migration.network)}`,
          fix: 'give every cluster of the target the same migration network and subnet, or leave them out on all but one',
        });
      }
      return rendered.options;
    }
    const ctx = this.ctx;
    const options = new ClusterOptions(ctx.target, 'cluster-options', {
      provider: ctx.provider,
      migrationCidr: cidr,
      migrationType: 'secure',
    });
    ctx.nameAfter(options, ctx.target, 'cluster_options');
    this.rendered = { cluster, cidr, network: migration.network, options };
    return options;
  }

  /** The name of the nodes' migration interface: `<bridge>.<vlan>` of the migration network. */
  private interfaceName(cluster: ClusterNode, network: NetworkNode): string {
    if (network.existing || network.vlanId === undefined) {
      throw new DesignError(cluster.scope, {
        problem: 'The nodes\' migration addresses are VLAN interfaces <bridge>.<vlan> on the target\'s bridge, in the migration network\'s VLAN; '
          + `the migration network ${network.scope.node.path} ${network.existing ? 'is an existing network' : 'has no VLAN'}.`,
        value: JSON.stringify(network.name),
        fix: network.existing
          ? 'let the library create the migration network with a vlanId, or leave migration.hostAddresses out and give the nodes their addresses yourself'
          : 'give the migration network a vlanId, or leave migration.hostAddresses out and give the nodes their addresses yourself',
      });
    }
    const name = `${this.ctx.bridge}.${network.vlanId}`;
    if (!VLAN_INTERFACE.test(name) || name.length > 15) {
      throw new DesignError(cluster.scope, {
        problem: `The nodes' migration interface would be ${name}, which is no Linux VLAN interface name Proxmox VE takes.`,
        value: JSON.stringify(name),
        allowed: 'a bridge of a letter, then letters, digits or underscores, with ".<vlan>" 15 characters at most, e.g. "vmbr0.20"',
        fix: 'give the target a bridge whose name is letters, digits and underscores, or leave migration.hostAddresses out',
      });
    }
    return name;
  }

  /** The migration interface of a node: one per node, whichever clusters it is in. */
  private hostInterface(cluster: ClusterNode, host: string, name: string, address: string, sdn: TerraformResource | undefined): NetworkLinuxVlan {
    const taken = this.interfaces.get(host);
    if (taken !== undefined) {
      if (taken.address !== address) {
        throw new DesignError(cluster.scope, {
          problem: `Clusters ${taken.cluster.scope.node.path} and ${cluster.scope.node.path} give node ${host} different migration addresses; `
            + 'a node has one.',
          value: `${taken.address} and ${address}`,
          fix: 'give the node the same migration address in both clusters',
        });
      }
      return taken.resource;
    }
    const resource = new NetworkLinuxVlan(cluster.scope, `MigrationInterface-${host}`, {
      provider: this.ctx.provider,
      nodeName: tfText(cluster.scope, 'host name', host),
      name,
      address,
      dependsOn: sdn === undefined ? undefined : [sdn],
    });
    this.ctx.nameAfter(resource, cluster.scope, `migration_${host}`);
    this.interfaces.set(host, { resource, address, cluster });
    return resource;
  }
}

/**
 * The migration network as `migration_cidr` takes it: the migration subnet, or the subnet of the
 * nodes' migration addresses, as its network address and prefix.
 */
function migrationCidr(cluster: ClusterNode, migration: MigrationNode): string {
  const hosts = migration.hostAddresses === undefined ? [] : Object.values(migration.hostAddresses);
  const given = migration.subnet ?? hosts[0];
  if (given === undefined) {
    throw new DesignError(cluster.scope, {
      problem: 'Proxmox VE finds each node\'s migration address by the migration network\'s subnet (datacenter.cfg `migration: network=<CIDR>`); '
        + 'the cluster gives neither migration.subnet nor the nodes\' migration addresses.',
      fix: 'give migration.subnet, the subnet in which every node has one address, e.g. "10.0.20.0/24"',
    });
  }
  const { address, prefix } = parseCidr(cluster.scope, 'The migration subnet', given, 8, 30);
  return `${numberToIpv4(subnetOf(address, prefix).network)}/${prefix}`;
}

function describe(cidr: string, network: NetworkNode | undefined): string {
  return network === undefined ? cidr : `${cidr} on ${network.scope.node.path}`;
}
