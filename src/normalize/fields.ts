/** Known fields: the kind of a key, from `options.fields`, the meta box's known keys, or its shape. */
import type { FieldKind } from '../model/types.js';
import { canonicalKey, humanizeKey } from './keys.js';
import { remembered } from './memo.js';
import type { Context } from './options.js';

/** A field kind, or a score field's: scores when structured, a number when a bare number. */
export type Kind = FieldKind | 'score-or-number' | 'entities';

/** Kinds the meta box knows by key at its top level. */
const TOP_LEVEL_KINDS: Record<string, Kind> = {
  // Hacker News' `score: 25` is points, not a meter out of 100: only score records and lists are meters.
  score: 'score-or-number',
  scores: 'score-or-number',
  author: 'people',
  authors: 'people',
  creator: 'people',
  contributors: 'people',
  user: 'people',
  byline: 'people',
  primary_author: 'people',
  image: 'image',
  cover_image: 'image',
  feature_image: 'image',
  featured_image: 'image',
  og_image: 'image',
  social_image: 'image',
  thumbnail: 'image',
  hero_image: 'image',
  main_image: 'image',
  categories: 'tags',
  topics: 'tags',
  labels: 'tags',
  tag_list: 'tags',
  checklist: 'checklist',
  flags: 'flags',
  stack: 'tags',
  tools: 'tags',
  tags: 'tags',
  keywords: 'tags',
  notes: 'list',
  entities: 'entities',
  reading_time: 'minutes',
  view_count: 'count',
};

/**
 * Kinds known by key shape at any depth (remembered per key). A leading `_` is a platform's mark
 * (Sanity `_createdAt`), not part of the name. Minutes come first: `reading_time` (and Yoast-style
 * `estimated_reading_time`) is not a date.
 */
const shapeKind = /* @__PURE__ */ remembered((key: string): FieldKind | undefined => {
  const name = canonicalKey(key.replace(/^_+/, ''));
  return /^reading_time|_reading_time$|_minutes$/.test(name)
    ? 'minutes'
    : /^(?:date|time|published|updated|modified|created|last_reviewed|pub_date)$|^date_|_(?:at|date|time|timestamp|gmt)$/.test(
          name,
        )
      ? 'date'
      : /^(?:url|href|link|canonical)$|_url$/.test(name)
        ? 'url'
        : /_count$/.test(name)
          ? 'count'
          : /^(?:id|hash|sha|checksum|digest|reference|ref|uuid|guid|etag|commit)$|_(?:hash|sha|id|uuid|ref)$/.test(
                name,
              )
            ? 'code'
            : undefined;
}, 5000);

/** The kind of a canonical key: declared, known at the top level, or by its shape. */
export function kindFor(ctx: Context, key: string, topLevel: boolean): Kind | undefined {
  return (
    ctx.fields.get(key) ?? (topLevel && Object.hasOwn(TOP_LEVEL_KINDS, key) ? TOP_LEVEL_KINDS[key] : shapeKind(key))
  );
}

/** The label of a canonical key: `options.labels`, else humanized. */
export const labelFor = (ctx: Context, key: string): string => ctx.labels.get(key) ?? humanizeKey(key);

/** The first of `keys` that `record` holds as its own and `accept` (when given) takes. */
export const firstKey = (
  record: Record<string, unknown>,
  keys: readonly string[],
  accept?: (value: unknown) => boolean,
) => keys.find((key) => Object.hasOwn(record, key) && (!accept || accept(record[key])));
