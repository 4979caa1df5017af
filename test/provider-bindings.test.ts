import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { GENERATED_PROVIDERS, REPO_ROOT, generateProviderBindings, listFiles } from '../projenrc/provider-bindings';

describe('generated provider bindings', () => {
  let outdir: string;

  beforeAll(async () => {
    outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'bindings-'));
    await generateProviderBindings(outdir);
  });

  afterAll(() => fs.rmSync(outdir, { recursive: true, force: true }));

  test.each(GENERATED_PROVIDERS.map((p) => [p.name]))('src/providers/%s is what its schema generates', (name) => {
    const committed = path.join(REPO_ROOT, 'src', 'providers', name);
    const generated = path.join(outdir, 'providers', name);
    const fix = 'run `npx projen generate:providers` (never edit generated bindings by hand)';

    const files = listFiles(generated);
    expect(files.length).toBeGreaterThan(5);
    expect({ files: listFiles(committed), fix }).toEqual({ files, fix });

    const differing = files.filter(
      (f) => !fs.readFileSync(path.join(committed, f)).equals(fs.readFileSync(path.join(generated, f))),
    );
    expect({ differing, fix }).toEqual({ differing: [], fix });
  });

  test.each(GENERATED_PROVIDERS.map((p) => [p.name, `${p.namespace}/${p.name}`, p.version]))(
    'the %s binding records source %s and version %s for required_providers',
    (name, source, version) => {
      const provider = fs.readFileSync(path.join(REPO_ROOT, 'src', 'providers', name, 'provider', 'index.ts'), 'utf8');
      expect(provider).toContain(`terraformProviderSource: '${source}'`);
      expect(provider).toContain(`providerVersion: '${version}'`);
    },
  );
});
