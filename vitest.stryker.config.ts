/**
 * The Vitest config of mutation testing (stryker.config.mjs): the `unit` and `rsc` projects only. No
 * browser project (Stryker runs every mutant in Node), and no type tests (a mutant changes only
 * runtime code under `// @ts-nocheck`, so tsc has nothing to say about it).
 *
 * The "fresh seed" property tests get a fixed seed of their own here (FC_SEED, see test/property.ts):
 * a random seed would name those tests differently in every run, so incremental mode would take them
 * for new tests each time and retest every mutant they cover, and a mutant's verdict could depend on
 * the seed of the day. Each property runs at most 100 times per seed here (`FC_MAX_RUNS`; 300–500 in
 * `npm test`): a mutant that no test kills reruns every property that reaches it, and the properties
 * were a third of such a run. The score is then that of a slightly weaker suite than CI's, not a
 * stronger one.
 *
 * Fresh modules for every test file (test/mutation-setup.ts): a mutant in module-level code (a
 * scheme list, an entity table, a regex) must be evaluated with that mutant active, and a cache filled
 * under one mutant must not reach the next. `isolate: true` gives that too, but with a new jsdom for
 * each file a mutant took about 3.5 s instead of 1.5 s (scores.ts: 9 min 36 s vs 3 min 55 s).
 *
 * No test may normalize or render while the tests are collected (in a `describe` body or at module
 * level): Stryker's per-test coverage would not see which test reaches that code, call the mutants
 * there "static" and run every test for each of them (91 % of scores.ts's mutants were, before).
 */
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { rscProject, unitProject } from './vitest.projects.js';

export default defineConfig({
  plugins: [react()],
  test: {
    env: { FC_SEED: '20261207', FC_MAX_RUNS: '100' },
    projects: [unitProject({ typecheck: false, setupFiles: ['test/mutation-setup.ts'] }), rscProject()],
  },
});
