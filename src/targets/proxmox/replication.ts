import { ProxmoxRenderContext } from './context';
import type { ProxmoxReplicationSettings } from './proxmox-target';
import { TerraformResource, Token } from '../../core';
import { PairNode } from '../../model/design';
import { DesignError } from '../../model/errors';
import { ReplicationFrequency, ReplicationMode } from '../../model/replication';
import { Replication } from '../../providers/proxmox/replication';
import { knownAtSynth, tfText } from '../escaping';
import { Placement } from '../protocol';

/*
 * Replica pairs in hypervisor mode as Proxmox VE storage replication (`proxmox_replication`): the
 * primary VM's ZFS volumes are sent to the replica node on a schedule. Proxmox VE replicates at
 * most once a minute and keeps the last replicated state only, so a 30-second frequency and extra
 * recovery points are refused unless the target's `replication` settings choose a schedule and
 * accept the last state.
 */

/** A calendar event as the library accepts it: letters, digits, spaces, stars, slashes, colons, commas, dots and dashes. */
const CALENDAR_EVENT = /^[A-Za-z0-9*/:,. -]{1,64}$/;

/** The schedule of a pair: the target's, or the design's frequency in minutes. */
export function scheduleOf(settings: ProxmoxReplicationSettings, pair: PairNode): string {
  if (settings.schedule !== undefined) return settings.schedule;
  const frequency = pair.hypervisor!.frequency;
  if (frequency === ReplicationFrequency.THIRTY_SECONDS) {
    throw new DesignError(pair.scope, {
      problem: 'Proxmox VE replicates at most once a minute; the pair asks for every 30 seconds.',
      value: 'frequency: ReplicationFrequency.THIRTY_SECONDS',
      fix: 'use ReplicationFrequency.FIVE_MINUTES, or choose a schedule on the target (replication: { schedule: \'*/1\' }) to accept once a minute',
    });
  }
  return `*/${frequency / 60}`;
}

/** Fails when a hypervisor-mode pair cannot be replicated by Proxmox VE as the design asks. */
export function checkReplication(ctx: ProxmoxRenderContext, pair: PairNode, placement: Placement): void {
  if (pair.mode !== ReplicationMode.HYPERVISOR) return;
  const settings = ctx.replication;
  if (settings.datastore === undefined) {
    throw new DesignError(pair.scope, {
      problem: 'Proxmox VE replicates ZFS volumes only, and the target names no ZFS storage for replicated VMs.',
      fix: 'give the target replication: { datastore: \'local-zfs\' } (a ZFS storage on every node), or use ReplicationMode.GUEST',
    });
  }
  if (settings.schedule !== undefined) {
    knownAtSynth(pair.scope, 'replication.schedule', settings.schedule, 'it is checked at synth');
    if (!CALENDAR_EVENT.test(settings.schedule)) {
      throw new DesignError(ctx.target, {
        problem: 'The replication schedule is not a Proxmox VE calendar event.',
        value: JSON.stringify(settings.schedule),
        allowed: 'a calendar event of letters, digits, spaces and */:,.-, e.g. "*/5" or "mon..fri 22:00"',
      });
    }
  }
  scheduleOf(settings, pair);
  if (pair.hypervisor!.recoveryPoints > 0 && settings.acknowledgeLatestStateOnly !== true) {
    throw new DesignError(pair.scope, {
      problem: `Proxmox VE keeps the last replicated state only; the pair asks for ${pair.hypervisor!.recoveryPoints} more recovery points.`,
      value: `recoveryPoints: ${pair.hypervisor!.recoveryPoints}`,
      fix: 'leave recoveryPoints out, or accept the last state on the target (replication: { acknowledgeLatestStateOnly: true }) and keep older states with backups',
    });
  }
  const replica = pair.replicaHost!;
  if (!ctx.nodes.includes(replica)) {
    throw new DesignError(pair.scope, {
      problem: `The replica host "${replica}" is not a node of the target.`,
      value: JSON.stringify(replica),
      allowed: ctx.nodes.map((n) => JSON.stringify(n)).join(', '),
    });
  }
  if (placement.hostOf(pair.primary) === replica) {
    throw new DesignError(pair.scope, {
      problem: `The primary VM runs on ${replica}, the node it would be replicated to.`,
      value: JSON.stringify(replica),
      fix: 'name another node as the replica host, or place the primary elsewhere (a run-on rule)',
    });
  }
}

/** The replication job of a hypervisor-mode pair: job 0 of the primary VM to the replica node. */
export function renderReplication(ctx: ProxmoxRenderContext, pair: PairNode, vmId: number): TerraformResource {
  const settings = ctx.replication;
  const job = new Replication(pair.scope, 'Replication', {
    provider: ctx.provider,
    id: `${Token.asString(vmId)}-0`,
    target: pair.replicaHost!,
    type: 'local',
    schedule: tfText(pair.scope, 'replication.schedule', scheduleOf(settings, pair)),
    rate: settings.rateMegabytesPerSecond,
    comment: `Replica pair ${tfText(pair.scope, 'pair name', pair.name)}`,
  });
  ctx.nameAfter(job, pair.scope);
  return job;
}
