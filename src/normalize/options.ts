/**
 * Options: read once, validated, and turned into the state of one call. A wrong option is reported
 * at `options.<name>` and replaced by its default: never thrown, never a reason to give up.
 */
import { type NormalizerMessages, normalizerMessages } from '../model/messages.js';
import type { BodyParser } from '../model/parser.js';
import type { FieldKind, MetaGroupSpec, MetaIssue, MetaValue, NormalizeOptions } from '../model/types.js';
import { type Formatters, getFormatters } from './format.js';
import { isRecord, isString } from './is.js';
import { childPath, report } from './issues.js';
import { canonicalKey } from './keys.js';

/** State shared by one normalize call. */
export interface Context {
  fmt: Formatters;
  issues: MetaIssue[];
  maxDepth: number;
  maxItems: number;
  maxEntries: number;
  maxValues: number;
  /** Values left to normalize in this call (`maxValues` at the start): shared references cannot multiply the work. */
  budget: number;
  /** Objects on the current path, for cycle detection. */
  ancestors: Set<object>;
  labels: Map<string, string>;
  fields: Map<string, FieldKind>;
  order: string[];
  hidden: Set<string>;
  messages: NormalizerMessages;
  /** The value every empty input becomes, made once per call. */
  empty: MetaValue;
  /** The body parsers given (`options.parsers`), in order. */
  parsers: BodyParser[];
  /** `options.bodyFormat`: the parser to use whatever the body looks like. */
  bodyFormat?: string;
  /** The `internal` patterns as one expression over source keys. */
  internal: RegExp;
  /** The groups of the compact layout (`options.groups`, else the default groups), read once. */
  groups: GroupRule[];
}

/** A group spec, read: its keys canonical and split into a top-level key and a nested path. */
export interface GroupRule {
  id: string;
  title?: string;
  collapsed: boolean;
  stats: boolean;
  keys: [top: string, path: string[]][];
}

const DEFAULT_LOCALE = 'en-US';

/** Defaults and ceilings of the numeric options. Above its ceiling a value is clamped, with an issue. */
const LIMITS = {
  // Each level of nesting takes a few stack frames: 100 levels stay far from any engine's stack limit.
  maxDepth: [32, 100],
  maxItems: [1000, Infinity],
  maxEntries: [1000, Infinity],
  maxValues: [100_000, Infinity],
} as const;

// A literal list, not `'…'.split(' ')`: a call at module level would keep this file in every bundle.
const FIELD_KINDS: string[] = [
  'text',
  'code',
  'number',
  'count',
  'minutes',
  'boolean',
  'flags',
  'date',
  'url',
  'tags',
  'list',
  'checklist',
  'scores',
  'people',
  'image',
];

/** Reads one option; an option object that throws (a Proxy, a getter) is reported, never thrown. */
function readOption(ctx: Context, options: object, key: string, parent = 'options'): unknown {
  try {
    return (options as Record<string, unknown>)[key];
  } catch {
    report(ctx, `${parent}.${key}`, 'invalid-option');
  }
}

/** A whole number ≥ 1, at most its ceiling; anything else is reported and replaced. */
function limitOption(ctx: Context, options: object, key: keyof typeof LIMITS): number {
  const raw = readOption(ctx, options, key);
  const [fallback, ceiling] = LIMITS[key];
  if (raw === undefined) return fallback;
  if (typeof raw !== 'number' || !(raw >= 1)) {
    report(ctx, `options.${key}`, 'invalid-option', raw);
    return fallback;
  }
  if (raw > ceiling) report(ctx, `options.${key}`, 'invalid-option', raw);
  return Math.floor(Math.min(raw, ceiling));
}

/** Canonical key → value of an option record whose values pass `accept`; others are reported. */
function keyedOption<T>(ctx: Context, options: object, key: string, accept: (value: unknown) => value is T) {
  const map = new Map<string, T>();
  const raw = readOption(ctx, options, key);
  if (raw === undefined) return map;
  const path = `options.${key}`;
  try {
    if (!isRecord(raw)) throw raw;
    for (const name of Object.keys(raw)) {
      const value = raw[name];
      if (accept(value)) map.set(canonicalKey(name), value);
      else report(ctx, childPath(path, name), 'invalid-option', value);
    }
  } catch {
    report(ctx, path, 'invalid-option');
  }
  return map;
}

/** A list of keys (`order`, `hidden`), canonical; anything but an array of strings is reported. */
function keyListOption(ctx: Context, options: object, key: string): string[] {
  const raw = readOption(ctx, options, key);
  if (raw === undefined) return [];
  if (Array.isArray(raw) && raw.every(isString)) return raw.map(canonicalKey);
  report(ctx, `options.${key}`, 'invalid-option');
  return [];
}

/** The normalizer's words: each one of the right type is taken; others are reported. */
function messagesOption(ctx: Context, options: object): NormalizerMessages {
  const picked = { ...normalizerMessages };
  const raw = readOption(ctx, options, 'messages');
  if (raw === undefined) return picked;
  if (!isRecord(raw)) {
    report(ctx, 'options.messages', 'invalid-option');
    return picked;
  }
  for (const key of Object.keys(normalizerMessages) as (keyof NormalizerMessages)[]) {
    const word = readOption(ctx, raw, key, 'options.messages');
    if (word === undefined) continue;
    if (typeof word !== typeof normalizerMessages[key]) {
      report(ctx, `options.messages.${key}`, 'invalid-option', word);
    } else if (key === 'groupTitles') {
      // Titles by group id: each string is taken, the rest keep their English default.
      const titles = { ...normalizerMessages.groupTitles };
      for (const id of Object.keys(titles) as (keyof typeof titles)[]) {
        const title = readOption(ctx, word as object, id, 'options.messages.groupTitles');
        if (isString(title)) titles[id] = title;
        else if (title !== undefined) report(ctx, `options.messages.groupTitles.${id}`, 'invalid-option', title);
      }
      picked.groupTitles = titles;
    } else if (typeof word === 'string') {
      (picked as Record<string, unknown>)[key] = word;
    } else {
      // `outOf`: a consumer's function must not make the normalizer throw or show a non-string.
      const outOf = word as (value: string, max: string) => unknown;
      picked.outOf = (value, max) => {
        try {
          const text = outOf(value, max);
          if (typeof text === 'string') return text;
        } catch {}
        return normalizerMessages.outOf(value, max);
      };
    }
  }
  return picked;
}

/**
 * The keys of a platform's internals, as `*` patterns over the keys as written: `_links`, `_embedded`,
 * `_rev` (`_*`), JSON-LD's `@context`, `@id`, `@type` (`@*`), Yoast's head, Contentful's `sys`, the
 * search and social copies of the meta (`og_*`, `twitter_*`, `meta_title`, `meta_description`), code a
 * CMS injects into the page, and Ghost's `primary_author`/`primary_tag` (the first of `authors`/`tags`).
 */
export const DEFAULT_INTERNAL = [
  '_*',
  '@*',
  'yoast_head',
  'yoast_head_json',
  'sys',
  'og_*',
  'twitter_*',
  'meta_title',
  'meta_description',
  'codeinjection_*',
  'primary_author',
  'primary_tag',
];

/** Each pattern matches a whole key; `*` is any run of characters, everything else is literal. */
const patternsRegExp = (patterns: readonly string[]) =>
  new RegExp(
    `^(?:${patterns.map((pattern) => pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')).join('|') || '(?!)'})$`,
  );

function internalOption(ctx: Context, options: object): RegExp {
  const raw = readOption(ctx, options, 'internal');
  const valid = Array.isArray(raw) && raw.every(isString);
  if (valid) return patternsRegExp(raw);
  if (raw !== undefined) report(ctx, 'options.internal', 'invalid-option');
  defaultInternal ??= patternsRegExp(DEFAULT_INTERNAL);
  return defaultInternal;
}

/**
 * The default groups of the compact layout: the facts a reader asks first (how long, how hard, which
 * language, how read, how fresh, by whom) at a glance; then quality, what it is about, its stack, the
 * record-keeping details; the keys no group names come last (`other`).
 */
export const DEFAULT_GROUPS: readonly MetaGroupSpec[] = [
  {
    id: 'glance',
    layout: 'stats',
    keys: [
      'reading_time',
      'reading_time_minutes',
      'difficulty',
      'level',
      'code_language',
      'language',
      'view_count',
      'views',
      'page_views',
      'revision.last_reviewed',
      'last_reviewed',
      'published_at',
      'date_published',
      'updated_at',
      'date_modified',
      'author',
      'authors',
      'byline',
    ],
  },
  { id: 'quality', keys: ['score', 'scores', 'rating', 'flags', 'checklist'] },
  { id: 'stack', keys: ['stack', 'tools', 'entities', 'tags', 'categories', 'keywords', 'topics', 'labels'] },
  {
    id: 'about',
    collapsed: true,
    keys: ['topic', 'summary', 'description', 'excerpt', 'abstract', 'subtitle', 'ai_outline', 'ai_brief'],
  },
  {
    id: 'details',
    collapsed: true,
    keys: ['revision', 'version', 'status', 'reference', 'hash', 'id', 'slug', 'payload', 'notes'],
  },
  { id: 'other', collapsed: true, keys: [] },
];

/** A group spec: an id, keys as strings, and optionally a title, a collapsed state and the stats layout. */
const isGroupSpec = (spec: unknown): spec is MetaGroupSpec =>
  isRecord(spec) &&
  isString(spec.id) &&
  Array.isArray(spec.keys) &&
  spec.keys.every(isString) &&
  (spec.title === undefined || isString(spec.title)) &&
  (spec.collapsed === undefined || typeof spec.collapsed === 'boolean') &&
  (spec.layout === undefined || spec.layout === 'stats');

/** Specs read into rules: each key canonical, segment by segment (`revision.lastReviewed` is `revision.last_reviewed`). */
const groupRules = (specs: readonly MetaGroupSpec[]): GroupRule[] =>
  specs.map(({ id, title, collapsed, layout, keys }) => {
    const rule: GroupRule = {
      id,
      collapsed: collapsed === true,
      stats: layout === 'stats',
      keys: keys.map((key) => {
        const [top, ...path] = key.split('.').map(canonicalKey);
        return [top, path];
      }),
    };
    if (title !== undefined) rule.title = title;
    return rule;
  });

// The defaults, read on the first call that uses them and kept: the render path runs per request.
let defaultRules: GroupRule[] | undefined;
let defaultInternal: RegExp | undefined;

/** A `groups` option's rules, or `undefined` when it is no list of specs or reading it throws. */
function groupRulesOf(raw: unknown): GroupRule[] | undefined {
  try {
    return Array.isArray(raw) && raw.every(isGroupSpec) ? groupRules(raw) : undefined;
  } catch {
    return undefined;
  }
}

function groupsOption(ctx: Context, options: object): GroupRule[] {
  const raw = readOption(ctx, options, 'groups');
  if (raw !== undefined) {
    const rules = groupRulesOf(raw);
    if (rules) return rules;
    report(ctx, 'options.groups', 'invalid-option');
  }
  defaultRules ??= groupRules(DEFAULT_GROUPS);
  return defaultRules;
}

/** Body parsers: objects with a format, `detect` and `parse`, as `article-meta-box/parsers` exports them. */
function parsersOption(ctx: Context, options: object): BodyParser[] {
  const raw = readOption(ctx, options, 'parsers');
  if (raw === undefined) return [];
  const valid = (parser: unknown) =>
    isRecord(parser) &&
    typeof parser.format === 'string' &&
    typeof parser.detect === 'function' &&
    typeof parser.parse === 'function';
  if (Array.isArray(raw) && raw.every(valid)) return raw;
  report(ctx, 'options.parsers', 'invalid-option');
  return [];
}

const isFieldKind = (value: unknown): value is FieldKind => FIELD_KINDS.includes(value as string);

/**
 * The state of one call, from options that are read once and validated here: a wrong option is
 * reported at `options.<name>` and replaced by its default, never thrown and never a reason to give up.
 */
export function createContext(options: NormalizeOptions | undefined): Context {
  const ctx = { issues: [], ancestors: new Set() } as unknown as Context;
  const opts: object = options !== null && typeof options === 'object' ? options : {};
  if (options !== undefined && opts !== options) report(ctx, 'options', 'invalid-option', options);
  const locale = readOption(ctx, opts, 'locale');
  const requested = typeof locale === 'string' ? locale : DEFAULT_LOCALE;
  const fmt = getFormatters(requested);
  if (!fmt || (locale !== undefined && typeof locale !== 'string'))
    report(ctx, 'options.locale', 'invalid-locale', locale);
  ctx.fmt = fmt ?? (getFormatters(DEFAULT_LOCALE) as Formatters);
  // In the order of LIMITS: maxDepth, maxItems, maxEntries, then maxValues, the budget of the call.
  for (const key of Object.keys(LIMITS) as (keyof typeof LIMITS)[]) ctx[key] = limitOption(ctx, opts, key);
  ctx.budget = ctx.maxValues;
  ctx.labels = keyedOption(ctx, opts, 'labels', isString);
  ctx.fields = keyedOption(ctx, opts, 'fields', isFieldKind);
  ctx.order = keyListOption(ctx, opts, 'order');
  ctx.hidden = new Set(keyListOption(ctx, opts, 'hidden'));
  ctx.messages = messagesOption(ctx, opts);
  ctx.empty = { kind: 'empty', text: ctx.messages.empty };
  ctx.parsers = parsersOption(ctx, opts);
  ctx.internal = internalOption(ctx, opts);
  ctx.groups = groupsOption(ctx, opts);
  const format = readOption(ctx, opts, 'bodyFormat');
  // A format is valid when one of the given parsers reads it.
  if (format !== undefined && !ctx.parsers.some((parser) => parser.format === format)) {
    report(ctx, 'options.bodyFormat', 'invalid-option', format);
  } else ctx.bodyFormat = format as string | undefined;
  return ctx;
}
