/**
 * The Markdown parser against CommonMark and GFM spec examples (see test/fixtures/markdown-spec):
 * for each example, the model's text is the text of the spec's expected HTML (read with parse5), no
 * tag the spec passes through as raw HTML shows up as text, and the structure agrees: top-level
 * blocks, heading levels, lists (ordered, start, task boxes), code languages, links and images.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type DefaultTreeAdapterMap, parseFragment } from 'parse5';
import { describe, expect, it } from 'vitest';
import type { BodyBlock } from '../../src/model/body';
import { checkUrl } from '../../src/normalize/url';
import { checkModel, images, links, modelText, parse } from './markdown-model';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

interface Example {
  example: number;
  section: string;
  markdown: string;
  html: string;
}

const { examples } = JSON.parse(
  readFileSync(resolve(process.cwd(), 'test/fixtures/markdown-spec/examples.json'), 'utf8'),
) as { examples: Example[] };

const isElement = (node: Node): node is Element => 'tagName' in node;
const attr = (element: Element, name: string) => element.attrs.find((a) => a.name === name)?.value;
const children = (node: Node): Node[] => ('childNodes' in node ? node.childNodes : []);
/** `template` content is kept apart by parse5; a fragment is parsed in a template context. */
const elements = (node: Node): Element[] => children(node).filter(isElement);

/** The text a browser shows for HTML: text nodes and image descriptions, without script and style. */
function htmlText(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  if (!isElement(node) && node.nodeName !== '#document-fragment') return '';
  if (isElement(node)) {
    if (node.tagName === 'img') return ` ${attr(node, 'alt') ?? ''} `;
    if (node.tagName === 'script' || node.tagName === 'style') return '';
  }
  return children(node).map(htmlText).join('');
}

const words = (text: string) => text.split(/\s+/).filter(Boolean);
const decode = (url: string) => {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
};

/** The images of a `p` (or `a`) that holds images (maybe inside links) and nothing else: image blocks in the model. */
function paragraphImages(p: Element): Element[] | undefined {
  const found: Element[] = [];
  const only = (node: Node): boolean => {
    if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value.trim() === '';
    if (!isElement(node)) return false;
    if (node.tagName === 'img') return found.push(node) > 0;
    if (node.tagName === 'a' || node.tagName === 'br') return children(node).every(only);
    return false;
  };
  return children(p).every(only) && found.length > 0 ? found : undefined;
}

/** The kinds of the model's top-level blocks the expected HTML calls for; `undefined` when it holds raw HTML. */
function expectedKinds(fragment: Node): string[] | undefined {
  const kinds: string[] = [];
  for (const node of children(fragment)) {
    if (!isElement(node)) {
      if (node.nodeName === '#text' && (node as DefaultTreeAdapterMap['textNode']).value.trim() !== '')
        return undefined;
      continue;
    }
    const hasText = htmlText(node).trim() !== '';
    if (node.tagName === 'p') {
      const imgs = paragraphImages(node);
      if (imgs) kinds.push(...imgs.map(() => 'image'));
      else if (hasText) kinds.push('paragraph');
    } else if (/^h[1-6]$/.test(node.tagName)) {
      if (hasText) kinds.push('heading');
    } else if (node.tagName === 'ul' || node.tagName === 'ol') kinds.push('list');
    else if (node.tagName === 'blockquote') {
      if (hasText) kinds.push('quote');
    } else if (node.tagName === 'pre') kinds.push('code');
    else if (node.tagName === 'hr') kinds.push('divider');
    else if (node.tagName === 'table') kinds.push('table');
    else return undefined;
  }
  return kinds;
}

/** Every element of a tree, depth first. */
function allElements(node: Node): Element[] {
  return elements(node).flatMap((element) => [element, ...allElements(element)]);
}

/** Lists in document order, as the model would hold them. */
function expectedLists(fragment: Node) {
  return allElements(fragment)
    .filter((element) => element.tagName === 'ul' || element.tagName === 'ol')
    .map((list) => ({
      ordered: list.tagName === 'ol',
      start: list.tagName === 'ol' && attr(list, 'start') !== undefined ? Number(attr(list, 'start')) : undefined,
      checked: elements(list).map((li) => {
        const box = elements(li).find((e) => e.tagName === 'input');
        return box ? attr(box, 'checked') !== undefined : undefined;
      }),
    }));
}

function modelLists(blocks: readonly BodyBlock[]) {
  const found: Array<{ ordered: boolean; start?: number; checked: Array<boolean | undefined> }> = [];
  const visit = (list: readonly BodyBlock[]) => {
    for (const block of list) {
      if (block.type === 'list') {
        found.push({
          ordered: block.ordered === true,
          start: block.ordered ? (block.start ?? (undefined as number | undefined)) : undefined,
          checked: block.items.map((item) => item.checked),
        });
        for (const item of block.items) visit(item.blocks ?? []);
      } else if (block.type === 'quote') visit(block.blocks ?? []);
    }
  };
  visit(blocks);
  return found;
}

/** Raw HTML of the input that the spec passes through unescaped (it is in the expected HTML as written). */
function rawTags(example: Example): string[] {
  const tags =
    example.markdown.match(/<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/g) ?? [];
  return tags.filter((tag) => example.html.includes(tag));
}

describe('CommonMark and GFM spec examples', () => {
  it('has the examples the README lists', () => {
    expect(examples.length).toBeGreaterThanOrEqual(60);
    expect(new Set(examples.map((e) => e.example)).size).toBe(examples.length);
  });

  describe.each(examples)('example $example ($section)', (example) => {
    // Parsed in each test, not while collecting (per-test coverage of mutation testing).
    const load = () => ({ body: parse(example.markdown, 1000), fragment: parseFragment(example.html) });

    it('gives blocks of the model only', () => {
      const { body } = load();
      expect(() => checkModel(body.blocks)).not.toThrow();
    });

    it("has the text of the spec's HTML", () => {
      const { body, fragment } = load();
      expect(words(modelText(body.blocks))).toEqual(words(htmlText(fragment)));
    });

    it('shows no tag of the input as text', () => {
      const { body } = load();
      const text = modelText(body.blocks, { captions: true });
      for (const tag of rawTags(example)) expect(text).not.toContain(tag);
    });

    it('has the blocks, headings, lists and code languages of the spec', () => {
      const { body, fragment } = load();
      // Raw HTML in the spec's output (a `<table>` passed through) is no block of the model: not compared.
      const kinds = rawTags(example).length === 0 ? expectedKinds(fragment) : undefined;
      if (kinds) expect(body.blocks.map((block) => block.type)).toEqual(kinds);
      // Every h1 becomes a level 2 heading, with an issue naming it.
      const headings = allElements(fragment).filter((e) => /^h[1-6]$/.test(e.tagName) && htmlText(e).trim() !== '');
      const modelHeadings = body.blocks.flatMap(function all(block): BodyBlock[] {
        if (block.type === 'heading') return [block];
        if (block.type === 'quote') return (block.blocks ?? []).flatMap(all);
        if (block.type === 'list') return block.items.flatMap((item) => (item.blocks ?? []).flatMap(all));
        return [];
      });
      expect(modelHeadings.map((h) => (h.type === 'heading' ? h.level : 0))).toEqual(
        headings.map((h) => Math.max(2, Number(h.tagName[1]))),
      );
      expect(body.issues.filter((i) => i.code === 'heading-level')).toHaveLength(
        headings.filter((h) => h.tagName === 'h1').length,
      );
      expect(modelLists(body.blocks)).toEqual(expectedLists(fragment));
      const languages = allElements(fragment)
        .filter((e) => e.tagName === 'code' && attr(e, 'class')?.startsWith('language-'))
        .map((e) => attr(e, 'class')?.slice('language-'.length));
      const codeBlocks = body.blocks.flatMap(function all(block): BodyBlock[] {
        if (block.type === 'code') return [block];
        if (block.type === 'quote') return (block.blocks ?? []).flatMap(all);
        if (block.type === 'list') return block.items.flatMap((item) => (item.blocks ?? []).flatMap(all));
        return [];
      });
      expect(codeBlocks.flatMap((b) => (b.type === 'code' && b.language ? [b.language] : []))).toEqual(languages);
    });

    it('links what the spec links, when the URL is safe', () => {
      const { body, fragment } = load();
      // Links written as raw HTML are dropped markup, not links. (An unclosed raw `<a>` can give the
      // expected HTML several anchors: the HTML parser reopens it after the paragraph.)
      const raw = new Set(
        rawTags(example).flatMap((tag) =>
          allElements(parseFragment(tag)).flatMap((e) => (e.tagName === 'a' ? [attr(e, 'href')] : [])),
        ),
      );
      const expected = allElements(fragment)
        .filter((a) => a.tagName === 'a' && attr(a, 'href') !== undefined)
        // A linked image is an image block: the model's images have no link.
        .filter((a) => !paragraphImages(a))
        .map((a) => attr(a, 'href') as string)
        .filter((href) => !raw.has(href))
        .filter((href) => href !== '' && checkUrl(href)?.safe)
        .map(decode);
      expect(links(body.blocks).map((link) => decode(link.href))).toEqual(expected);
    });

    it('makes an image block of an image alone in its paragraph, with alt and title', () => {
      const { body, fragment } = load();
      const expected = allElements(fragment)
        .filter((p) => p.tagName === 'p')
        .flatMap((p) => paragraphImages(p) ?? [])
        .map((img) => ({
          src: decode(attr(img, 'src') as string),
          alt: attr(img, 'alt') ?? '',
          caption: attr(img, 'title'),
        }));
      expect(images(body.blocks).map((i) => ({ src: decode(i.src), alt: i.alt, caption: i.caption }))).toEqual(
        expected,
      );
      const noAlt = expected.filter((img) => img.alt === '').length;
      expect(body.issues.filter((i) => i.code === 'missing-alt')).toHaveLength(noAlt);
    });
  });
});
