/**
 * The article itself (src/normalize/article.ts): what is not an article object, the article's own
 * keys under their other names, its title, the front matter and a platform's envelope joining the
 * meta, and reads that throw at the level of the article.
 */
import { describe, expect, it } from 'vitest';
import { type BodyParser, normalizeArticle } from '../src';
import { html, markdown } from '../src/parsers';

const codes = (issues: { code: string; path: string }[]) => issues.map((issue) => [issue.code, issue.path]);

const revokedProxy = () => {
  const revocable = Proxy.revocable({}, {});
  revocable.revoke();
  return revocable.proxy;
};

const throwing = () => {
  throw new Error('trap');
};

/** A custom body parser (the `BodyParser` contract) for bodies that start with `%doc`. */
const docParser = (parsed: Partial<ReturnType<BodyParser['parse']>>, readTitle?: BodyParser['readTitle']) =>
  ({
    format: 'markdown',
    detect: (raw: unknown) => typeof raw === 'string' && raw.startsWith('%doc'),
    parse: () => ({ blocks: [{ type: 'paragraph', text: 'doc' }], ...parsed }),
    ...(readTitle ? { readTitle } : {}),
  }) as BodyParser;

describe('an article that is not an object', () => {
  it('a string that is not JSON is the body, as paragraphs, with an invalid-type issue for the article', () => {
    const { article, issues } = normalizeArticle('just some words\n\nsecond');
    expect(article).toEqual({
      title: 'Untitled',
      body: [
        { type: 'paragraph', text: 'just some words' },
        { type: 'paragraph', text: 'second' },
      ],
      meta: { entries: [], groups: [] },
      similarPosts: [],
    });
    expect(codes(issues)).toEqual([['invalid-type', '']]);
  });

  it('a number is kept as the one "Article" field of the meta box, with no body', () => {
    const { article, issues } = normalizeArticle(42);
    const entry = { key: 'article', label: 'Article', value: { kind: 'number', value: 42, text: '42' } };
    expect(article.title).toBe('Untitled');
    expect(article.body).toEqual([]);
    expect(article.similarPosts).toEqual([]);
    expect(article.meta.entries).toEqual([entry]);
    expect(issues).toEqual([
      {
        path: '',
        code: 'invalid-type',
        message: 'The article has the wrong type; shown as text (42).',
        severity: 'error',
      },
    ]);
  });

  it.each([
    ['null', null],
    ['undefined', undefined],
  ])('%s gives an empty article: no field, no body, one invalid-type issue', (_, raw) => {
    const { article, issues } = normalizeArticle(raw);
    expect(article).toEqual({ title: 'Untitled', body: [], meta: { entries: [], groups: [] }, similarPosts: [] });
    expect(codes(issues)).toEqual([['invalid-type', '']]);
  });

  it("what is wrong inside a value that is not an object is reported at the article's own paths", () => {
    const fn = normalizeArticle(() => 1);
    expect(fn.article.meta.entries).toEqual([
      { key: 'article', label: 'Article', value: { kind: 'text', text: '[function]', invalid: true } },
    ]);
    expect(codes(fn.issues)).toEqual([
      ['invalid-type', ''],
      ['unsupported-value', ''],
    ]);
    const list = normalizeArticle([Symbol('s')]);
    expect(list.article.meta.entries).toEqual([
      {
        key: 'article',
        label: 'Article',
        value: { kind: 'list', items: [{ kind: 'text', text: 'Symbol(s)', invalid: true }] },
      },
    ]);
    expect(codes(list.issues)).toEqual([
      ['invalid-type', ''],
      ['unsupported-value', '[0]'],
    ]);
  });

  it('a revoked Proxy is an unreadable article, read as an object with no keys: no wrong-type issue', () => {
    const { article, issues } = normalizeArticle(revokedProxy());
    expect(article).toEqual({ title: 'Untitled', body: [], meta: { entries: [], groups: [] }, similarPosts: [] });
    expect(codes(issues)).toEqual([
      ['unreadable-value', ''],
      ['unreadable-value', ''],
      ['missing-title', 'title'],
    ]);
  });
});

describe('counts of what is left out', () => {
  it('an article with nothing left out has no count keys at all, not even undefined ones', () => {
    const { article } = normalizeArticle({ title: 'T', body: ['a'], similar_posts: ['p'] });
    expect(Object.keys(article)).toEqual(['title', 'body', 'meta', 'similarPosts']);
    expect(Object.keys(normalizeArticle(42).article)).toEqual(['title', 'body', 'meta', 'similarPosts']);
  });
});

describe("the article's own keys under other names", () => {
  it('a second spelling of the title is named as a duplicate and not shown; another name of it is meta', () => {
    const { article, issues } = normalizeArticle({ title: 'A', Title: 'B', headline: 'C' });
    expect(article.title).toBe('A');
    expect(article.meta.entries).toEqual([{ key: 'headline', label: 'Headline', value: { kind: 'text', text: 'C' } }]);
    expect(codes(issues)).toEqual([
      ['duplicate-key', 'Title'],
      ['unknown-field', 'headline'],
    ]);
  });

  it('a second body form is a platform internal; a second title is not', () => {
    const { article } = normalizeArticle({ title: 'A', headline: 'B', body_html: 'x', body_markdown: 'y' });
    expect(article.body).toEqual([{ type: 'paragraph', text: 'x' }]);
    expect(article.meta.entries).toEqual([
      { key: 'headline', label: 'Headline', value: { kind: 'text', text: 'B' } },
      { key: 'body_markdown', label: 'Body markdown', value: { kind: 'text', text: 'y' }, internal: true },
    ]);
  });

  it("WordPress's { rendered } title and content are their text; their other keys are named", () => {
    const { article, issues } = normalizeArticle(
      {
        title: { rendered: 'Hello &amp; bye', protected: false },
        content: { rendered: '<p><a href="javascript:alert(1)">x</a></p>', protected: false },
      },
      { parsers: [html] },
    );
    expect(article.title).toBe('Hello & bye');
    expect(article.body).toEqual([{ type: 'paragraph', text: 'x' }]);
    expect(article.meta.entries).toEqual([]);
    // The body's issues are at the path of the rendered text.
    expect(codes(issues)).toEqual([
      ['unknown-field', 'title.protected'],
      ['unknown-field', 'content.protected'],
      ['unsafe-url', 'content.rendered'],
    ]);
  });

  it('an empty { rendered } title is missing at title.rendered', () => {
    const { article, issues } = normalizeArticle({ title: { rendered: '' }, body: 'x' });
    expect(article.title).toBe('Untitled');
    expect(codes(issues)).toEqual([['missing-title', 'title.rendered']]);
  });

  it('a second spelling beside a { rendered } title is a duplicate too', () => {
    const { article, issues } = normalizeArticle({ title: { rendered: 'A' }, Title: 'B' });
    expect(article.title).toBe('A');
    expect(article.meta.entries).toEqual([]);
    expect(codes(issues)).toEqual([['duplicate-key', 'Title']]);
  });

  it('a meta with a "rendered" key is an ordinary meta: only the title and the body are { rendered }', () => {
    const { article, issues } = normalizeArticle({ title: 'T', meta: { rendered: 'x', other: 1 } });
    expect(article.meta.entries).toEqual([
      { key: 'rendered', label: 'Rendered', value: { kind: 'text', text: 'x' } },
      { key: 'other', label: 'Other', value: { kind: 'number', value: 1, text: '1' } },
    ]);
    expect(issues).toEqual([]);
  });

  it("another { rendered } field (an excerpt) is its text, read as the body's format when it has one", () => {
    const plain = normalizeArticle({ title: 'T', excerpt: { rendered: 'x', protected: false } });
    expect(plain.article.meta.entries).toEqual([
      { key: 'excerpt', label: 'Excerpt', value: { kind: 'text', text: 'x' } },
    ]);
    expect(codes(plain.issues)).toEqual([
      ['unknown-field', 'excerpt'],
      ['unknown-field', 'excerpt.protected'],
    ]);
    const fromHtml = normalizeArticle(
      {
        title: 'T',
        body: '<p>b</p>',
        excerpt: { rendered: ' <p>Short &amp; sweet</p> ' },
        guid: { rendered: ' g-1 ' },
      },
      { parsers: [html] },
    );
    expect(fromHtml.article.meta.entries.map((entry) => [entry.key, entry.value])).toEqual([
      ['excerpt', { kind: 'text', text: 'Short & sweet' }],
      ['guid', { kind: 'text', text: 'g-1', code: true }],
    ]);
  });
});

describe('the title', () => {
  it('is trimmed', () => {
    expect(normalizeArticle({ title: '  Hello  ' }).article.title).toBe('Hello');
  });

  it('of only spaces is missing', () => {
    const { article, issues } = normalizeArticle({ title: '   ' });
    expect(article.title).toBe('Untitled');
    expect(codes(issues)).toEqual([['missing-title', 'title']]);
  });

  it('that is not text is shown as its JSON text, with an invalid-type issue', () => {
    const { article, issues } = normalizeArticle({ title: ['a', 'b'] });
    expect(article.title).toBe('["a","b"]');
    expect(codes(issues)).toEqual([['invalid-type', 'title']]);
  });

  it("from the front matter is the article's when it has none of its own; it joins no other field", () => {
    const { article, issues } = normalizeArticle(
      { body: '---\ntitle: From front matter\ntopic: t\nauthor: Ada\n---\n\ntext' },
      { parsers: [markdown] },
    );
    expect(article.title).toBe('From front matter');
    expect(article.body).toEqual([{ type: 'paragraph', text: 'text' }]);
    // The front matter's fields are the article's meta: known top-level kinds (author: people), not internals.
    expect(article.meta.entries).toEqual([
      { key: 'topic', label: 'Topic', value: { kind: 'text', text: 't' } },
      { key: 'author', label: 'Author', value: { kind: 'people', people: [{ name: 'Ada' }] } },
    ]);
    expect(issues).toEqual([]);
  });

  it("is trimmed after a custom parser's readTitle", () => {
    const parser = docParser({}, (raw) => ` ${raw.toUpperCase()} `);
    const { article, issues } = normalizeArticle({ title: 'Quiet', body: '%doc' }, { parsers: [parser] });
    expect(article.title).toBe('QUIET');
    expect(article.body).toEqual([{ type: 'paragraph', text: 'doc' }]);
    expect(issues).toEqual([]);
  });

  it('is missing when a custom parser gives a null title', () => {
    const parser = docParser({ title: null as never });
    const { article, issues } = normalizeArticle({ body: '%doc' }, { parsers: [parser] });
    expect(article.title).toBe('Untitled');
    expect(codes(issues)).toEqual([['missing-title', 'title']]);
  });
});

describe('the front matter and other keys join the meta', () => {
  it('what the meta and the front matter leave out is counted together, each reported at its path', () => {
    const { article, issues } = normalizeArticle(
      { title: 'T', meta: { a: 1, b: 2, c: 3 }, body: '---\nx: 1\ny: 2\nz: 3\n---\n\ntext' },
      { parsers: [markdown], maxEntries: 2 },
    );
    expect(article.meta.entries.map((entry) => entry.key)).toEqual(['a', 'b', 'x', 'y']);
    expect(article.meta.omitted).toBe(2);
    expect(codes(issues)).toEqual([
      ['truncated', 'meta'],
      ['truncated', 'body.frontmatter'],
    ]);
  });

  it('a front matter cut alone is counted on its own', () => {
    const { article } = normalizeArticle(
      { title: 'T', body: '---\nx: 1\ny: 2\nz: 3\n---\n\ntext' },
      { parsers: [markdown], maxEntries: 2 },
    );
    expect(article.meta.omitted).toBe(1);
  });

  it("an envelope's other parts are internals, at their own paths (Contentful sys)", () => {
    const { article, issues } = normalizeArticle({ sys: { id: 'a', Id: 'b' }, fields: { title: 'T' } });
    expect(article.title).toBe('T');
    expect(article.meta.entries).toEqual([
      {
        key: 'sys',
        label: 'Sys',
        value: {
          kind: 'record',
          entries: [
            { key: 'id', label: 'ID', value: { kind: 'text', text: 'a', code: true } },
            { key: 'id', label: 'ID', value: { kind: 'text', text: 'b', code: true } },
          ],
        },
        internal: true,
      },
    ]);
    expect(codes(issues)).toEqual([['duplicate-key', 'sys.Id']]);
  });
});

describe('reads that throw at the level of the article', () => {
  it("an envelope whose keys cannot be listed is read as the article, by the contract's keys", () => {
    const payload = new Proxy({ content_text: 'Plain words', data: { id: 1 } }, { ownKeys: throwing });
    const { article, issues } = normalizeArticle(payload);
    expect(article.body).toEqual([{ type: 'paragraph', text: 'Plain words' }]);
    expect(article.meta.entries).toEqual([]);
    expect(codes(issues)).toEqual([
      ['unreadable-value', ''],
      ['unreadable-value', ''],
      ['missing-title', 'title'],
    ]);
  });

  it('an article that can neither list its keys nor say which it has is read as having none', () => {
    const { article, issues } = normalizeArticle(new Proxy({}, { ownKeys: throwing, has: throwing }));
    expect(article).toEqual({ title: 'Untitled', body: [], meta: { entries: [], groups: [] }, similarPosts: [] });
    expect(codes(issues)).toEqual([
      ['unreadable-value', ''],
      ['missing-title', 'title'],
    ]);
  });

  it('a revoked Proxy as the similar posts is one marker post', () => {
    const { article, issues } = normalizeArticle({ title: 'T', similar_posts: revokedProxy() });
    expect(article.similarPosts).toEqual([{ title: '[Unreadable]' }]);
    expect(codes(issues)).toEqual([['unreadable-value', 'similar_posts']]);
  });
});
