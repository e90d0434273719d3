/**
 * The Vitest config of mutation testing (stryker.config.mjs): the `unit` and `rsc` projects only. No
 * browser project (Stryker runs every mutant in Node), and no type tests (a mutant changes only
 * runtime code under `// @ts-nocheck`, so tsc has nothing to say about it).
 *
 * The "fresh seed" property tests get a fixed seed of their own here (FC_SEED, see test/property.ts):
 * a random seed would name those tests differently in every run, so incremental mode would take them
 * for new tests each time and retest every mutant they cover, and a mutant's verdict could depend on
 * the seed of the day.
 *
 * `isolate: true`: a fresh module graph for each test file. With one shared graph (`isolate: false`,
 * as in vite.config.ts), a module is evaluated once, so a mutant in a module-level constant (a scheme
 * list, an entity table, a regex) was tested against whatever that module held when it first loaded:
 * such mutants survived tests that kill them, and others were "killed" by no test at all.
 */
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { rscProject, unitProject } from './vitest.projects.js';

export default defineConfig({
  plugins: [react()],
  test: { env: { FC_SEED: '20261207' }, projects: [unitProject({ typecheck: false, isolate: true }), rscProject()] },
});
