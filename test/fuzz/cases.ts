import * as fs from 'fs';
import * as path from 'path';
import { schemaViolations } from './conformance';
import { CaseSpec, LockKind, buildCase, caseSpec } from './designs';
import { powerShellInjections, terraformInjections } from './inert';
import { DesignError } from '../../src';

/*
 * One fuzz case: build the seed's design in an app, synthesize it to an output folder (so that
 * every file writer runs), and judge the end. It must end in a DesignError, or in output that
 * conforms to the provider schemas, where every hostile string is inert, that holds no token
 * text, and that is byte-identical when the same design is synthesized again.
 */

/** How a case ended. */
export type Outcome =
  | { readonly kind: 'synthesized' }
  | { readonly kind: 'refused'; readonly message: string }
  | { readonly kind: 'failed'; readonly problems: string[] };

/** Placement lock files a case can start with, but the one the library writes itself. */
const LOCK_TEXTS: { readonly [kind in Exclude<LockKind, 'absent' | 'library'>]: readonly string[] } = {
  'truncated': ['{"//": "Hosts of the VMs", "placements": {"main/cluster": {"vm0": "h', '{"version": 1, "stacks": {"main": {'],
  'other-format': ['placements:\n  main/cluster:\n    vm0: hv1\n', '<placements><vm name="vm0" host="hv1"/></placements>\n', '{"terraform": {"lock": true}}\n'],
  'wrong-shape': [
    '{"placements": []}\n', '{"placements": "hv1"}\n', '{"placements": {"main/cluster": ["hv1", "hv2"]}}\n',
    '{"placements": {"main/cluster": {"vm0": 42}}}\n', '{"placements": {"main/cluster": {"vm0": {"host": "hv1"}}}}\n',
  ],
  'other-version': ['{"version": 999, "placements": {}}\n', '{"formatVersion": 999, "stacks": {}}\n', '{"version": "0.0.1-alpha", "placements": {}}\n'],
  'not-an-object': ['[]\n', 'null\n', '42\n', '""\n', ''],
};

/** The initial lock text of a case (undefined: no file). */
function initialLock(spec: CaseSpec): string | undefined {
  if (spec.lock === 'absent' || spec.lock === 'library') return undefined;
  const texts = LOCK_TEXTS[spec.lock];
  return texts[spec.seed % texts.length];
}

/** The result of one synth of a case. */
interface Synth {
  readonly error?: unknown;
  readonly lockBefore?: string;
  readonly lockAfter?: string;
}

function synthTo(spec: CaseSpec, dir: string, lockText: string | undefined): Synth {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const lockFile = path.join(dir, 'placement.lock.json');
  if (lockText !== undefined) fs.writeFileSync(lockFile, lockText);
  const outdir = path.join(dir, 'out');
  let error: unknown;
  try {
    buildCase(spec, outdir, lockFile).synth();
  } catch (e) {
    error = e;
  }
  return { error, lockBefore: lockText, lockAfter: fs.existsSync(lockFile) ? fs.readFileSync(lockFile, 'utf8') : undefined };
}

/** Every file under a folder: relative path to content. */
function filesUnder(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else out.set(path.relative(dir, p), fs.readFileSync(p));
    }
  };
  if (fs.existsSync(dir)) walk(dir);
  return out;
}

/** Messages of a cdktf error for error annotations (the security baseline's errors). */
const ANNOTATION_ERROR = /^Encountered Annotations with level "ERROR"/;

/** Whether an exception is an accepted end: a DesignError, or error annotations of the security baseline. */
function refusal(e: unknown): string | undefined {
  if (DesignError.isDesignError(e)) return (e as Error).message;
  const message = (e as Error)?.message ?? '';
  if (e instanceof Error && ANNOTATION_ERROR.test(message)) {
    // every error annotation must be a rule of the baseline or a DesignError's text
    const lines = message.split('\n').filter((l) => /\[ERROR\]|^\s*-/.test(l));
    if (lines.every((l) => /\[HVSEC-[A-Z]+-[0-9]+\]/.test(l))) return message;
  }
  return undefined;
}

/** Runs one case in `workdir` and judges it. */
export function runCase(seed: number, workdir: string): { spec: CaseSpec; outcome: Outcome } {
  const spec = caseSpec(seed);
  const lockText = initialLock(spec);
  const a = synthTo(spec, path.join(workdir, 'a'), lockText);
  const problems: string[] = [];

  // an invalid lock is never changed, and fails a design whose placement needs it
  if (lockText !== undefined && a.lockAfter !== lockText) problems.push(`the ${spec.lock} lock file was changed (${JSON.stringify(lockText.slice(0, 60))})`);

  if (a.error !== undefined) {
    const message = refusal(a.error);
    if (message === undefined) {
      problems.push(`unexpected exception: ${String((a.error as Error)?.stack ?? a.error).split('\n').slice(0, 6).join('\n    ')}`);
      return { spec, outcome: { kind: 'failed', problems } };
    }
    if (a.lockAfter !== a.lockBefore) problems.push('a synth that failed wrote the placement lock');
    return { spec, outcome: problems.length > 0 ? { kind: 'failed', problems } : { kind: 'refused', message } };
  }

  if (spec.mistake !== undefined) problems.push(`the design with the mistake "${spec.mistake}" synthesized`);
  if (lockText !== undefined && spec.libraryPlaces) problems.push(`the ${spec.lock} lock file was read without an error`);
  const outA = path.join(workdir, 'a', 'out');
  problems.push(...checkOutput(spec, outA));

  // the same design again: byte-identical output, and a placement kept by the lock written first
  const b = synthTo(spec, path.join(workdir, 'b'), spec.lock === 'library' ? a.lockAfter : lockText);
  if (b.error !== undefined) {
    problems.push(`the second synth of the same design failed: ${String((b.error as Error)?.message ?? b.error).slice(0, 300)}`);
  } else {
    problems.push(...differences(filesUnder(outA), filesUnder(path.join(workdir, 'b', 'out'))));
    if (b.lockAfter !== a.lockAfter) problems.push(`the second synth wrote another lock: ${JSON.stringify(a.lockAfter?.slice(0, 200))} then ${JSON.stringify(b.lockAfter?.slice(0, 200))}`);
  }
  return { spec, outcome: problems.length > 0 ? { kind: 'failed', problems } : { kind: 'synthesized' } };
}

function differences(a: Map<string, Buffer>, b: Map<string, Buffer>): string[] {
  const out: string[] = [];
  for (const name of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(name);
    const y = b.get(name);
    if (x === undefined || y === undefined) out.push(`not deterministic: ${name} written by one synth only`);
    else if (!x.equals(y)) out.push(`not deterministic: ${name} differs between two synths of the same design`);
  }
  return out;
}

/** The checks of a synthesized app's output folder. */
export function checkOutput(spec: CaseSpec, outdir: string): string[] {
  const problems: string[] = [];
  const hostile = [...(spec.hostility?.strings ?? [])];
  const manifest = JSON.parse(fs.readFileSync(path.join(outdir, 'manifest.json'), 'utf8'));
  for (const s of spec.stacks) {
    const entry = manifest.stacks[s.name];
    if (entry === undefined) {
      problems.push(`stack ${s.name} is missing from the manifest`);
      continue;
    }
    const stackFile = path.join(outdir, entry.synthesizedStackPath);
    const stackDir = path.dirname(stackFile);
    const config = JSON.parse(fs.readFileSync(stackFile, 'utf8'));
    const at = (p: string) => `${s.name}: ${p}`;
    problems.push(...schemaViolations(config).map(at));
    problems.push(...terraformInjections(config).map(at));
    for (const [name, body] of Object.entries<any>(config.resource?.terraform_data ?? {})) {
      for (const provisioner of [body.provisioner ?? []].flat()) {
        const content = provisioner.file?.content;
        if (typeof content === 'string') {
          problems.push(...powerShellInjections(content, hostile).map((p) => at(`terraform_data.${name} script: ${p}`)));
        }
      }
    }
    // the files written next to the stack
    const written = fs.readdirSync(stackDir).filter((f) => fs.statSync(path.join(stackDir, f)).isFile());
    if (!written.includes('topology.mmd')) problems.push(at('no topology diagram written'));
    if (s.baseline) {
      if (!written.includes('security-report.json')) {
        problems.push(at('no security report written'));
      } else {
        try {
          JSON.parse(fs.readFileSync(path.join(stackDir, 'security-report.json'), 'utf8'));
        } catch (e) {
          problems.push(at(`the security report is not JSON: ${(e as Error).message}`));
        }
      }
    }
    for (const file of written.filter((f) => f !== 'cdk.tf.json' && f !== 'security-report.json')) {
      const text = fs.readFileSync(path.join(stackDir, file), 'utf8');
      for (const h of hostile) {
        if (/[\r\n\u2028\u2029\u0000]/.test(h) && text.includes(h)) problems.push(at(`${file} holds ${JSON.stringify(h.slice(0, 40))} with its line break or NUL`));
        if (file.endsWith('.mmd') && /["`<>]/.test(h) && text.includes(h)) problems.push(at(`${file} holds ${JSON.stringify(h.slice(0, 40))} unquoted`));
      }
    }
  }
  // no token text and no secret in any file
  for (const [name, content] of filesUnder(outdir)) {
    const text = content.toString('latin1');
    if (/TfToken|\$\{Token\[/.test(text)) problems.push(`${name} holds the text of a token`);
    for (const n of spec.hostility?.numberTokens ?? []) {
      if (text.includes(String(n))) problems.push(`${name} holds the number token ${n} as a number`);
    }
  }
  return problems;
}
