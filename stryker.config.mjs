// @ts-check
/**
 * Mutation testing: `npm run test:mutation` (on demand; not part of `npm test`). See CONTRIBUTING.md.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
const config = {
  testRunner: 'vitest',
  // The `unit` and `rsc` projects only: no browser, no type tests (vitest.stryker.config.ts).
  vitest: { configFile: 'vitest.stryker.config.ts' },
  mutate: [
    'src/normalize/**/*.ts',
    'src/components/**/*.tsx',
    // The body parsers (Markdown, HTML, Portable Text, Notion, Contentful: 3,000 lines, opt-in entries
    // with their own spec and vector suites) would double a full run; run them on their own with
    // --mutate when they change. The core's body code (block JSON, choosing a parser) stays in scope.
    '!src/normalize/body/contentful.ts',
    '!src/normalize/body/html.ts',
    '!src/normalize/body/html-text.ts',
    '!src/normalize/body/json-rich-text.ts',
    '!src/normalize/body/markdown.ts',
    '!src/normalize/body/markdown-front-matter.ts',
    '!src/normalize/body/markdown-html.ts',
    '!src/normalize/body/markdown-it-footnote.d.ts',
    '!src/normalize/body/notion.ts',
    '!src/normalize/body/portable-text.ts',
  ],
  coverageAnalysis: 'perTest',
  // A mutant is "timed out" (detected) after 1.5 × its tests' time in the dry run + this margin; the
  // default 5 s is tight when the machine is busy, and a busy machine must not turn a survivor into a
  // timeout.
  timeoutMS: 10_000,
  // Two test processes, one per core of the machine this was measured on (2 cores): about 1.5 s per
  // mutant. Lower it with --concurrency 1 when the machine has other work.
  concurrency: 2,
  // Reuses the results of the previous run for every mutant whose code and tests did not change.
  incremental: true,
  incrementalFile: '.tmp/mutation/incremental.json',
  reporters: ['html', 'clear-text', 'json', 'progress'],
  htmlReporter: { fileName: '.tmp/mutation/index.html' },
  jsonReporter: { fileName: '.tmp/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false, reportTests: false },
  thresholds: { high: 90, low: 85, break: null },
  // The sandbox gets the sources and tests; not the screenshots, stories, builds or benchmarks.
  ignorePatterns: [
    'dist',
    'stories',
    '.storybook',
    'bench',
    'scratch-sz',
    '.tmp',
    'storybook-static',
    'coverage',
    'test/mutation',
  ],
  tempDirName: '.tmp/stryker',
  cleanTempDir: true,
};

export default config;
