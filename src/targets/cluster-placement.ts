import { randomBytes } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { IConstruct } from 'constructs';
import { AnnotationMetadataEntryType, App, TerraformStack } from '../core';
import { ClusterNode, RuleNode, VmNode } from '../model/design';
import { DesignError } from '../model/errors';
import { wholeUnits } from '../model/validate';
import { Placement, place } from '../placement/engine';

/*
 * Placement of a cluster's VMs for targets without a cluster scheduler, and the lock file that
 * keeps it: the engine (pure) does the placing; this module feeds it the design and the lock,
 * turns its refusals into DesignErrors, and reads and writes the lock file.
 *
 * The lock keys a VM by what Terraform and the hypervisor see: the stack's name and the VM's name.
 * Construct IDs of clusters and rule groups are not part of the key, so renaming them moves
 * nothing. Two targets in one stack may not place VMs of the same name (the key would be
 * ambiguous): that is refused at synth, naming both VMs. A stack that is renamed finds no
 * placements under its new name; when its VMs are locked under a stack the app no longer has,
 * the synth fails and says to rename the key in the file, rather than placing the VMs anew.
 *
 * The file is read once per app synth, checked strictly (an unknown format, version or shape is
 * an error naming the file, which is left as it is), and written once, atomically (a temporary
 * file renamed over it), after `App.synth()` has synthesized every stack without an error
 * annotation.
 */

/**
 * The context key that says where the lock file is: a path (relative paths are resolved against
 * the folder of the app's `cdktf.json`), or `false` to keep placements in memory only (tests,
 * throwaway scripts: each synth places the VMs anew).
 */
export const LOCK_FILE_CONTEXT = 'cdktf-hypervisor:placementLock';

/**
 * The context key that makes the lock file read-only: `true` fails a synth that would change it
 * (naming the VMs that would be added, moved or removed), `false` lets it be written. Unset, the
 * lock is read-only when the environment variable `CI` is set (to anything but `false` or `0`),
 * so that a pipeline never places VMs in a lock that nobody commits.
 */
export const LOCK_READ_ONLY_CONTEXT = 'cdktf-hypervisor:lockReadOnly';

/** Name of the lock file, next to `cdktf.json`. */
export const LOCK_FILE_NAME = 'cdktf-hypervisor.lock.json';

/** The format version this library writes; it reads this one and every earlier one. */
export const LOCK_FORMAT_VERSION = 2;

const LOCK_NOTE = 'Hosts of the VMs that cdktf-hypervisor placed, by stack and VM name. Commit this file: a placed VM stays on its host '
  + '(moving it would destroy and recreate it). To move VMs, set rebalance: true on their cluster.';

const HOW_TO_SET = `set the context key "${LOCK_FILE_CONTEXT}" (in cdktf.json's "context", or new App({ context })) to the lock file's path, `
  + 'run the synth from the folder of cdktf.json (cdktf synth does), or set it to false to keep placements in memory only (tests, scripts)';

/** Locked placements: stack name to VM name to host name. */
type LockedPlacements = Map<string, Map<string, string>>;

/** The content of a lock file as read. */
export interface LockContent {
  /** The format version the file was written in. */
  readonly version: number;
  readonly stacks: LockedPlacements;
}

/**
 * Reads the text of a lock file, strictly: anything but a lock of a known version and shape is a
 * DesignError naming the file. Version 1 (no `version` field; placements keyed by the cluster's
 * construct path, whose first part is the stack) is read as the placements of its stacks.
 *
 * @param file the file's path, for messages
 * @param text its content
 * @param scope the construct that needs the lock, for messages
 */
export function parseLock(file: string, text: string, scope?: IConstruct): LockContent {
  const refuse = (problem: string, fix = 'restore the file from version control (it is left as it is)'): never => {
    throw new DesignError(scope, { problem: `The placement lock file ${file} ${problem}`, fix });
  };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    return refuse(`is not valid JSON: ${(e as Error).message}.`);
  }
  const unknownShape = (at: string, expected: string, found: unknown): never =>
    refuse(`is not a lock this version of cdktf-hypervisor reads: ${at} must be ${expected}, and is ${describe(found)}.`);
  if (!isPlainObject(parsed)) return unknownShape('the top level', 'an object', parsed);
  const version = parsed.version ?? (Object.prototype.hasOwnProperty.call(parsed, 'placements') ? 1 : undefined);
  if (version === undefined) {
    return refuse(`is not a cdktf-hypervisor placement lock: it has neither a "version" nor "placements" (its keys: ${Object.keys(parsed).map((k) => JSON.stringify(k)).join(', ') || 'none'}).`,
      `restore the file from version control, or point "${LOCK_FILE_CONTEXT}" at the placement lock (the file is left as it is)`);
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return unknownShape('"version"', `a whole number from 1 to ${LOCK_FORMAT_VERSION}`, version);
  if (version > LOCK_FORMAT_VERSION) {
    return refuse(`was written in lock format version ${version} by a newer cdktf-hypervisor; this one reads versions 1 to ${LOCK_FORMAT_VERSION}.`,
      'upgrade cdktf-hypervisor to the version that wrote the file (the file is left as it is)');
  }
  const field = version === 1 ? 'placements' : 'stacks';
  for (const key of Object.keys(parsed)) {
    if (!['//', 'version', field].includes(key)) return unknownShape(`"${key}"`, `absent (a version ${version} lock holds "//", "version" and "${field}")`, parsed[key]);
  }
  if (parsed['//'] !== undefined && typeof parsed['//'] !== 'string') return unknownShape('"//"', 'a note (a string)', parsed['//']);
  const groups = parsed[field] ?? {};
  if (!isPlainObject(groups)) return unknownShape(`"${field}"`, 'an object', groups);
  const stacks: LockedPlacements = new Map();
  for (const [group, vms] of Object.entries(groups)) {
    const at = `"${field}".${JSON.stringify(group)}`;
    if (!isPlainObject(vms)) return unknownShape(at, 'an object of VM name to host name', vms);
    // version 1 keyed a cluster by its construct path; the first part is its stack's name
    const stack = version === 1 ? group.split('/')[0] : group;
    if (stack === '') return unknownShape(at, 'keyed by a stack name', group);
    let placed = stacks.get(stack);
    if (placed === undefined) stacks.set(stack, placed = new Map());
    for (const [vm, host] of Object.entries(vms)) {
      if (vm === '') return unknownShape(`${at}.""`, 'keyed by a VM name', vm);
      if (typeof host !== 'string' || host === '') return unknownShape(`${at}.${JSON.stringify(vm)}`, 'a host name (a string)', host);
      const other = placed.get(vm);
      if (other !== undefined && other !== host) {
        refuse(`places VM "${vm}" of stack "${stack}" on two hosts ("${other}" and "${host}") in two clusters; VM names must be unique in a stack.`,
          'remove the entry that is not the VM\'s host from the file');
      }
      placed.set(vm, host);
    }
  }
  return { version, stacks };
}

/** The text of a lock file in the current format: stacks and VMs sorted, one VM a line. */
export function formatLock(stacks: ReadonlyMap<string, ReadonlyMap<string, string>>): string {
  const sorted = (keys: Iterable<string>) => [...keys].sort(compare);
  const stackEntries = sorted(stacks.keys()).filter((s) => stacks.get(s)!.size > 0).map((stack) => {
    const vms = stacks.get(stack)!;
    const lines = sorted(vms.keys()).map((vm) => `      ${JSON.stringify(vm)}: ${JSON.stringify(vms.get(vm))}`);
    return `    ${JSON.stringify(stack)}: {\n${lines.join(',\n')}\n    }`;
  });
  const body = stackEntries.length === 0 ? '{}' : `{\n${stackEntries.join(',\n')}\n  }`;
  return `{\n  "//": ${JSON.stringify(LOCK_NOTE)},\n  "version": ${LOCK_FORMAT_VERSION},\n  "stacks": ${body}\n}\n`;
}

/**
 * Writes a file atomically: the text goes to a temporary file in the same folder, which is then
 * renamed over the file, so a reader sees the old content or the new one, never a part.
 */
export function writeFileAtomically(file: string, text: string): void {
  // the new file keeps the old one's permissions
  const mode = fs.existsSync(file) ? fs.statSync(file).mode % 0o1000 : 0o644;
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  const fd = fs.openSync(temp, 'wx', mode);
  try {
    try {
      fs.fchmodSync(fd, mode);
      fs.writeSync(fd, text);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, file);
  } catch (e) {
    fs.rmSync(temp, { force: true });
    throw e;
  }
}

/** Where the placements of an app are kept. */
type LockLocation = { readonly file: string } | { readonly inMemory: true } | { readonly missing: string };

/**
 * The lock of one app: read once, filled by every target's placements, written once by
 * `App.synth()` when every stack synthesized without an error.
 */
class LockSession {
  private location?: LockLocation;
  private content?: LockContent;
  /** The text read, to tell whether the file must change. */
  private text?: string;
  /** This synth's placements: stack name to VM name to the VM and its host, once placed. */
  private readonly placed = new Map<string, Map<string, { vm: IConstruct; host?: string }>>();
  private stackNames?: Set<string>;

  /**
   * @param root the app's root; undefined for a lock in memory only
   */
  constructor(private readonly root: IConstruct | undefined) {}

  private get persistent(): boolean {
    return this.root !== undefined;
  }

  /** The lock file, or undefined when placements are kept in memory. */
  public file(scope: IConstruct): string | undefined {
    const location = this.locate();
    if ('missing' in location) {
      throw new DesignError(scope, {
        problem: `The library places the cluster's VMs and keeps where in a lock file, and ${location.missing}.`,
        fix: HOW_TO_SET,
      });
    }
    return 'file' in location ? location.file : undefined;
  }

  /** For reports: the lock file's name (no folder: reports are the same on every machine). */
  public get displayName(): string {
    const location = this.locate();
    return 'file' in location ? path.basename(location.file) : 'in memory only (placements are not kept)';
  }

  /**
   * The locked hosts of a stack's VMs, which this synth now places (a VM name placed twice in one
   * stack is refused).
   */
  public locked(scope: IConstruct, stack: string, members: readonly VmNode[]): Map<string, string> {
    this.claim(stack, members);
    const vms = members.map((vm) => vm.name);
    const content = this.load(scope);
    const placed = content.stacks.get(stack);
    if (placed === undefined) {
      // a renamed stack: its VMs are locked under a name the app no longer has
      for (const [other, otherVms] of content.stacks) {
        if (this.stacksOfApp().has(other)) continue;
        const found = vms.filter((vm) => otherVms.has(vm));
        if (found.length === 0) continue;
        throw new DesignError(scope, {
          problem: `Stack "${stack}" has no placements in ${this.file(scope)}, and stack "${other}", which this app does not have, has placements of its VMs: placing them anew could move them (a move destroys and recreates a VM).`,
          value: `VMs ${found.slice(0, 10).map((v) => JSON.stringify(v)).join(', ')}${found.length > 10 ? ` and ${found.length - 10} more` : ''}`,
          fix: `if the stack was renamed, rename the key "${other}" to "${stack}" under "stacks" in the lock file; if stack "${other}" is gone, delete its entry`,
        });
      }
      return new Map();
    }
    return new Map(vms.filter((vm) => placed.has(vm)).map((vm) => [vm, placed.get(vm)!]));
  }

  /** Records where a target placed VMs. */
  public record(stack: string, hostOf: ReadonlyMap<VmNode, string>): void {
    const placed = this.placed.get(stack)!;
    for (const [vm, host] of hostOf) placed.get(vm.name)!.host = host;
  }

  private claim(stack: string, vms: readonly VmNode[]): void {
    let placed = this.placed.get(stack);
    if (placed === undefined) this.placed.set(stack, placed = new Map());
    for (const vm of vms) {
      const other = placed.get(vm.name);
      if (other !== undefined && other.vm !== vm.scope) {
        throw new DesignError(vm.scope, {
          problem: `VM "${vm.name}" has the name of VM ${other.vm.node.path}, placed by another target of stack "${stack}"; the placement lock keeps a VM by its stack and name, so names must be unique among the placed VMs of a stack.`,
          value: JSON.stringify(vm.name),
          fix: 'give one of the VMs another name (the name prop), or put each target in a stack of its own',
        });
      }
      placed.set(vm.name, { vm: vm.scope });
    }
  }

  /**
   * After a successful `App.synth()`: writes the lock when it changes, unless a construct of
   * the app has an error annotation (cdktf synth then fails after the app has run).
   */
  public commit(): void {
    if (!this.persistent) return;
    const location = this.locate();
    if (!('file' in location)) return;
    const root = this.root!;
    // an app whose stacks place nothing now still drops their placements from an existing lock
    if (this.content === undefined && !fs.existsSync(location.file)) return;
    const content = this.load(root);
    if (root.node.findAll().some((c) => c.node.metadata.some((m) => m.type === AnnotationMetadataEntryType.ERROR))) return;
    const next: LockedPlacements = new Map(content.stacks);
    for (const stack of this.stacksOfApp()) {
      const placed = [...this.placed.get(stack) ?? []].filter(([, p]) => p.host !== undefined);
      if (placed.length === 0) next.delete(stack);
      else next.set(stack, new Map(placed.map(([vm, p]) => [vm, p.host!])));
    }
    const text = formatLock(next);
    if (this.text === undefined ? [...next.values()].every((vms) => vms.size === 0) : this.text === text) return;
    const changes = describeChanges(content, next);
    const readOnly = this.readOnly(location.file);
    if (readOnly !== undefined) this.refuseChange(location.file, readOnly, changes);
    try {
      writeFileAtomically(location.file, text);
    } catch (e) {
      this.refuseChange(location.file, `it cannot be written (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, changes);
    }
    this.content = { version: LOCK_FORMAT_VERSION, stacks: next };
    this.text = text;
  }

  private refuseChange(file: string, why: string, changes: { stack?: string; lines: string[] }): never {
    const root = this.root!;
    const stack = changes.stack === undefined ? undefined : root.node.findAll().find((c) => TerraformStack.isStack(c) && c.node.id === changes.stack);
    throw new DesignError(stack ?? root, {
      problem: `The placement lock file ${file} is read-only (${why}), and this synth would change it: ${changes.lines.join('; ')}.`,
      fix: `synthesize where the lock may be written and commit it (set "${LOCK_READ_ONLY_CONTEXT}": false to allow it in CI), or undo the change to the design`,
    });
  }

  /** Why the lock may not be written, or undefined. */
  private readOnly(file: string): string | undefined {
    const root = this.root!;
    const flag = root.node.tryGetContext(LOCK_READ_ONLY_CONTEXT);
    if (flag !== undefined && typeof flag !== 'boolean') {
      throw new DesignError(root, {
        problem: `The context value "${LOCK_READ_ONLY_CONTEXT}" must be true or false.`,
        value: JSON.stringify(flag),
        fix: `set "${LOCK_READ_ONLY_CONTEXT}": true to refuse changes to the lock, false to allow them`,
      });
    }
    if (flag === true) return `"${LOCK_READ_ONLY_CONTEXT}" is true`;
    const ci = process.env.CI;
    if (flag === undefined && ci !== undefined && !['', 'false', '0'].includes(ci.toLowerCase())) return 'the environment variable CI is set';
    if (fs.existsSync(file)) {
      // write permission, checked on the mode too: a superuser may write any file
      const mode = fs.statSync(file).mode;
      if ([0o200, 0o020, 0o002].every((bit) => Math.floor(mode / bit) % 2 === 0)) return 'the file is not writable';
      try {
        fs.accessSync(file, fs.constants.W_OK);
      } catch {
        return 'the file is not writable';
      }
    }
    return undefined;
  }

  private load(scope: IConstruct): LockContent {
    if (this.content !== undefined) return this.content;
    const file = this.file(scope);
    if (file === undefined || !fs.existsSync(file)) {
      this.content = { version: LOCK_FORMAT_VERSION, stacks: new Map() };
      return this.content;
    }
    const text = fs.readFileSync(file, 'utf8');
    this.content = parseLock(file, text, scope);
    this.text = text;
    return this.content;
  }

  private stacksOfApp(): Set<string> {
    this.stackNames ??= new Set((this.root?.node.findAll() ?? []).filter((c) => TerraformStack.isStack(c)).map((s) => s.node.id));
    return this.stackNames;
  }

  private locate(): LockLocation {
    if (this.location !== undefined) return this.location;
    const root = this.root;
    if (root === undefined) return this.location = { inMemory: true };
    const named = root.node.tryGetContext(LOCK_FILE_CONTEXT);
    const appDir = [process.cwd(), process.argv[1] && path.dirname(path.resolve(process.argv[1]))]
      .map((dir) => dir && findAbove(dir, 'cdktf.json'))
      .find((f) => f !== undefined);
    if (named === false) {
      this.location = { inMemory: true };
    } else if (typeof named === 'string' && named !== '') {
      this.location = { file: path.resolve(appDir === undefined ? process.cwd() : path.dirname(appDir), named) };
    } else if (named !== undefined) {
      throw new DesignError(root, {
        problem: `The context value "${LOCK_FILE_CONTEXT}" must be the lock file's path or false.`,
        value: JSON.stringify(named),
        fix: HOW_TO_SET,
      });
    } else if (appDir !== undefined) {
      this.location = { file: path.join(path.dirname(appDir), LOCK_FILE_NAME) };
    } else {
      this.location = {
        missing: `no lock file was named and no cdktf.json was found above the working directory (${process.cwd()}) or the app's script`,
      };
    }
    if ('file' in this.location && !App.isApp(root)) {
      throw new DesignError(root, {
        problem: 'The placement lock is written by App.synth(), and this construct tree has no App at its root.',
        fix: `create the stacks in a cdktf App, or set "${LOCK_FILE_CONTEXT}" to false to keep placements in memory only`,
      });
    }
    return this.location;
  }
}

const SESSIONS = new WeakMap<IConstruct, LockSession>();

/**
 * The placement lock as one target sees it: the app's lock file (`cdktf-hypervisor.lock.json`
 * next to `cdktf.json`, or the file the app context names, or memory when the context says
 * `false`), and the stack the target renders into.
 */
export class PlacementLock {
  /**
   * Makes `App.synth()` of the target's app write the lock after every stack synthesized. Call it
   * when a placing target is created: the app's synth cannot be hooked once it runs.
   */
  public static attach(target: IConstruct): void {
    PlacementLock.sessionOf(target);
  }

  /** The lock of the app that holds the target, for the stack the target renders into. */
  public static of(target: IConstruct): PlacementLock {
    return new PlacementLock(PlacementLock.sessionOf(target), TerraformStack.of(target).node.id);
  }

  /** No lock file: placements are not kept. */
  public static none(): PlacementLock {
    return new PlacementLock(new LockSession(undefined), '');
  }

  private static sessionOf(scope: IConstruct): LockSession {
    const root = scope.node.root;
    let session = SESSIONS.get(root);
    if (session !== undefined) return session;
    session = new LockSession(root);
    SESSIONS.set(root, session);
    if (App.isApp(root)) {
      const app = root as App;
      const synth = app.synth;
      const committing = session;
      app.synth = () => {
        synth.call(app);
        committing.commit();
      };
    }
    return session;
  }

  private constructor(private readonly session: LockSession, private readonly stack: string) {}

  /** The lock file's name, for reports. */
  public get displayName(): string {
    return this.session.displayName;
  }

  /** @internal */
  public _locked(cluster: IConstruct, vms: readonly VmNode[]): Map<string, string> {
    return this.session.locked(cluster, this.stack, vms);
  }

  /** @internal */
  public _record(hostOf: ReadonlyMap<VmNode, string>): void {
    this.session.record(this.stack, hostOf);
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
    lock: lock._locked(cluster.scope, members),
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
  return { hostOf, placement: result };
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

/**
 * What writing `next` over `before` changes, stack by stack: VMs added, moved and removed (a few
 * named per kind), and the stack of the first change.
 */
function describeChanges(before: LockContent, next: LockedPlacements): { stack?: string; lines: string[] } {
  const lines: string[] = [];
  let first: string | undefined;
  const names = (items: string[]) => `${items.slice(0, 10).join(', ')}${items.length > 10 ? ` and ${items.length - 10} more` : ''}`;
  for (const stack of [...new Set([...before.stacks.keys(), ...next.keys()])].sort(compare)) {
    const old = before.stacks.get(stack) ?? new Map<string, string>();
    const now = next.get(stack) ?? new Map<string, string>();
    const added = [...now].filter(([vm]) => !old.has(vm)).map(([vm, host]) => `${vm} on ${host}`);
    const moved = [...now].filter(([vm, host]) => old.has(vm) && old.get(vm) !== host).map(([vm, host]) => `${vm} from ${old.get(vm)} to ${host}`);
    const removed = [...old].filter(([vm]) => !now.has(vm)).map(([vm, host]) => `${vm} from ${host}`);
    const parts = [['adds', added], ['moves', moved], ['removes', removed]]
      .filter(([, items]) => items.length > 0)
      .map(([verb, items]) => `${verb} ${items.length} VM${items.length === 1 ? '' : 's'} (${names(items as string[])})`);
    if (parts.length === 0) continue;
    first ??= stack;
    lines.push(`stack "${stack}" ${parts.join(', ')}`);
  }
  if (before.version !== LOCK_FORMAT_VERSION) {
    lines.push(`the file is in lock format version ${before.version} and would be rewritten in version ${LOCK_FORMAT_VERSION}${lines.length === 0 ? ' (no VM moves)' : ''}`);
  }
  return { stack: first, lines };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function isPlainObject(x: unknown): x is { [key: string]: unknown } {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** A JSON value as a message names it. */
function describe(x: unknown): string {
  if (Array.isArray(x)) return 'an array';
  if (x === null) return 'null';
  if (typeof x === 'object') return 'an object';
  const text = JSON.stringify(x);
  return `${typeof x} ${text.length > 40 ? `${text.slice(0, 40)}...` : text}`;
}

function findAbove(dir: string, file: string): string | undefined {
  for (let d = dir; ; d = path.dirname(d)) {
    const candidate = path.join(d, file);
    if (fs.existsSync(candidate)) return candidate;
    if (path.dirname(d) === d) return undefined;
  }
}
