/* eslint-disable no-bitwise */ // a 32-bit generator is made of bit operations
/**
 * A small seeded random generator (mulberry32): the same seed gives the same design, so that a
 * failing case is reproduced from its seed alone.
 */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A number in [0, 1). */
  public next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** A whole number from min to max, both included. */
  public int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with the given probability. */
  public chance(p: number): boolean {
    return this.next() < p;
  }

  /** One of the items. */
  public pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** The value, or undefined with probability 1 - p. */
  public maybe<T>(p: number, make: () => T): T | undefined {
    return this.chance(p) ? make() : undefined;
  }

  /** Up to n distinct items, in their order. */
  public subset<T>(items: readonly T[], min: number, max: number): T[] {
    const n = Math.min(items.length, this.int(min, max));
    const shuffled = [...items];
    for (let i = shuffled.length - 1; i > 0; i--) {
      const j = this.int(0, i);
      [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
    }
    const chosen = new Set(shuffled.slice(0, n));
    return items.filter((x) => chosen.has(x));
  }
}
