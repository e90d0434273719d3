/**
 * The two Vitest projects without a browser, shared by vite.config.ts (with the story project) and
 * vitest.stryker.config.ts (mutation testing, these two only).
 */
import type { TestProjectInlineConfiguration } from 'vitest/config';

/**
 * The jsdom project: every test/**\/*.test.{ts,tsx} but the RSC ones. The type tests
 * (test/**\/*.test-d.tsx) are checked by `npm run typecheck` (tsc over the whole project, a step of
 * `npm test`): a failed `expectTypeOf` is a type error there. `typecheck: true` also reports them as
 * Vitest tests, at the cost of a second tsc run (about 11 s of CPU), so `npm test` leaves it off.
 */
export function unitProject({
  typecheck = false,
  isolate = false,
  setupFiles = [] as string[],
} = {}): TestProjectInlineConfiguration {
  return {
    extends: true,
    test: {
      name: 'unit',
      environment: 'jsdom',
      // A hang guard, not a speed check: the URL-vector and property tests take seconds, more on a
      // busy machine (the default 5 s failed url-safety.test.tsx beside a busy run).
      testTimeout: 60_000,
      // One jsdom for all files instead of one per file: 16 s of CPU instead of 60 s. The tests clean up
      // after themselves (testing-library's cleanup, restoreAllMocks, unstubAllGlobals, real timers);
      // checked with files in shuffled order. `npm run test:unit -- --isolate` runs them isolated.
      isolate,
      include: ['test/**/*.test.{ts,tsx}'],
      exclude: ['test/**/*.rsc.test.tsx'],
      setupFiles: [...setupFiles, 'test/setup.ts'],
      // test/**/*.test-d.tsx: assertions about the public types, checked by tsc.
      typecheck: { enabled: typecheck, include: ['test/**/*.test-d.{ts,tsx}'], tsconfig: './tsconfig.json' },
    },
  };
}

/**
 * The presentational components under the react-server condition, as in React Server Components:
 * React's server build has no hooks, so any hook or client API would fail here.
 */
export function rscProject(): TestProjectInlineConfiguration {
  return {
    extends: true,
    resolve: { conditions: ['react-server'] },
    ssr: { resolve: { conditions: ['react-server'], externalConditions: ['react-server'] } },
    test: {
      name: 'rsc',
      environment: 'node',
      include: ['test/**/*.rsc.test.tsx'],
      execArgv: ['--conditions=react-server'],
    },
  };
}
