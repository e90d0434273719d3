import { act, fireEvent, render, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ArticleView, type MetaEntry, normalizeArticle } from '../src';
import { CopyButton } from '../src/client';
import seed from './fixtures/seed-article.json';

const copyHash = (entry: MetaEntry) =>
  entry.value.kind === 'text' ? <CopyButton value={entry.value.text} label="Copy hash" /> : null;

describe('CopyButton', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  it('is added through actions; the server HTML keeps the plain value first', () => {
    const { article } = normalizeArticle(seed);
    const html = renderToString(<ArticleView article={article} actions={{ hash: copyHash }} />);
    expect(html).toMatch(/<dd>7a8db0d9984667cb9a2c0673<span class="amb-CopyButton"/);
    expect(html).toContain('aria-label="Copy hash"');
    expect(renderToString(<ArticleView article={article} />)).not.toContain('amb-CopyButton');
  });

  it('ignores actions keyed by prototype names', () => {
    const { article } = normalizeArticle({ title: 't', meta: JSON.parse('{"constructor": "x"}') });
    expect(() => render(<ArticleView article={article} actions={{}} />)).not.toThrow();
  });

  it('announces success and failure in a live region', async () => {
    const writeText = vi.fn().mockResolvedValueOnce(undefined).mockRejectedValueOnce(new Error('denied'));
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    document.execCommand = vi.fn().mockReturnValue(false);
    const onCopied = vi.fn();
    render(<CopyButton value="abc" onCopied={onCopied} />);
    const button = screen.getByRole('button', { name: 'Copy' });
    await act(async () => fireEvent.click(button));
    expect(screen.getByRole('status')).toHaveTextContent('Copied');
    await act(async () => fireEvent.click(button));
    expect(screen.getByRole('status')).toHaveTextContent('Copy failed');
    expect(onCopied.mock.calls).toEqual([[true], [false]]);
    expect(writeText).toHaveBeenCalledWith('abc');
  });
});
