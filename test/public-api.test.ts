import { inspect } from 'util';
import * as lib from '../src';
import { DesignError, Size } from '../src';

describe('the public API', () => {
  test('exports DesignError and not the internal rendering helper', () => {
    expect(typeof lib.DesignError).toBe('function');
    expect(lib).not.toHaveProperty('renderTargetsOf');
  });
});

describe('DesignError', () => {
  function caught(fn: () => unknown): any {
    try {
      fn();
    } catch (e) {
      return e;
    }
    throw new Error('nothing was thrown');
  }

  test('is an Error at run time, recognised by isDesignError', () => {
    const e = caught(() => Size.gibibytes(-1));
    expect(e).toBeInstanceOf(DesignError);
    expect(e).toBeInstanceOf(Error);
    expect(DesignError.isDesignError(e)).toBe(true);
    expect(DesignError.isDesignError(new Error('x'))).toBe(false);
    expect(e.name).toBe('DesignError');
    expect(e.constructPath).toBe('<value>');
  });

  test('prints as its message only: a stack without frames of the library, and no parts listed twice', () => {
    const e = caught(() => Size.gibibytes(-1));
    expect(e.stack).toBe(`DesignError: ${e.message}`);
    expect(e.stack).not.toMatch(/\/src\/|node_modules|\n\s+at /);
    expect(String(e)).toBe(e.stack);
    const printed = inspect(e);
    expect(printed).toContain(e.message);
    expect(printed.split('A size must be a whole').length).toBe(2);
    expect(Object.keys(e)).toEqual([]);
  });

  test('names the construct path, the problem, the value, what is allowed and the fix', () => {
    const e = new DesignError(undefined, { problem: 'It is wrong.', value: '1', allowed: '2', fix: 'use 2' });
    expect(e.message).toBe('[<value>] It is wrong.\n  value:   1\n  allowed: 2\n  fix:     use 2');
    expect([e.problem, e.value, e.allowed, e.fix]).toEqual(['It is wrong.', '1', '2', 'use 2']);
  });
});
