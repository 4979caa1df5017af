/**
 * `npm run fuzz [-- --runs N] [--seed S] [--jobs J] [--case C] [--verbose]`: builds and
 * synthesizes random designs (10,000 from seed 20261121 by default) into output folders and
 * judges each (see cases.ts), in J processes (default: one per CPU, at most 2). Ends with one
 * summary line; exits 1 when a case fails, printing its seed and the command that reproduces it,
 * and the failures by class with the first seed of each.
 */
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCase } from './cases';

// cdktf captures a full stack trace for every token it creates, only to show it in its own error
// messages; that took half of the run (the output does not depend on it)
// eslint-disable-next-line @typescript-eslint/no-require-imports
require('cdktf/lib/tokens/private/stack-trace').captureStackTrace = () => [];
(Error as any).prepareStackTrace = undefined;

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const value = Number(process.argv[i + 1]);
  if (!Number.isInteger(value) || value < 0) {
    console.error(`--${name} takes a whole number`);
    process.exit(2);
  }
  return value;
}

/** What a range of cases gave. */
interface Result {
  counts: { synthesized: number; refused: number; failed: number };
  /** Failure class: number of cases and the first seed. */
  classes: { [key: string]: { count: number; seed: number } };
  /** Refusal messages by kind of case (with --verbose). */
  refusals: { [key: string]: number };
  /** The first failures, printed. */
  failures: string[];
}

/** A problem without the names and values of its case, to count failures of one kind together. */
function classOf(problem: string): string {
  return problem.split('\n')[0]
    .replace(/^[A-Za-z0-9_-]+: (?=(resource|data|provider|terraform_data|topology|runbook|placement)\b)/, '')
    .replace(/"(?:[^"\\]|\\.)*"/g, '"..."')
    .replace(/\.(vm|pair|net|rule|cluster|target)[A-Za-z0-9_-]*/g, '.*')
    .replace(/assets\/[^ ]*/g, 'assets/...')
    .replace(/\/tmp\/[^ ]*/g, '/tmp/...')
    .replace(/\[[0-9]+\]/g, '[N]')
    .replace(/[0-9]+/g, 'N')
    .slice(0, 200);
}

function runRange(seeds: number[], verbose: boolean, showAll: boolean): Result {
  const workdir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdktf-hypervisor-fuzz-'));
  const result: Result = { counts: { synthesized: 0, refused: 0, failed: 0 }, classes: {}, refusals: {}, failures: [] };
  try {
    for (const seed of seeds) {
      const { spec, outcome } = runCase(seed, workdir);
      result.counts[outcome.kind]++;
      if (outcome.kind === 'refused' && verbose) {
        const key = `${spec.mistake ? 'mistake' : 'valid'}: ${outcome.message.split('\n')[0].replace(/\d+/g, 'N').slice(0, 150)}`;
        result.refusals[key] = (result.refusals[key] ?? 0) + 1;
      }
      if (outcome.kind !== 'failed') continue;
      for (const key of new Set(outcome.problems.map(classOf))) {
        const c = result.classes[key];
        if (c === undefined) result.classes[key] = { count: 1, seed };
        else c.count++;
      }
      if (result.failures.length < 10 || showAll) {
        const stacks = spec.stacks.map((s) => `${s.name}: ${s.vendor}${s.baseline ? ' + baseline' : ''}`).join(', ');
        result.failures.push([
          `FAILED case ${seed} (${stacks}; ${spec.vms} VMs; lock ${spec.lock}${spec.mistake ? `; mistake ${spec.mistake}` : ''})`
            + ` - reproduce: npm run fuzz -- --case ${seed}`,
          ...outcome.problems.slice(0, showAll ? 50 : 4).map((p) => `  ${p}`),
        ].join('\n'));
      }
    }
  } finally {
    if (!process.env.FUZZ_KEEP) fs.rmSync(workdir, { recursive: true, force: true });
  }
  return result;
}

function merge(results: Result[]): Result {
  const all: Result = { counts: { synthesized: 0, refused: 0, failed: 0 }, classes: {}, refusals: {}, failures: [] };
  for (const r of results) {
    for (const k of ['synthesized', 'refused', 'failed'] as const) all.counts[k] += r.counts[k];
    for (const [key, c] of Object.entries(r.classes)) {
      const mine = all.classes[key];
      if (mine === undefined) all.classes[key] = { ...c };
      else all.classes[key] = { count: mine.count + c.count, seed: Math.min(mine.seed, c.seed) };
    }
    for (const [key, n] of Object.entries(r.refusals)) all.refusals[key] = (all.refusals[key] ?? 0) + n;
    all.failures.push(...r.failures);
  }
  const seedOf = (failure: string) => Number(/case ([0-9]+)/.exec(failure)![1]);
  all.failures.sort((a, b) => seedOf(a) - seedOf(b));
  return all;
}

/** Runs the seeds in `jobs` child processes, each every `jobs`-th seed; they write their results to files. */
async function runInChildren(base: number, runs: number, jobs: number, verbose: boolean): Promise<Result> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdktf-hypervisor-fuzz-jobs-'));
  try {
    return merge(await Promise.all(Array.from({ length: jobs }, (_, j) => new Promise<Result>((resolve, reject) => {
      const out = path.join(dir, `${j}.json`);
      // the child runs this file as `npm run fuzz` does: ts-node with swc
      const args = ['--swc', __filename, '--child', out, '--seed', String(base), '--runs', String(runs), '--jobs', String(jobs), '--offset', String(j)];
      const child = spawn(process.execPath, [require.resolve('ts-node/dist/bin'), ...args, ...(verbose ? ['--verbose'] : [])], { stdio: 'inherit' });
      child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(fs.readFileSync(out, 'utf8'))) : reject(new Error(`a fuzz process ended with code ${code}`))));
    }))));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const verbose = process.argv.includes('--verbose');
  const single = process.argv.includes('--case') ? option('case', 0) : undefined;
  const runs = single === undefined ? option('runs', 10000) : 1;
  const base = option('seed', 20261121);
  const jobs = single === undefined ? Math.max(1, option('jobs', Math.min(2, os.cpus().length))) : 1;
  const child = process.argv.indexOf('--child');
  if (child >= 0) {
    const offset = option('offset', 0);
    const share = Array.from({ length: runs }, (_, i) => base + i).filter((_s, i) => i % jobs === offset);
    fs.writeFileSync(process.argv[child + 1], JSON.stringify(runRange(share, verbose, false)));
    return;
  }
  const seeds = single === undefined ? Array.from({ length: runs }, (_, i) => base + i) : [single];

  const start = Date.now();
  const result = jobs === 1 || runs < 50 ? runRange(seeds, verbose, single !== undefined) : await runInChildren(base, runs, jobs, verbose);

  for (const failure of result.failures.slice(0, single === undefined ? 10 : 1)) console.error(failure);
  if (verbose) {
    for (const [key, n] of Object.entries(result.refusals).sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`${String(n).padStart(5)}  ${key}`);
  }
  const classes = Object.entries(result.classes).sort((a, b) => b[1].count - a[1].count || a[1].seed - b[1].seed);
  if (classes.length > 0 && single === undefined) {
    console.error('Failures by class (cases, first seed):');
    for (const [key, c] of classes) console.error(`${String(c.count).padStart(6)}  ${c.seed}  ${key}`);
  }
  const seconds = ((Date.now() - start) / 1000).toFixed(1);
  const pct = (n: number) => `${((100 * n) / Math.max(1, runs)).toFixed(1)}%`;
  const { synthesized, refused, failed } = result.counts;
  console.log(`${runs} cases: ${synthesized} synthesized (${pct(synthesized)}), ${refused} DesignError, ${failed} unexpected `
    + `(${single === undefined ? `seeds ${base} to ${base + runs - 1}` : `case ${single}`}, ${jobs} process${jobs === 1 ? '' : 'es'}, ${seconds} s)`);
  process.exit(failed > 0 ? 1 : 0);
}

void main();
