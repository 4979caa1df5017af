/**
 * Golden records of the fuzz cases: what the library synthesizes for each random design, to show
 * that a change of the rendering code leaves every byte of its output as it was.
 *
 * `ts-node --swc test/fuzz/golden.ts record --out DIR [--runs N] [--seed S] [--jobs J]`: runs the
 * fuzz cases of seeds S to S + N - 1 (1,500 from seed 20261121 by default; the same designs as
 * `npm run fuzz`, judged alike, see cases.ts) in J processes (default 1, at most 2) and writes
 * DIR/<seed>.txt for each: the refusal message, or every file of the case's first synth (manifest,
 * each stack's cdk.tf.json, placement.txt, topology.mmd, runbooks, security report, and the
 * placement lock file) in full and each asset by its name, size and sha256; a failed case also
 * gets its problems. The case's temporary folder is written as `<workdir>`, the repository's
 * folder as `<repo>`, and the tokens that messages show, whose numbers count the tokens made
 * before in the process, as `${TfToken[TOKEN.N]}` and `<number token>`; nothing else is changed.
 * Other `<seed>.txt` files in DIR are removed first.
 *
 * `ts-node --swc test/fuzz/golden.ts compare DIR_A DIR_B`: prints, for each case whose records
 * differ, its seed, the parts that differ and a diff of the first (at most 30 changed lines),
 * then a summary; exits 1 when a case differs or is recorded on one side only.
 */
import { spawn } from 'child_process';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCase } from './cases';

// as in run.ts: cdktf's stack trace of every token only serves its own error messages
// eslint-disable-next-line @typescript-eslint/no-require-imports
require('cdktf/lib/tokens/private/stack-trace').captureStackTrace = () => [];
(Error as any).prepareStackTrace = undefined;

const USAGE = [
  'usage: ts-node --swc test/fuzz/golden.ts record --out DIR [--runs N] [--seed S] [--jobs J]',
  '       ts-node --swc test/fuzz/golden.ts compare DIR_A DIR_B',
].join('\n');

/** The repository's folder (two above this file). */
const REPO = path.resolve(__dirname, '..', '..');

/** Files whose content is recorded by digest only: anything under an assets folder. */
const ASSET = /(^|\/)\.?assets\//;

/** Lines of a part shown by `compare` before it stops. */
const SHOWN_LINES = 30;

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const value = Number(process.argv[i + 1]);
  if (!Number.isInteger(value) || value < 0) fail(`--${name} takes a whole number`);
  return value;
}

function textOption(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return undefined;
  const value = process.argv[i + 1];
  if (value === undefined || value.startsWith('--')) fail(`--${name} takes a value`);
  return value;
}

// ---------------------------------------------------------------------------------------------
// Records

/** A part of a record: its header line and its lines. */
interface Part {
  readonly header: string;
  readonly lines: string[];
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { extractTokenDouble } = require('cdktf/lib/tokens/private/encoding');

/** The text of a token: its number counts the tokens made before it in the process. */
const STRING_TOKEN = /([$#&]\{TfToken\[[a-zA-Z0-9:._-]*?)\.[0-9]+\]\}/g;
/** A number in exponent notation, as number tokens (about -8.1e298) are written. */
const BIG_NUMBER = /-?[0-9]+(?:\.[0-9]+)?e[+-]?[0-9]+/gi;

/**
 * Replaces what varies from run to run: the temporary folder of the cases, the repository's folder,
 * and the numbers of tokens in messages (they depend on the cases run before in the same process).
 */
function normalize(text: string, workdir: string): string {
  return text.split(workdir).join('<workdir>').split(REPO).join('<repo>')
    .replace(STRING_TOKEN, '$1.N]}')
    .replace(BIG_NUMBER, (n) => (extractTokenDouble(Number(n), false) !== undefined || extractTokenDouble(Number(n), true) !== undefined
      ? '<number token>' : n));
}

/**
 * A text as a part: `=== <title> (<n> lines)`, with `, no newline at end` when its last line has
 * none, then the lines. The count lets a reader find the end whatever the lines hold.
 */
function textPart(title: string, text: string): Part {
  if (text === '') return { header: `=== ${title} (0 lines)`, lines: [] };
  const ended = text.endsWith('\n');
  const lines = (ended ? text.slice(0, -1) : text).split('\n');
  return { header: `=== ${title} (${lines.length} lines${ended ? '' : ', no newline at end'})`, lines };
}

/** Every file under a folder, relative paths with `/`, in code unit order. */
function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const p = rel === '' ? entry.name : `${rel}/${entry.name}`;
      if (entry.isDirectory()) walk(p);
      else out.push(p);
    }
  };
  if (fs.existsSync(dir)) walk('');
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The record of one file of a synthesized case. */
function filePart(root: string, rel: string, workdir: string): Part {
  const content = fs.readFileSync(path.join(root, rel));
  const text = content.toString('utf8');
  if (ASSET.test(rel) || !Buffer.from(text, 'utf8').equals(content)) {
    const digest = createHash('sha256').update(content).digest('hex');
    return { header: `=== asset ${rel} (${content.length} bytes, sha256 ${digest})`, lines: [] };
  }
  return textPart(`file ${rel}`, normalize(text, workdir));
}

/** Runs one case and returns its record. */
function recordCase(seed: number, workdir: string): { kind: string; text: string } {
  const { spec, outcome } = runCase(seed, workdir);
  const stacks = spec.stacks.map((s) => `${s.name}: ${s.vendor}${s.baseline ? ' + baseline' : ''}`).join(', ');
  const parts: Part[] = [{
    header: `=== case ${seed}`,
    lines: [`stacks ${stacks}; lock ${spec.lock}${spec.mistake ? `; mistake ${spec.mistake}` : ''}; ${spec.vms} VMs`, `outcome ${outcome.kind}`],
  }];
  if (outcome.kind === 'refused') {
    parts.push(textPart('refusal', normalize(outcome.message, workdir)));
  } else {
    if (outcome.kind === 'failed') {
      // stack frames name lines of the code, which a change moves: only the messages are kept
      const problems = outcome.problems.map((p) => p.split('\n').filter((l) => !/^\s*at /.test(l)).join('\n'));
      parts.push(textPart('problems', normalize(`${problems.join('\n')}\n`, workdir)));
    }
    // the first synth of the case: its output folder and the lock file next to it
    const root = path.join(workdir, 'a');
    if (outcome.kind === 'synthesized' || fs.existsSync(path.join(root, 'out', 'manifest.json'))) {
      for (const rel of filesUnder(root)) parts.push(filePart(root, rel, workdir));
    }
  }
  const text = parts.map((p) => [p.header, ...p.lines].join('\n')).join('\n') + '\n';
  return { kind: outcome.kind, text };
}

/** Parses a record back into its parts. */
function parseRecord(text: string): Part[] {
  const lines = text.endsWith('\n') ? text.slice(0, -1).split('\n') : text.split('\n');
  const parts: Part[] = [];
  let i = 0;
  while (i < lines.length) {
    const header = lines[i++];
    const count = /\((\d+) lines(?:, no newline at end)?\)$/.exec(header);
    if (count !== null) {
      const n = Number(count[1]);
      parts.push({ header, lines: lines.slice(i, i + n) });
      i += n;
    } else if (header.startsWith('=== case ')) {
      // the case line and the outcome line
      parts.push({ header, lines: lines.slice(i, i + 2) });
      i += 2;
    } else {
      parts.push({ header, lines: [] });
    }
  }
  return parts;
}

/** The title of a part: its header without its size. */
function titleOf(header: string): string {
  return header.replace(/^=== /, '').replace(/ \((\d+ lines|\d+ bytes).*\)$/, '');
}

type Counts = { [kind: string]: number };

function recordRange(seeds: number[], out: string): Counts {
  const workdir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdktf-hypervisor-golden-'));
  const counts: Counts = { synthesized: 0, refused: 0, failed: 0 };
  try {
    for (const seed of seeds) {
      const { kind, text } = recordCase(seed, workdir);
      counts[kind]++;
      fs.writeFileSync(path.join(out, `${seed}.txt`), text);
    }
  } finally {
    fs.rmSync(workdir, { recursive: true, force: true });
  }
  return counts;
}

/** Runs the seeds in `jobs` child processes, each every `jobs`-th seed; they write their counts to files. */
async function recordInChildren(out: string, base: number, runs: number, jobs: number): Promise<Counts> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdktf-hypervisor-golden-jobs-'));
  try {
    const all = await Promise.all(Array.from({ length: jobs }, (_, j) => new Promise<Counts>((resolve, reject) => {
      const file = path.join(dir, `${j}.json`);
      const args = ['--swc', __filename, 'record', '--out', out, '--child', file, '--seed', String(base), '--runs', String(runs),
        '--jobs', String(jobs), '--offset', String(j)];
      const child = spawn(process.execPath, [require.resolve('ts-node/dist/bin'), ...args], { stdio: 'inherit' });
      child.on('exit', (code) => {
        if (code === 0) resolve(JSON.parse(fs.readFileSync(file, 'utf8')));
        else reject(new Error(`a record process ended with code ${code}`));
      });
    })));
    const counts: Counts = { synthesized: 0, refused: 0, failed: 0 };
    for (const c of all) for (const [k, n] of Object.entries(c)) counts[k] = (counts[k] ?? 0) + n;
    return counts;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const RECORD_FILE = /^[0-9]+\.txt$/;

async function record(): Promise<number> {
  const out = path.resolve(textOption('out') ?? fail(USAGE));
  const runs = option('runs', 1500);
  const base = option('seed', 20261121);
  const jobs = Math.min(2, Math.max(1, option('jobs', 1)));
  const child = textOption('child');
  if (child !== undefined) {
    const offset = option('offset', 0);
    const share = Array.from({ length: runs }, (_, i) => base + i).filter((_s, i) => i % jobs === offset);
    fs.writeFileSync(child, JSON.stringify(recordRange(share, out)));
    return 0;
  }
  fs.mkdirSync(out, { recursive: true });
  for (const f of fs.readdirSync(out).filter((name) => RECORD_FILE.test(name))) fs.rmSync(path.join(out, f));

  const start = Date.now();
  const seeds = Array.from({ length: runs }, (_, i) => base + i);
  const counts = jobs === 1 || runs < 50 ? recordRange(seeds, out) : await recordInChildren(out, base, runs, jobs);
  const seconds = ((Date.now() - start) / 1000).toFixed(1);
  console.log(`${runs} cases recorded in ${out}: ${counts.synthesized} synthesized, ${counts.refused} refused, ${counts.failed} failed `
    + `(seeds ${base} to ${base + runs - 1}, ${jobs} process${jobs === 1 ? '' : 'es'}, ${seconds} s)`);
  return 0;
}

// ---------------------------------------------------------------------------------------------
// Comparison

/** One line of a diff: ' ' kept, '-' only in A, '+' only in B. */
type DiffLine = [' ' | '-' | '+', string];

/**
 * The lines of a diff of `a` and `b` (Myers' shortest edit script over the lines between their
 * common start and end); undefined when more than `limit` lines differ.
 */
function diffLines(a: string[], b: string[], limit: number): DiffLine[] | undefined {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const x0 = a.slice(start, endA);
  const y0 = b.slice(start, endB);
  const n = x0.length;
  const m = y0.length;
  const max = Math.min(n + m, limit);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = -1;
  for (let d = 0; d <= max && found < 0; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && x0[x] === y0[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
  }
  if (found < 0) return undefined;
  // walk back through the saved frontiers
  const middle: DiffLine[] = [];
  let x = n;
  let y = m;
  for (let d = found; d > 0; d--) {
    const prev = trace[d];
    const k = x - y;
    const down = k === -d || (k !== d && prev[offset + k - 1] < prev[offset + k + 1]);
    const prevK = down ? k + 1 : k - 1;
    const prevX = prev[offset + prevK];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
      middle.push([' ', x0[x]]);
    }
    if (down) middle.push(['+', y0[--y]]);
    else middle.push(['-', x0[--x]]);
  }
  while (x > 0 && y > 0) {
    x--;
    y--;
    middle.push([' ', x0[x]]);
  }
  middle.reverse();
  return [
    ...a.slice(0, start).map((l): DiffLine => [' ', l]),
    ...middle,
    ...a.slice(endA).map((l): DiffLine => [' ', l]),
  ];
}

/** A compact unified diff of two versions of a part: hunks with 3 lines of context, at most `shown` changed lines. */
function showDiff(a: string[], b: string[], shown: number): string[] {
  const diff = diffLines(a, b, 2000);
  if (diff === undefined) {
    let i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) i++;
    return [`(more than 2000 lines differ; the first at line ${i + 1})`,
      ...a.slice(i, i + shown / 2).map((l) => `-${l}`), ...b.slice(i, i + shown / 2).map((l) => `+${l}`)];
  }
  const changed = diff.map((d, i) => (d[0] === ' ' ? -1 : i)).filter((i) => i >= 0);
  // hunks: changes with 3 lines of context, joined where their contexts meet
  const hunks: Array<[number, number]> = [];
  for (const i of changed) {
    const last = hunks[hunks.length - 1];
    if (last !== undefined && i - 3 <= last[1] + 1) last[1] = Math.min(diff.length - 1, i + 3);
    else hunks.push([Math.max(0, i - 3), Math.min(diff.length - 1, i + 3)]);
  }
  const out: string[] = [];
  let printed = 0;
  for (const [from, to] of hunks) {
    if (printed >= shown) break;
    const before = diff.slice(0, from);
    out.push(`@@ -${before.filter((d) => d[0] !== '+').length + 1} +${before.filter((d) => d[0] !== '-').length + 1} @@`);
    for (let j = from; j <= to && printed < shown; j++) {
      if (diff[j][0] !== ' ') printed++;
      out.push(`${diff[j][0]}${diff[j][1]}`);
    }
  }
  if (changed.length > printed) out.push(`... ${changed.length - printed} more changed lines`);
  return out;
}

/** Why two records of a case differ: the differing parts, and a diff of the first. */
function explain(textA: string, textB: string): string[] {
  const a = parseRecord(textA);
  const b = parseRecord(textB);
  const byTitle = (parts: Part[]) => new Map(parts.map((p) => [titleOf(p.header), p]));
  const mapA = byTitle(a);
  const mapB = byTitle(b);
  const titles = [...new Set([...mapA.keys(), ...mapB.keys()])];
  const differing = titles.filter((t) => {
    const x = mapA.get(t);
    const y = mapB.get(t);
    return x === undefined || y === undefined || x.header !== y.header || x.lines.join('\n') !== y.lines.join('\n');
  });
  const listed = `${differing.slice(0, 8).join(', ')}${differing.length > 8 ? ', ...' : ''}`;
  const out = [`  ${differing.length} part${differing.length === 1 ? '' : 's'} differ: ${listed}`];
  const first = differing[0];
  if (first === undefined) return out;
  const x = mapA.get(first);
  const y = mapB.get(first);
  out.push(`  --- A ${x?.header ?? `(no ${first})`}`, `  +++ B ${y?.header ?? `(no ${first})`}`);
  out.push(...showDiff(x?.lines ?? [], y?.lines ?? [], SHOWN_LINES).map((l) => `  ${l}`));
  return out;
}

function compare(dirA: string, dirB: string): number {
  const seedsIn = (dir: string) => {
    if (!fs.existsSync(dir)) fail(`${dir} does not exist`);
    return new Set(fs.readdirSync(dir).filter((f) => RECORD_FILE.test(f)).map((f) => Number(f.slice(0, -4))));
  };
  const inA = seedsIn(dirA);
  const inB = seedsIn(dirB);
  const seeds = [...new Set([...inA, ...inB])].sort((p, q) => p - q);
  let differ = 0;
  let missing = 0;
  for (const seed of seeds) {
    if (!inA.has(seed) || !inB.has(seed)) {
      missing++;
      console.log(`case ${seed}: recorded in ${inA.has(seed) ? 'A' : 'B'} only`);
      continue;
    }
    const bufA = fs.readFileSync(path.join(dirA, `${seed}.txt`));
    const bufB = fs.readFileSync(path.join(dirB, `${seed}.txt`));
    if (bufA.equals(bufB)) continue;
    differ++;
    console.log(`case ${seed} differs:`);
    console.log(explain(bufA.toString('utf8'), bufB.toString('utf8')).join('\n'));
  }
  const same = seeds.length - differ - missing;
  console.log(`${seeds.length} cases: ${same} identical, ${differ} differ, ${missing} recorded on one side only (A ${dirA}, B ${dirB})`);
  return differ + missing > 0 ? 1 : 0;
}

async function main(): Promise<void> {
  const command = process.argv[2];
  if (command === 'record') {
    process.exit(await record());
  } else if (command === 'compare') {
    const [dirA, dirB] = process.argv.slice(3);
    if (dirA === undefined || dirB === undefined) fail(USAGE);
    process.exit(compare(dirA, dirB));
  } else {
    fail(USAGE);
  }
}

void main();
