import * as fs from 'fs';
import * as path from 'path';
import { IConstruct } from 'constructs';
import {
  LOCK_FILE_CONTEXT, LOCK_FORMAT_VERSION, LockContent, LockedPlacements, describeChanges, formatLock, parseLock, writeFileAtomically,
} from './lock-file';
import { AnnotationMetadataEntryType, App, TerraformStack } from '../core';
import { VmNode } from '../model/design';
import { DesignError } from '../model/errors';

/*
 * The placement lock: the hosts the library placed VMs on, kept in a file across synths (the
 * engine does the placing, in `place-cluster.ts`; the file's format is in `lock-file.ts`).
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
 * The context key that makes the lock file read-only: `true` fails a synth that would change it
 * (naming the VMs that would be added, moved or removed), `false` lets it be written. Unset, the
 * lock is read-only when the environment variable `CI` is set (to anything but `false` or `0`),
 * so that a pipeline never places VMs in a lock that nobody commits.
 */
export const LOCK_READ_ONLY_CONTEXT = 'cdktf-hypervisor:lockReadOnly';

/** Name of the lock file, next to `cdktf.json`. */
export const LOCK_FILE_NAME = 'cdktf-hypervisor.lock.json';

/** The format version this library writes; it reads this one and every earlier one. */
export { LOCK_FILE_CONTEXT, LOCK_FORMAT_VERSION, formatLock, parseLock, writeFileAtomically } from './lock-file';
export type { LockContent } from './lock-file';

const HOW_TO_SET = `set the context key "${LOCK_FILE_CONTEXT}" (in cdktf.json's "context", or new App({ context })) to the lock file's path, `
  + 'run the synth from the folder of cdktf.json (cdktf synth does), or set it to false to keep placements in memory only (tests, scripts)';

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
function findAbove(dir: string, file: string): string | undefined {
  for (let d = dir; ; d = path.dirname(d)) {
    const candidate = path.join(d, file);
    if (fs.existsSync(candidate)) return candidate;
    if (path.dirname(d) === d) return undefined;
  }
}
