/**
 * The Portable Text parser: the Sanity fixture as a reader sees it, the spec's and the reference
 * renderer's examples, URL safety, limits, and arbitrary input (fast-check).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BodyBlock, ListBlock } from '../../src/model/body';
import { portableText } from '../../src/normalize/body/portable-text';
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

const sanity = readJson<{ body: unknown[] }>('platforms/sanity-portable-text.json');
const spec = readJson<Record<string, unknown>>('rich-text-spec/portable-text.json');

const block = (children: unknown[], extra: Record<string, unknown> = {}) => ({
  _type: 'block',
  style: 'normal',
  markDefs: [],
  children,
  ...extra,
});
const span = (text: string, marks: string[] = []) => ({ _type: 'span', text, marks });
const items = (list: BodyBlock | undefined) => (list as ListBlock).items;

describe('detect', () => {
  it('knows a Portable Text array and nothing else', () => {
    expect(portableText.detect(sanity.body)).toBe(true);
    expect(portableText.detect(spec['examples-withLink'])).toBe(true);
    expect(portableText.detect(readJson('platforms/contentful-entry.json').fields)).toBe(false);
    expect(portableText.detect(readJson('platforms/contentful-entry.json'))).toBe(false);
    expect(portableText.detect(readJson<unknown>('platforms/notion-blocks.json'))).toBe(false);
    expect(portableText.detect([])).toBe(false);
    expect(portableText.detect([{ type: 'paragraph', text: 'block JSON' }])).toBe(false);
    expect(portableText.detect([{ _type: 'image' }, { _type: 'code' }, block([])])).toBe(false);
    expect(portableText.detect('text')).toBe(false);
    expect(portableText.detect(null)).toBe(false);
  });
});

describe('the Sanity fixture', () => {
  const { blocks, issues } = parse(portableText, sanity.body);

  it('reads as the article: kinds and texts in order', () => {
    expect(outline(blocks)).toEqual([
      'h2 A practical guide to Rust lifetimes',
      expect.stringMatching(/^paragraph Lifetimes are the part of Rust .* official book chapter\.$/),
      'h2 Why the compiler asks',
      expect.stringMatching(/^paragraph Consider a function .* refuses to guess\.$/),
      'code rust',
      expect.stringMatching(/^paragraph The annotation 'a says/),
      'h3 The three elision rules',
      'ol(3)',
      'paragraph Diagram of two overlapping borrow scopes with the shorter one highlighted\nThe returned reference is valid for the overlap of both borrows.',
      'h2 Common mistakes',
      'ul(3)',
      "quote Lifetimes do not make your program slower or faster. They only make the compiler's reasoning visible.",
      'paragraph Next time: self-referential structs and Pin.',
    ]);
    expectModel(blocks);
  });

  it('h1 is a level-2 heading, reported', () => {
    expect(issues).toContainEqual({ path: '[0].style', code: 'heading-level', value: 'h1' });
  });

  it('nests list levels into the item above', () => {
    const ordered = items(blocks[7]);
    expect(ordered.map((item) => item.text)).toEqual([
      'Each reference parameter gets its own lifetime.',
      'If there is exactly one input lifetime, it is assigned to all outputs.',
      'If one of the inputs is &self or &mut self, its lifetime is assigned to all outputs.',
    ]);
    expect(ordered[2].blocks).toEqual([
      { type: 'list', ordered: true, items: [{ text: 'This is why most methods need no annotations at all.' }] },
    ]);
    const bullets = items(blocks[10]);
    expect((blocks[10] as ListBlock).ordered).toBeUndefined();
    expect(bullets[1].blocks).toEqual([
      { type: 'list', items: [{ text: "String literals are 'static; heap-allocated Strings are not." }] },
    ]);
    expect(bullets[0].blocks).toBeUndefined();
  });

  it('maps decorators and links; underline stays plain text', () => {
    expect(blocks[1]).toMatchObject({
      inline: [
        { type: 'text' },
        { type: 'emphasis', children: [{ type: 'text', text: 'not' }] },
        { type: 'text' },
        {
          type: 'link',
          href: 'https://doc.rust-lang.org/book/ch10-03-lifetime-syntax.html',
          children: [{ type: 'text', text: 'official book chapter' }],
        },
        { type: 'text', text: '.' },
      ],
    });
    expect(blocks[5]).toMatchObject({
      inline: [
        { type: 'text', text: 'The annotation ' },
        { type: 'code', text: "'a" },
        { type: 'text' },
        { type: 'strong', children: [{ type: 'emphasis', children: [{ type: 'text', text: 'shorter' }] }] },
        { type: 'text' },
      ],
    });
    expect(items(blocks[10])[1].inline).toEqual([
      { type: 'text', text: 'Reaching for ' },
      { type: 'code', text: "'static" },
      { type: 'text', text: ' to silence the error. It compiles only when the data really lives forever.' },
    ]);
    expect(items(blocks[10])[2].inline?.[1]).toEqual({
      type: 'strikethrough',
      children: [{ type: 'text', text: 'It works, but it is usually a design smell.' }],
    });
    // A link around a decorator: the link is outside, as the toolkit orders them.
    expect((blocks[12] as { inline: unknown[] }).inline[1]).toEqual({
      type: 'link',
      href: 'https://rustnotes.example.dev/posts/pin-and-self-referential-structs',
      children: [{ type: 'strong', children: [{ type: 'text', text: 'self-referential structs and Pin' }] }],
    });
    expect(JSON.stringify(issues)).not.toContain('underline');
  });

  it('keeps the code with its language; the filename is named by an issue', () => {
    expect(blocks[4]).toEqual({
      type: 'code',
      language: 'rust',
      text: "fn longest<'a>(x: &'a str, y: &'a str) -> &'a str {\n    if x.len() > y.len() {\n        x\n    } else {\n        y\n    }\n}",
    });
    expect(issues).toContainEqual({ path: '[4].filename', code: 'unknown-field', value: 'src/lib.rs' });
  });

  it('an image without a URL (an asset reference) shows its alt text and caption, with an issue', () => {
    expect(blocks[8]).toMatchObject({
      type: 'paragraph',
      inline: [{ type: 'text' }, { type: 'break' }, { type: 'text' }],
    });
    expect(issues).toContainEqual({
      path: '[11].asset',
      code: 'unknown-field',
      value: 'image-7c3f9a1e5d2b8c4f6a0e1d3b5c7f9a2e4d6b8c0a-1600x900-png',
    });
  });

  it('loses nothing, and reports nothing else', () => {
    expectNothingLost(sanity.body, blocks, issues);
    expect(issues).toHaveLength(3);
  });

  it('an image with a resolved asset URL is an image, with its alt, caption and size', () => {
    const withUrl = sanity.body.map((node) => {
      const raw = node as Record<string, unknown>;
      if (raw._type !== 'image') return node;
      const asset = { ...(raw.asset as object), url: 'https://cdn.sanity.io/images/p/d/7c3f-1600x900.png' };
      return { ...raw, asset: { ...asset, metadata: { dimensions: { width: 1600, height: 900 } } } };
    });
    expect(parse(portableText, withUrl).blocks[8]).toEqual({
      type: 'image',
      src: 'https://cdn.sanity.io/images/p/d/7c3f-1600x900.png',
      alt: 'Diagram of two overlapping borrow scopes with the shorter one highlighted',
      caption: 'The returned reference is valid for the overlap of both borrows.',
      width: 1600,
      height: 900,
    });
  });
});

describe('the spec (portabletext/portabletext)', () => {
  it('an annotation of an unknown type keeps its text; its data is named', () => {
    const { blocks, issues } = parse(portableText, spec['readme-annotated-block']);
    expect(blocks).toEqual([
      {
        type: 'paragraph',
        text: 'some text',
        inline: [{ type: 'emphasis', children: [{ type: 'text', text: 'some text' }] }],
      },
    ]);
    expect(issues).toEqual([{ path: 'markDefs[0]', code: 'unknown-field', value: 'some data' }]);
  });

  it('a style h1 with spans without marks', () => {
    const { blocks } = parse(portableText, [spec['readme-style-h1']]);
    expect(blocks).toEqual([{ type: 'heading', text: 'This is a heading', level: 2 }]);
  });

  it('mark definitions: a link, and a comment whose text is named by an issue', () => {
    const markDefs = (spec['readme-markdefs'] as { markDefs: unknown[] }).markDefs;
    const input = [
      block([span('linked', ['some-random-key']), span(' and '), span('commented', ['some-other-random-key'])], {
        markDefs,
      }),
    ];
    const { blocks, issues } = parse(portableText, input);
    expect(blocks).toEqual([
      {
        type: 'paragraph',
        text: 'linked and commented',
        inline: [
          { type: 'link', href: 'https://portabletext.org', children: [{ type: 'text', text: 'linked' }] },
          { type: 'text', text: ' and commented' },
        ],
      },
    ]);
    expect(issues).toEqual([
      { path: '[0].markDefs[1]', code: 'unknown-field', value: 'Change to https:// some-author-id' },
    ]);
    expectNothingLost(input, blocks, issues);
  });

  it('the decorator example: `emphasis`', () => {
    const { blocks } = parse(portableText, [block(spec['readme-decorators'] as unknown[])]);
    expect(blocks).toEqual([
      {
        type: 'paragraph',
        text: 'This isimportant',
        inline: [
          { type: 'text', text: 'This is' },
          { type: 'emphasis', children: [{ type: 'text', text: 'important' }] },
        ],
      },
    ]);
  });

  it('the annotation example and examples/withLink.json', () => {
    expect(parse(portableText, spec['readme-annotation']).blocks).toEqual([
      {
        type: 'paragraph',
        text: 'Portable Text',
        inline: [
          { type: 'link', href: 'https://www.portabletext.org', children: [{ type: 'text', text: 'Portable Text' }] },
        ],
      },
    ]);
    expect(parse(portableText, spec['examples-withLink']).blocks).toEqual([
      {
        type: 'paragraph',
        text: 'This is a paragraph with a link.',
        inline: [
          { type: 'text', text: 'This is a paragraph with a ' },
          { type: 'link', href: 'https://www.portabletext.org', children: [{ type: 'text', text: 'link' }] },
          { type: 'text', text: '.' },
        ],
      },
    ]);
  });

  it('custom blocks: code, and an image whose asset is only a reference', () => {
    const { blocks, issues } = parse(portableText, [spec['readme-custom-code'], spec['readme-custom-image']]);
    expect(blocks).toEqual([{ type: 'code', text: 'console.log("hello world");', language: 'javascript' }]);
    expect(issues).toEqual([{ path: '[1].asset', code: 'unknown-field', value: 'some-asset-reference' }]);
  });
});

describe("the reference renderer's fixtures (portabletext/react-portabletext)", () => {
  it('009: a quote with a link over nested marks', () => {
    const { blocks } = parse(portableText, spec['react-009-messy-link-text']);
    expect(blocks).toEqual([
      {
        type: 'quote',
        text: 'Sanity can be used to power almost any app or website.',
        inline: [
          { type: 'link', href: 'https://sanity.io/', children: [{ type: 'text', text: 'Sanity' }] },
          { type: 'text', text: ' can be used to power almost any ' },
          {
            type: 'link',
            href: 'https://sanity.io/',
            children: [
              {
                type: 'emphasis',
                children: [
                  { type: 'strong', children: [{ type: 'text', text: 'app' }] },
                  { type: 'text', text: ' or website' },
                ],
              },
            ],
          },
          { type: 'text', text: '.' },
        ],
      },
    ]);
  });

  it('013: a materialized image asset', () => {
    const { blocks, issues } = parse(portableText, spec['react-013-materialized-image']);
    expect(blocks[1]).toEqual({
      type: 'image',
      src: 'https://cdn.sanity.io/images/3do82whm/production/caC3MscJLd3mNAbMdQ6-5748x3832.jpg',
      alt: '',
      width: 5748,
      height: 3832,
    });
    expect(issues).toEqual([{ path: '[1]', code: 'missing-alt' }]);
  });

  it('016: deep and weird lists keep every item, in order, nested', () => {
    const input = spec['react-016-deep-weird-lists'] as unknown[];
    const { blocks, issues } = parse(portableText, input);
    expectModel(blocks);
    expectNothingLost(input, blocks, issues);
    // The empty paragraph between the lists is an editor's spacing: not shown.
    expect(outline(blocks)).toEqual(['ul(2)', 'ol(3)', 'ul(3)', 'ol(1)', 'ul(1)']);
    expect(items(blocks[1])[1].blocks).toEqual([
      { type: 'list', ordered: true, items: [{ text: 'Item 2, a' }, { text: 'Item 2, b' }] },
    ]);
    const deep = items(blocks[2]);
    expect(deep.map((item) => item.text)).toEqual(['In', 'In', 'All the way back']);
    expect(deep[1].blocks).toEqual([
      {
        type: 'list',
        items: [
          {
            text: 'Out',
            blocks: [
              {
                type: 'list',
                items: [{ text: 'Even More', blocks: [{ type: 'list', items: [{ text: 'Even deeper' }] }] }],
              },
            ],
          },
          { text: 'Two steps back' },
        ],
      },
    ]);
    // A skipped level (1 → 3) nests one level down, as in the renderer.
    expect(deep[2].blocks).toEqual([{ type: 'list', items: [{ text: 'Skip a step' }] }]);
    expect(items(blocks[3])[0].blocks).toEqual([{ type: 'list', ordered: true, items: [{ text: 'Next level' }] }]);
  });

  it('022: an inline object keeps its text where it stands, with an issue', () => {
    const input = spec['react-022-inline-nodes'];
    const { blocks, issues } = parse(portableText, input);
    expect(blocks.map((b) => (b as { text: string }).text)).toEqual([
      "I enjoyed it. It's not perfect, but I give it a strong dice, and look forward to the next season!",
      'Sibling paragraph',
    ]);
    expect(issues).toEqual([{ path: '[0].children[1]', code: 'unknown-block', value: 'dice' }]);
  });

  it('023: hard breaks', () => {
    expect(parse(portableText, spec['react-023-hard-breaks']).blocks).toEqual([
      {
        type: 'paragraph',
        text: 'A paragraph\ncan have hard\n\nbreaks.',
        inline: [
          { type: 'text', text: 'A paragraph' },
          { type: 'break' },
          { type: 'text', text: 'can have hard' },
          { type: 'break' },
          { type: 'break' },
          { type: 'text', text: 'breaks.' },
        ],
      },
    ]);
  });
});

describe('marks and styles', () => {
  it('a code decorator over a link keeps the href; code over marks goes down to the text', () => {
    const input = [
      block([span('run ', ['code']), span('npm i', ['code', 'l1']), span(' now', ['code', 'strong'])], {
        markDefs: [{ _key: 'l1', _type: 'link', href: 'https://npmjs.com' }],
      }),
    ];
    const { blocks } = parse(portableText, input);
    expect(blocks[0]).toEqual({
      type: 'paragraph',
      text: 'run npm i now',
      inline: [
        { type: 'code', text: 'run ' },
        { type: 'link', href: 'https://npmjs.com', children: [{ type: 'code', text: 'npm i' }] },
        { type: 'strong', children: [{ type: 'code', text: ' now' }] },
      ],
    });
  });

  it('unknown decorators and styles keep their text and are reported once', () => {
    const input = [
      block([span('a', ['highlight']), span('b', ['highlight']), span('c', ['underline'])], { style: 'lead' }),
    ];
    const { blocks, issues } = parse(portableText, input);
    expect(blocks).toEqual([{ type: 'paragraph', text: 'abc' }]);
    expect(issues).toEqual([
      { path: '[0].children[0].marks', code: 'unknown-field', value: 'highlight' },
      { path: '[0].style', code: 'unknown-field', value: 'lead' },
    ]);
  });

  it('h2–h6 keep their level; a blockquote is a quote', () => {
    const input = ['h2', 'h3', 'h4', 'h5', 'h6', 'blockquote'].map((style) => block([span(style)], { style }));
    expect(outline(parse(portableText, input).blocks)).toEqual([
      'h2 h2',
      'h3 h3',
      'h4 h4',
      'h5 h5',
      'h6 h6',
      'quote blockquote',
    ]);
  });

  it('a custom block keeps the text of its fields, with an issue', () => {
    const input = [{ _type: 'callout', _key: 'k', tone: 'warning', body: [block([span('Back up first.')])] }];
    const { blocks, issues } = parse(portableText, input);
    expect(blocks).toEqual([{ type: 'paragraph', text: 'warning Back up first.' }]);
    expect(issues).toEqual([{ path: '[0]', code: 'unknown-block', value: 'callout' }]);
  });
});

describe('URL safety', () => {
  it.each(UNSAFE_HREFS)('a link to %j is text, with an issue', (href) => {
    const input = [block([span('click', ['x'])], { markDefs: [{ _key: 'x', _type: 'link', href }] })];
    const { blocks, issues } = parse(portableText, input);
    expect(blocks).toEqual([{ type: 'paragraph', text: 'click' }]);
    expect(issues).toEqual([{ path: '[0].markDefs[0].href', code: 'unsafe-url', value: href }]);
  });

  it.each(UNSAFE_SRCS)('an image from %j is its alt text, with an issue', (url) => {
    const { blocks, issues } = parse(portableText, [{ _type: 'image', alt: 'A chart', asset: { url } }]);
    expect(blocks).toEqual([{ type: 'paragraph', text: 'A chart' }]);
    expect(issues).toEqual([{ path: '[0].asset.url', code: 'unsafe-url', value: url }]);
  });

  it("the peers' URL vectors never become an href or a src", () => {
    const { vectors } = readJson<{ vectors: { input: string }[] }>('url-vectors/vectors.json');
    const input = vectors.flatMap(({ input: url }) => [
      block([span('x', ['k'])], { markDefs: [{ _key: 'k', _type: 'link', href: url }] }),
      { _type: 'image', alt: 'x', url },
    ]);
    const { blocks } = parse(portableText, input);
    expectModel(blocks);
    const { href, src } = urlsOf(blocks);
    for (const url of [...href, ...src])
      expect(url.replace(/[^a-z:]/gi, '')).not.toMatch(/^(javascript|data|vbscript):/i);
  });
});

describe('limits and broken input', () => {
  it('blocks and list items beyond maxItems are counted', () => {
    const input = [
      ...[1, 2, 3].map((n) => block([span(`p${n}`)])),
      ...[1, 2, 3, 4].map((n) => block([span(`i${n}`)], { listItem: 'bullet', level: 1 })),
    ];
    const few = parse(portableText, input, 2);
    expect(outline(few.blocks)).toEqual(['paragraph p1', 'paragraph p2']);
    expect(few.issues).toEqual([{ path: '', code: 'truncated', value: 2 }]);
    const list = parse(portableText, input, 4);
    expect(list.blocks[3]).toEqual({
      type: 'list',
      items: [{ text: 'i1' }, { text: 'i2' }, { text: 'i3' }, { text: 'i4' }],
    });
    const items3 = parse(portableText, input.slice(3), 3);
    expect(items3.blocks).toEqual([
      { type: 'list', items: [{ text: 'i1' }, { text: 'i2' }, { text: 'i3' }], omitted: 1 },
    ]);
    expect(items3.issues).toEqual([{ path: '[0]', code: 'truncated', value: 1 }]);
  });

  it('never throws on broken nodes, and keeps their text', () => {
    const input = [
      null,
      'a string',
      { _type: '@list', children: 'nope' },
      {
        _type: 'block',
        children: [null, { _type: 'span', text: 5 }, span('kept', [7 as never, 'strong'])],
        markDefs: [null, { _key: 1 }],
      },
      { _type: 'block', listItem: 'bullet', level: '2', children: [span('item')] },
      { _type: 'block', listItem: 'number', level: 1e9, children: [span('deep')] },
      { _type: 'block', style: 'h1', children: 'not an array' },
    ];
    const { blocks, issues } = parse(portableText, input);
    expectModel(blocks);
    expect(outline(blocks)).toEqual([
      'paragraph a string',
      'paragraph nope',
      'paragraph 5kept',
      'ul(1)',
      'h2 not an array',
    ]);
    // Levels are clamped (1e9 → 32): the deep item nests one level down.
    expect(items(blocks[3])).toEqual([
      { text: 'item', blocks: [{ type: 'list', ordered: true, items: [{ text: 'deep' }] }] },
    ]);
    expect(issues).toEqual(
      expect.arrayContaining([
        { path: '[0]', code: 'invalid-type', value: null },
        { path: '[1]', code: 'invalid-type' },
        { path: '[2]', code: 'unknown-block', value: '@list' },
        { path: '[3].children[0]', code: 'invalid-type', value: null },
        { path: '[3].children[1].text', code: 'invalid-type', value: '5' },
        { path: '[3].markDefs[0]', code: 'invalid-type' },
        { path: '[3].markDefs[1]', code: 'invalid-type' },
        { path: '[6].children', code: 'invalid-type', value: 'not an array' },
        { path: '[6].style', code: 'heading-level', value: 'h1' },
      ]),
    );
    expect(issues).toHaveLength(9);
  });

  it('a getter that throws costs its node only', () => {
    const hostile = Object.defineProperty({ _type: 'code' }, 'code', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const throwing = Object.defineProperty({ _type: 'block' }, 'children', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const input = [block([span('before')]), hostile, throwing, block([span('after')])];
    const { blocks, issues } = parse(portableText, input);
    expect(outline(blocks)).toEqual(['paragraph before', 'paragraph after']);
    expect(issues).toEqual([
      { path: '[2]', code: 'unreadable-value' },
      { path: '[1]', code: 'unreadable-value' },
    ]);
  });

  it('a value that is not Portable Text is one invalid-type issue', () => {
    expect(parse(portableText, 42)).toMatchObject({
      blocks: [],
      issues: [{ path: '', code: 'invalid-type', value: 42 }],
    });
  });
});

const mark = fc.constantFrom('strong', 'em', 'code', 'underline', 'strike-through', 'k0', 'k1', 'weird');
const ptSpan = fc.oneof(
  fc.record({ _type: fc.constant('span'), text: fc.string(), marks: fc.array(mark, { maxLength: 3 }) }),
  fc.record(
    { _type: fc.constantFrom('span', 'mention', 'image'), text: junk, marks: junk },
    { requiredKeys: ['_type'] },
  ),
  junk,
);
const ptNode = fc.oneof(
  fc.record(
    {
      _type: fc.constantFrom('block', 'block', 'code', 'image', 'custom', '@list', '@span'),
      style: fc.oneof(fc.constantFrom('normal', 'h1', 'h2', 'h4', 'blockquote', 'lead'), junk),
      listItem: fc.oneof(fc.constantFrom('bullet', 'number', 'square'), junk),
      level: fc.oneof(fc.integer({ min: -2, max: 40 }), junk),
      children: fc.oneof(fc.array(ptSpan, { maxLength: 5 }), junk),
      markDefs: fc.oneof(
        fc.array(
          fc.record({
            _key: fc.constantFrom('k0', 'k1'),
            _type: fc.constantFrom('link', 'comment'),
            href: fc.oneof(fc.webUrl(), fc.constantFrom(...UNSAFE_HREFS), junk),
          }),
          { maxLength: 2 },
        ),
        junk,
      ),
      code: junk,
      asset: fc.oneof(fc.record({ url: fc.oneof(fc.webUrl(), fc.constantFrom(...UNSAFE_SRCS)) }), junk),
      alt: junk,
    },
    { requiredKeys: ['_type'] },
  ),
  junk,
);

describe('arbitrary input', () => {
  itProperty(
    'Portable Text-like input never throws and yields only the model',
    fc.property(
      fc.oneof(fc.array(ptNode, { maxLength: 8 }), junk),
      fc.integer({ min: 0, max: 5 }),
      (input, maxItems) => {
        const { blocks } = parse(portableText, input, maxItems);
        expectModel(blocks);
        expect(portableText.detect(input)).toBeTypeOf('boolean');
      },
    ),
    { numRuns: 300 },
  );
});
