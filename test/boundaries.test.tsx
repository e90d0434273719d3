/**
 * Every limit the Data contract states, tested at its boundary: on it, and one step past it on
 * each side. A mutation that moves a limit by one (`<=` → `<`, `>` → `>=`) fails here.
 */
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Checklist, MetaTable, type MetaValue, normalizeArticle, normalizeMeta, TagList } from '../src';
import { checkUrl } from '../src/normalize/url';

function value(raw: unknown, key = 'x', options?: Parameters<typeof normalizeMeta>[1]) {
  const { meta, issues } = normalizeMeta({ [key]: raw }, options);
  return { value: meta.entries[0].value, issues: issues.map((issue) => `${issue.code} ${issue.path}`) };
}

const items = (count: number) => Array.from({ length: count }, (_, i) => `item ${i + 1}`);

describe('collapsed lists: 20 items shown, the 21st behind "Show N more"', () => {
  const cases = [
    ['TagList', (count: number) => <TagList tags={items(count)} />],
    ['Checklist', (count: number) => <Checklist items={items(count).map((label) => ({ label }))} />],
    ['MetaTable list', (count: number) => <MetaTable entries={normalizeMeta({ notes: items(count) }).meta.entries} />],
  ] as const;

  it.each(cases)('%s of exactly 20 items shows all 20 with no disclosure', (_name, renderList) => {
    const { container } = render(renderList(20));
    expect(container.querySelector('details')).toBeNull();
    expect(screen.getByText('item 20')).toBeVisible();
  });

  it.each(cases)('%s of 21 items shows 20 and puts 1 behind "Show 1 more"', (_name, renderList) => {
    const { container } = render(renderList(21));
    const details = container.querySelector('details');
    expect(details).not.toBeNull();
    expect(within(details as HTMLElement).getByText('Show 1 more').tagName).toBe('SUMMARY');
    expect(within(details as HTMLElement).getByText('item 21')).toBeInTheDocument();
    expect(screen.getByText('item 20').closest('details')).toBeNull();
  });

  it.each([
    ['TagList', 'tag-list-more', cases[0][1]],
    ['Checklist', 'checklist-more', cases[1][1]],
    ['MetaTable list', 'meta-table-list-more', cases[2][1]],
  ] as const)('%s puts its disclosure in a last item with data-slot="%s"', (_name, slot, renderList) => {
    const { container } = render(renderList(21));
    const more = container.querySelector('details')?.parentElement;
    expect(more?.tagName).toBe('LI');
    expect(more).toHaveAttribute('data-slot', slot);
    expect(more?.parentElement?.lastElementChild).toBe(more);
  });

  it('collapseAfter moves the threshold: 5 of 5 open, the 6th collapsed; below 1, never collapsed', () => {
    const { container, rerender } = render(<TagList tags={items(5)} collapseAfter={5} />);
    expect(container.querySelector('details')).toBeNull();
    rerender(<TagList tags={items(6)} collapseAfter={5} />);
    expect(screen.getByText('Show 1 more')).toBeInTheDocument();
    rerender(<TagList tags={items(30)} collapseAfter={0} />);
    expect(container.querySelector('details')).toBeNull();
  });
});

describe('scores: clamped to 0..max', () => {
  const meter = (raw: unknown, max?: number) => {
    const { value: scores, issues } = value(max === undefined ? { a: raw } : { a: { value: raw, max } }, 'score');
    const item = scores.kind === 'scores' ? scores.scores[0] : undefined;
    return { text: item?.text, meter: item?.meter, issues };
  };

  it.each([
    [-1, 0, 'score-out-of-range meta.score.a'],
    [0, 0, undefined],
    [100, 100, undefined],
    [101, 100, 'score-out-of-range meta.score.a'],
  ])('%d out of 100 shows %d', (raw, shown, issue) => {
    const { meter: m, issues } = meter(raw);
    expect(m).toMatchObject({ value: shown, min: 0, max: 100, ratio: shown / 100 });
    expect(issues).toEqual(issue ? [issue] : []);
  });

  it.each([
    [-1, 10, 0, '0/10'],
    [0, 10, 0, '0/10'],
    [10, 10, 10, '10/10'],
    [11, 10, 10, '10/10'],
    [2.5, 5, 2.5, '2.5/5'],
  ])('%d with max %d shows %d as "%s"', (raw, max, shown, text) => {
    const { meter: m, text: visible } = meter(raw, max);
    expect(m).toMatchObject({ value: shown, max, valueText: `${shown} out of ${max}` });
    expect(visible).toBe(text);
  });

  it('levels change at 40 % and 70 %: 39 low, 40 mid, 69 mid, 70 high', () => {
    const levels = [39, 40, 69, 70].map((raw) => meter(raw).meter?.level);
    expect(levels).toEqual(['low', 'mid', 'mid', 'high']);
  });

  it('a max of 0 or below is not a scale: 100 is used, with an issue', () => {
    expect(meter(5, 0)).toMatchObject({ meter: { max: 100 }, issues: ['invalid-score meta.score.a'] });
    expect(meter(5, -1)).toMatchObject({ meter: { max: 100 }, issues: ['invalid-score meta.score.a'] });
  });
});

describe('dates', () => {
  const date = (raw: string) => value(raw, 'published_at');

  it.each([
    ['2024-12-12T10:00:00-05:00', '2024-12-12T15:00:00.000Z'],
    ['2024-12-12T10:00:00+14:00', '2024-12-11T20:00:00.000Z'],
    ['2024-12-12T10:00:00+18:00', '2024-12-11T16:00:00.000Z'],
    ['2024-12-12T10:00:00-0530', '2024-12-12T15:30:00.000Z'],
    ['2024-12-12T10:00+05', '2024-12-12T05:00:00.000Z'],
  ])('%s is the instant %s', (raw, iso) => {
    expect(date(raw).value).toMatchObject({ kind: 'date', dateTime: iso });
  });

  it.each(['2024-12-12T10:00:00+18:01', '2024-12-12T10:00:00+19:00', '2024-12-12T10:00:00-19:00'])(
    '%s has an offset beyond ±18:00: text with an issue',
    (raw) => {
      expect(date(raw)).toEqual({
        value: { kind: 'text', text: raw, invalid: true },
        issues: ['invalid-date meta.published_at'],
      });
    },
  );

  it.each([
    ['2024-02-29', true],
    ['2000-02-29', true],
    ['2023-02-29', false],
    ['1900-02-29', false],
    ['2024-02-30', false],
    ['2024-13-01', false],
    ['2024-00-10', false],
    ['2024-12-12T24:00', false],
    ['2024-12-12T23:60', false],
    ['2024-12-12T23:59:60', false],
    // Mid-day, a minute or second of 60 rolls over within the same day: only the range check catches it.
    ['2024-12-12T10:60', false],
    ['2024-12-12T10:00:60', false],
  ])('%s is a real day or time: %s', (raw, real) => {
    expect(date(raw).value.kind).toBe(real ? 'date' : 'text');
  });

  it('years 0001 to 9999 are dates; year 0000 and an instant after 9999 are not', () => {
    expect(date('0001-01-01').value).toMatchObject({ kind: 'date', dateTime: '0001-01-01' });
    expect(date('9999-12-31').value).toMatchObject({ kind: 'date', dateTime: '9999-12-31' });
    expect(date('9999-12-31T23:59:59Z').value).toMatchObject({ kind: 'date' });
    expect(date('0000-01-01').value.kind).toBe('text');
    expect(date('9999-12-31T23:00:00-05:00').value.kind).toBe('text');
    expect(date('0001-01-01T00:00:00+01:00').value.kind).toBe('text');
  });

  it('a negative offset is subtracted the other way from a positive one', () => {
    const minus = date('2024-06-01T12:00:00-02:00').value;
    const plus = date('2024-06-01T12:00:00+02:00').value;
    expect(minus).toMatchObject({ dateTime: '2024-06-01T14:00:00.000Z' });
    expect(plus).toMatchObject({ dateTime: '2024-06-01T10:00:00.000Z' });
  });
});

describe('URLs: spaces, tabs and newlines around and inside a safe scheme', () => {
  const link = (raw: string) => value(raw, 'source_url').value as MetaValue;

  it.each([
    ' https://example.com/a ',
    '\thttps://example.com/a',
    'https://example.com/a\n',
    '\r\n https://example.com/a \t',
  ])('%j around the URL is trimmed: a link to https://example.com/a', (raw) => {
    expect(link(raw)).toEqual({ kind: 'link', href: 'https://example.com/a', text: 'https://example.com/a' });
  });

  it.each([
    'ht tps://example.com',
    'ht\ttps://example.com',
    'https://exa\nmple.com',
    'https://example.com/a b',
    'https:\t//example.com',
  ])('%j has whitespace inside: text, not a link', (raw) => {
    expect(link(raw)).toMatchObject({ kind: 'text', text: raw });
  });

  it.each([
    ['java&#1114112;script:alert(1)', 'javascript'],
    ['java&#x110000;script:alert(1)', 'javascript'],
    ['&#99999999999999;javascript:alert(1)', 'javascript'],
    // U+10FFFF is in range: it stays, so the text before the colon is no scheme; it is judged as one all the same.
    ['&#1114111;javascript:alert(1)', '\u{10ffff}javascript'],
  ])('an out-of-range numeric entity decodes to nothing: %j', (raw, scheme) => {
    expect(checkUrl(raw)).toEqual({ safe: false, scheme });
  });
});

describe('minutes and counts: never negative, any finite size', () => {
  it.each([
    ['reading_time', -1, 'text'],
    ['reading_time', 0, '0 min'],
    ['reading_time', '-5 min', 'text'],
    ['reading_time', 1e6, '1,000,000 min'],
    ['view_count', -1, 'text'],
    ['view_count', 0, '0'],
    ['view_count', '-3', 'text'],
    ['view_count', 1e21, '1,000,000,000,000,000,000,000'],
    ['view_count', '1e309', 'text'],
    ['view_count', Number.MAX_SAFE_INTEGER, '9,007,199,254,740,991'],
  ])('%s %j → %s', (key, raw, shown) => {
    const { value: result, issues } = value(raw, key);
    if (shown === 'text') {
      expect(result).toMatchObject({ kind: 'text', invalid: true });
      expect(issues).toEqual([`invalid-number meta.${key}`]);
    } else {
      expect(result).toMatchObject({ kind: 'number', text: shown });
      expect(issues).toEqual([]);
    }
  });
});

describe('maxValues: the items of a list stop when the budget of the call is spent', () => {
  const titles = (maxValues: number) =>
    normalizeArticle({ title: 'T', similar_posts: ['a', 'b', 'c', 'd'] }, { maxValues }).article.similarPosts.map(
      (post) => post.title,
    );

  it('the title takes one value, each similar post one more; the rest are cut', () => {
    expect(titles(1)).toEqual([]);
    expect(titles(2)).toEqual(['a']);
    expect(titles(3)).toEqual(['a', 'b']);
    expect(titles(5)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('a cut list is reported as truncated', () => {
    const { issues } = normalizeArticle({ title: 'T', similar_posts: ['a', 'b', 'c', 'd'] }, { maxValues: 2 });
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([['truncated', 'similar_posts']]);
  });
});
