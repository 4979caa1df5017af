import { IConstruct } from 'constructs';
import { TerraformResource } from '../core';
import { DesignError } from '../model/errors';
import { VendorOverride } from '../model/overrides';
import { Vendor } from '../model/vendor';

/**
 * Applies a vendor's overrides to a rendered resource, last: each sets the value at its path in the
 * resource's JSON. An object is merged into a rendered object (the keys the library set stay); a list
 * or a plain value replaces what is there (cdktf's own `addOverride` merges lists with the rendered
 * ones); a number in the path indexes a list of blocks, which must have that element.
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

const INDEX = /^[0-9]+$/;

function setAt(owner: IConstruct, resource: TerraformResource, block: any, path: string, value: any): void {
  const segments = path.split('.');
  const fail = (upTo: number, why: string) => misfit(owner, resource, path, `${segments.slice(0, upTo + 1).join('.')} ${why}`);
  let node = block;
  for (let i = 0; i < segments.length; i++) {
    const key = segments[i];
    const last = i === segments.length - 1;
    if (Array.isArray(node)) {
      if (!INDEX.test(key)) return fail(i - 1, 'is a list of blocks: the path needs an index after it');
      // a block is replaced or changed, never added: to add one, override the whole list
      if (Number(key) >= node.length) return fail(i, `is beyond the rendered list of ${node.length}`);
    } else if (INDEX.test(key)) {
      return fail(i - 1, 'is not a list of blocks: the path takes no index after it');
    }
    if (last) {
      node[key] = merged(node[key], value);
      return;
    }
    if (node[key] === undefined || node[key] === null) {
      if (INDEX.test(segments[i + 1])) return fail(i, 'is not rendered: override the whole list');
      node[key] = {};
    }
    if (typeof node[key] !== 'object') return fail(i, 'is a value, not a block');
    node = node[key];
  }
}

const isPlainObject = (x: any): x is { [key: string]: any } =>
  x !== null && typeof x === 'object' && Object.getPrototypeOf(x) === Object.prototype;

/**
 * An override's value over what is rendered there: an object is merged into a rendered object,
 * key by key and as deep as both are objects (the keys the library set stay, as with cdktf's
 * `addOverride`); anything else, a list above all, replaces what is there.
 */
function merged(rendered: any, value: any): any {
  if (!isPlainObject(rendered) || !isPlainObject(value)) return copied(value);
  const result: { [key: string]: any } = { ...rendered };
  for (const [k, v] of Object.entries(value)) result[k] = merged(rendered[k], v);
  return result;
}

/** A copy of an override's lists and objects: a later override of a path inside it must change this resource only. */
function copied(value: any): any {
  if (Array.isArray(value)) return value.map(copied);
  if (isPlainObject(value)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, copied(v)]));
  }
  return value;
}

function misfit(owner: IConstruct, resource: TerraformResource, path: string, why: string): never {
  throw new DesignError(owner, {
    problem: `The override path ${JSON.stringify(path)} does not fit the rendered ${resource.terraformResourceType}: ${why}.`,
    value: JSON.stringify(path),
    fix: 'write the path as the provider\'s JSON has it: block lists take an index ("network_adaptors.0.name"), single blocks none',
  });
}
