/**
 * Portable Text (Sanity): an array of blocks with `_type`. Text blocks (`block`) have a `style` (normal,
 * h1–h6, blockquote), list blocks a `listItem` and a `level`; their spans have `marks`, each a decorator
 * (strong, em, code, …) or the `_key` of one of the block's `markDefs` (an annotation, such as a link).
 *
 * `@portabletext/toolkit` nests the flat list blocks (`nestLists`) and turns a block's spans into a tree
 * of marks (`buildMarksTree`); this file maps the result to the model. The toolkit trusts its input, so
 * every node is first copied into the shape it expects, and whatever does not fit is reported.
 *
 * Decisions: `h1` is a level-2 heading (the article's title is the page's h1) with `heading-level`.
 * `underline` has no kind in the model and on the web reads as a link, so its text stays plain, with no
 * issue: nothing is lost but a look. Other unknown decorators and styles keep their text and are
 * reported as `unknown-field`; annotations other than links keep their text, and their own data (a
 * comment's text, a reference) is named by `unknown-field`. An image asset is a reference to Sanity's
 * CDN without a URL unless the query resolved it (`asset.url`, or a `url` on the block); without one the
 * image's alt text and caption are shown as a paragraph.
 */
import {
  buildMarksTree,
  isPortableTextToolkitList,
  isPortableTextToolkitSpan,
  isPortableTextToolkitTextNode,
  LIST_NEST_MODE_HTML,
  nestLists,
  type ToolkitNestedPortableTextSpan,
  type ToolkitPortableTextHtmlList,
  type ToolkitTextNode,
} from '@portabletext/toolkit';
import type { BodyBlock, ImageBlock, Inline, ListBlock, ListItem, RichText } from '../../model/body.js';
import type { BodyParser, ParseContext, ParsedBody } from '../../model/parser.js';
import { isRecord } from '../is.js';
import { childPath } from '../issues.js';
import {
  asCode,
  dimension,
  isBlank,
  looseText,
  MAX_DEPTH,
  newWalk,
  richText,
  spend,
  stringField,
  textNode,
  type Walk,
  withinLimit,
} from './json-rich-text.js';

/** A span as the toolkit wants it; `_key` is its index, for paths. */
interface Span {
  _type: 'span';
  _key: string;
  text: string;
  marks: string[];
}

/** Anything else in a block's children (an inline object, or a broken span), kept for its text. */
interface InlineObject {
  _type: '@inline';
  _key: string;
  raw: unknown;
}

// A type, not an interface: the toolkit's mark definitions need an index signature.
type MarkDef = {
  _type: string;
  _key: string;
  raw: Record<string, unknown>;
  path: string;
};

/** A text block; `path` is where it sits in the body. */
interface TextBlock {
  _type: 'block';
  path: string;
  style: string;
  listItem?: string;
  level?: number;
  markDefs: MarkDef[];
  children: (Span | InlineObject | ToolkitPortableTextHtmlList)[];
}

/** Any other node of the body array: a custom type, or something that is not a typed object. */
interface OtherNode {
  // The toolkit treats `@`-types as its own: a raw `_type` such as "@list" cannot pass for one of them.
  _type: '@custom' | '@invalid';
  path: string;
  raw: unknown;
}

type Node = TextBlock | OtherNode;
type List = ToolkitPortableTextHtmlList & { children: TextBlock[] };
type MarkNode = ToolkitNestedPortableTextSpan<MarkDef> | ToolkitTextNode | Span | InlineObject;

/** Keys of a Portable Text object that hold no text: system fields, styles, marks and their definitions. */
const NOT_TEXT = /* @__PURE__ */ new Set(['style', 'listItem', 'level', 'marks', 'markDefs']);
const takesText = (key: string): boolean => key[0] !== '_' && !NOT_TEXT.has(key);

const DECORATORS: Record<string, 'strong' | 'emphasis' | 'strikethrough'> = {
  strong: 'strong',
  em: 'emphasis',
  // The spec's own examples name the decorator `emphasis`.
  emphasis: 'emphasis',
  'strike-through': 'strikethrough',
  strikethrough: 'strikethrough',
};

const uniqueStrings = (value: unknown): string[] =>
  Array.isArray(value) ? [...new Set(value.filter((mark): mark is string => typeof mark === 'string'))] : [];

const span = (text: string) => ({ _type: 'span', text });

function cleanBlock(raw: Record<string, unknown>, path: string, state: State): TextBlock {
  const { context, walk } = state;
  const markDefs: MarkDef[] = [];
  if (Array.isArray(raw.markDefs)) {
    spend(walk, context, childPath(path, 'markDefs'), raw.markDefs).forEach((def, k) => {
      const defPath = childPath(childPath(path, 'markDefs'), k);
      if (isRecord(def) && typeof def._key === 'string' && typeof def._type === 'string') {
        markDefs.push({ _type: def._type, _key: def._key, raw: def, path: defPath });
      } else context.report(defPath, 'invalid-type');
    });
  }
  // Children that are not an array are reported; a string among them is still the block's text.
  if (!Array.isArray(raw.children)) context.report(childPath(path, 'children'), 'invalid-type', raw.children);
  const list = Array.isArray(raw.children)
    ? raw.children
    : typeof raw.children === 'string'
      ? [span(raw.children)]
      : [];
  const children = spend(walk, context, childPath(path, 'children'), list).map((child, j): Span | InlineObject => {
    if (!isRecord(child) || child._type !== 'span') return { _type: '@inline', _key: String(j), raw: child };
    const text = typeof child.text === 'number' && Number.isFinite(child.text) ? String(child.text) : child.text;
    if (typeof text !== 'string') return { _type: '@inline', _key: String(j), raw: child };
    if (text !== child.text)
      context.report(childPath(childPath(childPath(path, 'children'), j), 'text'), 'invalid-type', text);
    return { _type: 'span', _key: String(j), text, marks: uniqueStrings(child.marks) };
  });
  const block: TextBlock = { _type: 'block', path, style: stringField(raw, 'style') ?? 'normal', markDefs, children };
  if (typeof raw.listItem === 'string') {
    block.listItem = raw.listItem;
    // Levels are clamped so that nesting (here and in the toolkit, which recurses) stays bounded.
    const level = typeof raw.level === 'number' && Number.isFinite(raw.level) ? Math.floor(raw.level) : 1;
    block.level = Math.min(MAX_DEPTH, Math.max(1, level));
  }
  return block;
}

function cleanNode(raw: unknown, path: string, state: State): Node {
  try {
    if (!isRecord(raw) || typeof raw._type !== 'string') return { _type: '@invalid', path, raw };
    if (raw._type === 'block') return cleanBlock(raw, path, state);
    return { _type: '@custom', path, raw };
  } catch {
    // A getter or a Proxy that throws: that node is reported, the others are kept.
    state.context.report(path, 'unreadable-value');
    return { _type: '@invalid', path, raw: undefined };
  }
}

/** One parse: the context, the walk's bounds, and the marks already reported in the current block. */
interface State {
  context: ParseContext;
  walk: Walk;
  reported: Set<string>;
}

/** Reports once per block: a mark used by many spans is one issue. */
function reportOnce(
  state: State,
  key: string,
  path: string,
  code: 'unknown-field' | 'unsafe-url' | 'invalid-type',
  value?: unknown,
) {
  if (state.reported.has(key)) return;
  state.reported.add(key);
  state.context.report(path, code, value);
}

function annotation(state: State, def: MarkDef, children: Inline[]): Inline[] {
  if (def._type === 'link') {
    const href = stringField(def.raw, 'href');
    if (href === undefined) {
      reportOnce(state, def._key, childPath(def.path, 'href'), 'invalid-type', def.raw.href);
      return children;
    }
    const safe = state.context.safeUrl(href);
    if (safe !== undefined) return [{ type: 'link', href: safe, children }];
    reportOnce(state, def._key, childPath(def.path, 'href'), 'unsafe-url', href);
    return children;
  }
  // A comment, an internal reference, …: its text is kept, its data named.
  reportOnce(state, def._key, def.path, 'unknown-field', looseText(def.raw, takesText, state.walk) || def._type);
  return children;
}

function mark(state: State, node: ToolkitNestedPortableTextSpan<MarkDef>, block: TextBlock): Inline[] {
  const children = inline(state, node.children as MarkNode[], block);
  if (node.markDef) return annotation(state, node.markDef, children);
  const type = node.markType;
  if (Object.hasOwn(DECORATORS, type)) return [{ type: DECORATORS[type], children }];
  if (type === 'code') return asCode(children);
  if (type !== 'underline') {
    const path = childPath(childPath(childPath(block.path, 'children'), Number(node._key)), 'marks');
    reportOnce(state, `mark:${type}`, path, 'unknown-field', type);
  }
  return children;
}

function inline(state: State, nodes: readonly MarkNode[], block: TextBlock): Inline[] {
  const out: Inline[] = [];
  for (const node of nodes) {
    if (isPortableTextToolkitTextNode(node)) out.push(textNode(node.text));
    else if (isPortableTextToolkitSpan(node))
      out.push(...mark(state, node as ToolkitNestedPortableTextSpan<MarkDef>, block));
    else if (node._type === '@inline') {
      // An inline object keeps its text where it stands.
      const { raw } = node as InlineObject;
      const path = childPath(childPath(block.path, 'children'), Number(node._key));
      const text = looseText(raw, takesText, state.walk);
      const isSpan = isRecord(raw) && raw._type === 'span';
      state.context.report(path, isSpan || !isRecord(raw) ? 'invalid-type' : 'unknown-block', text || typeOf(raw));
      if (text) out.push(textNode(text));
    }
  }
  return out;
}

const typeOf = (raw: unknown): unknown => (isRecord(raw) ? raw._type : raw);

/** The text of a block (or list item) without the lists nested in it. */
function blockText(state: State, block: TextBlock): RichText {
  state.reported = new Set();
  const own = { ...block, children: block.children.filter((child) => !isPortableTextToolkitList(child)) };
  return richText(inline(state, buildMarksTree<MarkDef>(own) as MarkNode[], block));
}

function listBlock(state: State, list: List): ListBlock {
  // A list has no path of its own in the flat array: the cut is reported where it starts.
  const [kept, omitted] = withinLimit(state.context, list.children, list.children[0].path);
  const items = kept.map((block): ListItem => {
    const item: ListItem = blockText(state, block);
    const nested = block.children.filter(isPortableTextToolkitList) as List[];
    if (nested.length > 0) item.blocks = nested.map((child) => listBlock(state, child));
    return item;
  });
  const out: ListBlock = { type: 'list', items };
  if (list.listItem === 'number') out.ordered = true;
  if (omitted) out.omitted = omitted;
  return out;
}

function textBlock(state: State, block: TextBlock): BodyBlock[] {
  const part = blockText(state, block);
  if (isBlank(part)) return [];
  const style = block.style;
  const heading = /^h([1-6])$/.exec(style);
  if (heading) {
    const level = Number(heading[1]);
    if (level === 1) state.context.report(childPath(block.path, 'style'), 'heading-level', style);
    return [{ type: 'heading', ...part, level: Math.max(2, level) as 2 | 3 | 4 | 5 | 6 }];
  }
  if (style === 'blockquote') return [{ type: 'quote', ...part }];
  if (style !== 'normal') state.context.report(childPath(block.path, 'style'), 'unknown-field', style);
  return [{ type: 'paragraph', ...part }];
}

/** A paragraph of what an image without a usable URL says about itself. */
function imageText(alt: string | undefined, caption: string | undefined): BodyBlock[] {
  const nodes = [alt, caption].filter((text): text is string => !!text?.trim()).map(textNode);
  const part = richText(nodes.flatMap((node, i) => (i > 0 ? [{ type: 'break' } as Inline, node] : [node])));
  return isBlank(part) ? [] : [{ type: 'paragraph', ...part }];
}

function image(state: State, raw: Record<string, unknown>, path: string): BodyBlock[] {
  const asset = isRecord(raw.asset) ? raw.asset : undefined;
  const alt = stringField(raw, 'alt');
  const caption = stringField(raw, 'caption');
  const [url, urlPath] =
    stringField(raw, 'url') !== undefined
      ? [stringField(raw, 'url'), childPath(path, 'url')]
      : [asset && stringField(asset, 'url'), childPath(childPath(path, 'asset'), 'url')];
  if (url === undefined) {
    // A reference to the asset (`image-<id>-<w>x<h>-<ext>`): the URL needs the project and dataset.
    state.context.report(childPath(path, 'asset'), 'unknown-field', asset?._ref ?? asset?._id);
    return imageText(alt, caption);
  }
  const src = state.context.safeUrl(url, true);
  if (src === undefined) {
    state.context.report(urlPath, 'unsafe-url', url);
    return imageText(alt, caption);
  }
  const block: ImageBlock = { type: 'image', src, alt: alt?.trim() ? alt : '' };
  if (!block.alt) state.context.report(path, 'missing-alt');
  if (caption) block.caption = caption;
  const dimensions = isRecord(asset?.metadata) && isRecord(asset.metadata.dimensions) ? asset.metadata.dimensions : raw;
  const width = dimension(dimensions.width);
  const height = dimension(dimensions.height);
  if (width && height) Object.assign(block, { width, height });
  return [block];
}

function customBlock(state: State, raw: Record<string, unknown>, path: string): BodyBlock[] {
  if (raw._type === 'code' && typeof raw.code === 'string') {
    // @sanity/code-input: `code`, `language`, `filename`, `highlightedLines`.
    const block: BodyBlock = { type: 'code', text: raw.code };
    const language = stringField(raw, 'language')?.trim();
    if (language) block.language = language;
    const filename = stringField(raw, 'filename');
    if (filename) state.context.report(childPath(path, 'filename'), 'unknown-field', filename);
    return [block];
  }
  if (raw._type === 'image') return image(state, raw, path);
  const text = looseText(raw, takesText, state.walk);
  state.context.report(path, 'unknown-block', raw._type);
  return text ? [{ type: 'paragraph', text }] : [];
}

function block(state: State, node: Node | List): BodyBlock[] {
  if (isPortableTextToolkitList(node)) return [listBlock(state, node as List)];
  if (node._type === 'block') {
    // A list item the toolkit left alone is a list of one.
    if (node.listItem !== undefined) {
      const list = { _type: '@list', _key: '', mode: 'html', level: 1, listItem: node.listItem, children: [node] };
      return [listBlock(state, list as List)];
    }
    return textBlock(state, node);
  }
  if (node._type === '@custom') return customBlock(state, node.raw as Record<string, unknown>, node.path);
  if (node.raw === undefined) return []; // unreadable, reported
  const text = looseText(node.raw, () => true, state.walk);
  state.context.report(node.path, 'invalid-type', text ? undefined : node.raw);
  return text ? [{ type: 'paragraph', text }] : [];
}

export const portableText: BodyParser = {
  format: 'portable-text',

  detect(raw) {
    if (!Array.isArray(raw) || raw.length === 0) return false;
    let blocks = 0;
    for (const item of raw) {
      if (!isRecord(item) || typeof item._type !== 'string') return false;
      if (item._type === 'block') blocks++;
    }
    return blocks * 2 >= raw.length;
  },

  parse(raw, context): ParsedBody {
    const state: State = { context, walk: newWalk(), reported: new Set() };
    const blocks: BodyBlock[] = [];
    // One block alone (as a single-block field holds it) is a body of one.
    const list = Array.isArray(raw) ? raw : isRecord(raw) && typeof raw._type === 'string' ? [raw] : undefined;
    if (!list) {
      const text = looseText(raw, takesText, state.walk);
      context.report('', 'invalid-type', text ? undefined : raw);
      return { blocks: text ? [{ type: 'paragraph', text }] : [] };
    }
    const pathOf = (i: number) => (Array.isArray(raw) ? childPath('', i) : '');
    try {
      const nodes = nestLists<Node>(
        list.map((item, i) => cleanNode(item, pathOf(i), state)),
        LIST_NEST_MODE_HTML,
      ) as (Node | List)[];
      const [kept] = withinLimit(context, nodes, '');
      for (const node of kept) {
        try {
          blocks.push(...block(state, node));
        } catch {
          // A getter or a Proxy that throws: that node is reported, the others are kept.
          context.report('path' in node ? node.path : (node.children[0]?.path ?? ''), 'unreadable-value');
        }
      }
    } catch {
      context.report('', 'unreadable-value');
    }
    return { blocks };
  },
};
