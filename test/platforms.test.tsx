/**
 * Platform payloads passed as they come (fixtures and their sources: test/fixtures/platforms/README.md):
 * each gives the right title and body, a readable box, every leaf shown or named by an issue, and no
 * unsafe URL. The numbers per platform are in the Data contract page, "Passed as it comes".
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Article, normalizeArticle } from '../src';
import { contentfulRichText, html, htmlText, markdown, notionBlocks, portableText } from '../src/parsers';
import { inputLeaves, leafShownAt, markupProblems, renderPage } from './render-safety';

const platform = (name: string) => readFileSync(resolve(process.cwd(), 'test/fixtures/platforms', name), 'utf8');
const parsers = [html, markdown, portableText, contentfulRichText, notionBlocks];

/** Rows a reader sees in the box: top-level entries not hidden and not under "More fields". */
const visibleRows = (article: Article) =>
  article.meta.entries.filter((entry) => !entry.hidden && !entry.internal).length;

/** Where each payload keeps its body: its leaves are the body parsers' (their tests check every text). */
const BODY_PATHS: Record<string, string> = {
  'wordpress-post.json': 'content.rendered',
  'ghost-post.json': 'posts[0].html',
  'devto-article.json': 'body_html',
  'jsonfeed-item.json': 'content_html',
  'strapi-v4.json': 'data.attributes.content',
  'strapi-v5.json': 'data.content',
  'contentful-entry.json': 'fields.body',
  'sanity-portable-text.json': 'body',
  'astro-post.md': '',
  'rss-parser-item.json': 'content',
};

function passedAsItComes(name: string) {
  const text = platform(name);
  const raw = name.endsWith('.json') ? JSON.parse(text) : text;
  const { article, issues } = normalizeArticle(raw, { parsers });
  const page = renderPage(article);
  expect(markupProblems(page.doc)).toEqual([]);
  // Every leaf is shown by the element that renders its path (the body's text included) or named by an
  // issue at its path or a parent's.
  const body = BODY_PATHS[name];
  const missing = inputLeaves(raw)
    .filter(
      (leaf) =>
        body === undefined ||
        !(leaf.path === body || leaf.path.startsWith(`${body}.`) || leaf.path.startsWith(`${body}[`)),
    )
    // An HTML field other than the body (an excerpt, a `yoast_head`) is shown as its text.
    .map((leaf) =>
      typeof leaf.value === 'string' && /<[a-z][^>]*>|&#?[a-z0-9]+;/i.test(leaf.value)
        ? { ...leaf, value: htmlText(leaf.value) }
        : leaf,
    )
    .filter((leaf) => !leafShownAt(leaf, page, issues));
  return { article, issues, missing, raw };
}

describe('payloads passed as they come', () => {
  it('WordPress (REST wp/v2/posts with Yoast): title.rendered decoded, content.rendered as blocks, ≤ 30 visible rows', () => {
    const { article, missing, raw } = passedAsItComes('wordpress-post.json');
    expect(article.title).toBe('Why React’s useEffect Runs Twice in Development (and What to Do About It)');
    expect(article.body.length).toBeGreaterThan(10);
    expect(visibleRows(article)).toBeLessThanOrEqual(30);
    const internal = article.meta.entries.filter((entry) => entry.internal).map((entry) => entry.key);
    expect(internal).toEqual(expect.arrayContaining(['yoast_head', 'yoast_head_json', '_links']));
    expect(raw.excerpt.rendered).toContain('<p>');
    expect(article.meta.entries.find((entry) => entry.key === 'excerpt')?.value).toMatchObject({ kind: 'text' });
    expect(JSON.stringify(article.meta)).not.toContain('<p>');
    expect(missing).toEqual([]);
  });

  it('Ghost ({ posts: [post] }): title, html body, authors as people, tags as linked tags, feature image', () => {
    const { article, missing } = passedAsItComes('ghost-post.json');
    expect(article.title).toBe('Zero-downtime Postgres migrations with expand/contract');
    expect(article.body.length).toBeGreaterThan(3);
    const kinds = Object.fromEntries(article.meta.entries.map((entry) => [entry.key, entry.value.kind]));
    expect(kinds).toMatchObject({ authors: 'people', tags: 'tags', feature_image: 'image', reading_time: 'number' });
    expect(missing).toEqual([]);
  });

  it('dev.to (Forem API): body_html is the body, body_markdown the internals; user is a person; reading_time_minutes "1 min"', () => {
    const { article, missing } = passedAsItComes('devto-article.json');
    expect(article.body.length).toBeGreaterThan(3);
    const entry = (key: string) => article.meta.entries.find((item) => item.key === key);
    expect(entry('body_markdown')?.internal).toBe(true);
    expect(entry('user')?.value.kind).toBe('people');
    expect(entry('cover_image')?.value.kind).toBe('image');
    expect(entry('reading_time_minutes')?.value).toMatchObject({
      kind: 'number',
      text: expect.stringMatching(/ min$/),
    });
    expect(missing).toEqual([]);
  });

  it('JSON Feed 1.1 item: content_html, authors, date_published, image', () => {
    const { article, missing } = passedAsItComes('jsonfeed-item.json');
    const kinds = Object.fromEntries(article.meta.entries.map((entry) => [entry.key, entry.value.kind]));
    expect(kinds).toMatchObject({ authors: 'people', date_published: 'date', image: 'image' });
    expect(missing).toEqual([]);
  });

  it.each(['strapi-v4.json', 'strapi-v5.json'])('%s: the envelope taken off, CKEditor HTML as the body', (name) => {
    const { article, missing } = passedAsItComes(name);
    expect(article.title).not.toBe('Untitled');
    expect(article.body.length).toBeGreaterThan(3);
    expect(missing).toEqual([]);
  });

  it('Contentful entry ({ sys, fields, metadata }): fields are the article, sys and metadata the internals', () => {
    const { article, missing } = passedAsItComes('contentful-entry.json');
    expect(article.title).not.toBe('Untitled');
    expect(article.body.length).toBeGreaterThan(3);
    const internal = article.meta.entries.filter((entry) => entry.internal).map((entry) => entry.key);
    expect(internal).toEqual(expect.arrayContaining(['sys', 'metadata']));
    expect(missing).toEqual([]);
  });

  it('Sanity document: Portable Text body, _internals out of the way, _createdAt a date', () => {
    const { article, missing } = passedAsItComes('sanity-portable-text.json');
    expect(article.body.length).toBeGreaterThan(3);
    const created = article.meta.entries.find((entry) => entry.key === '_createdAt');
    expect(created).toMatchObject({ internal: true, value: { kind: 'date' } });
    expect(missing).toEqual([]);
  });

  it('Astro Markdown file: front matter is the title and meta', () => {
    const { article, missing } = passedAsItComes('astro-post.md');
    expect(article.title).not.toBe('Untitled');
    expect(missing).toEqual([]);
  });

  it('Hacker News item: score is a number, not a meter; time is a date', () => {
    const { article, missing } = passedAsItComes('hackernews-item.json');
    const kinds = Object.fromEntries(article.meta.entries.map((entry) => [entry.key, entry.value.kind]));
    expect(kinds).toMatchObject({ score: 'number', time: 'date' });
    expect(missing).toEqual([]);
  });

  it('RSS item (rss-parser): pubDate in RFC 2822 is a date; content is the body', () => {
    const { article, missing } = passedAsItComes('rss-parser-item.json');
    const kinds = Object.fromEntries(article.meta.entries.map((entry) => [entry.key, entry.value.kind]));
    expect(kinds).toMatchObject({ pub_date: 'date' });
    expect(article.body.length).toBeGreaterThan(0);
    expect(missing).toEqual([]);
  });

  it('schema.org Article JSON-LD: headline is the title, author a person, image an image, @context internal', () => {
    const { article, missing } = passedAsItComes('schemaorg-article.json');
    expect(article.title).not.toBe('Untitled');
    const entry = (key: string) => article.meta.entries.find((item) => item.key === key);
    expect(entry('@context')?.internal).toBe(true);
    expect(entry('date_published')?.value.kind).toBe('date');
    expect(missing).toEqual([]);
  });

  it('Notion page object: properties and title are kept', () => {
    const { missing } = passedAsItComes('notion-page.json');
    expect(missing).toEqual([]);
  });
});
