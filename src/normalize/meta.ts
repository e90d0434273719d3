import {
  type Context,
  childPath,
  createContext,
  invalid,
  isRecord,
  isString,
  jsonText,
  omitted,
  report,
  reportUnused,
} from './context.js';
import type { CachedFormat } from './format.js';
import { canonicalKey, humanizeKey } from './keys.js';
import type {
  ArticleMeta,
  ChecklistItem,
  FieldKind,
  MetaChecklist,
  MetaEntry,
  MetaIssueCode,
  MetaList,
  MetaRecord,
  MetaScores,
  MetaTags,
  MetaValue,
  NormalizeMetaResult,
  NormalizeOptions,
  ScoreItem,
} from './types.js';
import { checkUrl, looksLikeAbsoluteUrl } from './url.js';
import { parseBoolean, parseCount, parseDate, parseMinutes, parseNumber } from './values.js';

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

/** What a read that threw gives: `normalizeValue` shows it as a marker, with no second issue. */
export const UNREADABLE: unknown = {};
const UNREADABLE_TEXT = '[Unreadable]';

/** Reads one property; a getter or Proxy trap that throws is reported at `path` and read as `UNREADABLE`. */
export function readKey(ctx: Context, source: object, key: PropertyKey, path: string): unknown {
  try {
    return (source as Record<PropertyKey, unknown>)[key];
  } catch {
    report(ctx, path, 'unreadable-value');
    return UNREADABLE;
  }
}

/** Sets `omitted` on a container when some of its `total` children were left out. */
function cut<T extends MetaList | MetaRecord | MetaTags | MetaScores | MetaChecklist>(
  ctx: Context,
  container: T,
  path: string,
  total: number,
  shown: number,
): T {
  const more = omitted(ctx, path, total, shown);
  if (more) container.omitted = more;
  return container;
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
  if (verdict?.safe) return { kind: 'link', href: verdict.href, text: verdict.href };
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

/**
 * Normalizes one raw value. `depth` counts containers above it; `kind` comes from its key.
 * Whatever reading it throws (a Proxy trap, a getter inside) becomes a marker with an issue here,
 * and only here: its siblings and parents are not affected.
 */
export function normalizeValue(ctx: Context, raw: unknown, path: string, depth: number, kind?: FieldKind): MetaValue {
  ctx.budget--;
  if (raw === null || raw === undefined || raw === '') return EMPTY;
  if (typeof raw !== 'object') return kindValue(ctx, raw, path, depth, kind);
  if (raw === UNREADABLE) return { kind: 'text', text: UNREADABLE_TEXT, invalid: true };
  if (ctx.ancestors.has(raw)) return invalid(ctx, path, 'cycle', '[Circular reference]');
  try {
    // A boxed primitive (`new Number(3)`) is its value, for every kind.
    if (raw instanceof String || raw instanceof Number || raw instanceof Boolean) {
      return normalizeValue(ctx, raw.valueOf(), path, depth, kind);
    }
    if (depth > ctx.maxDepth && !(raw instanceof Date)) {
      report(ctx, path, 'max-depth');
      return { kind: 'text', text: jsonText(ctx, raw, path), invalid: true };
    }
    return kindValue(ctx, raw, path, depth, kind);
  } catch {
    ctx.ancestors.delete(raw);
    return invalid(ctx, path, 'unreadable-value', UNREADABLE_TEXT);
  }
}

function kindValue(ctx: Context, raw: unknown, path: string, depth: number, kind?: FieldKind): MetaValue {
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
        if (verdict?.safe && looksLikeAbsoluteUrl(verdict.href))
          return { kind: 'link', href: verdict.href, text: verdict.href };
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
      return objectValue(ctx, raw as object, path, depth);
    case 'symbol':
      return invalid(ctx, path, 'unsupported-value', String(raw), 'symbol');
  }
  return invalid(ctx, path, 'unsupported-value', `[${typeof raw}]`, typeof raw);
}

function objectValue(ctx: Context, raw: object, path: string, depth: number): MetaValue {
  if (Array.isArray(raw)) return listValue(ctx, raw, raw, raw.length, path, depth);
  const proto = Object.getPrototypeOf(raw);
  if (proto === Object.prototype || proto === null) return recordValue(ctx, raw, path, depth);
  if (raw instanceof Date) return date(ctx, raw) ?? invalid(ctx, path, 'invalid-date', 'Invalid date value');
  // Not JSON data: the built-ins are shown as what they hold.
  if (raw instanceof Map) return mapValue(ctx, raw, path, depth);
  if (raw instanceof Set) return listValue(ctx, raw, firstOf(raw, ctx.maxItems), raw.size, path, depth);
  if (ArrayBuffer.isView(raw) && 'length' in raw) {
    const typed = raw as unknown as ArrayLike<unknown>;
    return listValue(ctx, raw, typed, typed.length, path, depth);
  }
  if (ArrayBuffer.isView(raw) || raw instanceof ArrayBuffer) {
    // Bytes: an ArrayBuffer, or the window of a DataView.
    const bytes = ArrayBuffer.isView(raw)
      ? new Uint8Array(raw.buffer, raw.byteOffset, raw.byteLength)
      : new Uint8Array(raw);
    return listValue(ctx, raw, bytes, bytes.length, path, depth);
  }
  // What JSON.stringify would write (URL, and the date, decimal and id classes of common libraries).
  const toJSON = (raw as { toJSON?: unknown }).toJSON;
  if (typeof toJSON === 'function') return normalizeValue(ctx, toJSON.call(raw), path, depth + 1);
  const type: string =
    (proto?.constructor?.name as string | undefined) || Object.prototype.toString.call(raw).slice(8, -1);
  report(ctx, path, 'unsupported-value', type);
  if (raw instanceof RegExp || raw instanceof Error) return { kind: 'text', text: String(raw) };
  // A class instance: its own fields are what can be read (a WeakMap or a Promise has none).
  const record = recordValue(ctx, raw, path, depth);
  return record.entries.length > 0 ? record : { kind: 'text', text: `[${type}]`, invalid: true };
}

/** The first `limit` values of a Set: no copy of the rest. */
function firstOf(source: Iterable<unknown>, limit: number): unknown[] {
  const items: unknown[] = [];
  for (const item of source) {
    if (items.length >= limit) break;
    items.push(item);
  }
  return items;
}

/** A list of `total` items read from `source` (owned by `owner`), up to `maxItems` and the call's budget. */
function listValue(
  ctx: Context,
  owner: object,
  source: ArrayLike<unknown>,
  total: number,
  path: string,
  depth: number,
): MetaList {
  ctx.ancestors.add(owner);
  const end = Math.min(total, ctx.maxItems);
  const items: MetaValue[] = [];
  while (items.length < end && ctx.budget > 0) {
    const itemPath = childPath(path, items.length);
    items.push(normalizeValue(ctx, readKey(ctx, source, items.length, itemPath), itemPath, depth + 1));
  }
  ctx.ancestors.delete(owner);
  return cut(ctx, { kind: 'list', items }, path, total, items.length);
}

/** A Map is a record of its entries; a key that is not a string is named by its JSON text. */
function mapValue(ctx: Context, raw: Map<unknown, unknown>, path: string, depth: number): MetaRecord {
  ctx.ancestors.add(raw);
  const entries: MetaEntry[] = [];
  for (const [sourceKey, value] of raw) {
    if (entries.length >= ctx.maxEntries || ctx.budget <= 0) break;
    const name = typeof sourceKey === 'string' ? sourceKey : jsonText(ctx, sourceKey, path);
    entries.push(entryOf(ctx, canonicalKey(name), value, childPath(path, name), depth));
  }
  ctx.ancestors.delete(raw);
  return cut(ctx, { kind: 'record', entries }, path, raw.size, entries.length);
}

function entryOf(ctx: Context, key: string, value: unknown, path: string, depth: number, kind?: FieldKind): MetaEntry {
  return { key, label: labelFor(ctx, key), value: normalizeValue(ctx, value, path, depth + 1, kind) };
}

/**
 * The entries of an object, in source order, up to `maxEntries`; `topLevel` turns on the meta box's
 * known fields. Enumerable symbol keys follow, under their description ("Symbol(id)").
 */
export function recordValue(
  ctx: Context,
  raw: object,
  path: string,
  depth: number,
  topLevel?: boolean,
  childKind?: FieldKind,
): MetaRecord {
  const keys = Object.keys(raw);
  const symbols = Object.getOwnPropertySymbols(raw).filter((symbol) =>
    Object.prototype.propertyIsEnumerable.call(raw, symbol),
  );
  const total = keys.length + symbols.length;
  const end = Math.min(total, ctx.maxEntries);
  ctx.ancestors.add(raw);
  const entries: MetaEntry[] = [];
  let seen: Set<string> | undefined;
  for (let i = 0; i < end && ctx.budget > 0; i++) {
    if (i >= keys.length) {
      const symbol = symbols[i - keys.length];
      const entryPath = `${path}[${String(symbol)}]`;
      entries.push(entryOf(ctx, String(symbol), readKey(ctx, raw, symbol, entryPath), entryPath, depth, childKind));
      continue;
    }
    const sourceKey = keys[i];
    const key = canonicalKey(sourceKey);
    const entryPath = childPath(path, sourceKey);
    // Two spellings of one key: both are kept, the later one is named.
    if (key !== sourceKey || seen) {
      seen ??= new Set(keys.slice(0, i).map(canonicalKey));
      if (seen.has(key)) report(ctx, entryPath, 'duplicate-key');
      seen.add(key);
    }
    const kind = childKind ?? kindFor(ctx, key, !!topLevel);
    entries.push(entryOf(ctx, key, readKey(ctx, raw, sourceKey, entryPath), entryPath, depth, kind));
  }
  ctx.ancestors.delete(raw);
  return cut(ctx, { kind: 'record', entries }, path, total, entries.length);
}

const BULLET = /^\s*(?:[•*-]|\d+[.)])\s+/;
const CHECKBOX = /^\s*(?:[•*-]\s*)?\[([ xX✓✔]?)\]\s*/;

/**
 * The items of a delimited string (lines; for tags and flags also commas or semicolons), without
 * bullets: at most `limit` of them, with the count of all.
 */
function splitItems(raw: string, commas: boolean, limit: number): [items: string[], total: number] {
  const lines = raw.includes('\n') ? raw.split(/\r?\n/) : commas ? raw.split(/[,;]/) : [raw];
  const items: string[] = [];
  let total = 0;
  for (const line of lines) {
    // Past the limit a line is only counted: no bullet to strip, nothing kept.
    const item = items.length < limit ? line.replace(BULLET, '').trim() : line.trim();
    if (item === '') continue;
    total++;
    if (items.length < limit) items.push(item);
  }
  return [items, total];
}

/** Tags, lists, checklists and flags: a real array, a JSON string, or a delimited string. */
function listKind(ctx: Context, raw: unknown, path: string, depth: number, kind: FieldKind): MetaValue {
  let source = raw;
  let total = 0;
  if (typeof raw === 'string') {
    source = parseJsonText(ctx, raw, path, true);
    // JSON that does not parse is not split: its pieces would be meaningless.
    if (source === BROKEN) return { kind: 'text', text: raw, invalid: true };
    if (source === undefined) [source, total] = splitItems(raw, kind === 'tags' || kind === 'flags', ctx.maxItems);
  }
  if (!Array.isArray(source)) {
    // An object of flags: every value is a boolean (objects inside go through the generic renderer).
    if (kind === 'flags' && isRecord(source)) return recordValue(ctx, source, path, depth, false, 'boolean');
    return genericValue(ctx, source, path, depth);
  }
  const list = source;
  total = Math.max(total, list.length);
  const end = Math.min(list.length, ctx.maxItems);
  // Array indices, read one by one: a hole in a sparse array is an empty value, a throwing getter one marker.
  const items: unknown[] = [];
  while (items.length < end && items.length < ctx.budget) {
    const item = readKey(ctx, list, items.length, childPath(path, items.length));
    // A tag, a checklist item or a flag name that could not be read is the marker, as text.
    items.push(item === UNREADABLE && kind !== 'list' ? UNREADABLE_TEXT : item);
  }
  if (kind === 'list' || (kind === 'flags' && !items.every(isString)))
    return listValue(ctx, list, items, total, path, depth);
  // Tags, checklist items and flag names are leaves: they count against the budget here.
  ctx.budget -= items.length;
  if (kind === 'tags') {
    const tags: string[] = [];
    for (const item of items) {
      if (typeof item === 'string') {
        if (item.trim()) tags.push(item.trim());
      } else if (typeof item === 'number' && Number.isFinite(item)) {
        tags.push(ctx.fmt.plain.format(item));
      } else if (item !== null && item !== undefined) {
        // Objects or odd values inside tags: the whole value renders generically so nothing is lost.
        report(ctx, path, 'invalid-type');
        ctx.budget += items.length;
        return listValue(ctx, list, items, total, path, depth);
      }
    }
    return cut(ctx, { kind: 'tags', tags }, path, total, items.length);
  }
  if (kind === 'checklist') {
    const checklist: ChecklistItem[] = [];
    for (let i = 0; i < items.length; i++) {
      const item = checklistItem(ctx, items[i], childPath(path, i));
      if (item) checklist.push(item);
    }
    return cut(ctx, { kind: 'checklist', items: checklist }, path, total, items.length);
  }
  if (kind === 'flags') {
    // A list of flag names: each one is on. The name is the only record of the flag, so an odd one is its label.
    const entries = (items as string[]).map((name): MetaEntry => {
      const key = canonicalKey(name);
      const label = ctx.labels.get(key) ?? (name === key ? humanizeKey(key) : name);
      return { key, label, value: boolean(ctx, true) as MetaValue };
    });
    return cut(ctx, { kind: 'record', entries }, path, total, items.length);
  }
  return listValue(ctx, list, items, total, path, depth);
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
  const array = Array.isArray(source);
  const keys = array ? undefined : Object.keys(source);
  const total = keys ? keys.length : (source as unknown[]).length;
  const end = Math.min(total, ctx.maxItems);
  ctx.ancestors.add(source);
  const scores: ScoreItem[] = [];
  for (let i = 0; i < end && ctx.budget > 0; i++, ctx.budget--) {
    const sourceKey = keys ? keys[i] : i;
    const itemPath = childPath(path, sourceKey);
    // Indices one by one: a hole in a sparse array is a score too (an empty one).
    let value = readKey(ctx, source, sourceKey, itemPath);
    if (value === UNREADABLE) value = UNREADABLE_TEXT;
    let name = keys ? (sourceKey as string) : undefined;
    let max: unknown;
    let valuePath = itemPath;
    if (isRecord(value)) {
      const record = value;
      try {
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
      } catch {
        report(ctx, itemPath, 'unreadable-value');
        value = UNREADABLE_TEXT;
      }
    }
    const key = canonicalKey(name ?? `Score ${i + 1}`);
    scores.push(scoreItem(ctx, key, labelFor(ctx, key), value, max, valuePath));
  }
  ctx.ancestors.delete(source);
  return cut(ctx, { kind: 'scores', scores }, path, total, scores.length);
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
  try {
    if (isRecord(source)) {
      const record = recordValue(ctx, source, path, 0, true);
      const meta: ArticleMeta = { entries: arrange(ctx, record.entries) };
      if (record.omitted) meta.omitted = record.omitted;
      return meta;
    }
  } catch {
    // Its keys could not be read (a Proxy trap that throws): one marker, in its place.
    ctx.ancestors.delete(source);
    const value = invalid(ctx, path, 'unreadable-value', UNREADABLE_TEXT);
    return { entries: [{ key: 'meta', label: humanizeKey('meta'), value }] };
  }
  report(ctx, path, 'invalid-type');
  const key = canonicalKey(path.split('.').pop() || 'meta');
  return { entries: [{ key, label: humanizeKey(key), value: normalizeValue(ctx, source, path, 1) }] };
}

/**
 * Normalizes a meta object alone. Never throws.
 * @example normalizeMeta({ readingTime: '12 min' }).meta.entries[0].value.text // "12 min"
 */
export function normalizeMeta(raw: unknown, options?: NormalizeOptions): NormalizeMetaResult {
  const ctx = createContext(options);
  return { meta: metaFrom(ctx, raw, 'meta'), issues: ctx.issues };
}
