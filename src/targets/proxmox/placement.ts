import { ProxmoxRenderContext } from './context';
import { ClusterNode, VmNode } from '../../model/design';
import { DesignError } from '../../model/errors';
import { AliasPlacement } from '../alias-placement';
import { reportText } from '../escaping';
import { Design } from '../protocol';

/**
 * Where the VMs of a design run on Proxmox VE: the library places each cluster's VMs on its
 * nodes (lock file) as their initial `node_name`; the HA manager recovers them elsewhere when a
 * node fails, within the HA rules. A VM whose placement changes is migrated (`migrate = true`).
 */
export function placeVms(design: Design, ctx: ProxmoxRenderContext): AliasPlacement {
  return new AliasPlacement(design, {
    vendor: 'proxmox',
    hostNames: ctx.nodes,
    lock: ctx.lock,
    checkCluster: (cluster) => checkCluster(cluster, ctx),
    notes: (cluster, placed) => [
      'Failover: Proxmox VE HA restarts a failed node\'s VMs on the other nodes, within the HA rules; the next apply migrates them back to the nodes above.',
      ...moves(cluster, placed),
    ],
  });
}

/**
 * A cluster's hosts must be the target's nodes, all of them: the HA manager recovers a VM on any
 * node of the Proxmox VE cluster its rules allow, so a cluster of fewer hosts would not hold.
 */
function checkCluster(cluster: ClusterNode, ctx: ProxmoxRenderContext): void {
  const unknown = cluster.hosts.filter((h) => !ctx.nodes.includes(h));
  if (unknown.length > 0) {
    throw new DesignError(cluster.scope, {
      problem: `The cluster's hosts ${unknown.map((h) => JSON.stringify(h)).join(', ')} are not nodes of the target.`,
      value: JSON.stringify(cluster.hosts),
      allowed: ctx.nodes.map((n) => JSON.stringify(n)).join(', '),
      fix: 'name the cluster\'s hosts as the target\'s nodes',
    });
  }
  const missing = ctx.nodes.filter((n) => !cluster.hosts.includes(n));
  if (missing.length > 0) {
    throw new DesignError(cluster.scope, {
      problem: `Proxmox VE HA recovers VMs on any node of the cluster, and the cluster leaves out nodes ${missing.map((h) => JSON.stringify(h)).join(', ')}.`,
      value: JSON.stringify(cluster.hosts),
      allowed: `every node of the target: ${ctx.nodes.map((n) => JSON.stringify(n)).join(', ')}`,
      fix: 'give the cluster every node of the target, or make another ProxmoxTarget for another Proxmox VE cluster',
    });
  }
}

/**
 * The report's lines on the VMs this placement moves from the node the lock had them on: each is
 * migrated live at apply (`migrate = true`), not re-created. The lock keeps placed VMs where they
 * are, so VMs move only when the cluster asks to rebalance, or a rule or node change forces it.
 */
function moves(
  cluster: ClusterNode,
  placed: { readonly hostOf: ReadonlyMap<VmNode, string>; readonly previous: ReadonlyMap<string, string> },
): string[] {
  const moved = [...placed.hostOf].filter(([vm, node]) => placed.previous.has(vm.name) && placed.previous.get(vm.name) !== node);
  if (moved.length === 0) return [`Moves: none; every VM of cluster ${reportText(cluster.name)} placed before stays on its node.`];
  return [
    `Moves: ${moved.length} VM${moved.length === 1 ? '' : 's'} change node, each migrated live at apply (migrate = true):`,
    ...moved.map(([vm, node]) => `  ${reportText(vm.name)}: ${reportText(placed.previous.get(vm.name)!)} -> ${reportText(node)}`),
  ];
}
