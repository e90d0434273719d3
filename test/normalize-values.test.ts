import { describe, expect, it } from 'vitest';
import { type MetaValue, normalizeMeta } from '../src';
import { entryValue } from './helpers';

function one(raw: Record<string, unknown>, options?: Parameters<typeof normalizeMeta>[1]) {
  const { meta, issues } = normalizeMeta(raw, options);
  return { value: meta.entries[0].value, issues };
}

describe('numbers', () => {
  it.each([
    [220832, '220,832'],
    ['220,832', '220,832'],
    ['220832', '220,832'],
    ['1.2k', '1,200'],
    [' 3 ', '3'],
  ])('view_count %j → %s', (raw, text) => {
    const { value, issues } = one({ view_count: raw });
    expect(value).toMatchObject({ kind: 'number', text });
    expect(issues).toEqual([]);
  });

  it.each([
    [12, '12 min'],
    ['12', '12 min'],
    ['12 min', '12 min'],
    ['12 minutes', '12 min'],
    ['1h 30m', '90 min'],
    ['PT12M', '12 min'],
  ])('reading_time %j → %s', (raw, text) => {
    expect(one({ reading_time: raw }).value).toMatchObject({ kind: 'number', text });
  });

  it('formats for options.locale', () => {
    expect(one({ view_count: 220832 }, { locale: 'de-DE' }).value).toMatchObject({ text: '220.832' });
    expect(one({ reading_time: 12 }, { locale: 'de-DE' }).value).toMatchObject({ text: '12 Min.' });
  });

  it('falls back to en-US with an issue for an invalid locale', () => {
    const { value, issues } = one({ view_count: 1000 }, { locale: 'not a locale!' });
    expect(value).toMatchObject({ text: '1,000' });
    expect(issues[0]).toMatchObject({ code: 'invalid-locale', path: 'options.locale' });
  });

  it('shows an unparseable number as text with an issue', () => {
    const { value, issues } = one({ view_count: 'lots' });
    expect(value).toEqual({ kind: 'text', text: 'lots', invalid: true });
    expect(issues).toEqual([expect.objectContaining({ code: 'invalid-number', path: 'meta.view_count' })]);
  });

  it('never keeps NaN or Infinity', () => {
    for (const raw of [Number.NaN, Number.POSITIVE_INFINITY, -Infinity]) {
      const { value, issues } = one({ anything: raw });
      expect(value).toEqual({ kind: 'text', text: 'Not a finite number', invalid: true });
      expect(issues[0].code).toBe('invalid-number');
    }
  });
});

describe('booleans', () => {
  it.each([1, '1', 'true', 'yes', 'YES', true, 'on'])('%j is Yes', (raw) => {
    expect(one({ flags: { x: raw } }).value).toMatchObject({
      entries: [{ value: { kind: 'boolean', value: true, text: 'Yes' } }],
    });
  });

  it.each([0, '0', 'false', 'no', false, 'off'])('%j is No', (raw) => {
    expect(one({ flags: { x: raw } }).value).toMatchObject({
      entries: [{ value: { kind: 'boolean', value: false, text: 'No' } }],
    });
  });

  it.each(['maybe', 2, -1])('%j is text with an issue', (raw) => {
    const { value, issues } = one({ flags: { x: raw } });
    expect(value).toMatchObject({ entries: [{ value: { kind: 'text', text: String(raw), invalid: true } }] });
    expect(issues).toEqual([expect.objectContaining({ code: 'invalid-boolean', path: 'meta.flags.x' })]);
  });

  it('treats a list of flag names as flags that are on', () => {
    expect(one({ flags: ['has_images', 'needs review'] }).value).toMatchObject({
      kind: 'record',
      entries: [
        { key: 'has_images', label: 'Has images', value: { value: true } },
        { key: 'needs_review', value: { value: true } },
      ],
    });
  });
});

describe('dates', () => {
  it('keeps a date-only value date-only, formatted in UTC', () => {
    expect(one({ date: '2024-12-12' }).value).toEqual({ kind: 'date', dateTime: '2024-12-12', text: 'Dec 12, 2024' });
  });

  it('reads date-times with offsets and shows them in UTC', () => {
    expect(one({ created_at: '2024-11-30T23:15:00+02:00' }).value).toEqual({
      kind: 'date',
      dateTime: '2024-11-30T21:15:00.000Z',
      text: 'Nov 30, 2024, 9:15 PM',
    });
    expect(one({ updated_at: '2024-12-31T23:59:59Z' }).value).toMatchObject({ text: 'Dec 31, 2024, 11:59 PM' });
  });

  it.each(['2024-02-30', '2024-13-01', 'yesterday', '3 days ago', '12/12/2024', '2024-12-12T25:00:00Z', 42, 1e15])(
    '%j in a date field is text with an issue',
    (raw) => {
      const { value, issues } = one({ published_date: raw });
      expect(value).toEqual({ kind: 'text', text: String(raw), invalid: true });
      expect(issues[0]).toMatchObject({ code: 'invalid-date', path: 'meta.published_date' });
    },
  );

  it('finds date fields by key: date, *_at, *_date and revision.last_reviewed', () => {
    const { meta } = normalizeMeta({
      date: '2024-01-01',
      published_at: '2024-01-02',
      review_date: '2024-01-03',
      revision: { last_reviewed: '2024-01-04' },
    });
    const kinds = meta.entries.map((e) => e.value.kind);
    expect(kinds).toEqual(['date', 'date', 'date', 'record']);
    expect(entryValue(meta.entries, 'revision')).toMatchObject({ entries: [{ value: { kind: 'date' } }] });
  });
});

describe('URLs', () => {
  it.each([
    ['https://example.com/a?b=1', 'https://example.com/a?b=1'],
    ['http://example.com', 'http://example.com'],
    ['mailto:editor@example.com', 'mailto:editor@example.com'],
    ['/posts/next', '/posts/next'],
    ['../up', '../up'],
    ['#section', '#section'],
    ['  https://example.com/trimmed  ', 'https://example.com/trimmed'],
  ])('%j becomes a link', (raw, href) => {
    expect(one({ source_url: raw }).value).toMatchObject({ kind: 'link', href });
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    '   javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'java\rscript:alert(1)',
    '\u0000javascript:alert(1)',
    '\u0001javascript:alert(1)',
    'jav\u00adascript:alert(1)',
    '&#106;avascript:alert(1)',
    '&#x6A;avascript&colon;alert(1)',
    '&#0000106;avascript:alert(1)',
    'javascript&#58;alert(1)',
    '&amp;#106;avascript:alert(1)',
    'jav&Tab;ascript:alert(1)',
    'data:text/html;base64,PHNjcmlwdD4=',
    'DATA:text/html,x',
    'vbscript:msgbox(1)',
    ' VBScript:msgbox(1)',
  ])('%j stays text, never a link', (raw) => {
    const { value, issues } = one({ source_url: raw });
    expect(value).toEqual({ kind: 'text', text: raw, invalid: true });
    expect(issues[0]).toMatchObject({ code: 'unsafe-url', path: 'meta.source_url' });
  });

  it('links a URL as written: entities only decide the scheme, and no entity name is looked up on a prototype', () => {
    expect(one({ source_url: 'https://example.com/?a=1&amp;b=2' }).value).toMatchObject({
      kind: 'link',
      href: 'https://example.com/?a=1&amp;b=2',
    });
    expect(one({ source_url: 'https://example.com/?a=1&constructor;b' }).value).toMatchObject({
      kind: 'link',
      href: 'https://example.com/?a=1&constructor;b',
    });
  });

  it('links absolute http(s) URLs in unknown fields and reports dangerous ones', () => {
    const { meta, issues } = normalizeMeta({ homepage: 'https://example.com', trap: 'javascript:alert(1)' });
    expect(meta.entries.map((e) => e.value.kind)).toEqual(['link', 'text']);
    expect(issues).toEqual([expect.objectContaining({ code: 'unsafe-url', path: 'meta.trap' })]);
  });
});

describe('scores', () => {
  const scores = (raw: unknown) => {
    const { value, issues } = one({ score: raw });
    if (value.kind !== 'scores') throw new Error(value.kind);
    return { scores: value.scores, issues };
  };

  it('parses "93", "58%", "75/100" and numbers', () => {
    const { scores: items, issues } = scores({ a: '93', b: '58%', c: '75/100', d: 83, e: '7.5/10' });
    expect(items.map((s) => [s.meter?.value, s.meter?.max])).toEqual([
      [93, 100],
      [58, 100],
      [75, 100],
      [83, 100],
      [7.5, 10],
    ]);
    expect(items[4].meter?.valueText).toBe('7.5 out of 10');
    expect(items[4].text).toBe('7.5/10');
    expect(items[0].text).toBe('93');
    expect(issues).toEqual([]);
  });

  it('takes an array of {name, value, max}', () => {
    const { scores: items } = scores([
      { name: 'code quality', value: 4, max: 5 },
      { label: 'SEO', score: '80' },
    ]);
    expect(items.map((s) => [s.label, s.meter?.ratio])).toEqual([
      ['Code quality', 0.8],
      ['SEO', 0.8],
    ]);
  });

  it('clamps out-of-range values with an issue', () => {
    const { scores: items, issues } = scores({ over: 140, under: -12 });
    expect(items.map((s) => s.meter?.value)).toEqual([100, 0]);
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['score-out-of-range', 'meta.score.over'],
      ['score-out-of-range', 'meta.score.under'],
    ]);
    expect(issues[0].message).toContain('140');
  });

  it('shows a non-number as text with an issue and no meter', () => {
    const { scores: items, issues } = scores({ depth: 'deep' });
    expect(items[0]).toEqual({ key: 'depth', label: 'Depth', text: 'deep' });
    expect(issues[0]).toMatchObject({ code: 'invalid-score', path: 'meta.score.depth' });
  });

  it('reports a scale that is not a positive number and falls back to 100', () => {
    const { scores: items, issues } = scores({ ratio: '7/0', record: { value: 7, max: 'ten' } });
    expect(items.map((s) => s.meter?.max)).toEqual([100, 100]);
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['invalid-score', 'meta.score.ratio'],
      ['invalid-score', 'meta.score.record'],
    ]);
  });

  it('labels unnamed scores "Score N", replaceable through options.labels', () => {
    const { value } = one({ scores: [{ value: 2 }, 3] }, { labels: { score_1: 'Quality' } });
    expect(value.kind === 'scores' && value.scores.map((s) => s.label)).toEqual(['Quality', 'Score 2']);
  });

  it('gives each meter a level', () => {
    const { scores: items } = scores({ a: 10, b: 50, c: 90 });
    expect(items.map((s) => s.meter?.level)).toEqual(['low', 'mid', 'high']);
  });
});

describe('checklist', () => {
  it('takes strings, {label, done} and bracketed states', () => {
    const { value } = one({
      checklist: [
        'plain',
        { label: 'object', done: true },
        { text: 'checked', checked: 'no' },
        '[x] boxed',
        '[ ] open',
      ],
    });
    expect(value).toEqual({
      kind: 'checklist',
      items: [
        { label: 'plain' },
        { label: 'object', done: true },
        { label: 'checked', done: false },
        { label: 'boxed', done: true },
        { label: 'open', done: false },
      ],
    });
  });
});

describe('checklist numbers', () => {
  it('shows a number as its digits and a non-finite one as text with an issue', () => {
    const { value, issues } = one({ checklist: [3, Number.NaN, Number.POSITIVE_INFINITY] });
    expect(value).toEqual({
      kind: 'checklist',
      items: [{ label: '3' }, { label: 'Not a finite number' }, { label: 'Not a finite number' }],
    });
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['invalid-number', 'meta.checklist[1]'],
      ['invalid-number', 'meta.checklist[2]'],
    ]);
  });
});

describe('options.fields', () => {
  it('declares the kind of a consumer key', () => {
    const { meta } = normalizeMeta(
      { published_on: '2024-05-01', is_live: 'yes', editor_picks: 'a, b', word_count: '1,234' },
      { fields: { publishedOn: 'date', is_live: 'boolean', editor_picks: 'tags', word_count: 'count' } },
    );
    expect(meta.entries.map((e: { value: MetaValue }) => e.value.kind)).toEqual(['date', 'boolean', 'tags', 'number']);
  });
});
