import { describe, expect, it } from 'vitest';
import { normalizeArticle, normalizeMeta } from '../src';
import { entryValue } from './helpers';

describe('arrays', () => {
  it('parses strings that hold a JSON array or object', () => {
    const { meta, issues } = normalizeMeta({
      tools: '["fastapi","pytest"]',
      extra: '{"a": 1}',
      nested: '[[1, 2], ["x"]]',
    });
    expect(entryValue(meta.entries, 'tools')).toEqual({ kind: 'tags', tags: ['fastapi', 'pytest'] });
    expect(entryValue(meta.entries, 'extra')).toMatchObject({ kind: 'record', entries: [{ key: 'a' }] });
    expect(entryValue(meta.entries, 'nested')).toMatchObject({
      kind: 'list',
      items: [{ kind: 'list' }, { kind: 'list', items: [{ kind: 'text', text: 'x' }] }],
    });
    expect(issues).toEqual([]);
  });

  it('splits delimited strings for the list fields', () => {
    const { meta } = normalizeMeta({
      stack: 'python, backend ,python services',
      tags: 'a\nb',
      notes: '• first, with a comma\n• second\n\n- third\n* fourth',
      checklist: '- one\n- two',
    });
    expect(entryValue(meta.entries, 'stack')).toEqual({ kind: 'tags', tags: ['python', 'backend', 'python services'] });
    expect(entryValue(meta.entries, 'tags')).toEqual({ kind: 'tags', tags: ['a', 'b'] });
    expect(entryValue(meta.entries, 'notes')).toMatchObject({
      items: [{ text: 'first, with a comma' }, { text: 'second' }, { text: 'third' }, { text: 'fourth' }],
    });
    expect(entryValue(meta.entries, 'checklist')).toEqual({
      kind: 'checklist',
      items: [{ label: 'one' }, { label: 'two' }],
    });
  });

  it('keeps JSON that does not parse as text with an issue, without splitting it', () => {
    const { meta, issues } = normalizeMeta({ stack: '["python", "backend"' });
    expect(entryValue(meta.entries, 'stack')).toEqual({ kind: 'text', text: '["python", "backend"', invalid: true });
    expect(issues).toEqual([expect.objectContaining({ code: 'invalid-json', path: 'meta.stack' })]);
  });

  it('renders arrays of objects as lists of records and arrays of arrays as nested lists', () => {
    const { meta } = normalizeMeta({ items: [{ name: 'a' }, { name: 'b' }], grid: [[1], [2, 3]] });
    expect(entryValue(meta.entries, 'items')).toMatchObject({
      kind: 'list',
      items: [{ kind: 'record' }, { kind: 'record' }],
    });
    expect(entryValue(meta.entries, 'grid')).toMatchObject({
      kind: 'list',
      items: [{ kind: 'list' }, { kind: 'list' }],
    });
  });

  it('shows entities of a name, a type and a safe URL as chips: "name · type", linked', () => {
    const { meta, issues } = normalizeMeta({
      entities: [
        { name: 'python services', type: 'stack' },
        { name: ' backend ', kind: 'area', url: 'https://example.com/backend' },
        { title: 'solo' },
      ],
    });
    expect(entryValue(meta.entries, 'entities')).toEqual({
      kind: 'tags',
      tags: ['python services · stack', { label: 'backend · area', href: 'https://example.com/backend' }, 'solo'],
    });
    expect(issues).toEqual([]);
  });

  it.each([
    ['another field', [{ name: 'a', type: 'stack', weight: 3 }]],
    ['an unsafe URL', [{ name: 'a', url: 'javascript:alert(1)' }]],
    ['an item without a name', [{ name: 'a' }, { type: 'stack' }]],
    ['an item that is text', [{ name: 'a' }, 'b']],
    ['a type that is not text', [{ name: 'a', type: 3 }]],
  ])('keeps entities as records when one has %s: nothing is hidden', (_, entities) => {
    const { meta } = normalizeMeta({ entities });
    expect(entryValue(meta.entries, 'entities')).toMatchObject({ kind: 'list' });
  });

  it('keeps an entity list whose reading throws as records, with the fault in its place', () => {
    const entity = { name: 'a' };
    Object.defineProperty(entity, 'type', {
      enumerable: true,
      get: () => {
        throw new Error('no');
      },
    });
    const { meta, issues } = normalizeMeta({ entities: [entity] });
    expect(entryValue(meta.entries, 'entities')).toMatchObject({ kind: 'list' });
    expect(issues).toEqual([expect.objectContaining({ code: 'unreadable-value', path: 'meta.entities[0].type' })]);
  });

  it('reads tag objects by their name, linked when their URL is safe; other fields are named', () => {
    const { meta, issues } = normalizeMeta({
      tags: ['a', { name: 'b', slug: 'b', url: 'https://example.com/tag/b/' }, { title: 'c', url: 'javascript:x' }],
    });
    expect(entryValue(meta.entries, 'tags')).toEqual({
      kind: 'tags',
      tags: ['a', { label: 'b', href: 'https://example.com/tag/b/' }, 'c'],
    });
    expect(issues.map((issue) => [issue.code, issue.path, issue.message])).toEqual([
      ['unknown-field', 'meta.tags[1]', 'meta.tags[1] is not a known field ("slug").'],
      ['unknown-field', 'meta.tags[2]', 'meta.tags[2] is not a known field ("url").'],
    ]);
  });

  it('falls back to a generic list, with an issue, when tags hold objects that name no tag', () => {
    const { meta, issues } = normalizeMeta({ tags: ['a', { id: 7 }] });
    expect(entryValue(meta.entries, 'tags')).toMatchObject({
      kind: 'list',
      items: [{ kind: 'text' }, { kind: 'record' }],
    });
    expect(issues[0]).toMatchObject({ code: 'invalid-type', path: 'meta.tags' });
  });
});

describe('safety', () => {
  it('treats __proto__, constructor and prototype keys as plain data', () => {
    const raw = JSON.parse(
      '{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"x": 1}}, "prototype": 2}',
    );
    const { meta } = normalizeMeta(raw);
    expect(meta.entries.map((e) => e.key)).toEqual(['__proto__', 'constructor', 'prototype']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(entryValue(meta.entries, '__proto__')).toMatchObject({ entries: [{ key: 'polluted' }] });
  });

  it('detects cycles with a marker and an issue', () => {
    const a: Record<string, unknown> = { name: 'a' };
    a.self = a;
    const list: unknown[] = [1];
    list.push(list);
    const { meta, issues } = normalizeMeta({ a, list });
    expect(entryValue(meta.entries, 'a')).toMatchObject({
      entries: [{ key: 'name' }, { key: 'self', value: { kind: 'text', text: '[Circular reference]' } }],
    });
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['cycle', 'meta.a.self'],
      ['cycle', 'meta.list[1]'],
    ]);
  });

  it('does not mistake a shared (non-cyclic) object for a cycle', () => {
    const shared = { x: 1 };
    const { issues } = normalizeMeta({ a: shared, b: shared });
    expect(issues).toEqual([]);
  });

  it('caps depth (default 32) with an issue and keeps the rest as JSON text', () => {
    let deep: unknown = 'bottom';
    for (let i = 0; i < 40; i++) deep = { level: deep };
    const { meta, issues } = normalizeMeta({ deep });
    expect(issues).toEqual([expect.objectContaining({ code: 'max-depth' })]);
    expect(JSON.stringify(meta)).toContain('bottom');
    const shallow = normalizeMeta({ deep }, { maxDepth: 3 });
    expect(shallow.issues[0].path).toBe('meta.deep.level.level.level');
  });

  it('survives depth 10,000 without a stack overflow', () => {
    let deep: unknown = 'bottom';
    for (let i = 0; i < 10_000; i++) deep = i % 2 ? { a: deep } : [deep];
    const { meta, issues } = normalizeMeta({ deep });
    expect(issues.map((i) => i.code)).toEqual(['max-depth']);
    expect(JSON.stringify(meta)).toContain('bottom');
  });

  it('keeps JSON text balanced when a nested object cannot be read', () => {
    const proxy = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('no keys');
        },
      },
    );
    const { meta } = normalizeMeta({ a: { b: { c: proxy } } }, { maxDepth: 1 });
    expect(entryValue(meta.entries, 'a')).toMatchObject({
      entries: [{ key: 'b', value: { kind: 'text', text: '{"c":"[Unreadable]"}', invalid: true } }],
    });
  });

  it('treats holes of sparse arrays as empty values', () => {
    // Index 0 is a hole in both arrays.
    const scores: unknown[] = [];
    scores[1] = 5;
    const flags: unknown[] = [];
    flags[1] = 'on';
    const { meta } = normalizeMeta({ scores, flags });
    expect(entryValue(meta.entries, 'scores')).toMatchObject({
      scores: [
        { label: 'Score 1', text: '—' },
        { label: 'Score 2', text: '5' },
      ],
    });
    expect(entryValue(meta.entries, 'flags')).toMatchObject({
      kind: 'list',
      items: [{ kind: 'empty' }, { text: 'on' }],
    });
  });

  it('keeps 1 MB strings whole, and 100,000-item arrays when the limits allow them', () => {
    const big = 'x'.repeat(1_000_000);
    const many = Array.from({ length: 100_000 }, (_, i) => `note ${i}`);
    const { meta, issues } = normalizeMeta({ summary: big, notes: many }, { maxItems: 100_000, maxValues: 200_000 });
    expect(entryValue(meta.entries, 'summary')).toEqual({ kind: 'text', text: big });
    const notes = entryValue(meta.entries, 'notes');
    expect(notes.kind === 'list' && notes.items.length).toBe(100_000);
    expect(notes).not.toHaveProperty('omitted');
    expect(issues).toEqual([]);
  });

  it('never throws on hostile objects: throwing getters, proxies, functions, symbols, bigint', () => {
    const getter = Object.defineProperty({}, 'boom', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const proxy = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('no keys');
        },
      },
    );
    const raw = { getter, fn: () => 1, sym: Symbol('s'), big: 10n, date: new Date('2024-01-01T00:00:00Z') };
    const { meta, issues } = normalizeMeta(raw);
    expect(meta.entries.map((e) => e.value.kind)).toEqual(['record', 'text', 'text', 'text', 'date']);
    expect(issues.map((i) => i.code)).toEqual(['unreadable-value', 'unsupported-value', 'unsupported-value']);
    expect(() => normalizeMeta(proxy)).not.toThrow();
    expect(() => normalizeArticle({ meta: proxy })).not.toThrow();
    expect(normalizeArticle(proxy).issues.length).toBeGreaterThan(0);
  });
});

describe('body', () => {
  it('knows paragraph, heading, list, quote and code blocks', () => {
    const { article, issues } = normalizeArticle({
      title: 't',
      body: [
        { type: 'paragraph', text: 'p' },
        { type: 'heading', text: 'h' },
        { type: 'list', items: ['a', 2] },
        { type: 'quote', text: 'q' },
        { type: 'code', text: 'c', language: 'python' },
      ],
    });
    expect(article.body).toEqual([
      { type: 'paragraph', text: 'p' },
      { type: 'heading', text: 'h' },
      { type: 'list', items: [{ text: 'a' }, { text: '2' }] },
      { type: 'quote', text: 'q' },
      { type: 'code', text: 'c', language: 'python' },
    ]);
    expect(issues).toEqual([]);
  });

  it('uses the first text key of a block and names the others', () => {
    const { article, issues } = normalizeArticle({
      title: 't',
      body: [
        { type: 'paragraph', text: 'shown', content: 'second' },
        { type: 'quote', text: { nested: 'x' } },
      ],
    });
    expect(article.body).toEqual([
      { type: 'paragraph', text: 'shown' },
      { type: 'quote', text: '{"nested":"x"}' },
    ]);
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['duplicate-key', 'body[0].content'],
      ['invalid-type', 'body[1].text'],
    ]);
  });

  it('names the keys of an unknown block that are not shown', () => {
    const { article, issues } = normalizeArticle({
      title: 't',
      body: [
        { type: 'callout', text: 'shown', note: 'not shown' },
        { content: { a: 1 }, date: 'x' },
        { type: 'code', text: 'c', language: '' },
        5,
        { type: 'code', text: 'd', language: ['py'] },
      ],
    });
    expect(article.body).toEqual([
      { type: 'paragraph', text: 'shown' },
      { type: 'paragraph', text: '{"a":1}' },
      { type: 'code', text: 'c' },
      { type: 'paragraph', text: '5' },
      { type: 'code', text: 'd' },
    ]);
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['unknown-block', 'body[0]'],
      ['unknown-field', 'body[0].note'],
      ['unknown-block', 'body[1]'],
      ['unknown-field', 'body[1].date'],
      ['invalid-type', 'body[1].content'],
      ['invalid-type', 'body[3]'],
      ['invalid-type', 'body[4].language'],
    ]);
  });

  it('splits a plain-string body into paragraphs on blank lines', () => {
    const { article } = normalizeArticle({ title: 't', body: 'one\ncontinued\n\n\ntwo\r\n\r\nthree' });
    expect(article.body).toEqual([
      { type: 'paragraph', text: 'one\ncontinued' },
      { type: 'paragraph', text: 'two' },
      { type: 'paragraph', text: 'three' },
    ]);
  });

  it('shows unknown block types as a paragraph of their text, with an issue', () => {
    const { article, issues } = normalizeArticle({ title: 't', body: [{ type: 'callout', text: 'keep me' }] });
    expect(article.body).toEqual([{ type: 'paragraph', text: 'keep me' }]);
    expect(issues).toEqual([expect.objectContaining({ code: 'unknown-block', path: 'body[0]' })]);
  });
});

describe('similar posts', () => {
  it('takes url or href, optional summary, topic, reading time and score', () => {
    const { article, issues } = normalizeArticle({
      title: 't',
      similar_posts: [
        { title: 'a', url: '/a', summary: 's', topic: 'ci', reading_time: 9, score: 88 },
        { title: 'b', href: 'https://example.com/b' },
      ],
    });
    expect(article.similarPosts).toEqual([
      { title: 'a', href: '/a', summary: 's', topic: 'ci', readingTime: '9 min', score: '88' },
      { title: 'b', href: 'https://example.com/b' },
    ]);
    expect(issues).toEqual([]);
  });

  it('uses the URL or "Untitled" when the title is missing, with an issue', () => {
    const { article, issues } = normalizeArticle({
      title: 't',
      similar_posts: [{ url: '/only-url' }, { summary: 'nothing else' }],
    });
    expect(article.similarPosts.map((p) => p.title)).toEqual(['/only-url', 'Untitled']);
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['missing-title', 'similar_posts[0].title'],
      ['missing-title', 'similar_posts[1].title'],
    ]);
  });

  it('reports a post or list items of the wrong type', () => {
    const { article, issues } = normalizeArticle({
      title: 't',
      body: [{ type: 'ul', items: 5 }],
      similar_posts: [5],
    });
    expect(article.body).toEqual([{ type: 'list', items: [{ text: '5' }] }]);
    expect(article.similarPosts).toEqual([{ title: '5' }]);
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['invalid-type', 'body[0].items'],
      ['invalid-type', 'similar_posts[0]'],
    ]);
  });

  it('does not link unsafe URLs', () => {
    const { article, issues } = normalizeArticle({
      title: 't',
      similar_posts: [{ title: 'x', url: 'javascript:alert(1)' }],
    });
    expect(article.similarPosts).toEqual([{ title: 'x' }]);
    expect(issues[0]).toMatchObject({ code: 'unsafe-url', path: 'similar_posts[0].url' });
  });
});

describe('wrong types', () => {
  it.each([null, undefined, 42, true, [], 'not json'])('article %j gives an empty, titled article', (raw) => {
    const { article, issues } = normalizeArticle(raw);
    expect(article.title).toBe('Untitled');
    expect(issues.length).toBeGreaterThan(0);
  });

  it('takes a JSON string article', () => {
    expect(normalizeArticle('{"title":"from json"}').article.title).toBe('from json');
  });

  it('shows a meta that is a plain string as one field, with an issue', () => {
    const { article, issues } = normalizeArticle({ title: 't', meta: 'just text' });
    expect(article.meta.entries).toEqual([{ key: 'meta', label: 'Meta', value: { kind: 'text', text: 'just text' } }]);
    expect(issues[0]).toMatchObject({ code: 'invalid-type', path: 'meta', severity: 'error' });
  });

  it('takes meta as a JSON string', () => {
    const { article } = normalizeArticle({ title: 't', meta: '{"topic":"x"}' });
    expect(article.meta.entries).toMatchObject([{ key: 'topic', value: { text: 'x' } }]);
  });

  it('keeps top-level keys outside the contract as meta, with an issue', () => {
    const { article, issues } = normalizeArticle({ title: 't', slug: 'my-post', meta: { topic: 'x' } });
    expect(article.meta.entries.map((e) => e.key)).toEqual(['topic', 'slug']);
    expect(issues).toEqual([expect.objectContaining({ code: 'unknown-field', path: 'slug' })]);
  });

  it('reports a missing title', () => {
    const { issues } = normalizeArticle({ meta: {} });
    expect(issues).toEqual([expect.objectContaining({ code: 'missing-title', path: 'title' })]);
  });
});
