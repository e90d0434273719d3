import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_GROUPS, type MetaEntry, type MetaGroup, normalizeArticle, normalizeMeta } from '../src';
import seed from './fixtures/seed-article.json';
import { itProperty } from './property';

const shape = (groups: MetaGroup[] | undefined) =>
  (groups ?? []).map((group) => ({
    id: group.id,
    title: group.title,
    collapsed: group.collapsed,
    layout: group.layout,
    keys: group.entries.map((entry, i) => (group.icons ? `${entry.key}:${group.icons[i]}` : entry.key)),
  }));

describe('meta groups (the compact layout)', () => {
  it('groups the seed by default: at a glance, quality, stack open; about and details closed', () => {
    const { article, issues } = normalizeArticle(seed);
    expect(issues).toEqual([]);
    expect(shape(article.meta.groups)).toEqual([
      {
        id: 'glance',
        title: 'At a glance',
        collapsed: false,
        layout: 'stats',
        keys: ['reading_time:time', 'difficulty:level', 'code_language:code', 'view_count:views', 'last_reviewed:date'],
      },
      { id: 'quality', title: 'Quality', collapsed: false, layout: undefined, keys: ['score', 'flags', 'checklist'] },
      { id: 'stack', title: 'Stack', collapsed: false, layout: undefined, keys: ['stack', 'tools', 'entities'] },
      {
        id: 'about',
        title: 'About',
        collapsed: true,
        layout: undefined,
        keys: ['topic', 'summary', 'ai_outline', 'ai_brief'],
      },
      {
        id: 'details',
        title: 'Details',
        collapsed: true,
        layout: undefined,
        keys: ['revision', 'reference', 'hash', 'payload', 'notes'],
      },
    ]);
  });

  it('holds the entries themselves, a nested fact too, which stays in its record', () => {
    const { meta } = normalizeMeta(seed.meta);
    const [glance, quality] = meta.groups ?? [];
    expect(quality.entries[0]).toBe(meta.entries.find((entry) => entry.key === 'score'));
    const reviewed = glance.entries[4];
    const revision = meta.entries.find((entry) => entry.key === 'revision');
    expect(revision?.value.kind === 'record' && revision.value.entries[2]).toBe(reviewed);
    expect(meta.entries).toContain(revision);
    expect(reviewed).toMatchObject({ label: 'Last reviewed', value: { kind: 'date', dateTime: '2024-12-12' } });
  });

  it('puts keys no group names, and a platform internals, in "Other fields", closed, last', () => {
    const { meta } = normalizeMeta({ topic: 't', mood: 'calm', _links: { self: '/x' }, '@type': 'Article' });
    expect(shape(meta.groups)).toEqual([
      { id: 'about', title: 'About', collapsed: true, layout: undefined, keys: ['topic'] },
      { id: 'other', title: 'Other fields', collapsed: true, layout: undefined, keys: ['mood', '_links', '@type'] },
    ]);
    expect(meta.groups?.[1].entries[1].internal).toBe(true);
  });

  it('leaves hidden entries out of every group, and gives no groups to an empty meta', () => {
    expect(shape(normalizeMeta({ topic: 't', hash: 'abc' }, { hidden: ['topic'] }).meta.groups)).toEqual([
      { id: 'details', title: 'Details', collapsed: true, layout: undefined, keys: ['hash'] },
    ]);
    expect(normalizeMeta({}).meta.groups).toEqual([]);
    expect(normalizeMeta(null).meta.groups).toEqual([]);
    expect(normalizeArticle({ title: 't' }).article.meta.groups).toEqual([]);
  });

  it('groups two spellings of one key together, in their order', () => {
    const { meta } = normalizeMeta({ readingTime: 5, reading_time: 7 });
    expect(meta.groups?.[0].entries.map((entry) => entry.value.kind === 'number' && entry.value.text)).toEqual([
      '5 min',
      '7 min',
    ]);
  });

  it('takes the groups option: order, titles, membership, collapsed state, stats layout, keys in any spelling', () => {
    const { meta, issues } = normalizeMeta(seed.meta, {
      groups: [
        { id: 'other', title: 'Everything else', keys: [] },
        { id: 'facts', title: 'Facts', layout: 'stats', keys: ['viewCount', 'revision.lastReviewed', 'revision.nope'] },
        { id: 'ids', keys: ['hash', 'reference'], collapsed: true },
      ],
    });
    expect(issues).toEqual([]);
    const groups = shape(meta.groups);
    expect(groups.map(({ id, title, collapsed }) => [id, title, collapsed])).toEqual([
      ['other', 'Everything else', false],
      ['facts', 'Facts', false],
      ['ids', 'IDs', true],
    ]);
    expect(groups[1].keys).toEqual(['view_count:views', 'last_reviewed:date']);
    expect(groups[2].keys).toEqual(['hash', 'reference']);
    // Everything the other groups do not name, in the data's order, revision included (its fact is a copy).
    expect(groups[0].keys).toEqual(
      Object.keys(seed.meta).filter((key) => !['view_count', 'hash', 'reference'].includes(key)),
    );
  });

  it('makes an "other" group, closed, for the keys no group names when the groups option has none', () => {
    const { meta, issues } = normalizeMeta(
      { level: 'easy', topic: 'T', mood: 'calm' },
      { groups: [{ id: 'glance', keys: ['level'] }] },
    );
    expect(issues).toEqual([]);
    expect(shape(meta.groups)).toEqual([
      { id: 'glance', title: 'At a glance', collapsed: false, layout: undefined, keys: ['level'] },
      { id: 'other', title: 'Other fields', collapsed: true, layout: undefined, keys: ['topic', 'mood'] },
    ]);
  });

  it('a nested path through a key that is missing or no record names nothing', () => {
    const { meta } = normalizeMeta(
      { revision: { last_reviewed: '2024-01-02' }, topic: 'T' },
      { groups: [{ id: 'facts', keys: ['revision.nope.deeper', 'topic.deeper', 'revision.last_reviewed.deeper'] }] },
    );
    expect(shape(meta.groups)).toEqual([
      { id: 'other', title: 'Other fields', collapsed: true, layout: undefined, keys: ['revision', 'topic'] },
    ]);
  });

  it('gives a fact the icon of its key, else of its kind', () => {
    const { meta } = normalizeMeta(
      { level: 'easy', views: 3, published_at: '2024-01-02', author: { name: 'Ada' }, language: 'go', extra: 1 },
      {
        groups: [
          { id: 'glance', layout: 'stats', keys: ['level', 'views', 'published_at', 'author', 'language', 'extra'] },
        ],
      },
    );
    expect(meta.groups?.[0].icons).toEqual(['level', 'views', 'date', 'person', 'code', 'fact']);
  });

  it('gives reading_time_minutes the time icon and page_views the views icon at a glance', () => {
    const { meta } = normalizeMeta({ reading_time_minutes: 12, page_views: 300 });
    expect(shape(meta.groups)).toEqual([
      {
        id: 'glance',
        title: 'At a glance',
        collapsed: false,
        layout: 'stats',
        keys: ['reading_time_minutes:time', 'page_views:views'],
      },
    ]);
  });

  it('puts an entry only in the first group that names it, once even when named twice', () => {
    const { meta } = normalizeMeta(
      { topic: 't', mood: 'calm' },
      {
        groups: [
          { id: 'first', keys: ['topic', 'topic'] },
          { id: 'second', keys: ['topic', 'mood'] },
        ],
      },
    );
    expect(shape(meta.groups)).toEqual([
      { id: 'first', title: 'First', collapsed: false, layout: undefined, keys: ['topic'] },
      { id: 'second', title: 'Second', collapsed: false, layout: undefined, keys: ['mood'] },
    ]);
  });

  it('titles the default groups from messages.groupTitles, one by one', () => {
    const { meta, issues } = normalizeMeta(
      { topic: 't', mood: 'm' },
      { messages: { groupTitles: { about: 'Worum es geht', other: 3 } as never } },
    );
    expect(meta.groups?.map((group) => group.title)).toEqual(['Worum es geht', 'Other fields']);
    expect(issues).toEqual([
      expect.objectContaining({ code: 'invalid-option', path: 'options.messages.groupTitles.other' }),
    ]);
  });

  it.each([
    ['not an array', { id: 'x', keys: [] }],
    ['a group without keys', [{ id: 'x' }]],
    ['a key that is not text', [{ id: 'x', keys: [1] }]],
    ['an unknown layout', [{ id: 'x', keys: [], layout: 'grid' }]],
    ['a title that is not text', [{ id: 'x', keys: [], title: 1 }]],
    ['collapsed that is not a boolean', [{ id: 'x', keys: [], collapsed: 'yes' }]],
  ])('reports a groups option that is %s and keeps the default groups', (_, groups) => {
    const { meta, issues } = normalizeMeta({ topic: 't' }, { groups: groups as never });
    expect(issues).toEqual([expect.objectContaining({ code: 'invalid-option', path: 'options.groups' })]);
    expect(meta.groups?.map((group) => group.id)).toEqual(['about']);
  });

  it('reports a groups option whose reading throws', () => {
    const groups = new Proxy([], {
      get: () => {
        throw new Error('no');
      },
    });
    const { meta, issues } = normalizeMeta({ topic: 't' }, { groups });
    expect(issues).toEqual([expect.objectContaining({ code: 'invalid-option', path: 'options.groups' })]);
    expect(meta.groups?.map((group) => group.id)).toEqual(['about']);
  });

  it('exports the default groups it uses', () => {
    expect(DEFAULT_GROUPS.map((group) => group.id)).toEqual([
      'glance',
      'quality',
      'stack',
      'about',
      'details',
      'other',
    ]);
  });

  const keyArb = fc.constantFrom(
    ...DEFAULT_GROUPS.flatMap((group) => group.keys).filter((key) => !key.includes('.')),
    'mood',
    'extra_field',
    '_links',
    '@id',
    'readingTime',
    'revision',
  );
  const metaArb = fc.dictionary(
    keyArb,
    fc.oneof(fc.string(), fc.integer(), fc.constant({ last_reviewed: '2024-01-01' })),
  );

  itProperty(
    'every visible top-level entry is in exactly one group, hidden ones in none',
    fc.property(metaArb, fc.subarray(['mood', 'topic', 'hash', 'reading_time']), (raw, hidden) => {
      const { meta } = normalizeMeta(raw, { hidden });
      const grouped: MetaEntry[] = [];
      for (const group of meta.groups ?? []) {
        expect(group.entries.length).toBeGreaterThan(0);
        for (const entry of group.entries) {
          // Top-level entries themselves; a nested fact (revision.last_reviewed) is no top-level entry.
          if (meta.entries.includes(entry)) grouped.push(entry);
        }
      }
      expect(new Set(grouped).size).toBe(grouped.length);
      expect(grouped.length).toBe(meta.entries.filter((entry) => !entry.hidden).length);
    }),
    { numRuns: 300 },
  );
});

describe('identifiers', () => {
  it.each([
    ['hash', '7a8db0d9984667cb9a2c0673'],
    ['reference', 'anp-ref-009936-2761'],
    ['source_id', 'alphanode-009936'],
    ['commit_sha', 'f97015c'],
    ['uuid', '123e4567-e89b-12d3-a456-426614174000'],
    ['_id', 'drafts.a1b2'],
  ])('shows %s as code', (key, text) => {
    expect(normalizeMeta({ [key]: text }).meta.entries[0].value).toEqual({ kind: 'text', text, code: true });
  });

  it.each([
    ['text with a space', 'two words'],
    ['a URL', 'https://example.com/a'],
    ['JSON', '["a","b"]'],
    ['edges of white space', ' abc '],
    ['more than 200 characters', 'a'.repeat(201)],
  ])('shows %s under an identifier key as it would anywhere', (_, raw) => {
    const value = normalizeMeta({ hash: raw }).meta.entries[0].value;
    expect(value).not.toHaveProperty('code');
  });

  it('keeps a number under an identifier key a number, and takes `code` from the fields option', () => {
    const { meta } = normalizeMeta({ post_id: 42, build: 'b-17' }, { fields: { build: 'code' } });
    expect(meta.entries.map((entry) => entry.value)).toEqual([
      { kind: 'number', value: 42, text: '42' },
      { kind: 'text', text: 'b-17', code: true },
    ]);
  });

  it('renders a list or record under an identifier key as it would anywhere, never as flag names', () => {
    const { meta, issues } = normalizeMeta({ ref: ['a', 'b'], hash: { algo: 'sha1' } });
    expect(meta.entries.map((entry) => entry.value)).toEqual([
      {
        kind: 'list',
        items: [
          { kind: 'text', text: 'a' },
          { kind: 'text', text: 'b' },
        ],
      },
      { kind: 'record', entries: [{ key: 'algo', label: 'Algo', value: { kind: 'text', text: 'sha1' } }] },
    ]);
    expect(issues).toEqual([]);
  });

  it('shows exactly 200 characters as code', () => {
    expect(normalizeMeta({ hash: 'a'.repeat(200) }).meta.entries[0].value).toMatchObject({ code: true });
  });
});
