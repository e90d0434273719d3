import { describe, expect, it } from 'vitest';
import { normalizeArticle } from '../src';
import { FORBIDDEN_TEXT, loadFixture } from './helpers';
import {
  elementAtPath,
  inputLeaves,
  isSafeHref,
  leafShownAt,
  markupProblems,
  renderPage,
  textNodes,
} from './render-safety';

const fixtures: [string, unknown][] = [
  ['seed', loadFixture('seed-article')],
  ['messy CMS export', loadFixture('messy-export')],
  ['broken values', loadFixture('broken-values')],
  ['hostile strings', loadFixture('hostile')],
  ['meta as a string', { title: 'x', meta: 'plain text meta', body: [] }],
  ['body as a string', { title: 'x', body: 'first paragraph\n\nsecond paragraph', meta: { topic: 't' } }],
  ['null article', null],
  ['null parts', { title: null, body: null, meta: null, similar_posts: null }],
  ['wrong part types', { title: 42, body: 7, meta: [1, 2], similar_posts: 'nope' }],
];

/**
 * Normalizes and renders inside the test that calls it, not while the tests are collected: mutation
 * testing's per-test coverage then sees which test reaches which line.
 */
function load(raw: unknown) {
  const { article, issues } = normalizeArticle(raw);
  return { article, issues, page: renderPage(article) };
}

describe.each(fixtures)('rendering the %s fixture', (_name, raw) => {
  it('shows every string and number leaf of the input in the element that renders its path, or names it in an issue', () => {
    const { issues, page } = load(raw);
    const missing = inputLeaves(raw)
      // A block's type is structure: it decides the element, it is not a value to show.
      .filter((leaf) => !/^body\[\d+\]\.type$/.test(leaf.path))
      .filter((leaf) => !leafShownAt(leaf, page, issues))
      .map((leaf) => `${leaf.path} = ${JSON.stringify(leaf.value)}`);
    expect(missing).toEqual([]);
  });

  it('never shows NaN, Infinity, Invalid Date, undefined, null or [object Object]', () => {
    const { page } = load(raw);
    expect(textNodes(page.doc).filter((text) => FORBIDDEN_TEXT.test(text))).toEqual([]);
    expect(page.html).not.toMatch(/NaN|Infinity|undefined|\[object Object\]/);
  });

  it('contains no element or attribute from input markup and no unsafe href', () => {
    const { page } = load(raw);
    expect(markupProblems(page.doc)).toEqual([]);
  });
});

describe('the hostile fixture', () => {
  const raw = loadFixture('hostile');

  it('shows markup as text', () => {
    const { page } = load(raw);
    expect(page.doc.querySelector('h1')?.textContent).toBe(raw.title);
    expect(page.doc.textContent).toContain('<script>alert(1)</script>');
    expect(page.doc.querySelectorAll('script, iframe, img, svg, style, marquee, input, b')).toHaveLength(0);
  });

  it('links only the safe URLs', () => {
    const { page } = load(raw);
    const hrefs = Array.from(page.doc.querySelectorAll('a')).map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual([
      'https://example.com/?q=<script>',
      'mailto:editor@example.com',
      '/posts/next',
      'https://example.com/fine',
    ]);
    expect(hrefs.every((href) => isSafeHref(href ?? ''))).toBe(true);
  });

  it('reports every unsafe URL with its path', () => {
    const { issues } = load(raw);
    const unsafe = issues.filter((issue) => issue.code === 'unsafe-url').map((issue) => issue.path);
    expect(unsafe).toEqual([
      'meta.source_url',
      'meta.homepage_url',
      'meta.docs_url',
      'meta.wiki_url',
      'meta.repo_url',
      'meta.mirror_url',
      'meta.entity_url',
      'meta.hex_entity_url',
      'meta.data_url',
      'meta.vb_url',
      'meta.link',
      'similar_posts[0].url',
      'similar_posts[1].url',
      'similar_posts[2].href',
    ]);
  });

  it('keeps __proto__ as data without polluting prototypes', () => {
    const { page } = load(raw);
    expect(page.doc.textContent).toContain('__proto__');
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});

describe('the messy CMS export', () => {
  it('normalizes to the same shape as the seed', () => {
    const { article, issues } = normalizeArticle(loadFixture('messy-export'));
    const kinds = Object.fromEntries(article.meta.entries.map((e) => [e.key, e.value.kind]));
    expect(kinds).toMatchObject({
      ai_outline: 'record',
      stack: 'tags',
      tools: 'tags',
      reading_time: 'number',
      view_count: 'number',
      scores: 'scores',
      revision: 'record',
      flags: 'record',
      checklist: 'checklist',
      entities: 'list',
      notes: 'list',
      canonical_url: 'link',
    });
    expect(issues.map((i) => i.code)).toEqual(['missing-title']);
  });
});

describe('leafShownAt: a leaf is checked in the element that renders its path', () => {
  const seedPage = () => {
    const { article, issues } = normalizeArticle(loadFixture('seed-article'));
    return { page: renderPage(article), issues };
  };

  it('finds the row, the nested row and the list item of a path', () => {
    const { page } = seedPage();
    expect(elementAtPath(page.doc, 'title')?.tagName).toBe('H1');
    expect(elementAtPath(page.doc, 'meta.topic')?.getAttribute('data-key')).toBe('topic');
    const reviewed = elementAtPath(page.doc, 'meta.revision.last_reviewed');
    expect(reviewed?.getAttribute('data-key')).toBe('last_reviewed');
    expect(reviewed?.querySelector('dd')?.textContent).toBe('Dec 12, 2024');
    expect(elementAtPath(page.doc, 'meta.stack[1]')?.textContent).toBe('backend');
    // Spelled as the source spells it: the row carries the canonical key.
    expect(elementAtPath(page.doc, 'meta.readingTime')?.getAttribute('data-key')).toBe('reading_time');
    expect(elementAtPath(page.doc, 'meta.not_in_the_seed')).toBeUndefined();
  });

  it('does not accept a value shown in another row', () => {
    const { page, issues } = seedPage();
    // "backend" is on the page (under Stack), not in the Topic row.
    expect(leafShownAt({ path: 'meta.topic', value: 'backend' }, page, issues)).toBe(false);
    expect(leafShownAt({ path: 'meta.stack[1]', value: 'backend' }, page, issues)).toBe(true);
    expect(leafShownAt({ path: 'meta.stack[0]', value: 'backend' }, page, issues)).toBe(false);
    // A flag's row says Yes or No; the reading time row, "12 min": not any row of the page.
    expect(leafShownAt({ path: 'meta.flags.has_images', value: 0 }, page, issues)).toBe(true);
    expect(leafShownAt({ path: 'meta.flags.has_images', value: 1 }, page, issues)).toBe(false);
    expect(leafShownAt({ path: 'meta.revision.version', value: 0 }, page, issues)).toBe(false);
  });
});
