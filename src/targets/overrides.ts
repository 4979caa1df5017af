import { IConstruct } from 'constructs';
import { TerraformResource } from '../core';
import { DesignError } from '../model/errors';
import { VendorOverride } from '../model/overrides';
import { Vendor } from '../model/vendor';

/**
 * Applies a vendor's overrides to a rendered resource, last: each sets the value at its path in the
 * resource's JSON, replacing what is there. A list given as a value replaces the whole list (cdktf's
 * own `addOverride` merges lists with the rendered ones); a number in the path indexes a list of
 * blocks, which must have that element.
 *
 * @param owner the design construct whose overrides these are, for messages
 * @param resource the rendered resource
 * @param vendor the vendor rendering
 * @param overrides every override of the construct, whatever its vendor
 */
export function applyOverrides(owner: IConstruct, resource: TerraformResource, vendor: Vendor, overrides: readonly VendorOverride[]): void {
  const mine = overrides.filter((o) => o.vendor === vendor);
  if (mine.length === 0) return;
  // the stack's metadata names the attributes each resource's overrides set, as cdktf's addOverride does
  const metadata = resource.toMetadata.bind(resource);
  resource.toMetadata = () => {
    const own = metadata();
    const type = resource.terraformResourceType;
    return { ...own, overrides: { [type]: [...new Set([...mine.map((o) => o.path.split('.')[0]), ...(own.overrides?.[type] ?? [])])] } };
  };
  // the overrides are set in the JSON; HCL output (cdktf synth --hcl) would leave them out
  resource.toHclTerraform = () => {
    throw new DesignError(owner, {
      problem: 'Vendor overrides are written into the JSON output; HCL output would leave them out.',
      value: mine.map((o) => o.path).join(', '),
      fix: 'synthesize JSON (cdktf synth without --hcl), or leave the overrides out',
    });
  };
  const synthesize = resource.toTerraform.bind(resource);
  resource.toTerraform = () => {
    const json = synthesize();
    const block = json.resource[resource.terraformResourceType][resource.friendlyUniqueId];
    for (const o of mine) setAt(owner, resource, block, o.path, o.value);
    return json;
  };
}

function setAt(owner: IConstruct, resource: TerraformResource, block: any, path: string, value: any): void {
  const segments = path.split('.');
  let node = block;
  for (let i = 0; i < segments.length - 1; i++) {
    const key = segments[i];
    const next = segments[i + 1];
    if (Array.isArray(node)) {
      if (Number(key) >= node.length || !/^[0-9]+$/.test(key)) throw missing(owner, resource, path, segments.slice(0, i + 1), node.length);
      node = node[Number(key)];
      continue;
    }
    if (/^[0-9]+$/.test(key)) throw missing(owner, resource, path, segments.slice(0, i + 1));
    if (node[key] === undefined || node[key] === null) node[key] = /^[0-9]+$/.test(next) ? [] : {};
    if (typeof node[key] !== 'object') throw missing(owner, resource, path, segments.slice(0, i + 1));
    // a block the provider takes as a list of one, written as an object by an earlier override
    if (/^[0-9]+$/.test(next) && !Array.isArray(node[key])) throw missing(owner, resource, path, segments.slice(0, i + 1));
    node = node[key];
  }
  const last = segments[segments.length - 1];
  if (Array.isArray(node)) {
    const index = Number(last);
    if (!/^[0-9]+$/.test(last) || index > node.length) throw missing(owner, resource, path, segments, node.length);
    node[index] = value;
  } else {
    node[last] = value;
  }
}

function missing(owner: IConstruct, resource: TerraformResource, path: string, reached: string[], length?: number): DesignError {
  return new DesignError(owner, {
    problem: `The override path ${JSON.stringify(path)} does not fit the rendered ${resource.terraformResourceType}: `
      + (length === undefined ? `${reached.join('.')} is not a list of blocks there.` : `${reached.join('.')} is beyond its list of ${length}.`),
    value: JSON.stringify(path),
    fix: 'write the path as the provider\'s JSON has it: block lists take an index ("network_adaptors.0.name"), single attributes none',
  });
}
