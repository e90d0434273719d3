import { describe, expect, it } from 'vitest';
import { canonicalKey, humanizeKey, normalizeMeta } from '../src';

describe('keys and labels', () => {
  it.each(['readingTime', 'reading-time', 'Reading time', 'reading_time', 'ReadingTime', 'READING_TIME'])(
    '%s is the reading_time field',
    (key) => {
      expect(canonicalKey(key)).toBe('reading_time');
      const entry = normalizeMeta({ [key]: '12 min' }).meta.entries[0];
      expect(entry).toMatchObject({ key: 'reading_time', label: 'Reading time', value: { text: '12 min' } });
    },
  );

  it.each([
    ['ai_outline', 'AI outline'],
    ['code_language', 'Code language'],
    ['source_url', 'Source URL'],
    ['post_id', 'Post ID'],
    ['seo_title', 'SEO title'],
    ['canonicalURL', 'Canonical URL'],
    ['apiVersion', 'API version'],
  ])('humanizes %s as "%s", keeping acronyms', (key, label) => {
    expect(humanizeKey(canonicalKey(key))).toBe(label);
  });

  it.each([
    ['HTTPServer', 'http_server', 'HTTP server'],
    ['parseJSONValue', 'parse_json_value', 'Parse JSON value'],
    ['userIDs', 'user_ids', 'User IDs'],
    ['URLsFound', 'urls_found', 'URLs found'],
    ['disk-io', 'disk_io', 'Disk I/O'],
    ['IO_wait', 'io_wait', 'I/O wait'],
    ['p95Latency', 'p95_latency', 'P95 latency'],
  ])('splits %s at an acronym boundary: %s, "%s"', (key, canonical, label) => {
    expect(canonicalKey(key)).toBe(canonical);
    expect(humanizeKey(canonical)).toBe(label);
  });

  it('keeps a mark that lower case adds, so two spellings never collapse into one key', () => {
    // `İ` lower-cased is `i` and U+0307 (combining dot above): the dot stays, the word stays whole.
    expect(canonicalKey('İstanbul')).toBe('i\u0307stanbul');
    expect(canonicalKey('Aİ')).toBe('ai\u0307');
    expect(canonicalKey('Ai')).toBe('ai');
    expect(humanizeKey(canonicalKey('İstanbul Office'))).toBe('I\u0307stanbul office');
    const { meta, issues } = normalizeMeta({ Aİ: 1, Ai: 2 });
    expect(meta.entries.map((entry) => entry.key)).toEqual(['ai\u0307', 'ai']);
    expect(issues).toEqual([]);
  });

  it('keeps keys that are not plain words exactly as they are', () => {
    for (const key of ['__proto__', 'a.b', '<b>x</b>', 'x"y', '', '  ', '_id']) {
      expect(canonicalKey(key)).toBe(key);
      expect(humanizeKey(canonicalKey(key))).toBe(key);
    }
  });

  it('takes label overrides by any spelling of the key', () => {
    const { meta } = normalizeMeta(
      { reading_time: 5, view_count: 1 },
      { labels: { readingTime: 'Lesezeit', 'view count': 'Aufrufe' } },
    );
    expect(meta.entries.map((e) => e.label)).toEqual(['Lesezeit', 'Aufrufe']);
  });

  it('reorders with options.order and hides with options.hidden, keeping hidden keys in the model', () => {
    const { meta } = normalizeMeta({ a: 1, b: 2, c: 3, d: 4 }, { order: ['c', 'a'], hidden: ['d'] });
    expect(meta.entries.map((e) => e.key)).toEqual(['c', 'a', 'b', 'd']);
    expect(meta.entries.map((e) => e.hidden ?? false)).toEqual([false, false, false, true]);
  });

  it('keeps both entries when two spellings of one key appear, with an issue', () => {
    const { meta, issues } = normalizeMeta({ readingTime: 5, reading_time: 6 });
    expect(meta.entries.map((e) => e.value.kind === 'number' && e.value.value)).toEqual([5, 6]);
    expect(issues).toEqual([expect.objectContaining({ code: 'duplicate-key', path: 'meta.reading_time' })]);
  });

  it('a key with a dot stays exactly as written, even when it starts with simple words', () => {
    expect(canonicalKey('Source.URL')).toBe('Source.URL');
    expect(normalizeMeta({ 'Source.URL': 1 }).meta.entries[0]).toMatchObject({
      key: 'Source.URL',
      label: 'Source.URL',
    });
  });

  it('a key kept as written is its own label, even with an underscore before an odd word', () => {
    for (const key of ['a_B!', 'a_b!', 'x_Y.z']) {
      expect(humanizeKey(key)).toBe(key);
      expect(normalizeMeta({ [key]: 1 }).meta.entries[0]).toMatchObject({ key, label: key });
    }
  });
});
