import { ProxmoxRenderContext } from './context';
import { scheduleOf } from './replication';
import { PairNode } from '../../model/design';
import { ReplicationMode } from '../../model/replication';
import { mdCode } from '../escaping';
import { Placement, RunbookData } from '../protocol';
import { FAILBACK_BY_PLANNED_FAILOVER, guestPlannedSteps } from '../runbook';

/** Proxmox VE's part of a replica pair's runbook. */
export function pairRunbook(ctx: ProxmoxRenderContext, pair: PairNode, placement: Placement): RunbookData {
  return pair.mode === ReplicationMode.HYPERVISOR ? hypervisorRunbook(ctx, pair, placement) : guestRunbook(pair, placement);
}

function hypervisorRunbook(ctx: ProxmoxRenderContext, pair: PairNode, placement: Placement): RunbookData {
  const vm = pair.primary.name;
  const from = placement.hostOf(pair.primary);
  const to = pair.replicaHost!;
  const schedule = scheduleOf(ctx.replication, pair);
  const ha = pair.primary.cluster !== undefined;
  return {
    summary: `Storage replication on Proxmox VE: the ZFS volumes of \`${vm}\` (on \`${mdCode(ctx.replication.datastore!)}\`) are sent from \`${from}\` `
      + `to \`${to}\` on the schedule \`${mdCode(schedule)}\`; Proxmox VE keeps the last replicated state only.`,
    planned: [
      `Check the last replication: \`pvesr status --guest <vmid of ${vm}>\` on \`${from}\`.`,
      ha
        ? `Migrate \`${vm}\` to \`${to}\` with \`ha-manager migrate vm:<vmid> ${to}\`: only the changes since the last replication are sent.`
        : `Migrate \`${vm}\` to \`${to}\` with \`qm migrate <vmid> ${to} --online\`: only the changes since the last replication are sent.`,
      'Proxmox VE turns the replication around: it now runs from the new node to the old one.',
    ],
    unplanned: [
      ha
        ? `When \`${from}\` fails, Proxmox VE HA recovers \`${vm}\` on \`${to}\` from the last replicated state (changes since then are lost).`
        : `When \`${from}\` fails, move the VM's configuration to \`${to}\` (\`mv /etc/pve/nodes/${from}/qemu-server/<vmid>.conf `
          + `/etc/pve/nodes/${to}/qemu-server/\`) and start it: it runs from the last replicated state.`,
    ],
    failback: [
      `When \`${from}\` is back, Proxmox VE replicates \`${vm}\` back to it; migrate it back as in the planned failover.`,
    ],
    notes: [
      'Both nodes need the ZFS storage of the replicated VM; every disk of the VM must be on it.',
      `An HA rule keeps \`${vm}\` on \`${from}\` or \`${to}\`: HA recovers it on \`${to}\` only, where its disks are replicated, and leaves it there.`,
      'Older states are not kept: back up to Proxmox Backup Server for them.',
    ],
  };
}

function guestRunbook(pair: PairNode, placement: Placement): RunbookData {
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
      `If \`${primaryNode}\` fails and \`${primary}\` is HA-managed, Proxmox VE HA restarts it on another node (never beside \`${replica}\`); `
        + `otherwise promote \`${replica}\` in the application and move the clients to it.`,
    ],
    failback: [FAILBACK_BY_PLANNED_FAILOVER],
    notes: ['Before maintenance, snapshot both VMs yourself: `qm snapshot <vmid> before-maintenance` (the provider has no snapshot resource).'],
  };
}
