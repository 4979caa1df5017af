import { Construct, IConstruct } from 'constructs';
import {
  TerraformProvider, TerraformResource, containsMapToken, containsNumberListTokenElement, containsStringListTokenElement, resolve, unresolved,
} from '../core';

/**
 * A number written into a string (`"-1.8881545897087626e+289"`), which cdktf reads back as a
 * token: the pattern cdktf looks for, so that every string it would look at twice is passed to it.
 */
const NUMBER_IN_STRING = /[-|\d.+]e[-|\d.eE+]/;

/**
 * The attributes of a resource (or a provider block) as `cdk.tf.json` will hold them, resolved in the stack.
 *
 * The same as cdktf's `resolve` of the resource's `toTerraform()`, which builds a resolution
 * context for every value it visits; on a design of thousands of VMs that doubled the synth time.
 * Here plain values (no token, no encoded number or list) are copied as they are and only the
 * values that hold a token go through cdktf's `resolve`, which gives them the same result they
 * get in the whole: a token's resolution does not depend on where it sits.
 *
 * @param stack the stack the resource is synthesized in
 * @param resource the resource
 */
export function resolvedAttributes(stack: IConstruct, resource: TerraformResource | TerraformProvider): { [name: string]: any } {
  const json = resolvePlain(stack, resource.toTerraform());
  const type = resource.terraformResourceType;
  return Object.values<any>(json?.resource?.[type] ?? json?.provider?.[type] ?? {})[0] ?? {};
}

/** `resolve(stack, value)`, with plain values copied without cdktf's resolution contexts. */
export function resolvePlain(stack: IConstruct, value: any): any {
  switch (typeof value) {
    case 'undefined': return undefined;
    case 'boolean': case 'bigint': case 'symbol': return value;
    case 'string': return mayHoldToken(value) ? resolve(stack, value) : value;
    case 'number': return unresolved(value) ? resolve(stack, value) : value;
    case 'function': return resolve(stack, value);
  }
  if (value === null || value instanceof Date) return value;
  if (Array.isArray(value)) {
    if (containsStringListTokenElement(value) || containsNumberListTokenElement(value)) return resolve(stack, value);
    const out: any[] = [];
    for (const element of value) {
      const resolved = resolvePlain(stack, element);
      if (resolved !== undefined) out.push(resolved);
    }
    return out;
  }
  // tokens, maps with token keys and constructs (which cdktf refuses) are cdktf's to resolve
  const keys = Object.keys(value);
  if (unresolved(value) || containsMapToken(value) || keys.some(mayHoldToken) || Construct.isConstruct(value)) {
    return resolve(stack, value);
  }
  const out: { [key: string]: any } = {};
  for (const key of keys) {
    const resolved = resolvePlain(stack, value[key]);
    if (resolved !== undefined) out[key] = resolved;
  }
  return out;
}

/** Whether cdktf would find a token in the string (a string, list or map token, or an encoded number). */
function mayHoldToken(s: string): boolean {
  return s.includes('TfToken[') || NUMBER_IN_STRING.test(s);
}
