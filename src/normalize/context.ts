import { type Formatters, getFormatters } from './format.js';
import { canonicalKey } from './keys.js';
import { defaultMessages, type NormalizerMessages } from './messages.js';
import { safeStringify } from './stringify.js';
import type { FieldKind, MetaIssue, MetaIssueCode, MetaText, NormalizeOptions } from './types.js';

/** State shared by one normalize call. */
export interface Context {
  fmt: Formatters;
  issues: MetaIssue[];
  maxDepth: number;
  maxItems: number;
  maxEntries: number;
  /** Values left to normalize in this call (`maxValues` at the start): shared references cannot multiply the work. */
  budget: number;
  /** Objects on the current path, for cycle detection. */
  ancestors: Set<object>;
  labels: Map<string, string>;
  fields: Map<string, FieldKind>;
  order: string[];
  hidden: Set<string>;
  messages: NormalizerMessages;
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
];

/** Reads one option; an option object that throws (a Proxy, a getter) is reported, never thrown. */
function readOption(ctx: Context, options: object, key: string): unknown {
  try {
    return (options as Record<string, unknown>)[key];
  } catch {
    report(ctx, `options.${key}`, 'invalid-option');
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

/** Only the words the normalizer uses, and only when they have the right type; others are reported. */
function messagesOption(ctx: Context, options: object): NormalizerMessages {
  const picked = { ...defaultMessages };
  const raw = readOption(ctx, options, 'messages');
  if (raw === undefined) return picked;
  const m = isRecord(raw) ? raw : {};
  if (m !== raw) report(ctx, 'options.messages', 'invalid-option');
  for (const key of ['yes', 'no', 'untitled'] as const) {
    const word = readOption(ctx, m, key);
    if (typeof word === 'string') picked[key] = word;
    else if (word !== undefined) report(ctx, `options.messages.${key}`, 'invalid-option', word);
  }
  const outOf = readOption(ctx, m, 'outOf');
  if (typeof outOf === 'function') {
    // A consumer's function must not make the normalizer throw or show a non-string.
    picked.outOf = (value, max) => {
      try {
        const text: unknown = outOf(value, max);
        if (typeof text === 'string') return text;
      } catch {}
      return defaultMessages.outOf(value, max);
    };
  } else if (outOf !== undefined) report(ctx, 'options.messages.outOf', 'invalid-option', outOf);
  return picked;
}

export const isString = (value: unknown): value is string => typeof value === 'string';

/** A plain object (not null, not an array): a record of fields. */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

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
  ctx.maxDepth = limitOption(ctx, opts, 'maxDepth');
  ctx.maxItems = limitOption(ctx, opts, 'maxItems');
  ctx.maxEntries = limitOption(ctx, opts, 'maxEntries');
  ctx.budget = limitOption(ctx, opts, 'maxValues');
  ctx.labels = keyedOption(ctx, opts, 'labels', isString);
  ctx.fields = keyedOption(ctx, opts, 'fields', isFieldKind);
  ctx.order = keyListOption(ctx, opts, 'order');
  ctx.hidden = new Set(keyListOption(ctx, opts, 'hidden'));
  ctx.messages = messagesOption(ctx, opts);
  return ctx;
}

/** One sentence per code: the message of an issue is its path, this, and the value when there is one. */
const MESSAGES: Record<MetaIssueCode, string> = {
  'invalid-type': 'is not of the expected type; it is shown as text',
  'invalid-number': 'is not a number; it is shown as text',
  'invalid-boolean': 'is not yes/no, true/false or 1/0; it is shown as text',
  'invalid-date': 'is not an ISO 8601 date; it is shown as text',
  'unsafe-url': 'is not a safe URL; it is shown as text, not linked',
  'invalid-json': 'looks like JSON but does not parse; it is shown as text',
  'score-out-of-range': 'is outside the score range; it is clamped',
  'invalid-score': 'is not a number; it is shown with no bar',
  cycle: 'refers to one of its own parents; a marker is shown',
  'max-depth': 'is nested too deeply; the rest is shown as JSON text',
  'duplicate-key': 'repeats an earlier key',
  'unknown-block': 'has an unknown block type; its text is shown as a paragraph',
  'missing-title': 'has no title',
  'unsupported-value': 'is not plain data; what can be read of it is shown',
  'invalid-locale': 'is not a valid locale; en-US is used',
  'unknown-field': 'is not a field of the contract',
  'unreadable-value': 'could not be read',
  'invalid-option': 'is not a valid option value; the default or the nearest allowed value is used',
  truncated: 'is longer than the limit; the rest is counted but not shown',
};

const ERRORS = new Set<MetaIssueCode>(['cycle', 'unreadable-value']);
/** Codes that are errors when they concern the whole article or the whole meta: its type is wrong. */
const WHOLE = new Set<MetaIssueCode>(['invalid-type', 'invalid-json']);

/** Records an issue. Errors are cycles, unreadable values and a wrong type (or broken JSON) for the whole article or meta. */
export function report(ctx: Context, path: string, code: MetaIssueCode, ...value: [unknown?]): void {
  const detail = value.length > 0 ? ` (${preview(value[0])})` : '';
  ctx.issues.push({
    path,
    code,
    message: `${path || 'The article'} ${MESSAGES[code]}${detail}.`,
    severity: ERRORS.has(code) || (WHOLE.has(code) && (path === '' || path === 'meta')) ? 'error' : 'warning',
  });
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

const steps = new Map<string, string>();

/** `meta` + `score` → `meta.score`; keys that are not identifiers use brackets: `meta["a b"]`. */
export function childPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  // The step after the parent, remembered per key: every article repeats the same keys.
  let step = steps.get(key);
  if (step === undefined) {
    step = IDENTIFIER.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
    if (steps.size < 5000) steps.set(key, step);
  }
  return parent === '' && step[0] === '.' ? key : parent + step;
}

/** Short quoted preview of a value for issue messages. */
function preview(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (value === null || typeof value !== 'object') return String(value);
  return Array.isArray(value) ? 'an array' : 'an object';
}

/** JSON-like text of a value that is shown as text, as bounded as the model; a cycle or a cut inside it is reported once. */
export function jsonText(ctx: Context, value: unknown, path: string): string {
  let cycle = false;
  let cut = false;
  const limits = { maxItems: ctx.maxItems, maxEntries: ctx.maxEntries, maxValues: Math.max(ctx.budget, 1) };
  const text = safeStringify(
    value,
    {
      onCycle: () => {
        cycle = true;
      },
      onTruncate: () => {
        cut = true;
      },
    },
    limits,
  );
  if (cycle) report(ctx, path, 'cycle');
  if (cut) report(ctx, path, 'truncated');
  return text;
}

/** How many of a container's `total` children were left out after `shown`, reported at its path. */
export function omitted(ctx: Context, path: string, total: number, shown: number): number | undefined {
  if (shown >= total) return undefined;
  report(ctx, path, 'truncated', total - shown);
  return total - shown;
}

/** Keys of a record that the model does not use are named in issues, so nothing goes silently. */
export function reportUnused(ctx: Context, record: object, used: readonly (string | undefined)[], path: string): void {
  const keys = Object.keys(record);
  const end = Math.min(keys.length, ctx.maxEntries);
  for (let i = 0; i < end; i++) {
    if (!used.includes(keys[i])) report(ctx, childPath(path, keys[i]), 'unknown-field');
  }
  omitted(ctx, path, keys.length, end);
}

/** `read()`, or `fallback` with an issue at `path` when it throws (a revoked Proxy, a throwing trap). */
export function guard<T>(ctx: Context, path: string, read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    report(ctx, path, 'unreadable-value');
    return fallback;
  }
}

/** Reports an issue and returns the text shown in place of the value. */
export function invalid(ctx: Context, path: string, code: MetaIssueCode, text: string, ...value: [unknown?]): MetaText {
  report(ctx, path, code, ...value);
  return { kind: 'text', text, invalid: true };
}
