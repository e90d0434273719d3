#!/usr/bin/env node
/**
 * Do the screenshots see 1 px? For each spacing and size token, the story tests run with that token
 * 1 px larger (see .storybook/preview.tsx); at least one screenshot of the components that use it must
 * fail. On demand (`npm run test:visual-sensitivity [token…]`), not in `npm test`: about 11 runs of 30–60 s.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';

const tokens = readFileSync(new URL('../src/components/shared/tokens.css', import.meta.url), 'utf8');
/** The tokens a 1 px change must show: lengths (a pill's 999px radius and unitless line heights cannot). */
const NUDGED = [
  '--amb-font-size-xs',
  '--amb-font-size-sm',
  '--amb-font-size',
  '--amb-font-size-lg',
  '--amb-space-1',
  '--amb-space-2',
  '--amb-space-3',
  '--amb-space-4',
  '--amb-space-5',
  '--amb-radius',
  '--amb-bar-height',
];
/** The stories of the components that use the tokens: small, fast, and together they use every one. */
const STORIES = [
  'stories/ScoreBars.stories.tsx',
  'stories/TagList.stories.tsx',
  'stories/Checklist.stories.tsx',
  'stories/SimilarPosts.stories.tsx',
  'stories/ArticleMetaBox.stories.tsx',
  'stories/PostBody.stories.tsx',
  'stories/DesignReview.stories.tsx',
  'stories/Locales.stories.tsx',
];

const only = process.argv.slice(2);
const results = [];
for (const token of NUDGED.filter((name) => only.length === 0 || only.includes(name))) {
  const match = new RegExp(`${token}:\\s*([^;]+);`).exec(tokens);
  if (!match) throw new Error(`${token} is not in tokens.css`);
  const nudge = `${token}: calc(${match[1].trim()} + 1px)`;
  const report = `.tmp/visual-sensitivity.json`;
  rmSync(report, { force: true });
  const run = spawnSync(
    'npx',
    ['vitest', 'run', '--project', 'storybook', '--reporter=json', `--outputFile=${report}`, ...STORIES],
    // CI mode: a story without a reference fails instead of writing one from the nudged rendering.
    {
      env: { ...process.env, CI: '1', VITE_AMB_NUDGE: nudge },
      encoding: 'utf8',
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  let failed = [];
  try {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    failed = json.testResults.flatMap((file) =>
      file.assertionResults.filter((test) => test.status === 'failed').map((test) => test.fullName),
    );
  } catch {
    throw new Error(`${token}: the story run gave no report (exit ${run.status})`);
  }
  results.push({ token, failed: failed.length });
  console.log(`${failed.length > 0 ? 'seen  ' : 'MISSED'} ${nudge}: ${failed.length} screenshot test(s) failed`);
}
const missed = results.filter((result) => result.failed === 0);
console.log(`\n${results.length - missed.length} of ${results.length} tokens seen at 1 px`);
process.exit(missed.length > 0 ? 1 : 0);
