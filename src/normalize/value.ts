/**
 * Value rules: one raw value into the model. The kind of its key decides first (single values,
 * lists, scores); anything else is read by its own type, built-ins such as Map and Set included.
 */
import type { MetaEntry, MetaList, MetaRecord, MetaValue } from '../model/types.js';
import { type Kind, kindFor, labelFor } from './fields.js';
import { imageValue } from './images.js';
import { childPath, invalid, report } from './issues.js';
import { BROKEN, jsonText, parseJsonText, rawText } from './json.js';
import { canonicalKey } from './keys.js';
import { cut } from './limits.js';
import { entitiesValue, listKind } from './lists.js';
import type { Context } from './options.js';
import { peopleValue } from './people.js';
import { booleanValue, dateValue, SCALAR_KINDS } from './scalars.js';
import { scoresValue } from './scores.js';
import { checkUrl, looksLikeAbsoluteUrl } from './url.js';

/** What a read that threw gives: `normalizeValue` shows it as a marker, with no second issue. */
export const UNREADABLE: unknown = {};

/** Reads one property; a getter or Proxy trap that throws is reported at `path` and read as `UNREADABLE`. */
export function readKey(ctx: Context, source: object, key: PropertyKey, path: string): unknown {
  try {
    return (source as Record<PropertyKey, unknown>)[key];
  } catch {
    report(ctx, path, 'unreadable-value');
    return UNREADABLE;
  }
}

/**
 * Normalizes one raw value. `depth` counts containers above it; `kind` comes from its key.
 * Whatever reading it throws (a Proxy trap, a getter inside) becomes a marker with an issue here,
 * and only here: its siblings and parents are not affected.
 */
export function normalizeValue(ctx: Context, raw: unknown, path: string, depth: number, kind?: Kind): MetaValue {
  ctx.budget--;
  if (raw === null || raw === undefined || raw === '') return ctx.empty;
  if (typeof raw !== 'object') return kindValue(ctx, raw, path, depth, kind);
  if (raw === UNREADABLE) return { kind: 'text', text: ctx.messages.unreadable, invalid: true };
  if (ctx.ancestors.has(raw)) return invalid(ctx, path, 'cycle', ctx.messages.circular);
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
    return invalid(ctx, path, 'unreadable-value', ctx.messages.unreadable);
  }
}

/** A score field's value is a score when it is structured: a record, a list, "58%", "7/10" or such JSON. */
const isScoreLike = (raw: unknown) => typeof raw === 'object' || (typeof raw === 'string' && /^\s*[[{]|[%/]/.test(raw));

function kindValue(ctx: Context, raw: unknown, path: string, depth: number, given?: Kind): MetaValue {
  const kind = given === 'score-or-number' ? (isScoreLike(raw) ? 'scores' : undefined) : given;
  if (kind === 'people') return peopleValue(ctx, raw, path, depth);
  if (kind === 'image') return imageValue(ctx, raw, path, depth);
  if (kind === 'entities') return entitiesValue(ctx, raw, path, depth);
  // An identifier on one line is code; anything else under such a key renders like any other value.
  if (kind === 'code') {
    return typeof raw === 'string' && raw.length <= 200 && /^(?![[{])[^\s:]+$/.test(raw)
      ? { kind: 'text', text: raw, code: true }
      : genericValue(ctx, raw, path, depth);
  }
  const scalar = kind && SCALAR_KINDS[kind];
  if (scalar) {
    const value = scalar.parse(ctx, raw);
    if (value) return value;
    // A URL field holding a number or a flag is not a URL problem: it renders like any other value.
    if (kind === 'url' ? typeof raw === 'string' : typeof raw !== 'object') {
      return invalid(ctx, path, scalar.code, rawText(ctx, raw, path), raw);
    }
  } else if (kind === 'scores') {
    return scoresValue(ctx, raw, path);
  } else if (kind && kind !== 'text') {
    return listKind(ctx, raw, path, depth, kind);
  }
  return genericValue(ctx, raw, path, depth, kind === 'text');
}

/**
 * Only text with a colon, or with an entity that may write one (`javascript&#58;`), can have a scheme:
 * the rest is neither a link nor a dangerous URL, and `checkUrl` need not read it.
 */
const MAY_HAVE_SCHEME = /[:&]/;
const DANGEROUS_SCHEMES = /* @__PURE__ */ new Set(['javascript', 'data', 'vbscript', 'file']);

export function genericValue(ctx: Context, raw: unknown, path: string, depth: number, textOnly?: boolean): MetaValue {
  switch (typeof raw) {
    case 'string': {
      if (textOnly) return { kind: 'text', text: raw };
      const parsed = parseJsonText(ctx, raw, path);
      if (parsed !== undefined && parsed !== BROKEN) return normalizeValue(ctx, parsed, path, depth);
      if (MAY_HAVE_SCHEME.test(raw)) {
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
        ? // `+ 0`: -0 becomes 0, in the text too ("0", never "-0").
          { kind: 'number', value: raw + 0, text: ctx.fmt.plain(raw + 0) }
        : invalid(ctx, path, 'invalid-number', ctx.messages.notFinite, raw);
    case 'boolean':
      return booleanValue(ctx, raw) as MetaValue;
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
  if (raw instanceof Date) return dateValue(ctx, raw) ?? invalid(ctx, path, 'invalid-date', ctx.messages.invalidDate);
  // Not JSON data: the built-ins are shown as what they hold.
  if (raw instanceof Map) return mapValue(ctx, raw, path, depth);
  if (raw instanceof Set) return listValue(ctx, raw, firstOf(raw, ctx.maxItems), raw.size, path, depth);
  // A typed array is a list of its numbers; raw bytes (ArrayBuffer, DataView) are named below, not listed.
  if (ArrayBuffer.isView(raw) && 'length' in raw) {
    const typed = raw as unknown as ArrayLike<unknown>;
    return listValue(ctx, raw, typed, typed.length, path, depth);
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
export function listValue(
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

function entryOf(ctx: Context, key: string, value: unknown, path: string, depth: number, kind?: Kind): MetaEntry {
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
  childKind?: Kind,
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
    const entry = entryOf(ctx, key, readKey(ctx, raw, sourceKey, entryPath), entryPath, depth, kind);
    // A platform's internals (`_links`, `@id`, `yoast_head_json`…) go last, out of the way, not lost.
    if (ctx.internal.test(sourceKey)) entry.internal = true;
    entries.push(entry);
  }
  ctx.ancestors.delete(raw);
  return cut(ctx, { kind: 'record', entries }, path, total, entries.length);
}
