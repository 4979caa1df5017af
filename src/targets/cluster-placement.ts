import * as fs from 'fs';
import * as path from 'path';
import { IConstruct } from 'constructs';
import { ClusterNode, RuleNode, VmNode } from '../model/design';
import { DesignError } from '../model/errors';
import { wholeUnits } from '../model/validate';
import { Placement, place } from '../placement/engine';

/*
 * Placement of a cluster's VMs for targets without a cluster scheduler, and the lock file that
 * keeps it: the engine (pure) does the placing; this module feeds it the design and the lock,
 * turns its refusals into DesignErrors, and reads and writes the lock file.
 */

/** The context key that names the lock file, relative to the working directory. */
export const LOCK_FILE_CONTEXT = 'cdktf-hypervisor:placementLock';

/** Name of the lock file, next to `cdktf.json`. */
export const LOCK_FILE_NAME = 'cdktf-hypervisor.lock.json';

const LOCK_NOTE = 'Hosts of the VMs that cdktf-hypervisor placed. Commit this file: a placed VM stays on its host '
  + '(moving it would destroy and recreate it). To move VMs, set rebalance: true on their cluster.';

interface LockContent {
  readonly placements: { [cluster: string]: { [vm: string]: string } };
}

/**
 * The placement lock file of an app: `cdktf-hypervisor.lock.json` next to `cdktf.json`, or the
 * file the app context names. Without either (a test, a script), placements are kept in memory.
 */
export class PlacementLock {
  /** The lock file of the app that holds `scope`. */
  public static of(scope: IConstruct): PlacementLock {
    const named = scope.node.tryGetContext(LOCK_FILE_CONTEXT);
    if (typeof named === 'string') return new PlacementLock(path.resolve(named));
    const cdktfJson = findAbove(process.cwd(), 'cdktf.json');
    return new PlacementLock(cdktfJson === undefined ? undefined : path.join(path.dirname(cdktfJson), LOCK_FILE_NAME));
  }

  /** No lock file: placements are not kept. */
  public static none(): PlacementLock {
    return new PlacementLock(undefined);
  }

  private constructor(public readonly file: string | undefined) {}

  /** The lock file's name, for reports (no directory: reports are the same on every machine). */
  public get displayName(): string {
    return this.file === undefined ? 'none (no cdktf.json found)' : path.basename(this.file);
  }

  /** The locked placement of a cluster: VM name to host. */
  public read(cluster: string): { [vm: string]: string } {
    return { ...(this.load().placements[cluster] ?? {}) };
  }

  /** Records a cluster's placement, writing the file only when it changes. */
  public write(cluster: string, hostOf: { [vm: string]: string }): void {
    if (this.file === undefined) return;
    const content = this.load();
    const placements = { ...content.placements, [cluster]: sortKeys(hostOf) };
    if (Object.keys(hostOf).length === 0) delete placements[cluster];
    const text = `${JSON.stringify({ '//': LOCK_NOTE, 'placements': sortKeys(placements) }, undefined, 2)}\n`;
    if (fs.existsSync(this.file) && fs.readFileSync(this.file, 'utf8') === text) return;
    if (!fs.existsSync(this.file) && Object.keys(placements).length === 0) return;
    fs.writeFileSync(this.file, text);
  }

  private load(): LockContent {
    if (this.file === undefined || !fs.existsSync(this.file)) return { placements: {} };
    try {
      const parsed = JSON.parse(fs.readFileSync(this.file, 'utf8'));
      return { placements: parsed.placements ?? {} };
    } catch (e) {
      throw new DesignError(undefined, {
        problem: `The placement lock file ${this.file} is not valid JSON: ${(e as Error).message}.`,
        fix: 'restore it from version control',
      });
    }
  }
}

/** Where the library placed a cluster's VMs, and how full the hosts are. */
export interface ClusterPlacement {
  readonly hostOf: Map<VmNode, string>;
  readonly placement: Placement;
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
  const key = cluster.scope.node.path;
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
    lock: lock.read(key),
    rebalance: cluster.rebalance,
  });
  if (!result.ok) {
    throw new DesignError(cluster.scope, {
      problem: `No placement of cluster ${cluster.name} exists: ${result.reason}.`,
      value: result.vms.length > 0 ? `VMs ${result.vms.join(', ')}` : undefined,
      fix: result.fix,
    });
  }
  lock.write(key, result.hostOf);
  return { hostOf: new Map(members.map((vm) => [vm, result.hostOf[vm.name]])), placement: result };
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

function sortKeys<T>(o: { [k: string]: T }): { [k: string]: T } {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function findAbove(dir: string, file: string): string | undefined {
  for (let d = dir; ; d = path.dirname(d)) {
    const candidate = path.join(d, file);
    if (fs.existsSync(candidate)) return candidate;
    if (path.dirname(d) === d) return undefined;
  }
}
