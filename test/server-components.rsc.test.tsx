import * as React from 'react';
import { describe, expect, it } from 'vitest';
import {
  ArticleJsonLd,
  ArticleMetaBox,
  ArticleView,
  Checklist,
  MetaTable,
  normalizeArticle,
  normalizeMeta,
  PostBody,
  ScoreBars,
  SimilarPosts,
  TagList,
} from '../src';
import seed from './fixtures/seed-article.json';

/**
 * A minimal server-component renderer: it calls function components with their props, as React
 * does for server components, and prints host elements as HTML. With React's react-server build
 * any hook call would throw, since those exports do not exist there.
 */
function renderServer(node: React.ReactNode): string {
  if (node === null || node === undefined || typeof node === 'boolean') return '';
  if (typeof node === 'string' || typeof node === 'number')
    return String(node).replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`);
  if (Array.isArray(node)) return node.map(renderServer).join('');
  if (!React.isValidElement(node)) throw new Error(`cannot render ${typeof node}`);
  const { type, props } = node as React.ReactElement<Record<string, unknown>>;
  if (type === React.Fragment) return renderServer(props.children as React.ReactNode);
  if (typeof type === 'function') return renderServer((type as (p: unknown) => React.ReactNode)(props));
  // forwardRef components: React calls their render function with the props and the ref.
  const forwarded = type as { $$typeof?: symbol; render?: (p: unknown, ref: unknown) => React.ReactNode };
  if (forwarded.$$typeof === Symbol.for('react.forward_ref') && forwarded.render) {
    return renderServer(forwarded.render(props, null));
  }
  if (typeof type !== 'string') throw new Error('unexpected element type');
  const attributes = Object.entries(props)
    .filter(([name, value]) => !['children', 'dangerouslySetInnerHTML', 'ref'].includes(name) && value != null)
    .map(([name, value]) => ` ${name}="${typeof value === 'object' ? JSON.stringify(value) : String(value)}"`)
    .join('');
  const inner = props.dangerouslySetInnerHTML
    ? (props.dangerouslySetInnerHTML as { __html: string }).__html
    : renderServer(props.children as React.ReactNode);
  return `<${type}${attributes}>${inner}</${type}>`;
}

// Normalized inside each test, not while collecting (per-test coverage of mutation testing).
const seedArticle = () => normalizeArticle(seed).article;

describe('under the react-server condition', () => {
  it("runs on React's server build, which has no hooks", () => {
    expect((React as Record<string, unknown>).useState).toBeUndefined();
    expect((React as Record<string, unknown>).useEffect).toBeUndefined();
  });

  it('renders ArticleView with the seed article', () => {
    const html = renderServer(<ArticleView article={seedArticle()} />);
    expect(html).toContain(`<h1 className="amb-ArticleView-title">${seed.title}</h1>`);
    expect(html.match(/role="meter"/g)).toHaveLength(4);
    expect(html).toContain('220,832');
    expect(html).toContain('No similar posts yet.');
  });

  // The markup each part renders under the react-server condition, written out: a hook, a client API
  // or a change of markup fails here.
  it('renders PostBody', () => {
    expect(
      renderServer(
        <PostBody
          blocks={[
            { type: 'heading', text: 'H' },
            { type: 'list', items: [{ text: 'a' }], omitted: 2 },
          ]}
        />,
      ),
    ).toBe(
      '<div className="amb-PostBody" data-slot="post-body"><h2>H</h2><ul><li>a</li></ul>' +
        '<p className="amb-Omitted" data-slot="post-body-omitted">2 more not shown</p></div>',
    );
  });

  it('renders ArticleMetaBox and MetaTable', () => {
    const meta = normalizeMeta({
      reading_time: 12,
      published_at: '2024-12-12',
      source_url: 'https://example.com/a',
    }).meta;
    expect(renderServer(<ArticleMetaBox meta={meta} headingLevel={3} />)).toBe(
      '<section className="amb-ArticleMetaBox" data-slot="article-meta-box" data-variant="full" aria-label="Post meta">' +
        '<h3 className="amb-ArticleMetaBox-title">Post meta</h3>' +
        '<dl className="amb-MetaTable" data-slot="meta-table">' +
        '<div className="amb-MetaTable-row" data-key="reading_time" data-kind="number"><dt>Reading time</dt><dd><data value="12">12 min</data></dd></div>' +
        '<div className="amb-MetaTable-row" data-key="published_at" data-kind="date"><dt>Published at</dt><dd><time dateTime="2024-12-12">Dec 12, 2024</time></dd></div>' +
        '<div className="amb-MetaTable-row" data-key="source_url" data-kind="link"><dt>Source URL</dt><dd><a className="amb-MetaTable-link" href="https://example.com/a">https://example.com/a</a></dd></div>' +
        '</dl></section>',
    );
  });

  it('renders the compact ArticleMetaBox: a glance group with an icon, a closed group with its count', () => {
    const meta = normalizeMeta({ reading_time: 12, topic: 'x' }).meta;
    const html = renderServer(<ArticleMetaBox meta={meta} variant="compact" />);
    expect(html.replace(/ d="[^"]+"/, ' d="…"')).toBe(
      '<section className="amb-ArticleMetaBox" data-slot="article-meta-box" data-variant="compact" aria-label="Post meta">' +
        '<h2 className="amb-ArticleMetaBox-title">Post meta</h2>' +
        '<div className="amb-MetaGroup" data-slot="article-meta-box-group" data-group="glance">' +
        '<h3 className="amb-MetaGroup-title">At a glance</h3>' +
        '<dl className="amb-Glance" data-slot="article-meta-box-glance"><div className="amb-Glance-item" data-key="reading_time" data-kind="number"><dt>' +
        '<svg className="amb-Icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false"><path d="…"></path></svg>' +
        'Reading time</dt><dd><data value="12">12 min</data></dd></div></dl></div>' +
        '<details className="amb-MetaGroup" data-slot="article-meta-box-group" data-group="about">' +
        '<summary className="amb-MetaGroup-summary"><h3 className="amb-MetaGroup-title">About</h3>' +
        '<span className="amb-MetaGroup-count">1 field</span></summary>' +
        '<dl className="amb-MetaTable" data-slot="meta-table"><div className="amb-MetaTable-row" data-key="topic" data-kind="text"><dt>Topic</dt><dd>x</dd></div></dl>' +
        '</details></section>',
    );
  });

  it('renders MetaTable alone, nested records included', () => {
    const { entries } = normalizeMeta({ build: { cache: 'warm' } }).meta;
    expect(renderServer(<MetaTable entries={entries} />)).toBe(
      '<dl className="amb-MetaTable" data-slot="meta-table"><div className="amb-MetaTable-row" data-key="build" data-kind="record"><dt>Build</dt><dd>' +
        '<dl className="amb-MetaTable" data-slot="meta-table" data-nested=""><div className="amb-MetaTable-row" data-key="cache" data-kind="text"><dt>Cache</dt><dd>warm</dd></div></dl>' +
        '</dd></div></dl>',
    );
  });

  it('renders ScoreBars', () => {
    const scores = seedArticle().meta.entries.find((entry) => entry.key === 'score')?.value;
    const [quality] = scores?.kind === 'scores' ? scores.scores : [];
    expect(renderServer(<ScoreBars scores={quality ? [quality] : []} />)).toBe(
      '<ul className="amb-ScoreBars" data-slot="score-bars"><li data-level="high">' +
        '<span className="amb-ScoreBars-label" aria-hidden="true">Quality</span>' +
        '<div className="amb-ScoreBars-meter" role="meter" aria-label="Quality" aria-valuenow="93" aria-valuemin="0" aria-valuemax="100" aria-valuetext="93 out of 100" style="{"--amb-score":0.93}">' +
        '<div className="amb-ScoreBars-fill"></div></div>' +
        '<span className="amb-ScoreBars-value" aria-hidden="true">93</span></li></ul>',
    );
  });

  it('renders Checklist, TagList and SimilarPosts', () => {
    expect(renderServer(<Checklist items={[{ label: 'a', done: true }]} />)).toBe(
      '<ul className="amb-Checklist" data-slot="checklist"><li data-state="done" data-checked="">' +
        '<span className="amb-sr-only">Done: </span>a</li></ul>',
    );
    expect(renderServer(<TagList tags={['python']} />)).toBe(
      '<ul className="amb-TagList" data-slot="tag-list"><li>python</li></ul>',
    );
    expect(renderServer(<SimilarPosts posts={[{ title: 'x', href: '/x' }]} />)).toBe(
      '<section className="amb-SimilarPosts" data-slot="similar-posts" aria-label="Similar posts">' +
        '<h2 className="amb-SimilarPosts-title">Similar posts</h2><ul className="amb-SimilarPosts-list">' +
        '<li className="amb-SimilarPosts-card"><h3 className="amb-SimilarPosts-heading">' +
        '<a className="amb-SimilarPosts-link" href="/x">x</a></h3></li></ul></section>',
    );
  });

  it('renders ArticleJsonLd as one escaped script', () => {
    const html = renderServer(<ArticleJsonLd article={{ ...seedArticle(), title: '</script>' }} />);
    expect(html).toMatch(/^<script data-slot="article-json-ld" type="application\/ld\+json">\{.*\}<\/script>$/);
    expect(html).toContain('"headline":"\\u003c/script\\u003e"');
  });
});
