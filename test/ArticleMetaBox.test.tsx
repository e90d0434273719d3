import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ArticleMetaBox, ArticleView, type MetaEntry, normalizeArticle, normalizeMeta } from '../src';
import seed from './fixtures/seed-article.json';

describe('ArticleMetaBox', () => {
  it('is a region named by its title, with the title as a heading', () => {
    render(<ArticleMetaBox meta={normalizeMeta({ topic: 'x' }).meta} title="About" headingLevel={3} />);
    const region = screen.getByRole('region', { name: 'About' });
    expect(within(region).getByRole('heading', { level: 3, name: 'About' })).toBeInTheDocument();
  });

  it('keeps its title and says so when the meta is empty or all hidden', () => {
    render(<ArticleMetaBox meta={{ entries: [] }} />);
    expect(screen.getByRole('heading', { name: 'Post meta' })).toBeInTheDocument();
    expect(screen.getByText('No meta data.')).toBeInTheDocument();
    expect(document.querySelector('dl')).toBeNull();
    render(
      <ArticleMetaBox
        meta={normalizeMeta({ a: 1 }, { hidden: ['a'] }).meta}
        title="Hidden"
        messages={{ noMeta: 'Nothing here' }}
      />,
    );
    expect(screen.getByText('Nothing here')).toBeInTheDocument();
  });

  it("is flat by default: every field in the data's order, no group, no disclosure", () => {
    const { container } = render(<ArticleMetaBox meta={normalizeMeta(seed.meta).meta} />);
    const section = screen.getByRole('region', { name: 'Post meta' });
    expect(section).toHaveAttribute('data-variant', 'full');
    expect(container.querySelectorAll('details')).toHaveLength(0);
    expect(
      within(section)
        .getAllByRole('heading')
        .map((heading) => heading.textContent),
    ).toEqual(['Post meta']);
    const labels = Array.from(section.querySelectorAll(':scope > dl > div > dt'), (dt) => dt.textContent);
    expect(labels).toHaveLength(Object.keys(seed.meta).length);
    expect(labels.slice(0, 3)).toEqual(['Topic', 'Summary', 'AI outline']);
  });
});

describe('ArticleMetaBox variant="compact"', () => {
  // Normalized inside each test (not while collecting): mutation testing's per-test coverage then sees
  // which test reaches which line.
  const renderCompact = (props: Partial<Parameters<typeof ArticleMetaBox>[0]> = {}) =>
    render(<ArticleMetaBox meta={normalizeArticle(seed).article.meta} variant="compact" {...props} />);

  it('shows the groups as headings one level below the title, in order', () => {
    renderCompact({ headingLevel: 3 });
    const region = screen.getByRole('region', { name: 'Post meta' });
    expect(
      within(region)
        .getAllByRole('heading', { level: 4 })
        .map((heading) => heading.textContent),
    ).toEqual(['At a glance', 'Quality', 'Stack', 'About', 'Details']);
  });

  it('keeps group headings at h6 under an h6 title', () => {
    renderCompact({ headingLevel: 6 });
    expect(screen.getAllByRole('heading', { level: 6 })).toHaveLength(6);
  });

  it('shows the facts at a glance as label/value pairs, each label with a hidden icon', () => {
    renderCompact();
    const glance = document.querySelector('[data-slot="article-meta-box-glance"]') as HTMLElement;
    expect(glance.tagName).toBe('DL');
    const facts = Array.from(glance.querySelectorAll(':scope > div'), (item) => [
      item.querySelector('dt')?.textContent,
      item.querySelector('dd')?.textContent,
    ]);
    expect(facts).toEqual([
      ['Reading time', '12 min'],
      ['Difficulty', 'advanced'],
      ['Code language', 'python'],
      ['View count', '220,832'],
      ['Last reviewed', 'Dec 12, 2024'],
    ]);
    for (const icon of glance.querySelectorAll('svg')) {
      expect(icon).toHaveAttribute('aria-hidden', 'true');
      expect(icon).toHaveAttribute('focusable', 'false');
    }
    expect(glance.querySelectorAll('dt > svg')).toHaveLength(5);
  });

  it('puts collapsed groups in closed native disclosures named by their heading and count', () => {
    renderCompact();
    const summaries = Array.from(document.querySelectorAll('details[data-group] > summary'));
    expect(summaries.map((summary) => summary.textContent)).toEqual(['About4 fields', 'Details5 fields']);
    for (const summary of summaries) expect((summary.parentElement as HTMLDetailsElement).open).toBe(false);
    // Everything stays in the HTML.
    expect(screen.getByText('7a8db0d9984667cb9a2c0673')).toBeInTheDocument();
    expect(screen.getByText(seed.meta.summary)).toBeInTheDocument();
  });

  it('keeps the other groups open, with tags and scores in view', () => {
    renderCompact();
    const open = Array.from(document.querySelectorAll('div[data-group]'), (group) => group.getAttribute('data-group'));
    expect(open).toEqual(['glance', 'quality', 'stack']);
    expect(screen.getAllByRole('meter')).toHaveLength(4);
    expect(screen.getByText('fastapi').closest('details')).toBeNull();
  });

  it('words the count of a closed group with messages.fieldCount', () => {
    render(
      <ArticleMetaBox
        meta={normalizeMeta({ topic: 't' }).meta}
        variant="compact"
        messages={{ fieldCount: (count) => `(${count})` }}
      />,
    );
    expect(document.querySelector('summary')?.textContent).toBe('About(1)');
  });

  const folded = (raw: Record<string, unknown>) => {
    const { container } = render(<ArticleMetaBox meta={normalizeMeta(raw).meta} variant="compact" />);
    return Array.from(container.querySelectorAll('[data-slot="meta-table-fold"] > summary'), (s) => s.textContent);
  };

  it('folds a list, checklist or record of more than 3 items, at the boundary', () => {
    expect(folded({ notes: ['a', 'b', 'c'], checklist: ['a', 'b', 'c'], payload: { a: 1, b: 2, c: 3 } })).toEqual([]);
    expect(folded({ notes: ['a', 'b', 'c', 'd'] })).toEqual(['Show all 4']);
    expect(folded({ checklist: ['a', 'b', 'c', 'd', 'e'] })).toEqual(['Show all 5']);
    expect(folded({ payload: { a: 1, b: 2, c: 3, d: 4 } })).toEqual(['Show all 4']);
  });

  it('folds a text of more than 280 characters, counting its words', () => {
    expect(folded({ summary: 'word '.repeat(56) })).toEqual([]);
    expect(folded({ summary: `${'word '.repeat(56)}x` })).toEqual(['Show all 57']);
  });

  it('never folds tags or scores', () => {
    const tags = Array.from({ length: 12 }, (_, i) => `t${i}`);
    expect(folded({ stack: tags, score: { a: 1, b: 2, c: 3, d: 4, e: 5 } })).toEqual([]);
  });

  it('does not fold in the full layout, grouped or not', () => {
    const raw = normalizeMeta({ notes: ['a', 'b', 'c', 'd'], topic: 't' }).meta;
    const { container } = render(<ArticleMetaBox meta={raw} grouped />);
    expect(container.querySelectorAll('details')).toHaveLength(0);
    expect(
      within(container)
        .getAllByRole('heading')
        .map((heading) => heading.textContent),
    ).toEqual(['Post meta', 'About', 'Details']);
  });

  it('folds in one list when a hand-made meta has no groups', () => {
    const entries: MetaEntry[] = [
      { key: 'notes', label: 'Notes', value: { kind: 'list', items: Array(4).fill({ kind: 'text', text: 'n' }) } },
    ];
    const { container } = render(<ArticleMetaBox meta={{ entries }} variant="compact" />);
    expect(container.querySelector('[data-slot="meta-table-fold"] > summary')?.textContent).toBe('Show all 4');
    expect(container.querySelectorAll('[data-group]')).toHaveLength(0);
  });

  it('ends with a "N more not shown" note when the normalizer cut the fields at maxEntries', () => {
    const { container } = render(<ArticleMetaBox meta={normalizeMeta({ a: 1, b: 2, c: 3 }, { maxEntries: 2 }).meta} />);
    const notes = container.querySelectorAll('[data-slot="article-meta-box-omitted"]');
    expect(Array.from(notes, (note) => note.textContent)).toEqual(['1 more not shown']);
    expect(notes[0].parentElement).toHaveAttribute('data-slot', 'article-meta-box');
  });

  it('draws the icons a stats group has, by index, and none when a hand-made group has no icons', () => {
    const entries: MetaEntry[] = [
      { key: 'reading_time', label: 'Reading time', value: { kind: 'number', value: 5, text: '5 min' } },
      { key: 'level', label: 'Level', value: { kind: 'text', text: 'easy' } },
    ];
    const group = { id: 'glance', title: 'At a glance', entries, collapsed: false, layout: 'stats' as const };
    const iconsOf = (container: HTMLElement) =>
      Array.from(container.querySelectorAll('[data-slot="article-meta-box-glance"] dt'), (dt) => [
        dt.textContent,
        dt.querySelectorAll('svg').length,
      ]);
    const short = render(
      <ArticleMetaBox meta={{ entries, groups: [{ ...group, icons: ['time'] }] }} variant="compact" />,
    );
    expect(iconsOf(short.container)).toEqual([
      ['Reading time', 1],
      ['Level', 0],
    ]);
    const none = render(<ArticleMetaBox meta={{ entries, groups: [group] }} variant="compact" />);
    expect(iconsOf(none.container)).toEqual([
      ['Reading time', 0],
      ['Level', 0],
    ]);
  });

  it('is what ArticleView shows with variant="compact"', () => {
    render(<ArticleView article={normalizeArticle(seed).article} variant="compact" jsonLd={false} />);
    expect(screen.getByRole('region', { name: 'Post meta' })).toHaveAttribute('data-variant', 'compact');
    expect(screen.getByRole('heading', { name: 'At a glance' })).toBeInTheDocument();
  });
});
