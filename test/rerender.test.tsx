import { act, render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ArticleView, normalizeArticle } from '../src';
import seed from './fixtures/seed-article.json';

describe('re-rendering', () => {
  it('changes no DOM node when ArticleView re-renders with the same props', async () => {
    const { article } = normalizeArticle({ ...seed, similar_posts: [{ title: 'a', url: '/a' }] });
    const { container, rerender } = render(<ArticleView article={article} />);
    const mutations: MutationRecord[] = [];
    const observer = new MutationObserver((records) => mutations.push(...records));
    observer.observe(container, { subtree: true, childList: true, attributes: true, characterData: true });
    await act(async () => {
      rerender(<ArticleView article={article} />);
      // A freshly normalized copy of the same input: equal data, new objects.
      rerender(
        <ArticleView article={normalizeArticle({ ...seed, similar_posts: [{ title: 'a', url: '/a' }] }).article} />,
      );
    });
    mutations.push(...observer.takeRecords());
    observer.disconnect();
    expect(mutations).toEqual([]);
  });
});
