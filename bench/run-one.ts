/**
 * One measurement, in its own process: builds and synthesizes one design and prints one line of
 * JSON with the wall time, the peak RSS and the resource counts of the output.
 *
 *   node .bench/run-one.js <library|baseline> <vsphere|hyperv|libvirt> <vms> <outdir>
 */
import * as fs from 'fs';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { buildBaseline } from './baseline';
import { BenchVendor, benchApp, buildDesign, planOf } from './design';

const [kind, vendor, vms, outdir] = process.argv.slice(2);
if (!['library', 'baseline'].includes(kind) || !['vsphere', 'hyperv', 'libvirt'].includes(vendor) || !Number(vms) || !outdir) {
  throw new Error('usage: run-one <library|baseline> <vsphere|hyperv|libvirt> <vms> <outdir>');
}

const start = performance.now();
const { app, stack } = benchApp(outdir, vendor as BenchVendor);
const plan = planOf(Number(vms));
if (kind === 'library') {
  buildDesign(stack, vendor as BenchVendor, plan);
} else {
  buildBaseline(stack, vendor as BenchVendor, plan);
}
app.synth();
const ms = performance.now() - start;

const out = JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', vendor, 'cdk.tf.json'), 'utf8'));
const counts: { [type: string]: number } = {};
for (const section of ['resource', 'data']) {
  for (const [type, byName] of Object.entries<object>(out[section] ?? {})) {
    counts[`${section === 'data' ? 'data.' : ''}${type}`] = Object.keys(byName).length;
  }
}
process.stdout.write(JSON.stringify({ ms, maxRssKiB: process.resourceUsage().maxRSS, counts }) + '\n');
