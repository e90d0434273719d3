/**
 * The Markdown body parser: real articles (an Astro post, a dev.to `body_markdown`), detection, the
 * mapping onto the body model, front matter, raw HTML, limits, URL safety, and fast-check properties.
 * The CommonMark/GFM spec examples are in markdown-spec.test.ts.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import markdownIt, { type Token } from 'markdown-it';
import footnote from 'markdown-it-footnote';
import { describe, expect, it } from 'vitest';
import { normalizeArticle } from '../../src';
import type { BodyBlock, Inline } from '../../src/model/body';
import { markdown } from '../../src/normalize/body/markdown';
import { loadFixture } from '../helpers';
import { itProperty } from '../property';
import { checkModel, eachBlock, images, inlineText, links, modelText, parse, parseContext } from './markdown-model';

// ——— Builders for expected blocks ———
const t = (text: string): Inline => ({ type: 'text', text });
const c = (text: string): Inline => ({ type: 'code', text });
const strong = (...children: Inline[]): Inline => ({ type: 'strong', children });
const em = (...children: Inline[]): Inline => ({ type: 'emphasis', children });
const del = (...children: Inline[]): Inline => ({ type: 'strikethrough', children });
const a = (href: string, ...children: Inline[]): Inline => ({ type: 'link', href, children });
const br: Inline = { type: 'break' };
/** Rich text from inline parts: `text` is their plain text, `inline` only when not all text. */
const rich = (...parts: Array<string | Inline>) => {
  const inline = parts.map((part) => (typeof part === 'string' ? t(part) : part));
  const text = inlineText(inline);
  return inline.every((node) => node.type === 'text') ? { text } : { text, inline };
};
const p = (...parts: Array<string | Inline>): BodyBlock => ({ type: 'paragraph', ...rich(...parts) });
const h = (level: 2 | 3 | 4 | 5 | 6, ...parts: Array<string | Inline>): BodyBlock => ({
  type: 'heading',
  ...rich(...parts),
  level,
});
const lines = (...rows: string[]) => rows.join('\n');
const issueCodes = (issues: Array<{ code: string }>) => issues.map((issue) => issue.code);

const astroPost = readFileSync(resolve(process.cwd(), 'test/fixtures/platforms/astro-post.md'), 'utf8');
const devto = loadFixture('platforms/devto-article') as { body_markdown: string; body_html: string; title: string };

describe('real articles', () => {
  it('reads the Astro post: front matter as title and meta, the body as blocks in order', () => {
    const body = parse(astroPost);
    expect(body.issues).toEqual([]);
    expect(body.title).toBe('Fast unit tests with the Bun test runner');
    expect(body.meta).toEqual({
      description:
        'Bun ships a Jest-compatible test runner. Here is how far it gets you, where it differs, and how to migrate a small TypeScript library.',
      // YAML's core schema has no dates: the strings are the author's, for the normalizer's date rule.
      pubDate: 'Jul 08 2023',
      updatedDate: 'Mar 14 2024',
      heroImage: '/blog-placeholder-3.jpg',
      tags: ['bun', 'testing', 'typescript', 'tooling'],
    });
    expect(body.blocks).toEqual([
      p(
        'Bun includes a test runner that understands ',
        c('describe'),
        ', ',
        c('it'),
        ' and ',
        c('expect'),
        ' out of the box. For a small TypeScript library it replaced ',
        strong(t('Jest, ts-jest and Babel')),
        ' with a single binary, and the suite went from ',
        em(t('11 seconds')),
        ' to well under one.',
      ),
      h(2, 'Writing a first test'),
      p(
        'Files matching ',
        c('*.test.ts'),
        ', ',
        c('*_test.ts'),
        ', ',
        c('*.spec.ts'),
        ' or ',
        c('*_spec.ts'),
        ' are picked up automatically:',
      ),
      {
        type: 'code',
        language: 'ts',
        text: lines(
          "import { describe, expect, it } from 'bun:test';",
          "import { slugify } from '../src/slugify';",
          '',
          "describe('slugify', () => {",
          "  it('lowercases and joins words with dashes', () => {",
          "    expect(slugify('Hello World')).toBe('hello-world');",
          '  });',
          '',
          "  it('drops characters that are not URL-safe', () => {",
          "    expect(slugify('Ça va? 100%!')).toBe('ca-va-100');",
          '  });',
          '});',
        ),
      },
      p('Run it with ', c('bun test'), ', or ', c('bun test --watch'), ' while you work.'),
      h(2, 'How it compares'),
      {
        type: 'table',
        head: [rich('Feature'), rich('Jest 29'), rich('Bun test')],
        rows: [
          [rich('TypeScript'), rich('via ', c('ts-jest'), '/Babel'), rich('built in')],
          [rich('Snapshot testing'), rich('yes'), rich('yes')],
          [rich('Module mocking'), rich(c('jest.mock()')), rich(c('mock.module()'))],
          [rich('Coverage report'), rich(c('--coverage')), rich(c('--coverage'))],
          [rich('Cold run (212 tests)'), rich('11.4 s'), rich('0.6 s')],
        ],
      },
      p(
        del(t('Bun does not support snapshots')),
        ' — ',
        c('toMatchSnapshot()'),
        ' works today, so older blog posts saying otherwise are out of date.',
      ),
      h(2, 'Migration checklist'),
      {
        type: 'list',
        items: [
          { ...rich('Replace ', c('jest.fn()'), ' with ', c('mock()'), ' from ', c('bun:test')), checked: true },
          { ...rich('Delete ', c('jest.config.js'), ' and the Babel preset'), checked: true },
          { ...rich('Port the two tests that rely on ', c("jest.useFakeTimers('modern')")), checked: false },
          { ...rich('Run the suite on CI with ', c('oven-sh/setup-bun')), checked: false },
        ],
      },
      {
        type: 'image',
        src: '../../assets/bun-test-output.png',
        alt: 'Terminal output of bun test showing 212 passing tests',
      },
      h(3, 'Where to read more'),
      p(
        'The ',
        a('https://bun.sh/docs/cli/test', t('Bun test runner docs')),
        ' list every matcher. Release notes live at ',
        a('https://bun.sh/blog', t('https://bun.sh/blog')),
        ', and you can file issues at ',
        a('https://github.com/oven-sh/bun/issues', t('https://github.com/oven-sh/bun/issues')),
        '.',
      ),
      {
        type: 'quote',
        text: 'If a test depends on Node-only internals, keep it under Node for now and run both runners in CI until the gap closes.',
      },
    ]);
  });

  it("reads dev.to's body_markdown: front matter as title and meta, the body as blocks in order", () => {
    const body = parse(devto.body_markdown);
    expect(body.issues).toEqual([]);
    expect(body.title).toBe('A type-safe event emitter in 60 lines of TypeScript');
    expect(body.meta).toEqual({
      published: true,
      description:
        'Stop stringly-typed events. Map event names to payload types and let the compiler check every emit and every listener.',
      tags: 'typescript, javascript, webdev, tutorial',
      cover_image: 'https://dev-to-uploads.s3.amazonaws.com/uploads/articles/x9k2m4q7r1t8v3w6y0zb.png',
      series: 'TypeScript patterns I actually use',
    });
    expect(body.blocks).toEqual([
      p(
        "Node's ",
        c('EventEmitter'),
        ' accepts any string and any payload. That is convenient until someone emits ',
        c('"user:updated"'),
        ' with the wrong shape and a listener three modules away blows up at runtime.',
      ),
      h(2, 'The idea'),
      p('Describe every event once, as a map from name to payload type:'),
      {
        type: 'code',
        language: 'typescript',
        text: lines(
          'type Events = {',
          '  "user:created": { id: string; email: string };',
          '  "user:deleted": { id: string };',
          '  "cache:flushed": void;',
          '};',
        ),
      },
      p('Then make ', c('on'), ' and ', c('emit'), ' generic over the keys of that map.'),
      h(2, 'The implementation'),
      {
        type: 'code',
        language: 'typescript',
        text: lines(
          'type Listener<T> = T extends void ? () => void : (payload: T) => void;',
          '',
          'export class TypedEmitter<E extends Record<string, unknown>> {',
          '  private listeners = new Map<keyof E, Set<Listener<any>>>();',
          '',
          '  on<K extends keyof E>(event: K, listener: Listener<E[K]>): () => void {',
          '    const set = this.listeners.get(event) ?? new Set();',
          '    set.add(listener);',
          '    this.listeners.set(event, set);',
          '    return () => set.delete(listener);',
          '  }',
          '',
          '  emit<K extends keyof E>(event: K, ...args: E[K] extends void ? [] : [E[K]]): void {',
          '    this.listeners.get(event)?.forEach((fn) => fn(...args));',
          '  }',
          '}',
        ),
      },
      {
        type: 'image',
        src: 'https://dev-to-uploads.s3.amazonaws.com/uploads/articles/p4n8d2f6h0j3l5q7s9u1.png',
        alt: 'Editor showing a compile error for a wrong payload',
      },
      h(2, 'What you get'),
      {
        type: 'list',
        items: [
          rich('Autocomplete for event names'),
          rich('A compile error when a payload is missing a field'),
          rich(c('emit("cache:flushed")'), ' with ', strong(t('no')), ' argument, enforced by the tuple trick'),
        ],
      },
      {
        type: 'quote',
        ...rich(
          'The ',
          c('on'),
          " method returns an unsubscribe function, which plays nicely with React's ",
          c('useEffect'),
          ' cleanup.',
        ),
      },
      p("That's it. No dependency, ~60 lines, and one less class of runtime bugs."),
    ]);
  });

  it.each([
    ['Astro', astroPost],
    ['dev.to', devto.body_markdown],
  ])('shows no Markdown syntax of the %s post as text', (_, source) => {
    const { blocks } = parse(source);
    expect(() => checkModel(blocks)).not.toThrow();
    const prose = eachBlock(blocks).filter((block) => block.type !== 'code');
    const text = modelText(prose);
    expect(text).not.toMatch(/^#{1,6} /m);
    expect(text).not.toContain('```');
    expect(text).not.toMatch(/\*\*|~~|\]\(|^---$|^\s*[-*] \[[ x]\]/m);
  });
});

describe('detect', () => {
  it.each([
    ['the Astro post', astroPost],
    ["dev.to's body_markdown", devto.body_markdown],
    ['front matter', '---\ntitle: x\n---\nHello'],
    ['TOML front matter', '+++\ntitle = "x"\n+++\nHello'],
    ['an ATX heading', 'Intro\n\n## Setup\n\nText'],
    ['a code fence', 'Run:\n\n```sh\nnpm ci\n```'],
    ['a list', 'Steps:\n\n- one\n- two'],
    ['an ordered list', '1. one\n2. two'],
    ['a quote', '> quoted'],
    ['a link', 'See [the docs](https://example.com/docs).'],
    ['strong text', 'This is **important** to know.'],
    ['emphasis', 'This is *really* it.'],
    ['a code span', 'Call `npm ci` first.'],
    ['Markdown with inline HTML after the first character', 'Text <b>bold</b>\n\n## Heading'],
    ['a string starting with a comment', '<!-- draft -->\n# Title'],
  ])('claims %s', (_, raw) => {
    expect(markdown.detect(raw)).toBe(true);
  });

  it.each([
    ['HTML with block tags', '<p>Hello <strong>world</strong></p>\n<ul><li>one</li></ul>'],
    ['HTML that contains Markdown-like text', '<div>\n\n## not a heading\n\n</div>'],
    ["dev.to's body_html", devto.body_html],
    ['plain text', 'Just a sentence. And another one, with 3 * 4 = 12.'],
    ['an empty string', ''],
    ['a number', 42],
    ['an object', { type: 'paragraph', text: '# x' }],
    ['null', null],
    ['an array', ['# x']],
  ])('leaves %s alone', (_, raw) => {
    expect(markdown.detect(raw)).toBe(false);
  });

  it('stays linear on long strings that almost match', () => {
    const start = performance.now();
    markdown.detect(`${'['.repeat(200_000)}x`);
    markdown.detect(`${'*'.repeat(200_000)}x`);
    markdown.detect(`${'`'.repeat(200_000)}x`);
    expect(performance.now() - start).toBeLessThan(2000);
  });
});

describe('blocks', () => {
  it('keeps heading levels 2-6 and makes a level 1 heading a level 2, with an issue', () => {
    const body = parse('# Top\n\n## Two\n\n###### Six\n\nSetext one\n==========');
    expect(body.blocks).toEqual([h(2, 'Top'), h(2, 'Two'), h(6, 'Six'), h(2, 'Setext one')]);
    expect(body.issues).toEqual([
      { path: '', code: 'heading-level', value: 'Top' },
      { path: '', code: 'heading-level', value: 'Setext one' },
    ]);
  });

  it('reads lists: ordered, start, tasks, nested lists and further blocks as `blocks`', () => {
    const body = parse(
      lines(
        '3. three',
        '4. four',
        '',
        '- [x] done',
        '- [ ] to do',
        '  - nested',
        '',
        '  more text',
        '',
        '  ```js',
        '  x()',
        '  ```',
      ),
    );
    expect(body.blocks).toEqual([
      { type: 'list', ordered: true, start: 3, items: [rich('three'), rich('four')] },
      {
        type: 'list',
        items: [
          { text: 'done', checked: true },
          {
            text: 'to do',
            checked: false,
            blocks: [
              { type: 'list', items: [rich('nested')] },
              p('more text'),
              { type: 'code', text: 'x()', language: 'js' },
            ],
          },
        ],
      },
    ]);
  });

  it('gives an item that starts with another block an empty text and that block', () => {
    expect(parse('- ```\n  code\n  ```\n- - inner').blocks).toEqual([
      {
        type: 'list',
        items: [
          { text: '', blocks: [{ type: 'code', text: 'code' }] },
          { text: '', blocks: [{ type: 'list', items: [rich('inner')] }] },
        ],
      },
    ]);
  });

  it('reads a quote of one paragraph as text, and a longer quote as blocks', () => {
    expect(parse('> one *line*').blocks).toEqual([{ type: 'quote', ...rich('one ', em(t('line'))) }]);
    expect(parse('> first\n>\n> - item\n\n>').blocks).toEqual([
      {
        type: 'quote',
        text: 'first\n\nitem',
        blocks: [p('first'), { type: 'list', items: [rich('item')] }],
      },
    ]);
  });

  it('keeps the language of a code block, not the rest of its info string', () => {
    expect(parse('```ts title="a.ts" {1,3}\nconst a = 1;\n```\n\n    indented').blocks).toEqual([
      { type: 'code', text: 'const a = 1;', language: 'ts' },
      { type: 'code', text: 'indented' },
    ]);
  });

  it('reads tables: the first row as head, missing cells empty, extra cells dropped and counted', () => {
    const body = parse('| a | b |\n|:--|--:|\n| 1 |\n| 2 | **3** | 4 |');
    expect(body.blocks).toEqual([
      {
        type: 'table',
        head: [rich('a'), rich('b')],
        rows: [
          [rich('1'), rich('')],
          [rich('2'), rich(strong(t('3')))],
        ],
      },
    ]);
    expect(body.issues).toEqual([{ path: '', code: 'dropped-markup', value: 'td' }]);
  });

  it('makes dividers of thematic breaks and breaks of hard line breaks, soft ones spaces', () => {
    expect(parse('a  \nb\\\nc\nd\n\n***').blocks).toEqual([p('a', br, 'b', br, 'c d'), { type: 'divider' }]);
  });

  it('drops empty headings, paragraphs and quotes', () => {
    expect(parse('##\n\n<span></span>\n\n>\n\ntext').blocks).toEqual([p('text')]);
  });
});

describe('inline content', () => {
  it('reads code, emphasis, strong, strikethrough and nesting', () => {
    expect(parse('`a` *b* **c** ~~d~~ ***e*** _f **g**_').blocks).toEqual([
      p(
        c('a'),
        ' ',
        em(t('b')),
        ' ',
        strong(t('c')),
        ' ',
        del(t('d')),
        ' ',
        em(strong(t('e'))),
        ' ',
        em(t('f '), strong(t('g'))),
      ),
    ]);
  });

  it('links inline links, references (full, collapsed, shortcut), autolinks and GFM autolink literals', () => {
    const body = parse(
      lines(
        '[inline](https://a.example/x "title") [full][ref] [Ref][] [ref] <https://b.example> www.c.example me@d.example',
        '',
        '[ref]: /relative/path',
      ),
    );
    expect(links(body.blocks)).toEqual([
      { href: 'https://a.example/x', text: 'inline' },
      { href: '/relative/path', text: 'full' },
      { href: '/relative/path', text: 'Ref' },
      { href: '/relative/path', text: 'ref' },
      { href: 'https://b.example', text: 'https://b.example' },
      { href: 'http://www.c.example', text: 'www.c.example' },
      { href: 'mailto:me@d.example', text: 'me@d.example' },
    ]);
    expect(body.issues).toEqual([]);
  });

  it('encodes the spaces of a `<…>` destination, shows an empty link text as its URL, drops empty links', () => {
    expect(parse('[a](</my file.md>) [](https://e.example) [b]()').blocks).toEqual([
      p(a('/my%20file.md', t('a')), ' ', a('https://e.example', t('https://e.example')), ' b'),
    ]);
  });

  it('shows an image within text as its description, and counts it', () => {
    const body = parse('Logo: ![the logo](/logo.png) here');
    expect(body.blocks).toEqual([p('Logo: the logo here')]);
    expect(body.issues).toEqual([{ path: '', code: 'dropped-markup', value: 'img' }]);
  });

  it('makes image blocks of images alone in a paragraph: title as caption, missing alt reported', () => {
    const body = parse(
      '![A chart](/chart.png "Figure 1")\n![](https://x.example/deco.png)\n\n[![linked](/l.png)](https://y.example)',
    );
    expect(body.blocks).toEqual([
      { type: 'image', src: '/chart.png', alt: 'A chart', caption: 'Figure 1' },
      { type: 'image', src: 'https://x.example/deco.png', alt: '' },
      { type: 'image', src: '/l.png', alt: 'linked' },
    ]);
    expect(body.issues).toEqual([
      { path: '', code: 'missing-alt', value: 'https://x.example/deco.png' },
      { path: '', code: 'dropped-markup', value: 'a' },
    ]);
  });

  it('resolves image references, the first definition winning', () => {
    expect(parse('![pic][p]\n\n[p]: /one.png "One"\n[p]: /two.png').blocks).toEqual([
      { type: 'image', src: '/one.png', alt: 'pic', caption: 'One' },
    ]);
  });

  it('shows footnote references as [n] and the notes as a numbered list at the end, a repeated label last', () => {
    const body = parse(
      lines(
        'Claim[^b] and another[^a], again[^b].',
        '',
        '[^a]: First note.',
        '[^b]: Second, *with* [a link](https://f.example).',
        '[^c]: Unused.',
        '[^a]: Same label again.',
      ),
    );
    expect(body.blocks).toEqual([
      p('Claim[1] and another[2], again[1].'),
      { type: 'divider' },
      {
        type: 'list',
        ordered: true,
        items: [
          rich('Second, ', em(t('with')), ' ', a('https://f.example', t('a link')), '.'),
          rich('First note.'),
          rich('Unused.'),
          rich('Same label again.'),
        ],
      },
    ]);
  });

  it('never puts a link inside a link', () => {
    const { blocks } = parse('[see www.example.com now](https://outer.example)');
    expect(blocks).toEqual([p(a('https://outer.example', t('see www.example.com now')))]);
  });

  it('does not show link reference definitions', () => {
    expect(parse('[a]: https://a.example\n\nText').blocks).toEqual([p('Text')]);
  });
});

describe('raw HTML', () => {
  it('drops inline tags and keeps the text between them, in one issue naming the tags', () => {
    const body = parse(
      'A <span class="x">red</span> word<sup>2</sup> <!-- note --> and <b onclick="alert(1)">bold</b>.',
    );
    expect(body.blocks).toEqual([p('A red word2  and bold.')]);
    expect(body.issues).toEqual([{ path: '', code: 'dropped-markup', value: 'span ×2, sup ×2, comment, b ×2' }]);
  });

  it('keeps a line break written as <br>', () => {
    expect(parse('| a |\n|---|\n| one<br>two |').blocks).toEqual([
      { type: 'table', head: [rich('a')], rows: [[rich('one', br, 'two')]] },
    ]);
  });

  it('keeps the visible text of an HTML block as a paragraph, entities decoded, scripts and styles dropped', () => {
    const body = parse(
      lines(
        '<div class="callout">',
        '  <p>Tip: <b>use</b> &lt;kbd&gt; &amp; &mdash; &#x263A;</p><script>alert(1)</script><style>p{}</style>',
        '</div>',
        '',
        '<iframe src="https://video.example/embed"></iframe>',
      ),
    );
    expect(body.blocks).toEqual([p('Tip: use <kbd> & — ☺')]);
    expect(body.issues).toEqual([
      { path: '', code: 'dropped-markup', value: 'div ×2, p ×2, b ×2, script, style, iframe ×2' },
    ]);
  });

  it('shows text that only looks like markup as text, never as markup', () => {
    const { blocks } = parse('<div>\n&lt;script&gt;alert(1)&lt;/script&gt;\n</div>');
    expect(blocks).toEqual([p('<script>alert(1)</script>')]);
  });

  it('keeps the Markdown between HTML blocks', () => {
    expect(parse('<details><summary>More</summary>\n\n**Hidden** part\n\n</details>').blocks).toEqual([
      p('More'),
      p(strong(t('Hidden')), ' part'),
    ]);
  });
});

describe('front matter', () => {
  it('keeps YAML dates, times and yes/no as strings; numbers, lists and maps as YAML gives them', () => {
    const body = parse(
      lines(
        '---',
        'title: "  Spaced  "',
        'date: 2022-07-08',
        'updated: 2022-07-08T10:00:00Z',
        'draft: yes',
        'n: 3',
        'list: [a, b]',
        'nested: {k: v}',
        '---',
        'Body',
      ),
    );
    expect(body.title).toBe('Spaced');
    expect(body.meta).toEqual({
      date: '2022-07-08',
      updated: '2022-07-08T10:00:00Z',
      draft: 'yes',
      n: 3,
      list: ['a', 'b'],
      nested: { k: 'v' },
    });
    expect(body.blocks).toEqual([p('Body')]);
  });

  it('leaves a title that is not text in meta', () => {
    const body = parse('---\ntitle: 2024\n---\nBody');
    expect(body.title).toBeUndefined();
    expect(body.meta).toEqual({ title: 2024 });
  });

  it('ignores empty front matter', () => {
    const body = parse('---\n---\nBody');
    expect(body).toEqual({ blocks: [p('Body')], issues: [] });
  });

  it.each([
    ['broken YAML', 'title: [unclosed', 'yaml'],
    ['duplicate keys', 'title: a\ntitle: b', 'yaml'],
    ['a list', '- a\n- b', 'yaml'],
  ])('keeps front matter with %s as a code block, reports it, and still reads the body', (_, yaml, language) => {
    const body = parse(`---\n${yaml}\n---\n# Body`);
    expect(body.title).toBeUndefined();
    expect(body.meta).toBeUndefined();
    expect(body.blocks).toEqual([{ type: 'code', text: yaml, language }, h(2, 'Body')]);
    expect(issueCodes(body.issues)).toEqual(['invalid-front-matter', 'heading-level']);
  });

  it('reads front matter whose aliases would expand to 10^13 values as shared objects, and the normalizer bounds them', () => {
    const yaml = `a: &a [x, x, x, x, x, x, x, x, x, x]\n${Array.from(
      { length: 12 },
      (_, i) =>
        `b${i}: &b${i} [${Array(10)
          .fill(i ? `*b${i - 1}` : '*a')
          .join(', ')}]`,
    ).join('\n')}`;
    const body = parse(`---\n${yaml}\n---\nBody`);
    expect(Object.keys(body.meta ?? {})).toHaveLength(13);
    const { article, issues } = normalizeArticle(`---\n${yaml}\n---\nBody`, { parsers: [markdown], maxValues: 5000 });
    expect(article.body).toEqual([p('Body')]);
    expect(issues.some((issue) => issue.code === 'truncated')).toBe(true);
  });

  it('keeps TOML front matter as text, with an issue', () => {
    const body = parse('+++\ntitle = "Hugo"\n+++\nBody');
    expect(body.blocks).toEqual([{ type: 'code', text: 'title = "Hugo"', language: 'toml' }, p('Body')]);
    expect(body.issues).toEqual([{ path: '', code: 'invalid-front-matter', value: 'TOML front matter is not read' }]);
  });

  it('reads front matter only at the very start', () => {
    const body = parse('Intro\n\n---\ntitle: x\n---');
    expect(body.title).toBeUndefined();
    expect(body.blocks).toEqual([p('Intro'), { type: 'divider' }, h(2, 'title: x')]);
  });
});

describe('limits', () => {
  it('counts blocks, list items, table rows and footnotes beyond maxItems', () => {
    const body = parse(
      lines('a', '', 'b', '', 'c', '', '- 1', '- 2', '- 3', '', '| h |', '|---|', '| 1 |', '| 2 |', '| 3 |'),
      2,
    );
    expect(body.blocks).toEqual([p('a'), p('b')]);
    expect(body.issues).toContainEqual({ path: '', code: 'truncated', value: '3 blocks' });
    const list = parse('- 1\n- 2\n- 3', 2);
    expect(list.blocks).toEqual([{ type: 'list', items: [rich('1'), rich('2')], omitted: 1 }]);
    expect(list.issues).toEqual([{ path: '', code: 'truncated', value: '1 list items' }]);
    const table = parse('| h |\n|---|\n| 1 |\n| 2 |\n| 3 |', 2);
    expect(table.blocks).toEqual([{ type: 'table', head: [rich('h')], rows: [[rich('1')], [rich('2')]] }]);
    expect(table.issues).toEqual([{ path: '', code: 'truncated', value: '1 table rows' }]);
  });

  it('flattens parts nested deeper than 32 levels into text, with one issue', () => {
    const nested = Array.from({ length: 40 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n');
    const body = parse(nested, 1000);
    expect(() => checkModel(body.blocks)).not.toThrow();
    expect(modelText(body.blocks)).toContain('level 39');
    expect(body.issues.filter((i) => i.code === 'max-depth')).toHaveLength(1);
  });

  // Inputs that made micromark quadratic (or overflowed its stack): markdown-it reads each in linear
  // time, and none may lose text. Each gives the issue of what it did not show: the nesting
  // (max-depth), the images (dropped `img`), or none (brackets are text).
  const maxDepth = { path: '', code: 'max-depth', value: 'nested deeper than 32 levels; shown as text' };
  const images = { path: '', code: 'dropped-markup', value: 'img' };
  const deepList = Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}- ${i === 999 ? 'deep' : `level ${i}`}`);
  it.each([
    ['containers nested on one line', `${'> - '.repeat(5000)}deep`, [maxDepth]],
    ['a quote 20,000 levels deep', `${'>'.repeat(20_000)} deep`, [maxDepth]],
    ['a list 1,000 levels deep', deepList.join('\n'), [maxDepth]],
    ['nested emphasis', `${'*a **b '.repeat(2000)}deep${'** b*'.repeat(2000)}`, [maxDepth]],
    ['one long run of stars', `${'*'.repeat(20_000)}deep${'*'.repeat(20_000)}`, [maxDepth]],
    ['unmatched emphasis (cmark #389)', `${'*t '.repeat(5000)}${'_t*_ '.repeat(5000)}deep`, [maxDepth]],
    ['nested images', `${'![a '.repeat(3000)}deep${'](u)'.repeat(3000)}`, [images]],
    ['brackets', `${'['.repeat(20_000)}deep${']'.repeat(20_000)}`, []],
  ])('parses %s in bounded time and loses no text', (_, source, issues) => {
    const start = performance.now();
    const body = parse(source, 1000);
    // Generous: this only catches a quadratic case or a hang, which takes minutes.
    expect(performance.now() - start).toBeLessThan(5000);
    expect(body.issues).toEqual(issues);
    expect(() => checkModel(body.blocks)).not.toThrow();
    expect(modelText(body.blocks)).toContain('deep');
  });

  it('never throws, even for input that is not a string', () => {
    for (const raw of [undefined, null, 42, {}, [], Symbol('x'), () => 1]) {
      const context = parseContext();
      expect(markdown.parse(raw, context)).toEqual({ blocks: [] });
      expect(context.issues).toEqual([{ path: '', code: 'invalid-type', value: typeof raw }]);
    }
  });

  it('reads CRLF and lone CR line endings as LF', () => {
    expect(parse('# A\r\n\r\nb\rc\r\n```\r\nx\r\ny\r\n```').blocks).toEqual([
      h(2, 'A'),
      p('b c'),
      { type: 'code', text: 'x\ny' },
    ]);
  });
});

/** The scheme a browser would see: entities decoded (twice), invisible characters removed. */
function browserScheme(url: string): string {
  let text = url;
  for (let i = 0; i < 2; i++) {
    text = text.replace(/&(#x[0-9a-f]+|#\d+|colon|tab|newline);?/gi, (_, body: string) => {
      const name = body.toLowerCase();
      if (name === 'colon') return ':';
      if (name === 'tab') return '\t';
      if (name === 'newline') return '\n';
      const code = name[1] === 'x' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code <= 0x10ffff ? String.fromCodePoint(code) : '';
    });
  }
  const compact = text.replace(/[\p{Cc}\p{Cf}\p{White_Space}\p{Default_Ignorable_Code_Point}]/gu, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1].toLowerCase() ?? '';
}

const DANGEROUS = /^(?:javascript|data|vbscript|file)$/;

/** Throws if a link href or image src of the body would run script or load a `data:` URL. */
function expectSafe(blocks: readonly BodyBlock[]): void {
  for (const link of links(blocks)) expect(browserScheme(link.href)).not.toMatch(DANGEROUS);
  for (const image of images(blocks)) expect(browserScheme(image.src)).not.toMatch(DANGEROUS);
  expect(() => checkModel(blocks)).not.toThrow();
}

/** The Markdown forms a URL can take: inline, `<…>`, reference, autolink; as link and as image. */
const urlForms = (url: string) => [
  `[text](${url})`,
  `[text](<${url}>)`,
  `![alt](${url})`,
  `![alt](<${url}>)`,
  `[text][r]\n\n[r]: ${url}`,
  `![alt][r]\n\n[r]: <${url}>`,
  `<${url}>`,
  `Text ${url} text`,
];

describe('URL safety', () => {
  const dangerous = [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'javascript&colon;alert(1)',
    '&#106;avascript:alert(1)',
    '&#x6A;avascript:alert(1)',
    '&#0000106avascript:alert(1)',
    '&amp;#106;avascript:alert(1)',
    'java&#x09;script:alert(1)',
    'java&Tab;script:alert(1)',
    'java\\script:alert(1)',
    'javascript\\:alert(1)',
    '\u3000javascript:alert(1)',
    '\u00a0javascript:alert(1)',
    'java\u200bscript:alert(1)',
    '\u2028javascript:alert(1)',
    '\ufeffjavascript:alert(1)',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'data:image/svg+xml,<svg onload=alert(1)>',
    'DATA:image/png;base64,iVBORw0KGgo=',
    'vbscript:msgbox(1)',
    'VBScript:msgbox(1)',
    '&#118;bscript:msgbox(1)',
  ];

  it.each(dangerous)('never links or loads %j', (url) => {
    for (const source of urlForms(url)) {
      const body = parse(source);
      expectSafe(body.blocks);
      expect(links(body.blocks)).toEqual([]);
      expect(images(body.blocks)).toEqual([]);
    }
  });

  it('reports an unsafe link and keeps its text', () => {
    const body = parse('[click me](javascript:alert(1)) and ![a diagram](data:image/png;base64,xx)');
    expect(body.blocks).toEqual([p('click me and a diagram')]);
    expect(body.issues).toEqual([
      { path: '', code: 'unsafe-url', value: 'javascript:alert(1)' },
      { path: '', code: 'dropped-markup', value: 'img' },
    ]);
    const alone = parse('![a diagram](data:image/png;base64,xx)');
    expect(alone.blocks).toEqual([p('a diagram')]);
    expect(alone.issues).toEqual([{ path: '', code: 'unsafe-url', value: 'data:image/png;base64,xx' }]);
  });

  it('never links raw HTML anchors', () => {
    const body = parse('<a href="https://ok.example">fine</a> <a href="javascript:alert(1)">bad</a>');
    expect(links(body.blocks)).toEqual([]);
    expect(body.blocks).toEqual([p('fine bad')]);
  });

  const { vectors } = loadFixture('url-vectors/vectors') as { vectors: Array<{ input: string; ref: string }> };
  it.each(vectors.map((vector) => [vector.ref, vector.input]))(
    'keeps every peer vector safe in every Markdown form (%s)',
    (_, input) => {
      for (const source of urlForms(input)) expectSafe(parse(source).blocks);
    },
  );
});

// ——— Properties ———

const WORDS = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india', 'juliet'];
const MARKUP = [
  '#',
  '##',
  '*',
  '**',
  '_',
  '__',
  '`',
  '```',
  '~~',
  '[',
  '](',
  ')',
  '![',
  '|',
  '|---|',
  '- [ ]',
  '- [x]',
  '- ',
  '1. ',
  '>',
  '---',
  '\\',
];
const HTML = [
  '<span>',
  '</span>',
  '<div>',
  '</div>',
  '<br>',
  '<script>',
  '</script>',
  '<style>',
  '<!-- note -->',
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">',
  '</a>',
];
const URLS = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  '&#106;avascript:alert(1)',
  'java\u200bscript:alert(1)',
  '\u3000javascript:alert(1)',
  'data:text/html,x',
  'vbscript:msgbox(1)',
  'https://example.com/',
  'www.example.com',
];
const SEPARATORS = ['', ' ', '\n', '\n\n'];
/** Markup around a word (`WORD` stands for it), so the rarer constructs hold words often enough. */
const WRAPPED = [
  '`WORD`',
  '**WORD**',
  '*WORD*',
  '_WORD_',
  '~~WORD~~',
  '[WORD](https://example.com/)',
  '[WORD](javascript:alert(1))',
  '![WORD](https://example.com/i.png)',
  '![WORD](data:image/png;base64,x)',
  '<span>WORD</span>',
  '# WORD\n',
  '> WORD\n',
  '- [ ] WORD\n',
  '| WORD |',
  '```WORD\n',
  '[^WORD]',
  '[^note]',
  '\n\n[^note]: WORD\n',
];

const markdownish = fc
  .array(
    fc.tuple(
      fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
        { weight: 3, arbitrary: fc.constantFrom(...MARKUP) },
        {
          weight: 2,
          arbitrary: fc
            .tuple(fc.constantFrom(...WRAPPED), fc.constantFrom(...WORDS))
            .map(([wrap, word]) => wrap.replace('WORD', word)),
        },
        { weight: 1, arbitrary: fc.constantFrom(...HTML) },
        { weight: 1, arbitrary: fc.constantFrom(...URLS) },
      ),
      fc.constantFrom(...SEPARATORS),
    ),
    { maxLength: 60 },
  )
  // Every word made unique (`alpha3q`), so a lost one is not found elsewhere in the output. A leading
  // word: front matter (a document starting with `---`) has tests of its own.
  .map((parts) => {
    let n = 0;
    const unique = (token: string) =>
      token.replace(new RegExp(`\\b(${WORDS.join('|')})\\b`, 'g'), (word) => `${word}${n++}q`);
    return `start ${parts.map(([token, separator]) => unique(token) + separator).join('')}`;
  });

/** The reference reader: markdown-it as it comes (GFM tables and strikethrough, autolinks, footnotes). */
const reference = markdownIt({ html: true, linkify: true }).use(footnote);

/** The cells of a (trimmed) table row: split at pipes not right after a backslash, empty ends dropped. */
function rowCells(line: string): string[] {
  const cells = line.split(/(?<!\\)\|/);
  if (cells[0] === '') cells.shift();
  if (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
  return cells;
}

/**
 * The words of the input's text, as markdown-it reads it: text, code, image descriptions, code
 * languages, raw HTML outside its tags. Not URLs, link definitions or code info beyond the language
 * (not text), nor cells past a table's header width (GFM does not show them): those are read from the
 * rows' lines, since markdown-it drops them.
 */
function textWords(source: string): { shown: string[]; scriptOrStyle: string[]; extraCells: string[] } {
  const shown: string[] = [];
  const scriptOrStyle: string[] = [];
  const extraCells: string[] = [];
  const words = (text: string) => text.match(/[a-z]+\d+q/g) ?? [];
  const inline = (tokens: readonly Token[]) => {
    for (const token of tokens) {
      if (token.type === 'text' || token.type === 'text_special' || token.type === 'code_inline')
        shown.push(...words(token.content));
      else if (token.type === 'image')
        shown.push(...words(reference.renderer.renderInlineAsText(token.children ?? [], reference.options, {})));
    }
  };
  const text = source.replace(/\r\n?/g, '\n');
  const lines = text.split('\n');
  const tokens = reference.parse(text, {});
  let width = 0;
  for (const token of tokens) {
    if (token.type === 'inline') inline(token.children ?? []);
    else if (token.type === 'fence' || token.type === 'code_block') {
      const language = reference.utils.unescapeAll(token.info).trim().split(/\s+/)[0];
      shown.push(...words(token.content), ...words(language));
    } else if (token.type === 'html_block') {
      // Block HTML: a `<script>` or `<style>` swallows what follows it; its text is dropped with it.
      const target = /<(?:script|style)\b/i.test(token.content) ? scriptOrStyle : shown;
      target.push(...words(token.content.replace(/<!--[\s\S]*?-->|<[^>]*>/g, ' ')));
    } else if (token.type === 'thead_open') width = 0;
    else if (token.type === 'th_open') width++;
    else if (token.type === 'tr_open' && token.map && width > 0) {
      // A body row: the cells past the header's width, in the row's line (container markers taken off).
      const row = lines[token.map[0]].replace(/^(?:\s*>)*/, '').trim();
      extraCells.push(...rowCells(row).slice(width).flatMap(words));
    }
  }
  return { shown, scriptOrStyle, extraCells };
}

describe('properties', () => {
  itProperty(
    'Markdown-ish strings never throw, give only the model, and lose no word without an issue',
    fc.property(markdownish, (source) => {
      expect(markdown.detect(source)).toBeTypeOf('boolean');
      const body = parse(source, 1000);
      expect(() => checkModel(body.blocks)).not.toThrow();
      expectSafe(body.blocks);
      const dropped = body.issues
        .filter((i) => i.code === 'dropped-markup')
        .map((i) => String(i.value))
        .join(', ');
      const output = [
        modelText(body.blocks, { captions: true }),
        ...eachBlock(body.blocks).flatMap((block) => (block.type === 'code' && block.language ? [block.language] : [])),
        ...body.issues.map((issue) => String(issue.value)),
      ].join('\n');
      const { shown, scriptOrStyle, extraCells } = textWords(source);
      for (const word of shown) expect(output).toContain(word);
      if (!/\b(?:script|style)\b/.test(dropped)) for (const word of scriptOrStyle) expect(output).toContain(word);
      if (!/\btd\b/.test(dropped)) for (const word of extraCells) expect(output).toContain(word);
    }),
    { numRuns: 300 },
  );

  itProperty(
    'any string never throws and gives only the model',
    fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (source) => {
      expect(markdown.detect(source)).toBeTypeOf('boolean');
      const body = parse(source, 1000);
      expect(() => checkModel(body.blocks)).not.toThrow();
    }),
    { numRuns: 300 },
  );
});
