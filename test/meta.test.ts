/**
 * The meta object itself (`normalizeMeta`): a record, JSON text of one, a meta that is no record,
 * its limit, and the `order` and `hidden` options.
 */
import { describe, expect, it } from 'vitest';
import { normalizeMeta } from '../src';

type Options = Parameters<typeof normalizeMeta>[1];

/** The meta (without its groups) and the issues as `[code, path]` pairs. */
function meta(raw: unknown, options?: Options) {
  const { meta: result, issues } = normalizeMeta(raw, options);
  const { groups: _groups, ...rest } = result;
  return { meta: rest, issues: issues.map((issue) => [issue.code, issue.path]) };
}

const number = (value: number) => ({ kind: 'number', value, text: String(value) });

describe('the meta as JSON text', () => {
  it('JSON text of an object is read as that object', () => {
    expect(meta('{"words": 1200}')).toStrictEqual({
      meta: { entries: [{ key: 'words', label: 'Words', value: number(1200) }] },
      issues: [],
    });
  });

  it('broken JSON text is shown whole as text, reported as broken JSON at `meta`', () => {
    expect(meta('{"a":')).toStrictEqual({
      meta: { entries: [{ key: 'meta', label: 'Meta', value: { kind: 'text', text: '{"a":' } }] },
      issues: [
        ['invalid-json', 'meta'],
        ['invalid-type', 'meta'],
      ],
    });
  });
});

describe('a meta that is no record', () => {
  it('is shown whole, as one field named Meta, with an issue', () => {
    expect(meta(42)).toStrictEqual({
      meta: { entries: [{ key: 'meta', label: 'Meta', value: number(42) }] },
      issues: [['invalid-type', 'meta']],
    });
  });

  it('no meta at all has no entries and no issue', () => {
    expect(meta(null)).toStrictEqual({ meta: { entries: [] }, issues: [] });
    expect(meta(undefined)).toStrictEqual({ meta: { entries: [] }, issues: [] });
  });
});

describe('limits', () => {
  it('a meta within maxEntries has no `omitted` key at all', () => {
    const result = normalizeMeta({ a: 1, b: 2 }, { maxEntries: 2 }).meta;
    expect(result.entries.map((entry) => entry.key)).toEqual(['a', 'b']);
    expect(result).not.toHaveProperty('omitted');
  });

  it('past maxEntries the fields left out are counted', () => {
    expect(meta({ a: 1, b: 2, c: 3 }, { maxEntries: 2 })).toStrictEqual({
      meta: {
        entries: [
          { key: 'a', label: 'A', value: number(1) },
          { key: 'b', label: 'B', value: number(2) },
        ],
        omitted: 1,
      },
      issues: [['truncated', 'meta']],
    });
  });
});

describe('order and hidden', () => {
  it('keys in `order` come first, in that order; the rest keep their source order', () => {
    const result = normalizeMeta({ a: 1, b: 2, c: 3, d: 4 }, { order: ['d', 'b'] }).meta;
    expect(result.entries.map((entry) => entry.key)).toEqual(['d', 'b', 'a', 'c']);
  });

  it('hidden keys stay in the model, marked hidden, in their place', () => {
    const result = normalizeMeta({ a: 1, b: 2 }, { hidden: ['a'] }).meta;
    expect(result.entries).toStrictEqual([
      { key: 'a', label: 'A', value: number(1), hidden: true },
      { key: 'b', label: 'B', value: number(2) },
    ]);
  });
});
