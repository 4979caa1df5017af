/**
 * `npm run bench`: the library against a hand-written cdktf baseline (see baseline.ts), and the
 * placement engine alone. Writes BENCHMARKS.md.
 *
 *   npm run bench -- [--sizes 100,1000,10000] [--reps 3] [--vendors vsphere,hyperv,libvirt] [--out BENCHMARKS.md]
 *   npm run bench -- --scale [--sizes 10000,20000] [--reps 1] [--out BENCHMARKS.md]
 *
 * Every measurement runs in a fresh Node.js process on compiled JavaScript (the library's `lib/`,
 * so build first), library and baseline alternating, and reports the median. Not part of the tests.
 *
 * `--scale` measures the library alone on libvirt at 10,000 and 20,000 VMs (200 and 400 hosts),
 * without and with the security baseline, and writes only the "Scale" section of the output file,
 * keeping the rest; a full run keeps the "Scale" section the file has.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { benchPlacement } from './placement';

/** The heap a measurement process may use. */
const HEAP_MIB = 16384;

interface Args { scale: boolean; sizes: number[]; reps: number; vendors: string[]; out: string }

function parseArgs(argv: string[]): Args {
  const scale = argv.includes('--scale');
  const args: Args = scale
    ? { scale, sizes: [10000, 20000], reps: 1, vendors: ['libvirt'], out: 'BENCHMARKS.md' }
    : { scale, sizes: [100, 1000, 10000], reps: 3, vendors: ['vsphere', 'hyperv', 'libvirt'], out: 'BENCHMARKS.md' };
  const rest = argv.filter((a) => a !== '--scale');
  for (let i = 0; i < rest.length; i += 2) {
    const value = rest[i + 1];
    switch (rest[i]) {
      case '--sizes': args.sizes = value.split(',').map(Number); break;
      case '--reps': args.reps = Number(value); break;
      case '--vendors': args.vendors = value.split(','); break;
      case '--out': args.out = value; break;
      default: throw new Error(`unknown option ${rest[i]}; options: --scale, --sizes, --reps, --vendors, --out`);
    }
  }
  if (scale && args.vendors.join() !== 'libvirt') throw new Error('--scale measures libvirt only');
  return args;
}

interface Sample { wallMs: number; synthMs: number; cpuMs: number; maxRssKiB: number; counts: { [type: string]: number } }

const root = path.resolve(__dirname, '..');
const buildDir = path.join(root, '.bench');

/** Transpiles the benchmark's own files next to `lib/` so that the measured processes run plain Node.js. */
function transpile(): void {
  if (!fs.existsSync(path.join(root, 'lib', 'index.js'))) throw new Error('lib/ is missing: run `npx projen compile` first');
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

function measure(kind: string, vendor: string, vms: number, security = false): Sample {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-'));
  try {
    const start = process.hrtime.bigint();
    const child = spawnSync(process.execPath,
      [`--max-old-space-size=${HEAP_MIB}`, path.join(buildDir, 'run-one.js'), kind, vendor, String(vms), outdir, ...(security ? ['--security'] : [])],
      { cwd: root, encoding: 'utf8', env: { ...process.env, CHECKPOINT_DISABLE: '1' }, maxBuffer: 64 * 1024 * 1024 });
    const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
    if (child.status !== 0) {
      const oom = /heap out of memory|allocation failed/i.test(child.stderr ?? '');
      throw new Failed(oom ? `ran out of its ${HEAP_MIB.toLocaleString('en-US')} MiB heap after ${secs(wallMs)} s`
        : `failed after ${secs(wallMs)} s: ${(child.stderr ?? '').trim().split('\n').slice(-3).join(' ')}`);
    }
    const result = JSON.parse(child.stdout.trim().split('\n').pop()!);
    return { wallMs, synthMs: result.ms, cpuMs: result.cpuMs, maxRssKiB: result.maxRssKiB, counts: result.counts };
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const secs = (ms: number) => (ms / 1000).toFixed(2);
const mib = (kib: number) => Math.round(kib / 1024).toLocaleString('en-US');

interface Row { vendor: string; vms: number; library: Sample[]; baseline: Sample[]; skipped?: string }

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  transpile();
  if (args.scale) return scaleMain(args);
  const rows: Row[] = [];
  for (const vms of args.sizes) {
    for (const vendor of args.vendors) {
      const row: Row = { vendor, vms, library: [], baseline: [] };
      // A baseline whose peak memory at a tenth of the size, times ten, exceeds the heap is not run.
      const smaller = rows.find((r) => r.vendor === vendor && r.vms * 10 === vms && r.baseline.length > 0);
      const projected = smaller ? median(smaller.baseline.map((s) => s.maxRssKiB)) * 10 : 0;
      if (projected > HEAP_MIB * 1024) {
        row.skipped = `baseline not run: it used ${mib(projected / 10)} MiB at ${(vms / 10).toLocaleString('en-US')} VMs, `
          + `so about ${mib(projected)} MiB here, over the ${HEAP_MIB.toLocaleString('en-US')} MiB heap`;
      }
      for (let r = 0; r < args.reps; r++) {
        row.library.push(measure('library', vendor, vms));
        if (!row.skipped) {
          try {
            row.baseline.push(measure('baseline', vendor, vms));
          } catch (e) {
            if (!(e instanceof Failed)) throw e;
            row.skipped = `baseline ${e.message}`;
            row.baseline = [];
          }
        }
        const last = row.baseline[row.baseline.length - 1];
        process.stderr.write(`${vendor} ${vms} VMs, run ${r + 1}: library ${secs(row.library[r].wallMs)} s`
          + (last && !row.skipped ? `, baseline ${secs(last.wallMs)} s\n` : '\n'));
      }
      if (row.baseline.length > 0) {
        const mismatch = compareCounts(row.library[0].counts, row.baseline[0].counts);
        if (mismatch) throw new Error(`${vendor} ${vms}: the baseline does not emit the library's resources: ${mismatch}`);
      }
      rows.push(row);
    }
  }
  const placement = benchPlacement(5);
  const report = withScaleSection(render(args, rows, placement), scaleSectionOf(readOutput(args.out)));
  fs.writeFileSync(path.resolve(root, args.out), report);
  process.stdout.write(report);
}

/** The heading of the section `--scale` writes. */
const SCALE_HEADING = '## Scale: libvirt with and without the security baseline';

interface ScaleRow { vms: number; hosts: number; plain: Sample[]; secured: Sample[] }

/** `--scale`: each size without and with the security baseline, alternating, a fresh process each. */
function scaleMain(args: Args): void {
  const rows: ScaleRow[] = [];
  const started = new Date();
  const loadBefore = os.loadavg()[0];
  for (const vms of args.sizes) {
    const row: ScaleRow = { vms, hosts: Math.max(4, Math.ceil(vms / 50)), plain: [], secured: [] };
    for (let r = 0; r < args.reps; r++) {
      row.plain.push(measure('library', 'libvirt', vms));
      row.secured.push(measure('library', 'libvirt', vms, true));
      process.stderr.write(`libvirt ${vms} VMs, run ${r + 1}: without the baseline ${secs(row.plain[r].wallMs)} s, `
        + `with it ${secs(row.secured[r].wallMs)} s\n`);
    }
    const mismatch = compareCounts(row.plain[0].counts, row.secured[0].counts);
    if (mismatch) throw new Error(`${vms}: the security baseline changed the resources: ${mismatch}`);
    rows.push(row);
  }
  const section = renderScale(args, rows, started, [loadBefore, os.loadavg()[0]]);
  const report = withScaleSection(readOutput(args.out) ?? '# Benchmarks\n', section);
  fs.writeFileSync(path.resolve(root, args.out), report);
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

function renderScale(args: Args, rows: ScaleRow[], started: Date, load: number[]): string {
  const lines: string[] = [SCALE_HEADING, ''];
  const when = `${started.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  lines.push(`Written by \`npm run bench -- --scale\` (bench/run.ts) on ${when}, library at commit ${commit()}; `
    + `${args.reps} run${args.reps === 1 ? '' : 's'} per cell${args.reps === 1 ? '' : ' (medians)'}, without and with the baseline alternating, `
    + 'each in a fresh process. The design is the one above (bench/design.ts) on libvirt, one host per 50 VMs; '
    + '"with" adds `SecurityBaseline` to the stack. Load average (1 min) of the machine, shared with other work: '
    + `${load.map((l) => l.toFixed(1)).join(' at the start, ')} at the end; `
    + 'wall times on a loaded machine vary by tens of percent, CPU times (user + system of the process) less.', '');
  lines.push('Targets: with the baseline under 1.3× the time without; 20,000 VMs at most 2.2× the time of 10,000.', '');
  lines.push('| VMs | Hosts | Resources | Without wall s | With wall s | Ratio | Without CPU s | With CPU s | CPU ratio | Without peak RSS MiB | With peak RSS MiB |');
  lines.push('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  const m = (xs: Sample[], f: (s: Sample) => number) => median(xs.map(f));
  for (const r of rows) {
    const resources = Object.values(r.plain[0].counts).reduce((a, b) => a + b, 0);
    lines.push(`| ${r.vms.toLocaleString('en-US')} | ${r.hosts} | ${resources.toLocaleString('en-US')} | `
      + `${secs(m(r.plain, (s) => s.wallMs))} | ${secs(m(r.secured, (s) => s.wallMs))} | `
      + `${(m(r.secured, (s) => s.wallMs) / m(r.plain, (s) => s.wallMs)).toFixed(2)} | `
      + `${secs(m(r.plain, (s) => s.cpuMs))} | ${secs(m(r.secured, (s) => s.cpuMs))} | `
      + `${(m(r.secured, (s) => s.cpuMs) / m(r.plain, (s) => s.cpuMs)).toFixed(2)} | `
      + `${mib(m(r.plain, (s) => s.maxRssKiB))} | ${mib(m(r.secured, (s) => s.maxRssKiB))} |`);
  }
  if (rows.length === 2) {
    const [small, large] = rows;
    const growth = (pick: (r: ScaleRow) => Sample[], f: (s: Sample) => number) => (m(pick(large), f) / m(pick(small), f)).toFixed(2);
    lines.push('', `Growth from ${small.vms.toLocaleString('en-US')} to ${large.vms.toLocaleString('en-US')} VMs (wall, CPU): `
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

function compareCounts(a: { [t: string]: number }, b: { [t: string]: number }): string | undefined {
  const types = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  const diffs = types.filter((t) => a[t] !== b[t]).map((t) => `${t}: library ${a[t] ?? 0}, baseline ${b[t] ?? 0}`);
  return diffs.length ? diffs.join('; ') : undefined;
}

function render(args: Args, rows: Row[], placement: ReturnType<typeof benchPlacement>): string {
  const cpu = os.cpus();
  const lines: string[] = [];
  lines.push('# Benchmarks', '');
  lines.push('Written by `npm run bench` (bench/run.ts); numbers are from one run on the machine below.', '');
  lines.push(`- Machine: ${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, ${Math.round(os.totalmem() / 1024 ** 3)} GiB, `
    + `${os.type()} ${os.release()}, Node.js ${process.version}`);
  lines.push(`- Date: ${new Date().toISOString().slice(0, 10)}; library at commit ${commit()}`);
  lines.push(`- Repetitions: ${args.reps} per cell, library and baseline alternating, each in a fresh process; medians shown.`, '');
  lines.push('## Synthesis: the library against a hand-written cdktf program', '');
  lines.push('The baseline (bench/baseline.ts) creates the same provider resources, same types and counts (checked on every run), '
    + 'with the provider classes directly. The design (bench/design.ts): one host per 50 VMs, clusters of up to 20 hosts, '
    + '13 networks, a rule group per 20 VMs, every 10th VM shielded, every 50th slot a replica pair, every 5th VM with a data disk.', '');
  lines.push('Wall time is the whole `node` process (start, loading modules, building the constructs, `app.synth()` writing the stack); '
    + 'synth time is building and synthesizing alone. The ratio is library ÷ baseline wall time.', '');
  lines.push('| Vendor | VMs | Resources | Library wall s | Baseline wall s | Ratio | Library synth s | Baseline synth s | Library peak RSS MiB | Baseline peak RSS MiB |');
  lines.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    const lib = r.library;
    const base = r.baseline;
    const resources = Object.values(lib[0].counts).reduce((a, b) => a + b, 0);
    const ratio = base.length ? (median(lib.map((s) => s.wallMs)) / median(base.map((s) => s.wallMs))).toFixed(2) : '–';
    const cell = (xs: Sample[], f: (s: Sample) => number, fmt: (n: number) => string) => (xs.length ? fmt(median(xs.map(f))) : '–');
    lines.push(`| ${r.vendor} | ${r.vms.toLocaleString('en-US')} | ${resources.toLocaleString('en-US')} | ${cell(lib, (s) => s.wallMs, secs)} | `
      + `${cell(base, (s) => s.wallMs, secs)} | ${ratio} | ${cell(lib, (s) => s.synthMs, secs)} | ${cell(base, (s) => s.synthMs, secs)} | `
      + `${cell(lib, (s) => s.maxRssKiB, mib)} | ${cell(base, (s) => s.maxRssKiB, mib)} |`);
  }
  const notes = rows.filter((r) => r.skipped).map((r) => `- ${r.vendor}, ${r.vms.toLocaleString('en-US')} VMs: ${r.skipped}.`);
  if (notes.length) lines.push('', ...notes);
  lines.push('', 'Where the time goes:', '');
  lines.push('- **Hyper-V baseline**: cdktf\'s `DataResource` (`terraform_data`, which carries the PowerShell provisioners) '
    + 'adds a validation to every instance that runs `terraform version`, about 30 ms each. The library writes the same '
    + '`terraform_data` JSON with its own resource class and runs that check once per stack.');
  lines.push('- **libvirt baseline**: the generated `libvirt_domain` class builds its whole tree of output references '
    + '(about 3,700 objects, each capturing a stack trace) when it is created. The library writes domains, volumes and '
    + 'networks from the generated configuration types and converters without instantiating the classes; a test proves '
    + 'the output is the same.');
  lines.push('- **vSphere**: both sides create the same npm provider classes; the library adds its design graph, checks, '
    + 'admission control and the report files (placement, topology).');

  lines.push('', '## Growth from 1,000 to 10,000 VMs', '');
  lines.push('| Vendor | Library 10,000 ÷ 1,000 (wall) | Baseline 10,000 ÷ 1,000 (wall) |', '|---|---:|---:|');
  for (const vendor of args.vendors) {
    const at = (vms: number) => rows.find((r) => r.vendor === vendor && r.vms === vms);
    const growth = (pick: (r: Row) => Sample[]) => {
      const small = at(1000);
      const large = at(10000);
      if (!small || !large || !pick(small).length || !pick(large).length) return '–';
      return (median(pick(large).map((s) => s.wallMs)) / median(pick(small).map((s) => s.wallMs))).toFixed(2);
    };
    lines.push(`| ${vendor} | ${growth((r) => r.library)} | ${growth((r) => r.baseline)} |`);
  }

  lines.push('', '## Placement engine alone', '');
  lines.push(`${placement.placed.toLocaleString('en-US')} VMs on 200 hosts with 500 rule groups (bench/placement.ts), `
    + `${placement.times.length} runs in one process: median ${secs(median(placement.times))} s, `
    + `slowest ${secs(Math.max(...placement.times))} s; every run gave ${placement.deterministic ? 'the same' : 'a DIFFERENT'} placement.`);
  lines.push('');
  return lines.join('\n');
}

main();
