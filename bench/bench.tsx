/**
 * The benchmark behind `npm run bench`: one Node process, NODE_ENV=production, interleaved rounds.
 * Compile and run it through bench/run.mjs.
 */
import { spawnSync } from 'node:child_process';
import { renderToString } from 'react-dom/server';
import { ArticleView, normalizeArticle } from '../src';
import seed from '../test/fixtures/seed-article.json';
import { HandWritten } from './baseline';
import { benchBodies } from './bodies';
import { fmt, interleaved, median, printMachine, quantile, sink, table } from './measure';
import { scaleArticle } from './scale';

/** `count` label/value rows, no library: what React itself costs per row at each scale. */
function PlainRows({ count }: { count: number }) {
  const rows = [];
  for (let i = 0; i < count; i++) {
    rows.push(
      <div key={i}>
        <dt>{`field ${i}`}</dt>
        <dd>{`value ${i}`}</dd>
      </div>,
    );
  }
  return <dl>{rows}</dl>;
}

/** Inputs far beyond an article, each measured in a fresh process so its peak RSS is its own. */
const BOUNDED: Record<string, () => unknown> = {
  '1,000,000 list items': () => ({
    title: 'Huge list',
    meta: { notes: Array.from({ length: 1_000_000 }, (_, i) => `note ${i}`) },
  }),
  '1,000,000 lines in one string': () => ({
    title: 'Huge string',
    meta: { tags: Array.from({ length: 1_000_000 }, (_, i) => `tag ${i}`).join('\n') },
  }),
  '200,000 meta keys': () => ({
    title: 'Huge record',
    meta: Object.fromEntries(Array.from({ length: 200_000 }, (_, i) => [`key_${i}`, i])),
  }),
  '200,000 top-level keys': () =>
    Object.fromEntries([['title', 'Huge article'], ...Array.from({ length: 200_000 }, (_, i) => [`key_${i}`, i])]),
  '1,000,000 body blocks': () => ({ title: 'Huge body', body: Array.from({ length: 1_000_000 }, (_, i) => `p ${i}`) }),
  '10^10 paths through shared arrays': () => {
    let shared: unknown = 'leaf';
    for (let level = 0; level < 10; level++) shared = Array.from({ length: 10 }, () => shared);
    return { title: 'Shared', meta: { shared } };
  },
};

if (process.env.BENCH_BOUNDED) {
  const raw = BOUNDED[process.env.BENCH_BOUNDED]();
  const start = process.hrtime.bigint();
  const { article, issues } = normalizeArticle(raw);
  const html = renderToString(<ArticleView article={article} />);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const result = {
    ms,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    htmlKb: html.length / 1024,
    issues: issues.length,
  };
  console.log(JSON.stringify(result));
  process.exit(0);
}

printMachine();

// 1. Rendering the seed: hand-written JSX vs ArticleView vs normalize + ArticleView.
const normalized = normalizeArticle(seed).article;
const render = interleaved([
  { name: '(a) hand-written JSX', run: () => renderToString(<HandWritten article={seed} />) },
  { name: '(b) ArticleView (normalized)', run: () => renderToString(<ArticleView article={normalized} />) },
  {
    name: '(c) normalizeArticle + ArticleView',
    run: () => renderToString(<ArticleView article={normalizeArticle(seed).article} />),
  },
]);
const names = ['(a) hand-written JSX', '(b) ArticleView (normalized)', '(c) normalizeArticle + ArticleView'];
const ratiosB = render[1].map((b, i) => b / render[0][i]);
const ratiosC = render[2].map((c, i) => c / render[0][i]);
console.log('## SSR of the seed article (renderToString)\n');
console.log(
  table(
    ['case', 'median µs/op', 'p10–p90 µs/op', 'ratio to (a), median of rounds', 'ratio p10–p90'],
    names.map((name, i) => {
      const ratios = i === 0 ? null : i === 1 ? ratiosB : ratiosC;
      return [
        name,
        fmt(median(render[i])),
        `${fmt(quantile(render[i], 0.1))}–${fmt(quantile(render[i], 0.9))}`,
        ratios ? `${fmt(median(ratios), 2)}x` : '1.00x',
        ratios ? `${fmt(quantile(ratios, 0.1), 2)}–${fmt(quantile(ratios, 0.9), 2)}x` : '',
      ];
    }),
  ),
);
console.log(
  `\ntargets: (b)/(a) ≤ 1.3x → ${median(ratiosB) <= 1.3 ? 'met' : 'NOT met'}; (c)/(a) ≤ 2x → ${median(ratiosC) <= 2 ? 'met' : 'NOT met'}\n`,
);

// 1b. The compact layout against hand-written JSX of the same grouped structure.
const compact = interleaved([
  { name: 'hand-written grouped JSX', run: () => renderToString(<HandWritten article={seed} compact />) },
  {
    name: 'ArticleView variant="compact"',
    run: () => renderToString(<ArticleView article={normalized} variant="compact" />),
  },
]);
const ratiosCompact = compact[1].map((ours, i) => ours / compact[0][i]);
console.log('## SSR of the seed article, compact layout\n');
console.log(
  table(
    ['case', 'median µs/op', 'p10–p90 µs/op', 'ratio, median of rounds'],
    ['(a) hand-written grouped JSX', '(b) ArticleView variant="compact"'].map((name, i) => [
      name,
      fmt(median(compact[i])),
      `${fmt(quantile(compact[i], 0.1))}–${fmt(quantile(compact[i], 0.9))}`,
      i === 0 ? '1.00x' : `${fmt(median(ratiosCompact), 2)}x`,
    ]),
  ),
);
console.log(`\ntarget: (b)/(a) ≤ 1.3x → ${median(ratiosCompact) <= 1.3 ? 'met' : 'NOT met'}\n`);

// 2. Normalizer throughput and scaling by meta volume.
const scales = [1, 10, 100].map((factor) => ({ factor, raw: scaleArticle(seed, factor) }));
const normalizeSamples = interleaved(
  scales.map(({ raw }) => ({ name: 'normalize', run: () => normalizeArticle(raw) })),
);
const scaledModels = scales.map(({ raw }) => normalizeArticle(raw).article);
// React alone, as a reference for the render spread: a `dl` of as many plain rows as fields, in the same rounds.
const renderAndPlain = interleaved([
  ...scaledModels.map((article) => ({ name: 'render', run: () => renderToString(<ArticleView article={article} />) })),
  ...scales.map(({ raw }) => ({ name: 'plain rows', run: () => renderToString(<PlainRows count={raw.fieldCount} />) })),
]);
const renderSamples = renderAndPlain.slice(0, scales.length);
const plainSamples = renderAndPlain.slice(scales.length);
console.log('## Scaling with meta volume\n');
const perField = (samples: number[], fields: number) => median(samples) / fields;
console.log(
  table(
    [
      'meta volume',
      'fields + items',
      'normalize µs/op',
      'articles/s',
      'µs per field (normalize)',
      'render µs/op',
      'µs per field (render)',
    ],
    scales.map(({ factor, raw }, i) => [
      `${factor}x`,
      String(raw.fieldCount),
      fmt(median(normalizeSamples[i])),
      Math.round(1e6 / median(normalizeSamples[i])).toLocaleString('en-US'),
      fmt(perField(normalizeSamples[i], raw.fieldCount), 3),
      fmt(median(renderSamples[i])),
      fmt(perField(renderSamples[i], raw.fieldCount), 3),
    ]),
  ),
);
const flat = (samples: number[][]) =>
  Math.max(...samples.map((s, i) => perField(s, scales[i].raw.fieldCount))) /
  Math.min(...samples.map((s, i) => perField(s, scales[i].raw.fieldCount)));
console.log(
  `\nper-field time spread (max/min over 1x, 10x, 100x): normalize ${fmt(flat(normalizeSamples), 2)}x, render ${fmt(flat(renderSamples), 2)}x (target ≤ 1.5x)`,
);
console.log(
  `reference, React alone (a dl of as many plain rows): ${scales.map(({ raw }, i) => fmt(perField(plainSamples[i], raw.fieldCount), 3)).join(' / ')} µs per row, spread ${fmt(flat(plainSamples), 2)}x`,
);
console.log(
  `normalizer throughput on the seed: ${Math.round(1e6 / median(normalizeSamples[0])).toLocaleString('en-US')} articles/s (target ≥ 50,000)`,
);

// 3. A very large article, once: 20,000 notes and 2,000 fields.
const huge = scaleArticle(seed, 1, { notes: 20_000, extraFields: 2_000 });
const t0 = process.hrtime.bigint();
const hugeHtml = renderToString(<ArticleView article={normalizeArticle(huge).article} />);
const hugeMs = Number(process.hrtime.bigint() - t0) / 1e6;
console.log(
  `\n20,000 notes + 2,000 fields: normalize + render ${fmt(hugeMs)} ms (target < 300 ms), ${(hugeHtml.length / 1e6).toFixed(1)} MB of HTML`,
);

// 5. Bodies: 50 KB of HTML and of Markdown to the model, and PostBody against hand-written JSX.
benchBodies();

// 4. Bounded cost: inputs far beyond an article, normalize + render once each, in a fresh process.
console.log(
  '\n## Bounded cost (normalize + render once, fresh process each; defaults maxItems 1,000, maxEntries 1,000, maxValues 100,000)\n',
);
const boundedRows = Object.keys(BOUNDED).map((name) => {
  const child = spawnSync(process.execPath, [process.argv[1]], {
    env: { ...process.env, BENCH_BOUNDED: name },
    encoding: 'utf8',
  });
  const result = JSON.parse(child.stdout.trim().split('\n').pop() ?? '{}');
  return [
    name,
    fmt(result.ms),
    fmt(result.maxRssMb, 0),
    fmt(result.htmlKb, 0),
    String(result.issues),
    result.ms <= 1000 && result.maxRssMb <= 300 ? 'met' : 'NOT met',
  ];
});
console.log(
  table(
    ['input', 'normalize + render ms', 'peak RSS MB (input included)', 'HTML KB', 'issues', '≤ 1 s and ≤ 300 MB'],
    boundedRows,
  ),
);
if (sink === 0) console.log('');
