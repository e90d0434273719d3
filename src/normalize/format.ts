/** Intl formatters, created once per locale. Dates are always formatted in UTC. */

import { remembered } from './memo.js';

/** An Intl formatter's `format`, with its results remembered: scores, counts and minutes repeat a lot. */
export type CachedFormat = (value: number) => string;

const remember = (formatter: Intl.NumberFormat | Intl.DateTimeFormat): CachedFormat =>
  remembered((value: number) => formatter.format(value), 2000);

export interface Formatters {
  /** Grouped integers and decimals: "220,832". */
  count: CachedFormat;
  /** Ungrouped numbers for ids, years and seeds: "9936". */
  plain: CachedFormat;
  /** "12 min". */
  minutes: CachedFormat;
  date: CachedFormat;
  dateTime: CachedFormat;
}

/** Returns the formatters for `locale`, or `undefined` when the locale is not valid (remembered per locale). */
export const getFormatters = /* @__PURE__ */ remembered(formatters, 50);

function formatters(locale: string): Formatters | undefined {
  try {
    return {
      count: remember(new Intl.NumberFormat(locale, { maximumFractionDigits: 2 })),
      plain: remember(new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 20 })),
      // `unitDisplay` is left at its default, 'short' ("12 min").
      minutes: remember(new Intl.NumberFormat(locale, { style: 'unit', unit: 'minute', maximumFractionDigits: 1 })),
      date: remember(new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' })),
      dateTime: remember(new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' })),
    };
  } catch {
    return undefined;
  }
}
