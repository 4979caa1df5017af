import { PlacementLock } from './cluster-placement';
import { ClusterNode, RuleNode, VmNode } from '../model/design';
import { DesignError } from '../model/errors';
import { wholeUnits } from '../model/validate';
import { Placement, place } from '../placement/engine';

/*
 * Placement of a cluster's VMs with the engine for targets without a cluster scheduler: the design
 * and the lock go in, the engine's refusals come out as DesignErrors.
 */

export interface ClusterPlacement {
  readonly hostOf: Map<VmNode, string>;
  readonly placement: Placement;
  /** Where the lock had the cluster's VMs before this placement, by VM name. */
  readonly previous: ReadonlyMap<string, string>;
}

/**
 * Places the VMs of a cluster over its hosts with the engine, keeping the VMs in the lock where
 * they are, and records the result in the lock.
 *
 * @param vendor for messages
 * @param targetHosts the hosts of a target with a provider alias per host, which the cluster's hosts must be among
 */
export function placeCluster(
  cluster: ClusterNode, vms: readonly VmNode[], rules: readonly RuleNode[], lock: PlacementLock, vendor: string,
  targetHosts?: readonly string[],
): ClusterPlacement {
  const stray = targetHosts && cluster.hosts.find((h) => !targetHosts.includes(h));
  if (stray !== undefined) {
    throw new DesignError(cluster.scope, {
      problem: `The cluster's host "${stray}" is not a host of the target.`,
      allowed: targetHosts!.map((h) => JSON.stringify(h)).join(', '),
    });
  }
  const capacity = cluster.hostCapacity;
  if (capacity === undefined) {
    throw new DesignError(cluster.scope, {
      problem: `The library places the cluster's VMs on ${vendor} itself and needs what each host offers.`,
      fix: 'set hostCapacity, e.g. { cpuCores: 32, memory: Size.gibibytes(256) }',
    });
  }
  const members = vms.filter((vm) => vm.cluster === cluster);
  const previous = lock._locked(cluster.scope, members);
  const result = place({
    hosts: cluster.hosts.map((name) => ({ name, cores: capacity.cpuCores, memoryMib: capacity.memoryMib })),
    vms: members.map((vm) => ({
      name: vm.name,
      cpus: vm.cpus,
      memoryMib: wholeUnits(vm.scope, 'The memory', vm.dynamicMemory?.maximum ?? vm.memory, 'MiB'),
      pinnedTo: vm.host,
    })),
    rules: rules.filter((r) => r.cluster === cluster).map((r) => ({
      name: r.name,
      kind: r.kind,
      vms: r.vms.map((vm) => vm.name),
      hosts: r.hosts,
      mandatory: r.mandatory,
    })),
    cpuOvercommit: cluster.cpuOvercommit,
    memoryOvercommit: cluster.memoryOvercommit,
    hostFailuresToTolerate: cluster.hostFailuresToTolerate,
    lock: previous,
    rebalance: cluster.rebalance,
  });
  if (!result.ok) {
    // a failure that one rule group causes is that group's error: its path and name lead to it
    const rule = result.rule === undefined ? undefined : rules.find((r) => r.cluster === cluster && r.name === result.rule);
    throw new DesignError(rule?.scope ?? cluster.scope, {
      problem: `No placement of cluster ${cluster.name} exists${rule === undefined ? '' : ` with rule group ${rule.name}`}: ${result.reason}.`,
      value: result.vms.length > 0 ? `VMs ${result.vms.join(', ')}` : undefined,
      fix: result.fix,
    });
  }
  const hostOf = new Map(members.map((vm) => [vm, result.hostOf.get(vm.name)!]));
  lock._record(hostOf);
  return { hostOf, placement: result, previous };
}

/**
 * For clusters whose platform places the VMs itself (vSphere DRS): with the hosts' capacity
 * given, checks that a placement with the tolerated failures exists, so an impossible design
 * fails at synth rather than at power-on.
 */
export function checkAdmission(cluster: ClusterNode, vms: readonly VmNode[], rules: readonly RuleNode[]): void {
  if (cluster.hostCapacity === undefined) return;
  placeCluster(cluster, vms, rules, PlacementLock.none(), 'this platform');
}

/** A plain-text table of a cluster's placement, for the report next to the stack output. */
export function placementTable(cluster: ClusterNode, placement: Placement): string[] {
  const gib = (mib: number) => `${Number.isInteger(mib / 1024) ? mib / 1024 : (mib / 1024).toFixed(1)} GiB`;
  const rows = [['host', 'VMs', 'vCPUs used/capacity', 'memory used/capacity']];
  for (const u of placement.usage) {
    rows.push([u.host, u.vms.join(', ') || '-', `${u.cpus}/${u.cpuCapacity}`, `${gib(u.memoryMib)}/${gib(u.memoryCapacityMib)}`]);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const lines = rows.map((r) => r.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd());
  lines.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
  const k = cluster.hostFailuresToTolerate;
  const caps = placement.usage.map((u) => u.memoryCapacityMib).sort((a, b) => b - a);
  const usable = caps.slice(k).reduce((s, x) => s + x, 0);
  const used = placement.usage.reduce((s, u) => s + u.memoryMib, 0);
  lines.push('');
  const failures = `${k} host failure${k === 1 ? '' : 's'}`;
  lines.push(`Headroom: with ${failures} tolerated, ${gib(usable)} of memory stays usable; the VMs use ${gib(used)} (${gib(usable - used)} free).`);
  lines.push(`Preferred rules not kept: ${placement.brokenPreferences.length === 0 ? 'none' : placement.brokenPreferences.join(', ')}.`);
  return lines;
}

