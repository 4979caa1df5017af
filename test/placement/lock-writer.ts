/**
 * A writer for the lock test's concurrency check, run as a process of its own: synthesizes an app
 * with a libvirt cluster `count` times against one lock file, with other VMs each time, so that
 * every synth rewrites the lock.
 *
 *   ts-node --swc test/placement/lock-writer.ts <lock file> <writer id> <count>
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, TerraformStack } from 'cdktf';
import { HaCluster, Image, LibvirtTarget, Size, VirtualMachine } from '../../src';
import { LOCK_FILE_CONTEXT, LOCK_READ_ONLY_CONTEXT } from '../../src/targets/cluster-placement';

const [file, id, count] = process.argv.slice(2);
const hosts = ['h1', 'h2', 'h3', 'h4'];
const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'lock-writer-'));
try {
  for (let round = 0; round < Number(count); round++) {
    const app = new App({ outdir, context: { [LOCK_FILE_CONTEXT]: file, [LOCK_READ_ONLY_CONTEXT]: false } });
    const stack = new TerraformStack(app, `writer${id}`);
    const target = new LibvirtTarget(stack, 'target', { hosts: hosts.map((name) => ({ name, uri: `qemu+ssh://${name}/system` })) });
    const cluster = new HaCluster(stack, 'prod', {
      target, hosts, hostCapacity: { cpuCores: 64, memory: Size.gibibytes(1024) }, acknowledgeNoHostFailover: true,
    });
    for (let v = 0; v < 100; v++) {
      new VirtualMachine(stack, `vm${v}`, {
        name: `w${id}-r${round}-vm${v}`, cluster, cpus: 1, memory: Size.gibibytes(1), image: Image.template('ubuntu-24.04', { size: Size.gibibytes(10) }),
      });
    }
    app.synth();
  }
} finally {
  fs.rmSync(outdir, { recursive: true, force: true });
}
