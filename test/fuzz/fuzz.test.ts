import * as fc from 'fast-check';
import { designRecipe, run } from './designs';

describe('random designs (a few hundred here; `npm run fuzz` runs 10,000)', () => {
  test('end in a configuration that conforms to the provider schemas, or in a DesignError', () => {
    let synthesized = 0;
    let refused = 0;
    fc.assert(fc.property(designRecipe, (recipe) => {
      const outcome = run(recipe);
      if (outcome.kind === 'unexpected') throw outcome.error;
      expect(outcome).not.toMatchObject({ kind: 'violations' });
      if (outcome.kind === 'synthesized') synthesized++;
      else refused++;
    }), { numRuns: 300, seed: 42 });
    // the generator reaches both ends
    expect(synthesized).toBeGreaterThan(10);
    expect(refused).toBeGreaterThan(10);
  });
});
