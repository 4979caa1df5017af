import { lazily } from '../light-resource';

/**
 * The attributes of a rendered element, each made when first read. An attribute is a reference
 * token of a rendered resource, and cdktf captures a stack trace for every token it makes: most
 * attributes of most elements are never read, so they are not made unless they are.
 *
 * @param producers a function per attribute that makes its value
 */
export function lazyAttributes(producers: { [name: string]: () => any }): { readonly [name: string]: any } {
  const attributes = {};
  for (const [name, produce] of Object.entries(producers)) {
    Object.defineProperty(attributes, name, { enumerable: true, get: lazily(produce) });
  }
  return attributes;
}
