import type { MetaEntry, MetaValue, NormalizeOptions } from '../src';
import { normalizeArticle, normalizeMeta } from '../src';
import hostileJson from '../test/fixtures/hostile.json?raw';
import messy from '../test/fixtures/messy-export.json';
import seed from '../test/fixtures/seed-article.json';

/** The seed article, normalized once for every story. */
export const seedArticle = normalizeArticle(seed).article;

/** The messy CMS export (camelCase, JSON-string arrays, "220,832", bulleted checklist…), normalized. */
export const messyArticle = normalizeArticle(messy).article;

/** Markup, scripts and obfuscated URLs in every field; parsed with JSON.parse so `__proto__` stays data. */
export const hostileArticle = normalizeArticle(JSON.parse(hostileJson)).article;

/** The seed with some meta fields replaced (or removed with `undefined`). */
export function seedWith(
  meta: Record<string, unknown>,
  rest: Record<string, unknown> = {},
  options?: NormalizeOptions,
) {
  return normalizeArticle({ ...seed, ...rest, meta: { ...seed.meta, ...meta } }, options).article;
}

/** The seed's value of a top-level meta key. */
export function seedValue<K extends MetaValue['kind']>(key: string, kind: K): Extract<MetaValue, { kind: K }> {
  return valueIn(seedArticle.meta.entries, key, kind);
}

/** The value of a key in normalized entries, checked to be of `kind`. */
export function valueIn<K extends MetaValue['kind']>(
  entries: readonly MetaEntry[],
  key: string,
  kind: K,
): Extract<MetaValue, { kind: K }> {
  const entry = entries.find((item) => item.key === key);
  if (!entry || entry.value.kind !== kind) throw new Error(`no ${kind} value at ${key}`);
  return entry.value as Extract<MetaValue, { kind: K }>;
}

const words = 'measure first change carefully document the result for a content heavy programming website'.split(' ');

/** Very long values: a 2,000-character summary, a 64-character hash, 200 tags and 300 notes. */
export const longValuesArticle = seedWith({
  summary: Array.from({ length: 400 }, (_, i) => words[i % words.length])
    .join(' ')
    .slice(0, 2000),
  hash: 'f3a9c1d27be84e06a5c4d9e1f0b7a2c3d4e5f60718293a4b5c6d7e8f90a1b2c3',
  tags: Array.from({ length: 200 }, (_, i) => `tag-${i + 1}`),
  notes: Array.from({ length: 300 }, (_, i) => `note ${i + 1}: view count is synthetic and only used for testing`),
});

/** `count` similar posts with varied details; every third one has no safe link. */
export function similarPosts(count: number) {
  return Array.from({ length: count }, (_, i) => ({
    title: `${['caching', 'profiling', 'packaging', 'testing'][i % 4]} python services, part ${i + 1}`,
    url: i % 3 === 2 ? 'javascript:alert(1)' : `/posts/similar-${i + 1}`,
    summary: i % 2 === 0 ? 'a shorter build through measured, reversible changes.' : undefined,
    topic: i % 2 === 1 ? 'build time' : undefined,
    reading_time: 4 + (i % 9),
    score: 60 + ((i * 7) % 40),
  }));
}

export { seed };

/** Keys nobody planned for, at any depth: a link, a date-time, nested records, lists of lists and records, an empty value. */
/** The top-level row labels `unknownNestedMeta` renders, as a reader sees them: stated literally. */
export const UNKNOWN_NESTED_LABELS = ['Source URL', 'Published at', 'Build', 'Matrix', 'Owners', 'Empty value'];

export const unknownNestedMeta = normalizeMeta({
  source_url: 'https://example.com/import/9936',
  published_at: '2024-11-02T08:30:00Z',
  build: { runner: { os: 'linux', cores: 2, cache: { hit_rate: 0.82, enabled: true } } },
  matrix: [
    ['3.11', '3.12'],
    ['ubuntu', 'debian'],
  ],
  owners: [{ name: 'platform team', on_call: false }],
  empty_value: null,
}).meta;
