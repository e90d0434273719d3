import { act } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ArticleView, normalizeArticle } from '../src';
import seed from './fixtures/seed-article.json';

describe('server rendering', () => {
  afterEach(() => {
    document.body.innerHTML = '';
    vi.restoreAllMocks();
  });

  it('renders ArticleView to a string and hydrates it with no console errors or warnings', async () => {
    const { article } = normalizeArticle({
      ...seed,
      similar_posts: [{ title: 'linked', url: '/a' }],
    });
    const html = renderToString(<ArticleView article={article} />);
    expect(html).toContain('<h1 class="amb-ArticleView-title">');

    const error = vi.spyOn(console, 'error');
    const warn = vi.spyOn(console, 'warn');
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const serverDom = container.innerHTML;
    const recoverable: unknown[] = [];
    await act(async () => {
      hydrateRoot(container, <ArticleView article={article} />, {
        onRecoverableError: (e) => recoverable.push(e),
      });
    });
    expect(recoverable).toEqual([]);
    expect(error).not.toHaveBeenCalled();
    expect(warn).not.toHaveBeenCalled();
    expect(container.innerHTML).toBe(serverDom);
    expect(container.querySelectorAll('[role="meter"]')).toHaveLength(4);
  });
});
