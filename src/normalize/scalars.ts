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
  /** `YYYY-MM-DD` for dates, a full UTC ISO string for date-times, `YYYY-MM-DDTHH:MM:SS` for floating ones. */
  dateTime: string;
  /** The instant; for a floating local time, its wall-clock time read as UTC (so it formats as written). */
  epoch: number;
  hasTime: boolean;
}

const ISO = /^(\d{4})-(\d\d)-(\d\d)(?:[T ](\d\d):(\d\d)(?::(\d\d)(?:\.(\d{1,9}))?)?\s*(Z|[+-]\d\d(?::?\d\d)?)?)?$/i;
/** RFC 2822 (RSS `pubDate`) and day-first English dates: "Thu, 10 Feb 2022 10:49:12 +0000", "1 July 2022". */
const DAY_FIRST =
  /^(?:[a-z]{3},?\s+)?(\d{1,2})\s+([a-z]{3,9})\.?,?\s+(\d{4})(?:,?\s+(\d\d?):(\d\d)(?::(\d\d))?\s*([+-]\d{4}|[a-z]{1,3})?)?$/i;
/** Month-first English dates: "Jul 01 2022", "July 1, 2022", "Sep 3rd, 2024". */
const MONTH_FIRST = /^(?:[a-z]{3},?\s+)?([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/i;
// A literal list, not "…".split(' '): a call at module level would keep this file in every bundle.
const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
/** Zone names RFC 2822 allows, as minutes east of UTC. */
const ZONES: Record<string, number> = {
  z: 0,
  ut: 0,
  utc: 0,
  gmt: 0,
  est: -300,
  edt: -240,
  cst: -360,
  cdt: -300,
  mst: -420,
  mdt: -360,
  pst: -480,
  pdt: -420,
};

/** The number (1-12) of an English month name or its abbreviation of three letters or more. */
const monthOf = (name: string): number => {
  const lower = name.toLowerCase();
  return MONTHS.findIndex((month) => month.startsWith(lower) && lower.length >= 3) + 1;
};

/**
 * ISO 8601 dates and date-times, RFC 2822 dates (RSS) and English month-name dates. A date-time with a
 * zone is an instant, converted to UTC; without one it is a floating local time, kept as written.
 */
export function parseDate(raw: unknown): ParsedDate | undefined {
  if (typeof raw !== 'string') return;
  const text = raw.trim();
  let parts: string[] | undefined;
  let zone: string | undefined;
  const iso = ISO.exec(text);
  if (iso) {
    parts = iso.slice(1, 8);
    zone = iso[8];
  } else {
    const dayFirst = DAY_FIRST.exec(text);
    const monthFirst = dayFirst ? undefined : MONTH_FIRST.exec(text);
    const [day, month, year] = dayFirst
      ? dayFirst.slice(1, 4)
      : monthFirst
        ? [monthFirst[2], monthFirst[1], monthFirst[3]]
        : [];
    if (!month || !monthOf(month)) return;
    parts = [year, String(monthOf(month)).padStart(2, '0'), day.padStart(2, '0'), ...(dayFirst?.slice(4, 7) ?? [])];
    if (parts[3]) parts[3] = parts[3].padStart(2, '0');
    zone = dayFirst?.[7];
    if (zone && /^[a-z]+$/i.test(zone) && !Object.hasOwn(ZONES, zone.toLowerCase())) return;
  }
  // An absent part reads as '' (`+''` is 0).
  const [year, month, day, hour = '', minute = '', second = '', fraction = ''] = parts;
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0-99 as 19xx.
  const at = new Date(0);
  at.setUTCFullYear(+year, +month - 1, +day);
  let epoch = at.setUTCHours(+hour, +minute, +second, +fraction.slice(0, 3).padEnd(3, '0'));
  // Out-of-range parts roll over ("02-30" becomes March 1, month 13 the next year): such a value does
  // not read back as the same day and year. Year 0000 is not a date of the contract (1 to 9999 are).
  if (!+year || +hour > 23 || +minute > 59 || +second > 59 || at.getUTCDate() !== +day || at.getUTCFullYear() !== +year)
    return;
  const date = `${year}-${month}-${day}`;
  if (!hour) return { dateTime: date, epoch, hasTime: false };
  // No zone: a floating local time (WordPress `date` is the site's local time), shown as written.
  if (!zone) return { dateTime: `${date}T${hour}:${minute}:${second || '00'}`, epoch, hasTime: true };
  // "Z" and zone names have no digits; "+05", "+0530" and "+05:30" do.
  const named = ZONES[zone.toLowerCase()];
  const digits = zone.slice(1).replace(':', '');
  const offset = named ?? (zone[0] === '-' ? -1 : 1) * (+digits.slice(0, 2) * 60 + +digits.slice(2));
  if (Math.abs(offset) > 18 * 60) return;
  epoch -= offset * 60_000;
  const utc = new Date(epoch);
  const utcYear = utc.getUTCFullYear();
  if (utcYear < 1 || utcYear > 9999) return;
  return { dateTime: utc.toISOString(), epoch, hasTime: true };
}

/**
 * Epoch time under a date key (HN `time: 1203647620`): seconds or milliseconds, told apart by size and
 * read only in a plausible range (1973 to 2100), so an id or a count is never taken for a date.
 */
function epochDate(raw: unknown): ParsedDate | undefined {
  const n = typeof raw === 'string' && /^\d{10}(?:\d{3})?$/.test(raw.trim()) ? +raw : raw;
  if (typeof n !== 'number' || !Number.isInteger(n)) return;
  const ms = n >= 1e8 && n < 4.1e9 ? n * 1000 : n >= 1e11 && n < 4.1e12 ? n : undefined;
  if (ms !== undefined) return { dateTime: new Date(ms).toISOString(), epoch: ms, hasTime: true };
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
      : (parseDate(raw) ?? epochDate(raw));
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
