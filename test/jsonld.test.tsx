import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ArticleJsonLd, normalizeArticle, serializeJsonLd, toJsonLd } from '../src';
import seed from './fixtures/seed-article.json';

/**
 * Every top-level key toJsonLd may emit, each a property of TechArticle or one it inherits
 * (https://schema.org/TechArticle, Article, CreativeWork, Thing), plus the JSON-LD keywords.
 */
const SCHEMA_ORG_PROPERTIES = new Set([
  '@context',
  '@type',
  // TechArticle
  'proficiencyLevel',
  'dependencies',
  // Article
  'articleBody',
  'articleSection',
  'wordCount',
  // CreativeWork
  'headline',
  'keywords',
  'timeRequired',
  'dateModified',
  'datePublished',
  'dateCreated',
  'interactionStatistic',
  'inLanguage',
  'author',
  'abstract',
  // Thing
  'name',
  'description',
  'identifier',
  'url',
]);

function jsonLdOf(raw: unknown, options?: { url?: string }) {
  return toJsonLd(normalizeArticle(raw).article, options);
}

/** The text of the one `<script>` in server-rendered HTML, as the browser would read it. */
function scriptOf(html: string): HTMLScriptElement {
  const container = document.createElement('div');
  container.innerHTML = html;
  const scripts = container.querySelectorAll('script');
  expect(scripts).toHaveLength(1);
  return scripts[0];
}

describe('toJsonLd', () => {
  it('describes the seed article as a TechArticle', () => {
    expect(toJsonLd(normalizeArticle(seed).article)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'TechArticle',
      headline: 'practical guide to reducing build time with python services',
      description:
        'this ai-style technical summary explains reducing build time in python services, with emphasis on measurement, safe defaults, rollback planning, and maintainable documentation.',
      keywords: ['python services', 'backend', 'python', 'fastapi', 'pytest', 'uvicorn', 'ruff', 'git', 'logs'],
      proficiencyLevel: 'advanced',
      timeRequired: 'PT12M',
      dateModified: '2024-12-12',
      interactionStatistic: {
        '@type': 'InteractionCounter',
        interactionType: { '@type': 'ViewAction' },
        userInteractionCount: 220832,
      },
      identifier: 'anp-ref-009936-2761',
    });
  });

  it('uses only schema.org properties of TechArticle at the top level', () => {
    const data = toJsonLd(normalizeArticle(seed).article, { url: 'https://example.com/a' });
    expect(data.url).toBe('https://example.com/a');
    for (const key of Object.keys(data)) expect(SCHEMA_ORG_PROPERTIES).toContain(key);
    expect(Object.keys(data.interactionStatistic ?? {}).sort()).toEqual([
      '@type',
      'interactionType',
      'userInteractionCount',
    ]);
  });

  it('has only the type and headline when the sources are missing', () => {
    expect(jsonLdOf({ title: 'Bare' })).toEqual({
      '@context': 'https://schema.org',
      '@type': 'TechArticle',
      headline: 'Bare',
    });
  });

  it('leaves out every property whose source did not parse or is of another kind', () => {
    const data = jsonLdOf({
      title: 'Broken',
      meta: {
        summary: 'https://example.com/not-a-summary',
        stack: '[broken json',
        difficulty: 3,
        reading_time: 'soon',
        view_count: 'lots',
        revision: { last_reviewed: 'yesterday' },
        updated_at: 'not a date',
        reference: { id: 1 },
      },
    });
    expect(data).toEqual({ '@context': 'https://schema.org', '@type': 'TechArticle', headline: 'Broken' });
  });

  it('leaves out blank text, an empty keyword list, fractional view counts and an empty url', () => {
    const data = jsonLdOf(
      { title: 'Blank', meta: { summary: '   ', tools: [], view_count: 2.5, reference: '' } },
      { url: '' },
    );
    expect(Object.keys(data)).toEqual(['@context', '@type', 'headline']);
  });

  it('falls back to a top-level updated_at, then last_reviewed, for dateModified', () => {
    expect(
      jsonLdOf({ title: 't', meta: { updated_at: '2025-01-02T03:04:05Z', last_reviewed: '2024-01-01' } }),
    ).toHaveProperty('dateModified', '2025-01-02T03:04:05.000Z');
    expect(jsonLdOf({ title: 't', meta: { last_reviewed: '2024-01-01' } })).toHaveProperty(
      'dateModified',
      '2024-01-01',
    );
    expect(
      jsonLdOf({ title: 't', meta: { revision: { last_reviewed: '2023-05-06' }, updated_at: '2025-01-02' } }),
    ).toHaveProperty('dateModified', '2023-05-06');
  });

  it('merges tags, keywords, stack and tools without repeating a word', () => {
    const data = jsonLdOf({
      title: 't',
      meta: { keywords: 'react, SSR', tags: ['react', 'a11y'], tools: 'vitest, React', stack: ['node'] },
    });
    expect(data.keywords).toEqual(['node', 'vitest', 'React', 'a11y', 'SSR']);
  });

  it.each([
    [12, 'PT12M'],
    [1.5, 'PT1M30S'],
    [90, 'PT1H30M'],
    [60, 'PT1H'],
    [125.25, 'PT2H5M15S'],
    [0.5, 'PT30S'],
    [0, 'PT0M'],
    ['12 min', 'PT12M'],
    ['1h 30m', 'PT1H30M'],
    ['PT45M', 'PT45M'],
  ])('turns a reading time of %j into %s', (readingTime, expected) => {
    expect(jsonLdOf({ title: 't', meta: { reading_time: readingTime } }).timeRequired).toBe(expected);
  });
});

describe('serializeJsonLd', () => {
  it('escapes <, >, &, U+2028 and U+2029 and still parses to the same value', () => {
    const data = { text: '</script><!-- a & b \u2028 \u2029 -->' };
    const json = serializeJsonLd(data);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(json).toBe('{"text":"\\u003c/script\\u003e\\u003c!-- a \\u0026 b \\u2028 \\u2029 --\\u003e"}');
    expect(JSON.parse(json)).toEqual(data);
  });
});

describe('ArticleJsonLd', () => {
  const title = '</script><script>alert(1)</script>';
  const summary = 'before <!-- inside \u2028 after & </SCRIPT >';
  // Normalized in each test, not while collecting (per-test coverage of mutation testing).
  const hostile = () => normalizeArticle({ title, meta: { summary } }).article;

  it('renders hostile text that cannot close the script and parses back to the original strings', () => {
    const article = hostile();
    const html = renderToString(<ArticleJsonLd article={article} />);
    expect(html.match(/<\/script/gi)).toHaveLength(1);
    expect(html.endsWith('</script>')).toBe(true);
    expect(html).not.toContain('<!--');
    expect(html).not.toContain('\u2028');
    const data = JSON.parse(scriptOf(html).textContent ?? '');
    expect(data.headline).toBe(title);
    expect(data.description).toBe(summary);
  });

  it('is a JSON-LD script and passes extra props through', () => {
    const article = hostile();
    const html = renderToString(
      <ArticleJsonLd article={article} url="https://example.com/post" id="article-ld" nonce="abc123" />,
    );
    const script = scriptOf(html);
    expect(script).toHaveAttribute('type', 'application/ld+json');
    expect(script).toHaveAttribute('id', 'article-ld');
    expect(script).toHaveAttribute('nonce', 'abc123');
    expect(JSON.parse(script.textContent ?? '')).toEqual(toJsonLd(article, { url: 'https://example.com/post' }));
  });

  it('keeps its type when an untyped caller passes another one', () => {
    const article = hostile();
    const props = { article, type: 'text/javascript' } as unknown as { article: typeof article };
    expect(scriptOf(renderToString(<ArticleJsonLd {...props} />))).toHaveAttribute('type', 'application/ld+json');
  });
});
