import { randomBytes } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { IConstruct } from 'constructs';
import { DesignError } from '../model/errors';

/*
 * The lock file's format: reading it strictly, writing it sorted and atomically, and describing
 * what a new write would change.
 */

/**
 * The context key that says where the lock file is: a path (relative paths are resolved against
 * the folder of the app's `cdktf.json`), or `false` to keep placements in memory only (tests,
 * throwaway scripts: each synth places the VMs anew).
 */
export const LOCK_FILE_CONTEXT = 'cdktf-hypervisor:placementLock';

/** The format version lock files are written in. */
export const LOCK_FORMAT_VERSION = 2;

const LOCK_NOTE = 'Hosts of the VMs that cdktf-hypervisor placed, by stack and VM name. Commit this file: a placed VM stays on its host '
  + '(moving it would destroy and recreate it). To move VMs, set rebalance: true on their cluster.';


/** Locked placements: stack name to VM name to host name. */
export type LockedPlacements = Map<string, Map<string, string>>;

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

/**
 * What writing `next` over `before` changes, stack by stack: VMs added, moved and removed (a few
 * named per kind), and the stack of the first change.
 */
export function describeChanges(before: LockContent, next: LockedPlacements): { stack?: string; lines: string[] } {
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

export function compare(a: string, b: string): number {
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

