/**
 * Real article bodies through `normalizeArticle` and `ArticleView`: a WordPress `content.rendered`, a
 * Markdown file with front matter, a Portable Text array, a Contentful rich-text document and a list of
 * Notion blocks each render as a real article, with no markup or JSON as visible text. Fixtures and
 * their sources: test/fixtures/platforms/README.md.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ArticleView, type BodyBlock, normalizeArticle } from '../src';
import { contentfulRichText, html, markdown, notionBlocks, portableText } from '../src/parsers';
import { markupProblems, renderPage } from './render-safety';

const platform = (name: string) => readFileSync(resolve(process.cwd(), 'test/fixtures/platforms', name), 'utf8');
const json = (name: string) => JSON.parse(platform(name));
const parsers = [html, markdown, portableText, contentfulRichText, notionBlocks];

/** Visible text that is markup or JSON: a tag, a Markdown heading or fence, a Portable Text or Contentful key. */
const LEAKED = /<\/?[a-z][a-z0-9]*[\s>/]|^#{1,6} |^```|"_type"|"_key"|"nodeType"|\{"/im;

function kinds(blocks: readonly BodyBlock[]): Set<string> {
  const found = new Set<string>();
  const walk = (list: readonly BodyBlock[]) => {
    for (const block of list) {
      found.add(block.type);
      if (block.type === 'list') for (const item of block.items) if (item.blocks) walk(item.blocks);
      if (block.type === 'quote' && block.blocks) walk(block.blocks);
    }
  };
  walk(blocks);
  return found;
}

function renderArticle(raw: unknown, options = {}) {
  const { article, issues } = normalizeArticle(raw, { parsers, ...options });
  const page = renderPage(article);
  expect(markupProblems(page.doc)).toEqual([]);
  // Code shows source as it is (`<StrictMode>` in a code span is the text a reader should see).
  const walker = document.createTreeWalker(page.doc, NodeFilter.SHOW_TEXT);
  const leaked: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement?.closest('code') && LEAKED.test(node.nodeValue ?? '')) leaked.push(node.nodeValue ?? '');
  }
  expect(leaked).toEqual([]);
  return { article, issues, page };
}

describe('bodies as they come', () => {
  it('a WordPress content.rendered: headings, lists, code, image, table, quote; the ad script dropped and named', () => {
    const post = json('wordpress-post.json');
    const { article, issues } = renderArticle({ title: post.title.rendered, body: post.content.rendered });
    expect(article.title).toBe('Why React’s useEffect Runs Twice in Development (and What to Do About It)');
    expect([...kinds(article.body)]).toEqual(
      expect.arrayContaining(['paragraph', 'heading', 'list', 'code', 'image', 'table', 'quote']),
    );
    expect(issues).toContainEqual(
      expect.objectContaining({ code: 'dropped-markup', path: 'body', message: expect.stringContaining('script') }),
    );
    render(<ArticleView article={article} />);
    expect(screen.getAllByRole('heading', { level: 2 }).length).toBeGreaterThan(1);
    expect(screen.getByRole('table')).toBeInTheDocument();
    expect(screen.getAllByRole('img').every((img) => img.getAttribute('loading') === 'lazy')).toBe(true);
    expect(document.querySelector('pre > code')).not.toBeNull();
  });

  it('a Markdown file with front matter is a whole article: title and meta from the front matter', () => {
    const { article, issues } = renderArticle(platform('astro-post.md'));
    expect(article.title).not.toBe('Untitled');
    expect(issues.filter((issue) => issue.code === 'invalid-type' || issue.code === 'missing-title')).toEqual([]);
    expect(article.meta.entries.map((entry) => entry.key)).toEqual(expect.arrayContaining(['description', 'pub_date']));
    expect(article.meta.entries.find((entry) => entry.key === 'pub_date')?.value.kind).not.toBe('empty');
    expect([...kinds(article.body)]).toEqual(expect.arrayContaining(['heading', 'paragraph', 'list', 'code', 'table']));
    const tasks = article.body
      .flatMap((block) => (block.type === 'list' ? block.items : []))
      .filter((item) => item.checked !== undefined);
    expect(tasks.length).toBeGreaterThan(0);
  });

  it('a Sanity Portable Text array', () => {
    const doc = json('sanity-portable-text.json');
    const { article } = renderArticle({ title: doc.title, body: doc.body });
    expect([...kinds(article.body)]).toEqual(expect.arrayContaining(['heading', 'paragraph', 'list', 'code']));
    render(<ArticleView article={article} />);
    const body = document.querySelector('.amb-PostBody') as HTMLElement;
    expect(within(body).getAllByRole('link').length).toBeGreaterThan(0);
    expect(body.querySelector('strong, em')).not.toBeNull();
  });

  it('a Contentful rich-text document', () => {
    const entry = json('contentful-entry.json');
    const { article } = renderArticle({ title: entry.fields.title, body: entry.fields.body });
    expect([...kinds(article.body)]).toEqual(
      expect.arrayContaining(['heading', 'paragraph', 'list', 'quote', 'divider']),
    );
  });

  it('a list of Notion blocks', () => {
    const { article } = renderArticle({ title: 'Notion page', body: json('notion-blocks.json') });
    expect([...kinds(article.body)]).toEqual(
      expect.arrayContaining(['heading', 'paragraph', 'list', 'code', 'quote', 'divider']),
    );
    const tasks = article.body
      .flatMap((block) => (block.type === 'list' ? block.items : []))
      .filter((item) => item.checked !== undefined);
    expect(tasks.length).toBeGreaterThan(0);
  });

  it.each([
    ['dev.to body_html', () => json('devto-article.json').body_html],
    ['dev.to body_markdown', () => json('devto-article.json').body_markdown],
    ['Ghost html', () => json('ghost-post.json').posts[0].html],
    ['JSON Feed content_html', () => json('jsonfeed-item.json').content_html],
    ['Strapi v4 CKEditor HTML', () => json('strapi-v4.json').data.attributes.content],
    ['Strapi v5 CKEditor HTML', () => json('strapi-v5.json').data.content],
  ])('%s renders as blocks, not markup', (_name, body) => {
    const { article } = renderArticle({ title: 'T', body: body() });
    expect(article.body.length).toBeGreaterThan(2);
    expect(kinds(article.body).has('heading') || kinds(article.body).has('list')).toBe(true);
  });
});

describe('detection', () => {
  const first = (raw: unknown, options = {}) =>
    normalizeArticle({ title: 'T', body: raw }, { parsers, ...options }).article.body[0];

  it('an HTML string is HTML; a Markdown string is Markdown', () => {
    expect(first('<h2>Setup</h2><p>Text</p>')).toMatchObject({ type: 'heading', text: 'Setup' });
    expect(first('## Setup\n\nText')).toMatchObject({ type: 'heading', text: 'Setup' });
  });

  it('an array of _type blocks is Portable Text; a nodeType document is Contentful; block objects are Notion', () => {
    expect(
      first([
        {
          _type: 'block',
          _key: 'a',
          style: 'normal',
          children: [{ _type: 'span', text: 'pt', marks: [] }],
          markDefs: [],
        },
      ]),
    ).toEqual({
      type: 'paragraph',
      text: 'pt',
    });
    expect(
      first({
        nodeType: 'document',
        data: {},
        content: [
          { nodeType: 'paragraph', data: {}, content: [{ nodeType: 'text', value: 'cf', marks: [], data: {} }] },
        ],
      }),
    ).toEqual({ type: 'paragraph', text: 'cf' });
    expect(
      first([
        {
          object: 'block',
          id: '1',
          type: 'paragraph',
          paragraph: {
            rich_text: [{ type: 'text', plain_text: 'nt', text: { content: 'nt', link: null }, annotations: {} }],
          },
        },
      ]),
    ).toEqual({ type: 'paragraph', text: 'nt' });
  });

  it('block JSON and plain text stay block JSON and paragraphs', () => {
    expect(first([{ type: 'paragraph', text: 'block' }])).toEqual({ type: 'paragraph', text: 'block' });
    expect(first('just text, no markup')).toEqual({ type: 'paragraph', text: 'just text, no markup' });
  });

  it('an explicit bodyFormat wins over detection', () => {
    expect(first('## not a heading', { bodyFormat: 'html' })).toEqual({ type: 'paragraph', text: '## not a heading' });
  });

  it('a bodyFormat no given parser reads is reported, and detection is used', () => {
    const { article, issues } = normalizeArticle(
      { title: 'T', body: '## x' },
      { parsers: [markdown], bodyFormat: 'html' },
    );
    expect(issues).toContainEqual(expect.objectContaining({ code: 'invalid-option', path: 'options.bodyFormat' }));
    expect(article.body[0]).toMatchObject({ type: 'heading', text: 'x' });
  });

  it("without parsers, today's behaviour: an HTML string is text", () => {
    const { article } = normalizeArticle({ title: 'T', body: '<h2>x</h2>' });
    expect(article.body).toEqual([{ type: 'paragraph', text: '<h2>x</h2>' }]);
  });

  it('parser issues are reported under body; a title from an HTML source decodes its entities once', () => {
    const { article, issues } = normalizeArticle(
      { title: 'sull&#8217;isola &amp;amp;', body: '<p>x</p><script>ad()</script>' },
      { parsers },
    );
    expect(article.title).toBe('sull’isola &amp;');
    expect(issues).toEqual([expect.objectContaining({ code: 'dropped-markup', path: 'body' })]);
  });

  it("the article's own title wins over the front matter, which is named", () => {
    const { article, issues } = normalizeArticle({ title: 'Own', body: '---\ntitle: Front\n---\nText' }, { parsers });
    expect(article.title).toBe('Own');
    expect(issues).toEqual([expect.objectContaining({ code: 'duplicate-key', path: 'body.frontmatter.title' })]);
  });

  it('parsers that are not parsers are reported', () => {
    expect(normalizeArticle({ title: 'T' }, { parsers: [{}] as never }).issues).toEqual([
      expect.objectContaining({ code: 'invalid-option', path: 'options.parsers' }),
    ]);
  });
});
