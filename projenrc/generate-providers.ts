/**
 * Regenerates src/providers/{hyperv,libvirt,proxmox,xenorchestra} from provider-schemas/. Run with
 * `npx projen generate:providers`; never edit the output by hand.
 */
import * as fs from 'fs';
import * as path from 'path';
import { GENERATED_PROVIDERS, REPO_ROOT, generateProviderBindings } from './provider-bindings';

async function main() {
  const src = path.join(REPO_ROOT, 'src');
  for (const provider of GENERATED_PROVIDERS) {
    fs.rmSync(path.join(src, 'providers', provider.name), { recursive: true, force: true });
  }
  await generateProviderBindings(src);
  for (const provider of GENERATED_PROVIDERS) {
    console.log(`generated src/providers/${provider.name} (${provider.namespace}/${provider.name} ${provider.version})`);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
