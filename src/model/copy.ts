/*
 * Defensive copies of what a design hands to a construct. A construct checks its props when it is
 * made and renders them at synth; a copy keeps a later change to the caller's arrays or objects
 * from reaching the rendering unchecked.
 */

/**
 * A deep copy of the plain arrays and objects in `value`. Instances of classes (constructs, sizes,
 * images, tokens, credentials) are values or references of their own and are kept as they are.
 */
export function copyProps<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item) => copyProps(item)) as unknown as T;
  if (value === null || typeof value !== 'object') return value;
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    // defined, not assigned: a key "__proto__" stays a key instead of replacing the copy's prototype
    Object.defineProperty(copy, key, { value: copyProps(item), enumerable: true, writable: true, configurable: true });
  }
  return copy as T;
}
