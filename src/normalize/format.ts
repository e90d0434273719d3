/** Intl formatters, created once per locale. Dates are always formatted in UTC. */

export interface Formatters {
  locale: string;
  /** Grouped integers and decimals: "220,832". */
  count: Intl.NumberFormat;
  /** Ungrouped numbers for ids, years and seeds: "9936". */
  plain: Intl.NumberFormat;
  /** "12 min". */
  minutes: Intl.NumberFormat;
  date: Intl.DateTimeFormat;
  dateTime: Intl.DateTimeFormat;
}

const cache = new Map<string, Formatters>();

/** Returns the formatters for `locale`, or `undefined` when the locale is not valid. */
export function getFormatters(locale: string): Formatters | undefined {
  const cached = cache.get(locale);
  if (cached) return cached;
  let formatters: Formatters;
  try {
    formatters = {
      locale,
      count: new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }),
      plain: new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 20 }),
      minutes: new Intl.NumberFormat(locale, {
        style: 'unit',
        unit: 'minute',
        unitDisplay: 'short',
        maximumFractionDigits: 1,
      }),
      date: new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }),
      dateTime: new Intl.DateTimeFormat(locale, {
        dateStyle: 'medium',
        timeStyle: 'short',
        timeZone: 'UTC',
      }),
    };
  } catch {
    return undefined;
  }
  if (cache.size < 50) cache.set(locale, formatters);
  return formatters;
}
