import { describe, expect, it } from 'vitest';
import { type StringifyFindings, safeStringify } from '../src/normalize/stringify';

// The bounded JSON-like text the normalizer shows for a value of the wrong type. Tested directly: through the
// public API the limits come from the options and the values already spent, which hides the exact cuts.
const roomy = { maxItems: 100, maxEntries: 100, maxValues: 1000 };
const write = (value: unknown, limits = roomy) => {
  const findings: StringifyFindings = {};
  return { text: safeStringify(value, limits, findings), findings };
};

describe('values JSON cannot write', () => {
  it('writes a bigint as its digits', () => {
    expect(write([10n, -3n])).toEqual({ text: '[10,-3]', findings: {} });
  });

  it('names a symbol and a function as strings', () => {
    expect(write([Symbol('s'), () => 1]).text).toBe('["Symbol(s)","[Function]"]');
  });

  it('writes undefined as null, alone or in a list', () => {
    expect(write(undefined).text).toBe('null');
    expect(write([undefined, 1]).text).toBe('[null,1]');
  });

  it('writes an empty list as a list and an empty object as an object', () => {
    expect(write({ a: [], b: {} }).text).toBe('{"a":[],"b":{}}');
  });
});

describe('objects that are not plain', () => {
  it('writes what toJSON returns, as JSON.stringify does', () => {
    expect(write({ at: new Date('2020-01-02T03:04:05.000Z') }).text).toBe('{"at":"2020-01-02T03:04:05.000Z"}');
  });

  it('writes a Map as its entries and a Set as its values', () => {
    expect(write([new Map([['a', 1]]), new Set([2, 3])]).text).toBe('[[["a",1]],[2,3]]');
  });

  it('marks an object whose toJSON throws as unreadable', () => {
    const broken = {
      toJSON() {
        throw new Error('no');
      },
    };
    expect(write({ broken }).text).toBe('{"broken":"[Unreadable]"}');
  });

  it('marks a getter that throws as unreadable and goes on', () => {
    const item = {
      get a() {
        throw new Error('no');
      },
      b: 2,
    };
    expect(write(item).text).toBe('{"a":"[Unreadable]","b":2}');
  });

  it('marks a DataView, whose size cannot be read, as unreadable', () => {
    expect(write([new DataView(new ArrayBuffer(2))])).toEqual({ text: '["[Unreadable]"]', findings: {} });
  });
});

describe('cuts that keep the text bounded', () => {
  it('counts the items past maxItems in a last item', () => {
    expect(write([1, 2, 3], { ...roomy, maxItems: 2 })).toEqual({
      text: '[1,2,"… 1 more"]',
      findings: { truncated: true },
    });
  });

  it('counts every item when maxItems is 0, with no leading comma', () => {
    expect(write([1, 2, 3], { ...roomy, maxItems: 0 })).toEqual({
      text: '["… 3 more"]',
      findings: { truncated: true },
    });
  });

  it('counts the keys past maxEntries under a "…" key', () => {
    expect(write({ a: 1, b: 2, c: 3 }, { ...roomy, maxEntries: 2 })).toEqual({
      text: '{"a":1,"b":2,"…":"… 1 more"}',
      findings: { truncated: true },
    });
  });

  it('stops at maxValues values in all, the container included', () => {
    expect(write([1, 2, 3], { ...roomy, maxValues: 3 })).toEqual({
      text: '[1,2,"… 1 more"]',
      findings: { truncated: true },
    });
    expect(write([1, 2, 3], { ...roomy, maxValues: 4 })).toEqual({ text: '[1,2,3]', findings: {} });
  });
});
