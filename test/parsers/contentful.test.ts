/**
 * The Contentful rich text parser: the CDA fixture as a reader sees it, the renderers' own test
 * documents (contentful/rich-text), resolved embeds, URL safety, limits, and arbitrary input.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ListBlock } from '../../src/model/body';
import { contentfulRichText } from '../../src/normalize/body/contentful';
import { itProperty } from '../property';
import {
  expectModel,
  expectNothingLost,
  junk,
  outline,
  parse,
  readJson,
  UNSAFE_HREFS,
  UNSAFE_SRCS,
  urlsOf,
} from './helpers';

const entry = readJson<{ fields: { body: unknown } }>('platforms/contentful-entry.json');
const spec = readJson<Record<string, unknown>>('rich-text-spec/contentful.json');

const text = (value: string, ...marks: string[]) => ({
  nodeType: 'text',
  value,
  marks: marks.map((type) => ({ type })),
  data: {},
});
const node = (nodeType: string, content: unknown[] = [], data: Record<string, unknown> = {}) => ({
  nodeType,
  data,
  content,
});
const doc = (...content: unknown[]) => node('document', content);
const p = (...content: unknown[]) => node('paragraph', content);
const item = (...content: unknown[]) => node('list-item', content);

describe('detect', () => {
  it('knows a rich text document and nothing else', () => {
    expect(contentfulRichText.detect(entry.fields.body)).toBe(true);
    expect(contentfulRichText.detect(spec.paragraph)).toBe(true);
    expect(contentfulRichText.detect(entry)).toBe(false);
    expect(contentfulRichText.detect({ nodeType: 'paragraph', content: [] })).toBe(false);
    expect(contentfulRichText.detect({ nodeType: 'document' })).toBe(false);
    expect(contentfulRichText.detect(readJson<{ body: unknown }>('platforms/sanity-portable-text.json').body)).toBe(
      false,
    );
    expect(contentfulRichText.detect(readJson<unknown>('platforms/notion-blocks.json'))).toBe(false);
    expect(contentfulRichText.detect('<p>html</p>')).toBe(false);
  });
});

describe('the CDA fixture', () => {
  const { blocks, issues } = parse(contentfulRichText, entry.fields.body);

  it('reads as the article: kinds and texts in order', () => {
    expect(outline(blocks)).toEqual([
      expect.stringMatching(/^paragraph Our dashboard took 94 seconds to start .* guide skips\.$/),
      'h2 Why the dev server is so much faster',
      expect.stringMatching(/^paragraph Vite serves source files/),
      'h3 What changes in your project',
      'ul(3)',
      'h3 Migration steps',
      'ol(4)',
      'quote Treat the production build as a separate migration. Vite uses Rollup for it, and Rollup is stricter about circular imports than webpack ever was.',
      'divider',
      'h2 Build times before and after',
      'table',
      'paragraph Vite’s configuration reference lists every option; breaking changes between majors are in the migration guide',
    ]);
    expectModel(blocks);
  });

  it('maps marks; underline stays plain', () => {
    expect(blocks[0]).toMatchObject({
      inline: [
        { type: 'text', text: 'Our dashboard took ' },
        { type: 'strong', children: [{ type: 'text', text: '94 seconds' }] },
        { type: 'text' },
        { type: 'emphasis', children: [{ type: 'text', text: 'getting started' }] },
        { type: 'text', text: ' guide skips.' },
      ],
    });
    const list = blocks[4] as ListBlock;
    expect(list.ordered).toBeUndefined();
    expect(list.items[0]).toEqual({
      text: 'index.html moves to the project root and becomes the entry point.',
      inline: [
        { type: 'code', text: 'index.html' },
        { type: 'text', text: ' moves to the project root and becomes the entry point.' },
      ],
    });
    expect(list.items[2]).toEqual({
      text: 'CommonJS-only dependencies still work, but only through the pre-bundling step.',
    });
    expect((blocks[6] as ListBlock).ordered).toBe(true);
    expect((blocks[6] as ListBlock).items.map((i) => i.text)).toEqual([
      'Install vite and @vitejs/plugin-react.',
      'Replace the webpack aliases with resolve.alias in vite.config.ts.',
      'Convert require() calls in application code to import statements.',
      'Delete webpack.config.js once the production build matches.',
    ]);
  });

  it('the table has its header row as head', () => {
    expect(blocks[10]).toEqual({
      type: 'table',
      head: [{ text: 'Task' }, { text: 'webpack 5' }, { text: 'Vite 5' }],
      rows: [
        [{ text: 'Cold dev start' }, { text: '94 s' }, { text: '1.8 s' }],
        [{ text: 'Hot update' }, { text: '2.1 s' }, { text: '60 ms' }],
        [{ text: 'Production build' }, { text: '212 s' }, { text: '71 s' }],
      ],
    });
  });

  it('hyperlinks between empty text nodes; a bold link', () => {
    expect(blocks[11]).toEqual({
      type: 'paragraph',
      text: 'Vite’s configuration reference lists every option; breaking changes between majors are in the migration guide',
      inline: [
        {
          type: 'link',
          href: 'https://vitejs.dev/config/',
          children: [{ type: 'text', text: 'Vite’s configuration reference' }],
        },
        { type: 'text', text: ' lists every option; breaking changes between majors are in the ' },
        {
          type: 'link',
          href: 'https://vitejs.dev/guide/migration',
          children: [{ type: 'strong', children: [{ type: 'text', text: 'migration guide' }] }],
        },
      ],
    });
  });

  it('unresolved embeds show nothing; an issue names each; empty paragraphs go', () => {
    expect(issues).toEqual([
      { path: 'content[7].data.target', code: 'unknown-field', value: 'Entry 6Hk2yqzX9ePb3sVwL1tRmA' },
      { path: 'content[13].data.target', code: 'unknown-field', value: 'Asset 3pQ7wZ1xN5cR8vT2yK4bLm' },
    ]);
    expectNothingLost(entry.fields.body, blocks, issues);
  });
});

describe("the renderers' test documents (contentful/rich-text)", () => {
  const read = (key: string) => parse(contentfulRichText, spec[key]);

  it('paragraph and headings; heading-1 is level 2, reported', () => {
    expect(read('paragraph').blocks).toEqual([{ type: 'paragraph', text: 'hello world' }]);
    expect(read('heading-1')).toMatchObject({
      blocks: [{ type: 'heading', text: 'hello world', level: 2 }],
      issues: [{ path: 'content[0]', code: 'heading-level', value: 'heading-1' }],
    });
    expect(read('heading-2')).toMatchObject({
      blocks: [{ type: 'heading', text: 'hello world', level: 2 }],
      issues: [],
    });
  });

  it('marks: italic, bold, code; underline plain; bold and italic together; an unknown mark reported', () => {
    const child = (key: string) => (read(key).blocks[0] as { inline?: unknown[] }).inline;
    const hello = [{ type: 'text', text: 'hello world' }];
    expect(child('mark-italic')).toEqual([{ type: 'emphasis', children: hello }]);
    expect(child('mark-bold')).toEqual([{ type: 'strong', children: hello }]);
    expect(child('mark-code')).toEqual([{ type: 'code', text: 'hello world' }]);
    expect(read('mark-underline')).toEqual({
      blocks: [{ type: 'paragraph', text: 'hello world' }],
      issues: [],
      codes: [],
    });
    expect(child('multi-mark')).toEqual([{ type: 'strong', children: [{ type: 'emphasis', children: hello }] }]);
    expect(read('invalid-marks')).toMatchObject({
      blocks: [{ type: 'paragraph', text: 'Hello world!' }],
      issues: [{ path: 'content[0].content[0].marks', code: 'unknown-field', value: 'UNRECOGNIZED_MARK' }],
    });
  });

  it('an unknown node type keeps its text, with an issue', () => {
    expect(read('invalid-type')).toMatchObject({
      blocks: [{ type: 'paragraph', text: 'Hello world!' }],
      issues: [{ path: 'content[0]', code: 'unknown-block', value: 'UNRECOGNIZED_TYPE' }],
    });
  });

  it('embedded entry and resource blocks: nothing shown, the reference named', () => {
    expect(read('embedded-entry')).toMatchObject({
      blocks: [],
      issues: [{ path: 'content[0].data.target', code: 'unknown-field', value: 'Entry 9mpxT4zsRi6Iwukey8KeM' }],
    });
    expect(read('embedded-resource')).toMatchObject({
      blocks: [],
      issues: [
        {
          path: 'content[0].data.target',
          code: 'unknown-field',
          value: expect.stringMatching(/^Contentful:Entry crn:contentful:::content:spaces\/.*9mpxT4zsRi6Iwukey8KeM$/),
        },
      ],
    });
  });

  it('lists, the trailing empty paragraph dropped', () => {
    expect(read('ol').blocks).toEqual([{ type: 'list', ordered: true, items: [{ text: 'Hello' }, { text: 'world' }] }]);
    expect(read('ul').blocks).toEqual([{ type: 'list', items: [{ text: 'Hello' }, { text: 'world' }] }]);
  });

  it('a blockquote holding text directly; an hr', () => {
    expect(read('quote').blocks).toEqual([
      { type: 'paragraph', text: 'hello' },
      { type: 'quote', text: 'world' },
    ]);
    expect(read('hr')).toEqual({
      blocks: [{ type: 'paragraph', text: 'hello world' }, { type: 'divider' }],
      issues: [],
      codes: [],
    });
  });

  it('a hyperlink', () => {
    expect(read('hyperlink').blocks).toEqual([
      {
        type: 'paragraph',
        text: 'Some text link text.',
        inline: [
          { type: 'text', text: 'Some text ' },
          { type: 'link', href: 'https://url.org', children: [{ type: 'text', text: 'link' }] },
          { type: 'text', text: ' text.' },
        ],
      },
    ]);
  });

  it('entry and asset hyperlinks and inline entries name their target', () => {
    for (const [key, type] of [
      ['asset-hyperlink', 'Asset'],
      ['entry-hyperlink', 'Entry'],
      ['embedded-entry-inline', 'Entry'],
    ]) {
      expect(read(key)).toEqual({
        blocks: [],
        issues: [
          { path: 'content[0].content[1].data.target', code: 'unknown-field', value: `${type} 9mpxT4zsRi6Iwukey8KeM` },
        ],
        codes: ['unknown-field'],
      });
    }
  });

  it('tables with and without a header row', () => {
    const rows = [
      [{ text: 'A 1' }, { text: 'B 1' }],
      [{ text: 'A 2' }, { text: 'B 2' }],
    ];
    expect(read('table').blocks).toEqual([{ type: 'table', rows }]);
    expect(read('table-header').blocks).toEqual([{ type: 'table', head: rows[0], rows: [rows[1]] }]);
  });
});

describe('structure', () => {
  it('nested lists and more paragraphs in an item are its blocks; a quote of two paragraphs', () => {
    const input = doc(
      node('unordered-list', [
        item(p(text('one')), p(text('more about one')), node('ordered-list', [item(p(text('one.a')))])),
        item(node('unordered-list', [item(p(text('no text of its own')))])),
      ]),
      node('blockquote', [p(text('first')), p(text('second', 'italic'))]),
    );
    const { blocks, issues } = parse(contentfulRichText, input);
    expect(blocks).toEqual([
      {
        type: 'list',
        items: [
          {
            text: 'one',
            blocks: [
              { type: 'paragraph', text: 'more about one' },
              { type: 'list', ordered: true, items: [{ text: 'one.a' }] },
            ],
          },
          { text: '', blocks: [{ type: 'list', items: [{ text: 'no text of its own' }] }] },
        ],
      },
      {
        type: 'quote',
        text: 'first',
        blocks: [
          {
            type: 'paragraph',
            text: 'second',
            inline: [{ type: 'emphasis', children: [{ type: 'text', text: 'second' }] }],
          },
        ],
      },
    ]);
    expect(issues).toEqual([]);
  });

  it('line breaks in a text node; superscript stays plain; every heading level', () => {
    const input = doc(
      p(text('line one\nline two'), text(' x'), text('2', 'superscript')),
      ...[3, 4, 5, 6].map((n) => node(`heading-${n}`, [text(`h${n}`)])),
    );
    const { blocks } = parse(contentfulRichText, input);
    expect(blocks[0]).toEqual({
      type: 'paragraph',
      text: 'line one\nline two x2',
      inline: [{ type: 'text', text: 'line one' }, { type: 'break' }, { type: 'text', text: 'line two x2' }],
    });
    expect(outline(blocks.slice(1))).toEqual(['h3 h3', 'h4 h4', 'h5 h5', 'h6 h6']);
  });

  it('resolved embeds: an image asset, a file, an entry with a title, an asset hyperlink', () => {
    const image = {
      sys: { id: 'img1', type: 'Asset' },
      fields: {
        title: 'build-times',
        description: 'Bar chart of build times',
        file: {
          url: '//images.ctfassets.net/x7k2/img1/build-times.png',
          contentType: 'image/png',
          fileName: 'build-times.png',
          details: { size: 1, image: { width: 1200, height: 630 } },
        },
      },
    };
    const pdf = {
      sys: { id: 'f1', type: 'Asset' },
      fields: {
        title: 'Checklist',
        file: { url: '//assets.ctfassets.net/x/f1/list.pdf', contentType: 'application/pdf' },
      },
    };
    const cta = {
      sys: { id: 'e1', type: 'Entry' },
      fields: { title: 'Subscribe to the newsletter', url: 'https://example.com' },
    };
    const input = doc(
      node('embedded-asset-block', [], { target: image }),
      node('embedded-asset-block', [], { target: pdf }),
      node('embedded-entry-block', [], { target: cta }),
      p(text('see '), node('asset-hyperlink', [text('the chart')], { target: image })),
    );
    const { blocks, issues } = parse(contentfulRichText, input);
    expect(blocks).toEqual([
      {
        type: 'image',
        src: 'https://images.ctfassets.net/x7k2/img1/build-times.png',
        alt: 'Bar chart of build times',
        width: 1200,
        height: 630,
      },
      {
        type: 'paragraph',
        text: 'Checklist',
        inline: [
          {
            type: 'link',
            href: 'https://assets.ctfassets.net/x/f1/list.pdf',
            children: [{ type: 'text', text: 'Checklist' }],
          },
        ],
      },
      { type: 'paragraph', text: 'Subscribe to the newsletter' },
      {
        type: 'paragraph',
        text: 'see the chart',
        inline: [
          { type: 'text', text: 'see ' },
          {
            type: 'link',
            href: 'https://images.ctfassets.net/x7k2/img1/build-times.png',
            children: [{ type: 'text', text: 'the chart' }],
          },
        ],
      },
    ]);
    expect(issues).toEqual([{ path: 'content[2].data.target', code: 'unknown-field', value: 'Entry e1' }]);
  });

  it('an image asset without description or title has alt "", reported', () => {
    const target = {
      sys: { id: 'i', type: 'Asset' },
      fields: { file: { url: 'https://x.test/a.png', contentType: 'image/png' } },
    };
    expect(parse(contentfulRichText, doc(node('embedded-asset-block', [], { target })))).toMatchObject({
      blocks: [{ type: 'image', src: 'https://x.test/a.png', alt: '' }],
      issues: [{ path: 'content[0].data.target', code: 'missing-alt' }],
    });
  });
});

describe('URL safety', () => {
  it.each(UNSAFE_HREFS)('a hyperlink to %j is text, with an issue', (uri) => {
    const { blocks, issues } = parse(contentfulRichText, doc(p(node('hyperlink', [text('click')], { uri }))));
    expect(blocks).toEqual([{ type: 'paragraph', text: 'click' }]);
    expect(issues).toEqual([{ path: 'content[0].content[0].data.uri', code: 'unsafe-url', value: uri }]);
  });

  it.each(UNSAFE_SRCS)('an image asset from %j is its title, with an issue', (url) => {
    const target = { sys: { id: 'i' }, fields: { title: 'A chart', file: { url, contentType: 'image/png' } } };
    const { blocks, issues } = parse(contentfulRichText, doc(node('embedded-asset-block', [], { target })));
    expect(blocks).toEqual([{ type: 'paragraph', text: 'A chart' }]);
    expect(issues).toEqual([{ path: 'content[0].data.target.fields.file.url', code: 'unsafe-url', value: url }]);
  });

  it("the peers' URL vectors never become an href or a src", () => {
    const { vectors } = readJson<{ vectors: { input: string }[] }>('url-vectors/vectors.json');
    const input = doc(
      ...vectors.flatMap(({ input: url }) => [
        p(node('hyperlink', [text('x')], { uri: url })),
        node('embedded-asset-block', [], {
          target: { fields: { title: 'x', file: { url, contentType: 'image/png' } } },
        }),
        p(node('asset-hyperlink', [text('x')], { target: { fields: { file: { url } } } })),
      ]),
    );
    const { blocks } = parse(contentfulRichText, input);
    expectModel(blocks);
    const { href, src } = urlsOf(blocks);
    for (const url of [...href, ...src])
      expect(url.replace(/[^a-z:]/gi, '')).not.toMatch(/^(javascript|data|vbscript):/i);
  });
});

describe('limits and broken input', () => {
  it('blocks, list items and table rows beyond maxItems are counted', () => {
    const list = node(
      'ordered-list',
      [1, 2, 3].map((n) => item(p(text(`i${n}`)))),
    );
    const table = node(
      'table',
      [1, 2, 3].map((n) => node('table-row', [node('table-cell', [p(text(`r${n}`))])])),
    );
    const { blocks, issues } = parse(contentfulRichText, doc(list, table, p(text('gone'))), 2);
    expect(blocks).toEqual([
      { type: 'list', ordered: true, items: [{ text: 'i1' }, { text: 'i2' }], omitted: 1 },
      { type: 'table', rows: [[{ text: 'r1' }], [{ text: 'r2' }]] },
    ]);
    expect(issues).toEqual([
      { path: 'content', code: 'truncated', value: 1 },
      { path: 'content[0].content', code: 'truncated', value: 1 },
      { path: 'content[1].content', code: 'truncated', value: 1 },
    ]);
  });

  it('never throws on broken nodes, and keeps their text', () => {
    const input = doc(
      null,
      'loose text',
      p(text('ok'), { nodeType: 'text', value: 42 }, { nodeType: 'hyperlink', content: [text('no uri')] }),
      node('unordered-list', [p(text('not an item')), 'stray']),
      { nodeType: 'heading-1', content: 'nope' },
      node('table', [null, node('table-row', 'x' as never)]),
    );
    const { blocks, issues } = parse(contentfulRichText, input);
    expectModel(blocks);
    expect(outline(blocks)).toEqual(['paragraph loose text', 'paragraph okno uri', 'ul(2)', 'h2 nope', 'table']);
    expect(blocks[4]).toEqual({ type: 'table', rows: [[{ text: 'x' }]] });
    expect((blocks[2] as ListBlock).items).toEqual([{ text: 'not an item' }, { text: 'stray' }]);
    expect(issues).toEqual(
      expect.arrayContaining([
        { path: 'content[0]', code: 'invalid-type', value: null },
        { path: 'content[1]', code: 'invalid-type' },
        { path: 'content[2].content[1].value', code: 'invalid-type', value: 42 },
        { path: 'content[2].content[2].data.uri', code: 'invalid-type' },
        { path: 'content[4].content', code: 'invalid-type', value: 'nope' },
        { path: 'content[4]', code: 'heading-level', value: 'heading-1' },
        { path: 'content[5].content[0]', code: 'invalid-type', value: null },
        { path: 'content[5].content[1].content', code: 'invalid-type', value: 'x' },
      ]),
    );
  });

  it('a getter that throws costs its node only; deep nesting is flattened to text', () => {
    const hostile = Object.defineProperty({ nodeType: 'paragraph' }, 'content', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const { blocks, issues } = parse(contentfulRichText, doc(p(text('before')), hostile, p(text('after'))));
    expect(outline(blocks)).toEqual(['paragraph before', 'paragraph after']);
    expect(issues).toEqual([{ path: 'content[1]', code: 'unreadable-value' }]);

    let deep: unknown = p(text('bottom'));
    for (let i = 0; i < 40; i++) deep = node('blockquote', [deep]);
    const nested = parse(contentfulRichText, doc(deep));
    expectModel(nested.blocks);
    expect(JSON.stringify(nested.blocks)).toContain('bottom');
    expect(nested.codes).toEqual(['max-depth']);
  });

  it('a bare array of nodes is read as content; anything else is one invalid-type issue', () => {
    expect(parse(contentfulRichText, [p(text('a'))]).blocks).toEqual([{ type: 'paragraph', text: 'a' }]);
    expect(parse(contentfulRichText, 7)).toMatchObject({
      blocks: [],
      issues: [{ path: '', code: 'invalid-type', value: 7 }],
    });
  });
});

const mark = fc.constantFrom('bold', 'italic', 'underline', 'code', 'superscript', 'strikethrough', 'weird');
const nodeType = fc.constantFrom(
  'document',
  'paragraph',
  'heading-1',
  'heading-3',
  'ordered-list',
  'unordered-list',
  'list-item',
  'hr',
  'blockquote',
  'embedded-entry-block',
  'embedded-asset-block',
  'table',
  'table-row',
  'table-header-cell',
  'table-cell',
  'hyperlink',
  'entry-hyperlink',
  'embedded-entry-inline',
  'text',
  'text',
  'mystery',
);
const cfNode = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record(
      {
        nodeType,
        value: fc.oneof(fc.string(), junk),
        marks: fc.oneof(fc.array(fc.record({ type: mark }), { maxLength: 3 }), junk),
        data: fc.oneof(
          fc.record({ uri: fc.oneof(fc.webUrl(), fc.constantFrom(...UNSAFE_HREFS)) }),
          fc.record({
            target: fc.record({
              sys: fc.record({ id: fc.string(), linkType: fc.constantFrom('Entry', 'Asset') }),
              fields: junk,
            }),
          }),
          junk,
        ),
        content: fc.oneof(fc.array(tie('node'), { maxLength: 4 }), junk),
      },
      { requiredKeys: ['nodeType'] },
    ),
    junk,
  ),
})).node;

describe('arbitrary input', () => {
  itProperty(
    'Contentful-like input never throws and yields only the model',
    fc.property(
      fc.oneof(fc.record({ nodeType: fc.constant('document'), content: fc.array(cfNode, { maxLength: 6 }) }), cfNode),
      fc.integer({ min: 0, max: 5 }),
      (input, maxItems) => {
        const { blocks } = parse(contentfulRichText, input, maxItems);
        expectModel(blocks);
      },
    ),
    { numRuns: 300 },
  );
});
