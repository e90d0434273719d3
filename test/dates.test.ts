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
