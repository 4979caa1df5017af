/**
 * Generation of the Terraform provider bindings that have no prebuilt package: taliesins/hyperv,
 * dmacvicar/libvirt, bpg/proxmox and vatesfr/xenorchestra. The schemas in `provider-schemas/` are in the format printed by
 * `terraform providers schema -json`; the versions they were taken from are recorded here because
 * that format does not carry them.
 *
 * Used by the `generate:providers` task (writes `src/providers/`) and by the test that fails
 * when the committed bindings differ from what the schemas generate.
 */
import * as fs from 'fs';
import * as path from 'path';

/** A provider whose bindings this repository generates. */
export interface GeneratedProvider {
  /** Local name, also the folder under `src/providers/` and the schema file name. */
  readonly name: string;
  /** Registry namespace. */
  readonly namespace: string;
  /** Release the schema was transcribed from. */
  readonly version: string;
  /**
   * The resource types to generate bindings for, when not all: a large provider's bindings for
   * every type would be tens of megabytes the library never loads.
   */
  readonly resources?: readonly string[];
  /** The data source types to generate bindings for, when not all (see `resources`). */
  readonly dataSources?: readonly string[];
}

export const GENERATED_PROVIDERS: readonly GeneratedProvider[] = [
  { name: 'hyperv', namespace: 'taliesins', version: '1.2.1' },
  { name: 'libvirt', namespace: 'dmacvicar', version: '0.9.7' },
  {
    name: 'proxmox',
    namespace: 'bpg',
    version: '0.111.1',
    // the production VM is the SDKv2 `proxmox_virtual_environment_vm`; `proxmox_vm` is the experimental one
    resources: [
      'proxmox_virtual_environment_vm',
      'proxmox_virtual_environment_pool',
      'proxmox_virtual_environment_file',
      'proxmox_download_file',
      'proxmox_haresource',
      'proxmox_harule',
      'proxmox_replication',
      'proxmox_network_linux_vlan',
      'proxmox_sdn_zone_vlan',
      'proxmox_sdn_vnet',
      'proxmox_sdn_applier',
      'proxmox_cluster_options',
    ],
    dataSources: ['proxmox_virtual_environment_vms'],
  },
  {
    name: 'xenorchestra',
    namespace: 'vatesfr',
    version: '0.40.0',
    resources: ['xenorchestra_vm', 'xenorchestra_network', 'xenorchestra_cloud_config', 'xenorchestra_vdi'],
    dataSources: [
      'xenorchestra_pool', 'xenorchestra_host', 'xenorchestra_hosts', 'xenorchestra_network', 'xenorchestra_pif', 'xenorchestra_sr',
      'xenorchestra_template',
    ],
  },
];

/** The part of a provider's schema its bindings are generated from: every type, or the listed ones. */
function selectTypes(provider: GeneratedProvider, schema: any): any {
  const pick = (all: { [type: string]: unknown } | undefined, wanted: readonly string[] | undefined, kind: string) => {
    if (wanted === undefined) return all;
    const missing = wanted.filter((type) => all?.[type] === undefined);
    if (missing.length > 0) throw new Error(`${provider.name}: the schema has no ${kind} ${missing.join(', ')}`);
    return Object.fromEntries(wanted.map((type) => [type, all![type]]));
  };
  return {
    ...schema,
    resource_schemas: pick(schema.resource_schemas, provider.resources, 'resource'),
    data_source_schemas: pick(schema.data_source_schemas, provider.dataSources, 'data source'),
  };
}

const REGISTRY = 'registry.terraform.io';

/** Root of the repository. */
export const REPO_ROOT = path.resolve(__dirname, '..');

/**
 * Writes the bindings of every generated provider into `<outdir>/providers/<name>/`.
 *
 * The required_providers constraint is `~> <version>`: patch releases of the exact minor
 * release the bindings come from.
 */
export async function generateProviderBindings(outdir: string): Promise<void> {
  // The generator's support package runs `terraform version` when loaded; an unreadable CLI
  // configuration only adds a warning to its log, so point it at nothing.
  if (process.env.TF_CLI_CONFIG_FILE && !fs.existsSync(process.env.TF_CLI_CONFIG_FILE)) {
    delete process.env.TF_CLI_CONFIG_FILE;
  }
  // Deep imports: the package index also loads the jsii language tooling, which is not needed.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { TerraformProviderGenerator } = require('@cdktf/provider-generator/lib/get/generator/provider-generator');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { ConstructsMakerProviderTarget, TerraformProviderConstraint, LANGUAGES } = require('@cdktf/commons');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { CodeMaker } = require('codemaker');

  for (const provider of GENERATED_PROVIDERS) {
    const file = path.join(REPO_ROOT, 'provider-schemas', `${provider.name}.json`);
    const raw = JSON.parse(fs.readFileSync(file, 'utf8'));
    const fqpn = `${REGISTRY}/${provider.namespace}/${provider.name}`;
    const schema = raw.provider_schemas?.[fqpn];
    if (!schema) {
      throw new Error(`${file} has no schema for ${fqpn}`);
    }
    const code = new CodeMaker();
    const generator = new TerraformProviderGenerator(code, {
      format_version: raw.format_version,
      provider_schemas: { [fqpn]: selectTypes(provider, schema) },
      provider_versions: { [fqpn]: provider.version },
    });
    const constraint = `${provider.namespace}/${provider.name}@~> ${provider.version}`;
    generator.generate(new ConstructsMakerProviderTarget(new TerraformProviderConstraint(constraint), LANGUAGES[0]));
    await code.save(outdir);
  }
}

/** Every file below `dir`, as paths relative to it, sorted. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(child);
      else out.push(child);
    }
  };
  if (fs.existsSync(dir)) walk('');
  return out.sort();
}
