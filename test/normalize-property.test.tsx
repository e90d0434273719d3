import fc from 'fast-check';
import { describe, expect } from 'vitest';
import { normalizeArticle } from '../src';
import { itProperty } from './property';
import { inputLeaves, leafShown, markupProblems, renderPage, textNodes } from './render-safety';

const KNOWN_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'score',
  'scores',
  'flags',
  'checklist',
  'stack',
  'tools',
  'tags',
  'notes',
  'reading_time',
  'readingTime',
  'view-count',
  'last_reviewed',
  'created_at',
  'date',
  'source_url',
  'url',
  'href',
  'title',
  'body',
  'meta',
  'similar_posts',
  'type',
  'text',
  'items',
  'name',
  'value',
  'max',
  'done',
  'label',
];

const TRICKY_STRINGS = [
  '220,832',
  '12 min',
  '1h 30m',
  '58%',
  '75/100',
  '7/0',
  'yes',
  'no',
  '1',
  '2024-12-12',
  '2024-02-30',
  '2024-12-12T10:00:00+05:30',
  'javascript:alert(1)',
  'java\tscript:alert(1)',
  '&#106;avascript:alert(1)',
  'https://example.com/a',
  '/relative',
  '["a","b"]',
  '{"a":{"b":[1,2]}}',
  '[broken',
  '• a\n• b',
  '[x] done',
  '<script>alert(1)</script>',
  'paragraph',
  'heading',
  'list',
  'quote',
  'code',
  '',
  '   ',
];

const keyArb = fc.oneof(fc.constantFrom(...KNOWN_KEYS), fc.string({ maxLength: 8 }));
const leafArb = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.constantFrom(...TRICKY_STRINGS),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
);

/** JSON-like trees; objects are built with Object.fromEntries, so `__proto__` is an own key. */
const { tree } = fc.letrec<{ tree: unknown }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leafArb,
    fc.array(tie('tree'), { maxLength: 5 }),
    fc.array(fc.tuple(keyArb, tie('tree')), { maxLength: 6 }).map((pairs) => Object.fromEntries(pairs)),
  ),
}));

const articleArb = fc.oneof(
  tree,
  fc.record(
    {
      title: tree,
      body: fc.oneof(
        tree,
        fc.array(
          fc.record({
            type: fc.constantFrom('paragraph', 'heading', 'list', 'quote', 'code', 'x'),
            text: tree,
            items: tree,
          }),
          { maxLength: 4 },
        ),
      ),
      meta: tree,
      similar_posts: tree,
    },
    { requiredKeys: [] },
  ),
);

/** Keys of plain meta fields: identifiers that name no known field kind, so every value is read as a record or list. */
const plainKeyArb = fc.stringMatching(/^[a-z]{1,6}$/).filter((key) => !KNOWN_KEYS.includes(key));

/** Meta trees of records and lists only (no depth near maxDepth), with leaves of any kind. */
const { metaTree: metaTreeArb } = fc.letrec<{ metaTree: unknown; node: unknown }>((tie) => ({
  metaTree: fc.array(fc.tuple(plainKeyArb, tie('node')), { minLength: 1, maxLength: 4 }).map(Object.fromEntries),
  node: fc.oneof(
    { depthSize: 'small' },
    leafArb,
    fc.array(tie('node'), { maxLength: 4 }),
    fc.array(fc.tuple(plainKeyArb, tie('node')), { maxLength: 4 }).map(Object.fromEntries),
  ),
}));

/**
 * A copy of the value with a reference from one of its objects back to the root, and the JSON path
 * of that reference. The copy matters: fast-check reuses generated values while shrinking.
 */
function withCycle(original: unknown, pick: number, rootPath: string): { value: unknown; path: string } {
  const value = structuredClone(original);
  const objects: [object, string][] = [];
  const walk = (node: unknown, path: string) => {
    if (node === null || typeof node !== 'object') return;
    objects.push([node, path]);
    for (const [key, child] of Object.entries(node)) {
      walk(child, Array.isArray(node) ? `${path}[${key}]` : `${path}.${key}`);
    }
  };
  walk(value, rootPath);
  const [target, path] = objects[pick % objects.length];
  if (Array.isArray(target)) {
    target.push(value);
    return { value, path: `${path}[${target.length - 1}]` };
  }
  (target as Record<string, unknown>).loop = value;
  return { value, path: `${path}.loop` };
}

function modelCorpus(model: unknown): string {
  const parts: string[] = [];
  const en = new Intl.NumberFormat('en-US', { maximumFractionDigits: 20 });
  const walk = (node: unknown) => {
    if (typeof node === 'string') parts.push(node);
    else if (typeof node === 'number') parts.push(String(node), en.format(node));
    else if (node !== null && typeof node === 'object') for (const child of Object.values(node)) walk(child);
  };
  walk(model);
  return parts.join('\n');
}

function nonFiniteNumbers(model: unknown): number {
  let count = 0;
  const walk = (node: unknown) => {
    if (typeof node === 'number' && !Number.isFinite(node)) count++;
    else if (node !== null && typeof node === 'object') for (const child of Object.values(node)) walk(child);
  };
  walk(model);
  return count;
}

describe('normalizeArticle on arbitrary input (fast-check)', () => {
  itProperty(
    'never throws, holds no NaN/Infinity, and keeps every leaf or names it in an issue',
    fc.property(articleArb, (raw) => {
      const { article, issues } = normalizeArticle(raw);
      expect(nonFiniteNumbers(article)).toBe(0);
      const corpus = modelCorpus(article);
      for (const leaf of inputLeaves(raw)) {
        if (/^body\[\d+\]\.type$/.test(leaf.path)) continue;
        expect(leafShown(leaf, corpus, issues), `${leaf.path} = ${JSON.stringify(leaf.value)}`).toBe(true);
      }
    }),
    { numRuns: 500 },
  );

  itProperty(
    'a cycle anywhere in the meta is reported at exactly its path, with a marker there',
    fc.property(metaTreeArb, fc.nat(), (meta, pick) => {
      const { value, path } = withCycle(meta, pick, 'meta');
      const { article, issues } = normalizeArticle({ title: 't', meta: value });
      expect(issues.filter((issue) => issue.code === 'cycle').map((issue) => issue.path)).toEqual([path]);
      expect(JSON.stringify(article.meta)).toContain('[Circular reference]');
    }),
    { numRuns: 300 },
  );

  itProperty(
    'never throws on deep nesting, up to 5,000 levels',
    fc.property(fc.integer({ min: 1, max: 5000 }), fc.boolean(), (depth, arrays) => {
      let deep: unknown = 'bottom';
      for (let i = 0; i < depth; i++) deep = arrays ? [deep] : { next: deep };
      const { article } = normalizeArticle({ title: 't', meta: { deep } });
      expect(JSON.stringify(article)).toContain('bottom');
    }),
    { numRuns: 30 },
  );

  itProperty(
    'renders HTML with no foreign markup, no unsafe href and no forbidden words',
    fc.property(articleArb, (raw) => {
      const { article } = normalizeArticle(raw);
      const page = renderPage(article);
      expect(markupProblems(page.doc)).toEqual([]);
      const forbidden = /NaN|Infinity|Invalid Date|undefined|\[object Object\]/;
      if (!forbidden.test(JSON.stringify(raw) ?? '')) {
        expect(textNodes(page.doc).filter((text) => forbidden.test(text))).toEqual([]);
      }
    }),
    { numRuns: 300 },
  );
});
