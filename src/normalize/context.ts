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
  /** Objects on the current path, for cycle detection. */
  ancestors: Set<object>;
  labels: Map<string, string>;
  fields: Map<string, FieldKind>;
  order: string[];
  hidden: Set<string>;
  messages: NormalizerMessages;
}

const DEFAULT_LOCALE = 'en-US';

/** Only the keys the normalizer uses, and only when they have the right type. */
function pickMessages(raw: unknown): NormalizerMessages {
  const m = (raw !== null && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const picked = { ...defaultMessages };
  for (const key of ['yes', 'no', 'untitled'] as const) {
    if (typeof m[key] === 'string') picked[key] = m[key];
  }
  const outOf = m.outOf;
  if (typeof outOf === 'function') {
    // A consumer's function must not make the normalizer throw or show a non-string.
    picked.outOf = (value, max) => {
      try {
        const text: unknown = outOf(value, max);
        if (typeof text === 'string') return text;
      } catch {}
      return defaultMessages.outOf(value, max);
    };
  }
  return picked;
}
const DEFAULT_MAX_DEPTH = 32;

function canonicalMap<T>(record: unknown, accept: (value: unknown) => value is T): Map<string, T> {
  const map = new Map<string, T>();
  if (record === null || typeof record !== 'object') return map;
  for (const key of Object.keys(record)) {
    const value = (record as Record<string, unknown>)[key];
    if (accept(value)) map.set(canonicalKey(key), value);
  }
  return map;
}

export const isString = (value: unknown): value is string => typeof value === 'string';

/** A plain object (not null, not an array): a record of fields. */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

const isFieldKind = (value: unknown): value is FieldKind => typeof value === 'string';

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter(isString).map(canonicalKey) : [];
}

export function createContext(options: NormalizeOptions | undefined): Context {
  const opts: NormalizeOptions = options !== null && typeof options === 'object' ? options : {};
  const requested = typeof opts.locale === 'string' ? opts.locale : DEFAULT_LOCALE;
  const fmt = getFormatters(requested);
  const depth = opts.maxDepth;
  const ctx: Context = {
    fmt: fmt ?? (getFormatters(DEFAULT_LOCALE) as Formatters),
    issues: [],
    maxDepth: typeof depth === 'number' && Number.isFinite(depth) && depth >= 1 ? Math.floor(depth) : DEFAULT_MAX_DEPTH,
    ancestors: new Set(),
    labels: canonicalMap(opts.labels, isString),
    fields: canonicalMap(opts.fields, isFieldKind),
    order: stringList(opts.order),
    hidden: new Set(stringList(opts.hidden)),
    messages: pickMessages(opts.messages),
  };
  if (!fmt) report(ctx, 'options.locale', 'invalid-locale', requested);
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
  'unsupported-value': 'cannot be shown; a marker is shown',
  'invalid-locale': 'is not a valid locale; en-US is used',
  'unknown-field': 'is not a field of the contract',
  'unreadable-value': 'could not be read',
};

const ERRORS = new Set<MetaIssueCode>(['cycle', 'unreadable-value']);

/** Records an issue. Errors are cycles, unreadable values and a wrong type for the whole article or meta. */
export function report(ctx: Context, path: string, code: MetaIssueCode, ...value: [unknown?]): void {
  const detail = value.length > 0 ? ` (${preview(value[0])})` : '';
  ctx.issues.push({
    path,
    code,
    message: `${path || 'The article'} ${MESSAGES[code]}${detail}.`,
    severity: ERRORS.has(code) || path === '' || path === 'meta' ? 'error' : 'warning',
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

/** JSON-like text of a value that is shown as text; a cycle inside it is reported once. */
export function jsonText(ctx: Context, value: unknown, path: string): string {
  let reported = false;
  return safeStringify(value, () => {
    if (reported) return;
    reported = true;
    report(ctx, path, 'cycle');
  });
}

/** Keys of a record that the model does not use are named in issues, so nothing goes silently. */
export function reportUnused(ctx: Context, record: object, used: readonly (string | undefined)[], path: string): void {
  for (const key of Object.keys(record)) {
    if (!used.includes(key)) report(ctx, childPath(path, key), 'unknown-field');
  }
}

/** Reports an issue and returns the text shown in place of the value. */
export function invalid(ctx: Context, path: string, code: MetaIssueCode, text: string, ...value: [unknown?]): MetaText {
  report(ctx, path, code, ...value);
  return { kind: 'text', text, invalid: true };
}
