import { checkCheckpoint, checkReplication } from './checks';
import { HypervRenderContext } from './context';
import { LightMachineInstance } from './light-resources';
import { checkpointScript, remoteScript, replicaServerScript, replicationScript } from './powershell';
import { HYPERV_REPLICA_STORAGE_PATH } from './replica-defaults';
import { ScriptResource } from './script-resource';
import { machineIdOf } from './vms';
import { PairNode, VmNode } from '../../model/design';
import { ReplicationMode } from '../../model/replication';
import { RenderedElement } from '../../model/target-contract';
import { mdCode } from '../escaping';
import { Placement, RunbookData } from '../protocol';
import { FAILBACK_BY_PLANNED_FAILOVER, guestPlannedSteps } from '../runbook';

/** What a VM's later scripts need of its rendering: its machine instance, and the scripts they run after. */
export interface VmScripts {
  readonly machine: LightMachineInstance;
  /** The VM's security and clustered-role scripts, which stop and start it. */
  readonly before: ScriptResource[];
}

/**
 * A replica pair: in hypervisor mode, Hyper-V Replica by PowerShell, the replica host made a
 * replica server (`replicaServer`) and the primary replicating to it (`replication`, the main
 * resource); in guest mode nothing (the application replicates). Its checkpoint is checked here
 * and taken by {@link renderCheckpoint}.
 */
export function renderPair(ctx: HypervRenderContext, pair: PairNode, placement: Placement, primary: VmScripts): RenderedElement | undefined {
  checkCheckpoint(ctx.remoteShell, pair);
  if (pair.mode !== ReplicationMode.HYPERVISOR) return undefined;
  const primaryHost = placement.hostOf(pair.primary)!;
  const shell = checkReplication(ctx, pair, primaryHost);
  const replicaHost = pair.replicaHost!;
  const settings = pair.hypervisor!;
  const server = remoteScript({
    scope: pair.scope,
    id: 'ReplicaServer',
    script: replicaServerScript(settings.authentication, settings.storagePath ?? HYPERV_REPLICA_STORAGE_PATH, pair.scope),
    connection: shell.connectionFor(replicaHost),
    fileName: `${pair.name}-replica-server`,
    triggers: { host: replicaHost },
  });
  ctx.nameAfter(server, pair.scope, 'replica_server');
  const replication = remoteScript({
    scope: pair.scope,
    id: 'Replication',
    script: replicationScript(pair.primary.name, shell.connectionFor(replicaHost).host, settings, pair.scope),
    connection: shell.connectionFor(primaryHost),
    fileName: `${pair.name}-replication`,
    triggers: { vm: machineIdOf(primary.machine) },
    after: [server, ...primary.before],
  });
  ctx.nameAfter(replication, pair.scope, 'replication');
  return { main: replication, resources: { replicaServer: server, replication }, attributes: {} };
}

/** The named production checkpoint of a VM of a pair, taken once by PowerShell after the VM's own scripts. */
export function renderCheckpoint(ctx: HypervRenderContext, pair: PairNode, vm: VmNode, host: string, scripts: VmScripts): ScriptResource {
  const resource = remoteScript({
    scope: vm.scope,
    id: 'Checkpoint',
    script: checkpointScript(vm.name, pair.checkpoint!.name, vm.scope),
    connection: ctx.remoteShell!.connectionFor(host),
    fileName: `${vm.name}-checkpoint`,
    triggers: { vm: machineIdOf(scripts.machine) },
    after: scripts.before,
  });
  ctx.nameAfter(resource, vm.scope, 'checkpoint');
  return resource;
}

/** Hyper-V's part of a pair's runbook: Hyper-V Replica's failover, or the application's with the cluster's restarts. */
export function pairRunbook(ctx: HypervRenderContext, pair: PairNode, placement: Placement): RunbookData {
  const checkpoint = pair.checkpoint;
  const primary = pair.primary.name;
  const primaryHost = placement.hostOf(pair.primary);
  if (pair.mode === ReplicationMode.HYPERVISOR) {
    const replicaHost = pair.replicaHost!;
    const settings = pair.hypervisor!;
    return {
      summary: `Hyper-V Replica: \`${primary}\` runs on \`${primaryHost}\` and replicates every ${settings.frequency} seconds `
        + `to the replica server \`${replicaHost}\` (${settings.authentication.kind}, port ${settings.authentication.port}). `
        + 'The replica VM is Hyper-V\'s, not a resource of this stack.',
      planned: [
        `On \`${primaryHost}\`: \`Stop-VM -Name ${primary}\`, then \`Start-VMFailover -VMName ${primary} -Prepare\` (sends the last changes).`,
        `On \`${replicaHost}\`: \`Start-VMFailover -VMName ${primary}\`, then \`Set-VMReplication -VMName ${primary} -Reverse\` and \`Start-VM -Name ${primary}\`.`,
        'Move the clients if the VM\'s address changes at the replica site.',
      ],
      unplanned: [
        `On \`${replicaHost}\`: \`Start-VMFailover -VMName ${primary}\` (add \`-VMRecoverySnapshot\` to pick an older recovery point), then \`Start-VM -Name ${primary}\`.`,
        `When the VM works, \`Complete-VMFailover -VMName ${primary}\` on \`${replicaHost}\`.`,
      ],
      failback: [
        `When \`${primaryHost}\` is back: on \`${replicaHost}\`, \`Set-VMReplication -VMName ${primary} -Reverse\` and wait for the replication to catch up.`,
        `Follow the planned failover from \`${replicaHost}\` back to \`${primaryHost}\`.`,
      ],
      notes: [
        `Do not run \`terraform apply\` while the VM runs on \`${replicaHost}\`: the provider manages \`${primary}\` on \`${primaryHost}\` (state Running) and would start the old primary.`,
        ...(checkpoint ? [`\`${primary}\` has the production checkpoint \`${checkpoint.name}\`: \`Restore-VMSnapshot -VMName ${primary} -Name ${checkpoint.name}\` rolls back a failed maintenance.`] : []),
      ],
    };
  }
  const replica = pair.replica!.name;
  const failover = ctx.failoverCluster;
  return {
    summary: `Guest replication on Hyper-V: \`${primary}\` runs on \`${primaryHost}\`, \`${replica}\` on \`${placement.hostOf(pair.replica!)}\`; `
      + `the application replicates between them${pair.replicationNetwork ? ` over network ${mdCode(pair.replicationNetwork.name)}` : ''}.`,
    planned: guestPlannedSteps(pair),
    unplanned: [
      failover
        ? `If a host fails, failover cluster \`${failover.name}\` restarts \`${primary}\` first (higher priority) on a surviving node, keeping the pair apart (anti-affinity class \`${pair.name}-apart\`).`
        : `If \`${primaryHost}\` fails, nothing restarts \`${primary}\` elsewhere: promote \`${replica}\` in the application.`,
      `If \`${primary}\` or its data is lost, promote \`${replica}\` and move the clients to it.`,
    ],
    failback: [
      `Rebuild \`${primary}\` as a replica of \`${replica}\` and let it catch up (\`terraform apply\` recreates a lost VM on its placed host).`,
      FAILBACK_BY_PLANNED_FAILOVER,
    ],
    notes: [
      ...(failover ? ['After a failover by the cluster, move the roles back to their placed hosts before `terraform apply`.'] : []),
      ...(checkpoint ? [`Both VMs have the production checkpoint \`${checkpoint.name}\`: \`Restore-VMSnapshot\` rolls back a failed maintenance.`] : []),
    ],
  };
}
