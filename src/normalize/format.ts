/** Intl formatters, created once per locale. Dates are always formatted in UTC. */

/** An Intl formatter with its results remembered: scores, counts and minutes repeat a lot. */
export interface CachedFormat {
  format(value: number): string;
}

function remember(formatter: Intl.NumberFormat | Intl.DateTimeFormat): CachedFormat {
  const results = new Map<number, string>();
  return {
    format(value) {
      let text = results.get(value);
      if (text === undefined) {
        text = formatter.format(value);
        if (results.size < 2000) results.set(value, text);
      }
      return text;
    },
  };
}

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

const cache = new Map<string, Formatters>();

/** Returns the formatters for `locale`, or `undefined` when the locale is not valid. */
export function getFormatters(locale: string): Formatters | undefined {
  const cached = cache.get(locale);
  if (cached) return cached;
  let formatters: Formatters;
  try {
    formatters = {
      count: remember(new Intl.NumberFormat(locale, { maximumFractionDigits: 2 })),
      plain: remember(new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 20 })),
      minutes: remember(
        new Intl.NumberFormat(locale, {
          style: 'unit',
          unit: 'minute',
          unitDisplay: 'short',
          maximumFractionDigits: 1,
        }),
      ),
      date: remember(new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' })),
      dateTime: remember(new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' })),
    };
  } catch {
    return undefined;
  }
  if (cache.size < 50) cache.set(locale, formatters);
  return formatters;
}
