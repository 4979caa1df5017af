import { PairNode } from '../../model/design';
import { mdCode } from '../escaping';
import { Placement, RunbookData } from '../protocol';
import { FAILBACK_BY_PLANNED_FAILOVER, guestPlannedSteps } from '../runbook';

/**
 * libvirt's part of a replica pair's runbook. The pair runs in guest mode (libvirt has no
 * replication, and the provider no snapshots): two domains on different hosts, and nothing
 * restarts either elsewhere.
 */
export function pairRunbook(pair: PairNode, placement: Placement): RunbookData {
  const primary = pair.primary.name;
  const replica = pair.replica!.name;
  const primaryHost = placement.hostOf(pair.primary);
  const replicaHost = placement.hostOf(pair.replica!);
  const over = pair.replicationNetwork ? ` over network ${mdCode(pair.replicationNetwork.name)}` : '';
  return {
    summary: `Guest replication on libvirt: \`${primary}\` runs on \`${primaryHost}\`, \`${replica}\` on \`${replicaHost}\`; `
      + `the application replicates between them${over}. libvirt restarts no VM of a failed host elsewhere.`,
    planned: guestPlannedSteps(pair),
    unplanned: [
      `If \`${primaryHost}\` fails, \`${primary}\` stays down: promote \`${replica}\` in the application and move the clients to it.`,
      `If only the domain crashed, libvirt restarts it (on_crash = restart); check it with \`virsh -c <${primaryHost} uri> domstate ${primary}\`.`,
    ],
    failback: [
      `When \`${primaryHost}\` is back, start \`${primary}\` (\`virsh start ${primary}\`, or \`terraform apply\` if it was lost) `
        + `and rebuild it as a replica of \`${replica}\`.`,
      FAILBACK_BY_PLANNED_FAILOVER,
    ],
    notes: [
      `Before maintenance, snapshot both domains yourself: \`virsh snapshot-create-as ${primary} before-maintenance\` `
        + '(the provider has no snapshot resource).',
    ],
  };
}
