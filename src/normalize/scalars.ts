/**
 * Single values: numbers, counts, minutes, booleans, dates and URLs. Each parser returns `undefined`
 * when the value does not parse; `SCALAR_KINDS` turns a parsed value into the model, or names the issue.
 */
import type { MetaIssueCode } from '../model/issues.js';
import type { FieldKind, MetaValue } from '../model/types.js';
import type { CachedFormat } from './format.js';
import type { Context } from './options.js';
import { checkUrl } from './url.js';

const GROUPED = /^[+-]?\d{1,3}(?:[,\u00a0\u202f ]\d{3})+(?:\.\d+)?$/;
const PLAIN = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

/** "220,832", "1 024", "3.5", "-2" → number. */
export function parseNumber(raw: unknown): number | undefined {
  if (typeof raw === 'number') return finite(raw);
  if (typeof raw !== 'string') return undefined;
  const text = raw.trim().replace(/_/g, '');
  if (PLAIN.test(text)) return finite(Number(text));
  if (GROUPED.test(text)) return finite(Number(text.replace(/[,\u00a0\u202f ]/g, '')));
  return undefined;
}

function finite(n: number): number | undefined {
  // `+ 0` turns -0 into 0, so no zero is ever shown as "-0".
  return Number.isFinite(n) ? n + 0 : undefined;
}

const SUFFIX: Record<string, number> = { k: 1e3, m: 1e6, b: 1e9 };
const COUNT = /^\s*([\d.,\u00a0\u202f ]+?)\s*(?:([kmb])\b)?\s*(?:views?|reads?|hits?|visits?|times)?\s*$/i;
const ISO_DURATION = /^pt(?:(\d+(?:\.\d+)?)h)?(?:(\d+(?:\.\d+)?)m)?(?:(\d+(?:\.\d+)?)s)?$/;
const HOURS_MINUTES =
  /^(?:(\d+(?:\.\d+)?)\s*h(?:ours?|rs?)?)?\s*(?:(\d+(?:\.\d+)?)\s*m(?:in(?:ute)?s?)?)?(?:\s*read)?$/;

/**
 * A number that is not negative, or a string that `words` reads ("1.2k", "12 min"): what counts and
 * minutes share (a negative one does not parse).
 */
function nonNegative(raw: unknown, words: (text: string) => number | undefined): number | undefined {
  const direct = parseNumber(raw);
  if (direct !== undefined) return direct >= 0 ? direct : undefined;
  if (typeof raw === 'string') return words(raw);
}

/** "1.2k", "3M views", "220 views": a k/m/b suffix, then optionally a word that names a count. */
function countWords(text: string): number | undefined {
  const [, digits, suffix] = COUNT.exec(text) ?? [];
  const base = parseNumber(digits);
  if (base !== undefined) return Math.round(base * (suffix ? SUFFIX[suffix.toLowerCase()] : 1));
}

/** "12 min", "12 minutes", "1h 30m", "PT12M". */
function minuteWords(raw: string): number | undefined {
  const text = raw.trim().toLowerCase();
  // An absent part reads as '', and `+''` is 0.
  const [, isoHours = '', isoMinutes = '', isoSeconds = ''] = ISO_DURATION.exec(text) ?? [];
  if (isoHours || isoMinutes || isoSeconds) return +isoHours * 60 + +isoMinutes + +isoSeconds / 60;
  const [, hours = '', minutes = ''] = HOURS_MINUTES.exec(text) ?? [];
  if (hours || minutes) return +hours * 60 + +minutes;
}

/** A count: a number, or "220,832", "1.2k", "3M views". Negative counts do not parse. */
export const parseCount = (raw: unknown): number | undefined => nonNegative(raw, countWords);

/** Minutes: 12, "12", "12 min", "12 minutes", "1h 30m", "PT12M". */
export const parseMinutes = (raw: unknown): number | undefined => nonNegative(raw, minuteWords);

/** The words of a flag, in lower case. */
const BOOLEAN_WORDS: Record<string, boolean> = {
  1: true,
  true: true,
  yes: true,
  y: true,
  on: true,
  0: false,
  false: false,
  no: false,
  n: false,
  off: false,
};

/** 1/0, "1"/"0", true/false, "true"/"false", "yes"/"no" (any case). */
export function parseBoolean(raw: unknown): boolean | undefined {
  if (typeof raw === 'boolean') return raw;
  // The numbers 1 and 0 (and -0) read as the words "1" and "0"; no other number is in the table.
  const word = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim().toLowerCase() : '';
  return Object.hasOwn(BOOLEAN_WORDS, word) ? BOOLEAN_WORDS[word] : undefined;
}

export interface ParsedDate {
  /** `YYYY-MM-DD` for dates, full UTC ISO string for date-times. */
  dateTime: string;
  epoch: number;
  hasTime: boolean;
}

const DATE = /^(\d{4})-(\d\d)-(\d\d)(?:[T ](\d\d):(\d\d)(?::(\d\d)(?:\.(\d{1,9}))?)?\s*(Z|[+-]\d\d(?::?\d\d)?)?)?$/i;

/** ISO 8601 dates and date-times (a date-time without a zone is read as UTC). */
export function parseDate(raw: unknown): ParsedDate | undefined {
  const match = typeof raw === 'string' ? DATE.exec(raw.trim()) : null;
  if (!match) return;
  // An absent part reads as '' (`+''` is 0); a date-time without a zone is UTC.
  const [text, year, month, day, hour = '', minute = '', second = '', fraction = '', zone = 'Z'] = match;
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0-99 as 19xx.
  const at = new Date(0);
  at.setUTCFullYear(+year, +month - 1, +day);
  let epoch = at.setUTCHours(+hour, +minute, +second, +fraction.slice(0, 3).padEnd(3, '0'));
  // Out-of-range parts roll over ("02-30" becomes March 1, month 13 the next year): such a value does
  // not read back as the same day and year. Year 0000 is not a date of the contract (1 to 9999 are).
  if (!+year || +hour > 23 || +minute > 59 || +second > 59 || at.getUTCDate() !== +day || at.getUTCFullYear() !== +year)
    return;
  if (!hour) return { dateTime: text, epoch, hasTime: false };
  // "Z" has no digits; "+05", "+0530" and "+05:30" do.
  const digits = zone.slice(1).replace(':', '');
  const offset = +digits.slice(0, 2) * 60 + +digits.slice(2);
  if (offset > 18 * 60) return;
  epoch -= (zone[0] === '-' ? -1 : 1) * offset * 60_000;
  const utc = new Date(epoch);
  const utcYear = utc.getUTCFullYear();
  if (utcYear < 1 || utcYear > 9999) return;
  return { dateTime: utc.toISOString(), epoch, hasTime: true };
}

export const numberValue = (value: number | undefined, format: CachedFormat): MetaValue | undefined =>
  value === undefined ? undefined : { kind: 'number', value, text: format(value) };

export const booleanValue = (ctx: Context, value: boolean | undefined): MetaValue | undefined =>
  value === undefined ? undefined : { kind: 'boolean', value, text: value ? ctx.messages.yes : ctx.messages.no };

/** A `Date` object or a date string, formatted in UTC; `undefined` when it holds no date. */
export function dateValue(ctx: Context, raw: unknown): MetaValue | undefined {
  const parsed =
    raw instanceof Date
      ? !Number.isNaN(raw.getTime()) && { dateTime: raw.toISOString(), epoch: raw.getTime(), hasTime: true }
      : parseDate(raw);
  if (parsed) {
    const formatter = parsed.hasTime ? ctx.fmt.dateTime : ctx.fmt.date;
    return { kind: 'date', dateTime: parsed.dateTime, text: formatter(parsed.epoch) };
  }
}

/** A string that `checkUrl` finds safe, as a link whose text is its href. */
export function linkValue(raw: unknown): MetaValue | undefined {
  const verdict = typeof raw === 'string' ? checkUrl(raw) : undefined;
  if (verdict?.safe) return { kind: 'link', href: verdict.href, text: verdict.href };
}

interface ScalarKind {
  parse: (ctx: Context, raw: unknown) => MetaValue | undefined;
  /** The issue when a value of this kind does not parse. */
  code: MetaIssueCode;
}

/** The single-value kinds of a field: how each parses, and the issue when it does not. */
export const SCALAR_KINDS: Partial<Record<FieldKind, ScalarKind>> = {
  number: { parse: (ctx, raw) => numberValue(parseNumber(raw), ctx.fmt.count), code: 'invalid-number' },
  count: { parse: (ctx, raw) => numberValue(parseCount(raw), ctx.fmt.count), code: 'invalid-number' },
  minutes: { parse: (ctx, raw) => numberValue(parseMinutes(raw), ctx.fmt.minutes), code: 'invalid-number' },
  boolean: { parse: (ctx, raw) => booleanValue(ctx, parseBoolean(raw)), code: 'invalid-boolean' },
  date: { parse: dateValue, code: 'invalid-date' },
  url: { parse: (_, raw) => linkValue(raw), code: 'unsafe-url' },
};
