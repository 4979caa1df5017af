/**
 * The floor of the benchmark, in its own process: reads a synthesized `cdk.tf.json`, parses it and
 * writes it out again with the same indentation, the least any program writing that JSON does.
 * Prints one line of JSON like run-one.ts: the time in the process (reading, parsing, writing),
 * the CPU time and the peak RSS of the whole process.
 *
 *   node .bench/floor.js <cdk.tf.json> <output file>
 */
import * as fs from 'fs';
import { performance } from 'perf_hooks';

const [input, output] = process.argv.slice(2);
if (!input || !output) throw new Error('usage: floor <cdk.tf.json> <output file>');

const start = performance.now();
const config = JSON.parse(fs.readFileSync(input, 'utf8'));
fs.writeFileSync(output, JSON.stringify(config, undefined, 2));
const ms = performance.now() - start;
// CPU time of the whole process, Node.js start and module loading included, like the wall time the benchmark takes
const cpu = process.cpuUsage();
process.stdout.write(JSON.stringify({ ms, cpuMs: (cpu.user + cpu.system) / 1000, maxRssKiB: process.resourceUsage().maxRSS }) + '\n');
