import * as fs from 'fs';
import * as path from 'path';

/*
 * Checks synthesized Terraform JSON against the provider schemas in provider-schemas/: every
 * attribute and block known, required ones present, computed-only ones absent, values of the
 * right type (an interpolation `${...}` stands for any type), block counts within bounds, and every
 * key of an object value present: in JSON, Terraform converts an object of an attribute of type
 * object (a `list(object)` attribute of an SDKv2 provider, such as `network_device`) only when it
 * has every key of the type, null where unset.
 */

type Schema = any;

const SCHEMAS: Record<string, Schema> = {};
for (const name of ['vsphere', 'hyperv', 'libvirt', 'proxmox']) {
  const raw = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'provider-schemas', `${name}.json`), 'utf8'));
  SCHEMAS[name] = Object.values(raw.provider_schemas)[0];
}

/** Keys Terraform itself handles on every resource and data source. */
const META = new Set(['//', 'provider', 'depends_on', 'lifecycle', 'count', 'for_each', 'connection', 'provisioner']);
/** Resource types of Terraform's built-in provider, not checked here. */
const BUILTIN = new Set(['terraform_data']);

const isExpression = (v: unknown) => typeof v === 'string' && v.includes('${');

function checkType(type: any, value: any, at: string, out: string[]): void {
  if (value === null || isExpression(value)) return;
  if (typeof type === 'string') {
    const ok = type === 'string' ? ['string', 'number', 'boolean'].includes(typeof value)
      : type === 'number' ? typeof value === 'number' || (typeof value === 'string' && !isNaN(Number(value)))
        : type === 'bool' ? typeof value === 'boolean' || value === 'true' || value === 'false'
          : true;
    if (!ok) out.push(`${at}: expected ${type}, got ${JSON.stringify(value)}`);
    return;
  }
  const [kind, inner] = type;
  if (kind === 'list' || kind === 'set') {
    if (!Array.isArray(value)) out.push(`${at}: expected a ${kind}`);
    else value.forEach((v, i) => checkType(inner, v, `${at}[${i}]`, out));
  } else if (kind === 'map') {
    if (typeof value !== 'object' || Array.isArray(value)) out.push(`${at}: expected a map`);
    else for (const [k, v] of Object.entries(value)) checkType(inner, v, `${at}.${k}`, out);
  } else if (kind === 'object') {
    if (typeof value !== 'object' || Array.isArray(value)) {out.push(`${at}: expected an object`);} else {
      for (const [k, v] of Object.entries(value)) {
        if (!(k in inner)) out.push(`${at}.${k}: unknown attribute`);
        else checkType(inner[k], v, `${at}.${k}`, out);
      }
      for (const k of Object.keys(inner)) {
        if (!(k in value)) out.push(`${at}.${k}: object key missing (write null where unset)`);
      }
    }
  }
}

function checkAttributes(attributes: Record<string, any>, value: any, at: string, out: string[]): void {
  for (const [name, attr] of Object.entries<any>(attributes)) {
    const v = value[name];
    if (v === undefined) {
      if (attr.required) out.push(`${at}.${name}: required attribute missing`);
      continue;
    }
    if (attr.computed && !attr.optional && !attr.required) out.push(`${at}.${name}: computed-only attribute set`);
    if (attr.nested_type !== undefined) {
      const nested = attr.nested_type;
      const items = nested.nesting_mode === 'single' ? [v] : v;
      if (isExpression(v)) continue;
      if (!Array.isArray(items)) {
        out.push(`${at}.${name}: expected a ${nested.nesting_mode}`);
        continue;
      }
      items.forEach((item: any, i: number) => {
        const here = nested.nesting_mode === 'single' ? `${at}.${name}` : `${at}.${name}[${i}]`;
        if (typeof item !== 'object' || item === null || Array.isArray(item)) out.push(`${here}: expected an object`);
        else checkObject(nested.attributes, {}, item, here, out);
      });
    } else {
      checkType(attr.type, v, `${at}.${name}`, out);
    }
  }
}

function checkObject(attributes: Record<string, any>, blocks: Record<string, any>, value: any, at: string, out: string[]): void {
  for (const key of Object.keys(value)) {
    if (!(key in attributes) && !(key in blocks) && !META.has(key)) out.push(`${at}.${key}: unknown attribute or block`);
  }
  checkAttributes(attributes, value, at, out);
  for (const [name, block] of Object.entries<any>(blocks)) {
    const v = value[name];
    const items = v === undefined ? [] : Array.isArray(v) ? v : [v];
    if (items.length < (block.min_items ?? 0)) out.push(`${at}.${name}: at least ${block.min_items} block(s) required`);
    if (block.max_items !== undefined && items.length > block.max_items) out.push(`${at}.${name}: at most ${block.max_items} block(s)`);
    items.forEach((item: any, i: number) => checkObject(block.block.attributes ?? {}, block.block.block_types ?? {}, item, `${at}.${name}[${i}]`, out));
  }
}

/** The schema violations of a synthesized stack; empty when it conforms. */
export function schemaViolations(config: any): string[] {
  const out: string[] = [];
  for (const [kind, key] of [['resource', 'resource_schemas'], ['data', 'data_source_schemas']] as const) {
    for (const [type, instances] of Object.entries<any>(config[kind] ?? {})) {
      if (BUILTIN.has(type)) continue;
      const provider = type.split('_')[0];
      const schema = SCHEMAS[provider]?.[key]?.[type];
      if (schema === undefined) {
        out.push(`${kind}.${type}: unknown type`);
        continue;
      }
      for (const [name, body] of Object.entries<any>(instances)) {
        checkObject(schema.block.attributes ?? {}, schema.block.block_types ?? {}, body, `${kind}.${type}.${name}`, out);
      }
    }
  }
  for (const [provider, configs] of Object.entries<any>(config.provider ?? {})) {
    const schema = SCHEMAS[provider]?.provider;
    if (schema === undefined) continue;
    for (const [i, body] of (configs as any[]).entries()) {
      const known = { ...(schema.block.attributes ?? {}), alias: { type: 'string', optional: true } };
      // credentials may come from the provider's environment variables
      const attributes = Object.fromEntries(Object.entries<any>(known).map(([k, a]) => [k, { ...a, required: false }]));
      checkObject(attributes, schema.block.block_types ?? {}, body, `provider.${provider}[${i}]`, out);
    }
  }
  return out;
}
