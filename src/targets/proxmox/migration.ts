import { ProxmoxRenderContext } from './context';
import { TerraformResource } from '../../core';
import { ClusterNode } from '../../model/design';
import { DesignError } from '../../model/errors';
import { RenderedElement } from '../../model/target-contract';
import { ClusterOptions } from '../../providers/proxmox/cluster-options';
import { NetworkLinuxVlan } from '../../providers/proxmox/network-linux-vlan';

/*
 * A cluster's live-migration network as Proxmox VE's datacenter options: `migration_cidr` (the
 * network the nodes migrate over, found by each node's address in it) and `migration_type =
 * "secure"` (through SSH). `proxmox_cluster_options` is one resource per Proxmox VE cluster, so one
 * target renders it once, and it manages only these two options of the datacenter's.
 */

/** The migration settings of the design's clusters: one subnet for the whole Proxmox VE cluster. */
export function checkMigration(ctx: ProxmoxRenderContext, clusters: readonly ClusterNode[]): void {
  const withNetwork = clusters.filter((c) => c.migration?.network !== undefined);
  for (const cluster of withNetwork) {
    if (cluster.migration!.subnet === undefined) {
      throw new DesignError(cluster.scope, {
        problem: 'Proxmox VE finds its migration network by subnet (`migration_cidr`), and the cluster gives none.',
        fix: 'give the migration subnet: migration: { network, subnet: \'10.0.20.0/24\' }',
      });
    }
  }
  for (const cluster of clusters.filter((c) => c.migration?.hostAddresses !== undefined)) {
    const migration = cluster.migration!;
    if (migration.network?.vlanId === undefined) {
      throw new DesignError(cluster.scope, {
        problem: 'The nodes\' migration addresses go on a VLAN interface of the target\'s bridge, and the migration network has no VLAN.',
        fix: 'give the migration network a vlanId, or leave hostAddresses out and address the nodes yourself',
      });
    }
    if (migration.gateway !== undefined) {
      throw new DesignError(cluster.scope, {
        problem: 'A Proxmox VE node has one default gateway; a gateway on its migration interface would replace it.',
        value: JSON.stringify(migration.gateway),
        fix: 'leave the migration gateway out: the nodes migrate within the migration subnet',
      });
    }
  }
  const subnets = new Set(withNetwork.map((c) => c.migration!.subnet));
  if (subnets.size > 1) {
    throw new DesignError(withNetwork[1].scope, {
      problem: 'Proxmox VE has one migration network per cluster, and two clusters of the target give different ones.',
      value: JSON.stringify([...subnets]),
      fix: 'give every cluster of the target the same migration network and subnet',
    });
  }
  void ctx;
}

/** The datacenter options of a cluster with a migration network; undefined when it has none or another cluster rendered them. */
export function renderMigration(
  ctx: ProxmoxRenderContext, cluster: ClusterNode, rendered: { options?: TerraformResource },
): RenderedElement | undefined {
  const migration = cluster.migration;
  if (migration?.network === undefined) return undefined;
  if (rendered.options === undefined) {
    rendered.options = new ClusterOptions(ctx.target, 'cluster-options', {
      provider: ctx.provider,
      migrationCidr: migration.subnet!,
      migrationType: 'secure',
    });
    ctx.nameAfter(rendered.options, ctx.target, 'cluster');
  }
  const resources: { [role: string]: TerraformResource } = { clusterOptions: rendered.options };
  for (const [node, address] of Object.entries(migration.hostAddresses ?? {})) {
    const vlan = new NetworkLinuxVlan(cluster.scope, `migration-${node}`, {
      provider: ctx.provider,
      nodeName: node,
      name: `${ctx.bridge}.${migration.network.vlanId}`,
      address,
      comment: 'Live migration',
    });
    ctx.nameAfter(vlan, cluster.scope, `migration_${node}`);
    resources[`migration-${node}`] = vlan;
  }
  return { main: rendered.options, resources, attributes: {} };
}
