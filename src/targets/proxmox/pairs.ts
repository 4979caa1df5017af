import { PairNode } from '../../model/design';
import { mdCode } from '../escaping';
import { Placement, RunbookData } from '../protocol';
import { FAILBACK_BY_PLANNED_FAILOVER, guestPlannedSteps } from '../runbook';

/** Proxmox VE's part of a replica pair's runbook. */
export function pairRunbook(pair: PairNode, placement: Placement): RunbookData {
  const primary = pair.primary.name;
  const replica = pair.replica!.name;
  const primaryNode = placement.hostOf(pair.primary);
  const replicaNode = placement.hostOf(pair.replica!);
  const over = pair.replicationNetwork ? ` over network ${mdCode(pair.replicationNetwork.name)}` : '';
  return {
    summary: `Guest replication on Proxmox VE: \`${primary}\` runs on \`${primaryNode}\`, \`${replica}\` on \`${replicaNode}\`; `
      + `the application replicates between them${over}.`,
    planned: guestPlannedSteps(pair),
    unplanned: [
      `If \`${primaryNode}\` fails and \`${primary}\` is HA-managed, Proxmox VE HA restarts it on another node; otherwise promote \`${replica}\` `
        + 'in the application and move the clients to it.',
    ],
    failback: [FAILBACK_BY_PLANNED_FAILOVER],
    notes: ['Before maintenance, snapshot both VMs yourself: `qm snapshot <vmid> before-maintenance` (the provider has no snapshot resource).'],
  };
}
