/**
 * Markdown bodies: CommonMark with GitHub's extensions (tables, task lists, strikethrough, autolinks,
 * footnotes) and YAML front matter, as Astro and Hugo content files and dev.to's `body_markdown` hold
 * them. micromark parses (no Markdown is read by hand here); this file maps its syntax tree (mdast)
 * onto the body model. Nothing of the input reaches the page as markup: raw HTML becomes plain text,
 * and every link and image passes the normalizer's URL check.
 */
import type {
  Definition,
  FootnoteDefinition,
  List,
  ListItem as MdastListItem,
  Nodes,
  PhrasingContent,
  Root,
  RootContent,
  Table,
} from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import type { BodyBlock, ImageBlock, Inline, ListBlock, ListItem, RichText } from '../../model/body.js';
import type { BodyParser, ParseContext, ParsedBody } from '../../model/parser.js';
import { frontMatter } from './markdown-front-matter.js';
import { slowConstructs } from './markdown-guard.js';
import { htmlText, inlineMarkupName } from './markdown-html.js';

/** Deeper containers or inline marks are flattened to their text: no page shows 32 nested quotes. */
const MAX_DEPTH = 32;

/** What one parse keeps besides its output. */
interface State {
  context: ParseContext;
  /** Link reference definitions, first one per label (CommonMark's rule). */
  definitions: Map<string, Definition>;
  /** Footnote definitions by label, first one per label, in document order… */
  footnotes: Map<string, FootnoteDefinition>;
  /** …and the later ones of a label: no reference reaches them, but their text is still shown. */
  duplicateFootnotes: FootnoteDefinition[];
  /** Footnote labels in the order their numbers were given: by first reference. */
  numbered: string[];
  /** Markup not shown, by name, in order of first occurrence: one `dropped-markup` issue. */
  dropped: Map<string, number>;
  /** Whether a part was flattened for being nested too deeply (reported once). */
  tooDeep: boolean;
}

const drop = (state: State, name: string) => state.dropped.set(name, (state.dropped.get(name) ?? 0) + 1);

/** A soft line break is a space; only a hard break (`break`) is a line break in the model. */
const unwrap = (text: string) => text.replace(/[ \t]*\n[ \t]*/g, ' ');

/** `<my url>` destinations may hold spaces; CommonMark renderers encode them, and so does this. */
const destination = (url: string) => url.replaceAll(' ', '%20');

// ——— Plain text ———

/** The plain text of inline content: marks dropped, breaks as "\n". */
function inlineText(nodes: readonly Inline[]): string {
  let text = '';
  for (const node of nodes) {
    if (node.type === 'text' || node.type === 'code') text += node.text;
    else if (node.type === 'break') text += '\n';
    else text += inlineText(node.children);
  }
  return text;
}

/** The plain text of blocks, blank-line separated: a quote's `text` when it holds several blocks. */
function blocksText(blocks: readonly BodyBlock[]): string {
  const parts: string[] = [];
  for (const block of blocks) {
    let text: string;
    switch (block.type) {
      case 'list':
        text = block.items
          .map((item) => [item.text, blocksText(item.blocks ?? [])].filter(Boolean).join('\n'))
          .join('\n');
        break;
      case 'image':
        text = block.alt;
        break;
      case 'table':
        text = [...(block.head ? [block.head] : []), ...block.rows]
          .map((row) => row.map((c) => c.text).join(' '))
          .join('\n');
        break;
      case 'divider':
        text = '';
        break;
      default:
        text = block.text;
    }
    if (text !== '') parts.push(text);
  }
  return parts.join('\n\n');
}

/** The text of any mdast node, without recursion (a flattened part can be deep). */
function nodeText(root: Nodes): string {
  let text = '';
  const stack: Nodes[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as Nodes;
    if (node.type === 'image' || node.type === 'imageReference') text += node.alt ?? '';
    else if (node.type === 'break') text += '\n';
    else if ('value' in node && node.type !== 'html') text += node.value;
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
  return text;
}

// ——— Inline content ———

/** Text with `inline` only when it holds more than text: adjacent texts merged, outer spaces trimmed. */
function richText(nodes: Inline[]): RichText {
  const merged: Inline[] = [];
  for (const node of nodes) {
    const previous = merged[merged.length - 1];
    if (node.type === 'text' && previous?.type === 'text')
      merged[merged.length - 1] = { type: 'text', text: previous.text + node.text };
    else merged.push(node);
  }
  // Dropped HTML at either end leaves the spaces that surrounded it.
  const first = merged[0];
  if (first?.type === 'text') merged[0] = { type: 'text', text: first.text.replace(/^[ \t\n]+/, '') };
  const last = merged[merged.length - 1];
  if (last?.type === 'text') merged[merged.length - 1] = { type: 'text', text: last.text.replace(/[ \t\n]+$/, '') };
  const inline = merged.filter((node) => node.type !== 'text' || node.text !== '');
  const text = inlineText(inline);
  return inline.every((node) => node.type === 'text') ? { text } : { text, inline };
}

/** A link when its URL passes the check; otherwise its content, and an issue naming the URL. */
function link(state: State, url: string, children: Inline[]): Inline[] {
  if (url === '') return children;
  const href = state.context.safeUrl(destination(url));
  if (href === undefined) {
    state.context.report('', 'unsafe-url', url);
    return children;
  }
  // An empty link text would make an invisible link: its URL is the text.
  return [{ type: 'link', href, children: children.length > 0 ? children : [{ type: 'text', text: url }] }];
}

/** The footnote number a reference shows, given at its first reference. */
function footnoteNumber(state: State, label: string): number {
  const index = state.numbered.indexOf(label);
  if (index !== -1) return index + 1;
  state.numbered.push(label);
  return state.numbered.length;
}

/** Inline content. `inLink`: links inside a link become their text (an `a` cannot hold an `a`). */
function phrasing(state: State, nodes: readonly PhrasingContent[], depth: number, inLink: boolean): Inline[] {
  const out: Inline[] = [];
  for (const node of nodes) {
    if (depth > MAX_DEPTH && 'children' in node) {
      state.tooDeep = true;
      out.push({ type: 'text', text: unwrap(nodeText(node)) });
      continue;
    }
    switch (node.type) {
      case 'text':
        out.push({ type: 'text', text: unwrap(node.value) });
        break;
      case 'inlineCode':
        out.push({ type: 'code', text: node.value });
        break;
      case 'break':
        out.push({ type: 'break' });
        break;
      case 'emphasis':
      case 'strong':
      case 'delete': {
        const children = phrasing(state, node.children, depth + 1, inLink);
        const type = node.type === 'delete' ? 'strikethrough' : node.type;
        if (children.length > 0) out.push({ type, children });
        break;
      }
      case 'link':
      case 'linkReference': {
        const children = phrasing(state, node.children, depth + 1, true);
        const url = node.type === 'link' ? node.url : state.definitions.get(node.identifier)?.url;
        // micromark makes a reference only for a defined label; `undefined` cannot happen, but costs nothing.
        out.push(...(inLink || url === undefined ? children : link(state, url, children)));
        break;
      }
      case 'image':
      case 'imageReference':
        // The model has no inline image: an image within text shows its description.
        drop(state, 'img');
        if (node.alt) out.push({ type: 'text', text: unwrap(node.alt) });
        break;
      case 'html':
        // A line break written as HTML is a line break; any other tag is dropped, its text kept around it.
        if (/^<br\s*\/?>$/i.test(node.value)) out.push({ type: 'break' });
        else drop(state, inlineMarkupName(node.value) ?? 'html');
        break;
      case 'footnoteReference':
        out.push({ type: 'text', text: `[${footnoteNumber(state, node.identifier)}]` });
        break;
      default:
        out.push({ type: 'text', text: unwrap(nodeText(node)) });
    }
  }
  return out;
}

// ——— Blocks ———

/** An image block when the URL passes the check (for images); otherwise its description as a paragraph. */
function imageBlock(
  state: State,
  url: string,
  alt: string | null | undefined,
  title: string | null | undefined,
): BodyBlock | undefined {
  const src = url === '' ? undefined : state.context.safeUrl(destination(url), true);
  if (src === undefined) {
    if (url !== '') state.context.report('', 'unsafe-url', url);
    return alt ? { type: 'paragraph', text: unwrap(alt) } : undefined;
  }
  if (!alt) state.context.report('', 'missing-alt', src);
  const image: ImageBlock = { type: 'image', src, alt: alt ? unwrap(alt) : '' };
  // Markdown has no caption; the title is the closest thing, and Hugo and Jekyll themes show it as one.
  if (title) image.caption = title;
  return image;
}

interface ImageSource {
  url: string;
  alt?: string | null;
  title?: string | null;
}

/**
 * The images of a paragraph that holds images and nothing else (but spaces, line breaks and links
 * around them), and how many links wrap them; `undefined` for any other paragraph. No side effects.
 */
function imagesOnly(
  state: State,
  nodes: readonly PhrasingContent[],
): { images: ImageSource[]; links: number } | undefined {
  const images: ImageSource[] = [];
  let links = 0;
  const visit = (children: readonly PhrasingContent[]): boolean =>
    children.every((node) => {
      if (node.type === 'text') return node.value.trim() === '';
      if (node.type === 'break') return true;
      if (node.type === 'image') return images.push(node) > 0;
      if (node.type === 'imageReference') {
        const definition = state.definitions.get(node.identifier);
        return (
          definition !== undefined && images.push({ url: definition.url, alt: node.alt, title: definition.title }) > 0
        );
      }
      if (node.type === 'link' || node.type === 'linkReference') return ++links > 0 && visit(node.children);
      return false;
    });
  return visit(nodes) && images.length > 0 ? { images, links } : undefined;
}

/** The image blocks of a paragraph `imagesOnly` accepted. */
function imageBlocks(state: State, found: { images: ImageSource[]; links: number }): BodyBlock[] {
  // The model's image has no link: a linked image is shown, its link is counted as dropped markup.
  for (let i = 0; i < found.links; i++) drop(state, 'a');
  return found.images.flatMap((image) => imageBlock(state, image.url, image.alt, image.title) ?? []);
}

/** Keeps the first `maxItems` of `items`; the rest is counted in a `truncated` issue naming them. */
function limit<T>(context: ParseContext, items: T[], what: string): [T[], number] {
  const { maxItems } = context;
  if (items.length <= maxItems) return [items, 0];
  const omitted = items.length - maxItems;
  context.report('', 'truncated', `${omitted} ${what}`);
  return [items.slice(0, maxItems), omitted];
}

function listItem(state: State, item: MdastListItem, depth: number): ListItem {
  const [first, ...rest] = item.children;
  // The item's first paragraph is its text; what follows (and a first block of another kind) are its blocks.
  const lead = first?.type === 'paragraph' && !imagesOnly(state, first.children) ? first : undefined;
  const result: ListItem = lead ? richText(phrasing(state, lead.children, depth, false)) : { text: '' };
  if (typeof item.checked === 'boolean') result.checked = item.checked;
  const blocks = blockList(state, lead ? rest : item.children, depth, 'blocks');
  if (blocks.length > 0) result.blocks = blocks;
  return result;
}

function list(state: State, node: List, depth: number): ListBlock {
  const [items, omitted] = limit(state.context, node.children, 'list items');
  const block: ListBlock = { type: 'list', items: items.map((item) => listItem(state, item, depth + 1)) };
  if (node.ordered) {
    block.ordered = true;
    if (typeof node.start === 'number' && node.start !== 1) block.start = node.start;
  }
  if (omitted > 0) block.omitted = omitted;
  return block;
}

function table(state: State, node: Table, depth: number): BodyBlock {
  const [head, ...body] = node.children;
  const width = head.children.length;
  const cells = (row: Table['children'][number]): RichText[] => {
    const texts = row.children.slice(0, width).map((cell) => richText(phrasing(state, cell.children, depth, false)));
    // As GFM renders a table: missing cells are empty, cells beyond the header's are not shown.
    for (let i = width; i < row.children.length; i++) drop(state, 'td');
    while (texts.length < width) texts.push({ text: '' });
    return texts;
  };
  const [rows] = limit(state.context, body, 'table rows');
  return { type: 'table', head: cells(head), rows: rows.map(cells) };
}

/** The blocks one mdast block becomes: none, one, or several (a paragraph of images). */
function block(state: State, node: RootContent, depth: number, out: BodyBlock[]): void {
  if (depth > MAX_DEPTH && 'children' in node) {
    state.tooDeep = true;
    const text = unwrap(nodeText(node)).trim();
    if (text !== '') out.push({ type: 'paragraph', text });
    return;
  }
  switch (node.type) {
    case 'paragraph': {
      const images = imagesOnly(state, node.children);
      if (images) {
        out.push(...imageBlocks(state, images));
        break;
      }
      const rich = richText(phrasing(state, node.children, depth, false));
      if (rich.text !== '' || rich.inline) out.push({ type: 'paragraph', ...rich });
      break;
    }
    case 'heading': {
      const rich = richText(phrasing(state, node.children, depth, false));
      if (rich.text === '' && !rich.inline) break;
      // The article's title is the page's only h1: a `#` heading in the body becomes a level 2.
      if (node.depth === 1) state.context.report('', 'heading-level', rich.text);
      out.push({ type: 'heading', ...rich, level: node.depth === 1 ? 2 : (node.depth as 2 | 3 | 4 | 5 | 6) });
      break;
    }
    case 'thematicBreak':
      out.push({ type: 'divider' });
      break;
    case 'blockquote': {
      const blocks = blockList(state, node.children, depth + 1, 'blocks');
      if (blocks.length === 0) break;
      const [only] = blocks;
      if (blocks.length === 1 && only.type === 'paragraph') {
        const { type: _, ...rich } = only;
        out.push({ type: 'quote', ...rich });
      } else {
        out.push({ type: 'quote', text: blocksText(blocks), blocks });
      }
      break;
    }
    case 'list':
      out.push(list(state, node, depth));
      break;
    case 'code':
      // The info string's first word is the language; the rest (`{1,3}`, `title=…`) has no place in the model.
      out.push(
        node.lang ? { type: 'code', text: node.value, language: node.lang } : { type: 'code', text: node.value },
      );
      break;
    case 'html': {
      const text = htmlText(node.value, (name) => drop(state, name));
      if (text !== '') out.push({ type: 'paragraph', text });
      break;
    }
    case 'table':
      out.push(table(state, node, depth));
      break;
    case 'definition':
    case 'footnoteDefinition':
    case 'yaml':
      // Definitions are not content; footnotes are listed at the end; front matter is read before.
      break;
    default: {
      const text = unwrap(nodeText(node)).trim();
      if (text !== '') out.push({ type: 'paragraph', text });
    }
  }
}

function blockList(state: State, nodes: readonly RootContent[], depth: number, what: string): BodyBlock[] {
  const out: BodyBlock[] = [];
  for (const node of nodes) block(state, node, depth, out);
  return limit(state.context, out, what)[0];
}

/**
 * The footnotes, numbered by first reference (unreferenced ones after, then a label's later
 * definitions): a divider and a numbered list.
 */
function footnotes(state: State): BodyBlock[] {
  for (const label of state.footnotes.keys()) if (!state.numbered.includes(label)) state.numbered.push(label);
  const items: ListItem[] = [];
  // A footnote may reference another, which is numbered on: `numbered` grows while it is read.
  for (let i = 0; i < state.numbered.length; i++) {
    const definition = state.footnotes.get(state.numbered[i]);
    items.push(definition ? listItem(state, { type: 'listItem', children: definition.children }, 1) : { text: '' });
  }
  for (const definition of state.duplicateFootnotes) {
    items.push(listItem(state, { type: 'listItem', children: definition.children }, 1));
  }
  if (items.length === 0) return [];
  const [shown, omitted] = limit(state.context, items, 'footnotes');
  const notes: ListBlock = { type: 'list', items: shown, ordered: true };
  if (omitted > 0) notes.omitted = omitted;
  return [{ type: 'divider' }, notes];
}

/** Link and footnote definitions anywhere in the tree, first one per label; without recursion. */
function collectDefinitions(root: Root, state: State): void {
  const stack: Nodes[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as Nodes;
    if (node.type === 'definition' && !state.definitions.has(node.identifier))
      state.definitions.set(node.identifier, node);
    else if (node.type === 'footnoteDefinition') {
      if (state.footnotes.has(node.identifier)) state.duplicateFootnotes.push(node);
      else state.footnotes.set(node.identifier, node);
    }
    // Definitions sit in blocks, never in inline content: paragraphs need not be searched.
    if ('children' in node && node.type !== 'paragraph' && node.type !== 'heading') {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
    }
  }
}

function parseMarkdown(raw: string, context: ParseContext): ParsedBody {
  const slow = slowConstructs(raw);
  if (slow.markup.length > 0) context.report('', 'dropped-markup', `${slow.markup.join(', ')}: too many to parse`);
  const root = fromMarkdown(raw, {
    extensions: [gfm(), frontmatter(['yaml', 'toml']), { disable: { null: slow.disable } }],
    mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown(['yaml', 'toml'])],
  });
  const state: State = {
    context,
    definitions: new Map(),
    footnotes: new Map(),
    duplicateFootnotes: [],
    numbered: [],
    dropped: new Map(),
    tooDeep: false,
  };
  collectDefinitions(root, state);
  const result: ParsedBody = { blocks: [] };
  let nodes = root.children;
  const matter = nodes[0];
  if (matter?.type === 'yaml' || (matter?.type as string) === 'toml') {
    const read = frontMatter(matter.type as 'yaml' | 'toml', (matter as { value: string }).value, context);
    if (read.title !== undefined) result.title = read.title;
    if (read.meta !== undefined) result.meta = read.meta;
    if (read.block) result.blocks.push(read.block);
    nodes = nodes.slice(1);
  }
  for (const node of nodes) block(state, node, 0, result.blocks);
  result.blocks.push(...footnotes(state));
  result.blocks = limit(state.context, result.blocks, 'blocks')[0];
  if (state.dropped.size > 0) {
    const names = [...state.dropped].map(([name, n]) => (n > 1 ? `${name} ×${n}` : name));
    context.report('', 'dropped-markup', names.join(', '));
  }
  if (state.tooDeep) context.report('', 'max-depth', `nested deeper than ${MAX_DEPTH} levels; shown as text`);
  return result;
}

/** The whole text as paragraphs: what is shown when the Markdown could not be parsed at all. */
function plainParagraphs(raw: string): BodyBlock[] {
  return raw
    .split(/\n[ \t]*\n/)
    .map((text) => text.trim())
    .filter(Boolean)
    .map((text) => ({ type: 'paragraph', text }));
}

/** Front matter: `---` (YAML) or `+++` (TOML) alone on the first line. */
const FRONT_MATTER = /^\uFEFF?(?:---|\+\+\+)[ \t]*\r?\n/;
/** A line that starts like a Markdown block: heading, code fence, list item, quote. */
const MARKDOWN_LINE = /^ {0,3}(?:#{1,6}[ \t]+\S|```|~~~|[-*+][ \t]+\S|\d{1,9}[.)][ \t]+\S|>)/m;
/** Inline Markdown anywhere: a link or image, strong or emphasized words, a code span. Bounded, so linear. */
const MARKDOWN_INLINE =
  /\]\([^()\s]{0,500}\)|(?:^|\s)(?:\*\*|__)\S[^*_\n]{0,200}(?:\*\*|__)|(?:^|\s)[*_][^*_\s][^*_\n]{0,200}[*_](?=[\s.,;:!?)]|$)|`[^`\n]{1,200}`/;
/** HTML's: a string that starts with a tag and holds block-level tags. */
const HTML_START = /^\s*</;
const HTML_BLOCK =
  /<\/?(?:address|article|aside|blockquote|details|div|dl|figure|footer|form|h[1-6]|header|hr|li|main|nav|ol|p|pre|section|table|ul)[\s/>]/i;

/**
 * The Markdown body parser.
 *
 * `detect(raw)`: a string that does not start with an HTML tag while holding block-level tags (that
 * is HTML's), and that has front matter (`---` or `+++` on the first line), a line starting like a
 * Markdown block (`#` heading, code fence, list item, `>` quote), or inline Markdown (a `[text](url)`
 * link, `**strong**`, `*emphasis*`, a code span). Plain text without any of them is left to the
 * normalizer's plain-text rule.
 */
export const markdown: BodyParser = {
  format: 'markdown',
  detect(raw: unknown): boolean {
    if (typeof raw !== 'string') return false;
    if (HTML_START.test(raw) && HTML_BLOCK.test(raw)) return false;
    return FRONT_MATTER.test(raw) || MARKDOWN_LINE.test(raw) || MARKDOWN_INLINE.test(raw);
  },
  parse(raw: unknown, context: ParseContext): ParsedBody {
    if (typeof raw !== 'string') {
      context.report('', 'invalid-type', typeof raw);
      return { blocks: [] };
    }
    const text = raw.replace(/\r\n?/g, '\n');
    try {
      return parseMarkdown(text, context);
    } catch {
      // micromark overflowed the stack or a bug threw: the text is still shown, as plain paragraphs.
      context.report('', 'dropped-markup', 'markdown that could not be parsed; shown as text');
      return { blocks: limit(context, plainParagraphs(text), 'blocks')[0] };
    }
  },
};
