import { describe, expect, it } from 'vitest';
import { type BodyParser, type MetaGroup, type MetaIssue, normalizeArticle, normalizeMeta } from '../src';

const where = (issues: readonly MetaIssue[]) => issues.map((issue) => [issue.code, issue.path]);
const groupKeys = (groups: MetaGroup[] | undefined) =>
  (groups ?? []).map((group) => [group.id, group.entries.map((entry) => entry.key)]);
const internalKeys = (entries: readonly { key: string; internal?: true }[]) =>
  entries.filter((entry) => entry.internal).map((entry) => entry.key);

/** A parser of a made-up format: a body that starts with `LINES:` is one paragraph per line. */
const lines: BodyParser = {
  format: 'lines' as BodyParser['format'],
  detect: (raw) => typeof raw === 'string' && raw.startsWith('LINES:'),
  parse: (raw) => ({
    blocks: String(raw)
      .slice('LINES:'.length)
      .split('/')
      .map((text) => ({ type: 'paragraph', text })),
  }),
};

describe('options that are not an object', () => {
  it('a string as the options is reported at options and the defaults are used', () => {
    const { article, issues } = normalizeArticle({ title: 'T', date: '2024-03-05' }, 'de-DE' as never);
    expect(where(issues)).toEqual([
      ['invalid-option', 'options'],
      ['unknown-field', 'date'],
    ]);
    expect(article.meta.entries[0].value).toEqual({ kind: 'date', dateTime: '2024-03-05', text: 'Mar 5, 2024' });
  });

  it('null as the options is reported at options, and the defaults are used', () => {
    const { article, issues } = normalizeArticle({ title: 'T', date: '2024-03-05' }, null as never);
    expect(where(issues)).toEqual([
      ['invalid-option', 'options'],
      ['unknown-field', 'date'],
    ]);
    expect(article.meta.entries[0].value).toEqual({ kind: 'date', dateTime: '2024-03-05', text: 'Mar 5, 2024' });
  });
});

describe('locale', () => {
  it('a list of locales is no locale: it is reported and en-US formats the dates', () => {
    const { article, issues } = normalizeArticle({ title: 'T', date: '2024-03-05' }, { locale: ['de-DE'] as never });
    expect(where(issues)).toEqual([
      ['invalid-locale', 'options.locale'],
      ['unknown-field', 'date'],
    ]);
    expect(article.meta.entries[0].value).toEqual({ kind: 'date', dateTime: '2024-03-05', text: 'Mar 5, 2024' });
  });
});

describe('numeric limits', () => {
  it('takes maxDepth at its ceiling of 100 without an issue; above it, clamps and names the option', () => {
    expect(normalizeMeta({ a: 1 }, { maxDepth: 100 }).issues).toEqual([]);
    expect(where(normalizeMeta({ a: 1 }, { maxDepth: 101 }).issues)).toEqual([['invalid-option', 'options.maxDepth']]);
  });
});

describe('order and hidden', () => {
  it('a list with one key that is not a string is reported and left out: the keys keep their source order', () => {
    const { meta, issues } = normalizeMeta({ a: 1, b: 2, c: 3 }, { order: ['c', 7 as unknown as string] });
    expect(where(issues)).toEqual([['invalid-option', 'options.order']]);
    expect(meta.entries.map((entry) => entry.key)).toEqual(['a', 'b', 'c']);
  });

  it('a hidden list with one key that is not a string hides nothing', () => {
    const { meta, issues } = normalizeMeta({ a: 1, b: 2 }, { hidden: ['a', null as unknown as string] });
    expect(where(issues)).toEqual([['invalid-option', 'options.hidden']]);
    expect(meta.entries.filter((entry) => entry.hidden)).toEqual([]);
  });
});

describe('messages', () => {
  it('a word whose getter throws is reported at its own path and keeps its default', () => {
    const messages = {
      get empty(): string {
        throw new Error('no');
      },
    };
    const { meta, issues } = normalizeMeta({ a: '' }, { messages });
    expect(where(issues)).toEqual([['invalid-option', 'options.messages.empty']]);
    expect(meta.entries[0].value).toEqual({ kind: 'empty', text: '—' });
  });

  it('a group title whose getter throws is reported at its own path; the others are taken', () => {
    const groupTitles = {
      get glance(): string {
        throw new Error('no');
      },
      quality: 'Qualität',
    };
    const { meta, issues } = normalizeMeta(
      { difficulty: 'hard', score: 3 },
      { messages: { groupTitles: groupTitles as never } },
    );
    expect(where(issues)).toEqual([['invalid-option', 'options.messages.groupTitles.glance']]);
    expect(meta.groups?.map((group) => group.title)).toEqual(['At a glance', 'Qualität']);
  });
});

describe('field kinds', () => {
  it('takes every kind of the contract without an issue', () => {
    const kinds = [
      'text',
      'code',
      'number',
      'count',
      'minutes',
      'boolean',
      'flags',
      'date',
      'url',
      'tags',
      'list',
      'checklist',
      'scores',
      'people',
      'image',
    ] as const;
    const fields = Object.fromEntries(kinds.map((kind) => [`as_${kind}`, kind]));
    const { issues } = normalizeMeta({ as_text: 'x' }, { fields });
    expect(issues).toEqual([]);
  });

  it('reports a kind outside the contract at its key', () => {
    const { issues } = normalizeMeta({ a: 'x' }, { fields: { a: 'texts' as 'text' } });
    expect(where(issues)).toEqual([['invalid-option', 'options.fields.a']]);
  });
});

describe('internal keys', () => {
  it("marks a platform's internals by default: Contentful sys, social and search copies, injected code, Ghost's primaries", () => {
    const { meta, issues } = normalizeMeta({
      topic: 't',
      sys: { id: 'x' },
      og_title: 'o',
      twitter_title: 't',
      meta_title: 'm',
      meta_description: 'd',
      codeinjection_head: '<script></script>',
      primary_author: 'a',
      primary_tag: 'g',
      _links: 'l',
      '@id': 'i',
      yoast_head: 'y',
      yoast_head_json: 'j',
    });
    expect(issues).toEqual([]);
    expect(internalKeys(meta.entries)).toEqual([
      'sys',
      'og_title',
      'twitter_title',
      'meta_title',
      'meta_description',
      'codeinjection_head',
      'primary_author',
      'primary_tag',
      '_links',
      '@id',
      'yoast_head',
      'yoast_head_json',
    ]);
  });

  it('the internal option replaces the defaults; a pattern matches its characters literally, `*` any run', () => {
    const { meta, issues } = normalizeMeta(
      { 'a.b': 1, axb: 2, 'x(1)': 3, mood_one: 4, _links: 5 },
      { internal: ['a.b', 'x(1)', 'mood_*'] },
    );
    expect(issues).toEqual([]);
    expect(internalKeys(meta.entries)).toEqual(['a.b', 'x(1)', 'mood_one']);
  });

  it('an empty internal list marks nothing, not even an empty key', () => {
    const { meta } = normalizeMeta({ '': 1, _links: 2 }, { internal: [] });
    expect(meta.entries.length).toBe(2);
    expect(internalKeys(meta.entries)).toEqual([]);
  });

  it('an internal list with a pattern that is not a string is reported; the defaults apply', () => {
    const { meta, issues } = normalizeMeta({ mood: 1, _links: 2 }, { internal: ['mood', 3 as unknown as string] });
    expect(where(issues)).toEqual([['invalid-option', 'options.internal']]);
    expect(internalKeys(meta.entries)).toEqual(['_links']);
  });

  it('an internal option that is not a list is reported; the defaults apply', () => {
    const { meta, issues } = normalizeMeta({ mood: 1, _links: 2 }, { internal: 'mood' as unknown as string[] });
    expect(where(issues)).toEqual([['invalid-option', 'options.internal']]);
    expect(internalKeys(meta.entries)).toEqual(['_links']);
  });
});

describe('default groups', () => {
  it('names every key of the glance group', () => {
    const keys = [
      'reading_time',
      'reading_time_minutes',
      'difficulty',
      'level',
      'code_language',
      'language',
      'view_count',
      'views',
      'page_views',
      'last_reviewed',
      'published_at',
      'date_published',
      'updated_at',
      'date_modified',
      'author',
      'authors',
      'byline',
    ];
    const { meta } = normalizeMeta(Object.fromEntries(keys.map((key) => [key, 'x'])));
    expect(groupKeys(meta.groups)).toEqual([['glance', keys]]);
  });

  it('names every key of quality, stack, about and details', () => {
    const quality = ['score', 'scores', 'rating', 'flags', 'checklist'];
    const stack = ['stack', 'tools', 'entities', 'tags', 'categories', 'keywords', 'topics', 'labels'];
    const about = ['topic', 'summary', 'description', 'excerpt', 'abstract', 'subtitle', 'ai_outline', 'ai_brief'];
    const details = ['revision', 'version', 'status', 'reference', 'hash', 'id', 'slug', 'payload', 'notes'];
    const all = [...details, ...about, ...stack, ...quality];
    const { meta } = normalizeMeta(Object.fromEntries(all.map((key) => [key, 'x'])));
    expect(groupKeys(meta.groups)).toEqual([
      ['quality', quality],
      ['stack', stack],
      ['about', about],
      ['details', details],
    ]);
  });

  it('keeps the keys no group names in source order in "Other fields"', () => {
    const { meta } = normalizeMeta({ mood: 1, 'Stryker was here': 2, zeal: 3 });
    expect(groupKeys(meta.groups)).toEqual([['other', ['mood', 'stryker_was_here', 'zeal']]]);
  });
});

describe('groups option', () => {
  const meta = { mood: 1, score: 2 };
  const defaults = [
    ['quality', ['score']],
    ['other', ['mood']],
  ];

  it('takes a list of valid specs', () => {
    const { meta: read, issues } = normalizeMeta(meta, { groups: [{ id: 'feel', title: 'Feel', keys: ['mood'] }] });
    expect(issues).toEqual([]);
    expect(read.groups?.map((group) => [group.id, group.title, group.entries.map((entry) => entry.key)])).toEqual([
      ['feel', 'Feel', ['mood']],
      ['other', 'Other fields', ['score']],
    ]);
  });

  it.each([
    ['an id that is not a string', [{ id: 5, keys: ['mood'] }]],
    ['keys that are not a list', [{ id: 'feel', keys: 'mood' }]],
    ['a key that is not a string', [{ id: 'feel', keys: ['mood', 1] }]],
    ['a list, not a spec', [Object.assign(['x'], { id: 'feel', keys: ['mood'] })]],
    [
      'a valid spec beside one with an unknown layout',
      [
        { id: 'feel', keys: ['mood'] },
        { id: 'b', keys: ['score'], layout: 'grid' },
      ],
    ],
    ['a valid spec beside a number', [{ id: 'feel', keys: ['mood'] }, 5]],
    ['a valid spec beside null', [{ id: 'feel', keys: ['mood'] }, null]],
    ['a string', 'feel'],
  ])('%s is reported at options.groups; the default groups apply', (_, groups) => {
    const { meta: read, issues } = normalizeMeta(meta, { groups: groups as never });
    expect(where(issues)).toEqual([['invalid-option', 'options.groups']]);
    expect(groupKeys(read.groups)).toEqual(defaults);
  });
});

describe('parsers option', () => {
  it('a valid parser reads a body it detects', () => {
    const { article, issues } = normalizeArticle({ title: 'T', body: 'LINES:one/two' }, { parsers: [lines] });
    expect(issues).toEqual([]);
    expect(article.body).toEqual([
      { type: 'paragraph', text: 'one' },
      { type: 'paragraph', text: 'two' },
    ]);
  });

  it.each([
    ['a format that is not a string', [{ ...lines, format: 5 }]],
    ['no detect', [{ format: 'lines', parse: lines.parse }]],
    ['no parse', [{ format: 'lines', detect: lines.detect }]],
    ['null', [null]],
    ['a function with the three properties', [Object.assign(() => {}, lines)]],
    ['a valid parser beside a number', [lines, 5]],
    ['a string', 'lines'],
  ])('%s is reported at options.parsers; no parser reads the body', (_, parsers) => {
    const { article, issues } = normalizeArticle({ title: 'T', body: 'LINES:one/two' }, { parsers: parsers as never });
    expect(where(issues)).toEqual([['invalid-option', 'options.parsers']]);
    expect(article.body).toEqual([{ type: 'paragraph', text: 'LINES:one/two' }]);
  });
});
