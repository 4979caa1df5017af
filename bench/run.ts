/**
 * `npm run bench`: the library against the hand-written cdktf program that writes the same JSON
 * (baseline.ts) and against the floor (floor.ts: parse the library's JSON and write it again), and
 * the placement engine alone.
 *
 *   npm run bench -- [--vendors vsphere,hyperv,libvirt,proxmox] [--sizes 1000,10000] [--reps 3] [--out BENCHMARKS.md]
 *   npm run bench -- --vendor vsphere --vms 1000          (one vendor and size; --vendor and --vms take lists too)
 *   npm run bench -- --scale [--sizes 10000,20000] [--reps 1] [--out BENCHMARKS.md]
 *
 * Every measurement runs in a fresh Node.js process on compiled JavaScript: the library's `lib/`,
 * as a user's program loads it, and the benchmark's own files transpiled next to it. `lib/` is built
 * first (`npx projen compile`) when any file of `src/` is newer than its compiled file. Each cell runs
 * the library, then the floor on the library's output, then the hand-written program, `--reps`
 * times, and reports medians. Wall time runs from spawning the process to its exit (Node.js start
 * and module loading included); peak RSS is the process's own `maxRSS`.
 *
 * The run fails (exit code 1) when the hand-written program does not write the library's resource
 * types and counts; it warns when their JSON differs otherwise (cdktf's `//` metadata aside).
 *
 * The report goes to standard output. A run of every vendor at the default sizes also writes it to
 * BENCHMARKS.md, keeping that file's "Scale" section; any run writes it to `--out <file>`.
 *
 * `--scale` measures the library alone on libvirt at 10,000 and 20,000 VMs (200 and 400 hosts),
 * without and with the security baseline, and writes only the "Scale" section of the output file,
 * keeping the rest. Not part of the tests.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { TerraformJson, countDifferences, countsOf, hostTableOf, jsonDifferences } from './compare';
import { BenchVendor } from './design';
import { benchPlacement } from './placement';

/** The heap a measurement process may use. */
const HEAP_MIB = 16384;
/** Targets of the library against the hand-written program: wall time and peak RSS, library ÷ hand-written. */
const TARGET = { wall: 0.8, rss: 1.0 };
const VENDORS: BenchVendor[] = ['vsphere', 'hyperv', 'libvirt', 'proxmox'];
const DEFAULT_SIZES = [1000, 10000];

interface Args { scale: boolean; sizes: number[]; reps: number; vendors: BenchVendor[]; out?: string }

function parseArgs(argv: string[]): Args {
  const scale = argv.includes('--scale');
  const args: Args = scale
    ? { scale, sizes: [10000, 20000], reps: 1, vendors: ['libvirt'], out: 'BENCHMARKS.md' }
    : { scale, sizes: DEFAULT_SIZES, reps: 3, vendors: VENDORS };
  let narrowed = false;
  let out: string | undefined;
  const rest = argv.filter((a) => a !== '--scale');
  for (let i = 0; i < rest.length; i += 2) {
    const value = rest[i + 1];
    if (value === undefined || value.startsWith('--')) throw new Error(`option ${rest[i]} needs a value`);
    switch (rest[i]) {
      case '--sizes':
      case '--vms':
        args.sizes = value.split(',').map(Number);
        if (args.sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`${rest[i]} takes numbers of VMs, e.g. 1000,10000`);
        narrowed = true;
        break;
      case '--vendors':
      case '--vendor':
        args.vendors = value.split(',') as BenchVendor[];
        if (args.vendors.some((v) => !VENDORS.includes(v))) throw new Error(`${rest[i]} takes ${VENDORS.join(', ')}`);
        narrowed = true;
        break;
      case '--reps': args.reps = Number(value); break;
      case '--out': out = value; break;
      default:
        throw new Error(`unknown option ${rest[i]}; options: --vendor(s), --vms (or --sizes), --reps, --out, --scale`);
    }
  }
  if (!(args.reps >= 1)) throw new Error('--reps takes a number of runs, at least 1');
  if (scale && args.vendors.join() !== 'libvirt') throw new Error('--scale measures libvirt only');
  // a full run writes BENCHMARKS.md; a run of some vendors or sizes only where --out says
  args.out = out ?? (scale || !narrowed ? 'BENCHMARKS.md' : undefined);
  return args;
}

/** One process: wall time from spawn to exit, time in the process, CPU time (user + system, whole process) and peak RSS. */
interface Sample { wallMs: number; synthMs: number; cpuMs: number; maxRssKiB: number }

const root = path.resolve(__dirname, '..');
const buildDir = path.join(root, '.bench');

/** Every file of `dir` and below. */
function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

/** Why `lib/` does not hold the compiled `src/`, or undefined: a source file without its compiled file or newer than it. */
function staleLib(): string | undefined {
  for (const source of filesUnder(path.join(root, 'src')).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))) {
    const relative = path.relative(path.join(root, 'src'), source);
    const compiled = path.join(root, 'lib', relative.replace(/\.ts$/, '.js'));
    if (!fs.existsSync(compiled)) return `lib/${relative.replace(/\.ts$/, '.js')} is missing`;
    if (fs.statSync(source).mtimeMs > fs.statSync(compiled).mtimeMs) return `src/${relative} is newer than its compiled file`;
  }
  return undefined;
}

/** Builds `lib/` when it is older than `src/`: the benchmark measures the compiled library. */
function ensureBuilt(): void {
  const stale = staleLib();
  if (stale === undefined) {
    process.stderr.write('lib/ is up to date with src/\n');
    return;
  }
  process.stderr.write(`${stale}: building lib/ (npx projen compile)\n`);
  const build = spawnSync('npx', ['projen', 'compile'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('building lib/ failed');
  const still = staleLib();
  if (still !== undefined) throw new Error(`lib/ is still not the compiled src/ after building: ${still}`);
}

/** Transpiles the benchmark's own files next to `lib/` so that the measured processes run plain Node.js. */
function transpile(): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const swc = require('@swc/core');
  fs.rmSync(buildDir, { recursive: true, force: true });
  fs.mkdirSync(buildDir);
  for (const file of fs.readdirSync(__dirname).filter((f) => f.endsWith('.ts'))) {
    const { code } = swc.transformFileSync(path.join(__dirname, file), {
      jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
      module: { type: 'commonjs' },
    });
    fs.writeFileSync(path.join(buildDir, file.replace(/\.ts$/, '.js')), code);
  }
}

/** A measurement whose process failed, e.g. out of memory. */
class Failed extends Error {}

/** Runs one script of `.bench/` in a fresh process and reads the line of JSON it prints. */
function spawnMeasured(script: string, args: string[]): Sample {
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, [`--max-old-space-size=${HEAP_MIB}`, path.join(buildDir, script), ...args],
    { cwd: root, encoding: 'utf8', env: { ...process.env, CHECKPOINT_DISABLE: '1' }, maxBuffer: 64 * 1024 * 1024 });
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  if (child.status !== 0) {
    const oom = /heap out of memory|allocation failed/i.test(child.stderr ?? '');
    throw new Failed(oom ? `ran out of its ${HEAP_MIB.toLocaleString('en-US')} MiB heap after ${secs(wallMs)} s`
      : `failed after ${secs(wallMs)} s: ${(child.stderr ?? '').trim().split('\n').slice(-3).join(' ')}`);
  }
  const result = JSON.parse(child.stdout.trim().split('\n').pop()!);
  return { wallMs, synthMs: result.ms, cpuMs: result.cpuMs, maxRssKiB: result.maxRssKiB };
}

/** The stack file a measurement wrote into its output directory. */
const stackFile = (outdir: string, vendor: string) => path.join(outdir, 'stacks', vendor, 'cdk.tf.json');
const readJson = (file: string): TerraformJson => JSON.parse(fs.readFileSync(file, 'utf8'));

/** The library or the hand-written program synthesizing one design, writing into `outdir`. */
function measure(kind: 'library' | 'baseline', vendor: string, vms: number, outdir: string, options: string[] = []): Sample {
  return spawnMeasured('run-one.js', [kind, vendor, String(vms), outdir, ...options]);
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const secs = (ms: number) => (ms / 1000).toFixed(2);
const mib = (kib: number) => Math.round(kib / 1024).toLocaleString('en-US');
const vmsText = (n: number) => n.toLocaleString('en-US');

interface Row {
  vendor: BenchVendor;
  vms: number;
  resources: number;
  library: Sample[];
  floor: Sample[];
  baseline: Sample[];
  /** Why the hand-written program has no samples. */
  skipped?: string;
  /** Resource types or counts that differ between the library and the hand-written program. */
  countMismatch?: string[];
  /** How many JSON values differ otherwise, and the first of them. */
  jsonDiff?: { total: number; first: string[] };
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  ensureBuilt();
  transpile();
  if (args.scale) return scaleMain(args);
  const started = new Date();
  const loadBefore = os.loadavg()[0];
  const rows: Row[] = [];
  for (const vms of args.sizes) {
    for (const vendor of args.vendors) rows.push(measureCell(args, rows, vendor, vms));
  }
  const placement = benchPlacement(5);
  const report = render(args, rows, placement, started, [loadBefore, os.loadavg()[0]]);
  if (args.out !== undefined) {
    fs.writeFileSync(path.resolve(root, args.out), withScaleSection(report, scaleSectionOf(readOutput(args.out))));
    process.stderr.write(`wrote ${args.out}\n`);
  }
  process.stdout.write(report);
  const mismatched = rows.filter((r) => r.countMismatch);
  if (mismatched.length > 0) {
    process.stderr.write(`\n!!! THE HAND-WRITTEN PROGRAM DOES NOT WRITE THE LIBRARY'S RESOURCES: ${mismatched.map((r) => `${r.vendor} ${vmsText(r.vms)}`).join(', ')}\n`);
    process.exitCode = 1;
  }
}

/** One vendor at one size: library, floor and hand-written program, `reps` times. */
function measureCell(args: Args, rows: Row[], vendor: BenchVendor, vms: number): Row {
  const row: Row = { vendor, vms, resources: 0, library: [], floor: [], baseline: [] };
  // A hand-written program whose peak memory at a tenth of the size, times ten, exceeds the heap is not run.
  const smaller = rows.find((r) => r.vendor === vendor && r.vms * 10 === vms && r.baseline.length > 0);
  const projected = smaller ? median(smaller.baseline.map((s) => s.maxRssKiB)) * 10 : 0;
  if (projected > HEAP_MIB * 1024) {
    row.skipped = `hand-written program not run: it used ${mib(projected / 10)} MiB at ${vmsText(vms / 10)} VMs, `
      + `so about ${mib(projected)} MiB here, over the ${HEAP_MIB.toLocaleString('en-US')} MiB heap`;
  }
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-'));
  try {
    const hostsFile = path.join(work, 'hosts.json');
    for (let r = 0; r < args.reps; r++) {
      const libDir = path.join(work, `library-${r}`);
      const floorDir = path.join(work, `floor-${r}`);
      const baseDir = path.join(work, `baseline-${r}`);
      for (const dir of [libDir, floorDir, baseDir]) fs.mkdirSync(dir);
      row.library.push(measure('library', vendor, vms, libDir));
      const libraryJson = r === 0 ? readJson(stackFile(libDir, vendor)) : undefined;
      if (libraryJson) {
        row.resources = Object.values(countsOf(libraryJson)).reduce((a, b) => a + b, 0);
        fs.writeFileSync(hostsFile, JSON.stringify(hostTableOf(vendor, libraryJson)));
      }
      row.floor.push(spawnMeasured('floor.js', [stackFile(libDir, vendor), path.join(floorDir, 'cdk.tf.json')]));
      if (!row.skipped) {
        try {
          row.baseline.push(measure('baseline', vendor, vms, baseDir, ['--hosts', hostsFile]));
        } catch (e) {
          if (!(e instanceof Failed)) throw e;
          row.skipped = `hand-written program ${e.message}`;
          row.baseline = [];
        }
      }
      if (libraryJson && !row.skipped) check(row, libraryJson, readJson(stackFile(baseDir, vendor)));
      for (const dir of [libDir, floorDir, baseDir]) fs.rmSync(dir, { recursive: true, force: true });
      const last = row.baseline[row.baseline.length - 1];
      process.stderr.write(`${vendor} ${vmsText(vms)} VMs, run ${r + 1}: library ${secs(row.library[r].wallMs)} s, `
        + `floor ${secs(row.floor[r].wallMs)} s${last && !row.skipped ? `, hand-written ${secs(last.wallMs)} s` : ''}\n`);
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  return row;
}

/** Compares the hand-written program's JSON with the library's: types and counts, then every value. */
function check(row: Row, library: TerraformJson, baseline: TerraformJson): void {
  const counts = countDifferences(countsOf(library), countsOf(baseline));
  if (counts.length > 0) {
    row.countMismatch = counts;
    process.stderr.write(`\n!!! ${row.vendor} ${vmsText(row.vms)} VMs: THE HAND-WRITTEN PROGRAM DOES NOT WRITE THE LIBRARY'S RESOURCE TYPES AND COUNTS\n`
      + counts.map((c) => `!!!   ${c}\n`).join('') + '\n');
  }
  const diff = jsonDifferences(library, baseline);
  if (diff.total > 0) {
    row.jsonDiff = diff;
    process.stderr.write(`warning: ${row.vendor} ${vmsText(row.vms)} VMs: the hand-written JSON differs from the library's in ${diff.total} values, e.g.\n`
      + diff.first.map((d) => `  ${d}\n`).join(''));
  }
}

/** The heading of the section `--scale` writes. */
const SCALE_HEADING = '## Scale: libvirt with and without the security baseline';

interface ScaleRow { vms: number; hosts: number; resources: number; plain: Sample[]; secured: Sample[] }

/** `--scale`: each size without and with the security baseline, alternating, a fresh process each. */
function scaleMain(args: Args): void {
  const rows: ScaleRow[] = [];
  const started = new Date();
  const loadBefore = os.loadavg()[0];
  for (const vms of args.sizes) {
    const row: ScaleRow = { vms, hosts: Math.max(4, Math.ceil(vms / 50)), resources: 0, plain: [], secured: [] };
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-'));
    try {
      for (let r = 0; r < args.reps; r++) {
        const plainDir = path.join(work, `plain-${r}`);
        const securedDir = path.join(work, `secured-${r}`);
        row.plain.push(measure('library', 'libvirt', vms, plainDir));
        row.secured.push(measure('library', 'libvirt', vms, securedDir, ['--security']));
        if (r === 0) {
          const plain = countsOf(readJson(stackFile(plainDir, 'libvirt')));
          const mismatch = countDifferences(plain, countsOf(readJson(stackFile(securedDir, 'libvirt'))));
          if (mismatch.length) throw new Error(`${vms}: the security baseline changed the resources: ${mismatch.join('; ')}`);
          row.resources = Object.values(plain).reduce((a, b) => a + b, 0);
        }
        for (const dir of [plainDir, securedDir]) fs.rmSync(dir, { recursive: true, force: true });
        process.stderr.write(`libvirt ${vms} VMs, run ${r + 1}: without the baseline ${secs(row.plain[r].wallMs)} s, `
          + `with it ${secs(row.secured[r].wallMs)} s\n`);
      }
    } finally {
      fs.rmSync(work, { recursive: true, force: true });
    }
    rows.push(row);
  }
  const section = renderScale(args, rows, started, [loadBefore, os.loadavg()[0]]);
  if (args.out !== undefined) {
    fs.writeFileSync(path.resolve(root, args.out), withScaleSection(readOutput(args.out) ?? '# Benchmarks\n', section));
    process.stderr.write(`wrote the "Scale" section of ${args.out}\n`);
  }
  process.stdout.write(section);
}

function readOutput(out: string): string | undefined {
  const file = path.resolve(root, out);
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
}

/** The "Scale" section of a report, up to the next section; undefined if it has none. */
function scaleSectionOf(report: string | undefined): string | undefined {
  const start = report?.indexOf(`\n${SCALE_HEADING}\n`) ?? -1;
  if (report === undefined || start < 0) return undefined;
  const next = report.indexOf('\n## ', start + 1);
  return report.slice(start + 1, next < 0 ? undefined : next + 1);
}

/** The report with its "Scale" section replaced by `section` (appended if it has none). */
function withScaleSection(report: string, section: string | undefined): string {
  if (section === undefined) return report;
  const old = scaleSectionOf(report);
  if (old !== undefined) return report.replace(old, section);
  return `${report.replace(/\n*$/, '\n')}\n${section}`;
}

/** When a run started, in minutes, UTC. */
const when = (date: Date) => `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
/** The load average (1 min) at the start and the end of a run. */
const loadText = (load: number[]) => `${load.map((l) => l.toFixed(1)).join(' at the start, ')} at the end`;

function renderScale(args: Args, rows: ScaleRow[], started: Date, load: number[]): string {
  const lines: string[] = [SCALE_HEADING, ''];
  lines.push(`Written by \`npm run bench -- --scale\` (bench/run.ts) on ${when(started)}, library at commit ${commit()}; `
    + `${args.reps} run${args.reps === 1 ? '' : 's'} per cell${args.reps === 1 ? '' : ' (medians)'}, without and with the baseline alternating, `
    + 'each in a fresh process. The design is the one above (bench/design.ts) on libvirt, one host per 50 VMs; '
    + '"with" adds `SecurityBaseline` to the stack. Load average (1 min) of the machine, shared with other work: '
    + `${loadText(load)}; `
    + 'wall times on a loaded machine vary by tens of percent, CPU times (user + system of the process) less.', '');
  lines.push('Targets: with the baseline under 1.3× the time without; 20,000 VMs at most 2.2× the time of 10,000.', '');
  lines.push('| VMs | Hosts | Resources | Without wall s | With wall s | Ratio | Without CPU s | With CPU s | CPU ratio | Without peak RSS MiB | With peak RSS MiB |');
  lines.push('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  const m = (xs: Sample[], f: (s: Sample) => number) => median(xs.map(f));
  for (const r of rows) {
    lines.push(`| ${vmsText(r.vms)} | ${r.hosts} | ${r.resources.toLocaleString('en-US')} | `
      + `${secs(m(r.plain, (s) => s.wallMs))} | ${secs(m(r.secured, (s) => s.wallMs))} | `
      + `${(m(r.secured, (s) => s.wallMs) / m(r.plain, (s) => s.wallMs)).toFixed(2)} | `
      + `${secs(m(r.plain, (s) => s.cpuMs))} | ${secs(m(r.secured, (s) => s.cpuMs))} | `
      + `${(m(r.secured, (s) => s.cpuMs) / m(r.plain, (s) => s.cpuMs)).toFixed(2)} | `
      + `${mib(m(r.plain, (s) => s.maxRssKiB))} | ${mib(m(r.secured, (s) => s.maxRssKiB))} |`);
  }
  if (rows.length === 2) {
    const [small, large] = rows;
    const growth = (pick: (r: ScaleRow) => Sample[], f: (s: Sample) => number) => (m(pick(large), f) / m(pick(small), f)).toFixed(2);
    lines.push('', `Growth from ${vmsText(small.vms)} to ${vmsText(large.vms)} VMs (wall, CPU): `
      + `without the baseline ${growth((r) => r.plain, (s) => s.wallMs)}×, ${growth((r) => r.plain, (s) => s.cpuMs)}×; `
      + `with it ${growth((r) => r.secured, (s) => s.wallMs)}×, ${growth((r) => r.secured, (s) => s.cpuMs)}×.`);
  }
  lines.push('');
  return lines.join('\n');
}

/** The commit of the measured library, marked when the working tree has changes. */
function commit(): string {
  const git = (...args: string[]) => spawnSync('git', args, { cwd: root, encoding: 'utf8' }).stdout?.trim() ?? '';
  const head = git('rev-parse', '--short', 'HEAD') || 'unknown';
  return git('status', '--porcelain', '--untracked-files=no') ? `${head} with uncommitted changes` : head;
}

/** A ratio against its target, judged as shown (two decimals): `0.61 ✓` when at most the target, `1.05 ✗` above it. */
const marked = (ratio: number, target: number) => `${ratio.toFixed(2)} ${Number(ratio.toFixed(2)) <= target ? '✓' : '✗'}`;

function render(args: Args, rows: Row[], placement: ReturnType<typeof benchPlacement>, started: Date, load: number[]): string {
  const cpu = os.cpus();
  const m = (xs: Sample[], f: (s: Sample) => number) => median(xs.map(f));
  const wall = (s: Sample) => s.wallMs;
  const rss = (s: Sample) => s.maxRssKiB;
  const lines: string[] = [];
  lines.push('# Benchmarks', '');
  lines.push('Written by `npm run bench` (bench/run.ts); numbers are from one run on the machine below.', '');
  lines.push(`- Machine: ${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, ${Math.round(os.totalmem() / 1024 ** 3)} GiB, `
    + `${os.type()} ${os.release()}, Node.js ${process.version}`);
  lines.push(`- Run: ${when(started)}; library at commit ${commit()}; load average (1 min) ${loadText(load)}`);
  lines.push(`- Repetitions: ${args.reps} per cell (library, floor, hand-written in turn), each in a fresh process`
    + `${args.reps > 1 ? '; medians shown' : ''}.`, '');

  lines.push('## Synthesis: the library, the hand-written program and the floor', '');
  lines.push('- **Library**: the design of bench/design.ts built with this library\'s constructs and synthesized (`app.synth()`), '
    + 'run from the compiled `lib/`. One host per 50 VMs, clusters of up to 20 hosts, 13 networks, a rule group per 20 VMs, '
    + 'every 10th VM shielded, every 50th slot a replica pair, every 5th VM with a data disk.');
  lines.push('- **Hand-written**: bench/baseline.ts, the cdktf program a user would write by hand for the same JSON: the provider '
    + 'classes (npm `@cdktf/provider-vsphere`; the hyperv, libvirt and proxmox bindings as `cdktf get` generates them) and `terraform_data` '
    + 'as a plain resource class. Every run checks that it writes the library\'s resource types and counts (else the run fails) '
    + 'and the same JSON, cdktf\'s `//` metadata aside. Hyper-V, libvirt and Proxmox VE VMs go to the hosts the library placed them on, '
    + 'read as a table.');
  lines.push('- **Floor**: a process that reads the library\'s `cdk.tf.json`, parses it and writes it again with the same indentation; '
    + 'no program writing that JSON does less.', '');
  lines.push('Each is a fresh `node` process on compiled JavaScript. Wall time runs from spawning the process to its exit '
    + '(Node.js start and module loading included); peak RSS is the process\'s `maxRSS`. '
    + `Targets: library wall time at most ${TARGET.wall}× and peak RSS at most ${TARGET.rss.toFixed(1)}× the hand-written program's `
    + '(✓ met, ✗ missed).', '');
  lines.push('| Vendor | VMs | Resources | Library wall s | Hand-written wall s | Floor wall s | Wall ÷ hand-written | Wall ÷ floor '
    + '| Library RSS MiB | Hand-written RSS MiB | Floor RSS MiB | RSS ÷ hand-written | RSS ÷ floor |');
  lines.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    const has = r.baseline.length > 0;
    const cell = (xs: Sample[], f: (s: Sample) => number, fmt: (n: number) => string) => (xs.length ? fmt(m(xs, f)) : '–');
    // a row whose hand-written program wrote other resources compares nothing: flagged, see the notes
    lines.push(`| ${r.countMismatch ? '⚠ ' : ''}${r.vendor} | ${vmsText(r.vms)} | ${r.resources.toLocaleString('en-US')} `
      + `| ${cell(r.library, wall, secs)} | ${cell(r.baseline, wall, secs)} | ${cell(r.floor, wall, secs)} `
      + `| ${has ? marked(m(r.library, wall) / m(r.baseline, wall), TARGET.wall) : '–'} | ${(m(r.library, wall) / m(r.floor, wall)).toFixed(1)} `
      + `| ${cell(r.library, rss, mib)} | ${cell(r.baseline, rss, mib)} | ${cell(r.floor, rss, mib)} `
      + `| ${has ? marked(m(r.library, rss) / m(r.baseline, rss), TARGET.rss) : '–'} | ${(m(r.library, rss) / m(r.floor, rss)).toFixed(1)} |`);
  }
  const notes = rows.flatMap((r) => {
    const at = `${r.vendor}, ${vmsText(r.vms)} VMs`;
    return [
      ...(r.skipped ? [`- ${at}: ${r.skipped}.`] : []),
      ...(r.countMismatch ? [`- **${at}: the hand-written program does not write the library's resources** (${r.countMismatch.join('; ')}).`] : []),
      ...(r.jsonDiff ? [`- ${at}: the hand-written JSON differs from the library's in ${r.jsonDiff.total} values, e.g. ${r.jsonDiff.first[0]}.`] : []),
    ];
  });
  const checked = rows.filter((r) => r.baseline.length > 0 && !r.countMismatch && !r.jsonDiff);
  if (checked.length) lines.push('', `Same JSON as the library (\`//\` metadata aside): ${checked.map((r) => `${r.vendor} ${vmsText(r.vms)}`).join(', ')}.`);
  if (notes.length) lines.push('', ...notes);

  lines.push('', 'CPU time (user + system, all threads, of the whole process) and time in the process (building and synthesizing, '
    + 'for the floor reading, parsing and writing; without Node.js start and module loading) of the same runs. On a machine '
    + 'shared with other work, CPU time varies less than wall time.', '');
  lines.push('| Vendor | VMs | Library CPU s | Hand-written CPU s | Floor CPU s | CPU ÷ hand-written '
    + '| Library in-process s | Hand-written in-process s | Floor in-process s |');
  lines.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    const cell = (xs: Sample[], f: (s: Sample) => number) => (xs.length ? secs(m(xs, f)) : '–');
    const cpuRatio = r.baseline.length ? (m(r.library, (s) => s.cpuMs) / m(r.baseline, (s) => s.cpuMs)).toFixed(2) : '–';
    lines.push(`| ${r.vendor} | ${vmsText(r.vms)} | ${cell(r.library, (s) => s.cpuMs)} | ${cell(r.baseline, (s) => s.cpuMs)} `
      + `| ${cell(r.floor, (s) => s.cpuMs)} | ${cpuRatio} `
      + `| ${cell(r.library, (s) => s.synthMs)} | ${cell(r.baseline, (s) => s.synthMs)} | ${cell(r.floor, (s) => s.synthMs)} |`);
  }

  const [small, large] = [Math.min(...args.sizes), Math.max(...args.sizes)];
  if (small !== large) {
    lines.push('', `## Growth from ${vmsText(small)} to ${vmsText(large)} VMs`, '');
    lines.push(`| Vendor | Library ${vmsText(large)} ÷ ${vmsText(small)} (wall) | Hand-written | Floor |`, '|---|---:|---:|---:|');
    for (const vendor of args.vendors) {
      const at = (vms: number) => rows.find((r) => r.vendor === vendor && r.vms === vms)!;
      const growth = (pick: (r: Row) => Sample[]) => {
        const [a, b] = [pick(at(small)), pick(at(large))];
        return a.length && b.length ? (m(b, wall) / m(a, wall)).toFixed(2) : '–';
      };
      lines.push(`| ${vendor} | ${growth((r) => r.library)} | ${growth((r) => r.baseline)} | ${growth((r) => r.floor)} |`);
    }
  }

  lines.push('', '## Placement engine alone', '');
  lines.push(`${placement.placed.toLocaleString('en-US')} VMs on 200 hosts with 500 rule groups (bench/placement.ts), `
    + `${placement.times.length} runs in one process: median ${secs(median(placement.times))} s, `
    + `slowest ${secs(Math.max(...placement.times))} s; every run gave ${placement.deterministic ? 'the same' : 'a DIFFERENT'} placement.`);
  lines.push('');
  return lines.join('\n');
}

main();
