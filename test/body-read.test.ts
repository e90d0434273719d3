/**
 * The choice of a body parser (`options.parsers`, `options.bodyFormat`) and what the core does around
 * a parser: no parser for an absent body, its URLs checked, its blocks counted in the call's budget.
 */
import { describe, expect, it } from 'vitest';
import { type NormalizeOptions, normalizeArticle } from '../src';
import { html, markdown } from '../src/parsers';

function read(body: unknown, options?: NormalizeOptions) {
  const { article, issues } = normalizeArticle({ title: 'T', body }, options);
  return { body: article.body, issues: issues.map(({ path, code }) => ({ path, code })) };
}

describe('choosing a parser', () => {
  it('without bodyFormat, the parser whose detect accepts the body reads it', () => {
    expect(read('## Setup\n\nRun it.', { parsers: [markdown] })).toStrictEqual({
      body: [
        { type: 'heading', text: 'Setup', level: 2 },
        { type: 'paragraph', text: 'Run it.' },
      ],
      issues: [],
    });
  });

  it('without bodyFormat, a body no parser detects is plain text: its entities stay as written', () => {
    expect(read('a &amp; b', { parsers: [html, markdown] })).toStrictEqual({
      body: [{ type: 'paragraph', text: 'a &amp; b' }],
      issues: [],
    });
  });

  it('with bodyFormat, that format’s parser reads the body even when its detect would not', () => {
    expect(read('a &amp; b', { parsers: [html, markdown], bodyFormat: 'markdown' }).body).toStrictEqual([
      { type: 'paragraph', text: 'a & b' },
    ]);
    expect(read('a &amp; b', { parsers: [markdown, html], bodyFormat: 'html' }).body).toStrictEqual([
      { type: 'paragraph', text: 'a & b' },
    ]);
  });

  it('with bodyFormat, a parser that detects the body but has another format does not read it', () => {
    // Markdown detects the heading; the HTML parser, as told, reads it as text.
    expect(read('## Setup', { parsers: [markdown, html], bodyFormat: 'html' }).body).toStrictEqual([
      { type: 'paragraph', text: '## Setup' },
    ]);
  });

  it('a null or absent body is an empty body with no issue, even with a bodyFormat', () => {
    const options: NormalizeOptions = { parsers: [markdown], bodyFormat: 'markdown' };
    expect(read(null, options)).toStrictEqual({ body: [], issues: [] });
    const { article, issues } = normalizeArticle({ title: 'T' }, options);
    expect(article.body).toStrictEqual([]);
    expect(issues).toEqual([]);
  });
});

describe('around a parser', () => {
  it('a link with an empty address is its text, with no issue', () => {
    expect(read('<p><a href="">Read more</a></p>', { parsers: [html] })).toStrictEqual({
      body: [{ type: 'paragraph', text: 'Read more' }],
      issues: [],
    });
  });

  it('a parser’s blocks count in the call’s maxValues: what comes after them is cut', () => {
    const { article, issues } = normalizeArticle(
      { title: 'T', body: '**a**\n\nb\n\nc', tags: ['x', 'y', 'z'] },
      { parsers: [markdown], maxValues: 6 },
    );
    expect(article.body.map((block) => block.type === 'paragraph' && block.text)).toEqual(['a', 'b', 'c']);
    expect(article.meta.entries).toEqual([
      { key: 'tags', label: 'Tags', value: { kind: 'tags', tags: ['x', 'y'], omitted: 1 } },
    ]);
    expect(issues.map(({ path, code }) => ({ path, code }))).toEqual([
      { path: 'tags', code: 'unknown-field' },
      { path: 'tags', code: 'truncated' },
    ]);
  });
});

describe('a parser that throws', () => {
  const throwing = (where: 'detect' | 'parse') => ({
    format: 'html' as const,
    detect: () => {
      if (where === 'detect') throw new Error('detect failed');
      return true;
    },
    parse: () => {
      throw new Error('parse failed');
    },
  });

  it('in detect is passed over: the next parser that detects the body reads it, with no issue', () => {
    expect(read('## Setup', { parsers: [throwing('detect'), markdown] })).toStrictEqual({
      body: [{ type: 'heading', text: 'Setup', level: 2 }],
      issues: [],
    });
  });

  it('in parse leaves the body as the unreadable marker, reported at body', () => {
    expect(read('<p>x</p>', { parsers: [throwing('parse')] })).toStrictEqual({
      body: [{ type: 'paragraph', text: '[Unreadable]' }],
      issues: [{ path: 'body', code: 'unreadable-value' }],
    });
  });

  it('in parse still reads the title its own way (the title is HTML text for the html parser)', () => {
    const parser = { ...throwing('parse'), readTitle: (title: string) => title.replace('&amp;', '&') };
    const { article, issues } = normalizeArticle({ title: 'a &amp; b', body: '<p>x</p>' }, { parsers: [parser] });
    expect(article.title).toBe('a & b');
    expect(issues.map(({ path, code }) => ({ path, code }))).toStrictEqual([
      { path: 'body', code: 'unreadable-value' },
    ]);
  });

  it('in parse, for a body under another name, is reported at that name', () => {
    const { article, issues } = normalizeArticle(
      { title: 'T', content: { rendered: '<p>x</p>' } },
      { parsers: [throwing('parse')] },
    );
    expect(article.body).toStrictEqual([{ type: 'paragraph', text: '[Unreadable]' }]);
    expect(issues.map(({ path, code }) => ({ path, code }))).toStrictEqual([
      { path: 'content.rendered', code: 'unreadable-value' },
    ]);
  });
});
