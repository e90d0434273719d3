/** The meta object: its entries in source order, then `order` and `hidden` applied. */
import type { ArticleMeta, MetaEntry, NormalizeMetaResult, NormalizeOptions } from '../model/types.js';
import { isRecord } from './is.js';
import { invalid, report } from './issues.js';
import { BROKEN, parseJsonText } from './json.js';
import { canonicalKey, humanizeKey } from './keys.js';
import { type Context, createContext } from './options.js';
import { normalizeValue, recordValue } from './value.js';

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
    const value = invalid(ctx, path, 'unreadable-value', ctx.messages.unreadable);
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
