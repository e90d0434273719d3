import * as React from 'react';
import { describe, expect, it } from 'vitest';
import {
  ArticleJsonLd,
  ArticleMetaBox,
  ArticleView,
  Checklist,
  MetaTable,
  normalizeArticle,
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
    .filter(([name, value]) => name !== 'children' && name !== 'dangerouslySetInnerHTML' && value !== undefined)
    .map(([name, value]) => ` ${name}="${typeof value === 'object' ? JSON.stringify(value) : String(value)}"`)
    .join('');
  const inner = props.dangerouslySetInnerHTML
    ? (props.dangerouslySetInnerHTML as { __html: string }).__html
    : renderServer(props.children as React.ReactNode);
  return `<${type}${attributes}>${inner}</${type}>`;
}

const { article } = normalizeArticle(seed);
const scores = article.meta.entries.find((entry) => entry.key === 'score')?.value;

describe('under the react-server condition', () => {
  it("runs on React's server build, which has no hooks", () => {
    expect((React as Record<string, unknown>).useState).toBeUndefined();
    expect((React as Record<string, unknown>).useEffect).toBeUndefined();
  });

  it('renders ArticleView with the seed article', () => {
    const html = renderServer(<ArticleView article={article} />);
    expect(html).toContain(`<h1 className="amb-ArticleView-title">${seed.title}</h1>`);
    expect(html.match(/role="meter"/g)).toHaveLength(4);
    expect(html).toContain('220,832');
    expect(html).toContain('No similar posts yet.');
  });

  it.each([
    ['PostBody', <PostBody key="a" blocks={article.body} />],
    ['ArticleMetaBox', <ArticleMetaBox key="b" meta={article.meta} />],
    ['MetaTable', <MetaTable key="c" entries={article.meta.entries} />],
    ['ScoreBars', <ScoreBars key="d" scores={scores?.kind === 'scores' ? scores.scores : []} />],
    ['Checklist', <Checklist key="e" items={[{ label: 'a', done: true }]} />],
    ['TagList', <TagList key="f" tags={['a']} />],
    ['SimilarPosts', <SimilarPosts key="g" posts={[{ title: 'x', href: '/x' }]} />],
    ['ArticleJsonLd', <ArticleJsonLd key="h" article={article} />],
  ])('renders %s without client APIs', (_name, element) => {
    expect(renderServer(element).length).toBeGreaterThan(20);
  });
});
