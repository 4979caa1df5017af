import { Token } from '../core';
import { DesignError } from './errors';

const KIB = 1024;
const UNITS = {
  bytes: 1,
  KiB: KIB,
  MiB: KIB ** 2,
  GiB: KIB ** 3,
  TiB: KIB ** 4,
} as const;

type Unit = keyof typeof UNITS;

/**
 * An amount of memory or storage, in binary units (1 GiB = 1024 MiB).
 *
 * Conversions to a larger unit fail when the amount is not a whole number of that unit: a size
 * is never rounded silently.
 *
 * @example Size.gibibytes(4).toMebibytes() // 4096
 */
export class Size {
  /** @param amount a whole number of bytes */
  public static bytes(amount: number): Size {
    return new Size(amount, 'bytes');
  }

  /** @param amount a whole number of kibibytes (KiB, 1024 bytes) */
  public static kibibytes(amount: number): Size {
    return new Size(amount, 'KiB');
  }

  /** @param amount a whole number of mebibytes (MiB, 1024 KiB) */
  public static mebibytes(amount: number): Size {
    return new Size(amount, 'MiB');
  }

  /** @param amount a whole number of gibibytes (GiB, 1024 MiB) */
  public static gibibytes(amount: number): Size {
    return new Size(amount, 'GiB');
  }

  /** @param amount a whole number of tebibytes (TiB, 1024 GiB) */
  public static tebibytes(amount: number): Size {
    return new Size(amount, 'TiB');
  }

  private readonly totalBytes: number;

  private constructor(private readonly amount: number, private readonly unit: Unit) {
    if (Token.isUnresolved(amount)) {
      throw new DesignError(undefined, {
        problem: `A size in ${unit} must be known at synth, not a token.`,
        value: String(amount),
        allowed: 'a whole number',
      });
    }
    if (!Number.isInteger(amount) || amount < 0) {
      throw new DesignError(undefined, {
        problem: 'A size must be a whole, non-negative number of its unit.',
        value: `${amount} ${unit}`,
        allowed: `0, 1, 2, ... ${unit}`,
        fix: 'give the size in a smaller unit, e.g. Size.mebibytes(1536) for 1.5 GiB',
      });
    }
    this.totalBytes = amount * UNITS[unit];
    if (!Number.isSafeInteger(this.totalBytes)) {
      throw new DesignError(undefined, {
        problem: 'A size is too large to count in bytes exactly.',
        value: `${amount} ${unit}`,
        allowed: `at most ${Number.MAX_SAFE_INTEGER} bytes`,
      });
    }
  }

  /** The size in bytes. */
  public toBytes(): number {
    return this.totalBytes;
  }

  /** The size in KiB; fails unless it is a whole number of KiB. */
  public toKibibytes(): number {
    return this.to('KiB');
  }

  /** The size in MiB; fails unless it is a whole number of MiB. */
  public toMebibytes(): number {
    return this.to('MiB');
  }

  /** The size in GiB; fails unless it is a whole number of GiB. */
  public toGibibytes(): number {
    return this.to('GiB');
  }

  /** The size in TiB; fails unless it is a whole number of TiB. */
  public toTebibytes(): number {
    return this.to('TiB');
  }

  /** Whether the size is a whole number of MiB. */
  public isWholeMebibytes(): boolean {
    return this.totalBytes % UNITS.MiB === 0;
  }

  /** Whether the size is a whole number of GiB. */
  public isWholeGibibytes(): boolean {
    return this.totalBytes % UNITS.GiB === 0;
  }

  /** Whether this size is larger than `other`. */
  public isLargerThan(other: Size): boolean {
    return this.totalBytes > other.totalBytes;
  }

  /** Whether two sizes are the same number of bytes. */
  public isSameAs(other: Size): boolean {
    return this.totalBytes === other.totalBytes;
  }

  /** The size as it was given, e.g. "4 GiB". */
  public toString(): string {
    return `${this.amount} ${this.unit}`;
  }

  private to(unit: Unit): number {
    const factor = UNITS[unit];
    if (this.totalBytes % factor !== 0) {
      throw new DesignError(undefined, {
        problem: `${this} is not a whole number of ${unit}; sizes are never rounded.`,
        value: `${this.totalBytes / factor} ${unit}`,
        allowed: `a whole number of ${unit}`,
        fix: `give a size that is a multiple of 1 ${unit}`,
      });
    }
    return this.totalBytes / factor;
  }
}
