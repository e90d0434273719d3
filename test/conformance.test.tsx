import { render } from '@testing-library/react';
import { createRef, type ReactElement, type Ref } from 'react';
import { describe, expect, it, vi } from 'vitest';
import {
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

const { article } = normalizeArticle(seed);
const scores = article.meta.entries.find((e) => e.key === 'score')?.value;

type Shared = {
  className?: string;
  style?: React.CSSProperties;
  ref?: Ref<HTMLElement>;
  'data-testid'?: string;
  'aria-describedby'?: string;
  onClick?: () => void;
};

/** Each public component with minimal props, its root tag and its default class. */
const cases: [string, string, string, (props: Shared) => ReactElement][] = [
  ['ArticleView', 'ARTICLE', 'amb-ArticleView', (p) => <ArticleView article={article} {...(p as object)} />],
  ['PostBody', 'DIV', 'amb-PostBody', (p) => <PostBody blocks={article.body} {...(p as object)} />],
  ['ArticleMetaBox', 'SECTION', 'amb-ArticleMetaBox', (p) => <ArticleMetaBox meta={article.meta} {...(p as object)} />],
  ['MetaTable', 'DL', 'amb-MetaTable', (p) => <MetaTable entries={article.meta.entries} {...(p as object)} />],
  [
    'ScoreBars',
    'UL',
    'amb-ScoreBars',
    (p) => <ScoreBars scores={scores?.kind === 'scores' ? scores.scores : []} {...(p as object)} />,
  ],
  ['Checklist', 'UL', 'amb-Checklist', (p) => <Checklist items={[{ label: 'a', done: true }]} {...(p as object)} />],
  ['TagList', 'UL', 'amb-TagList', (p) => <TagList tags={['a', 'b']} {...(p as object)} />],
  ['SimilarPosts', 'SECTION', 'amb-SimilarPosts', (p) => <SimilarPosts posts={[]} {...(p as object)} />],
];

describe.each(cases)('%s conformance', (_name, tag, defaultClass, renderWith) => {
  it('renders its root element with the default class', () => {
    const { container } = render(renderWith({}));
    const root = container.firstElementChild as HTMLElement;
    expect(root.tagName).toBe(tag);
    expect(root).toHaveClass(defaultClass);
  });

  it('merges className instead of replacing the default class', () => {
    const { container } = render(renderWith({ className: 'site-class' }));
    expect(container.firstElementChild).toHaveClass(defaultClass, 'site-class');
  });

  it('passes style, data-*, aria-* and event handlers to the root', () => {
    const onClick = vi.fn();
    const { container } = render(
      renderWith({ style: { marginTop: 3 }, 'data-testid': 'root', 'aria-describedby': 'x', onClick }),
    );
    const root = container.firstElementChild as HTMLElement;
    expect(root).toHaveStyle({ marginTop: '3px' });
    expect(root).toHaveAttribute('data-testid', 'root');
    expect(root).toHaveAttribute('aria-describedby', 'x');
    root.click();
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it('forwards ref to the root DOM node', () => {
    const ref = createRef<HTMLElement>();
    const { container } = render(renderWith({ ref }));
    expect(ref.current).toBe(container.firstElementChild);
  });

  it('has a data-slot on its root', () => {
    const { container } = render(renderWith({}));
    expect(container.firstElementChild).toHaveAttribute('data-slot');
  });
});
