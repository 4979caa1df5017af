import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { findSecretLiterals, synthesizedFiles } from './secrets';
import { buildExampleApp } from '../examples/app';
import { GENERATED_PROVIDERS } from '../projenrc/provider-bindings';

function synthExample(): string {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'example-'));
  buildExampleApp(outdir).synth();
  return outdir;
}

function vsphereBindingVersion(): string {
  const pkg = JSON.parse(fs.readFileSync(require.resolve('@cdktf/provider-vsphere/package.json'), 'utf8'));
  return pkg.cdktf.provider.version;
}

function stack(outdir: string, name: string): any {
  return JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', name, 'cdk.tf.json'), 'utf8'));
}

describe('the example app', () => {
  let outdir: string;
  beforeAll(() => {
    outdir = synthExample();
  });
  afterAll(() => fs.rmSync(outdir, { recursive: true, force: true }));

  test('writes one stack per vendor', () => {
    expect(fs.readdirSync(path.join(outdir, 'stacks')).sort()).toEqual(['hyperv', 'libvirt', 'vsphere']);
  });

  test('each stack names its provider source and the version its bindings come from', () => {
    const versions: Record<string, { source: string; version: string }> = {
      vsphere: { source: 'vmware/vsphere', version: vsphereBindingVersion() },
    };
    for (const p of GENERATED_PROVIDERS) versions[p.name] = { source: `${p.namespace}/${p.name}`, version: p.version };
    for (const name of ['vsphere', 'hyperv', 'libvirt']) {
      expect(stack(outdir, name).terraform.required_providers).toEqual({ [name]: versions[name] });
    }
    expect(versions.vsphere.version).toBe('2.15.0');
  });

  test('the vSphere stack has one provider, the two-host stacks two aliases each', () => {
    expect(stack(outdir, 'vsphere').provider.vsphere).toHaveLength(1);
    expect(stack(outdir, 'hyperv').provider.hyperv.map((p: any) => p.alias)).toEqual(['hv1', 'hv2']);
    expect(stack(outdir, 'libvirt').provider.libvirt.map((p: any) => p.alias)).toEqual(['kvm1', 'kvm2']);
  });

  test('no synthesized file holds a secret literal', () => {
    const files = synthesizedFiles(outdir);
    expect(files.length).toBeGreaterThanOrEqual(4);
    const leaks = files.flatMap((f) => findSecretLiterals(f, JSON.parse(fs.readFileSync(f, 'utf8'))));
    expect(leaks).toEqual([]);
    // the checker itself must see a password where there is one
    expect(stack(outdir, 'hyperv').provider.hyperv[0].password).toBe('${var.hyperv_password}');
  });

  test('is byte-identical when synthesized again', () => {
    const again = synthExample();
    try {
      for (const name of ['vsphere', 'hyperv', 'libvirt']) {
        const file = path.join('stacks', name, 'cdk.tf.json');
        expect(fs.readFileSync(path.join(again, file), 'utf8')).toBe(fs.readFileSync(path.join(outdir, file), 'utf8'));
      }
    } finally {
      fs.rmSync(again, { recursive: true, force: true });
    }
  });
});

describe('the secret scan', () => {
  test('reports a literal password and a reference to a variable that is not sensitive', () => {
    const leaks = findSecretLiterals('x.json', {
      provider: { hyperv: [{ password: 'hunter2' }, { password: '${var.plain}' }, { password: '${var.ok}' }] },
      variable: { plain: { type: 'string' }, ok: { type: 'string', sensitive: true } },
    });
    expect(leaks.map((l) => l.path)).toEqual(['provider.hyperv[0].password', 'provider.hyperv[1].password']);
  });
});
