import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MetaTable, normalizeMeta } from '../src';

function renderMeta(raw: unknown, options?: Parameters<typeof normalizeMeta>[1]) {
  return render(<MetaTable entries={normalizeMeta(raw, options).meta.entries} />);
}

describe('MetaTable', () => {
  it('renders each entry as dt/dd inside a dl', () => {
    const { container } = renderMeta({ code_language: 'python', difficulty: 'advanced' });
    const dl = container.querySelector('dl') as HTMLElement;
    expect(Array.from(dl.querySelectorAll('dt')).map((dt) => dt.textContent)).toEqual(['Code language', 'Difficulty']);
    expect(Array.from(dl.querySelectorAll('dd')).map((dd) => dd.textContent)).toEqual(['python', 'advanced']);
  });

  it('renders unknown nested values recursively: records as dl, arrays as ul', () => {
    const { container } = renderMeta({ build: { runner: { os: 'linux' } }, matrix: [['3.11', '3.12'], ['debian']] });
    expect(container.querySelectorAll('dl')).toHaveLength(3);
    const matrix = container.querySelectorAll(':scope > dl > div')[1];
    expect(matrix.querySelectorAll('ul ul')).toHaveLength(2);
    expect(matrix).toHaveTextContent('3.113.12debian');
  });

  it('links safe URLs and shows unsafe ones as text', () => {
    renderMeta({ source_url: 'https://example.com/a', other_url: 'javascript:alert(1)' });
    expect(screen.getByRole('link', { name: 'https://example.com/a' })).toHaveAttribute(
      'href',
      'https://example.com/a',
    );
    expect(screen.getAllByRole('link')).toHaveLength(1);
    expect(screen.getByText('javascript:alert(1)').tagName).toBe('SPAN');
  });

  it('skips hidden entries', () => {
    renderMeta({ a: 'shown', b: 'hidden' }, { hidden: ['b'] });
    expect(screen.queryByText('hidden')).toBeNull();
    expect(screen.getByText('shown')).toBeInTheDocument();
  });

  it('collapses long lists into a details element that still holds every item', () => {
    const notes = Array.from({ length: 300 }, (_, i) => `note ${i}`);
    const { container } = renderMeta({ notes });
    const details = container.querySelector('details') as HTMLElement;
    expect(within(details).getByText('Show 280 more')).toBeInTheDocument();
    expect(container.querySelectorAll('ul.amb-MetaTable-list > li:not(.amb-More)')).toHaveLength(300);
  });

  it('folds a top-level value of more than 3 items behind "Show all N" with fold, and only then', () => {
    const { entries } = normalizeMeta({ notes: ['a', 'b', 'c', 'd'], stack: ['a', 'b', 'c', 'd'] }).meta;
    const { container, rerender } = render(<MetaTable entries={entries} />);
    expect(container.querySelectorAll('details')).toHaveLength(0);
    rerender(<MetaTable entries={entries} fold />);
    const folds = container.querySelectorAll('[data-slot="meta-table-fold"]');
    expect(Array.from(folds, (fold) => fold.querySelector('summary')?.textContent)).toEqual(['Show all 4']);
    expect(folds[0].closest('[data-kind]')).toHaveAttribute('data-folded', '');
  });
});
