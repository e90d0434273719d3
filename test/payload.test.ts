import { describe, expect, it } from 'vitest';
import { type MetaEntry, type MetaIssue, normalizeArticle } from '../src';

const where = (issues: readonly MetaIssue[]) => issues.map((issue) => [issue.code, issue.path]);
const keys = (entries: readonly MetaEntry[]) =>
  entries.map((entry) => (entry.internal ? `${entry.key} (internal)` : entry.key));

describe('Ghost Content API: { posts: [post], meta }', () => {
  const post = (title: string) => ({ id: `id-${title}`, title, html: `<p>${title} body</p>` });

  it('reads the one post; the pagination meta is an internal, the posts list is not repeated', () => {
    const { article, issues } = normalizeArticle({
      posts: [post('First')],
      meta: { pagination: { page: 1, limit: 15, pages: 1, total: 1 } },
    });
    expect(article.title).toBe('First');
    expect(keys(article.meta.entries)).toEqual(['id', 'meta (internal)']);
    expect(where(issues)).toEqual([['unknown-field', 'posts[0].id']]);
  });

  it('a post alone in its envelope leaves no internals', () => {
    const { article } = normalizeArticle({ posts: [post('First')] });
    expect(article.title).toBe('First');
    expect(keys(article.meta.entries)).toEqual(['id']);
  });

  it('keeps the other posts of a browse response with the internals, without the first', () => {
    const { article } = normalizeArticle({ posts: [post('First'), post('Second'), post('Third')] });
    expect(article.title).toBe('First');
    expect(keys(article.meta.entries)).toEqual(['id', 'posts (internal)']);
    const others = article.meta.entries[1].value;
    const titles =
      others.kind === 'list'
        ? others.items.map((item) =>
            item.kind === 'record' ? item.entries.find((entry) => entry.key === 'title')?.value : item,
          )
        : others;
    expect(titles).toEqual([
      { kind: 'text', text: 'Second' },
      { kind: 'text', text: 'Third' },
    ]);
  });

  it('is no envelope when the payload also has data or fields', () => {
    for (const other of ['data', 'fields']) {
      const { article } = normalizeArticle({ posts: [post('First')], [other]: { title: 'Other' } });
      expect(article.title).toBe('Untitled');
      expect(keys(article.meta.entries)).toEqual(['posts', other]);
    }
  });
});

describe('Strapi: v4 { data: { id, attributes }, meta }, v5 { data, meta }', () => {
  it('v4: the attributes with the entry id, at data.attributes; meta is an internal', () => {
    const { article, issues } = normalizeArticle({
      data: { id: 7, attributes: { title: 'Four', content: '<p>x</p>', slug: 'four' } },
      meta: {},
    });
    expect(article.title).toBe('Four');
    expect(keys(article.meta.entries)).toEqual(['id', 'slug', 'meta (internal)']);
    expect(where(issues)).toEqual([
      ['unknown-field', 'data.attributes.id'],
      ['unknown-field', 'data.attributes.slug'],
    ]);
  });

  it('v5: the data itself, at data; meta is an internal', () => {
    const { article, issues } = normalizeArticle({
      data: { id: 7, documentId: 'abc', title: 'Five', content: '<p>x</p>' },
      meta: {},
    });
    expect(article.title).toBe('Five');
    expect(keys(article.meta.entries)).toEqual(['id', 'document_id', 'meta (internal)']);
    expect(where(issues)).toEqual([
      ['unknown-field', 'data.id'],
      ['unknown-field', 'data.documentId'],
    ]);
  });

  it('is no envelope when the payload also has posts or fields', () => {
    for (const other of ['posts', 'fields']) {
      const { article } = normalizeArticle({ data: { title: 'Data' }, [other]: 'x' });
      expect(article.title).toBe('Untitled');
      expect(keys(article.meta.entries)).toEqual(['data', other]);
    }
  });
});

describe('Contentful Delivery API: { metadata, sys, fields }', () => {
  it('reads the fields at fields; sys and metadata are internals', () => {
    const { article, issues } = normalizeArticle({
      metadata: { tags: [] },
      sys: { id: 'e1', type: 'Entry' },
      fields: { title: 'Rich', slug: 'rich' },
    });
    expect(article.title).toBe('Rich');
    expect(keys(article.meta.entries)).toEqual(['slug', 'metadata (internal)', 'sys (internal)']);
    expect(where(issues)).toEqual([['unknown-field', 'fields.slug']]);
  });

  it('fields without sys are no envelope', () => {
    const { article } = normalizeArticle({ fields: { title: 'Rich' }, kind: 'x' });
    expect(article.title).toBe('Untitled');
    expect(keys(article.meta.entries)).toEqual(['fields', 'kind']);
  });
});

describe('a payload with its own title or body is no envelope', () => {
  it.each(['title', 'name'])('%s beside data: the payload is the article', (key) => {
    const { article } = normalizeArticle({ [key]: 'Own', data: { title: 'Inner' } });
    expect(article.title).toBe('Own');
    expect(keys(article.meta.entries)).toEqual(['data']);
  });

  it.each(['title', 'name'])('%s beside posts: the payload is the article, the posts a field of it', (key) => {
    const { article, issues } = normalizeArticle({ [key]: 'Own', posts: [{ title: 'Inner' }] });
    expect(article.title).toBe('Own');
    expect(keys(article.meta.entries)).toEqual(['posts']);
    expect(where(issues)).toEqual([['unknown-field', 'posts']]);
  });

  it('a body beside posts: the payload is the article, untitled, with its own body', () => {
    const { article, issues } = normalizeArticle({ body: 'Own', posts: [{ title: 'Inner' }] });
    expect(article.title).toBe('Untitled');
    expect(article.body).toEqual([{ type: 'paragraph', text: 'Own' }]);
    expect(keys(article.meta.entries)).toEqual(['posts']);
    expect(where(issues)).toEqual([
      ['unknown-field', 'posts'],
      ['missing-title', 'title'],
    ]);
  });

  it('a title that throws when read counts as present: the posts beside it are no envelope', () => {
    const payload = {
      get title(): string {
        throw new Error('no');
      },
      posts: [{ title: 'Inner' }],
    };
    const { article, issues } = normalizeArticle(payload);
    expect(article.title).toBe('Untitled');
    expect(where(issues)).toEqual([
      ['unreadable-value', 'title'],
      ['unknown-field', 'posts'],
      ['missing-title', 'title'],
    ]);
  });
});

describe('names platforms give the title and the body', () => {
  it('name is the title', () => {
    const { article, issues } = normalizeArticle({ name: 'Named', body: 'b' });
    expect(article.title).toBe('Named');
    expect(issues).toEqual([]);
  });

  it.each(['content_html', 'markdown', 'articleBody'])('%s is the body', (key) => {
    const { article, issues } = normalizeArticle({ title: 'T', [key]: 'Words.' });
    expect(article.body).toEqual([{ type: 'paragraph', text: 'Words.' }]);
    expect(article.meta.entries).toEqual([]);
    expect(issues).toEqual([]);
  });
});
