/**
 * One measurement, in its own process: builds and synthesizes one design and prints one line of
 * JSON with the time it took in the process (building and `app.synth()`), the CPU time and the
 * peak RSS of the whole process. The benchmark reads the output files after the process ends, so
 * that reading them costs this process nothing. `--security` adds the library's security baseline to the stack
 * (library only); `--hosts <file>` gives the hand-written program its table of VM hosts (a JSON
 * object from Terraform names of VMs to host names).
 *
 *   node .bench/run-one.js <library|baseline> <vsphere|hyperv|libvirt|proxmox> <vms> <outdir> [--security] [--hosts <file>]
 */
import * as fs from 'fs';
import { performance } from 'perf_hooks';
import { Aspects } from 'cdktf';
import { BenchVendor, benchApp, planOf } from './design';

const USAGE = 'usage: run-one <library|baseline> <vsphere|hyperv|libvirt|proxmox> <vms> <outdir> [--security (library only)] [--hosts <file> (baseline only)]';
const [kind, vendor, vms, outdir, ...options] = process.argv.slice(2);
const security = options[0] === '--security' && options.length === 1;
const hostsFile = options[0] === '--hosts' && options.length === 2 ? options[1] : undefined;
if (!['library', 'baseline'].includes(kind) || !['vsphere', 'hyperv', 'libvirt', 'proxmox'].includes(vendor) || !Number(vms) || !outdir
  || (options.length > 0 && !security && hostsFile === undefined) || (security && kind !== 'library') || (hostsFile && kind !== 'baseline')) {
  throw new Error(USAGE);
}

const start = performance.now();
const { app, stack } = benchApp(outdir, vendor as BenchVendor);
const plan = planOf(Number(vms));
// each side loads only what it uses: the library, or the hand-written program with its vendor's bindings
/* eslint-disable @typescript-eslint/no-require-imports */
if (kind === 'library') {
  (require('./library') as typeof import('./library')).buildDesign(stack, vendor as BenchVendor, plan);
  if (security) Aspects.of(stack).add(new (require('../lib/index') as typeof import('../lib/index')).SecurityBaseline());
} else {
  const hosts = hostsFile === undefined ? {} : JSON.parse(fs.readFileSync(hostsFile, 'utf8'));
  (require('./baseline') as typeof import('./baseline')).buildBaseline(stack, vendor as BenchVendor, plan, hosts);
}
/* eslint-enable @typescript-eslint/no-require-imports */
app.synth();
const ms = performance.now() - start;
// CPU time of the whole process, Node.js start and module loading included, like the wall time the benchmark takes
const cpu = process.cpuUsage();
process.stdout.write(JSON.stringify({ ms, cpuMs: (cpu.user + cpu.system) / 1000, maxRssKiB: process.resourceUsage().maxRSS }) + '\n');
