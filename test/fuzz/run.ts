/**
 * `npm run fuzz [-- --runs N] [--seed S] [--case C]`: builds and synthesizes random designs
 * (10,000 by default) into output folders and judges each (see cases.ts). Ends with one summary
 * line; exits 1 when a case fails, printing its seed and the command that reproduces it.
 */
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

const single = process.argv.includes('--case') ? option('case', 0) : undefined;
const runs = single === undefined ? option('runs', 10000) : 1;
const base = option('seed', 20261121);
const verbose = process.argv.includes('--verbose');

const workdir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdktf-hypervisor-fuzz-'));
const counts = { synthesized: 0, refused: 0, failed: 0 };
const refusals = new Map<string, number>();
const start = Date.now();
let shown = 0;
/** Failures by class (the problem with names and values left out): count and first seed. */
const classes = new Map<string, { count: number; seed: number }>();

function classOf(problem: string): string {
  return problem.split('\n')[0]
    .replace(/^[A-Za-z0-9_-]+: (?=(resource|data|provider|terraform_data|topology|runbook|placement|no |the |stacks)\b)/, '')
    .replace(/"(?:[^"\\]|\\.)*"/g, '"..."')
    .replace(/\.(vm|pair|net|rule|cluster|target)[A-Za-z0-9_-]*/g, '.*')
    .replace(/assets\/[^ ]*/g, 'assets/...')
    .replace(/\/tmp\/[^ ]*/g, '/tmp/...')
    .replace(/\[[0-9]+\]/g, '[N]')
    .replace(/[0-9]+/g, 'N')
    .slice(0, 200);
}

for (let n = 0; n < runs; n++) {
  const seed = single ?? base + n;
  const { spec, outcome } = runCase(seed, workdir);
  counts[outcome.kind]++;
  if (outcome.kind === 'refused' && verbose) {
    const key = `${spec.mistake ? 'mistake' : 'valid'}: ${outcome.message.split('\n')[0].replace(/\d+/g, 'N').slice(0, 150)}`;
    refusals.set(key, (refusals.get(key) ?? 0) + 1);
  }
  if (outcome.kind === 'failed') {
    for (const key of new Set(outcome.problems.map(classOf))) {
      const c = classes.get(key);
      if (c === undefined) classes.set(key, { count: 1, seed });
      else c.count++;
    }
  }
  if (outcome.kind === 'failed' && (shown++ < 10 || single !== undefined)) {
    console.error(`FAILED case ${seed} (${spec.stacks.map((s) => `${s.name}: ${s.vendor}${s.baseline ? ' + baseline' : ''}`).join(', ')}; `
      + `${spec.vms} VMs; lock ${spec.lock}${spec.mistake ? `; mistake ${spec.mistake}` : ''}) - reproduce: npm run fuzz -- --case ${seed}`);
    for (const p of outcome.problems.slice(0, single === undefined ? 4 : 50)) console.error(`  ${p}`);
  }
}
fs.rmSync(workdir, { recursive: true, force: true });

if (verbose) {
  for (const [key, n] of [...refusals].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`${String(n).padStart(5)}  ${key}`);
}
if (classes.size > 0 && single === undefined) {
  console.error('Failures by class (cases, first seed):');
  for (const [key, c] of [...classes].sort((a, b) => b[1].count - a[1].count)) console.error(`${String(c.count).padStart(6)}  ${c.seed}  ${key}`);
}
const seconds = ((Date.now() - start) / 1000).toFixed(1);
const pct = (n: number) => `${((100 * n) / Math.max(1, runs)).toFixed(1)}%`;
console.log(`${runs} cases: ${counts.synthesized} synthesized (${pct(counts.synthesized)}), ${counts.refused} DesignError, `
  + `${counts.failed} unexpected (${single === undefined ? `seeds ${base} to ${base + runs - 1}` : `case ${single}`}, ${seconds} s)`);
process.exit(counts.failed > 0 ? 1 : 0);
