import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Annotations, App, Aspects, TerraformStack } from 'cdktf';
import {
  DrsRule, DrsRuleGroup, HaCluster, Image, LibvirtTarget, Nic, SecurityBaseline, Size, TrafficRole, VirtualMachine, VirtualNetwork,
} from '../../src';
import {
  LOCK_FILE_CONTEXT, LOCK_FILE_NAME, LOCK_FORMAT_VERSION, LOCK_READ_ONLY_CONTEXT, formatLock, parseLock,
} from '../../src/targets/cluster-placement';

// pass-through spies on the file writes, to count how the lock is written
jest.mock('fs', () => {
  const actual = jest.requireActual('fs');
  return { ...actual, renameSync: jest.fn(actual.renameSync), writeFileSync: jest.fn(actual.writeFileSync) };
});

/*
 * The placement lock as `cdktf synth` uses it: apps synthesized with App.synth() against lock
 * files in temporary folders.
 */

const HOSTS = ['h1', 'h2', 'h3'];
const image = Image.template('ubuntu-24.04', { size: Size.gibibytes(20) });
const dirs: string[] = [];

function tempDir(prefix = 'lock-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}

afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

interface ShopOptions {
  /** The lock file, or false for memory only; undefined leaves the context key unset. */
  readonly lock?: string | false;
  /** More app context. */
  readonly context?: { [key: string]: unknown };
  readonly stack?: string;
  readonly clusterId?: string;
  readonly vms?: string[];
  readonly rebalance?: boolean;
  readonly outdir?: string;
}

/** An app with a libvirt cluster of three hosts and VMs web1..web4 (by default), lock writable. */
function shopApp(options: ShopOptions = {}): { app: App; stack: TerraformStack; cluster: HaCluster; outdir: string } {
  const outdir = options.outdir ?? tempDir('out-');
  const context: { [key: string]: unknown } = { [LOCK_READ_ONLY_CONTEXT]: false, ...options.context };
  if (options.lock !== undefined) context[LOCK_FILE_CONTEXT] = options.lock;
  const app = new App({ outdir, context });
  const stack = new TerraformStack(app, options.stack ?? 'shop');
  const target = libvirtTarget(stack, 'target');
  const cluster = addCluster(stack, target, options.clusterId ?? 'prod', options.vms ?? ['web1', 'web2', 'web3', 'web4'], options.rebalance);
  return { app, stack, cluster, outdir };
}

function libvirtTarget(stack: TerraformStack, id: string, hosts = HOSTS): LibvirtTarget {
  return new LibvirtTarget(stack, id, { hosts: hosts.map((name) => ({ name, uri: `qemu+ssh://${name}/system` })), bridge: { name: 'br0' } });
}

function addCluster(stack: TerraformStack, target: LibvirtTarget, id: string, vms: string[], rebalance = false, hosts = HOSTS, prefix = 'vm'): HaCluster {
  const cluster = new HaCluster(stack, id, {
    target, hosts, hostCapacity: { cpuCores: 16, memory: Size.gibibytes(64) }, acknowledgeNoHostFailover: true, rebalance,
  });
  for (const name of vms) new VirtualMachine(stack, `${prefix}-${name}`, { name, cluster, cpus: 2, memory: Size.gibibytes(4), image });
  return cluster;
}

/** VM name to host, as the synthesized stack places them (the provider alias is the host). */
function placed(outdir: string, stack = 'shop'): { [vm: string]: string } {
  const out = JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', stack, 'cdk.tf.json'), 'utf8'));
  return Object.fromEntries(Object.values<any>(out.resource.libvirt_domain).map((d) => [d.name, d.provider.split('.')[1]]));
}

function lockOf(stacks: { [stack: string]: { [vm: string]: string } }): string {
  return formatLock(new Map(Object.entries(stacks).map(([s, vms]) => [s, new Map(Object.entries(vms))])));
}

/** A lock file in a fresh folder holding the text. */
function lockFile(text?: string): string {
  const file = path.join(tempDir(), LOCK_FILE_NAME);
  if (text !== undefined) fs.writeFileSync(file, text);
  return file;
}

/** Hosts other than the engine's first choice, so that a placement that ignored the lock shows. */
const LOCKED = { web1: 'h3', web2: 'h3', web3: 'h2', web4: 'h2' };

/** Runs with the environment variable CI set to `value` (or unset). */
function withCi<T>(value: string | undefined, run: () => T): T {
  const before = process.env.CI;
  if (value === undefined) delete process.env.CI;
  else process.env.CI = value;
  try {
    return run();
  } finally {
    if (before === undefined) delete process.env.CI;
    else process.env.CI = before;
  }
}

describe('the placement lock', () => {
  describe('is keyed by stack and VM name', () => {
    test('without a lock the engine places the VMs elsewhere than the locked hosts (the tests below could fail)', () => {
      const { app, outdir } = shopApp({ lock: false });
      app.synth();
      expect(placed(outdir)).not.toEqual(LOCKED);
    });

    test('keeps every VM on its host when the cluster\'s construct ID changes', () => {
      const file = lockFile(lockOf({ shop: LOCKED }));
      const { app, outdir } = shopApp({ lock: file, clusterId: 'production-cluster' });
      app.synth();
      expect(placed(outdir)).toEqual(LOCKED);
      expect(fs.readFileSync(file, 'utf8')).toBe(lockOf({ shop: LOCKED }));
    });

    test('writes the stack and VM names, sorted, with the format version', () => {
      const file = lockFile();
      const { app, outdir } = shopApp({ lock: file });
      app.synth();
      const lock = JSON.parse(fs.readFileSync(file, 'utf8'));
      expect(lock.version).toBe(LOCK_FORMAT_VERSION);
      expect(Object.keys(lock.stacks)).toEqual(['shop']);
      expect(lock.stacks.shop).toEqual(placed(outdir));
      expect(Object.keys(lock.stacks.shop)).toEqual(['web1', 'web2', 'web3', 'web4']);
    });

    test('fails when the stack was renamed, naming the old stack and how to carry its placements over', () => {
      const file = lockFile(lockOf({ shop: LOCKED }));
      const before = fs.readFileSync(file, 'utf8');
      const { app } = shopApp({ lock: file, stack: 'webshop' });
      expect(() => app.synth()).toThrow(/\[webshop\/prod\] Stack "webshop" has no placements in .*, and stack "shop", which this app does not have, has placements of its VMs[\s\S]*value: +VMs "web1", "web2", "web3", "web4"[\s\S]*rename the key "shop" to "webshop"/);
      expect(fs.readFileSync(file, 'utf8')).toBe(before);

      // renamed in the file, as the message says: every VM stays
      fs.writeFileSync(file, lockOf({ webshop: LOCKED }));
      const renamed = shopApp({ lock: file, stack: 'webshop' });
      renamed.app.synth();
      expect(placed(renamed.outdir, 'webshop')).toEqual(LOCKED);
    });

    test('keeps the placements of stacks the app does not have', () => {
      const file = lockFile(lockOf({ other: { db1: 'h1' }, shop: LOCKED }));
      const { app } = shopApp({ lock: file, vms: ['web1', 'web2', 'web3', 'web4', 'web5'] });
      app.synth();
      const lock = JSON.parse(fs.readFileSync(file, 'utf8'));
      expect(lock.stacks.other).toEqual({ db1: 'h1' });
      expect(lock.stacks.shop).toMatchObject(LOCKED);
    });

    test('fails, naming the VMs, when a host they are locked on leaves the cluster', () => {
      const file = lockFile(lockOf({ shop: LOCKED }));
      const { app, stack } = shopApp({ lock: file, vms: [] });
      const smaller = new HaCluster(stack, 'smaller', {
        target: libvirtTarget(stack, 'target2', ['h1', 'h2']),
        hosts: ['h1', 'h2'],
        hostCapacity: { cpuCores: 16, memory: Size.gibibytes(64) },
        acknowledgeNoHostFailover: true,
        hostFailuresToTolerate: 0,
      });
      for (const name of Object.keys(LOCKED)) new VirtualMachine(stack, name, { cluster: smaller, cpus: 1, memory: Size.gibibytes(1), image });
      expect(() => app.synth()).toThrow(/\[shop\/smaller\] No placement of cluster smaller exists: VMs 'web1', 'web2' are placed on host 'h3', which the cluster no longer has[\s\S]*rebalance: true/);
      expect(fs.readFileSync(file, 'utf8')).toBe(lockOf({ shop: LOCKED }));
    });

    test('fails when two targets of one stack place VMs of the same name', () => {
      const { app, stack } = shopApp({ lock: lockFile(lockOf({ shop: LOCKED })) });
      const second = libvirtTarget(stack, 'dr-target', ['d1', 'd2']);
      addCluster(stack, second, 'dr', ['web1'], false, ['d1', 'd2'], 'dr');
      expect(() => app.synth()).toThrow(/^\[shop\/dr-web1\] VM "web1" has the name of VM shop\/vm-web1, placed by another target of stack "shop"[\s\S]*put each target in a stack of its own/);
    });

    test('keeps the VMs of two targets of one stack under the stack when their names differ', () => {
      const file = lockFile();
      const { app, stack } = shopApp({ lock: file });
      const second = libvirtTarget(stack, 'dr-target', ['d1', 'd2']);
      const dr = new HaCluster(stack, 'dr', {
        target: second, hosts: ['d1', 'd2'], hostCapacity: { cpuCores: 16, memory: Size.gibibytes(64) }, acknowledgeNoHostFailover: true,
      });
      new VirtualMachine(stack, 'dr1', { cluster: dr, cpus: 2, memory: Size.gibibytes(4), image });
      app.synth();
      expect(Object.keys(JSON.parse(fs.readFileSync(file, 'utf8')).stacks.shop)).toEqual(['dr1', 'web1', 'web2', 'web3', 'web4']);
    });
  });

  describe('refuses what it cannot read, leaving the file as it is', () => {
    test.each([
      ['text that is not JSON', '{"version": 2, "stacks": {', /is not valid JSON/],
      ['an array', '[]', /the top level must be an object, and is an array/],
      ['a future version', '{"version": 3, "stacks": {}}', /was written in lock format version 3 by a newer cdktf-hypervisor; this one reads versions 1 to 2[\s\S]*upgrade cdktf-hypervisor/],
      ['a version that is not a number', '{"version": "2", "stacks": {}}', /"version" must be a whole number from 1 to 2, and is string "2"/],
      ['another format', '{"lockfileVersion": 3, "packages": {}}', /is not a cdktf-hypervisor placement lock: it has neither a "version" nor "placements" \(its keys: "lockfileVersion", "packages"\)/],
      ['an array of stacks', '{"version": 2, "stacks": []}', /"stacks" must be an object, and is an array/],
      ['an array where a stack\'s VMs belong', '{"version": 2, "stacks": {"shop": []}}', /"stacks"."shop" must be an object of VM name to host name, and is an array/],
      ['a host that is a number', '{"version": 2, "stacks": {"shop": {"web1": 7}}}', /"stacks"."shop"."web1" must be a host name \(a string\), and is number 7/],
      ['a host that is an array', '{"version": 2, "stacks": {"shop": {"web1": ["h1"]}}}', /"stacks"."shop"."web1" must be a host name \(a string\), and is an array/],
      ['an empty host', '{"version": 2, "stacks": {"shop": {"web1": ""}}}', /"stacks"."shop"."web1" must be a host name \(a string\), and is string ""/],
      ['an unknown field', '{"version": 2, "stacks": {}, "clusters": {}}', /"clusters" must be absent/],
      ['version 1 with an array where a cluster\'s VMs belong', '{"placements": {"shop/prod": ["web1"]}}', /"placements"."shop\/prod" must be an object of VM name to host name, and is an array/],
      ['version 1 with a host that is not a string', '{"placements": {"shop/prod": {"web1": null}}}', /"placements"."shop\/prod"."web1" must be a host name \(a string\), and is null/],
    ])('fails on %s', (_, text, message) => {
      const file = lockFile(text);
      const mtime = fs.statSync(file).mtimeMs;
      const { app } = shopApp({ lock: file });
      let error: any;
      try {
        app.synth();
      } catch (e) {
        error = e;
      }
      expect(error?.name).toBe('DesignError');
      expect(error.message).toContain(`[shop/prod] The placement lock file ${file} `);
      expect(error.message).toMatch(message);
      expect(fs.readFileSync(file, 'utf8')).toBe(text);
      expect(fs.statSync(file).mtimeMs).toBe(mtime);
    });

    test('reads VM names of Object.prototype as names, not as the prototype\'s properties', () => {
      const lock = parseLock('x.json', '{"version": 2, "stacks": {"__proto__": {"constructor": "h1", "__proto__": "h2"}}}');
      expect([...lock.stacks.keys()]).toEqual(['__proto__']);
      expect([...lock.stacks.get('__proto__')!]).toEqual([['constructor', 'h1'], ['__proto__', 'h2']]);
      expect(parseLock('x.json', '{"version": 2, "stacks": {"shop": {}}}').stacks.get('shop')!.get('toString')).toBeUndefined();
    });
  });

  describe('migrates the format of version 1 (keyed by cluster path)', () => {
    test('keeps every VM on its host and rewrites the file in the current format', () => {
      const v1 = JSON.stringify({ '//': 'old note', 'placements': { 'shop/prod': LOCKED } }, undefined, 2);
      const file = lockFile(v1);
      const { app, outdir } = shopApp({ lock: file });
      app.synth();
      expect(placed(outdir)).toEqual(LOCKED);
      expect(fs.readFileSync(file, 'utf8')).toBe(lockOf({ shop: LOCKED }));
    });

    test('the example app\'s lock of version 1 moves no VM of the example', () => {
      const fixture = path.join(__dirname, 'example-lock-v1.json');
      const v1 = JSON.parse(fs.readFileSync(fixture, 'utf8'));
      const file = lockFile(fs.readFileSync(fixture, 'utf8'));
      const outdir = tempDir('example-');
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { buildExampleApp } = require('../../examples/app');
      buildExampleApp(outdir, { [LOCK_FILE_CONTEXT]: file, [LOCK_READ_ONLY_CONTEXT]: false }).synth();
      const migrated = JSON.parse(fs.readFileSync(file, 'utf8'));
      for (const stack of ['hyperv', 'libvirt']) {
        const out = JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', stack, 'cdk.tf.json'), 'utf8'));
        const type = stack === 'hyperv' ? 'hyperv_machine_instance' : 'libvirt_domain';
        const hosts = Object.fromEntries(Object.values<any>(out.resource[type]).map((r) => [r.name, r.provider.split('.')[1]]));
        expect(hosts).toEqual(v1.placements[`${stack}/prod`]);
        expect(migrated.stacks[stack]).toEqual(v1.placements[`${stack}/prod`]);
      }
      // the committed lock is the migrated one
      expect(fs.readFileSync(file, 'utf8')).toBe(fs.readFileSync(path.join(__dirname, '..', '..', 'examples', LOCK_FILE_NAME), 'utf8'));
    });

    test('fails on a version 1 lock that puts one VM of a stack on two hosts', () => {
      expect(() => parseLock('old.json', JSON.stringify({ placements: { 'shop/a': { web1: 'h1' }, 'shop/b': { web1: 'h2' } } })))
        .toThrow(/The placement lock file old.json places VM "web1" of stack "shop" on two hosts \("h1" and "h2"\)/);
    });
  });

  describe('is found relative to the app', () => {
    let cwd: string;
    beforeEach(() => {
      cwd = process.cwd();
    });
    afterEach(() => process.chdir(cwd));

    test('fails when no lock is named and no cdktf.json is above the working directory, saying how to set it', () => {
      const dir = tempDir('no-project-');
      process.chdir(dir);
      const { app } = shopApp();
      expect(() => app.synth()).toThrow(/\[shop\/prod\] The library places the cluster's VMs and keeps where in a lock file, and no lock file was named and no cdktf.json was found above the working directory[\s\S]*"cdktf-hypervisor:placementLock"[\s\S]*false to keep placements in memory only/);
      expect(fs.readdirSync(dir)).toEqual([]);
    });

    test('uses the lock next to cdktf.json above the working directory', () => {
      const project = tempDir('project-');
      fs.writeFileSync(path.join(project, 'cdktf.json'), '{}');
      fs.mkdirSync(path.join(project, 'src'));
      process.chdir(path.join(project, 'src'));
      fs.writeFileSync(path.join(project, LOCK_FILE_NAME), lockOf({ shop: LOCKED }));
      const { app, outdir } = shopApp({ vms: ['web1', 'web2', 'web3', 'web4', 'web5'] });
      app.synth();
      expect(placed(outdir)).toMatchObject(LOCKED);
      expect(Object.keys(JSON.parse(fs.readFileSync(path.join(project, LOCK_FILE_NAME), 'utf8')).stacks.shop)).toContain('web5');
    });

    test('resolves a relative path in the context against the folder of cdktf.json', () => {
      const project = tempDir('project-');
      fs.writeFileSync(path.join(project, 'cdktf.json'), '{}');
      fs.mkdirSync(path.join(project, 'deep'));
      process.chdir(path.join(project, 'deep'));
      const { app } = shopApp({ lock: 'locks/placement.json' });
      fs.mkdirSync(path.join(project, 'locks'));
      app.synth();
      expect(JSON.parse(fs.readFileSync(path.join(project, 'locks', 'placement.json'), 'utf8')).version).toBe(LOCK_FORMAT_VERSION);
    });

    test('keeps placements in memory when the context says false, and says so in the report', () => {
      const dir = tempDir('no-project-');
      process.chdir(dir);
      const { app, outdir } = shopApp({ lock: false });
      app.synth();
      expect(fs.readdirSync(dir)).toEqual([]);
      expect(fs.readFileSync(path.join(outdir, 'stacks', 'shop', 'placement.txt'), 'utf8')).toContain('(lock: in memory only (placements are not kept))');
    });

    test.each([[true], [7], ['']])('fails on the context value %j', (value) => {
      const { app } = shopApp({ lock: value as any });
      expect(() => app.synth()).toThrow(/The context value "cdktf-hypervisor:placementLock" must be the lock file's path or false/);
    });
  });

  describe('is written once, atomically, after the whole synth succeeded', () => {
    test('writes the file once per synth, through a temporary file renamed over it', () => {
      const file = lockFile(lockOf({ shop: LOCKED }));
      const { app, stack } = shopApp({ lock: file, vms: ['web1', 'web2', 'web3', 'web4', 'web5'] });
      const second = new TerraformStack(app, 'other');
      addCluster(second, libvirtTarget(second, 'target'), 'prod', ['db1', 'db2']);
      expect(stack).toBeDefined();
      const inode = fs.statSync(file).ino;
      const renames = fs.renameSync as unknown as jest.Mock;
      const writes = fs.writeFileSync as unknown as jest.Mock;
      renames.mockClear();
      writes.mockClear();
      app.synth();
      const ours = renames.mock.calls.filter(([, to]) => to === file);
      expect(ours).toHaveLength(1);
      expect(String(ours[0][0])).toMatch(new RegExp(`^${path.dirname(file)}/\\.${LOCK_FILE_NAME}\\.\\d+\\.[0-9a-f]+\\.tmp$`));
      expect(writes.mock.calls.filter(([to]) => to === file)).toEqual([]);
      // a new file took the old one's place
      expect(fs.statSync(file).ino).not.toBe(inode);
      const lock = JSON.parse(fs.readFileSync(file, 'utf8'));
      expect(Object.keys(lock.stacks)).toEqual(['other', 'shop']);
      expect(fs.readdirSync(path.dirname(file))).toEqual([LOCK_FILE_NAME]);
    });

    test('leaves the lock untouched when a later stack fails', () => {
      const file = lockFile(lockOf({ shop: LOCKED }));
      const { app } = shopApp({ lock: file, vms: ['web1', 'web2', 'web3', 'web4', 'web5'] });
      const broken = new TerraformStack(app, 'zzz-broken');
      const target = libvirtTarget(broken, 'target');
      new HaCluster(broken, 'prod', { target, hosts: HOSTS, hostCapacity: { cpuCores: 16, memory: Size.gibibytes(64) } });
      expect(() => app.synth()).toThrow(/acknowledgeNoHostFailover/);
      expect(fs.readFileSync(file, 'utf8')).toBe(lockOf({ shop: LOCKED }));
    });

    test.each([
      ['fails the synth', undefined],
      ['is left for the cdktf CLI to report', '1'],
    ])('leaves the lock untouched when a security baseline error %s', (_, continueOnErrors) => {
      const before = process.env.CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS;
      if (continueOnErrors === undefined) delete process.env.CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS;
      else process.env.CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS = continueOnErrors;
      try {
        const file = lockFile();
        const { app, stack, cluster } = shopApp({ lock: file });
        Aspects.of(stack).add(new SecurityBaseline());
        const migration = new VirtualNetwork(stack, 'migration', { target: cluster.target, role: TrafficRole.LIVE_MIGRATION });
        new VirtualMachine(stack, 'intruder', { cluster, cpus: 1, memory: Size.gibibytes(1), image, nics: [Nic.on(migration)] });
        if (continueOnErrors === undefined) expect(() => app.synth()).toThrow(/HVSEC-NET-1/);
        else app.synth();
        expect(fs.existsSync(file)).toBe(false);
      } finally {
        if (before === undefined) delete process.env.CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS;
        else process.env.CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS = before;
      }
    });

    test('leaves the lock untouched when any construct has an error annotation', () => {
      process.env.CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS = '1';
      try {
        const file = lockFile();
        const { app, stack } = shopApp({ lock: file });
        Annotations.of(stack).addError('something else is wrong');
        app.synth();
        expect(fs.existsSync(file)).toBe(false);
      } finally {
        delete process.env.CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS;
      }
    });

    test('does not touch a lock that does not change', () => {
      const file = lockFile(lockOf({ shop: LOCKED }));
      fs.utimesSync(file, new Date(2000, 0, 1), new Date(2000, 0, 1));
      const mtime = fs.statSync(file).mtimeMs;
      shopApp({ lock: file }).app.synth();
      expect(fs.statSync(file).mtimeMs).toBe(mtime);
    });

    test('a reader running beside concurrent synths never reads a torn file', async () => {
      // one synth in a process of its own, one in this process between reads, and the reader here
      const file = lockFile();
      const script = path.join(__dirname, 'lock-writer.ts');
      const tsNode = require.resolve('ts-node/dist/bin.js');
      const writer = spawn(process.execPath, [tsNode, '--swc', script, file, '0', '4'], {
        env: { ...process.env, CHECKPOINT_DISABLE: '1' },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      const errors: string[] = [];
      writer.stderr.on('data', (d) => errors.push(String(d)));
      let code: number | undefined;
      const done = new Promise<void>((resolve) => writer.on('exit', (c) => {
        code = c ?? -1;
        resolve();
      }));
      let reads = 0;
      let synths = 0;
      const torn: string[] = [];
      while (code === undefined) {
        if (fs.existsSync(file)) {
          const text = fs.readFileSync(file, 'utf8');
          reads++;
          try {
            parseLock(file, text);
          } catch (e) {
            torn.push(`${(e as Error).message.slice(0, 200)} (${text.length} characters)`);
          }
          if (reads % 200 === 0) {
            // this process's synth: its stack's VMs change every time, so it writes the lock
            shopApp({ lock: file, stack: `here${synths}`, vms: [`here${synths}-a`, `here${synths}-b`] }).app.synth();
            synths++;
          }
        }
        await new Promise((resolve) => setImmediate(resolve));
      }
      await done;
      expect({ code, errors }).toEqual({ code: 0, errors: [] });
      expect(torn).toEqual([]);
      expect(reads).toBeGreaterThan(50);
      expect(synths).toBeGreaterThan(0);
      expect(fs.readdirSync(path.dirname(file))).toEqual([LOCK_FILE_NAME]);
    }, 120_000);
  });

  describe('when read-only', () => {
    test.each([
      ['the context says so', { [LOCK_READ_ONLY_CONTEXT]: true }, undefined, /"cdktf-hypervisor:lockReadOnly" is true/],
      ['CI is set', { [LOCK_READ_ONLY_CONTEXT]: undefined }, 'true', /the environment variable CI is set/],
    ])('fails when %s and a VM would be added, naming it', (_, context, ci, why) => {
      const file = lockFile(lockOf({ shop: LOCKED }));
      const { app } = shopApp({ lock: file, context, vms: ['web1', 'web2', 'web3', 'web4', 'web5'] });
      const message = new RegExp(`^\\[shop\\] The placement lock file ${file} is read-only \\(${why.source}\\), and this synth would change it: stack "shop" adds 1 VM \\(web5 on h[123]\\)`);
      withCi(ci, () => expect(() => app.synth()).toThrow(message));
      expect(fs.readFileSync(file, 'utf8')).toBe(lockOf({ shop: LOCKED }));
    });

    test('lets CI write when the context says the lock is not read-only', () => {
      const file = lockFile(lockOf({ shop: LOCKED }));
      const { app } = shopApp({ lock: file, context: { [LOCK_READ_ONLY_CONTEXT]: false }, vms: ['web1', 'web2', 'web3', 'web4', 'web5'] });
      withCi('true', () => app.synth());
      expect(Object.keys(JSON.parse(fs.readFileSync(file, 'utf8')).stacks.shop)).toContain('web5');
    });

    test('passes when nothing changes', () => {
      const file = lockFile(lockOf({ shop: LOCKED }));
      const { app, outdir } = shopApp({ lock: file, context: { [LOCK_READ_ONLY_CONTEXT]: true } });
      app.synth();
      expect(placed(outdir)).toEqual(LOCKED);
    });

    test('names the VMs that would move and be removed', () => {
      const file = lockFile(lockOf({ shop: LOCKED }));
      const { app } = shopApp({ lock: file, context: { [LOCK_READ_ONLY_CONTEXT]: true }, vms: ['web1', 'web2', 'web3'], rebalance: true });
      expect(() => app.synth()).toThrow(/stack "shop" moves \d VMs? \((web\d from h\d to h\d(, )?)+\), removes 1 VM \(web4 from h2\)/);
    });

    test('fails when the file is not writable', () => {
      const file = lockFile(lockOf({ shop: LOCKED }));
      fs.chmodSync(file, 0o444);
      const { app } = shopApp({ lock: file, vms: ['web1', 'web2', 'web3', 'web4', 'web5'] });
      expect(() => app.synth()).toThrow(/is read-only \(the file is not writable\), and this synth would change it: stack "shop" adds 1 VM \(web5 on h\d\)/);
      expect(fs.readFileSync(file, 'utf8')).toBe(lockOf({ shop: LOCKED }));
    });

    test('fails on a lock of version 1, saying that only the format would change', () => {
      const v1 = JSON.stringify({ placements: { 'shop/prod': LOCKED } });
      const file = lockFile(v1);
      const { app } = shopApp({ lock: file, context: { [LOCK_READ_ONLY_CONTEXT]: true } });
      expect(() => app.synth()).toThrow(/would change it: the file is in lock format version 1 and would be rewritten in version 2 \(no VM moves\)/);
      expect(fs.readFileSync(file, 'utf8')).toBe(v1);
    });

    test('names the VMs a stack that places nothing any more would remove', () => {
      const file = lockFile(lockOf({ shop: LOCKED }));
      const app = new App({ outdir: tempDir('out-'), context: { [LOCK_FILE_CONTEXT]: file, [LOCK_READ_ONLY_CONTEXT]: true } });
      const stack = new TerraformStack(app, 'shop');
      new VirtualMachine(stack, 'lone', { target: libvirtTarget(stack, 'target'), host: 'h1', cpus: 1, memory: Size.gibibytes(1), image });
      expect(() => app.synth()).toThrow(/would change it: stack "shop" removes 4 VMs \(web1 from h3, web2 from h3, web3 from h2, web4 from h2\)/);
    });

    test('fails on a context value that is not a boolean', () => {
      const { app } = shopApp({ lock: lockFile(), context: { [LOCK_READ_ONLY_CONTEXT]: 'yes' } });
      expect(() => app.synth()).toThrow(/The context value "cdktf-hypervisor:lockReadOnly" must be true or false/);
    });
  });

  describe('places VMs named after properties of Object.prototype', () => {
    // `__proto__` is no valid VM name (a name starts with a letter or digit) nor construct ID: the
    // engine's and the lock reader's tests take it
    const names = ['constructor', 'toString', 'hasOwnProperty', 'valueOf'];

    test('in a full synth, keeping them in the lock and on their hosts', () => {
      const file = lockFile();
      const first = shopApp({ lock: file, vms: names });
      first.app.synth();
      const hosts = placed(first.outdir);
      expect(Object.keys(hosts).sort()).toEqual([...names].sort());
      const lock = JSON.parse(fs.readFileSync(file, 'utf8'));
      expect(lock.stacks.shop).toEqual(hosts);
      expect(Object.keys(lock.stacks.shop).sort()).toEqual([...names].sort());

      // moved by hand in the lock: the next synth keeps them there
      const moved = Object.fromEntries(names.map((n, i) => [n, HOSTS[(i + 1) % 3]]));
      fs.writeFileSync(file, lockOf({ shop: moved }));
      const second = shopApp({ lock: file, vms: names });
      second.app.synth();
      expect(placed(second.outdir)).toEqual(moved);
    });
  });

  describe('an impossible rule group', () => {
    test('fails on the rule group\'s path, naming it', () => {
      const { app, stack, cluster } = shopApp({ lock: false });
      const vms = ['x1', 'x2', 'x3', 'x4'].map((n) => new VirtualMachine(stack, n, { cluster, cpus: 1, memory: Size.gibibytes(1), image }));
      new DrsRuleGroup(stack, 'wide-spread', { cluster, vms, rule: DrsRule.keepApart() });
      expect(() => app.synth()).toThrow(/^\[shop\/wide-spread\] No placement of cluster prod exists with rule group wide-spread: anti-affinity group 'wide-spread' needs 4 hosts, the cluster has 3/);
    });
  });
});
