import { describe, expect, it } from 'vitest';
import { normalizeMeta } from '../src';
import { entryValue } from './helpers';

// Formatters are made once per locale and kept: each test here is the first to use its locale.
const texts = (locale: string) => {
  const { meta, issues } = normalizeMeta(
    { view_count: 1234.5678, id: 1234567, ratio: 0.123456789, published: '2024-12-12' },
    { locale },
  );
  expect(issues).toEqual([]);
  return ['view_count', 'id', 'ratio', 'published'].map((key) => {
    const value = entryValue(meta.entries, key);
    return 'text' in value ? value.text : value.kind;
  });
};

describe('formatting numbers and dates for the locale', () => {
  it('en-US: counts grouped with two decimals at most, ids and other numbers ungrouped and in full, medium dates', () => {
    expect(texts('en-US')).toEqual(['1,234.57', '1234567', '0.123456789', 'Dec 12, 2024']);
  });

  it('en-GB: the same rules, the day before the month', () => {
    expect(texts('en-GB')).toEqual(['1,234.57', '1234567', '0.123456789', '12 Dec 2024']);
  });

  it('de-DE: its separators, still no grouping in ids', () => {
    expect(texts('de-DE')).toEqual(['1.234,57', '1234567', '0,123456789', '12.12.2024']);
  });
});
