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

for (let n = 0; n < runs; n++) {
  const seed = single ?? (base + n) >>> 0;
  const { spec, outcome } = runCase(seed, workdir);
  counts[outcome.kind]++;
  if (outcome.kind === 'refused' && verbose) {
    const key = `${spec.mistake ? 'mistake' : 'valid'}: ${outcome.message.split('\n')[0].replace(/\d+/g, 'N').slice(0, 150)}`;
    refusals.set(key, (refusals.get(key) ?? 0) + 1);
  }
  if (outcome.kind === 'failed' && (shown++ < 20 || single !== undefined)) {
    console.error(`FAILED case ${seed} (${spec.stacks.map((s) => `${s.name}: ${s.vendor}${s.baseline ? ' + baseline' : ''}`).join(', ')}; `
      + `${spec.vms} VMs; lock ${spec.lock}${spec.mistake ? `; mistake ${spec.mistake}` : ''}) - reproduce: npm run fuzz -- --case ${seed}`);
    for (const p of outcome.problems.slice(0, single === undefined ? 4 : 50)) console.error(`  ${p}`);
  }
}
fs.rmSync(workdir, { recursive: true, force: true });

if (verbose) {
  for (const [key, n] of [...refusals].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`${String(n).padStart(5)}  ${key}`);
}
const seconds = ((Date.now() - start) / 1000).toFixed(1);
const pct = (n: number) => `${((100 * n) / Math.max(1, runs)).toFixed(1)}%`;
console.log(`${runs} cases: ${counts.synthesized} synthesized (${pct(counts.synthesized)}), ${counts.refused} DesignError, `
  + `${counts.failed} unexpected (seeds ${base} to ${base + runs - 1}, ${seconds} s)`);
process.exit(counts.failed > 0 ? 1 : 0);
