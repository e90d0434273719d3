/**
 * Lists, tags, checklists and flags in the meta: strings, JSON-string arrays, delimited lists and
 * arrays of objects, and what each becomes (values, issues and their paths, limits).
 */
import { describe, expect, it } from 'vitest';
import { normalizeMeta } from '../src';

type Options = Parameters<typeof normalizeMeta>[1];

/** The values of the meta's entries and its issues as `[code, path]` pairs. */
function meta(raw: Record<string, unknown>, options?: Options) {
  const result = normalizeMeta(raw, options);
  return {
    values: result.meta.entries.map((entry) => entry.value),
    issues: result.issues.map((issue) => [issue.code, issue.path]),
    messages: result.issues.map((issue) => issue.message),
  };
}

/** The one entry's value and the issues. */
function one(raw: Record<string, unknown>, options?: Options) {
  const { values, issues, messages } = meta(raw, options);
  return { value: values[0], issues, messages };
}

/** An array whose item at `at` throws when read. */
function withThrowingItem(values: unknown[], at: number): unknown[] {
  const list = [...values];
  Object.defineProperty(list, at, {
    get() {
      throw new Error('unreadable');
    },
  });
  return list;
}

const yes = { kind: 'boolean', value: true, text: 'Yes' };

describe('tag objects', () => {
  it('takes the label from name, title, label or value, whichever holds text', () => {
    const { value, issues } = one({
      tags: [{ name: 'by name' }, { title: 'by title' }, { label: 'by label' }, { value: 'by value' }],
    });
    expect(value).toEqual({ kind: 'tags', tags: ['by name', 'by title', 'by label', 'by value'] });
    expect(issues).toEqual([]);
  });

  it('skips a label key holding a blank or a number, and names it as unused', () => {
    const { value, issues, messages } = one({
      tags: [
        { name: '  ', title: 'Blank name' },
        { name: 5, label: 'Five' },
      ],
    });
    expect(value).toEqual({ kind: 'tags', tags: ['Blank name', 'Five'] });
    expect(issues).toEqual([
      ['unknown-field', 'meta.tags[0]'],
      ['unknown-field', 'meta.tags[1]'],
    ]);
    expect(messages).toEqual([
      'meta.tags[0] is not a known field ("name").',
      'meta.tags[1] is not a known field ("name").',
    ]);
  });

  it('trims the label', () => {
    expect(one({ tags: [{ name: '  spaced  ' }] }).value).toEqual({ kind: 'tags', tags: ['spaced'] });
  });

  it('links a tag by its url, link, href or permalink when it is safe, with no issue', () => {
    const { value, issues } = one({
      tags: [
        { name: 'u', url: 'https://example.com/u' },
        { name: 'l', link: 'https://example.com/l' },
        { name: 'h', href: '/tags/h' },
        { name: 'p', permalink: 'https://example.com/p' },
      ],
    });
    expect(value).toEqual({
      kind: 'tags',
      tags: [
        { label: 'u', href: 'https://example.com/u' },
        { label: 'l', href: 'https://example.com/l' },
        { label: 'h', href: '/tags/h' },
        { label: 'p', href: 'https://example.com/p' },
      ],
    });
    expect(issues).toEqual([]);
  });

  it('a tag with only a label is plain text, with no issue', () => {
    const { value, issues } = one({ tags: [{ name: 'plain' }] });
    expect(value).toEqual({ kind: 'tags', tags: ['plain'] });
    expect(issues).toEqual([]);
  });

  it('keeps an unsafe or empty URL off the chip and names it as unused', () => {
    const { value, issues, messages } = one({
      tags: [
        { name: 'bad', url: 'javascript:alert(1)' },
        { name: 'empty', url: '' },
      ],
    });
    expect(value).toEqual({ kind: 'tags', tags: ['bad', 'empty'] });
    expect(issues).toEqual([
      ['unknown-field', 'meta.tags[0]'],
      ['unknown-field', 'meta.tags[1]'],
    ]);
    expect(messages).toEqual([
      'meta.tags[0] is not a known field ("url").',
      'meta.tags[1] is not a known field ("url").',
    ]);
  });

  it('names every other field of a tag in one issue, comma-separated', () => {
    const { value, messages } = one({ tags: [{ name: 'a', slug: 's', id: 1 }] });
    expect(value).toEqual({ kind: 'tags', tags: ['a'] });
    expect(messages).toEqual(['meta.tags[0] is not a known field ("slug, id").']);
  });
});

describe('tags of strings and numbers', () => {
  it('trims strings, shows numbers as digits and skips empty items, with no issue', () => {
    const { value, issues } = one({ tags: [' a ', 3, null, undefined, '', 'b'] });
    expect(value).toEqual({ kind: 'tags', tags: ['a', '3', 'b'] });
    expect(issues).toEqual([]);
  });

  it('an object that is no tag makes the whole value a generic list with an issue', () => {
    const { value, issues } = one({ tags: ['a', { slug: 'b' }] });
    expect(value).toEqual({
      kind: 'list',
      items: [
        { kind: 'text', text: 'a' },
        { kind: 'record', entries: [{ key: 'slug', label: 'Slug', value: { kind: 'text', text: 'b' } }] },
      ],
    });
    expect(issues).toEqual([['invalid-type', 'meta.tags']]);
  });

  it('an object of tags is a record of its values', () => {
    const { value, issues } = one({ tags: { a: 1 } });
    expect(value).toEqual({
      kind: 'record',
      entries: [{ key: 'a', label: 'A', value: { kind: 'number', value: 1, text: '1' } }],
    });
    expect(issues).toEqual([]);
  });
});

describe('delimited strings', () => {
  it('tags and flags split on commas and semicolons', () => {
    expect(one({ tags: 'a, b; c' }).value).toEqual({ kind: 'tags', tags: ['a', 'b', 'c'] });
    const { value } = one({ flags: 'draft, needs review' });
    expect(value).toEqual({
      kind: 'record',
      entries: [
        { key: 'draft', label: 'Draft', value: yes },
        { key: 'needs_review', label: 'needs review', value: yes },
      ],
    });
  });

  it('lists and checklists split only on lines: a comma is part of the item', () => {
    expect(one({ notes: 'first, second' }).value).toEqual({
      kind: 'list',
      items: [{ kind: 'text', text: 'first, second' }],
    });
    expect(one({ checklist: 'first, second' }).value).toEqual({
      kind: 'checklist',
      items: [{ label: 'first, second' }],
    });
  });

  it('strips bullets and numbers at the start of a line and trims each item', () => {
    const { value, issues } = one({ notes: 'a - b\n  - c\n10. ten\n1) one\n* star\n• dot\n  spaced  ' });
    expect(value).toEqual({
      kind: 'list',
      items: [
        { kind: 'text', text: 'a - b' },
        { kind: 'text', text: 'c' },
        { kind: 'text', text: 'ten' },
        { kind: 'text', text: 'one' },
        { kind: 'text', text: 'star' },
        { kind: 'text', text: 'dot' },
        { kind: 'text', text: 'spaced' },
      ],
    });
    expect(issues).toEqual([]);
  });

  it('a letter before a dot is no number bullet', () => {
    expect(one({ notes: 'x. not a bullet\nb) nor this' }).value).toEqual({
      kind: 'list',
      items: [
        { kind: 'text', text: 'x. not a bullet' },
        { kind: 'text', text: 'b) nor this' },
      ],
    });
  });

  it('past maxItems only items are counted: not blank lines, nor bare bullets', () => {
    const { value, issues } = one({ tags: 'a\nb\n- \n   \n2. \nc' }, { maxItems: 2 });
    expect(value).toEqual({ kind: 'tags', tags: ['a', 'b'], omitted: 1 });
    expect(issues).toEqual([['truncated', 'meta.tags']]);
  });

  it('the count past maxItems is the same as the list shown in full', () => {
    const raw = '- a\n- \n- b\n- c';
    expect(one({ tags: raw }).value).toEqual({ kind: 'tags', tags: ['a', 'b', 'c'] });
    expect(one({ tags: raw }, { maxItems: 1 }).value).toEqual({ kind: 'tags', tags: ['a'], omitted: 2 });
  });
});

describe('flags', () => {
  it('a list of names: each flag is on, labelled as written unless it is its own key', () => {
    const { value, issues } = one({ flags: ['Has Images', 'needs_review', 'x'] }, { labels: { x: 'Ex' } });
    expect(value).toEqual({
      kind: 'record',
      entries: [
        { key: 'has_images', label: 'Has Images', value: yes },
        { key: 'needs_review', label: 'Needs review', value: yes },
        { key: 'x', label: 'Ex', value: yes },
      ],
    });
    expect(issues).toEqual([]);
  });

  it('a single flag value that is no list or object renders as itself', () => {
    expect(one({ flags: true }).value).toEqual(yes);
    expect(one({ flags: 5 }).value).toEqual({ kind: 'number', value: 5, text: '5' });
  });

  it('a list of names with a non-text item is a generic list', () => {
    expect(one({ flags: ['a', 1] }).value).toEqual({
      kind: 'list',
      items: [
        { kind: 'text', text: 'a' },
        { kind: 'number', value: 1, text: '1' },
      ],
    });
  });
});

describe('unreadable items', () => {
  it('a tag, a checklist item or a flag name that throws is the marker text, with an issue at its index', () => {
    expect(one({ tags: withThrowingItem(['a', 'b', 'c'], 1) })).toMatchObject({
      value: { kind: 'tags', tags: ['a', '[Unreadable]', 'c'] },
      issues: [['unreadable-value', 'meta.tags[1]']],
    });
    expect(one({ checklist: withThrowingItem(['a', 'b'], 1) })).toMatchObject({
      value: { kind: 'checklist', items: [{ label: 'a' }, { label: '[Unreadable]' }] },
      issues: [['unreadable-value', 'meta.checklist[1]']],
    });
    expect(one({ flags: withThrowingItem(['a', 'b'], 0) })).toMatchObject({
      value: {
        kind: 'record',
        entries: [
          { key: '[Unreadable]', label: '[Unreadable]', value: yes },
          { key: 'b', label: 'B', value: yes },
        ],
      },
      issues: [['unreadable-value', 'meta.flags[0]']],
    });
  });

  it('in a plain list it is an invalid marker value', () => {
    expect(one({ notes: withThrowingItem(['a', 'b'], 1) })).toMatchObject({
      value: {
        kind: 'list',
        items: [
          { kind: 'text', text: 'a' },
          { kind: 'text', text: '[Unreadable]', invalid: true },
        ],
      },
      issues: [['unreadable-value', 'meta.notes[1]']],
    });
  });
});

describe('the budget of values (maxValues)', () => {
  it('tags stop at the values left, and the rest are counted', () => {
    // One value for the entry, two for the tags.
    const { value, issues } = one({ tags: ['a', 'b', 'c', 'd'] }, { maxValues: 3 });
    expect(value).toEqual({ kind: 'tags', tags: ['a', 'b'], omitted: 2 });
    expect(issues).toEqual([['truncated', 'meta.tags']]);
  });

  it('tags, checklist items and entity chips use up the budget of what follows', () => {
    for (const first of [
      { tags: ['a', 'b'] },
      { checklist: ['a', 'b'] },
      { flags: ['a', 'b'] },
      { entities: [{ name: 'a' }, { name: 'b' }] },
    ]) {
      const { values, issues } = meta({ ...first, notes: ['x', 'y', 'z'] }, { maxValues: 5 });
      expect(values[1]).toEqual({ kind: 'list', items: [{ kind: 'text', text: 'x' }], omitted: 2 });
      expect(issues).toEqual([['truncated', 'meta.notes']]);
    }
  });
});

describe('entities', () => {
  it('become chips "name · type", typed by type, kind or category, linked when the URL is safe', () => {
    const { value, issues } = one({
      entities: [
        { name: 'python', type: ' language ', url: 'https://python.org' },
        { name: 'services', kind: 'area' },
        { name: 'db', category: 'storage' },
        { name: 'plain' },
      ],
    });
    expect(value).toEqual({
      kind: 'tags',
      tags: [{ label: 'python · language', href: 'https://python.org' }, 'services · area', 'db · storage', 'plain'],
    });
    expect(issues).toEqual([]);
  });

  it('exactly maxItems entities are still chips', () => {
    expect(one({ entities: [{ name: 'a' }, { name: 'b' }] }, { maxItems: 2 })).toEqual({
      value: { kind: 'tags', tags: ['a', 'b'] },
      issues: [],
      messages: [],
    });
  });

  it('an entity with no name of its own is no chip, even when it inherits a property named "undefined"', () => {
    // Not plain data: the list keeps it as an invalid item instead of reading the inherited text as a name.
    const inherited = Object.create({ undefined: 'x' });
    expect(one({ entities: [inherited] })).toEqual({
      value: { kind: 'list', items: [{ kind: 'text', text: '[Object]', invalid: true }] },
      issues: [['unsupported-value', 'meta.entities[0]']],
      messages: ['meta.entities[0] is not plain data ("Object").'],
    });
  });

  it('an empty list stays an empty list', () => {
    expect(one({ entities: [] })).toEqual({ value: { kind: 'list', items: [] }, issues: [], messages: [] });
  });

  it('over maxItems the entities keep their structure, cut with the rest counted', () => {
    const { value, issues } = one({ entities: [{ name: 'a' }, { name: 'b' }, { name: 'c' }] }, { maxItems: 2 });
    expect(value).toEqual({
      kind: 'list',
      items: [
        { kind: 'record', entries: [{ key: 'name', label: 'Name', value: { kind: 'text', text: 'a' } }] },
        { kind: 'record', entries: [{ key: 'name', label: 'Name', value: { kind: 'text', text: 'b' } }] },
      ],
      omitted: 1,
    });
    expect(issues).toEqual([['truncated', 'meta.entities']]);
  });

  it('a string of entities is a list of text', () => {
    expect(one({ entities: 'python, go' }).value).toEqual({
      kind: 'list',
      items: [{ kind: 'text', text: 'python, go' }],
    });
  });
});

describe('checklist strings', () => {
  it('skips empty items', () => {
    const { value, issues } = one({ checklist: [null, undefined, '', 'kept'] });
    expect(value).toEqual({ kind: 'checklist', items: [{ label: 'kept' }] });
    expect(issues).toEqual([]);
  });

  it('reads a box at the start, after spaces or a bullet, with or without a space around it', () => {
    const { value } = one({
      checklist: [
        '  [x] indented',
        '- [x] bullet',
        '-[X] tight bullet',
        '*  [✓] wide bullet',
        '[] empty box',
        '[x]tight ',
        '[✔] last  ',
      ],
    });
    expect(value).toEqual({
      kind: 'checklist',
      items: [
        { label: 'indented', done: true },
        { label: 'bullet', done: true },
        { label: 'tight bullet', done: true },
        { label: 'wide bullet', done: true },
        { label: 'empty box', done: false },
        { label: 'tight', done: true },
        { label: 'last', done: true },
      ],
    });
  });

  it('a box inside the text is part of the label, and a plain label is trimmed', () => {
    expect(one({ checklist: ['buy [x] milk', '  plain  '] }).value).toEqual({
      kind: 'checklist',
      items: [{ label: 'buy [x] milk' }, { label: 'plain' }],
    });
  });

  it('a boolean item reads as its JSON text', () => {
    expect(one({ checklist: [true, false] })).toEqual({
      value: { kind: 'checklist', items: [{ label: 'true' }, { label: 'false' }] },
      issues: [],
      messages: [],
    });
  });
});

describe('checklist objects', () => {
  it('take the label from label, text, title, name or task, and the state from done, checked, completed or complete', () => {
    const { value, issues } = one({
      checklist: [
        { label: 'L', done: true },
        { text: 'X', checked: 'no' },
        { title: 'T' },
        { name: 'N', completed: true },
        { task: 'K', complete: 'yes' },
      ],
    });
    expect(value).toEqual({
      kind: 'checklist',
      items: [
        { label: 'L', done: true },
        { label: 'X', done: false },
        { label: 'T' },
        { label: 'N', done: true },
        { label: 'K', done: true },
      ],
    });
    expect(issues).toEqual([]);
  });

  it('report other fields and a state that is no yes or no, at their paths', () => {
    const { value, issues } = one({ checklist: [{ label: 'a', done: 'maybe', extra: 1 }] });
    expect(value).toEqual({ kind: 'checklist', items: [{ label: 'a' }] });
    expect(issues).toEqual([
      ['unknown-field', 'meta.checklist[0].extra'],
      ['invalid-boolean', 'meta.checklist[0].done'],
    ]);
  });

  it('an object with no label is its JSON text, with an issue, and keeps its state', () => {
    const { value, issues } = one({ checklist: [{ done: true }, { other: 1 }] });
    expect(value).toEqual({
      kind: 'checklist',
      items: [{ label: '{"done":true}', done: true }, { label: '{"other":1}' }],
    });
    expect(issues).toEqual([
      ['invalid-type', 'meta.checklist[0]'],
      ['invalid-type', 'meta.checklist[1]'],
    ]);
  });
});
