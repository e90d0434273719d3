import {
  type Context,
  childPath,
  createContext,
  invalid,
  isRecord,
  isString,
  jsonText,
  report,
  reportUnused,
} from './context.js';
import type { CachedFormat } from './format.js';
import { canonicalKey, humanizeKey } from './keys.js';
import type {
  ArticleMeta,
  ChecklistItem,
  FieldKind,
  MetaEntry,
  MetaIssueCode,
  MetaValue,
  NormalizeMetaResult,
  NormalizeOptions,
  ScoreItem,
} from './types.js';
import {
  checkUrl,
  looksLikeAbsoluteUrl,
  parseBoolean,
  parseCount,
  parseDate,
  parseMinutes,
  parseNumber,
} from './values.js';

const EMPTY: MetaValue = { kind: 'empty', text: '—' };

/** Kinds the meta box knows by key at its top level. */
const TOP_LEVEL_KINDS: Record<string, FieldKind> = {
  score: 'scores',
  scores: 'scores',
  checklist: 'checklist',
  flags: 'flags',
  stack: 'tags',
  tools: 'tags',
  tags: 'tags',
  keywords: 'tags',
  notes: 'list',
  reading_time: 'minutes',
  view_count: 'count',
};

const shapeKinds = new Map<string, FieldKind | undefined>();

/** Kinds known by key shape at any depth: dates, URLs and counts (remembered per key). */
function shapeKind(key: string): FieldKind | undefined {
  if (shapeKinds.has(key)) return shapeKinds.get(key);
  const kind =
    key === 'date' || key === 'last_reviewed' || key.endsWith('_at') || key.endsWith('_date')
      ? 'date'
      : key === 'url' || key === 'href' || key === 'link' || key === 'canonical' || key.endsWith('_url')
        ? 'url'
        : key.endsWith('_count')
          ? 'count'
          : undefined;
  if (shapeKinds.size < 5000) shapeKinds.set(key, kind);
  return kind;
}

function kindFor(ctx: Context, key: string, topLevel: boolean): FieldKind | undefined {
  return (
    ctx.fields.get(key) ?? (topLevel && Object.hasOwn(TOP_LEVEL_KINDS, key) ? TOP_LEVEL_KINDS[key] : shapeKind(key))
  );
}

const labelFor = (ctx: Context, key: string): string => ctx.labels.get(key) ?? humanizeKey(key);

/** Text for a value that did not parse: strings as they are, anything else as JSON-like text. */
function rawText(ctx: Context, raw: unknown, path: string): string {
  if (typeof raw === 'string') return raw;
  if (typeof raw === 'number') return Number.isFinite(raw) ? String(raw) : 'Not a finite number';
  return jsonText(ctx, raw, path);
}

function readKey(ctx: Context, source: object, key: string, path: string): unknown {
  try {
    return (source as Record<string, unknown>)[key];
  } catch {
    report(ctx, path, 'unreadable-value');
    return '[Unreadable]';
  }
}

/** A string that holds a JSON array or object, parsed; `BROKEN` when it looks like one but does not parse. */
const BROKEN = {};

function parseJsonText(ctx: Context, text: string, path: string, reportFailure?: boolean): unknown {
  const first = text.trimStart()[0];
  if (first !== '[' && first !== '{') return;
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed !== null && typeof parsed === 'object') return parsed;
  } catch {
    if (reportFailure) report(ctx, path, 'invalid-json');
    return BROKEN;
  }
}

const number = (value: number | undefined, format: CachedFormat): MetaValue | undefined =>
  value === undefined ? undefined : { kind: 'number', value, text: format.format(value) };

const boolean = (ctx: Context, value: boolean | undefined): MetaValue | undefined =>
  value === undefined ? undefined : { kind: 'boolean', value, text: value ? ctx.messages.yes : ctx.messages.no };

function date(ctx: Context, raw: unknown): MetaValue | undefined {
  const parsed =
    raw instanceof Date
      ? !Number.isNaN(raw.getTime()) && { dateTime: raw.toISOString(), epoch: raw.getTime(), hasTime: true }
      : parseDate(raw);
  if (parsed) {
    const formatter = parsed.hasTime ? ctx.fmt.dateTime : ctx.fmt.date;
    return { kind: 'date', dateTime: parsed.dateTime, text: formatter.format(parsed.epoch) };
  }
}

function link(raw: string): MetaValue | undefined {
  const verdict = checkUrl(raw);
  if (verdict?.safe) return { kind: 'link', href: verdict.href, text: raw.trim() };
}

type Scalar = [parse: (ctx: Context, raw: unknown) => MetaValue | undefined, code: MetaIssueCode];

/** Single-value kinds: how each parses, and the issue when it does not (objects go to the generic renderer). */
const SCALARS: Partial<Record<FieldKind, Scalar>> = {
  number: [(ctx, raw) => number(parseNumber(raw), ctx.fmt.count), 'invalid-number'],
  count: [(ctx, raw) => number(parseCount(raw), ctx.fmt.count), 'invalid-number'],
  minutes: [(ctx, raw) => number(parseMinutes(raw), ctx.fmt.minutes), 'invalid-number'],
  boolean: [(ctx, raw) => boolean(ctx, parseBoolean(raw)), 'invalid-boolean'],
  date: [date, 'invalid-date'],
  url: [(_, raw) => (typeof raw === 'string' ? link(raw) : undefined), 'unsafe-url'],
};

/** Normalizes one raw value. `depth` counts containers above it; `kind` comes from its key. */
export function normalizeValue(ctx: Context, raw: unknown, path: string, depth: number, kind?: FieldKind): MetaValue {
  if (raw === null || raw === undefined || raw === '') return EMPTY;
  if (typeof raw === 'object') {
    if (ctx.ancestors.has(raw)) return invalid(ctx, path, 'cycle', '[Circular reference]');
    if (depth > ctx.maxDepth && !(raw instanceof Date))
      return invalid(ctx, path, 'max-depth', jsonText(ctx, raw, path));
  }
  const scalar = kind && SCALARS[kind];
  if (scalar) {
    const value = scalar[0](ctx, raw);
    if (value) return value;
    // A URL field holding a number or a flag is not a URL problem: it renders like any other value.
    if (kind === 'url' ? typeof raw === 'string' : typeof raw !== 'object') {
      return invalid(ctx, path, scalar[1], rawText(ctx, raw, path), raw);
    }
  } else if (kind === 'scores') {
    return scoresValue(ctx, raw, path);
  } else if (kind && kind !== 'text') {
    return listKind(ctx, raw, path, depth, kind);
  }
  return genericValue(ctx, raw, path, depth, kind === 'text');
}

const MAYBE_URL = /^\s*https?:|script|data|&/i;
const DANGEROUS_SCHEMES = new Set(['javascript', 'data', 'vbscript', 'file']);

function genericValue(ctx: Context, raw: unknown, path: string, depth: number, textOnly?: boolean): MetaValue {
  switch (typeof raw) {
    case 'string': {
      if (textOnly) return { kind: 'text', text: raw };
      const parsed = parseJsonText(ctx, raw, path);
      if (parsed !== undefined && parsed !== BROKEN) return normalizeValue(ctx, parsed, path, depth);
      // Only strings that could be a link or an (obfuscated) script URL are checked: most text is neither.
      if (raw.includes(':') && MAYBE_URL.test(raw)) {
        const verdict = checkUrl(raw);
        if (verdict?.safe === false && DANGEROUS_SCHEMES.has(verdict.scheme)) {
          return invalid(ctx, path, 'unsafe-url', raw, raw);
        }
        if (verdict?.safe && looksLikeAbsoluteUrl(raw.trim()))
          return { kind: 'link', href: verdict.href, text: raw.trim() };
      }
      return { kind: 'text', text: raw };
    }
    case 'number':
      return Number.isFinite(raw)
        ? { kind: 'number', value: raw + 0, text: ctx.fmt.plain.format(raw) }
        : invalid(ctx, path, 'invalid-number', 'Not a finite number', raw);
    case 'boolean':
      return boolean(ctx, raw) as MetaValue;
    case 'bigint':
      return { kind: 'text', text: String(raw) };
    case 'object':
      if (raw instanceof Date) return date(ctx, raw) ?? invalid(ctx, path, 'invalid-date', 'Invalid date value');
      return Array.isArray(raw)
        ? genericList(ctx, raw, path, depth)
        : { kind: 'record', entries: normalizeEntries(ctx, raw as object, path, depth) };
  }
  return invalid(ctx, path, 'unsupported-value', `[${typeof raw}]`);
}

function genericList(ctx: Context, raw: unknown[], path: string, depth: number): MetaValue {
  ctx.ancestors.add(raw);
  const items: MetaValue[] = new Array(raw.length);
  for (let i = 0; i < raw.length; i++) items[i] = normalizeValue(ctx, raw[i], childPath(path, i), depth + 1);
  ctx.ancestors.delete(raw);
  return { kind: 'list', items };
}

/** The entries of an object, in source order; `topLevel` turns on the meta box's known fields. */
export function normalizeEntries(
  ctx: Context,
  raw: object,
  path: string,
  depth: number,
  topLevel?: boolean,
  childKind?: FieldKind,
): MetaEntry[] {
  ctx.ancestors.add(raw);
  const keys = Object.keys(raw);
  const entries: MetaEntry[] = new Array(keys.length);
  let seen: Set<string> | undefined;
  for (let i = 0; i < keys.length; i++) {
    const sourceKey = keys[i];
    const key = canonicalKey(sourceKey);
    const entryPath = childPath(path, sourceKey);
    // Two spellings of one key: both are kept, the later one is named.
    if (key !== sourceKey || seen) {
      seen ??= new Set(keys.slice(0, i).map(canonicalKey));
      if (seen.has(key)) report(ctx, entryPath, 'duplicate-key');
      seen.add(key);
    }
    const value = readKey(ctx, raw, sourceKey, entryPath);
    const kind = childKind ?? kindFor(ctx, key, !!topLevel);
    entries[i] = { key, label: labelFor(ctx, key), value: normalizeValue(ctx, value, entryPath, depth + 1, kind) };
  }
  ctx.ancestors.delete(raw);
  return entries;
}

const BULLET = /^\s*(?:[•*-]|\d+[.)])\s+/;
const CHECKBOX = /^\s*(?:[•*-]\s*)?\[([ xX✓✔]?)\]\s*/;

/** Tags, lists, checklists and flags: a real array, a JSON string, or a delimited string. */
function listKind(ctx: Context, raw: unknown, path: string, depth: number, kind: FieldKind): MetaValue {
  let source = raw;
  if (typeof raw === 'string') {
    source = parseJsonText(ctx, raw, path, true);
    // JSON that does not parse is not split: its pieces would be meaningless.
    if (source === BROKEN) return { kind: 'text', text: raw, invalid: true };
    if (source === undefined) {
      const commas = kind === 'tags' || kind === 'flags';
      const lines = raw.includes('\n') ? raw.split(/\r?\n/) : commas ? raw.split(/[,;]/) : [raw];
      source = lines.map((line) => line.replace(BULLET, '').trim()).filter(Boolean);
    }
  }
  if (Array.isArray(source)) {
    if (kind === 'tags') {
      const tags: string[] = [];
      for (const item of source) {
        if (typeof item === 'string') {
          if (item.trim()) tags.push(item.trim());
        } else if (typeof item === 'number' && Number.isFinite(item)) {
          tags.push(ctx.fmt.plain.format(item));
        } else if (item !== null && item !== undefined) {
          // Objects or odd values inside tags: the whole value renders generically so nothing is lost.
          report(ctx, path, 'invalid-type');
          return genericList(ctx, source, path, depth);
        }
      }
      return { kind: 'tags', tags };
    }
    if (kind === 'checklist') {
      const items: ChecklistItem[] = [];
      for (let i = 0; i < source.length; i++) {
        const item = checklistItem(ctx, source[i], childPath(path, i));
        if (item) items.push(item);
      }
      return { kind: 'checklist', items };
    }
    // Array.from: a hole in a sparse array is an empty value, not a flag name.
    const names = Array.from(source);
    if (kind === 'flags' && names.every((item) => typeof item === 'string')) {
      // A list of flag names: each one is on. The name is the only record of the flag, so an odd one is its label.
      return {
        kind: 'record',
        entries: names.map((name: string) => {
          const key = canonicalKey(name);
          const label = ctx.labels.get(key) ?? (name === key ? humanizeKey(key) : name);
          return { key, label, value: boolean(ctx, true) as MetaValue };
        }),
      };
    }
    return genericList(ctx, source, path, depth);
  }
  // An object of flags: every value is a boolean (objects inside go through the generic renderer).
  if (kind === 'flags' && isRecord(source)) {
    return { kind: 'record', entries: normalizeEntries(ctx, source, path, depth, false, 'boolean') };
  }
  return genericValue(ctx, source, path, depth);
}

/** The first of `keys` that `record` holds and `accept` takes. */
const firstKey = (record: Record<string, unknown>, keys: string[], accept: (value: unknown) => boolean) =>
  keys.find((key) => Object.hasOwn(record, key) && accept(record[key]));

const any = () => true;

function checklistItem(ctx: Context, raw: unknown, path: string): ChecklistItem | undefined {
  if (raw === null || raw === undefined || raw === '') return;
  if (typeof raw === 'string') {
    const box = CHECKBOX.exec(raw);
    if (!box) return { label: raw.trim() };
    return { label: raw.slice(box[0].length).trim(), done: box[1] !== '' && box[1] !== ' ' };
  }
  if (!isRecord(raw)) {
    if (typeof raw === 'number' && !Number.isFinite(raw))
      return { label: invalid(ctx, path, 'invalid-number', 'Not a finite number', raw).text };
    return { label: typeof raw === 'number' ? ctx.fmt.plain.format(raw) : rawText(ctx, raw, path) };
  }
  const labelKey = firstKey(raw, ['label', 'text', 'title', 'name', 'task'], isString);
  const doneKey = firstKey(raw, ['done', 'checked', 'completed', 'complete'], any);
  let item: ChecklistItem;
  if (labelKey) {
    // Everything but the one label and the one state is reported, so nothing is dropped silently.
    reportUnused(ctx, raw, [labelKey, doneKey], path);
    item = { label: raw[labelKey] as string };
  } else {
    report(ctx, path, 'invalid-type');
    item = { label: jsonText(ctx, raw, path) };
  }
  if (doneKey) {
    const done = parseBoolean(raw[doneKey]);
    if (done === undefined) report(ctx, childPath(path, doneKey), 'invalid-boolean');
    else item.done = done;
  }
  return item;
}

const VALUE_KEYS = ['value', 'score', 'val'];

/**
 * Scores: an object of name → score, an array of `{name, value, max}` (or bare scores), or one
 * score. A score record's value and `max` are read; its other keys are reported.
 */
function scoresValue(ctx: Context, raw: unknown, path: string): MetaValue {
  let source = typeof raw === 'string' ? parseJsonText(ctx, raw, path, true) : raw;
  if (source === undefined || source === BROKEN) source = raw;
  if (source === null || typeof source !== 'object') {
    // A single score: one item named after the field.
    return { kind: 'scores', scores: [scoreItem(ctx, 'score', 'Score', source, undefined, path)] };
  }
  ctx.ancestors.add(source);
  const array = Array.isArray(source);
  // Array.from, not map: a hole in a sparse array is a score too (an empty one).
  const keys = array ? Array.from(source as unknown[], (_, i) => i) : Object.keys(source);
  const scores: ScoreItem[] = keys.map((sourceKey, i) => {
    const itemPath = childPath(path, sourceKey);
    let value: unknown = array
      ? (source as unknown[])[i]
      : readKey(ctx, source as object, sourceKey as string, itemPath);
    let name = array ? undefined : (sourceKey as string);
    let max: unknown;
    let valuePath = itemPath;
    if (isRecord(value)) {
      const record = value;
      const nameKey = array ? firstKey(record, ['name', 'label', 'key', 'title'], isString) : undefined;
      const valueKey = firstKey(record, VALUE_KEYS, any) ?? 'value';
      reportUnused(ctx, record, [valueKey, 'max', nameKey], itemPath);
      if (array) {
        if (nameKey) name = record[nameKey] as string;
        else report(ctx, itemPath, 'missing-title');
        valuePath = childPath(itemPath, valueKey);
      }
      max = record.max;
      value = record[valueKey];
    }
    const key = canonicalKey(name ?? `Score ${i + 1}`);
    return scoreItem(ctx, key, labelFor(ctx, key), value, max, valuePath);
  });
  ctx.ancestors.delete(source);
  return { kind: 'scores', scores };
}

const SCORE = /^\s*(-?[\d.,]+)\s*(?:(%)|\/\s*([\d.,]+))?\s*$/;

function scoreItem(ctx: Context, key: string, label: string, raw: unknown, rawMax: unknown, path: string): ScoreItem {
  // "93", "58%" and "75/100"; anything else goes through parseNumber ("1,000", numbers).
  const parts = typeof raw === 'string' ? SCORE.exec(raw) : null;
  const value = parseNumber(parts ? parts[1] : raw);
  let max = parts?.[2] ? 100 : parseNumber(parts?.[3] ?? rawMax);
  if (value === undefined) {
    report(ctx, path, 'invalid-score', raw);
    return { key, label, text: raw === null || raw === undefined || raw === '' ? '—' : rawText(ctx, raw, path) };
  }
  if (max === undefined || max <= 0) {
    if (rawMax !== undefined || parts?.[3]) report(ctx, path, 'invalid-score');
    max = 100;
  }
  const clamped = Math.min(Math.max(value, 0), max);
  if (clamped !== value) report(ctx, path, 'score-out-of-range', value);
  const ratio = clamped / max;
  const shown = ctx.fmt.count.format(clamped);
  const outOf = ctx.fmt.count.format(max);
  return {
    key,
    label,
    // Out of 100 the number speaks for itself; any other scale is shown with it ("7/10").
    text: max === 100 ? shown : `${shown}/${outOf}`,
    meter: {
      value: clamped,
      min: 0,
      max,
      ratio,
      level: ratio < 0.4 ? 'low' : ratio < 0.7 ? 'mid' : 'high',
      valueText: ctx.messages.outOf(shown, outOf),
    },
  };
}

/** Applies `order` and `hidden` to the top-level entries. */
export function arrange(ctx: Context, entries: MetaEntry[]): MetaEntry[] {
  const rank = (entry: MetaEntry) => {
    const index = ctx.order.indexOf(entry.key);
    return index < 0 ? ctx.order.length : index;
  };
  // Array.prototype.sort is stable: keys outside `order` keep their place after the ordered ones.
  const sorted = ctx.order.length ? entries.slice().sort((a, b) => rank(a) - rank(b)) : entries;
  return ctx.hidden.size
    ? sorted.map((entry) => (ctx.hidden.has(entry.key) ? { ...entry, hidden: true } : entry))
    : sorted;
}

/** Meta entries of any raw meta value, reporting at `path`. */
export function metaFrom(ctx: Context, raw: unknown, path: string): ArticleMeta {
  let source = raw;
  if (typeof raw === 'string') {
    const parsed = parseJsonText(ctx, raw, path, true);
    if (parsed !== undefined && parsed !== BROKEN) source = parsed;
  }
  if (source === null || source === undefined) return { entries: [] };
  if (!isRecord(source)) {
    report(ctx, path, 'invalid-type');
    const key = canonicalKey(path.split('.').pop() || 'meta');
    return { entries: [{ key, label: humanizeKey(key), value: normalizeValue(ctx, source, path, 1) }] };
  }
  return { entries: arrange(ctx, normalizeEntries(ctx, source, path, 0, true)) };
}

/**
 * Normalizes a meta object alone. Never throws.
 * @example normalizeMeta({ readingTime: '12 min' }).meta.entries[0].value.text // "12 min"
 */
export function normalizeMeta(raw: unknown, options?: NormalizeOptions): NormalizeMetaResult {
  const ctx = createContext(options);
  try {
    return { meta: metaFrom(ctx, raw, 'meta'), issues: ctx.issues };
  } catch {
    return { meta: unreadableMeta(ctx, raw), issues: ctx.issues };
  }
}

/** Last resort when the input defeats the normalizer (a throwing Proxy, say): keep its text. */
export function unreadableMeta(ctx: Context, raw: unknown): ArticleMeta {
  const value = invalid(ctx, 'meta', 'unreadable-value', jsonText(ctx, raw, 'meta'));
  return { entries: [{ key: 'meta', label: 'Meta', value }] };
}
