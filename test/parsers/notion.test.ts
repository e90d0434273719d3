/**
 * The Notion blocks parser: the API fixture as a reader sees it, the reference's example objects,
 * nesting, URL safety, limits, and arbitrary input (fast-check).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ListBlock } from '../../src/model/body';
import { notionBlocks } from '../../src/normalize/body/notion';
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

const fixture = readJson<Record<string, unknown>[]>('platforms/notion-blocks.json');
const spec = readJson<Record<string, Record<string, unknown>>>('rich-text-spec/notion.json');
const types = spec['reference-block-types'];

const rt = (content: string, extra: Record<string, unknown> = {}) => ({
  type: 'text',
  text: { content, link: null },
  plain_text: content,
  href: null,
  ...extra,
});
const notion = (type: string, payload: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  object: 'block',
  type,
  [type]: payload,
  ...extra,
});
const para = (text: string, extra?: Record<string, unknown>) => notion('paragraph', { rich_text: [rt(text)] }, extra);
const bullet = (text: string, extra?: Record<string, unknown>) =>
  notion('bulleted_list_item', { rich_text: [rt(text)] }, extra);

describe('detect', () => {
  it('knows block objects, bare or in a list response, and nothing else', () => {
    expect(notionBlocks.detect(fixture)).toBe(true);
    expect(notionBlocks.detect({ object: 'list', results: fixture, next_cursor: null, has_more: false })).toBe(true);
    expect(notionBlocks.detect(readJson('platforms/notion-page.json'))).toBe(false);
    expect(notionBlocks.detect(readJson<{ body: unknown }>('platforms/sanity-portable-text.json').body)).toBe(false);
    expect(
      notionBlocks.detect(readJson<{ fields: { body: unknown } }>('platforms/contentful-entry.json').fields.body),
    ).toBe(false);
    expect(notionBlocks.detect([])).toBe(false);
    expect(notionBlocks.detect([{ type: 'paragraph', text: 'block JSON' }])).toBe(false);
  });
});

describe('the API fixture', () => {
  const { blocks, issues } = parse(notionBlocks, fixture);

  it('reads as the article: kinds and texts in order', () => {
    expect(outline(blocks)).toEqual([
      'h2 Readiness vs. liveness probes',
      expect.stringMatching(/^paragraph Kubernetes uses two separate checks, .* for every field\.$/),
      'h3 What each probe answers',
      'ul(3)',
      'h4 Rules of thumb',
      'ol(3)',
      'quote A liveness probe that depends on the database will restart every pod at once when the database blips.',
      'code yaml',
      expect.stringMatching(
        /^image https:\/\/prod-files-secure\.s3\.us-west-2\.amazonaws\.com\/.*probe-timeline\.png\?X-Amz-/,
      ),
      'image https://images.example-cdn.net/k8s/probe-state-machine.svg',
      'divider',
      'ul(3)',
      'paragraph Related: Graceful shutdown checklist and the incident review.',
    ]);
    expectModel(blocks);
  });

  it('maps annotations and links; a page mention is plain text; underline is plain', () => {
    expect(blocks[1]).toMatchObject({
      inline: [
        { type: 'text' },
        { type: 'strong', children: [{ type: 'text', text: 'restart loop' }] },
        { type: 'text', text: '. See the ' },
        {
          type: 'link',
          href: 'https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/',
          children: [{ type: 'text', text: 'official probe docs' }],
        },
        { type: 'text', text: ' for every field.' },
      ],
    });
    expect((blocks[3] as ListBlock).items[1].inline).toEqual([
      { type: 'strong', children: [{ type: 'text', text: 'Readiness' }] },
      { type: 'text', text: ': can it take traffic right now? Failing it removes the pod from the ' },
      { type: 'code', text: 'Service' },
      { type: 'text', text: ' endpoints.' },
    ]);
    expect(blocks[12]).toEqual({
      type: 'paragraph',
      text: 'Related: Graceful shutdown checklist and the incident review.',
      inline: [
        { type: 'text', text: 'Related: Graceful shutdown checklist and ' },
        {
          type: 'link',
          href: 'https://www.notion.so/Incident-2024-04-18-restart-storm-7d1f3a5c9e2b4f6a8c0e1d3b5f7a9c2e',
          children: [{ type: 'text', text: 'the incident review' }],
        },
        { type: 'text', text: '.' },
      ],
    });
  });

  it('consecutive list items are one list; to_do items are checked or not', () => {
    expect((blocks[5] as ListBlock).ordered).toBe(true);
    expect((blocks[11] as ListBlock).items).toEqual([
      { text: 'Split /healthz and /ready in the payments service', checked: true },
      { text: 'Add a startup probe to the search indexer', checked: false },
      {
        text: 'Remove the DB ping from liveness (done in PR #412)',
        checked: true,
        inline: [
          { type: 'strikethrough', children: [{ type: 'text', text: 'Remove the DB ping from liveness' }] },
          { type: 'text', text: ' (done in PR #412)' },
        ],
      },
    ]);
  });

  it('code keeps its language; images have their caption, alt "" and an issue', () => {
    expect(blocks[7]).toMatchObject({
      type: 'code',
      language: 'yaml',
      text: expect.stringMatching(/^livenessProbe:\n {2}httpGet:\n/),
    });
    expect(blocks[8]).toMatchObject({ type: 'image', alt: '', caption: 'Probe results over a rolling deploy' });
    expect(blocks[9]).toEqual({
      type: 'image',
      src: 'https://images.example-cdn.net/k8s/probe-state-machine.svg',
      alt: '',
    });
    expect(issues).toEqual([
      { path: '[11].code.caption', code: 'unknown-field', value: 'deployment.yaml (excerpt)' },
      { path: '[12]', code: 'missing-alt' },
      { path: '[13]', code: 'missing-alt' },
    ]);
  });

  it('loses nothing', () => {
    expectNothingLost(fixture, blocks, issues);
  });

  it('the list response reads the same, with paths under results', () => {
    const wrapped = parse(notionBlocks, {
      object: 'list',
      results: fixture,
      next_cursor: null,
      has_more: false,
      type: 'block',
      block: {},
    });
    expect(wrapped.blocks).toEqual(blocks);
    expect(wrapped.issues[0].path).toBe('results[11].code.caption');
  });

  it('a page object is not a body', () => {
    expect(parse(notionBlocks, readJson('platforms/notion-page.json'))).toMatchObject({
      blocks: [],
      codes: ['invalid-type'],
    });
  });
});

describe("the API reference's examples", () => {
  it('the example block object: heading_2 is level 3, its color ignored', () => {
    expect(parse(notionBlocks, [spec['reference-block-heading_2']])).toEqual({
      blocks: [{ type: 'heading', text: 'Lacinato kale', level: 3 }],
      issues: [],
      codes: [],
    });
  });

  it('rich text: text, a page mention (plain text), an inline equation (code)', () => {
    const input = [
      notion('paragraph', {
        rich_text: [
          spec['reference-rich-text'],
          spec['reference-rich-text-mention'],
          rt(' and '),
          spec['reference-rich-text-equation'],
        ],
      }),
    ];
    expect(parse(notionBlocks, input).blocks).toEqual([
      {
        type: 'paragraph',
        text: 'Some words This is a test page and E = mc^2',
        inline: [
          { type: 'text', text: 'Some words This is a test page and ' },
          { type: 'code', text: 'E = mc^2' },
        ],
      },
    ]);
  });

  it('a simple table with its rows as children; a column header', () => {
    const row = spec['changelog-simple-table-row'];
    const rowText = [{ text: 'column 1 content' }, { text: 'column 2 content' }, { text: 'column 3 content' }];
    const table: Record<string, unknown> = { ...spec['changelog-simple-table'], children: [row, row] };
    expect(parse(notionBlocks, [table]).blocks).toEqual([{ type: 'table', rows: [rowText, rowText] }]);
    const headed = { ...table, table: { ...(table.table as object), has_column_header: true } };
    expect(parse(notionBlocks, [headed]).blocks).toEqual([{ type: 'table', head: rowText, rows: [rowText] }]);
    // Without its rows (they are fetched separately) a table shows nothing.
    expect(parse(notionBlocks, [spec['changelog-simple-table']])).toEqual({ blocks: [], issues: [], codes: [] });
  });

  it('every block type of the reference, in the short form it shows them', () => {
    const input = Object.values(types);
    const { blocks, issues } = parse(notionBlocks, input);
    expectModel(blocks);
    expect(blocks).toEqual([
      { type: 'paragraph', text: 'Lacinato kale' },
      { type: 'list', items: [{ text: 'Lacinato kale' }] },
      { type: 'list', ordered: true, items: [{ text: 'Finish reading the docs' }] },
      { type: 'list', items: [{ text: 'Finish Q3 goals', checked: false }] },
      { type: 'paragraph', text: 'Additional project details' },
      { type: 'paragraph', text: 'Lacinato kale' },
      { type: 'quote', text: 'To be or not to be...' },
      { type: 'quote', text: '⭐ Lacinato kale' },
      { type: 'code', text: 'const a = 3', language: 'javascript' },
      { type: 'code', text: 'e=mc^2', language: 'latex' },
      { type: 'divider' },
      {
        type: 'paragraph',
        text: 'https://companywebsite.com',
        inline: [
          {
            type: 'link',
            href: 'https://companywebsite.com',
            children: [{ type: 'text', text: 'https://companywebsite.com' }],
          },
        ],
      },
      {
        type: 'paragraph',
        text: 'https://companywebsite.com',
        inline: [
          {
            type: 'link',
            href: 'https://companywebsite.com',
            children: [{ type: 'text', text: 'https://companywebsite.com' }],
          },
        ],
      },
      {
        type: 'paragraph',
        text: 'https://github.com/example/example-repo/pull/1234',
        inline: [
          {
            type: 'link',
            href: 'https://github.com/example/example-repo/pull/1234',
            children: [{ type: 'text', text: 'https://github.com/example/example-repo/pull/1234' }],
          },
        ],
      },
      { type: 'image', src: 'https://website.domain/images/image.png', alt: '' },
      { type: 'paragraph', text: 'Lacinato kale' },
      { type: 'paragraph', text: 'My database' },
      { type: 'paragraph', text: 'some text here' },
      { type: 'paragraph', text: 'some more text' },
    ]);
    expect(issues).toEqual([
      { path: '[13]', code: 'missing-alt' },
      { path: '[14]', code: 'unknown-block', value: 'child_page' },
      { path: '[15]', code: 'unknown-block', value: 'child_database' },
      { path: '[19]', code: 'unknown-block', value: 'unsupported' },
    ]);
    expectNothingLost(input, blocks, issues);
  });
});

describe('nesting and structure', () => {
  it('children on the block or on its payload nest under list items, quotes and toggles', () => {
    const input = [
      bullet('parent', { has_children: true, children: [bullet('child'), para('child paragraph')] }),
      bullet('sibling', { has_children: true }),
      notion('quote', { rich_text: [rt('quoted')], children: [para('more quoted')] }),
      notion('heading_1', { rich_text: [rt('Toggle heading')], is_toggleable: true }, { children: [para('inside')] }),
      notion('callout', {
        rich_text: [rt('Careful')],
        icon: { type: 'external', external: { url: 'https://x.test/i.png' } },
      }),
    ];
    const { blocks, issues } = parse(notionBlocks, input);
    expect(blocks).toEqual([
      {
        type: 'list',
        items: [
          {
            text: 'parent',
            blocks: [
              { type: 'list', items: [{ text: 'child' }] },
              { type: 'paragraph', text: 'child paragraph' },
            ],
          },
          { text: 'sibling' },
        ],
      },
      { type: 'quote', text: 'quoted', blocks: [{ type: 'paragraph', text: 'more quoted' }] },
      { type: 'heading', text: 'Toggle heading', level: 2 },
      { type: 'paragraph', text: 'inside' },
      { type: 'quote', text: 'Careful' },
    ]);
    expect(issues).toEqual([]);
  });

  it('list items of different types are different lists', () => {
    const input = [
      bullet('a'),
      notion('numbered_list_item', { rich_text: [rt('1')] }),
      bullet('b'),
      para('p'),
      bullet('c'),
    ];
    expect(outline(parse(notionBlocks, input).blocks)).toEqual(['ul(1)', 'ol(1)', 'ul(1)', 'paragraph p', 'ul(1)']);
  });

  it('links between pages are made absolute; a bookmark with a caption; a file with its name', () => {
    const input = [
      notion('paragraph', { rich_text: [rt('page', { text: { content: 'page', link: { url: '/7d1f3a5c9e2b' } } })] }),
      notion('bookmark', { url: 'https://example.com/post', caption: [rt('A good read')] }),
      notion('file', { type: 'external', external: { url: 'https://example.com/a.pdf' }, name: 'a.pdf', caption: [] }),
    ];
    expect(parse(notionBlocks, input).blocks).toEqual([
      {
        type: 'paragraph',
        text: 'page',
        inline: [
          { type: 'link', href: 'https://www.notion.so/7d1f3a5c9e2b', children: [{ type: 'text', text: 'page' }] },
        ],
      },
      {
        type: 'paragraph',
        text: 'https://example.com/post\nA good read',
        inline: [
          {
            type: 'link',
            href: 'https://example.com/post',
            children: [{ type: 'text', text: 'https://example.com/post' }],
          },
          { type: 'break' },
          { type: 'text', text: 'A good read' },
        ],
      },
      {
        type: 'paragraph',
        text: 'a.pdf',
        inline: [{ type: 'link', href: 'https://example.com/a.pdf', children: [{ type: 'text', text: 'a.pdf' }] }],
      },
    ]);
  });
});

describe('URL safety', () => {
  it.each(UNSAFE_HREFS)('a link to %j is text, with an issue (href and text.link.url)', (url) => {
    const input = [
      notion('paragraph', { rich_text: [rt('a', { href: url })] }),
      notion('paragraph', { rich_text: [rt('b', { text: { content: 'b', link: { url } } })] }),
      notion('bookmark', { url }),
    ];
    const { blocks, issues } = parse(notionBlocks, input);
    expect(blocks).toEqual([
      { type: 'paragraph', text: 'a' },
      { type: 'paragraph', text: 'b' },
      { type: 'paragraph', text: url.trim() === url ? url : expect.any(String) },
    ]);
    expect(issues).toEqual([
      { path: '[0].paragraph.rich_text[0].href', code: 'unsafe-url', value: url },
      { path: '[1].paragraph.rich_text[0].text.link', code: 'unsafe-url', value: url },
      { path: '[2].bookmark.url', code: 'unsafe-url', value: url },
    ]);
  });

  it.each(UNSAFE_SRCS)('an image from %j is its caption, with an issue', (url) => {
    const input = [notion('image', { type: 'external', external: { url }, caption: [rt('A chart')] })];
    const { blocks, issues } = parse(notionBlocks, input);
    expect(blocks).toEqual([{ type: 'paragraph', text: 'A chart' }]);
    expect(issues).toEqual([{ path: '[0].image.external.url', code: 'unsafe-url', value: url }]);
  });

  it("the peers' URL vectors never become an href or a src", () => {
    const { vectors } = readJson<{ vectors: { input: string }[] }>('url-vectors/vectors.json');
    const input = vectors.flatMap(({ input: url }) => [
      notion('paragraph', { rich_text: [rt('x', { href: url }), rt('y', { text: { content: 'y', link: { url } } })] }),
      notion('image', { type: 'file', file: { url } }),
      notion('embed', { url }),
    ]);
    const { blocks } = parse(notionBlocks, input);
    expectModel(blocks);
    const { href, src } = urlsOf(blocks);
    for (const url of [...href, ...src])
      expect(url.replace(/[^a-z:]/gi, '')).not.toMatch(/^(javascript|data|vbscript):/i);
  });
});

describe('limits and broken input', () => {
  it('blocks, list items and table rows beyond maxItems are counted', () => {
    const row = spec['changelog-simple-table-row'];
    const input = [
      bullet('1'),
      bullet('2'),
      bullet('3'),
      { ...spec['changelog-simple-table'], children: [row, row, row] },
      para('gone'),
    ];
    const { blocks, issues } = parse(notionBlocks, input, 2);
    expect(outline(blocks)).toEqual(['ul(2)', 'table']);
    expect((blocks[0] as ListBlock).omitted).toBe(1);
    expect(blocks[1]).toMatchObject({ rows: [expect.any(Array), expect.any(Array)] });
    expect(issues).toEqual([
      { path: '', code: 'truncated', value: 1 },
      { path: '[0]', code: 'truncated', value: 1 },
      { path: '[3].children', code: 'truncated', value: 1 },
    ]);
  });

  it('never throws on broken blocks, and keeps their text', () => {
    const input = [
      null,
      'loose',
      { object: 'block', type: 'paragraph', paragraph: { rich_text: 'a string' } },
      { object: 'block', type: 'paragraph', paragraph: { rich_text: [null, { plain_text: 5 }, rt('ok')] } },
      { object: 'block', type: 'heading_2' },
      { object: 'block', type: 'table', table: {}, children: [{ type: 'table_row', table_row: { cells: 'x' } }] },
      { object: 'block', type: 'synced_block', synced_block: { synced_from: { block_id: 'b' } } },
      { object: 'block', type: 'mystery', mystery: { rich_text: [rt('from the future')], color: 'red' } },
    ];
    const { blocks, issues } = parse(notionBlocks, input);
    expectModel(blocks);
    expect(outline(blocks)).toEqual([
      'paragraph loose',
      'paragraph a string',
      'paragraph ok',
      'paragraph from the future',
    ]);
    expect(issues).toEqual(
      expect.arrayContaining([
        { path: '[0]', code: 'invalid-type', value: null },
        { path: '[1]', code: 'invalid-type' },
        { path: '[3].paragraph.rich_text[0]', code: 'invalid-type', value: null },
        { path: '[3].paragraph.rich_text[1]', code: 'invalid-type' },
        { path: '[5].children[0]', code: 'invalid-type', value: 'x' },
        { path: '[7]', code: 'unknown-block', value: 'mystery' },
      ]),
    );
  });

  it('a getter that throws costs its block only; deep nesting is flattened to text', () => {
    const hostile = Object.defineProperty({ object: 'block', type: 'paragraph' }, 'paragraph', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const { blocks, issues } = parse(notionBlocks, [para('before'), hostile, para('after')]);
    expect(outline(blocks)).toEqual(['paragraph before', 'paragraph after']);
    expect(issues).toEqual([{ path: '[1]', code: 'unreadable-value' }]);

    let deep: Record<string, unknown> = para('bottom');
    for (let i = 0; i < 40; i++) deep = bullet(`level ${i}`, { children: [deep] });
    const nested = parse(notionBlocks, [deep]);
    expectModel(nested.blocks);
    expect(JSON.stringify(nested.blocks)).toContain('bottom');
    expect(nested.codes).toEqual(['max-depth']);
  });
});

const richTextItem = fc.oneof(
  fc.record(
    {
      type: fc.constantFrom('text', 'mention', 'equation'),
      plain_text: fc.oneof(fc.string(), junk),
      href: fc.oneof(fc.constant(null), fc.webUrl(), fc.constantFrom(...UNSAFE_HREFS)),
      annotations: fc.oneof(
        fc.record({ bold: fc.boolean(), italic: fc.boolean(), strikethrough: fc.boolean(), code: fc.boolean() }),
        junk,
      ),
      text: fc.oneof(
        fc.record({
          content: fc.string(),
          link: fc.oneof(
            fc.constant(null),
            fc.record({ url: fc.constantFrom('/abc', 'https://x.test', ...UNSAFE_HREFS) }),
          ),
        }),
        junk,
      ),
    },
    { requiredKeys: [] },
  ),
  junk,
);
const blockType = fc.constantFrom(
  'paragraph',
  'heading_1',
  'heading_3',
  'bulleted_list_item',
  'bulleted_list_item',
  'numbered_list_item',
  'to_do',
  'quote',
  'callout',
  'code',
  'image',
  'bookmark',
  'table',
  'table_row',
  'toggle',
  'child_page',
  'column_list',
  'unsupported',
  'mystery',
);
const notionBlock = fc.letrec((tie) => ({
  block: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    blockType.chain((type) =>
      fc.record(
        {
          object: fc.constant('block'),
          type: fc.constant(type),
          [type]: fc.oneof(
            fc.record(
              {
                rich_text: fc.oneof(fc.array(richTextItem, { maxLength: 4 }), junk),
                checked: junk,
                language: junk,
                caption: fc.oneof(fc.array(richTextItem, { maxLength: 2 }), junk),
                type: fc.constantFrom('external', 'file', 'file_upload'),
                external: fc.oneof(fc.record({ url: fc.oneof(fc.webUrl(), fc.constantFrom(...UNSAFE_SRCS)) }), junk),
                url: fc.oneof(fc.webUrl(), fc.constantFrom(...UNSAFE_HREFS), junk),
                cells: fc.oneof(fc.array(fc.array(richTextItem, { maxLength: 2 }), { maxLength: 3 }), junk),
                has_column_header: fc.boolean(),
                icon: junk,
                children: fc.array(tie('block'), { maxLength: 1 }),
              },
              { requiredKeys: [] },
            ),
            junk,
          ),
          children: fc.oneof(fc.array(tie('block'), { maxLength: 2 }), junk),
        },
        { requiredKeys: ['object', 'type'] },
      ),
    ),
    junk,
  ),
})).block;

describe('arbitrary input', () => {
  itProperty(
    'Notion-like input never throws and yields only the model',
    fc.property(
      fc.oneof(
        fc.array(notionBlock, { maxLength: 6 }),
        fc.record({ object: fc.constant('list'), results: fc.array(notionBlock, { maxLength: 4 }) }),
        junk,
      ),
      fc.integer({ min: 0, max: 5 }),
      (input, maxItems) => {
        const { blocks } = parse(notionBlocks, input, maxItems);
        expectModel(blocks);
      },
    ),
    { numRuns: 300 },
  );
});
