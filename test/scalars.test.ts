/**
 * The single-value parsers: numbers, counts, minutes, flags and dates, read exactly (what each accepts
 * and what it leaves as text), and the `number`, `count`, `minutes` and `boolean` field kinds end to end.
 */
import { describe, expect, it } from 'vitest';
import { normalizeArticle, normalizeMeta } from '../src';
import { parseBoolean, parseCount, parseDate, parseMinutes, parseNumber } from '../src/normalize/scalars';

/** The value and issues of a meta box with one field. */
function one(raw: Record<string, unknown>, options?: Parameters<typeof normalizeMeta>[1]) {
  const { meta, issues } = normalizeMeta(raw, options);
  return { value: meta.entries[0].value, issues: issues.map(({ code, path }) => ({ code, path })) };
}

const dateTime = (raw: string) => parseDate(raw)?.dateTime;

describe('numbers', () => {
  it.each([
    ['-2', -2],
    ['+5', 5],
    ['12.5', 12.5],
    ['.25', 0.25],
    ['1e3', 1000],
    ['1E10', 1e10],
    ['1e-3', 0.001],
    ['2.5e+2', 250],
    ['1_000', 1000],
    [' 3 ', 3],
  ])('a plain number %j is %d', (raw, value) => {
    expect(parseNumber(raw)).toBe(value);
  });

  it.each([
    ['1,234,567', 1234567],
    ['-1,234', -1234],
    ['+1 024', 1024],
    ['1,234.56', 1234.56],
    ['12\u00a0345.5', 12345.5],
  ])('a number with grouped thousands %j is %d', (raw, value) => {
    expect(parseNumber(raw)).toBe(value);
  });

  it.each([
    '1234,567', // more than three digits before the first separator
    '1,2345', // a group of four digits
    '1,23',
    '1,234.',
    '1e',
    '1e+',
    'e5',
    '.',
    'about 12',
    '12 apples',
  ])('%j is not a number', (raw) => {
    expect(parseNumber(raw)).toBeUndefined();
  });

  it('negative zero is zero, as a number and as text', () => {
    expect(parseNumber(-0)).toBe(0);
    expect(parseNumber('-0')).toBe(0);
    expect(one({ n: '-0' }, { fields: { n: 'number' } }).value).toEqual({ kind: 'number', value: 0, text: '0' });
  });

  it('a field declared as a number reads grouped digits, and shows anything else as text with an issue', () => {
    const { meta, issues } = normalizeMeta(
      { size: '1,234,567', ratio: '.5', bad: '12 apples' },
      { fields: { size: 'number', ratio: 'number', bad: 'number' } },
    );
    expect(meta.entries.map((entry) => entry.value)).toEqual([
      { kind: 'number', value: 1234567, text: '1,234,567' },
      { kind: 'number', value: 0.5, text: '0.5' },
      { kind: 'text', text: '12 apples', invalid: true },
    ]);
    expect(issues.map(({ code, path }) => ({ code, path }))).toEqual([{ code: 'invalid-number', path: 'meta.bad' }]);
  });
});

describe('counts', () => {
  it.each([
    ['220 views', 220],
    ['1 view', 1],
    ['3 reads', 3],
    ['1 read', 1],
    ['5 hits', 5],
    ['1 hit', 1],
    ['7 visits', 7],
    ['1 visit', 1],
    ['4 times', 4],
    ['1.2k', 1200],
    ['3M views', 3_000_000],
    ['2b', 2_000_000_000],
    ['12,500 views', 12500],
  ])('%j counts %d', (raw, value) => {
    expect(parseCount(raw)).toBe(value);
  });

  it.each(['-3', '1 viewer', 'views', '3 apples', '1.2kb'])('%j is not a count', (raw) => {
    expect(parseCount(raw)).toBeUndefined();
  });

  it('a view count written with its word is a number', () => {
    expect(one({ view_count: '1 view' })).toEqual({ value: { kind: 'number', value: 1, text: '1' }, issues: [] });
    expect(one({ view_count: '220 views' })).toEqual({
      value: { kind: 'number', value: 220, text: '220' },
      issues: [],
    });
  });
});

describe('minutes', () => {
  it.each([
    ['PT12M', 12],
    ['PT1H', 60],
    ['PT10H', 600],
    ['PT1H30M', 90],
    ['PT1.25H', 75],
    ['PT1.25M', 1.25],
    ['PT30S', 0.5],
    ['PT1M30S', 1.5],
    ['PT1.25S', 1.25 / 60],
    [' PT12M ', 12],
  ])('the ISO 8601 duration %j is %d minutes', (raw, value) => {
    expect(parseMinutes(raw)).toBe(value);
  });

  it.each([
    ['12 min', 12],
    ['12 min ', 12],
    ['12 minutes', 12],
    ['1.25 min', 1.25],
    ['12 min read', 12],
    ['12 min  read', 12],
    ['12minread', 12],
    ['1 hour', 60],
    ['2 hours', 120],
    ['1 hr', 60],
    ['2 hrs', 120],
    ['10 hours', 600],
    ['1.25 h', 75],
    ['1h 30m', 90],
    ['2 hours 5 min', 125],
  ])('%j is %d minutes', (raw, value) => {
    expect(parseMinutes(raw)).toBe(value);
  });

  it.each(['about PT12M', 'PT12M of video', '12 min of video', 'a 12 min read', 'PT', '-5', 'hours'])(
    '%j is not a number of minutes',
    (raw) => {
      expect(parseMinutes(raw)).toBeUndefined();
    },
  );

  it('a reading time written as a duration is shown in minutes', () => {
    expect(one({ reading_time: 'PT1M30S' })).toEqual({
      value: { kind: 'number', value: 1.5, text: '1.5 min' },
      issues: [],
    });
    expect(one({ reading_time: '2 hours' }).value).toEqual({ kind: 'number', value: 120, text: '120 min' });
  });
});

describe('flags', () => {
  it.each([
    ['y', true],
    ['Y', true],
    ['n', false],
    ['N', false],
    [' Yes ', true],
    ['  off', false],
    [1, true],
    [0, false],
    [-0, false],
  ])('%j is %s', (raw, value) => {
    expect(parseBoolean(raw)).toBe(value);
  });

  it.each([2, 'maybe', '', null, {}, ['yes']])('%j is not a flag', (raw) => {
    expect(parseBoolean(raw)).toBeUndefined();
  });

  it('a field declared as a flag reads "y" and "n"', () => {
    const { meta } = normalizeMeta({ a: 'y', b: 'n' }, { fields: { a: 'boolean', b: 'boolean' } });
    expect(meta.entries.map((entry) => entry.value)).toEqual([
      { kind: 'boolean', value: true, text: 'Yes' },
      { kind: 'boolean', value: false, text: 'No' },
    ]);
  });

  it('a record under a field declared as a flag is shown as a record, without an issue', () => {
    expect(one({ live: { since: 2020 } }, { fields: { live: 'boolean' } })).toEqual({
      value: {
        kind: 'record',
        entries: [{ key: 'since', label: 'Since', value: { kind: 'number', value: 2020, text: '2020' } }],
      },
      issues: [],
    });
  });
});

describe('dates', () => {
  it.each([
    ['1 January 2022', '2022-01-01'],
    ['1 Jan 2022', '2022-01-01'],
    ['1 March 2022', '2022-03-01'],
    ['1 Mar 2022', '2022-03-01'],
    ['1 May 2022', '2022-05-01'],
    ['1 June 2022', '2022-06-01'],
    ['1 Jun 2022', '2022-06-01'],
    ['1 August 2022', '2022-08-01'],
    ['1 Aug 2022', '2022-08-01'],
    ['1 October 2022', '2022-10-01'],
    ['Oct 1 2022', '2022-10-01'],
    ['1 November 2022', '2022-11-01'],
    ['Nov 1, 2022', '2022-11-01'],
    ['1 December 2022', '2022-12-01'],
    ['Dec 1st, 2022', '2022-12-01'],
  ])('the month of %j is read: %s', (raw, day) => {
    expect(dateTime(raw)).toBe(day);
  });

  it.each([
    ['EST', '2024-07-01T14:00:00.000Z'],
    ['EDT', '2024-07-01T13:00:00.000Z'],
    ['CST', '2024-07-01T15:00:00.000Z'],
    ['CDT', '2024-07-01T14:00:00.000Z'],
    ['MST', '2024-07-01T16:00:00.000Z'],
    ['MDT', '2024-07-01T15:00:00.000Z'],
    ['PST', '2024-07-01T17:00:00.000Z'],
    ['PDT', '2024-07-01T16:00:00.000Z'],
    ['GMT', '2024-07-01T09:00:00.000Z'],
    ['UT', '2024-07-01T09:00:00.000Z'],
  ])('09:00 in the RFC 2822 zone %s is the instant %s', (zone, iso) => {
    expect(parseDate(`Mon, 1 Jul 2024 09:00 ${zone}`)).toEqual({
      dateTime: iso,
      epoch: Date.parse(iso),
      hasTime: true,
    });
  });

  it('a published date in Eastern Standard Time is shown in UTC', () => {
    expect(one({ published: 'Thu, 10 Feb 2022 10:49:12 EST' })).toEqual({
      value: { kind: 'date', dateTime: '2022-02-10T15:49:12.000Z', text: 'Feb 10, 2022, 3:49 PM' },
      issues: [],
    });
  });

  it.each([
    ['Thu 10 Feb 2022', '2022-02-10'],
    ['Thu,  10 Feb 2022', '2022-02-10'],
    ['10  Feb 2022', '2022-02-10'],
    ['10 Feb  2022', '2022-02-10'],
    ['10 Feb 2022  10:49', '2022-02-10T10:49:00'],
    ['Thu, 10 Feb 2022\t10:49:12 +0000', '2022-02-10T10:49:12.000Z'],
    ['Thu Jul 01 2022', '2022-07-01'],
    ['Fri, Jul 01 2022', '2022-07-01'],
    ['Fri,  Jul 01 2022', '2022-07-01'],
    ['Jul  01 2022', '2022-07-01'],
    ['Jul 01  2022', '2022-07-01'],
  ])('a weekday (with or without a comma) and any run of spaces are allowed: %j is %s', (raw, value) => {
    expect(dateTime(raw)).toBe(value);
  });

  it.each([
    'on 2024-01-02',
    '12024-01-02',
    '2024-01-02 (draft)',
    '2024-01-02T10:00:00Z later',
    'Published 1 July 2022',
    '1 July 2022 onwards',
    'On Jul 01 2022',
    'Jul 01 2022 onwards',
    'Jul 01 20221',
  ])('%j, a date with other words around it, is not a date', (raw) => {
    expect(parseDate(raw)).toBeUndefined();
  });

  it('a date with other words around it is shown as text under a date key', () => {
    expect(one({ published: 'Published 1 July 2022' })).toEqual({
      value: { kind: 'text', text: 'Published 1 July 2022', invalid: true },
      issues: [{ code: 'invalid-date', path: 'meta.published' }],
    });
  });
});

describe('text fields of similar posts', () => {
  it.each([
    ['Infinity', Number.POSITIVE_INFINITY, 'Not a finite number'],
    ['NaN', Number.NaN, 'Not a finite number'],
    ['true', true, 'true'],
    ['a record', { text: 'Next' }, '{"text":"Next"}'],
  ])(
    'a title that is %s is shown as its text (JSON, or the words for a non-finite number), with an issue',
    (_name, title, text) => {
      const { article, issues } = normalizeArticle({ title: 'T', similar_posts: [{ title, url: '/next' }] });
      expect(article.similarPosts).toEqual([{ title: text, href: '/next' }]);
      expect(issues.map(({ code, path }) => ({ code, path }))).toEqual([
        { code: 'invalid-type', path: 'similar_posts[0].title' },
      ]);
    },
  );

  it('a title that is a finite number is its digits, without an issue', () => {
    const { article, issues } = normalizeArticle({ title: 'T', similar_posts: [{ title: 42, url: '/next' }] });
    expect(article.similarPosts).toEqual([{ title: '42', href: '/next' }]);
    expect(issues).toEqual([]);
  });
});

describe('text fields that hold a number that is not finite', () => {
  it('an article title or a paragraph of NaN or Infinity reads "Not a finite number", never "null"', () => {
    const { article, issues } = normalizeArticle({
      title: Number.NaN,
      body: [{ type: 'paragraph', text: Number.NEGATIVE_INFINITY }],
    });
    expect(article.title).toBe('Not a finite number');
    expect(article.body).toEqual([{ type: 'paragraph', text: 'Not a finite number' }]);
    expect(issues.map(({ code, path }) => ({ code, path }))).toEqual([
      { code: 'invalid-type', path: 'body[0].text' },
      { code: 'invalid-type', path: 'title' },
    ]);
  });
});
