/**
 * What the benchmark reads from synthesized stacks: resource counts, the library's placement of
 * VMs (the hand-written program's host table) and whether two stacks are the same JSON.
 */
import { HostTable } from './baseline';
import { BenchVendor } from './design';

/** A synthesized `cdk.tf.json`. */
export type TerraformJson = { [section: string]: any };

/** Resources and data sources per type (data sources as `data.<type>`). */
export function countsOf(json: TerraformJson): { [type: string]: number } {
  const counts: { [type: string]: number } = {};
  for (const section of ['resource', 'data']) {
    for (const [type, byName] of Object.entries<object>(json[section] ?? {})) {
      counts[`${section === 'data' ? 'data.' : ''}${type}`] = Object.keys(byName).length;
    }
  }
  return counts;
}

/** The differences between two sets of counts, one line per type; empty if equal. */
export function countDifferences(library: { [t: string]: number }, baseline: { [t: string]: number }): string[] {
  const types = [...new Set([...Object.keys(library), ...Object.keys(baseline)])].sort();
  return types.filter((t) => library[t] !== baseline[t]).map((t) => `${t}: library ${library[t] ?? 0}, hand-written ${baseline[t] ?? 0}`);
}

/**
 * The host of each Hyper-V, libvirt or Proxmox VE VM in a synthesized stack, read from the provider
 * alias of its VM resource (Proxmox VE: its `node_name`).
 */
export function hostTableOf(vendor: BenchVendor, json: TerraformJson): HostTable {
  const type = { vsphere: undefined, hyperv: 'hyperv_machine_instance', libvirt: 'libvirt_domain', proxmox: undefined }[vendor];
  const table: HostTable = {};
  if (vendor === 'proxmox') {
    for (const [name, resource] of Object.entries<{ node_name?: string }>(json.resource?.proxmox_virtual_environment_vm ?? {})) {
      if (resource.node_name !== undefined) table[name] = resource.node_name;
    }
    return table;
  }
  if (type === undefined) return table;
  for (const [name, resource] of Object.entries<{ provider?: string }>(json.resource?.[type] ?? {})) {
    const alias = resource.provider?.split('.')[1];
    if (alias !== undefined) table[name] = alias;
  }
  return table;
}

/**
 * Where two stacks differ, ignoring cdktf's `//` metadata (construct paths): the differing
 * paths, at most `max` of them, and how many there are in all.
 */
export function jsonDifferences(library: TerraformJson, baseline: TerraformJson, max = 5): { total: number; first: string[] } {
  const first: string[] = [];
  let total = 0;
  const show = (v: unknown) => (v === undefined ? 'nothing' : JSON.stringify(v).slice(0, 160));
  const walk = (path: string, a: any, b: any): void => {
    if (a === b) return;
    const objects = a !== null && b !== null && typeof a === 'object' && typeof b === 'object' && Array.isArray(a) === Array.isArray(b);
    if (!objects) {
      total++;
      if (first.length < max) first.push(`${path}: library ${show(a)}, hand-written ${show(b)}`);
      return;
    }
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      if (key !== '//') walk(path ? `${path}.${key}` : key, a[key], b[key]);
    }
  };
  walk('', library, baseline);
  return { total, first };
}
