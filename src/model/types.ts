/**
 * The normalized model: what the components render. Every display string is precomputed
 * here (labels, formatted numbers and dates, safe hrefs) so rendering does no parsing.
 */

import type { BodyBlock } from './body.js';
import type { MetaIssueCode } from './issues.js';
import type { BodyFormat, BodyParser } from './parser.js';

export type { BodyBlock } from './body.js';

import type { NormalizerMessages } from './messages.js';

/** A problem found while normalizing, with the JSON path of the value it concerns. */
export interface MetaIssue {
  /** JSON path of the value, e.g. `meta.score.depth` or `body[3].items[0]`. */
  path: string;
  code: MetaIssueCode;
  /** A sentence for humans, naming the value. */
  message: string;
  severity: 'error' | 'warning';
}

/** A plain string (also used for values that could not be parsed: then `invalid` is set). */
export interface MetaText {
  kind: 'text';
  text: string;
  /** Set when the value was expected to be something else (number, date, URL…) and did not parse. */
  invalid?: true;
  /** Set for an identifier (`hash`, `reference`, `*_id`, `sha`…): shown as code, in a monospace face. */
  code?: true;
}

/** A finite number with its formatted text. */
export interface MetaNumber {
  kind: 'number';
  value: number;
  /** Formatted for the locale, e.g. "220,832" or "12 min". */
  text: string;
}

export interface MetaBoolean {
  kind: 'boolean';
  value: boolean;
  /** "Yes" or "No". */
  text: string;
}

export interface MetaDate {
  kind: 'date';
  /**
   * Machine-readable value for `<time dateTime>`: `YYYY-MM-DD`, a full UTC ISO date-time, or for a
   * date-time written without a zone (a floating local time) `YYYY-MM-DDTHH:MM:SS`, with no zone.
   */
  dateTime: string;
  /** Formatted for the locale: in UTC, or as written for a floating local time. */
  text: string;
}

/** An image (`cover_image`, `feature_image`, …): a small thumbnail, never a long link. */
export interface MetaImage {
  kind: 'image';
  /** http(s) or relative, checked by the URL check. */
  src: string;
  /** The image's alt text or caption, else "" (decorative). */
  alt: string;
  /** The image object's other fields, shown beside it (nothing is lost). */
  details?: MetaEntry[];
}

/** A person: an author, a contributor. */
export interface Person {
  name: string;
  /** A safe link to their profile. */
  href?: string;
  /** A safe image URL of their avatar. */
  avatar?: string;
  /** The person object's other fields, shown under the name (nothing is lost). */
  details?: MetaEntry[];
}

/** People (`author`, `authors`, `contributors`, …): names, linked when their URL is safe. */
export interface MetaPeople extends Omitting {
  kind: 'people';
  people: Person[];
}

export interface MetaLink {
  kind: 'link';
  /** A safe href: http, https, mailto or relative. */
  href: string;
  text: string;
}

/** Containers beyond a limit keep the count of what they leave out (`maxItems`, `maxEntries`, `maxValues`). */
interface Omitting {
  /** How many items or entries were not normalized, from the limits; absent when none. */
  omitted?: number;
}

/** An array, a Set, a typed array or a delimited string. */
export interface MetaList extends Omitting {
  kind: 'list';
  items: MetaValue[];
}

/** An object or a Map. */
export interface MetaRecord extends Omitting {
  kind: 'record';
  entries: MetaEntry[];
}

/** A tag with a safe link (from a tag object's `url`). */
export interface TagLink {
  label: string;
  href: string;
}

export interface MetaTags extends Omitting {
  kind: 'tags';
  /** A plain tag is its text; a tag from an object with a safe URL is a link. */
  tags: (string | TagLink)[];
}

export interface MetaScores extends Omitting {
  kind: 'scores';
  scores: ScoreItem[];
}

export interface MetaChecklist extends Omitting {
  kind: 'checklist';
  items: ChecklistItem[];
}

/** `null`, `undefined` or an empty string: shown as a dash. */
export interface MetaEmpty {
  kind: 'empty';
  text: string;
}

export type MetaValue =
  | MetaText
  | MetaNumber
  | MetaBoolean
  | MetaDate
  | MetaLink
  | MetaList
  | MetaRecord
  | MetaTags
  | MetaScores
  | MetaChecklist
  | MetaImage
  | MetaPeople
  | MetaEmpty;

export type MetaValueKind = MetaValue['kind'];

/** One key/value pair of the meta box. */
export interface MetaEntry {
  /** Canonical snake_case key (`readingTime` → `reading_time`). */
  key: string;
  /** Humanized label ("Reading time", "AI outline") or the `labels` option's override. */
  label: string;
  value: MetaValue;
  /** Set by the `hidden` option: kept in the model, not rendered. */
  hidden?: true;
  /**
   * A platform's internals (`_links`, `yoast_head_json`, `@id`, `sys`…, the `internal` option): rendered
   * after the other fields, inside one collapsed "More fields (N)" disclosure.
   */
  internal?: true;
}

/** The icons of the at-a-glance facts: drawn by the components as inline SVG, hidden from assistive technology. */
export type MetaIcon = 'time' | 'level' | 'code' | 'views' | 'date' | 'person' | 'fact';

/** A group of top-level entries with a heading: how the compact layout (and a grouped full one) shows the meta. */
export interface MetaGroup {
  /** `glance`, `quality`, `about`, `stack`, `details`, `other` (the keys no group names), or a consumer's own id. */
  id: string;
  /** Its heading, e.g. "At a glance". */
  title: string;
  /**
   * Its entries, in the group's key order: the same objects as in `ArticleMeta.entries`. A group can
   * also name a nested field (`revision.last_reviewed`): it then holds that nested entry, which stays
   * in its record too.
   */
  entries: MetaEntry[];
  /** Closed (a native disclosure) in the compact layout. */
  collapsed: boolean;
  /** `stats`: a grid of short facts with small icons (the at-a-glance strip); else label/value rows. */
  layout?: 'stats';
  /** In a `stats` group, the icon of each entry, by index. */
  icons?: MetaIcon[];
}

/** A group of the `groups` option: which keys it holds, its title, and whether it starts closed. */
export interface MetaGroupSpec {
  /** Its id: one of the defaults' (`glance`, `quality`, `about`, `stack`, `details`, `other`) or your own. */
  id: string;
  /** Its heading. @default the default group's title (`messages.groupTitles`), else the id humanized */
  title?: string;
  /** Top-level keys (any spelling), or a nested field as a dotted path (`revision.last_reviewed`). */
  keys: string[];
  /** Closed by default in the compact layout. @default false */
  collapsed?: boolean;
  /** `stats`: a grid of short facts with icons. */
  layout?: 'stats';
}

/** The meter part of a score: absent when the score did not parse. */
export interface ScoreMeter {
  value: number;
  min: number;
  max: number;
  /** value / max, 0..1: handed to CSS as `--amb-score`. */
  ratio: number;
  level: 'low' | 'mid' | 'high';
  /** e.g. "93 out of 100". */
  valueText: string;
}

export interface ScoreItem {
  key: string;
  label: string;
  /** Visible value: "93", or the raw text when it did not parse. */
  text: string;
  meter?: ScoreMeter;
}

export interface ChecklistItem {
  label: string;
  /** `true` done, `false` to do, absent when the source did not say. */
  done?: boolean;
}

export interface ArticleMeta extends Omitting {
  entries: MetaEntry[];
  /**
   * The visible entries in groups (the `groups` option, else the default groups), for the compact
   * layout: every visible entry is in exactly one group; empty groups are left out.
   */
  groups?: MetaGroup[];
}

export interface SimilarPost {
  title: string;
  /** Safe href, absent when the URL was missing or unsafe. */
  href?: string;
  summary?: string;
  topic?: string;
  /** Formatted, e.g. "8 min". */
  readingTime?: string;
  /** Formatted score, e.g. "87". */
  score?: string;
}

export interface Article {
  title: string;
  body: BodyBlock[];
  /** Body blocks beyond `maxItems` (or `maxValues`): counted, not normalized. */
  bodyOmitted?: number;
  meta: ArticleMeta;
  similarPosts: SimilarPost[];
  /** Similar posts beyond `maxItems` (or `maxValues`): counted, not normalized. */
  similarPostsOmitted?: number;
}

/** The kinds a consumer can declare for its own keys through `options.fields`. */
export type FieldKind =
  | 'text'
  | 'code'
  | 'number'
  | 'count'
  | 'minutes'
  | 'boolean'
  | 'flags'
  | 'date'
  | 'url'
  | 'tags'
  | 'list'
  | 'checklist'
  | 'scores'
  | 'people'
  | 'image';

export interface NormalizeOptions {
  /** BCP 47 locale for numbers and dates. @default "en-US" */
  locale?: string;
  /** Label overrides by key (any spelling of the key: `readingTime` and `reading_time` both match). */
  labels?: Record<string, string>;
  /** Keys to put first, in this order; the rest keep their source order. */
  order?: string[];
  /** Keys kept in the model but not rendered. */
  hidden?: string[];
  /** Declares the kind of a consumer's own keys, e.g. `{ published_on: 'date' }`. */
  fields?: Record<string, FieldKind>;
  /** Deepest nesting normalized into structure; deeper values are shown as JSON text. At most 100. @default 32 */
  maxDepth?: number;
  /** Items of one list (meta lists, tags, scores, checklist, body blocks, similar posts) that are normalized; the rest are counted. @default 1000 */
  maxItems?: number;
  /** Keys of one record that are normalized; the rest are counted. @default 1000 */
  maxEntries?: number;
  /** Values normalized in one call in all, however they are nested or shared; the rest are counted. @default 100000 */
  maxValues?: number;
  /** Words the normalizer writes into the model: "Yes", "No", "93 out of 100", "Untitled". */
  messages?: Partial<NormalizerMessages>;
  /**
   * Body parsers to use, from `article-meta-box/parsers`: `[html, markdown, portableText, …]`. A body is
   * read by the first one whose `detect` accepts it; without parsers, a body is block JSON or plain text.
   * @default []
   */
  parsers?: readonly BodyParser[];
  /** The body's format, when it is known: the parser of that format reads it, whatever it looks like. */
  bodyFormat?: BodyFormat;
  /**
   * Keys of a platform's internals, as patterns over the keys as written (`*` is any run of characters):
   * their entries are rendered last, in one closed "More fields" disclosure. `[]` shows every key in place.
   * @default DEFAULT_INTERNAL (`_*`, `@*`, Yoast's head, `sys`, `og_*`, `twitter_*`, …)
   */
  internal?: string[];
  /**
   * The groups of the compact layout, in order. Keys no group names go to the group `other` (last,
   * unless you place it), and so do a platform's internals.
   * @default DEFAULT_GROUPS
   */
  groups?: MetaGroupSpec[];
}

export interface NormalizeArticleResult {
  article: Article;
  issues: MetaIssue[];
}

export interface NormalizeMetaResult {
  meta: ArticleMeta;
  issues: MetaIssue[];
}
