/**
 * One measurement, in its own process: builds and synthesizes one design and prints one line of
 * JSON with the wall time, the CPU time, the peak RSS and the resource counts of the output.
 * `--security` adds the library's security baseline to the stack (library only).
 *
 *   node .bench/run-one.js <library|baseline> <vsphere|hyperv|libvirt> <vms> <outdir> [--security]
 */
import * as fs from 'fs';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { Aspects } from 'cdktf';
import { buildBaseline } from './baseline';
import { BenchVendor, benchApp, buildDesign, planOf } from './design';
import { SecurityBaseline } from '../lib/index';

const [kind, vendor, vms, outdir, option] = process.argv.slice(2);
const security = option === '--security';
if (!['library', 'baseline'].includes(kind) || !['vsphere', 'hyperv', 'libvirt'].includes(vendor) || !Number(vms) || !outdir
  || (option !== undefined && !security) || (security && kind !== 'library')) {
  throw new Error('usage: run-one <library|baseline> <vsphere|hyperv|libvirt> <vms> <outdir> [--security (library only)]');
}

const start = performance.now();
const cpuStart = process.cpuUsage();
const { app, stack } = benchApp(outdir, vendor as BenchVendor);
const plan = planOf(Number(vms));
if (kind === 'library') {
  buildDesign(stack, vendor as BenchVendor, plan);
  if (security) Aspects.of(stack).add(new SecurityBaseline());
} else {
  buildBaseline(stack, vendor as BenchVendor, plan);
}
app.synth();
const ms = performance.now() - start;
const cpu = process.cpuUsage(cpuStart);

const out = JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', vendor, 'cdk.tf.json'), 'utf8'));
const counts: { [type: string]: number } = {};
for (const section of ['resource', 'data']) {
  for (const [type, byName] of Object.entries<object>(out[section] ?? {})) {
    counts[`${section === 'data' ? 'data.' : ''}${type}`] = Object.keys(byName).length;
  }
}
process.stdout.write(JSON.stringify({ ms, cpuMs: (cpu.user + cpu.system) / 1000, maxRssKiB: process.resourceUsage().maxRSS, counts }) + '\n');
