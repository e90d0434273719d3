/**
 * The core's body reading, without parsers: block JSON (paragraphs, headings, lists, quotes, code,
 * dividers, unknown blocks) and plain text, each to the exact blocks and issues a user gets. Blocks are
 * compared with toStrictEqual, so a key set to `undefined` (`level`, `ordered`, `omitted`) is a difference.
 */
import { describe, expect, it } from 'vitest';
import { type NormalizeOptions, normalizeArticle } from '../src';

function read(body: unknown, options?: NormalizeOptions) {
  const { article, issues } = normalizeArticle({ title: 'T', body }, options);
  return {
    body: article.body,
    bodyOmitted: article.bodyOmitted,
    issues: issues.map(({ path, code }) => ({ path, code })),
  };
}

describe('text blocks', () => {
  it('a paragraph, quote or code block with no text field shows empty text, with no issue', () => {
    expect(read([{ type: 'paragraph' }, { type: 'quote' }, { type: 'code' }])).toStrictEqual({
      body: [
        { type: 'paragraph', text: '' },
        { type: 'quote', text: '' },
        { type: 'code', text: '' },
      ],
      bodyOmitted: undefined,
      issues: [],
    });
  });

  it('a paragraph keeps its text and names a language key, which only code blocks use', () => {
    expect(read([{ type: 'p', text: 'Hello', language: 'js' }])).toStrictEqual({
      body: [{ type: 'paragraph', text: 'Hello' }],
      bodyOmitted: undefined,
      issues: [{ path: 'body[0].language', code: 'unknown-field' }],
    });
  });

  it('only a heading uses `level`: on a paragraph, quote or code block it is named, since it is not shown', () => {
    expect(
      read([
        { type: 'heading', text: 'a', level: 3 },
        { type: 'text', text: 'b', level: 3 },
        { type: 'quote', text: 'c', level: 3 },
        { type: 'code', text: 'd', level: 3 },
      ]),
    ).toStrictEqual({
      body: [
        { type: 'heading', text: 'a', level: 3 },
        { type: 'paragraph', text: 'b' },
        { type: 'quote', text: 'c' },
        { type: 'code', text: 'd' },
      ],
      bodyOmitted: undefined,
      issues: [
        { path: 'body[1].level', code: 'unknown-field' },
        { path: 'body[2].level', code: 'unknown-field' },
        { path: 'body[3].level', code: 'unknown-field' },
      ],
    });
  });

  it('a code block without a language, or with an empty one, is plain code with no issue', () => {
    expect(
      read([
        { type: 'code', text: 'x = 1' },
        { type: 'code', text: 'y', language: '' },
        { type: 'code', text: 'z', language: null },
      ]),
    ).toStrictEqual({
      body: [
        { type: 'code', text: 'x = 1' },
        { type: 'code', text: 'y' },
        { type: 'code', text: 'z' },
      ],
      bodyOmitted: undefined,
      issues: [],
    });
  });

  it('a code block keeps a string language and names one of another type', () => {
    expect(
      read([
        { type: 'code', text: 'a', language: 'ts' },
        { type: 'code', text: 'b', language: 7 },
      ]),
    ).toStrictEqual({
      body: [
        { type: 'code', text: 'a', language: 'ts' },
        { type: 'code', text: 'b' },
      ],
      bodyOmitted: undefined,
      issues: [{ path: 'body[1].language', code: 'invalid-type' }],
    });
  });
});

describe('headings', () => {
  it('a heading is level 2 unless told: by `level`, or by its type (h3 … h6)', () => {
    expect(
      read([
        { type: 'heading', text: 'Two' },
        { type: 'heading', text: 'Four', level: 4 },
        { type: 'h3', text: 'Three' },
        { type: 'H5', text: 'Five' },
        { type: 'h6', text: 'Level wins', level: 3 },
      ]),
    ).toStrictEqual({
      body: [
        { type: 'heading', text: 'Two' },
        { type: 'heading', text: 'Four', level: 4 },
        { type: 'heading', text: 'Three', level: 3 },
        { type: 'heading', text: 'Five', level: 5 },
        { type: 'heading', text: 'Level wins', level: 3 },
      ],
      bodyOmitted: undefined,
      issues: [],
    });
  });

  it('a level outside 2–6 is clamped, with an issue that names the level given', () => {
    const { article, issues } = normalizeArticle({
      title: 'T',
      body: [
        { type: 'heading', text: 'Deep', level: 9 },
        { type: 'h1', text: 'Top' },
      ],
    });
    expect(article.body).toStrictEqual([
      { type: 'heading', text: 'Deep', level: 6 },
      { type: 'heading', text: 'Top' },
    ]);
    expect(issues.map(({ path, code, message }) => ({ path, code, message }))).toEqual([
      { path: 'body[0]', code: 'heading-level', message: 'body[0] has a heading level outside 2-6; clamped (9).' },
      { path: 'body[1]', code: 'heading-level', message: 'body[1] has a heading level outside 2-6; clamped (1).' },
    ]);
  });

  it('a level that is not a number is named, and the type’s level (or 2) is shown', () => {
    const { article, issues } = normalizeArticle({
      title: 'T',
      body: [
        { type: 'heading', text: 'Str', level: '3' },
        { type: 'h4', text: 'Four', level: 'x' },
        { type: 'heading', text: 'None', level: null },
      ],
    });
    expect(article.body).toStrictEqual([
      { type: 'heading', text: 'Str' },
      { type: 'heading', text: 'Four', level: 4 },
      { type: 'heading', text: 'None' },
    ]);
    expect(issues.map(({ path, code, message }) => ({ path, code, message }))).toEqual([
      {
        path: 'body[0].level',
        code: 'invalid-type',
        message: 'body[0].level has the wrong type; shown as text ("3").',
      },
      {
        path: 'body[1].level',
        code: 'invalid-type',
        message: 'body[1].level has the wrong type; shown as text ("x").',
      },
    ]);
  });
});

describe('block type names', () => {
  it('h2 and h4 are headings of that level, blockquote is a quote and divider a divider, with no issue', () => {
    expect(
      read([
        { type: 'h2', text: 'Two' },
        { type: 'h4', text: 'Four' },
        { type: 'blockquote', text: 'Said' },
        { type: 'divider' },
      ]),
    ).toStrictEqual({
      body: [
        { type: 'heading', text: 'Two' },
        { type: 'heading', text: 'Four', level: 4 },
        { type: 'quote', text: 'Said' },
        { type: 'divider' },
      ],
      bodyOmitted: undefined,
      issues: [],
    });
  });
});

describe('the keys each block uses', () => {
  it('every block kind takes an `id`, and its text from `content` or `value`, with no issue', () => {
    expect(
      read([
        { type: 'paragraph', id: 'p1', value: 'Para' },
        { type: 'heading', id: 'h1', content: 'Head' },
        { type: 'h3', value: 'Three' },
        { type: 'code', id: 'c1', content: 'a()' },
        { type: 'code', value: 'b()', language: 'js' },
        { type: 'ul', id: 'l1', items: ['x'], ordered: false },
        { type: 'callout', id: 'u1', value: 'Note' },
      ]),
    ).toStrictEqual({
      body: [
        { type: 'paragraph', text: 'Para' },
        { type: 'heading', text: 'Head' },
        { type: 'heading', text: 'Three', level: 3 },
        { type: 'code', text: 'a()' },
        { type: 'code', text: 'b()', language: 'js' },
        { type: 'list', items: [{ text: 'x' }] },
        { type: 'paragraph', text: 'Note' },
      ],
      bodyOmitted: undefined,
      issues: [{ path: 'body[6]', code: 'unknown-block' }],
    });
  });
});

describe('lists', () => {
  it('a list without items is an empty list', () => {
    expect(read([{ type: 'list' }])).toStrictEqual({
      body: [{ type: 'list', items: [] }],
      bodyOmitted: undefined,
      issues: [],
    });
  });

  it('an `ol` list, or a list with `ordered: true`, is ordered; a `ul` or plain list is not', () => {
    expect(
      read([
        { type: 'ol', items: ['a'] },
        { type: 'list', ordered: true, items: ['b'] },
        { type: 'ul', items: ['c'] },
        { type: 'list', ordered: 'yes', items: ['d'] },
      ]).body,
    ).toStrictEqual([
      { type: 'list', items: [{ text: 'a' }], ordered: true },
      { type: 'list', items: [{ text: 'b' }], ordered: true },
      { type: 'list', items: [{ text: 'c' }] },
      { type: 'list', items: [{ text: 'd' }] },
    ]);
  });

  it('items given as one string are its lines (LF or CRLF), blank lines left out, each line as written', () => {
    expect(read([{ type: 'list', items: 'one\n  \ntwo\r\n three ' }])).toStrictEqual({
      body: [{ type: 'list', items: [{ text: 'one' }, { text: 'two' }, { text: ' three ' }] }],
      bodyOmitted: undefined,
      issues: [],
    });
  });

  it('items of an array: strings, numbers and `{ text }` objects are their text, with no issue', () => {
    expect(read([{ type: 'list', items: ['a', 2, { text: 'c' }, { text: 4 }] }])).toStrictEqual({
      body: [{ type: 'list', items: [{ text: 'a' }, { text: '2' }, { text: 'c' }, { text: '4' }] }],
      bodyOmitted: undefined,
      issues: [],
    });
  });

  it('an item object shows its text and names its other keys', () => {
    expect(read([{ type: 'list', items: [{ text: 'a', done: true }] }])).toStrictEqual({
      body: [{ type: 'list', items: [{ text: 'a' }] }],
      bodyOmitted: undefined,
      issues: [{ path: 'body[0].items[0].done', code: 'unknown-field' }],
    });
  });

  it('an item object without text, or null, is shown as JSON text with an issue at the item', () => {
    expect(read([{ type: 'list', items: [{ label: 'x' }, null] }])).toStrictEqual({
      body: [{ type: 'list', items: [{ text: '{"label":"x"}' }, { text: 'null' }] }],
      bodyOmitted: undefined,
      issues: [
        { path: 'body[0].items[0]', code: 'invalid-type' },
        { path: 'body[0].items[1]', code: 'invalid-type' },
      ],
    });
  });

  it('items of another type are one item of JSON text, with an issue at `items`', () => {
    expect(read([{ type: 'list', items: { a: 1 } }])).toStrictEqual({
      body: [{ type: 'list', items: [{ text: '{"a":1}' }] }],
      bodyOmitted: undefined,
      issues: [{ path: 'body[0].items', code: 'invalid-type' }],
    });
  });

  it('items over maxItems are counted on the list, with an issue at its items', () => {
    expect(read([{ type: 'list', items: ['a', 'b', 'c'] }], { maxItems: 2 })).toStrictEqual({
      body: [{ type: 'list', items: [{ text: 'a' }, { text: 'b' }], omitted: 1 }],
      bodyOmitted: undefined,
      issues: [{ path: 'body[0].items', code: 'truncated' }],
    });
  });
});

describe('dividers', () => {
  it('a divider (`hr`) is only a divider: text and other keys are named, not shown', () => {
    expect(read([{ type: 'hr', id: 'd1', text: 'x' }])).toStrictEqual({
      body: [{ type: 'divider' }],
      bodyOmitted: undefined,
      issues: [{ path: 'body[0].text', code: 'unknown-field' }],
    });
  });
});

describe('unknown blocks', () => {
  it('an unknown block shows its text and its items, one a line, as a paragraph', () => {
    expect(
      read([
        { type: 'callout', items: ['a', 'b'] },
        { type: 'callout', text: 'Note', items: ['c'] },
      ]),
    ).toStrictEqual({
      body: [
        { type: 'paragraph', text: 'a\nb' },
        { type: 'paragraph', text: 'Note\nc' },
      ],
      bodyOmitted: undefined,
      issues: [
        { path: 'body[0]', code: 'unknown-block' },
        { path: 'body[1]', code: 'unknown-block' },
      ],
    });
  });

  it('an unknown block’s item that is not text is named at its path under `items`', () => {
    expect(read([{ type: 'callout', items: [{}] }])).toStrictEqual({
      body: [{ type: 'paragraph', text: '{}' }],
      bodyOmitted: undefined,
      issues: [
        { path: 'body[0]', code: 'unknown-block' },
        { path: 'body[0].items[0]', code: 'invalid-type' },
      ],
    });
  });

  it('a block whose type is not a string, with nothing to show, is its JSON text', () => {
    expect(read([{ type: 5, ordered: true }])).toStrictEqual({
      body: [{ type: 'paragraph', text: '{"type":5,"ordered":true}' }],
      bodyOmitted: undefined,
      issues: [
        { path: 'body[0]', code: 'unknown-block' },
        { path: 'body[0].ordered', code: 'unknown-field' },
      ],
    });
  });
});

describe('plain-text bodies', () => {
  it('a string body is its paragraphs, split at blank lines and trimmed', () => {
    expect(read('  First line\nsame paragraph  \n\n   \r\n Second ')).toStrictEqual({
      body: [
        { type: 'paragraph', text: 'First line\nsame paragraph' },
        { type: 'paragraph', text: 'Second' },
      ],
      bodyOmitted: undefined,
      issues: [],
    });
  });

  it('a bare string article over maxItems counts its paragraphs under `body`', () => {
    const { article, issues } = normalizeArticle('one\n\ntwo\n\nthree', { maxItems: 2 });
    expect(article.body).toStrictEqual([
      { type: 'paragraph', text: 'one' },
      { type: 'paragraph', text: 'two' },
    ]);
    expect(article.bodyOmitted).toBe(1);
    expect(issues.map(({ path, code }) => ({ path, code }))).toEqual([
      { path: '', code: 'invalid-type' },
      { path: 'body', code: 'truncated' },
    ]);
  });
});
