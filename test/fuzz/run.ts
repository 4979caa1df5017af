/**
 * `npm run fuzz [cases] [seed]`: builds and synthesizes random designs over every construct and
 * vendor, and ends with one summary line. Exits 1 on any unexpected exception or schema violation.
 */
import * as fc from 'fast-check';
import { designRecipe, run } from './designs';

const cases = Number(process.argv[2] ?? 10000);
const seed = Number(process.argv[3] ?? 20261121);
const counts = { synthesized: 0, refused: 0, unexpected: 0, violations: 0 };
const examples: string[] = [];
const start = Date.now();

for (const recipe of fc.sample(designRecipe, { numRuns: cases, seed })) {
  const outcome = run(recipe);
  counts[outcome.kind === 'synthesized' ? 'synthesized' : outcome.kind === 'refused' ? 'refused' : outcome.kind]++;
  if ((outcome.kind === 'unexpected' || outcome.kind === 'violations') && examples.length < 5) {
    const detail = outcome.kind === 'unexpected'
      ? String((outcome.error as Error)?.stack ?? outcome.error)
      : outcome.violations.slice(0, 5).join('\n');
    examples.push(`${outcome.kind}: ${JSON.stringify(recipe)}\n${detail}`);
  }
}

for (const example of examples) console.error(example);
const seconds = ((Date.now() - start) / 1000).toFixed(1);
console.log(
  `fuzz: ${cases} cases, ${counts.unexpected} unexpected exceptions, ${counts.violations} schema violations `
  + `(${counts.synthesized} synthesized, ${counts.refused} refused with a DesignError; seed ${seed}, ${seconds} s)`,
);
process.exit(counts.unexpected + counts.violations > 0 ? 1 : 0);
