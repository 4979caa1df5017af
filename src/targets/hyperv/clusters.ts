import { checkCluster, checkMigrationNetwork } from './checks';
import { HypervRenderContext } from './context';
import { LightMachineInstance } from './light-resources';
import { clusterRoleScript, migrationNetworkScript, remoteScript } from './powershell';
import { ScriptResource } from './script-resource';
import { machineIdOf } from './vms';
import { TerraformElement } from '../../core';
import { RestartPriority } from '../../model/cluster';
import { ClusterNode, VmNode } from '../../model/design';
import { RenderedElement } from '../../model/target-contract';
import { AliasPlacement } from '../alias-placement';
import { reportText, tfText } from '../escaping';
import { Design } from '../protocol';

/** Places the VMs of each cluster on its hosts, after Hyper-V's checks of the cluster. */
export function placeClusters(ctx: HypervRenderContext, design: Design): AliasPlacement {
  return new AliasPlacement(design, {
    vendor: 'Hyper-V',
    hostNames: ctx.hostNames,
    lock: ctx.lock,
    checkCluster: (cluster) => checkCluster(ctx, cluster, design.membersOf(cluster)),
    notes: () => [ctx.failoverCluster !== undefined
      ? `Failover: the VMs are roles of failover cluster ${reportText(ctx.failoverCluster.name)}; `
        + 'after a failover, move a role back to its host before terraform apply.'
      : 'Failover: none. The hosts stand alone; a failed host\'s VMs stay down until it returns (acknowledged).'],
  });
}

/**
 * Live migration of a cluster only over its migration network's subnet, set on every host by
 * PowerShell (resources `migration_<host>`); nothing for a cluster without a migration network.
 */
export function renderMigrationNetwork(ctx: HypervRenderContext, cluster: ClusterNode): RenderedElement | undefined {
  if (cluster.migration?.network === undefined) return undefined;
  const subnet = checkMigrationNetwork(ctx.remoteShell, cluster);
  const script = migrationNetworkScript(cluster.name, subnet, cluster.scope);
  const resources: { [role: string]: TerraformElement } = {};
  for (const host of cluster.hosts) {
    const resource = remoteScript({
      scope: cluster.scope,
      id: `Migration-${host}`,
      triggers: { subnet: tfText(cluster.scope, 'migration.subnet', subnet) },
      connection: ctx.remoteShell!.connectionFor(host),
      fileName: `migration-${cluster.name}`,
      script,
    });
    ctx.nameAfter(resource, cluster.scope, `migration_${host}`);
    resources[`migration_${host}`] = resource;
  }
  return { main: resources[`migration_${cluster.hosts[0]}`], resources, attributes: {} };
}

/** Failover-cluster group priorities: High 3000, Medium 2000, Low 1000. */
const CLUSTER_PRIORITY: Record<RestartPriority, number> = {
  [RestartPriority.LOWEST]: 1000,
  [RestartPriority.LOW]: 1000,
  [RestartPriority.MEDIUM]: 2000,
  [RestartPriority.HIGH]: 3000,
  [RestartPriority.HIGHEST]: 3000,
};

/**
 * A VM of a cluster as a role of the hosts' failover cluster, with its restart priority and the
 * anti-affinity classes of its cluster's rule groups that keep it apart; nothing without a failover
 * cluster. The script runs after the VM's security script, which stops and starts the VM.
 */
export function renderClusterRole(
  ctx: HypervRenderContext, design: Design, vm: VmNode, host: string, machine: LightMachineInstance, security: ScriptResource | undefined,
): ScriptResource | undefined {
  const failover = ctx.failoverCluster;
  const cluster = vm.cluster;
  if (failover === undefined || cluster === undefined) return undefined;
  const classes = design.rulesOfVm(vm).filter((r) => r.cluster === cluster && r.kind === 'apart').map((r) => r.name);
  const priority = CLUSTER_PRIORITY[vm.restartPriority ?? vm.impliedRestartPriority ?? cluster.restartPriority ?? RestartPriority.MEDIUM];
  const script = clusterRoleScript(vm.name, failover.name, priority, classes, vm.scope);
  const resource = remoteScript({
    scope: vm.scope,
    id: 'ClusterRole',
    connection: ctx.remoteShell!.connectionFor(host),
    fileName: `${vm.name}-cluster-role`,
    script,
    triggers: { vm: machineIdOf(machine) },
    after: security === undefined ? [] : [security],
  });
  ctx.nameAfter(resource, vm.scope, 'cluster_role');
  return resource;
}
