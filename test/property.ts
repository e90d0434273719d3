/**
 * fast-check, twice per property: with a fixed seed (the same runs on every machine, so CI is
 * reproducible) and with a fresh seed (new runs every time, so the suite keeps exploring). The fresh
 * seed is in the test's name; to replay a failure, run with `FC_SEED=<seed>`. `FC_RUNS` scales the
 * number of runs of every property (e.g. `FC_RUNS=20000 npm run test:unit` for a long exploration);
 * `FC_MAX_RUNS` caps it.
 */
import fc from 'fast-check';
import { it } from 'vitest';

const FIXED_SEED = 20261128;
const FRESH_SEED = process.env.FC_SEED ? Number(process.env.FC_SEED) : Math.floor(Math.random() * 2 ** 31);
const scale = process.env.FC_RUNS ? Number(process.env.FC_RUNS) : undefined;
// A ceiling (mutation testing sets one, vitest.stryker.config.ts: every mutant reruns the properties).
const ceiling = process.env.FC_MAX_RUNS ? Number(process.env.FC_MAX_RUNS) : Number.POSITIVE_INFINITY;

/** Declares one property as two tests, one per seed; `numRuns` is the default number of runs of each. */
export function itProperty<Ts extends unknown[]>(
  name: string,
  property: fc.IProperty<Ts>,
  { numRuns, timeout = 120_000 }: { numRuns: number; timeout?: number },
): void {
  const runs = Math.min(scale ?? numRuns, ceiling);
  it(`${name} (fixed seed ${FIXED_SEED}, ${runs} runs)`, { timeout }, () => {
    fc.assert(property, { seed: FIXED_SEED, numRuns: runs });
  });
  it(`${name} (fresh seed ${FRESH_SEED}, ${runs} runs; replay with FC_SEED=${FRESH_SEED})`, { timeout }, () => {
    fc.assert(property, { seed: FRESH_SEED, numRuns: runs });
  });
}
