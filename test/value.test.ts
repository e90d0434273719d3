import { describe, expect, it } from 'vitest';
import { type MetaIssue, type NormalizeOptions, normalizeMeta } from '../src';

/** The value of the one field of `raw`, and the issues of the call. */
function one(raw: Record<string, unknown>, options?: NormalizeOptions) {
  const { meta, issues } = normalizeMeta(raw, options);
  return { value: meta.entries[0].value, issues };
}

const issue = (path: string, code: MetaIssue['code'], message: string): MetaIssue => ({
  path,
  code,
  message,
  severity: 'warning',
});

describe('a field declared as text', () => {
  it('keeps a URL, JSON text, a script URL and a comma list as the text written, with no issue', () => {
    const raw = {
      homepage: 'https://example.com',
      payload: '{"a":1}',
      trap: 'javascript:alert(1)',
      colors: 'red, green, blue',
    };
    const fields = { homepage: 'text', payload: 'text', trap: 'text', colors: 'text' } as const;
    const { meta, issues } = normalizeMeta(raw, { fields });
    expect(meta.entries.map((entry) => entry.value)).toEqual([
      { kind: 'text', text: 'https://example.com' },
      { kind: 'text', text: '{"a":1}' },
      { kind: 'text', text: 'javascript:alert(1)' },
      { kind: 'text', text: 'red, green, blue' },
    ]);
    expect(issues).toEqual([]);
  });

  it('the same strings in undeclared fields become a link, a record and a reported unsafe URL', () => {
    const { meta, issues } = normalizeMeta({
      homepage: 'https://example.com',
      payload: '{"a":1}',
      trap: 'javascript:alert(1)',
      colors: 'red, green, blue',
    });
    expect(meta.entries.map((entry) => entry.value)).toEqual([
      { kind: 'link', href: 'https://example.com', text: 'https://example.com' },
      { kind: 'record', entries: [{ key: 'a', label: 'A', value: { kind: 'number', value: 1, text: '1' } }] },
      { kind: 'text', text: 'javascript:alert(1)', invalid: true },
      { kind: 'text', text: 'red, green, blue' },
    ]);
    expect(issues).toEqual([
      issue('meta.trap', 'unsafe-url', 'meta.trap is not a safe URL; shown as text ("javascript:alert(1)").'),
    ]);
  });
});

describe('a score field', () => {
  it.each(['great', 'x {y}', 'v2[beta]', 'A+'])('%j is plain text: no score, no issue', (raw) => {
    expect(one({ score: raw })).toEqual({ value: { kind: 'text', text: raw }, issues: [] });
  });

  it('a symbol is reported as a symbol, as in any field', () => {
    expect(one({ score: Symbol('s') })).toEqual({
      value: { kind: 'text', text: 'Symbol(s)', invalid: true },
      issues: [issue('meta.score', 'unsupported-value', 'meta.score is not plain data ("symbol").')],
    });
  });

  it('a bare number or flag is a number or a flag, not a meter', () => {
    expect(one({ score: 25 })).toEqual({ value: { kind: 'number', value: 25, text: '25' }, issues: [] });
    expect(one({ score: true })).toEqual({ value: { kind: 'boolean', value: true, text: 'Yes' }, issues: [] });
  });

  it.each([
    ['58%', 58, 100],
    ['7/10', 7, 10],
    [' [80]', 80, 100],
    ['{"a": 70}', 70, 100],
  ])('%j is a meter', (raw, value, max) => {
    const { value: model, issues } = one({ score: raw });
    expect(model.kind).toBe('scores');
    if (model.kind !== 'scores') return;
    expect(model.scores.map((score) => [score.meter?.value, score.meter?.max])).toEqual([[value, max]]);
    expect(issues).toEqual([]);
  });
});

describe('free text that looks like a URL', () => {
  it('an absolute http(s) URL is a link; invisible characters at its edges are not part of the href', () => {
    for (const raw of ['https://example.com/a', ' https://example.com/a', '\u200bhttps://example.com/a\u200b']) {
      expect(one({ website: raw })).toEqual({
        value: { kind: 'link', href: raw.trim().replace(/\u200b/g, ''), text: 'https://example.com/a' },
        issues: [],
      });
    }
    expect(one({ website: 'http://example.com' }).value).toEqual({
      kind: 'link',
      href: 'http://example.com',
      text: 'http://example.com',
    });
  });

  it.each([
    'see https://example.com',
    'Meeting: 10am',
    'Tom & Jerry',
    'mailto:a@example.com',
    'ftp://example.com/file',
    'data science',
    'a script: run it',
  ])('%j stays text with no issue', (raw) => {
    expect(one({ website: raw })).toEqual({ value: { kind: 'text', text: raw }, issues: [] });
  });

  it.each([
    'javascript:alert(1)',
    'vbscript:msgbox(1)',
    'VBScript:msgbox(1)',
    'file:///etc/passwd',
    'FILE://server/share',
    'data:text/html,x',
    'javascript&#58;alert(1)',
    'javascript&colon;alert(1)',
    '&#106;avascript:alert(1)',
    'fil&#101;:///etc/passwd',
    '\u200bfile:///etc/passwd',
    'fi\u00adle:///etc/passwd',
    'da\u200bta:text/html,x',
    'vbscr\u200bipt:msgbox(1)',
  ])('%j is shown as text and reported as an unsafe URL at its path', (raw) => {
    const { meta, issues } = normalizeMeta({ links: { home: raw } });
    expect(meta.entries[0].value).toEqual({
      kind: 'record',
      entries: [{ key: 'home', label: 'Home', value: { kind: 'text', text: raw, invalid: true } }],
    });
    expect(issues).toEqual([
      issue(
        'meta.links.home',
        'unsafe-url',
        `meta.links.home is not a safe URL; shown as text (${JSON.stringify(raw)}).`,
      ),
    ]);
  });
});

describe('values that are not JSON data', () => {
  it('a symbol is its description, reported as a symbol', () => {
    expect(one({ token: Symbol('x') })).toEqual({
      value: { kind: 'text', text: 'Symbol(x)', invalid: true },
      issues: [issue('meta.token', 'unsupported-value', 'meta.token is not plain data ("symbol").')],
    });
  });

  it('an object without a prototype is a plain record', () => {
    const raw = Object.assign(Object.create(null), { a: 1 });
    expect(one({ thing: raw })).toEqual({
      value: { kind: 'record', entries: [{ key: 'a', label: 'A', value: { kind: 'number', value: 1, text: '1' } }] },
      issues: [],
    });
  });

  it('an object whose prototype has no constructor is named by its toStringTag', () => {
    const proto = Object.create(null, { [Symbol.toStringTag]: { value: 'Thing' } });
    expect(one({ thing: Object.create(proto) })).toEqual({
      value: { kind: 'text', text: '[Thing]', invalid: true },
      issues: [issue('meta.thing', 'unsupported-value', 'meta.thing is not plain data ("Thing").')],
    });
    const bare = Object.create(Object.create(null));
    expect(one({ thing: bare })).toEqual({
      value: { kind: 'text', text: '[Object]', invalid: true },
      issues: [issue('meta.thing', 'unsupported-value', 'meta.thing is not plain data ("Object").')],
    });
  });

  it('a class instance with toJSON is what toJSON returns, one level deeper than the instance', () => {
    class Wrapped {
      toJSON() {
        return { b: 'x' };
      }
    }
    expect(one({ a: new Wrapped() }, { maxDepth: 2 })).toEqual({
      value: { kind: 'record', entries: [{ key: 'b', label: 'B', value: { kind: 'text', text: 'x' } }] },
      issues: [],
    });
    expect(one({ a: new Wrapped() }, { maxDepth: 1 })).toEqual({
      value: { kind: 'text', text: '{"b":"x"}', invalid: true },
      issues: [issue('meta.a', 'max-depth', 'meta.a is nested too deeply; shown as JSON.')],
    });
  });

  it('a toJSON that returns another such object each time ends at maxDepth', () => {
    class Chain {
      toJSON() {
        return new Chain();
      }
    }
    expect(one({ a: new Chain() }, { maxDepth: 3 })).toEqual({
      value: { kind: 'text', text: '{}', invalid: true },
      issues: [issue('meta.a', 'max-depth', 'meta.a is nested too deeply; shown as JSON.')],
    });
  });

  it('text, numbers and flags below maxDepth are shown as themselves: only containers are cut', () => {
    expect(one({ a: { b: 'x', c: 2, d: false } }, { maxDepth: 1 })).toEqual({
      value: {
        kind: 'record',
        entries: [
          { key: 'b', label: 'B', value: { kind: 'text', text: 'x' } },
          { key: 'c', label: 'C', value: { kind: 'number', value: 2, text: '2' } },
          { key: 'd', label: 'D', value: { kind: 'boolean', value: false, text: 'No' } },
        ],
      },
      issues: [],
    });
  });
});

describe('Map and Set', () => {
  const numbers = (...values: number[]) => values.map((value) => ({ kind: 'number', value, text: String(value) }));

  it('a Set is read up to maxItems: its iterator is not run on past the value after the limit', () => {
    class Lazy extends Set<number> {
      override *[Symbol.iterator](): Generator<number, undefined> {
        yield 1;
        yield 2;
        yield 3;
        throw new Error('not to be read this far');
      }
    }
    expect(one({ a: new Lazy([1, 2, 3, 4, 5]) }, { maxItems: 2 })).toEqual({
      value: { kind: 'list', items: numbers(1, 2), omitted: 3 },
      issues: [issue('meta.a', 'truncated', 'meta.a is over the limit; the rest is counted, not shown (3).')],
    });
  });

  it("a Map's entries count against maxValues: the Map itself is one value, each entry one more", () => {
    const map = new Map([
      ['a', 1],
      ['b', 2],
      ['c', 3],
      ['d', 4],
    ]);
    const entries = (keys: string[]) =>
      keys.map((key, i) => ({ key, label: key.toUpperCase(), value: numbers(i + 1)[0] }));
    expect(one({ m: map }, { maxValues: 5 })).toEqual({
      value: { kind: 'record', entries: entries(['a', 'b', 'c', 'd']) },
      issues: [],
    });
    expect(one({ m: map }, { maxValues: 4 })).toEqual({
      value: { kind: 'record', entries: entries(['a', 'b', 'c']), omitted: 1 },
      issues: [issue('meta.m', 'truncated', 'meta.m is over the limit; the rest is counted, not shown (1).')],
    });
    expect(one({ m: map }, { maxEntries: 2 })).toEqual({
      value: { kind: 'record', entries: entries(['a', 'b']), omitted: 2 },
      issues: [issue('meta.m', 'truncated', 'meta.m is over the limit; the rest is counted, not shown (2).')],
    });
  });
});

describe('keys of a record', () => {
  it('two spellings of one key, neither of them canonical, are both kept and the later one is named', () => {
    const { value, issues } = one({ stats: { readingTime: 5, 'Reading Time': 6 } });
    const minutes = (n: number) => ({ kind: 'number', value: n, text: `${n} min` });
    expect(value).toEqual({
      kind: 'record',
      entries: [
        { key: 'reading_time', label: 'Reading time', value: minutes(5) },
        { key: 'reading_time', label: 'Reading time', value: minutes(6) },
      ],
    });
    expect(issues.map((item) => [item.code, item.path])).toEqual([['duplicate-key', 'meta.stats["Reading Time"]']]);
  });

  it('an enumerable symbol key is an entry named by its description, its issues at [Symbol(…)]', () => {
    const id = Symbol('id');
    expect(one({ a: { b: 1, [id]: Number.NaN } })).toEqual({
      value: {
        kind: 'record',
        entries: [
          { key: 'b', label: 'B', value: { kind: 'number', value: 1, text: '1' } },
          {
            key: 'Symbol(id)',
            label: 'Symbol(id)',
            value: { kind: 'text', text: 'Not a finite number', invalid: true },
          },
        ],
      },
      issues: [
        issue('meta.a[Symbol(id)]', 'invalid-number', 'meta.a[Symbol(id)] is not a number; shown as text (NaN).'),
      ],
    });
  });
});
