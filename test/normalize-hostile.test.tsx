/**
 * Nothing lost, faults kept local, options validated, cost bounded: values that are not plain JSON,
 * reads that throw, and inputs far larger than an article.
 */
import { render, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import {
  ArticleMetaBox,
  ArticleView,
  type MetaValue,
  normalizeArticle,
  normalizeMeta,
  PostBody,
  SimilarPosts,
} from '../src';
import { entryValue } from './helpers';

function one(raw: Record<PropertyKey, unknown>, options?: Parameters<typeof normalizeMeta>[1]) {
  const { meta, issues } = normalizeMeta(raw, options);
  return { value: meta.entries[0].value, meta, issues };
}

const codes = (issues: { code: string; path: string }[]) => issues.map((issue) => [issue.code, issue.path]);

const throwing = (key: string, extra: Record<string, unknown> = {}) =>
  Object.defineProperty({ ...extra }, key, {
    enumerable: true,
    get() {
      throw new Error('boom');
    },
  });

describe('nothing is lost: values that are not plain JSON', () => {
  it('a Map is a record of its entries, whatever its keys', () => {
    const { value, issues } = one({
      m: new Map<unknown, unknown>([
        ['readingTime', '12 min'],
        [7, 'seven'],
        [{ id: 1 }, 'object key'],
      ]),
    });
    expect(value).toEqual({
      kind: 'record',
      entries: [
        { key: 'reading_time', label: 'Reading time', value: { kind: 'text', text: '12 min' } },
        { key: '7', label: '7', value: { kind: 'text', text: 'seven' } },
        { key: '{"id":1}', label: '{"id":1}', value: { kind: 'text', text: 'object key' } },
      ],
    });
    expect(issues).toEqual([]);
  });

  it('a Set is a list', () => {
    expect(one({ s: new Set(['a', 2]) }).value).toEqual({
      kind: 'list',
      items: [
        { kind: 'text', text: 'a' },
        { kind: 'number', value: 2, text: '2' },
      ],
    });
  });

  it('an enumerable symbol key is shown under its description; a non-enumerable one is not data', () => {
    const raw: Record<PropertyKey, unknown> = { a: 1, [Symbol('id')]: 'x-1' };
    Object.defineProperty(raw, Symbol('hidden'), { value: 'internal', enumerable: false });
    const { meta, issues } = normalizeMeta(raw);
    expect(meta.entries.map((entry) => [entry.key, entry.label, entry.value])).toEqual([
      ['a', 'A', { kind: 'number', value: 1, text: '1' }],
      ['Symbol(id)', 'Symbol(id)', { kind: 'text', text: 'x-1' }],
    ]);
    expect(issues).toEqual([]);
  });

  it('a symbol value is shown by its description, with an issue', () => {
    const { value, issues } = one({ s: Symbol('token') });
    expect(value).toEqual({ kind: 'text', text: 'Symbol(token)', invalid: true });
    expect(codes(issues)).toEqual([['unsupported-value', 'meta.s']]);
  });

  it('typed arrays are lists of their numbers; bigint items are text', () => {
    expect(one({ t: new Uint8Array([1, 255]) }).value).toMatchObject({
      kind: 'list',
      items: [{ text: '1' }, { text: '255' }],
    });
    expect(one({ t: new Float64Array([0.5]) }).value).toMatchObject({
      kind: 'list',
      items: [{ kind: 'number', value: 0.5 }],
    });
    expect(one({ t: new BigInt64Array([9n]) }).value).toMatchObject({
      kind: 'list',
      items: [{ kind: 'text', text: '9' }],
    });
  });

  it('an ArrayBuffer and a DataView are named by an issue, not listed byte by byte', () => {
    const buffer = new Uint8Array([10, 20, 30]).buffer;
    for (const [raw, type] of [
      [buffer, 'ArrayBuffer'],
      [new DataView(buffer, 1, 2), 'DataView'],
    ] as const) {
      const { value, issues } = one({ b: raw });
      expect(value).toEqual({ kind: 'text', text: `[${type}]`, invalid: true });
      expect(issues).toEqual([
        expect.objectContaining({ code: 'unsupported-value', path: 'meta.b', message: expect.stringContaining(type) }),
      ]);
    }
  });

  it('a negative zero is shown as 0', () => {
    expect(one({ x: -0 }).value).toEqual({ kind: 'number', value: 0, text: '0' });
  });

  it('a value with toJSON is what JSON.stringify would write (URL)', () => {
    const { value, issues } = one({ u: new URL('https://example.com/a?b=1') });
    expect(value).toEqual({ kind: 'link', href: 'https://example.com/a?b=1', text: 'https://example.com/a?b=1' });
    expect(issues).toEqual([]);
  });

  it('a class instance shows its own fields, and an issue names its class', () => {
    class Author {
      name = 'Ada';
      get initials() {
        return 'A';
      }
    }
    const { value, issues } = one({ owner: new Author() });
    expect(value).toEqual({
      kind: 'record',
      entries: [{ key: 'name', label: 'Name', value: { kind: 'text', text: 'Ada' } }],
    });
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'unsupported-value',
        path: 'meta.owner',
        message: expect.stringContaining('"Author"'),
      }),
    ]);
  });

  it('an object with nothing to read (WeakMap, Promise) is a marker naming its type', () => {
    for (const [raw, type] of [
      [new WeakMap(), 'WeakMap'],
      [Promise.resolve(1), 'Promise'],
    ] as const) {
      const { value, issues } = one({ x: raw });
      expect(value).toEqual({ kind: 'text', text: `[${type}]`, invalid: true });
      expect(codes(issues)).toEqual([['unsupported-value', 'meta.x']]);
    }
  });

  it('an Error and a RegExp are their text, with an issue', () => {
    expect(one({ e: new TypeError('bad') }).value).toEqual({ kind: 'text', text: 'TypeError: bad' });
    expect(one({ r: /a+/g }).value).toEqual({ kind: 'text', text: '/a+/g' });
    expect(one({ r: /a+/g }).issues.map((issue) => issue.code)).toEqual(['unsupported-value']);
  });

  it('boxed primitives are their values', () => {
    expect(one({ s: new String('boxed') }).value).toEqual({ kind: 'text', text: 'boxed' });
    expect(one({ view_count: new Number(1200) }).value).toMatchObject({ kind: 'number', text: '1,200' });
  });

  it('an own accessor is read like a field', () => {
    const raw = Object.defineProperty({}, 'topic', { enumerable: true, get: () => 'python services' });
    expect(one(raw).value).toEqual({ kind: 'text', text: 'python services' });
  });

  it('a function is a marker with an issue', () => {
    const { value, issues } = one({ f: () => 1 });
    expect(value).toEqual({ kind: 'text', text: '[function]', invalid: true });
    expect(codes(issues)).toEqual([['unsupported-value', 'meta.f']]);
  });
});

describe('faults stay local', () => {
  it("a throwing getter on one of the article's own keys affects only that key", () => {
    const raw = throwing('broken', { title: 'Kept', body: ['p'], meta: { topic: 't' } });
    const { article, issues } = normalizeArticle(raw);
    expect(article.title).toBe('Kept');
    expect(article.body).toEqual([{ type: 'paragraph', text: 'p' }]);
    expect(entryValue(article.meta.entries, 'topic')).toEqual({ kind: 'text', text: 't' });
    expect(entryValue(article.meta.entries, 'broken')).toEqual({ kind: 'text', text: '[Unreadable]', invalid: true });
    expect(codes(issues.filter((issue) => issue.code === 'unreadable-value'))).toEqual([
      ['unreadable-value', 'broken'],
    ]);
  });

  it('a throwing title getter loses only the title', () => {
    const { article, issues } = normalizeArticle(throwing('title', { body: ['p'] }));
    expect(article.title).toBe('Untitled');
    expect(article.body).toHaveLength(1);
    expect(codes(issues)).toEqual([
      ['unreadable-value', 'title'],
      ['missing-title', 'title'],
    ]);
  });

  it('a throwing getter deep inside meta marks that key only', () => {
    const { meta, issues } = normalizeMeta({ a: { b: throwing('c', { d: 1 }) }, e: 2 });
    const a = entryValue(meta.entries, 'a');
    expect(a).toMatchObject({
      entries: [{ key: 'b', value: { entries: [{ key: 'd' }, { key: 'c', value: { text: '[Unreadable]' } }] } }],
    });
    expect(entryValue(meta.entries, 'e')).toMatchObject({ kind: 'number', value: 2 });
    expect(codes(issues)).toEqual([['unreadable-value', 'meta.a.b.c']]);
  });

  const noKeys = () =>
    new Proxy(
      { title: 'From a Proxy' },
      {
        ownKeys() {
          throw new Error('ownKeys');
        },
      },
    );

  it('a Proxy whose ownKeys throws is one marker where it sits', () => {
    const { article, issues } = normalizeArticle({ title: 'T', meta: { ok: 1, odd: noKeys() } });
    expect(article.title).toBe('T');
    expect(entryValue(article.meta.entries, 'ok')).toMatchObject({ value: 1 });
    expect(entryValue(article.meta.entries, 'odd')).toEqual({ kind: 'text', text: '[Unreadable]', invalid: true });
    expect(codes(issues)).toEqual([['unreadable-value', 'meta.odd']]);
  });

  it('as the meta, such a Proxy is one marker and the title stays', () => {
    const { article, issues } = normalizeArticle({ title: 'T', meta: noKeys() });
    expect(article.title).toBe('T');
    expect(article.meta.entries).toEqual([
      { key: 'meta', label: 'Meta', value: { kind: 'text', text: '[Unreadable]', invalid: true } },
    ]);
    expect(codes(issues)).toEqual([['unreadable-value', 'meta']]);
  });

  it("as the article, such a Proxy still gives the contract's keys, read directly", () => {
    const { article, issues } = normalizeArticle(noKeys());
    expect(article.title).toBe('From a Proxy');
    expect(codes(issues)).toEqual([['unreadable-value', '']]);
  });

  it('a revoked Proxy as the body or a similar post is a marker in its place', () => {
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    const { article, issues } = normalizeArticle({
      title: 'T',
      body: revoked.proxy,
      similar_posts: ['a', revoked.proxy],
    });
    expect(article.title).toBe('T');
    expect(article.body).toEqual([{ type: 'paragraph', text: '[Unreadable]' }]);
    expect(article.similarPosts).toEqual([{ title: 'a' }, { title: '[Unreadable]' }]);
    expect(codes(issues)).toEqual([
      ['unreadable-value', 'body'],
      ['unreadable-value', 'similar_posts[1]'],
    ]);
  });

  it('a throwing block or list item is a marker in its place', () => {
    const { article, issues } = normalizeArticle({
      title: 'T',
      body: ['first', throwing('type'), { type: 'list', items: ['a', throwing('text')] }],
    });
    expect(article.body).toEqual([
      { type: 'paragraph', text: 'first' },
      { type: 'paragraph', text: '[Unreadable]' },
      { type: 'list', items: [{ text: 'a' }, { text: '[Unreadable]' }] },
    ]);
    expect(codes(issues)).toEqual([
      ['unreadable-value', 'body[1]'],
      ['unreadable-value', 'body[2].items[1]'],
    ]);
  });

  it('maxDepth has a ceiling of 100: a 100,000-deep value with maxDepth 1e6 does not overflow', () => {
    let deep: unknown = 'bottom';
    for (let i = 0; i < 100_000; i++) deep = { a: deep };
    const { article, issues } = normalizeArticle({ title: 'Deep', meta: { deep } }, { maxDepth: 1e6 });
    expect(article.title).toBe('Deep');
    // Below level 100 the rest is JSON text, itself cut at maxValues (100,000 values by default).
    const deepPath = `meta.deep${'.a'.repeat(100)}`;
    expect(codes(issues)).toEqual([
      ['invalid-option', 'options.maxDepth'],
      ['max-depth', deepPath],
      ['truncated', deepPath],
    ]);
  });
});

describe('options are validated, never a reason to give up', () => {
  it.each([
    [{ maxDepth: 'deep' }, 'options.maxDepth'],
    [{ maxDepth: 0 }, 'options.maxDepth'],
    [{ maxDepth: Number.NaN }, 'options.maxDepth'],
    [{ maxItems: -1 }, 'options.maxItems'],
    [{ maxEntries: '5' }, 'options.maxEntries'],
    [{ maxValues: null }, 'options.maxValues'],
    [{ labels: 'x' }, 'options.labels'],
    [{ labels: { topic: 1 } }, 'options.labels.topic'],
    [{ fields: { topic: 'colour' } }, 'options.fields.topic'],
    [{ order: 'topic' }, 'options.order'],
    [{ hidden: [1] }, 'options.hidden'],
    [{ messages: { yes: 1 } }, 'options.messages.yes'],
    [{ messages: { outOf: 'x' } }, 'options.messages.outOf'],
    [{ messages: 'ja' }, 'options.messages'],
  ])('%j is reported at %s and the default is used', (options, path) => {
    const { article, issues } = normalizeArticle({ title: 'T', meta: { topic: 't', flag: true } }, options as never);
    expect(codes(issues)).toEqual([['invalid-option', path]]);
    expect(article.title).toBe('T');
    expect(entryValue(article.meta.entries, 'topic')).toEqual({ kind: 'text', text: 't' });
    expect(entryValue(article.meta.entries, 'flag')).toMatchObject({ text: 'Yes' });
  });

  it('options that are not an object, or that throw when read, are reported', () => {
    expect(codes(normalizeArticle({ title: 'T' }, 5 as never).issues)).toEqual([['invalid-option', 'options']]);
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('no');
        },
      },
    );
    const { article, issues } = normalizeArticle({ title: 'T' }, hostile);
    expect(article.title).toBe('T');
    expect(issues.every((issue) => issue.code === 'invalid-option' && issue.path.startsWith('options.'))).toBe(true);
    expect(issues.length).toBeGreaterThanOrEqual(9);
  });

  it('a non-string locale is reported', () => {
    expect(codes(normalizeMeta({}, { locale: 5 as never }).issues)).toEqual([['invalid-locale', 'options.locale']]);
  });
});

describe('bounded cost', () => {
  const list = (n: number) => Array.from({ length: n }, (_, i) => `item ${i}`);

  it('a list of exactly maxItems (1,000) is whole; 1,001 leaves one out, counted and reported', () => {
    expect(one({ notes: list(1000) }).value).toMatchObject({ kind: 'list' });
    expect(one({ notes: list(1000) }).value).not.toHaveProperty('omitted');
    const { value, issues } = one({ notes: list(1001) });
    expect(value.kind === 'list' && value.items.length).toBe(1000);
    expect(value).toHaveProperty('omitted', 1);
    expect(issues).toEqual([
      expect.objectContaining({ code: 'truncated', path: 'meta.notes', message: expect.stringContaining('(1)') }),
    ]);
  });

  it('every kind of list keeps to maxItems', () => {
    const options = { maxItems: 2 };
    const kinds: [string, unknown, MetaValue['kind']][] = [
      ['tags', ['a', 'b', 'c'], 'tags'],
      ['stack', 'a, b, c, d', 'tags'],
      ['checklist', ['a', 'b', 'c'], 'checklist'],
      ['score', { a: 1, b: 2, c: 3 }, 'scores'],
      ['flags', ['a', 'b', 'c'], 'record'],
      ['set', new Set([1, 2, 3]), 'list'],
      ['bytes', new Uint8Array(5), 'list'],
    ];
    for (const [key, raw, kind] of kinds) {
      const { value, issues } = one({ [key]: raw }, options);
      expect(value.kind).toBe(kind);
      expect(value).toHaveProperty('omitted', key === 'bytes' ? 3 : key === 'stack' ? 2 : 1);
      expect(codes(issues)).toEqual([['truncated', `meta.${key}`]]);
    }
  });

  it('a record of maxEntries keys is whole; one more is counted', () => {
    const record = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, i]));
    expect(one({ r: record(3) }, { maxEntries: 3 }).value).not.toHaveProperty('omitted');
    expect(one({ r: record(4) }, { maxEntries: 3 }).value).toHaveProperty('omitted', 1);
    expect(
      one(
        {
          m: new Map([
            [1, 1],
            [2, 2],
            [3, 3],
            [4, 4],
          ]),
        },
        { maxEntries: 3 },
      ).value,
    ).toHaveProperty('omitted', 1);
  });

  it('body blocks, list items and similar posts keep to maxItems', () => {
    const { article, issues } = normalizeArticle(
      { title: 'T', body: ['a', 'b', { type: 'list', items: ['x', 'y', 'z'] }], similar_posts: ['p', 'q', 'r'] },
      { maxItems: 2 },
    );
    expect(article.body).toEqual([
      { type: 'paragraph', text: 'a' },
      { type: 'paragraph', text: 'b' },
    ]);
    expect(article.bodyOmitted).toBe(1);
    expect(article.similarPostsOmitted).toBe(1);
    expect(codes(issues)).toEqual([
      ['truncated', 'body'],
      ['truncated', 'similar_posts'],
    ]);
    const lists = normalizeArticle({ title: 'T', body: [{ type: 'list', items: ['x', 'y', 'z'] }] }, { maxItems: 2 });
    expect(lists.article.body).toEqual([{ type: 'list', items: [{ text: 'x' }, { text: 'y' }], omitted: 1 }]);
  });

  it('top-level keys past maxEntries are counted, not read', () => {
    const raw: Record<string, unknown> = { title: 'T' };
    for (let i = 0; i < 5; i++) raw[`extra_${i}`] = i;
    const { article, issues } = normalizeArticle(raw, { maxEntries: 3 });
    expect(article.meta.entries.map((entry) => entry.key)).toEqual(['extra_0', 'extra_1', 'extra_2']);
    expect(article.meta.omitted).toBe(2);
    // A cut is a warning, even for the whole article: nothing is wrong with the data.
    expect(issues.filter((issue) => issue.code === 'truncated')).toEqual([
      expect.objectContaining({ path: '', severity: 'warning' }),
    ]);
  });

  it('shared references cannot multiply the work: maxValues bounds the whole call', () => {
    // 10 levels of 10 references to one array: 10^10 paths through a few hundred objects.
    let shared: unknown = 'leaf';
    for (let level = 0; level < 10; level++) shared = Array.from({ length: 10 }, () => shared);
    const { meta, issues } = normalizeMeta({ shared }, { maxValues: 5000 });
    let values = 0;
    const count = (value: MetaValue): void => {
      values++;
      if (value.kind === 'list') value.items.forEach(count);
    };
    count(entryValue(meta.entries, 'shared'));
    expect(values).toBeLessThanOrEqual(5000);
    expect(values).toBeGreaterThan(4000);
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.every((issue) => issue.code === 'truncated')).toBe(true);
  });

  it('JSON text past maxDepth is bounded too, and says how much it leaves out', () => {
    const { value, issues } = one({ deep: { a: { b: list(5000) } } }, { maxDepth: 1, maxItems: 3 });
    expect(value).toEqual({
      kind: 'record',
      entries: [
        {
          key: 'a',
          label: 'A',
          value: { kind: 'text', text: '{"b":["item 0","item 1","item 2","… 4997 more"]}', invalid: true },
        },
      ],
    });
    expect(codes(issues)).toEqual([
      ['max-depth', 'meta.deep.a'],
      ['truncated', 'meta.deep.a'],
    ]);
  });

  it('the box, the body and similar posts say how many are not shown', () => {
    const { article } = normalizeArticle(
      {
        title: 'T',
        body: ['a', 'b', 'c'],
        meta: { notes: ['1', '2', '3'], x: 1, y: 2 },
        z: 3,
        similar_posts: ['p', 'q', 'r', 's'],
      },
      { maxItems: 2, maxEntries: 2 },
    );
    render(<ArticleView article={article} />);
    expect(screen.getAllByText('1 more not shown')).toHaveLength(3); // notes, body, meta (z)
    expect(screen.getByText('2 more not shown')).toBeInTheDocument(); // similar posts
    const { container } = render(<PostBody blocks={[]} omitted={7} messages={{ notShown: (n) => `${n} weitere` }} />);
    expect(container).toHaveTextContent('7 weitere');
    expect(renderToString(<SimilarPosts posts={[]} omitted={0} />)).not.toContain('not shown');
    expect(
      renderToString(<ArticleMetaBox meta={{ entries: [], omitted: 4 }} messages={{ notShown: (n) => `+${n}` }} />),
    ).toContain('+4');
  });
});
