import { LightVirtualMachine, LightVirtualMachineSnapshot } from './light-resources';
import { VsphereRenderContext } from './lookups';
import { PairNode, VmNode } from '../../model/design';
import { mdCode, tfText } from '../escaping';
import { RunbookData } from '../protocol';
import { FAILBACK_BY_PLANNED_FAILOVER, guestPlannedSteps } from '../runbook';

/*
 * Replica pairs on vSphere run in guest mode: two VMs kept apart by a mandatory anti-affinity rule
 * (one of the design's rules) or by their clusters, restarted by HA primary first.
 */

/** The snapshot of one VM of a pair whose checkpoint is asked for (its location was refused before). */
export function renderSnapshot(ctx: VsphereRenderContext, pair: PairNode, vm: VmNode, resource: LightVirtualMachine): LightVirtualMachineSnapshot {
  const checkpoint = pair.checkpoint!;
  const snapshot = new LightVirtualMachineSnapshot(vm.scope, 'Snapshot', {
    provider: ctx.provider,
    virtualMachineUuid: resource.uuid,
    snapshotName: tfText(pair.scope, 'checkpoint.name', checkpoint.name),
    description: tfText(pair.scope, 'checkpoint.description', checkpoint.description ?? `Checkpoint of replica pair ${pair.name}`),
    memory: false,
    quiesce: true,
    removeChildren: false,
    consolidate: true,
  });
  ctx.nameAfter(snapshot, vm.scope, 'snapshot');
  return snapshot;
}

/** vSphere's part of a pair's runbook: the application fails over; HA and DRS keep the VMs apart and running. */
export function pairRunbook(pair: PairNode): RunbookData {
  const primary = pair.primary.name;
  const replica = pair.replica!.name;
  const apart = pair.primary.cluster === pair.replica!.cluster
    ? `, kept on different hosts by the mandatory anti-affinity rule \`${pair.name}-apart\``
    : ', in different clusters';
  const network = pair.replicationNetwork ? ` over network ${mdCode(pair.replicationNetwork.name)}` : '';
  return {
    summary: `Guest replication on vSphere: \`${primary}\` and \`${replica}\` both run${apart}; the application replicates between them${network}. `
      + `HA restarts \`${primary}\` before \`${replica}\`.`,
    planned: guestPlannedSteps(pair),
    unplanned: [
      `If a host fails, vSphere HA restarts \`${primary}\` on a surviving host; wait for it and check the application.`,
      `If \`${primary}\` or its data is lost, promote \`${replica}\` in the application and move the clients to it.`,
    ],
    failback: [
      `Rebuild \`${primary}\` as a replica of \`${replica}\` and let it catch up (\`terraform apply\` recreates a lost VM).`,
      FAILBACK_BY_PLANNED_FAILOVER,
    ],
    notes: [
      ...(pair.checkpoint ? [`Both VMs have the snapshot \`${pair.checkpoint.name}\`: revert to it in vCenter before falling back from a failed maintenance.`] : []),
      'Do not move either VM to the other\'s host: the anti-affinity rule is mandatory and DRS keeps them apart.',
    ],
  };
}
