/** The meta object: its entries in source order, then `order` and `hidden` applied. */
import type { ArticleMeta, MetaEntry, MetaValue, NormalizeMetaResult, NormalizeOptions } from '../model/types.js';
import { groupEntries } from './groups.js';
import { isRecord } from './is.js';
import { invalid, report } from './issues.js';
import { BROKEN, parseJsonText } from './json.js';
import { humanizeKey } from './keys.js';
import { type Context, createContext } from './options.js';
import { normalizeValue, recordValue } from './value.js';

/** Applies `order` and `hidden` to the top-level entries. */
export function arrange(ctx: Context, entries: MetaEntry[]): MetaEntry[] {
  // `>>> 0` turns -1 (a key outside `order`) into 2^32 - 1: after every ordered key, with no branch.
  const rank = (entry: MetaEntry) => ctx.order.indexOf(entry.key) >>> 0;
  // Array.prototype.sort is stable: keys outside `order` keep their place after the ordered ones. It sorts
  // in place: every caller passes an array of its own (a record's fresh entries, or a `concat`).
  const sorted = ctx.order.length ? entries.sort((a, b) => rank(a) - rank(b)) : entries;
  return ctx.hidden.size
    ? sorted.map((entry) => (ctx.hidden.has(entry.key) ? { ...entry, hidden: true } : entry))
    : sorted;
}

/** Meta entries of any raw meta value (at the path `meta`). */
export function metaFrom(ctx: Context, raw: unknown, path = 'meta'): ArticleMeta {
  // A meta that is not a record is shown whole, as one field named after it.
  const whole = (value: MetaValue): ArticleMeta => ({ entries: [{ key: 'meta', label: humanizeKey('meta'), value }] });
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
    return whole(invalid(ctx, path, 'unreadable-value', ctx.messages.unreadable));
  }
  report(ctx, path, 'invalid-type');
  return whole(normalizeValue(ctx, source, path, 1));
}

/**
 * Normalizes a meta object alone. Never throws.
 * @example normalizeMeta({ readingTime: '12 min' }).meta.entries[0].value.text // "12 min"
 */
export function normalizeMeta(raw: unknown, options?: NormalizeOptions): NormalizeMetaResult {
  const ctx = createContext(options);
  const meta = metaFrom(ctx, raw);
  meta.groups = groupEntries(ctx, meta.entries);
  return { meta, issues: ctx.issues };
}
