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
    expect(html).toMatch(
      /<dd><code class="amb-MetaTable-code">7a8db0d9984667cb9a2c0673<\/code><span class="amb-CopyButton"/,
    );
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

  it('clears the announcement 2 seconds after the last copy, not before', async () => {
    vi.useFakeTimers();
    try {
      vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText: vi.fn().mockResolvedValue(undefined) } });
      const { container } = render(<CopyButton value="abc" />);
      const button = screen.getByRole('button', { name: 'Copy' });
      await act(async () => fireEvent.click(button));
      expect(screen.getByRole('status')).toHaveTextContent('Copied');
      expect(container.firstElementChild).toHaveAttribute('data-status', 'copied');
      await act(async () => vi.advanceTimersByTime(1500));
      // A second copy restarts the 2 s.
      await act(async () => fireEvent.click(button));
      await act(async () => vi.advanceTimersByTime(1999));
      expect(screen.getByRole('status')).toHaveTextContent('Copied');
      await act(async () => vi.advanceTimersByTime(1));
      expect(screen.getByRole('status')).toHaveTextContent(/^$/);
      expect(container.firstElementChild).not.toHaveAttribute('data-status');
    } finally {
      vi.useRealTimers();
    }
  });

  it('falls back to a selected textarea and execCommand when the Clipboard API is missing', async () => {
    vi.stubGlobal('navigator', { ...navigator, clipboard: undefined });
    let copied: string | undefined;
    document.execCommand = vi.fn((command: string) => {
      const area = document.querySelector('textarea');
      // What is selected when the browser copies: the whole value of the textarea.
      copied = command === 'copy' && area ? area.value.slice(area.selectionStart, area.selectionEnd) : undefined;
      return true;
    });
    render(<CopyButton value="7a8db0d9" messages={{ copied: 'Kopiert' }} />);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copy' })));
    expect(document.execCommand).toHaveBeenCalledWith('copy');
    expect(copied).toBe('7a8db0d9');
    expect(screen.getByRole('status')).toHaveTextContent('Kopiert');
    // The textarea is gone again.
    expect(document.querySelector('textarea')).toBeNull();
  });

  it('has no data-status before a copy, and shows a check mark only while "Copied" stands', async () => {
    const writeText = vi.fn().mockResolvedValueOnce(undefined).mockRejectedValueOnce(new Error('denied'));
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    document.execCommand = vi.fn().mockReturnValue(false);
    const { container } = render(<CopyButton value="abc" />);
    const root = container.firstElementChild as HTMLElement;
    const button = screen.getByRole('button', { name: 'Copy' });
    const icon = () =>
      button.querySelector('svg rect') ? 'copy' : button.querySelector('svg path')?.getAttribute('d');
    expect(root).not.toHaveAttribute('data-status');
    expect(icon()).toBe('copy');
    await act(async () => fireEvent.click(button));
    expect(root).toHaveAttribute('data-status', 'copied');
    expect(icon()).toBe('M3 8.5l3 3 7-7');
    await act(async () => fireEvent.click(button));
    expect(root).toHaveAttribute('data-status', 'failed');
    expect(icon()).toBe('copy');
  });

  it('copies through an invisible, fixed textarea, and reports a failure when execCommand throws', async () => {
    vi.stubGlobal('navigator', { ...navigator, clipboard: undefined });
    const seen: string[] = [];
    document.execCommand = vi.fn(() => {
      const area = document.querySelector('textarea') as HTMLTextAreaElement;
      seen.push(`${area.style.position} ${area.style.opacity} ${area.readOnly}`);
      throw new Error('not allowed');
    });
    const onCopied = vi.fn();
    render(<CopyButton value="abc" onCopied={onCopied} />);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copy' })));
    expect(seen).toEqual(['fixed 0 true']);
    expect(screen.getByRole('status')).toHaveTextContent('Copy failed');
    expect(onCopied.mock.calls).toEqual([[false]]);
    expect(document.querySelector('textarea')).toBeNull();
  });

  it('cancels its pending reset when it unmounts', async () => {
    vi.useFakeTimers();
    try {
      vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText: vi.fn().mockResolvedValue(undefined) } });
      const { unmount } = render(<CopyButton value="abc" />);
      await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copy' })));
      expect(vi.getTimerCount()).toBe(1);
      unmount();
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it('takes its words from messages and its accessible name from label', () => {
    render(<CopyButton value="x" label="Copy hash" messages={{ copy: 'Kopieren' }} />);
    expect(screen.getByRole('button', { name: 'Copy hash' })).toBeInTheDocument();
    render(<CopyButton value="y" messages={{ copy: 'Kopieren' }} />);
    expect(screen.getByRole('button', { name: 'Kopieren' })).toBeInTheDocument();
  });
});
