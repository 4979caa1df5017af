import { DesignError, Size } from '../../src';

describe('Size', () => {
  test('converts between binary units', () => {
    expect(Size.gibibytes(4).toMebibytes()).toBe(4096);
    expect(Size.tebibytes(1).toGibibytes()).toBe(1024);
    expect(Size.mebibytes(2048).toGibibytes()).toBe(2);
    expect(Size.kibibytes(1).toBytes()).toBe(1024);
    expect(Size.gibibytes(1).toString()).toBe('1 GiB');
  });

  test('compares sizes', () => {
    expect(Size.gibibytes(1).isSameAs(Size.mebibytes(1024))).toBe(true);
    expect(Size.gibibytes(2).isLargerThan(Size.mebibytes(2047))).toBe(true);
    expect(Size.mebibytes(1536).isWholeGibibytes()).toBe(false);
    expect(Size.mebibytes(1536).isWholeMebibytes()).toBe(true);
  });

  test('fails instead of rounding when converting to a larger unit', () => {
    expect(() => Size.mebibytes(1536).toGibibytes()).toThrow(DesignError);
    expect(() => Size.mebibytes(1536).toGibibytes()).toThrow(/1536 MiB is not a whole number of GiB; sizes are never rounded[\s\S]*value: +1\.5 GiB/);
  });

  test('fails for fractions and negative amounts', () => {
    expect(() => Size.gibibytes(1.5)).toThrow(/A size must be a whole, non-negative number of its unit[\s\S]*Size\.mebibytes\(1536\)/);
    expect(() => Size.mebibytes(-1)).toThrow(DesignError);
  });

  test('fails when the size cannot be counted in bytes exactly', () => {
    expect(() => Size.tebibytes(2 ** 40)).toThrow(/too large to count in bytes exactly/);
  });
});
