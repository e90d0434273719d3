import { describe, expect, it } from 'vitest';
import { normalizeArticle, normalizeMeta } from '../src';

/** A record whose field `key` throws when it is read. */
function throwingField(key: string): Record<string, unknown> {
  const record = {};
  Object.defineProperty(record, key, {
    enumerable: true,
    get: () => {
      throw new Error('no');
    },
  });
  return record;
}

describe('issue messages', () => {
  it('names the whole article "The article" and ends the sentence there when no value is quoted', () => {
    expect(normalizeArticle('hello').issues).toEqual([
      { path: '', code: 'invalid-type', message: 'The article has the wrong type; shown as text.', severity: 'error' },
    ]);
  });

  it('quotes a number as its digits and null as null', () => {
    expect(normalizeArticle(5).issues).toEqual([
      {
        path: '',
        code: 'invalid-type',
        message: 'The article has the wrong type; shown as text (5).',
        severity: 'error',
      },
    ]);
    expect(normalizeMeta({}, { maxDepth: null as never }).issues.map((issue) => issue.message)).toEqual([
      'options.maxDepth is not a valid option; the default is used (null).',
    ]);
  });

  it('names an array or an object instead of quoting it', () => {
    expect(normalizeMeta({}, { maxDepth: [1] as never }).issues.map((issue) => issue.message)).toEqual([
      'options.maxDepth is not a valid option; the default is used (an array).',
    ]);
    expect(normalizeMeta({}, { maxDepth: { a: 1 } as never }).issues.map((issue) => issue.message)).toEqual([
      'options.maxDepth is not a valid option; the default is used (an object).',
    ]);
  });

  it('quotes a string of 60 characters whole, and cuts a longer one to 57 and an ellipsis', () => {
    const sixty = `${'a'.repeat(59)}Z`;
    const longer = `${'b'.repeat(56)}XYZWV`;
    const { issues } = normalizeMeta({ view_count: sixty, word_count: longer });
    expect(issues.map((issue) => issue.message)).toEqual([
      `meta.view_count is not a number; shown as text ("${sixty}").`,
      `meta.word_count is not a number; shown as text ("${'b'.repeat(56)}X...").`,
    ]);
  });
});

describe('issue severities', () => {
  it('a value that could not be read is an error wherever it is, and its message quotes nothing', () => {
    const { issues } = normalizeMeta({ deep: { deeper: throwingField('secret') } });
    expect(issues).toEqual([
      {
        path: 'meta.deep.deeper.secret',
        code: 'unreadable-value',
        message: 'meta.deep.deeper.secret could not be read.',
        severity: 'error',
      },
    ]);
  });

  it('a wrong type is an error for the whole article or meta, and a warning inside them', () => {
    expect(normalizeMeta('x').issues).toEqual([
      { path: 'meta', code: 'invalid-type', message: 'meta has the wrong type; shown as text.', severity: 'error' },
    ]);
    expect(normalizeMeta({ tags: ['a', { id: 7 }] }).issues).toEqual([
      {
        path: 'meta.tags',
        code: 'invalid-type',
        message: 'meta.tags has the wrong type; shown as text.',
        severity: 'warning',
      },
    ]);
  });
});

describe('issue paths', () => {
  it('writes a key that is not an identifier in brackets, quoted', () => {
    const { issues } = normalizeMeta({ 'reading list': () => 1 });
    expect(issues).toEqual([
      {
        path: 'meta["reading list"]',
        code: 'unsupported-value',
        message: 'meta["reading list"] is not plain data ("function").',
        severity: 'warning',
      },
    ]);
  });

  it('writes such a key at the top of the article in brackets too, with no parent before it', () => {
    const { article, issues } = normalizeArticle({ title: 'T', 'my notes': 'x' });
    expect(issues).toEqual([
      {
        path: '["my notes"]',
        code: 'unknown-field',
        message: '["my notes"] is not a known field.',
        severity: 'warning',
      },
    ]);
    expect(article.meta.entries.map((entry) => entry.key)).toEqual(['my_notes']);
  });
});
