/**
 * Hostile markup through the HTML body parser: the vectors of trusted peers (html5sec, DOMPurify's test
 * payloads, the OWASP XSS Filter Evasion Cheat Sheet; test/fixtures/markup-vectors/README.md cites each)
 * and arbitrary HTML-ish strings (fast-check). Whatever goes in, what comes out is the body model only:
 * links and images only with http(s)/mailto URLs, no text of a script or style, no visible text lost.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import type { DefaultTreeAdapterTypes } from 'parse5';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/normalize/body/html';
import { itProperty } from '../property';
import { modelProblems, parse, squash, texts, urls } from './html-check';

const vectors: Record<'h5sc' | 'dompurify' | 'owasp', string[]> = JSON.parse(
  readFileSync(resolve(process.cwd(), 'test/fixtures/markup-vectors/vectors.json'), 'utf8'),
);

/** The elements the brief says are never rendered and whose text is never shown (and the parser's few more). */
const HIDDEN = new Set(
  'script style template noscript iframe object embed form input button select textarea svg math canvas video audio source link meta base applet frame frameset noembed noframes param track title datalist portal fencedframe'.split(
    ' ',
  ),
);

type Node = DefaultTreeAdapterTypes.ChildNode;

/** The text nodes of a fragment as parse5 reads it: the visible ones, and the text of scripts and styles. */
function sourceTexts(raw: string): { visible: string[]; scripts: string[] } {
  const visible: string[] = [];
  const scripts: string[] = [];
  const walk = (nodes: Node[], hidden: string | undefined) => {
    for (const node of nodes) {
      if (node.nodeName === '#text') {
        const text = (node as DefaultTreeAdapterTypes.TextNode).value;
        if (hidden === 'script' || hidden === 'style') scripts.push(text);
        else if (!hidden) visible.push(text);
      } else if ('tagName' in node) {
        const tag = node.tagName;
        walk(
          node.childNodes,
          hidden ?? (tag === 'script' || tag === 'style' ? tag : HIDDEN.has(tag) ? 'other' : undefined),
        );
        // A script or style inside another dropped element (svg, noscript) is still a script.
        if (hidden && (tag === 'script' || tag === 'style')) walk(node.childNodes, tag);
      }
    }
  };
  walk(parseHtml(raw).childNodes, undefined);
  return { visible, scripts };
}

/** The safety claims of the parser, checked on one input; returns what fails. */
function safetyProblems(raw: string): string[] {
  const problems: string[] = [];
  const { blocks, issues } = parse(raw);
  problems.push(...modelProblems(blocks));
  // No input may reach the parser's last-resort catch.
  for (const issue of issues) if (issue.code === 'unreadable-value') problems.push('threw inside');
  const { hrefs, srcs } = urls(blocks);
  const allowed = (url: string, protocols: string[]) => {
    try {
      return protocols.includes(new URL(url, 'https://example.com/').protocol);
    } catch {
      return false;
    }
  };
  for (const href of hrefs) if (!allowed(href, ['http:', 'https:', 'mailto:'])) problems.push(`href ${href}`);
  for (const src of srcs) if (!allowed(src, ['http:', 'https:'])) problems.push(`src ${src}`);

  const shown = squash(texts(blocks).join(' '));
  const { visible, scripts } = sourceTexts(raw);
  const visibleText = squash(visible.join(' '));
  for (const script of scripts.map(squash)) {
    // The text of a script or style never shows, unless the same words are also visible text of the input.
    if (script.length > 2 && shown.includes(script) && !visibleText.includes(script))
      problems.push(`script text ${script}`);
  }
  const truncated = issues.some((issue) => issue.code === 'truncated');
  for (const text of visible.map(squash)) {
    if (text && !shown.includes(text) && !truncated) problems.push(`lost text ${JSON.stringify(text)}`);
  }
  return problems;
}

describe('peer vectors', () => {
  it('the fixture holds the vectors of the three sources', () => {
    expect(vectors.h5sc).toHaveLength(139);
    expect(vectors.dompurify).toHaveLength(218);
    expect(vectors.owasp).toHaveLength(225);
  });

  for (const source of ['h5sc', 'dompurify', 'owasp'] as const) {
    it(`${source}: only model kinds, only http(s)/mailto URLs, no script text, no visible text lost`, () => {
      const failures = vectors[source].flatMap((raw, i) => safetyProblems(raw).map((problem) => `[${i}] ${problem}`));
      expect(failures).toEqual([]);
    });
  }

  it('script-bearing vectors report their dropped markup', () => {
    // html5sec 5: <script>crypto.generateCRMFRequest(…)</script>
    expect(parse(vectors.h5sc[4]).issues).toEqual([{ path: '', code: 'dropped-markup', value: 'script ×1' }]);
    // DOMPurify "JavaScript URIs using Unicode Whitespace": 19 links, none kept, each reported.
    const whitespace = parse(vectors.dompurify[11]);
    expect(whitespace.blocks).toEqual([{ type: 'paragraph', text: `123${'CLICK'.repeat(19)}` }]);
    expect(whitespace.issues.filter((issue) => issue.code === 'unsafe-url')).toHaveLength(19);
  });
});

const TAGS = [
  ...['p', 'div', 'span', 'section', 'b', 'strong', 'i', 'em', 's', 'del', 'u', 'sup', 'mark', 'code', 'pre', 'xmp'],
  ...['a', 'img', 'image', 'br', 'hr', 'h1', 'h2', 'h4', 'ul', 'ol', 'li', 'blockquote', 'figure', 'figcaption'],
  ...['table', 'thead', 'tbody', 'tr', 'td', 'th', 'caption', 'label', 'details', 'summary', 'x-widget', 'font'],
  ...['script', 'style', 'iframe', 'svg', 'math', 'template', 'noscript', 'textarea', 'select', 'option', 'input'],
  ...['object', 'form', 'button', 'title', 'video', 'source', 'picture', 'plaintext', 'noembed', 'desc', 'mtext'],
];

const urlValue = fc.constantFrom(
  'https://example.com/a?b=1&c=2',
  '/relative/path',
  '#top',
  'mailto:a@example.com',
  'javascript:alert(1)',
  ' JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  '&#106;avascript:alert(1)',
  'java&#x09;script:x',
  'data:text/html,<script>alert(1)</script>',
  'data:image/png;base64,AAAA',
  'vbscript:x',
  'http://host:port',
  '',
);
const attribute = fc.oneof(
  fc
    .tuple(fc.constantFrom('href', 'src', 'data-src', 'xlink:href', 'formaction'), urlValue)
    .map(([name, value]) => `${name}="${value}"`),
  fc.constantFrom(
    'onclick="alert(1)"',
    'onerror=alert(1)',
    'style="color:red;background:url(javascript:x)"',
    'alt="an alt"',
    'alt',
    'class="language-ts"',
    'type=checkbox',
    'checked',
    'start=3',
    'width=10',
    'height="x"',
    "title='</p><script>x</script>'",
  ),
);
const text = fc.oneof(
  fc.constantFrom(
    'hello',
    'two  words',
    ' ',
    '\n',
    '&amp;',
    '&amp;lt;',
    '&lt;b&gt;',
    '&nbsp;',
    '&#8217;',
    '&notit;',
    '&#0;',
    '<',
    '>',
    'alert(1)',
  ),
  fc.string({ maxLength: 6 }),
);
const openTag = (tags: fc.Arbitrary<string>) =>
  fc
    .tuple(tags, fc.array(attribute, { maxLength: 3 }), fc.boolean())
    .map(
      ([tag, attributes, selfClosing]) => `<${tag}${attributes.map((a) => ` ${a}`).join('')}${selfClosing ? '/' : ''}>`,
    );

/** A word of text, made unique by its place, so that a lost text cannot hide behind the same word elsewhere. */
const unique = (pieces: (string | { text: string })[]) =>
  pieces
    .map((piece, i) =>
      typeof piece === 'string' ? piece : /^[a-z]/i.test(piece.text) ? `${piece.text}${i}` : piece.text,
    )
    .join('');

/** Tag soup: open and close tags in any order, text, comments. */
const soup = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: openTag(fc.constantFrom(...TAGS)) },
      { weight: 2, arbitrary: fc.constantFrom(...TAGS).map((tag) => `</${tag}>`) },
      { weight: 4, arbitrary: text.map((value) => ({ text: value })) },
      {
        weight: 1,
        arbitrary: fc.constantFrom('<!-- c -->', '<![CDATA[x<y]]>', '</br>', '<!doctype html>', '<?php x ?>', '<!--'),
      },
    ),
    { maxLength: 40 },
  )
  .map(unique);

/** The elements with structure of their own, drawn more often in nested markup. */
const STRUCTURE = [
  'table',
  'thead',
  'tr',
  'td',
  'th',
  'caption',
  'ul',
  'ol',
  'li',
  'figure',
  'figcaption',
  'blockquote',
  'pre',
  'p',
  'a',
  'b',
  'img',
  'h1',
];
const treeTag = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...STRUCTURE) },
  { weight: 2, arbitrary: fc.constantFrom(...TAGS) },
);

/** Nested elements, closed in order: tables with cells, lists with items, figures with captions. */
const { tree } = fc.letrec<{ tree: string; node: (string | { text: string })[] }>((tie) => ({
  node: fc.oneof(
    { weight: 2, arbitrary: text.map((value) => [{ text: value }]) },
    {
      weight: 3,
      arbitrary: fc
        .tuple(treeTag, fc.array(attribute, { maxLength: 2 }), fc.array(tie('node'), { maxLength: 4 }))
        .map(([tag, attributes, children]) => [
          `<${tag}${attributes.map((a) => ` ${a}`).join('')}>`,
          ...(children as (string | { text: string })[][]).flat(),
          `</${tag}>`,
        ]),
    },
  ),
  tree: fc
    .array(tie('node'), { maxLength: 4 })
    .map((nodes) => unique((nodes as (string | { text: string })[][]).flat())),
}));

const htmlish = fc.oneof(soup, tree as fc.Arbitrary<string>);

describe('arbitrary markup', () => {
  itProperty(
    'never throws; only model kinds; only http(s)/mailto URLs; no script text; every visible text node kept',
    fc.property(htmlish, (raw) => {
      expect(safetyProblems(raw)).toEqual([]);
    }),
    { numRuns: 400 },
  );
});
