import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ArticleView, normalizeArticle } from '../src';
import seed from './fixtures/seed-article.json';
import { SEED_LABELS as EXPECTED_LABELS } from './fixtures/seed-labels';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** Every string leaf of a JSON value, with its path. */
function stringLeaves(value: Json, path: string, out: [string, string][] = []): [string, string][] {
  if (typeof value === 'string') out.push([path, value]);
  else if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) stringLeaves(item, `${path}[${i}]`, out);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) stringLeaves(item, `${path}.${key}`, out);
  }
  return out;
}

function renderSeed() {
  const { article, issues } = normalizeArticle(seed);
  const view = render(<ArticleView article={article} />);
  return { ...view, issues };
}

/** The `dd` of a top-level row of the meta box, by its label. */
function metaValue(label: string): HTMLElement {
  const box = screen.getByRole('region', { name: 'Post meta' });
  const rows = box.querySelector('dl')?.children ?? [];
  for (const row of Array.from(rows)) {
    if (row.querySelector(':scope > dt')?.textContent === label) {
      return row.querySelector(':scope > dd') as HTMLElement;
    }
  }
  throw new Error(`No meta row labelled "${label}"`);
}

describe('the seed article', () => {
  it('normalizes without issues', () => {
    expect(renderSeed().issues).toEqual([]);
  });

  it('renders the title as h1, body headings as h2, paragraphs as p and the list as ul', () => {
    const { container } = renderSeed();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(seed.title);
    const body = container.querySelector('.amb-PostBody') as HTMLElement;
    const bodyHeadings = within(body)
      .getAllByRole('heading', { level: 2 })
      .map((h) => h.textContent);
    expect(bodyHeadings).toEqual(seed.body.filter((b) => b.type === 'heading').map((b) => b.text));
    const paragraphs = Array.from(body.querySelectorAll('p')).map((p) => p.textContent);
    expect(paragraphs).toEqual(seed.body.filter((b) => b.type === 'paragraph').map((b) => b.text));
    const list = seed.body.find((b) => b.type === 'list');
    const items = within(body).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual(list?.items);
    expect(items[0].parentElement?.tagName).toBe('UL');
  });

  it('lists every meta field in source order with humanized labels, as dl/dt/dd', () => {
    renderSeed();
    const box = screen.getByRole('region', { name: 'Post meta' });
    expect(within(box).getByRole('heading', { level: 2, name: 'Post meta' })).toBeInTheDocument();
    const dl = box.querySelector(':scope > dl') as HTMLElement;
    expect(dl.tagName).toBe('DL');
    const labels = Array.from(dl.querySelectorAll(':scope > div > dt')).map((dt) => dt.textContent);
    expect(labels).toEqual(EXPECTED_LABELS);
    // The expectation above is tied to the fixture: one label per key, same order.
    expect(labels).toHaveLength(Object.keys(seed.meta).length);
    expect(dl.querySelectorAll(':scope > div > dd')).toHaveLength(labels.length);
  });

  it('renders stack and tools as tag lists and notes as a list', () => {
    renderSeed();
    for (const [label, values] of [
      ['Stack', seed.meta.stack],
      ['Tools', seed.meta.tools],
      ['Notes', seed.meta.notes],
    ] as const) {
      const items = within(metaValue(label)).getAllByRole('listitem');
      expect(items.map((li) => li.textContent)).toEqual(values);
    }
    expect(metaValue('Stack').querySelector('ul')).toHaveClass('amb-TagList');
    expect(metaValue('Tools').querySelector('ul')).toHaveClass('amb-TagList');
  });

  it('renders the checklist through Checklist', () => {
    renderSeed();
    const list = metaValue('Checklist').querySelector('ul') as HTMLElement;
    expect(list).toHaveClass('amb-Checklist');
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(seed.meta.checklist);
  });

  it('renders entities as chips of their name and type', () => {
    renderSeed();
    const list = within(metaValue('Entities')).getByRole('list');
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(seed.meta.entities.map((entity: { name: string; type: string }) => `${entity.name} · ${entity.type}`));
  });

  it('renders nested objects (AI outline, revision, payload) as nested dl', () => {
    renderSeed();
    for (const [label, keys] of [
      ['AI outline', ['Context', 'Problem', 'Stack', 'Recommended action']],
      ['Revision', ['Status', 'Version', 'Last reviewed']],
      ['Payload', ['Source ID', 'Generator', 'Paragraphs', 'Scenario', 'Seed']],
    ] as const) {
      const dl = metaValue(label).querySelector(':scope > dl') as HTMLElement;
      expect(dl).not.toBeNull();
      expect(Array.from(dl.querySelectorAll(':scope > div > dt')).map((dt) => dt.textContent)).toEqual(keys);
    }
  });

  it('renders one meter per score with value, range, text, name and the visible number', () => {
    renderSeed();
    const meters = screen.getAllByRole('meter');
    expect(meters).toHaveLength(Object.keys(seed.meta.score).length);
    for (const [name, value] of Object.entries(seed.meta.score)) {
      const label = name.charAt(0).toUpperCase() + name.slice(1);
      const meter = screen.getByRole('meter', { name: label });
      expect(meter).toHaveAttribute('aria-valuenow', String(value));
      expect(meter).toHaveAttribute('aria-valuemin', '0');
      expect(meter).toHaveAttribute('aria-valuemax', '100');
      expect(meter).toHaveAttribute('aria-valuetext', `${value} out of 100`);
      expect(meter.closest('li')).toHaveTextContent(`${label}${value}`);
    }
  });

  it('shows flags 0/1 as the words Yes and No', () => {
    renderSeed();
    const flags = metaValue('Flags');
    const rows = Array.from(flags.querySelectorAll('div')).map((row) => [
      row.querySelector('dt')?.textContent,
      row.querySelector('dd')?.textContent,
    ]);
    expect(rows).toEqual([
      ['AI generated style', 'Yes'],
      ['Has images', 'No'],
      ['Image heavy', 'No'],
      ['Needs human review', 'No'],
    ]);
  });

  it('formats numbers for en-US: view count and reading time', () => {
    renderSeed();
    expect(metaValue('View count')).toHaveTextContent(/^220,832$/);
    expect(metaValue('Reading time')).toHaveTextContent(/^12 min$/);
  });

  it('renders dates as <time dateTime> with text formatted in UTC', () => {
    renderSeed();
    const time = metaValue('Revision').querySelector('time') as HTMLTimeElement;
    expect(time).toHaveAttribute('datetime', seed.meta.revision.last_reviewed);
    expect(time).toHaveTextContent('Dec 12, 2024');
  });

  it('keeps the similar posts section with an empty-state sentence', () => {
    renderSeed();
    const section = screen.getByRole('region', { name: 'Similar posts' });
    expect(within(section).getByRole('heading', { name: 'Similar posts' })).toBeInTheDocument();
    expect(section).toHaveTextContent('No similar posts yet.');
    expect(within(section).queryByRole('link')).toBeNull();
  });

  it('links similar posts with safe URLs only', () => {
    const { article } = normalizeArticle({
      ...seed,
      similar_posts: [
        { title: 'safe', url: '/posts/safe' },
        { title: 'unsafe', url: 'javascript:alert(1)' },
      ],
    });
    render(<ArticleView article={article} />);
    const section = screen.getByRole('region', { name: 'Similar posts' });
    expect(within(section).getByRole('link', { name: 'safe' })).toHaveAttribute('href', '/posts/safe');
    expect(within(section).queryByRole('link', { name: 'unsafe' })).toBeNull();
    expect(section).toHaveTextContent('unsafe');
  });

  it('shows every string value of the seed meta in the page text (dates as <time dateTime>)', () => {
    const { container } = renderSeed();
    const text = container.textContent ?? '';
    const dateTimes = Array.from(container.querySelectorAll('time')).map((t) => t.getAttribute('datetime'));
    const leaves = stringLeaves(seed.meta as Json, 'meta');
    expect(leaves.length).toBeGreaterThan(30);
    for (const [path, value] of leaves) {
      if (/^\d{4}-\d{2}-\d{2}$/.test(value)) expect(dateTimes, path).toContain(value);
      else expect(text, path).toContain(value);
    }
  });

  it('never shows NaN, Infinity, Invalid Date, undefined, null or [object Object]', () => {
    const { container } = renderSeed();
    expect(container.textContent).not.toMatch(/NaN|Infinity|Invalid Date|undefined|null|\[object Object\]/);
  });
});
