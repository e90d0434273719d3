/** The date formats real systems write, under the key shapes they use (Data contract, "Dates"). */
import { describe, expect, it } from 'vitest';
import { normalizeMeta } from '../src';

function date(key: string, raw: unknown) {
  const { meta, issues } = normalizeMeta({ [key]: raw });
  return { value: meta.entries[0].value, issues: issues.map((issue) => issue.code) };
}

describe('date formats', () => {
  it.each([
    ['RSS / RFC 2822', 'Thu, 10 Feb 2022 10:49:12 +0000', '2022-02-10T10:49:12.000Z', 'Feb 10, 2022, 10:49 AM'],
    [
      'RFC 2822, negative offset',
      'Mon, 01 Jul 2024 09:00:00 -0500',
      '2024-07-01T14:00:00.000Z',
      'Jul 1, 2024, 2:00 PM',
    ],
    ['RFC 2822, zone name', 'Mon, 01 Jul 2024 09:00:00 PDT', '2024-07-01T16:00:00.000Z', 'Jul 1, 2024, 4:00 PM'],
    ['RFC 2822, GMT, no weekday', '1 Jul 2024 09:00 GMT', '2024-07-01T09:00:00.000Z', 'Jul 1, 2024, 9:00 AM'],
    [
      'ISO, minute precision with offset (Contentful)',
      '2024-04-02T09:00+02:00',
      '2024-04-02T07:00:00.000Z',
      'Apr 2, 2024, 7:00 AM',
    ],
  ])('%s: %j is the instant %s', (_name, raw, iso, text) => {
    expect(date('published', raw)).toEqual({ value: { kind: 'date', dateTime: iso, text }, issues: [] });
  });

  it.each([
    ['Jul 01 2022', '2022-07-01', 'Jul 1, 2022'],
    ['July 1, 2022', '2022-07-01', 'Jul 1, 2022'],
    ['Sep 3rd, 2024', '2024-09-03', 'Sep 3, 2024'],
    ['Sept 3 2024', '2024-09-03', 'Sep 3, 2024'],
    ['1 July 2022', '2022-07-01', 'Jul 1, 2022'],
  ])('an English month date %j is the day %s', (raw, day, text) => {
    expect(date('pub_date', raw)).toEqual({ value: { kind: 'date', dateTime: day, text }, issues: [] });
  });

  it('a date-time without a zone is a floating local time: shown as written, its dateTime without a zone', () => {
    expect(date('date', '2024-03-01T10:15:30')).toEqual({
      value: { kind: 'date', dateTime: '2024-03-01T10:15:30', text: 'Mar 1, 2024, 10:15 AM' },
      issues: [],
    });
    expect(date('date', '2024-03-01 23:05')).toMatchObject({ value: { dateTime: '2024-03-01T23:05:00' } });
  });

  it.each([
    [1203647620, '2008-02-22T02:33:40.000Z'],
    [1203647620000, '2008-02-22T02:33:40.000Z'],
    ['1203647620', '2008-02-22T02:33:40.000Z'],
  ])('epoch %j under a date key is %s (seconds or milliseconds by size)', (raw, iso) => {
    expect(date('time', raw).value).toMatchObject({ kind: 'date', dateTime: iso });
  });

  it.each([42, 99_999_999, 4.1e9, 5e12, -1203647620, 1203647620.5])(
    '%j is outside the plausible epoch range or not whole: text with an issue',
    (raw) => {
      expect(date('created_at', raw)).toMatchObject({
        value: { kind: 'text', invalid: true },
        issues: ['invalid-date'],
      });
    },
  );

  it.each(['3 days ago', 'yesterday', 'Smarch 3, 2024', '30 Feb 2024', 'Thu, 10 Feb 2022 10:49:12 XYZ'])(
    '%j is text with an issue, never computed from a clock',
    (raw) => {
      expect(date('updated', raw)).toEqual({
        value: { kind: 'text', text: raw, invalid: true },
        issues: ['invalid-date'],
      });
    },
  );
});

describe('date key shapes', () => {
  it.each([
    'published_at',
    'publishedAt',
    'publish_date',
    'date_published',
    'datePublished',
    'dateModified',
    'created_time',
    'published_timestamp',
    'date_gmt',
    'modified_gmt',
    'published',
    'updated',
    'modified',
    'pubDate',
    '_createdAt',
    '_updatedAt',
    'time',
  ])('%s is a date field', (key) => {
    expect(date(key, '2024-12-12').value).toMatchObject({ kind: 'date', dateTime: '2024-12-12' });
  });

  it('reading_time and *_minutes are minutes, not dates', () => {
    expect(date('reading_time_minutes', 1).value).toMatchObject({ kind: 'number', text: '1 min' });
    expect(date('duration_minutes', '12').value).toMatchObject({ kind: 'number', text: '12 min' });
  });
});

/** The value and the full issues of one field: what a mutation of the date parser would change. */
function field(key: string, raw: unknown) {
  const { meta, issues } = normalizeMeta({ [key]: raw });
  return { value: meta.entries[0].value, issues };
}

const notADate = (key: string, text: string, shown = `"${text}"`) => ({
  value: { kind: 'text', text, invalid: true },
  issues: [
    {
      path: `meta.${key}`,
      code: 'invalid-date',
      message: `meta.${key} is not a date; shown as text (${shown}).`,
      severity: 'warning',
    },
  ],
});

describe('date parts, exactly', () => {
  it('the hour of a day-first date-time is padded to two digits', () => {
    expect(field('published', '1 July 2022 9:05')).toEqual({
      value: { kind: 'date', dateTime: '2022-07-01T09:05:00', text: 'Jul 1, 2022, 9:05 AM' },
      issues: [],
    });
  });

  it.each([
    ['2024-01-02T03:04:05.1234Z', '2024-01-02T03:04:05.123Z'],
    ['2024-01-02T03:04:05.987654321Z', '2024-01-02T03:04:05.987Z'],
    ['2024-01-02T03:04:05.5Z', '2024-01-02T03:04:05.500Z'],
    ['2024-01-02T03:04:05.05Z', '2024-01-02T03:04:05.050Z'],
  ])('the fraction of a second in %j is cut or padded to milliseconds: %s', (raw, iso) => {
    expect(field('published', raw)).toEqual({
      value: { kind: 'date', dateTime: iso, text: 'Jan 2, 2024, 3:04 AM' },
      issues: [],
    });
  });

  it('an instant in year 1 is a date; one that falls in year 0 in UTC is not', () => {
    expect(field('published', '0001-01-01T00:00:00Z')).toEqual({
      value: { kind: 'date', dateTime: '0001-01-01T00:00:00.000Z', text: 'Jan 1, 1, 12:00 AM' },
      issues: [],
    });
    expect(field('published', '0001-01-01T01:00:00+01:00')).toEqual({
      value: { kind: 'date', dateTime: '0001-01-01T00:00:00.000Z', text: 'Jan 1, 1, 12:00 AM' },
      issues: [],
    });
    expect(field('published', '0001-01-01T00:30:00+01:00')).toEqual(notADate('published', '0001-01-01T00:30:00+01:00'));
  });

  it('spaces around a date string are not part of it', () => {
    expect(field('published', '  Thu, 10 Feb 2022 10:49:12 +0000\n')).toEqual({
      value: { kind: 'date', dateTime: '2022-02-10T10:49:12.000Z', text: 'Feb 10, 2022, 10:49 AM' },
      issues: [],
    });
    expect(field('published', ' 2024-01-02 ')).toEqual({
      value: { kind: 'date', dateTime: '2024-01-02', text: 'Jan 2, 2024' },
      issues: [],
    });
  });
});

describe('epoch numbers, exactly', () => {
  it.each([
    [1e8, '1973-03-03T09:46:40.000Z', 'Mar 3, 1973, 9:46 AM'],
    [4.1e9 - 1, '2099-12-03T16:53:19.000Z', 'Dec 3, 2099, 4:53 PM'],
    [1e11, '1973-03-03T09:46:40.000Z', 'Mar 3, 1973, 9:46 AM'],
    [4.1e12 - 1, '2099-12-03T16:53:19.999Z', 'Dec 3, 2099, 4:53 PM'],
    [1203647620, '2008-02-22T02:33:40.000Z', 'Feb 22, 2008, 2:33 AM'],
    ['1203647620', '2008-02-22T02:33:40.000Z', 'Feb 22, 2008, 2:33 AM'],
    ['1203647620000', '2008-02-22T02:33:40.000Z', 'Feb 22, 2008, 2:33 AM'],
    [' 1203647620 ', '2008-02-22T02:33:40.000Z', 'Feb 22, 2008, 2:33 AM'],
  ])('%j at the edges of the range, or as a string, is the instant %s, with its time', (raw, iso, text) => {
    expect(field('time', raw)).toEqual({ value: { kind: 'date', dateTime: iso, text }, issues: [] });
  });

  it.each([1e11 - 1, 4.1e12])('%j is just outside the range of milliseconds: text with an issue', (raw) => {
    expect(field('time', raw)).toEqual(notADate('time', String(raw), String(raw)));
  });

  it.each([
    // Number('1e9') is in the range of seconds, but only ten or thirteen digits are an epoch string.
    '1e9',
    '+1203647620',
    '01203647620',
    '120364762000',
    '12036476200',
  ])('the string %j is no epoch: text with an issue', (raw) => {
    expect(field('time', raw)).toEqual(notADate('time', raw));
  });
});

describe('Date objects', () => {
  it('a valid Date is its instant, with its time', () => {
    expect(field('published', new Date('2024-01-02T03:04:05Z'))).toEqual({
      value: { kind: 'date', dateTime: '2024-01-02T03:04:05.000Z', text: 'Jan 2, 2024, 3:04 AM' },
      issues: [],
    });
    expect(field('note', new Date('2024-01-02T03:04:05Z'))).toEqual({
      value: { kind: 'date', dateTime: '2024-01-02T03:04:05.000Z', text: 'Jan 2, 2024, 3:04 AM' },
      issues: [],
    });
  });

  it.each(['published', 'note'])('an invalid Date under %s is text with an issue', (key) => {
    expect(field(key, new Date(Number.NaN))).toEqual({
      value: { kind: 'text', text: 'Invalid date value', invalid: true },
      issues: [
        {
          path: `meta.${key}`,
          code: 'invalid-date',
          message: `meta.${key} is not a date; shown as text.`,
          severity: 'warning',
        },
      ],
    });
  });
});
