import { type Context, childPath, createContext, jsonText, report, reportUnused } from './context.js';
import { canonicalKey, humanizeKey } from './keys.js';
import type {
  ArticleMeta,
  ChecklistItem,
  FieldKind,
  MetaEntry,
  MetaText,
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

const patternKinds = new Map<string, FieldKind | undefined>();

/** Kinds known by key shape at any depth (remembered per key). */
function patternKind(key: string): FieldKind | undefined {
  if (patternKinds.has(key)) return patternKinds.get(key);
  const kind = kindOfShape(key);
  if (patternKinds.size < 5000) patternKinds.set(key, kind);
  return kind;
}

function kindOfShape(key: string): FieldKind | undefined {
  if (key === 'date' || key === 'last_reviewed' || key.endsWith('_at') || key.endsWith('_date')) return 'date';
  if (key === 'url' || key === 'href' || key === 'link' || key.endsWith('_url') || key === 'canonical') return 'url';
  if (key.endsWith('_count')) return 'count';
  return undefined;
}

function kindFor(ctx: Context, key: string, topLevel: boolean): FieldKind | undefined {
  const declared = ctx.fields.get(key);
  if (declared !== undefined) return declared;
  if (topLevel && Object.hasOwn(TOP_LEVEL_KINDS, key)) return TOP_LEVEL_KINDS[key];
  return patternKind(key);
}

function labelFor(ctx: Context, key: string): string {
  return ctx.labels.get(key) ?? humanizeKey(key);
}

const MAYBE_URL = /^\s*https?:|script|data|&/i;

const DANGEROUS_SCHEMES = new Set(['javascript', 'data', 'vbscript', 'file']);

function invalidText(text: string): MetaText {
  return { kind: 'text', text, invalid: true };
}

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

/** A string that holds a JSON array or object, parsed; `undefined` when it is not one. */
function parseJsonText(ctx: Context, text: string, path: string, reportFailure: boolean): unknown {
  const first = text.trimStart()[0];
  if (first !== '[' && first !== '{') return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed !== null && typeof parsed === 'object' ? parsed : undefined;
  } catch {
    if (reportFailure) {
      report(ctx, path, 'invalid-json');
    }
    return undefined;
  }
}

const BULLET = /^\s*(?:[•*-]|\d+[.)])\s+/;

/** Splits a delimited string into items: lines (with bullets stripped), or commas for tags. */
function splitItems(text: string, commas: boolean): string[] {
  const lines = text.includes('\n') ? text.split(/\r?\n/) : commas ? text.split(/[,;]/) : [text];
  const items: string[] = [];
  for (const line of lines) {
    const item = line.replace(BULLET, '').trim();
    if (item !== '') items.push(item);
  }
  return items;
}

/** Normalizes one raw value. `depth` counts containers above it; `kind` comes from its key. */
export function normalizeValue(ctx: Context, raw: unknown, path: string, depth: number, kind?: FieldKind): MetaValue {
  if (raw === null || raw === undefined || raw === '') return EMPTY;
  if (typeof raw === 'object') {
    if (ctx.ancestors.has(raw)) {
      report(ctx, path, 'cycle');
      return invalidText('[Circular reference]');
    }
    if (depth > ctx.maxDepth && !(raw instanceof Date)) {
      report(ctx, path, 'max-depth');
      return invalidText(jsonText(ctx, raw, path));
    }
  }
  switch (kind) {
    case 'number':
    case 'count':
    case 'minutes':
      return numberValue(ctx, raw, path, depth, kind);
    case 'boolean':
      return booleanValue(ctx, raw, path, depth);
    case 'date':
      return dateValue(ctx, raw, path, depth);
    case 'url':
      return urlValue(ctx, raw, path, depth);
    case 'tags':
      return tagsValue(ctx, raw, path, depth);
    case 'list':
      return listValue(ctx, raw, path, depth);
    case 'checklist':
      return checklistValue(ctx, raw, path, depth);
    case 'scores':
      return scoresValue(ctx, raw, path);
    case 'flags':
      return flagsValue(ctx, raw, path, depth);
    default:
      return genericValue(ctx, raw, path, depth, kind === 'text');
  }
}

function genericValue(ctx: Context, raw: unknown, path: string, depth: number, textOnly: boolean): MetaValue {
  switch (typeof raw) {
    case 'string': {
      if (textOnly) return { kind: 'text', text: raw };
      const parsed = parseJsonText(ctx, raw, path, false);
      if (parsed !== undefined) return normalizeValue(ctx, parsed, path, depth);
      // Only strings that could be a link or an (obfuscated) script URL are checked: most text is neither.
      if (raw.includes(':') && MAYBE_URL.test(raw)) {
        const verdict = checkUrl(raw);
        if (verdict?.safe === false && DANGEROUS_SCHEMES.has(verdict.scheme)) {
          report(ctx, path, 'unsafe-url', raw);
          return invalidText(raw);
        } else if (verdict?.safe && looksLikeAbsoluteUrl(raw.trim())) {
          return { kind: 'link', href: verdict.href, text: raw.trim() };
        }
      }
      return { kind: 'text', text: raw };
    }
    case 'number':
      if (!Number.isFinite(raw)) {
        report(ctx, path, 'invalid-number', raw);
        return invalidText('Not a finite number');
      }
      return { kind: 'number', value: raw + 0, text: ctx.fmt.plain.format(raw) };
    case 'boolean':
      return { kind: 'boolean', value: raw, text: raw ? ctx.messages.yes : ctx.messages.no };
    case 'bigint':
      return { kind: 'text', text: raw.toString() };
    case 'object':
      if (raw instanceof Date) return dateValue(ctx, raw, path, depth);
      return Array.isArray(raw) ? genericList(ctx, raw, path, depth) : recordValue(ctx, raw as object, path, depth);
    default:
      report(ctx, path, 'unsupported-value');
      return invalidText(`[${typeof raw}]`);
  }
}

function genericList(ctx: Context, raw: unknown[], path: string, depth: number): MetaValue {
  ctx.ancestors.add(raw);
  const items: MetaValue[] = new Array(raw.length);
  for (let i = 0; i < raw.length; i++) {
    items[i] = normalizeValue(ctx, raw[i], childPath(path, i), depth + 1);
  }
  ctx.ancestors.delete(raw);
  return { kind: 'list', items };
}

function recordValue(ctx: Context, raw: object, path: string, depth: number): MetaValue {
  return { kind: 'record', entries: normalizeEntries(ctx, raw, path, depth, false) };
}

/** The entries of an object, in source order; `topLevel` turns on the meta box's known fields. */
export function normalizeEntries(
  ctx: Context,
  raw: object,
  path: string,
  depth: number,
  topLevel: boolean,
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
    if (key !== sourceKey || seen) {
      seen ??= new Set(keys.slice(0, i).map(canonicalKey));
      if (seen.has(key)) {
        report(ctx, entryPath, 'duplicate-key');
      }
      seen.add(key);
    }
    const value = normalizeValue(
      ctx,
      readKey(ctx, raw, sourceKey, entryPath),
      entryPath,
      depth + 1,
      childKind ?? kindFor(ctx, key, topLevel),
    );
    entries[i] = { key, label: labelFor(ctx, key), value };
  }
  ctx.ancestors.delete(raw);
  return entries;
}

function numberValue(
  ctx: Context,
  raw: unknown,
  path: string,
  depth: number,
  kind: 'number' | 'count' | 'minutes',
): MetaValue {
  const value = kind === 'minutes' ? parseMinutes(raw) : kind === 'count' ? parseCount(raw) : parseNumber(raw);
  if (value !== undefined) {
    const text = kind === 'minutes' ? ctx.fmt.minutes.format(value) : ctx.fmt.count.format(value);
    return { kind: 'number', value, text };
  }
  if (typeof raw === 'object') return genericValue(ctx, raw, path, depth, false);
  report(ctx, path, 'invalid-number', raw);
  return invalidText(rawText(ctx, raw, path));
}

function booleanValue(ctx: Context, raw: unknown, path: string, depth: number): MetaValue {
  const value = parseBoolean(raw);
  if (value !== undefined) return { kind: 'boolean', value, text: value ? ctx.messages.yes : ctx.messages.no };
  if (typeof raw === 'object') return genericValue(ctx, raw, path, depth, false);
  report(ctx, path, 'invalid-boolean', raw);
  return invalidText(rawText(ctx, raw, path));
}

function dateValue(ctx: Context, raw: unknown, path: string, depth: number): MetaValue {
  const parsed =
    raw instanceof Date
      ? Number.isNaN(raw.getTime())
        ? undefined
        : { dateTime: raw.toISOString(), epoch: raw.getTime(), hasTime: true }
      : parseDate(raw);
  if (parsed) {
    const formatter = parsed.hasTime ? ctx.fmt.dateTime : ctx.fmt.date;
    return { kind: 'date', dateTime: parsed.dateTime, text: formatter.format(parsed.epoch) };
  }
  if (raw !== null && typeof raw === 'object' && !(raw instanceof Date)) {
    return genericValue(ctx, raw, path, depth, false);
  }
  report(ctx, path, 'invalid-date', raw);
  return invalidText(raw instanceof Date ? 'Invalid date value' : rawText(ctx, raw, path));
}

function urlValue(ctx: Context, raw: unknown, path: string, depth: number): MetaValue {
  if (typeof raw !== 'string') return genericValue(ctx, raw, path, depth, false);
  const verdict = checkUrl(raw);
  if (verdict?.safe) return { kind: 'link', href: verdict.href, text: raw.trim() };
  report(ctx, path, 'unsafe-url', raw);
  return invalidText(raw);
}

const BROKEN_JSON: MetaText = { kind: 'text', text: '', invalid: true };

/**
 * A string field that may hold a JSON array or a delimited list. JSON that does not parse is
 * not split (its pieces would be meaningless): it comes back as `BROKEN_JSON`.
 */
function listSource(ctx: Context, raw: unknown, path: string, commas: boolean): unknown {
  if (typeof raw !== 'string') return raw;
  const parsed = parseJsonText(ctx, raw, path, true);
  if (parsed !== undefined) return parsed;
  const first = raw.trimStart()[0];
  return first === '[' || first === '{' ? BROKEN_JSON : splitItems(raw, commas);
}

function tagsValue(ctx: Context, raw: unknown, path: string, depth: number): MetaValue {
  const source = listSource(ctx, raw, path, true);
  if (source === BROKEN_JSON) return invalidText(raw as string);
  if (!Array.isArray(source)) return genericValue(ctx, source, path, depth, false);
  const tags: string[] = [];
  for (const item of source) {
    if (typeof item === 'string') {
      if (item.trim() !== '') tags.push(item.trim());
    } else if (typeof item === 'number' && Number.isFinite(item)) {
      tags.push(ctx.fmt.plain.format(item));
    } else if (item !== null && item !== undefined) {
      // Objects or odd values inside tags: render the whole value generically so nothing is lost.
      report(ctx, path, 'invalid-type');
      return genericList(ctx, source, path, depth);
    }
  }
  return { kind: 'tags', tags };
}

function listValue(ctx: Context, raw: unknown, path: string, depth: number): MetaValue {
  const source = listSource(ctx, raw, path, false);
  if (source === BROKEN_JSON) return invalidText(raw as string);
  return Array.isArray(source) ? genericList(ctx, source, path, depth) : genericValue(ctx, source, path, depth, false);
}

const CHECKBOX = /^\s*(?:[•*-]\s*)?\[([ xX✓✔]?)\]\s*/;
const LABEL_KEYS = ['label', 'text', 'title', 'name', 'task'];
const DONE_KEYS = ['done', 'checked', 'completed', 'complete'];

function checklistValue(ctx: Context, raw: unknown, path: string, depth: number): MetaValue {
  const source = listSource(ctx, raw, path, false);
  if (source === BROKEN_JSON) return invalidText(raw as string);
  if (!Array.isArray(source)) return genericValue(ctx, source, path, depth, false);
  const items: ChecklistItem[] = [];
  for (let i = 0; i < source.length; i++) {
    const item = checklistItem(ctx, source[i], childPath(path, i));
    if (item) items.push(item);
  }
  return { kind: 'checklist', items };
}

function checklistItem(ctx: Context, raw: unknown, path: string): ChecklistItem | undefined {
  if (raw === null || raw === undefined || raw === '') return undefined;
  if (typeof raw === 'string') {
    const box = CHECKBOX.exec(raw);
    if (!box) return { label: raw.trim() };
    return { label: raw.slice(box[0].length).trim(), done: box[1] !== '' && box[1] !== ' ' };
  }
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { label: typeof raw === 'number' ? ctx.fmt.plain.format(raw) : rawText(ctx, raw, path) };
  }
  const record = raw as Record<string, unknown>;
  const labelKey = LABEL_KEYS.find((key) => typeof record[key] === 'string');
  const doneKey = DONE_KEYS.find((key) => Object.hasOwn(record, key));
  if (labelKey) {
    // Everything but the one label and the one state is reported, so nothing is dropped silently.
    reportUnused(ctx, record, new Set([labelKey, ...(doneKey ? [doneKey] : [])]), path);
  }
  const item: ChecklistItem = { label: labelKey ? (record[labelKey] as string) : jsonText(ctx, raw, path) };
  if (!labelKey) {
    report(ctx, path, 'invalid-type');
  }
  if (doneKey) {
    const done = parseBoolean(record[doneKey]);
    if (done === undefined) {
      report(ctx, childPath(path, doneKey), 'invalid-boolean');
    } else {
      item.done = done;
    }
  }
  return item;
}

function flagsValue(ctx: Context, raw: unknown, path: string, depth: number): MetaValue {
  const source = listSource(ctx, raw, path, true);
  if (source === BROKEN_JSON) return invalidText(raw as string);
  if (Array.isArray(source) && source.every((item) => typeof item === 'string')) {
    // A list of flag names: each one is on.
    return {
      kind: 'record',
      entries: source.map((name) => {
        const key = canonicalKey(name);
        // The name is the only record of the flag: keep it as written unless it is already a plain key.
        const label = ctx.labels.get(key) ?? (name === key ? humanizeKey(key) : name);
        return { key, label, value: { kind: 'boolean', value: true, text: ctx.messages.yes } };
      }),
    };
  }
  if (source === null || typeof source !== 'object' || Array.isArray(source)) {
    return genericValue(ctx, source, path, depth, false);
  }
  // An object of flags: every value is a boolean (objects inside go through the generic renderer).
  return { kind: 'record', entries: normalizeEntries(ctx, source, path, depth, false, 'boolean') };
}

const NAME_KEYS = ['name', 'label', 'key', 'title'];
const VALUE_KEYS = ['value', 'score', 'val'];

/** Reports keys of a score record other than its name, its value and `max`. */
function reportUnusedScoreKeys(
  ctx: Context,
  record: object,
  nameKey: string | undefined,
  valueKey: string,
  path: string,
) {
  const used = new Set([valueKey, 'max']);
  if (nameKey) used.add(nameKey);
  reportUnused(ctx, record, used, path);
}

function scoresValue(ctx: Context, raw: unknown, path: string): MetaValue {
  const source = typeof raw === 'string' ? (parseJsonText(ctx, raw, path, true) ?? raw) : raw;
  if (source === null || typeof source !== 'object') {
    // A single score: one item named after the field.
    const scores = [scoreItem(ctx, 'score', 'Score', source, undefined, path)];
    return { kind: 'scores', scores };
  }
  ctx.ancestors.add(source);
  const scores: ScoreItem[] = [];
  if (Array.isArray(source)) {
    for (let i = 0; i < source.length; i++) {
      const item: unknown = source[i];
      const itemPath = childPath(path, i);
      if (item !== null && typeof item === 'object' && !Array.isArray(item)) {
        const record = item as Record<string, unknown>;
        const nameKey = NAME_KEYS.find((key) => typeof record[key] === 'string');
        const valueKey = VALUE_KEYS.find((key) => Object.hasOwn(record, key)) ?? 'value';
        reportUnusedScoreKeys(ctx, record, nameKey, valueKey, itemPath);
        const name = nameKey ? (record[nameKey] as string) : `Score ${i + 1}`;
        if (!nameKey) report(ctx, itemPath, 'missing-title');
        const key = canonicalKey(name);
        scores.push(
          scoreItem(ctx, key, labelFor(ctx, key), record[valueKey], record.max, childPath(itemPath, valueKey)),
        );
      } else {
        const name = `Score ${i + 1}`;
        scores.push(scoreItem(ctx, canonicalKey(name), name, item, undefined, itemPath));
      }
    }
  } else {
    for (const sourceKey of Object.keys(source)) {
      const key = canonicalKey(sourceKey);
      const itemPath = childPath(path, sourceKey);
      let value = readKey(ctx, source, sourceKey, itemPath);
      let max: unknown;
      if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
        const record = value as Record<string, unknown>;
        const valueKey = VALUE_KEYS.find((k) => Object.hasOwn(record, k)) ?? 'value';
        reportUnusedScoreKeys(ctx, record, undefined, valueKey, itemPath);
        max = record.max;
        value = record[valueKey];
      }
      scores.push(scoreItem(ctx, key, labelFor(ctx, key), value, max, itemPath));
    }
  }
  ctx.ancestors.delete(source);
  return { kind: 'scores', scores };
}

const RATIO = /^\s*(-?[\d.,]+)\s*\/\s*([\d.,]+)\s*$/;
const PERCENT = /^\s*(-?[\d.,]+)\s*%\s*$/;

function scoreItem(ctx: Context, key: string, label: string, raw: unknown, rawMax: unknown, path: string): ScoreItem {
  let value: number | undefined;
  let max: number | undefined;
  if (typeof raw === 'string') {
    const ratio = RATIO.exec(raw);
    const percent = PERCENT.exec(raw);
    if (ratio) {
      value = parseNumber(ratio[1]);
      max = parseNumber(ratio[2]);
    } else if (percent) {
      value = parseNumber(percent[1]);
      max = 100;
    } else {
      value = parseNumber(raw);
    }
  } else {
    value = parseNumber(raw);
  }
  if (value === undefined) {
    const text = raw === null || raw === undefined || raw === '' ? '—' : rawText(ctx, raw, path);
    report(ctx, path, 'invalid-score', raw);
    return { key, label, text };
  }
  if (rawMax !== undefined && max === undefined) max = parseNumber(rawMax);
  if (max === undefined || max <= 0) {
    if (rawMax !== undefined) {
      report(ctx, path, 'invalid-score');
    }
    max = 100;
  }
  let clamped = value;
  if (value < 0 || value > max) {
    clamped = value < 0 ? 0 : max;
    report(ctx, path, 'score-out-of-range', value);
  }
  const ratio = clamped / max;
  const shown = ctx.fmt.count.format(clamped);
  // Out of 100 the number speaks for itself; any other scale is shown with it ("7/10").
  const text = max === 100 ? shown : `${shown}/${ctx.fmt.count.format(max)}`;
  return {
    key,
    label,
    text,
    meter: {
      value: clamped,
      min: 0,
      max,
      ratio,
      level: ratio < 0.4 ? 'low' : ratio < 0.7 ? 'mid' : 'high',
      valueText: ctx.messages.outOf(shown, ctx.fmt.count.format(max)),
    },
  };
}

/** Applies `order` and `hidden` to the top-level entries. */
export function arrange(ctx: Context, entries: MetaEntry[]): MetaEntry[] {
  let result = entries;
  if (ctx.order.length > 0) {
    const rank = new Map(ctx.order.map((key, index) => [key, index]));
    const first = entries
      .filter((entry) => rank.has(entry.key))
      .sort((a, b) => (rank.get(a.key) as number) - (rank.get(b.key) as number));
    result = first.concat(entries.filter((entry) => !rank.has(entry.key)));
  }
  if (ctx.hidden.size > 0) {
    result = result.map((entry) => (ctx.hidden.has(entry.key) ? { ...entry, hidden: true } : entry));
  }
  return result;
}

/** Meta entries of any raw meta value, reporting at `path`. */
export function metaFrom(ctx: Context, raw: unknown, path: string): ArticleMeta {
  let source = raw;
  if (typeof source === 'string') {
    const parsed = parseJsonText(ctx, source, path, true);
    if (parsed !== undefined) source = parsed;
  }
  if (source === null || source === undefined) return { entries: [] };
  if (typeof source !== 'object' || Array.isArray(source)) {
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
  report(ctx, 'meta', 'unreadable-value');
  return { entries: [{ key: 'meta', label: 'Meta', value: invalidText(jsonText(ctx, raw, 'meta')) }] };
}
