/**
 * The HTML body parser: WordPress `content.rendered`, Ghost `html`, dev.to `body_html`, JSON Feed
 * `content_html`, CKEditor (Strapi) output → blocks of the body model. Nothing of the input is passed
 * through: the walk builds model kinds only, and reads no attribute but `href`, `src` (`data-src`),
 * `alt`, `width`, `height`, `start`, `type`/`checked` of a task checkbox and the language of code.
 *
 * Why parse5 (8.1.1) and not htmlparser2 (12.0.0), measured on 2026-12-01 with esbuild --bundle --minify
 * (ESM, platform neutral) and Node's zlib brotli (default quality 11):
 * - size: this parser bundled with parse5 is 183 kB minified, 40.6 kB brotli (parse5 alone 37.1 kB, the
 *   mapping alone 3.8 kB); the same mapping on htmlparser2's DOM (through a small adapter) is 67 kB,
 *   25.6 kB brotli (htmlparser2 alone 21.8 kB). htmlparser2 is 15 kB smaller…
 * - …but not as correct. On 13 html5lib-style cases, put through this mapping, both give the same model
 *   for `<p>a<p>b`, `<li>` without end tags, `a</br>b`, `&amp &notit; &copy2`, `"</scr"+"ipt>"` inside a
 *   script, comments, `<![CDATA[…]]>` (a comment in HTML) and `<p><b>x<p>y` (htmlparser2 nests the second
 *   paragraph in the first; the walk still makes two). htmlparser2 departs from the HTML standard, and
 *   from browsers, on the other five: misnested `<b><i>x</b>y</i>z` (the italic of `y` is lost), text in a
 *   `<table>` (not foster-parented before it, so it is lost), the newline right after `<pre>` (kept),
 *   `<svg><p>out` (the paragraph stays inside the dropped svg, so its text is lost), CR LF and NUL (left
 *   raw). parse5 follows the standard on all 13: the body reads as a browser shows it.
 *
 * Parsing is that of `innerHTML` on a `div` (not parse5's default `template` context, in which `</br>`
 * and a stray `<td>` differ from a page). Entities are decoded once, by parse5; the text is never decoded
 * again. Layout follows a browser: whitespace collapses in inline content, block elements split
 * paragraphs, marks around blocks carry into every paragraph they cover.
 */
import { type DefaultTreeAdapterTypes, defaultTreeAdapter, parseFragment, html as spec } from 'parse5';
import type { BodyBlock, HeadingBlock, ImageBlock, Inline, ListItem, RichText } from '../../model/body.js';
import type { BodyParser, ParseContext } from '../../model/parser.js';
import { htmlText } from './html-text.js';

type Node = DefaultTreeAdapterTypes.ChildNode;
type Element = DefaultTreeAdapterTypes.Element;
type Container = Extract<Inline, { children: Inline[] }>;
type Mark = { type: 'strong' | 'emphasis' | 'strikethrough' } | { type: 'link'; href: string };

/** Never rendered, and their text is not shown: scripts, embeds, forms, media, foreign content, metadata. */
export const DROPPED = /* @__PURE__ */ new Set(
  'script style template noscript iframe object embed applet frame frameset noembed noframes param form input button select textarea datalist svg math canvas video audio source track link meta base title portal fencedframe'.split(
    ' ',
  ),
);

/** Elements that end the paragraph before them and start a new one after them; their content is kept. */
const BLOCKS = /* @__PURE__ */ new Set(
  'address article aside body caption center dd details dialog div dl dt fieldset figcaption footer header hgroup legend li main nav search section summary tbody td tfoot th thead tr'.split(
    ' ',
  ),
);

/** In a table cell, which holds inline content only, these become line breaks around their content. */
const CELL_BLOCKS = /* @__PURE__ */ new Set([
  ...BLOCKS,
  ...'table p h1 h2 h3 h4 h5 h6 ul ol menu dir blockquote figure'.split(' '),
]);

const MARKS = /* @__PURE__ */ new Map<string, 'strong' | 'emphasis' | 'strikethrough'>([
  ['strong', 'strong'],
  ['b', 'strong'],
  ['em', 'emphasis'],
  ['i', 'emphasis'],
  ['s', 'strikethrough'],
  ['del', 'strikethrough'],
  ['strike', 'strikethrough'],
]);

/** Deeper elements are read as plain text: the walk is recursive, and parse5 nests without limit. */
const MAX_DEPTH = 256;

/** A language name as code blocks carry it (`ts`, `c++`, `objective-c`, `f#`). */
const LANGUAGE = /^[\w#+.-]{1,40}$/;

/** The state of one parse. */
interface State {
  context: ParseContext;
  /** Dropped elements and attributes, by name, in order of appearance. */
  dropped: Map<string, number>;
  depth: number;
}

/** Blocks being built, with the inline content of the text block in progress (the run). */
interface Flow {
  blocks: BodyBlock[];
  run: Inline[];
  /** The marks of the run's open containers: the first `open.length` of `marks`. */
  open: Container[];
  /** The marks of the elements being walked; they open again in every run they cover. */
  marks: Mark[];
  /** The last character of the run: '' at its start, '\n' after a break. */
  last: string;
  /** A heading's level while its runs become headings. */
  heading?: HeadingBlock['level'];
  /** A table cell or caption: inline content only, block edges become breaks. */
  cell?: boolean;
  /** A list item, which a task checkbox may open. */
  task?: { checked?: boolean };
}

const flowIn = (parent: Flow | undefined, extra?: Partial<Flow>): Flow => ({
  blocks: [],
  run: [],
  open: [],
  marks: parent ? [...parent.marks] : [],
  last: '',
  ...extra,
});

const isElement = (node: Node): node is Element => 'tagName' in node;
const textValue = (node: Node) => (node as DefaultTreeAdapterTypes.TextNode).value;
const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;
const collapse = (text: string) => text.replace(/[\t\n\f\r ]+/g, ' ');

/**
 * The URL check's verdict, kept only when a browser can resolve it (against any base): the check judges
 * the scheme, and `http://host:port-that-is-no-number` passes it yet is no link a browser can follow.
 */
function safeUrl(s: State, raw: string | undefined, image?: boolean): string | undefined {
  const url = raw === undefined ? undefined : s.context.safeUrl(raw, image);
  return url !== undefined && URL.canParse(url, 'https://example.com/') ? url : undefined;
}

function drop(s: State, name: string): void {
  s.dropped.set(name, (s.dropped.get(name) ?? 0) + 1);
}

/** Event-handler and style attributes are never read; they are counted, since the author meant them. */
function touch(s: State, el: Element): void {
  for (const { name } of el.attrs) if (name === 'style' || /^on/.test(name)) drop(s, `${name} attribute`);
}

/** The plain text of inline content: breaks as "\n". */
function plain(inline: readonly Inline[]): string {
  let text = '';
  for (const node of inline)
    text += node.type === 'break' ? '\n' : 'children' in node ? plain(node.children) : node.text;
  return text;
}

/** `inline` only when there is more than plain text (an empty cell is `{ text: '' }`). */
function rich(inline: Inline[]): RichText {
  const text = plain(inline);
  return inline.length === 0 || (inline.length === 1 && inline[0].type === 'text') ? { text } : { text, inline };
}

/** Removes trailing spaces and breaks, and the containers they leave empty, at the end of a run. */
function trimEnd(list: Inline[]): void {
  while (list.length > 0) {
    const node = list[list.length - 1];
    if (node.type === 'text' || node.type === 'code') {
      node.text = node.text.replace(/ +$/, '');
      if (node.text) return;
    } else if (node.type !== 'break') {
      trimEnd(node.children);
      if (node.children.length > 0) return;
    }
    list.pop();
  }
}

/** Removes the trailing spaces of a line, before a break, wherever its last text is nested; keeps containers. */
function trimLine(list: Inline[]): void {
  const node = list[list.length - 1];
  if (node?.type === 'text' || node?.type === 'code') {
    node.text = node.text.replace(/ +$/, '');
    if (!node.text) list.pop();
  } else if (node && node.type !== 'break') trimLine(node.children);
}

/**
 * Removes the containers left empty inside a run (`a<b> </b><br>`: the space went with the line's end)
 * and joins the texts they separated.
 */
function prune(list: Inline[]): Inline[] {
  const kept: Inline[] = [];
  for (const node of list) {
    if ('children' in node) {
      node.children = prune(node.children);
      if (node.children.length === 0) continue;
    }
    const previous = kept[kept.length - 1];
    if (node.type === 'text' && previous?.type === 'text') previous.text += node.text;
    else kept.push(node);
  }
  return kept;
}

/** Adds a node to the innermost open mark of the run, opening the marks not yet opened in it. */
function append(f: Flow, node: Inline): void {
  while (f.open.length < f.marks.length) {
    const mark = f.marks[f.open.length];
    const container: Container = { ...mark, children: [] };
    (f.open[f.open.length - 1]?.children ?? f.run).push(container);
    f.open.push(container);
  }
  const target = f.open[f.open.length - 1]?.children ?? f.run;
  const previous = target[target.length - 1];
  if (node.type === 'text' && previous?.type === 'text') previous.text += node.text;
  else target.push(node);
}

/** Text as a browser lays it out: runs of spaces and newlines are one space, none at a line's start. */
function addText(f: Flow, raw: string, code?: boolean): void {
  let text = collapse(raw);
  if (text[0] === ' ' && (f.last === '' || f.last === ' ' || f.last === '\n')) text = text.slice(1);
  if (!text) return;
  append(f, code ? { type: 'code', text } : { type: 'text', text });
  f.last = text[text.length - 1];
}

function addBreak(f: Flow): void {
  // A break at the start of a line would only add an empty line before the text.
  if (f.last === '') return;
  trimLine(f.run);
  append(f, { type: 'break' });
  f.last = '\n';
}

/** Ends the run: it becomes a paragraph (or heading) unless it shows nothing (`<p>&nbsp;</p>`). */
function flush(f: Flow): void {
  const run = prune(f.run);
  trimEnd(run);
  f.run = [];
  f.open = [];
  f.last = '';
  if (!/\S/.test(plain(run))) return;
  f.blocks.push(f.heading ? { type: 'heading', level: f.heading, ...rich(run) } : { type: 'paragraph', ...rich(run) });
}

/** The edge of a block: a new paragraph, or in a cell a line break (one, where two blocks meet). */
function boundary(f: Flow): void {
  if (!f.cell) flush(f);
  else if (f.last !== '\n') addBreak(f);
}

function walk(s: State, f: Flow, nodes: readonly Node[]): void {
  for (const node of nodes) {
    if (node.nodeName === '#text') addText(f, textValue(node));
    else if (isElement(node)) element(s, f, node);
    // Comments (and CDATA, a comment in HTML) are not content.
  }
}

/**
 * The text of an element as it is: text nodes, breaks as "\n", dropped elements counted and left out.
 * Iterative, so it also reads what is nested deeper than `MAX_DEPTH`.
 */
function textOf(s: State, root: Element): string {
  let text = '';
  const stack: Node[] = [...root.childNodes].reverse();
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (node.nodeName === '#text') text += textValue(node);
    else if (isElement(node)) {
      touch(s, node);
      if (DROPPED.has(node.tagName)) drop(s, node.tagName);
      else if (node.tagName === 'br') text += '\n';
      else for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]);
    }
  }
  return text;
}

/** At most `maxItems` blocks; the rest counted in a `truncated` issue. */
function limit(s: State, blocks: BodyBlock[]): BodyBlock[] {
  const max = s.context.maxItems;
  if (blocks.length <= max) return blocks;
  s.context.report('', 'truncated', `${blocks.length - max} blocks`);
  return blocks.slice(0, max);
}

function element(s: State, f: Flow, el: Element): void {
  const tag = el.tagName;
  touch(s, el);
  if (DROPPED.has(tag)) {
    if (tag === 'input' && taskCheckbox(f, el)) return;
    // A picture's sources are other encodings of its img, which is read.
    if (tag === 'source' && (el.parentNode as Element | null)?.tagName === 'picture') return;
    drop(s, tag);
    return;
  }
  if (s.depth >= MAX_DEPTH) {
    drop(s, `elements nested over ${MAX_DEPTH} deep`);
    addText(f, textOf(s, el));
    return;
  }
  s.depth++;
  try {
    dispatch(s, f, el, tag);
  } finally {
    s.depth--;
  }
}

function dispatch(s: State, f: Flow, el: Element, tag: string): void {
  const mark = MARKS.get(tag);
  if (mark) marked(s, f, el, { type: mark });
  else if (tag === 'br') addBreak(f);
  else if (tag === 'a') link(s, f, el);
  else if (tag === 'code') addText(f, textOf(s, el), true);
  else if (tag === 'img') image(s, f, el);
  else if (tag === 'pre' || tag === 'listing' || tag === 'xmp' || tag === 'plaintext') code(s, f, el);
  else if (tag === 'hr') {
    boundary(f);
    if (!f.cell) f.blocks.push({ type: 'divider' });
  } else if (f.cell ? CELL_BLOCKS.has(tag) : BLOCKS.has(tag) || tag === 'p') {
    boundary(f);
    walk(s, f, el.childNodes);
    boundary(f);
  } else if (/^h[1-6]$/.test(tag)) heading(s, f, el, Number(tag[1]));
  else if (tag === 'ul' || tag === 'ol' || tag === 'menu' || tag === 'dir') list(s, f, el, tag === 'ol');
  else if (tag === 'blockquote') quote(s, f, el);
  else if (tag === 'table') table(s, f, el);
  else if (tag === 'figure') figure(s, f, el);
  // span, mark, sup, sub, u, small, abbr, cite, kbd, time, label, picture, unknown and custom elements:
  // their content as if they were not there.
  else walk(s, f, el.childNodes);
}

function marked(s: State, f: Flow, el: Element, mark: Mark): void {
  f.marks.push(mark);
  walk(s, f, el.childNodes);
  f.marks.pop();
  if (f.open.length > f.marks.length) f.open.length = f.marks.length;
}

/** A link when its href passes the URL check; else its content as plain text (an unsafe href reported). */
function link(s: State, f: Flow, el: Element): void {
  // A link inside a link is plain text: HTML nests no links, and neither does the page.
  const href = f.marks.some((mark) => mark.type === 'link') ? undefined : attr(el, 'href');
  const safe = safeUrl(s, href);
  if (safe !== undefined) marked(s, f, el, { type: 'link', href: safe });
  else {
    if (href?.trim()) s.context.report('', 'unsafe-url', href);
    walk(s, f, el.childNodes);
  }
}

/** An image block; in a cell, or with a src that is missing or unsafe, its alt as text. */
function image(s: State, f: Flow, el: Element): void {
  const alt = attr(el, 'alt');
  const altText = collapse(alt ?? '').trim();
  let src = attr(el, 'src')?.trim();
  // Lazy loaders put a placeholder (or nothing) in src and the image in data-src.
  if (!src || /^data:/i.test(src)) src = attr(el, 'data-src')?.trim() || src;
  const safe = src ? safeUrl(s, src, true) : undefined;
  if (f.cell || safe === undefined) {
    if (f.cell) drop(s, 'img in a table cell');
    else if (src) s.context.report('', 'unsafe-url', src);
    addText(f, altText);
    return;
  }
  if (alt === undefined) s.context.report('', 'missing-alt', safe);
  flush(f);
  const block: ImageBlock = { type: 'image', src: safe, alt: altText };
  for (const side of ['width', 'height'] as const) {
    const value = attr(el, side)?.trim();
    if (value && /^\d{1,6}$/.test(value) && Number(value) > 0) block[side] = Number(value);
  }
  f.blocks.push(block);
}

/** `language-x` / `lang-x` classes, `data-language` / `data-lang`; on a Rouge `pre.highlight`, its other class. */
function languageOf(el: Element, rouge?: boolean): string | undefined {
  let found: string | undefined;
  for (const { name, value } of el.attrs) {
    if (name === 'class') {
      const tokens = value.split(/[\t\n\f\r ]+/).filter(Boolean);
      for (const token of tokens) found ??= /^lang(?:uage)?-(.+)$/i.exec(token)?.[1];
      if (rouge && tokens.length === 2 && tokens.includes('highlight')) found ??= tokens.find((t) => t !== 'highlight');
    } else if (name === 'data-language' || name === 'data-lang') found ??= value.trim();
  }
  return found && LANGUAGE.test(found) ? found : undefined;
}

/** A code block: the text exactly as in the source (HTML already dropped a newline right after `<pre>`). */
function code(s: State, f: Flow, el: Element): void {
  const inner = el.childNodes.find((node): node is Element => isElement(node) && node.tagName === 'code');
  // A final newline shows no line in a browser, and Markdown's code has none.
  const text = textOf(s, el).replace(/\n$/, '');
  if (f.cell) {
    boundary(f);
    for (const line of text.split('\n')) {
      addText(f, line, true);
      addBreak(f);
    }
    return;
  }
  flush(f);
  if (!text) return;
  // As in Prism, a language class on an ancestor (Jekyll's `div.language-ts`) applies to the code inside.
  let language = (inner && languageOf(inner)) ?? languageOf(el, true);
  for (let up = el.parentNode as Element | null; !language && up && 'attrs' in up; up = up.parentNode as Element | null)
    language = languageOf(up);
  f.blocks.push(language ? { type: 'code', text, language } : { type: 'code', text });
}

function heading(s: State, f: Flow, el: Element, level: number): void {
  flush(f);
  const start = f.blocks.length;
  const outer = f.heading;
  // The article's title is the page's only h1.
  f.heading = Math.max(level, 2) as HeadingBlock['level'];
  walk(s, f, el.childNodes);
  flush(f);
  f.heading = outer;
  if (level === 1) {
    const text = f.blocks.slice(start).map(blockText).join(' ');
    s.context.report('', 'heading-level', `h1: ${text}`);
  }
}

/** A list item: its first paragraph as its text, the rest as its blocks; a leading checkbox makes it a task. */
function item(s: State, f: Flow, nodes: readonly Node[]): ListItem {
  const inner = flowIn(f, { task: {} });
  walk(s, inner, nodes);
  flush(inner);
  const blocks = limit(s, inner.blocks);
  const first = blocks[0];
  const result: ListItem =
    first?.type !== 'paragraph'
      ? { text: '' }
      : first.inline
        ? { text: first.text, inline: first.inline }
        : { text: first.text };
  const rest = first?.type === 'paragraph' ? blocks.slice(1) : blocks;
  if (inner.task?.checked !== undefined) result.checked = inner.task.checked;
  if (rest.length > 0) result.blocks = rest;
  return result;
}

/** `<input type=checkbox>` before any content of a list item (GitHub, CKEditor and markdown-it task lists). */
function taskCheckbox(f: Flow, el: Element): boolean {
  if (!f.task || f.task.checked !== undefined || f.run.length > 0 || f.blocks.length > 0) return false;
  if (attr(el, 'type')?.toLowerCase() !== 'checkbox') return false;
  f.task.checked = attr(el, 'checked') !== undefined;
  return true;
}

function list(s: State, f: Flow, el: Element, ordered: boolean): void {
  flush(f);
  const items: ListItem[] = [];
  let omitted = 0;
  let stray: Node[] = [];
  // Content outside any li (text, a paragraph) is an item of its own, as a browser shows it inside the list.
  const closeStray = () => {
    if (stray.some((node) => isElement(node) || (node.nodeName === '#text' && /[^\t\n\f\r ]/.test(textValue(node))))) {
      if (items.length >= s.context.maxItems) omitted++;
      else {
        const entry = item(s, f, stray);
        if (entry.text || entry.blocks) items.push(entry);
      }
    }
    stray = [];
  };
  for (const child of el.childNodes) {
    if (isElement(child) && child.tagName === 'li') {
      closeStray();
      touch(s, child);
      if (items.length < s.context.maxItems) items.push(item(s, f, child.childNodes));
      else omitted++;
    } else stray.push(child);
  }
  closeStray();
  if (omitted) s.context.report('', 'truncated', `${omitted} list items`);
  if (items.length === 0 && !omitted) return;
  const block: BodyBlock = { type: 'list', items };
  if (ordered) {
    block.ordered = true;
    const start = Number.parseInt(attr(el, 'start') ?? '', 10);
    if (Number.isSafeInteger(start) && start !== 1) block.start = start;
  }
  if (omitted) block.omitted = omitted;
  f.blocks.push(block);
}

/** The plain text of a block, for a quote's `text`. */
function blockText(block: BodyBlock): string {
  switch (block.type) {
    case 'list':
      return block.items.map((entry) => [entry.text, ...(entry.blocks ?? []).map(blockText)].join('\n')).join('\n');
    case 'table':
      return [block.head ?? [], ...block.rows].map((row) => row.map((cell) => cell.text).join('\t')).join('\n');
    case 'image':
      return block.caption ? `${block.alt}\n${block.caption}` : block.alt;
    case 'divider':
      return '';
    default:
      return block.text;
  }
}

/** A quote: one paragraph as its text, anything more as its blocks. */
function quote(s: State, f: Flow, el: Element): void {
  flush(f);
  const inner = flowIn(f);
  walk(s, inner, el.childNodes);
  flush(inner);
  const blocks = limit(s, inner.blocks);
  const [first] = blocks;
  if (!first) return;
  if (blocks.length === 1 && first.type === 'paragraph') f.blocks.push({ ...first, type: 'quote' });
  else f.blocks.push({ type: 'quote', text: blocks.map(blockText).join('\n'), blocks });
}

/** The inline content of a cell or caption, block edges as breaks. */
function cell(s: State, f: Flow, nodes: readonly Node[]): RichText {
  const inner = flowIn(f, { cell: true });
  walk(s, inner, nodes);
  const run = prune(inner.run);
  trimEnd(run);
  return rich(run);
}

function table(s: State, f: Flow, el: Element): void {
  flush(f);
  let head: RichText[] | undefined;
  const rows: RichText[][] = [];
  let omitted = 0;
  let firstAllTh = false;
  const row = (tr: Element, inHead: boolean) => {
    touch(s, tr);
    if (!inHead && rows.length >= s.context.maxItems) return void omitted++;
    const cells: RichText[] = [];
    let allTh = true;
    for (const td of tr.childNodes) {
      if (!isElement(td)) continue;
      if (td.tagName !== 'td' && td.tagName !== 'th') {
        element(s, f, td);
        continue;
      }
      touch(s, td);
      allTh &&= td.tagName === 'th';
      cells.push(cell(s, f, td.childNodes));
    }
    if (cells.length === 0) return;
    if (inHead && !head) head = cells;
    else {
      if (rows.length === 0 && !head) firstAllTh = allTh;
      rows.push(cells);
    }
  };
  for (const child of el.childNodes) {
    if (!isElement(child)) continue;
    const tag = child.tagName;
    if (tag === 'thead' || tag === 'tbody' || tag === 'tfoot') {
      touch(s, child);
      for (const tr of child.childNodes) {
        if (!isElement(tr)) continue;
        if (tr.tagName === 'tr') row(tr, tag === 'thead');
        else element(s, f, tr);
      }
    } else if (tag === 'tr') row(child, false);
    else if (tag === 'caption') {
      // The model's table has no caption: it is the paragraph above the table, where a browser shows it.
      touch(s, child);
      const caption = cell(s, f, child.childNodes);
      if (/\S/.test(caption.text)) f.blocks.push({ type: 'paragraph', ...caption });
    } else if (tag !== 'colgroup') element(s, f, child);
  }
  // Without a thead, a first row of th cells only is the header.
  if (!head && firstAllTh && rows.length > 0) head = rows.shift();
  if (omitted) s.context.report('', 'truncated', `${omitted} table rows`);
  if (!head && rows.length === 0) return;
  f.blocks.push(head ? { type: 'table', head, rows } : { type: 'table', rows });
}

/** A figure: an image with its figcaption as caption; any other figure's caption is a paragraph. */
function figure(s: State, f: Flow, el: Element): void {
  flush(f);
  const start = f.blocks.length;
  const captionEl = el.childNodes.find((node): node is Element => isElement(node) && node.tagName === 'figcaption');
  walk(
    s,
    f,
    el.childNodes.filter((node) => node !== captionEl),
  );
  flush(f);
  if (!captionEl) return;
  touch(s, captionEl);
  const caption = cell(s, f, captionEl.childNodes);
  if (!/\S/.test(caption.text)) return;
  const added = f.blocks.slice(start);
  if (added.length === 1 && added[0].type === 'image') {
    added[0].caption = caption.text;
    return;
  }
  const paragraph: BodyBlock = { type: 'paragraph', ...caption };
  // Where the figcaption stands: above the content when it comes first.
  if (el.childNodes.find(isElement) === captionEl) f.blocks.splice(start, 0, paragraph);
  else f.blocks.push(paragraph);
}

/** parse5's fragment parsing as `innerHTML` of a `div` sets it. */
export function parseHtml(raw: string): DefaultTreeAdapterTypes.DocumentFragment {
  const context = defaultTreeAdapter.createElement('div', spec.NS.HTML, []);
  return parseFragment(context, raw, {});
}

const KNOWN_TAG =
  /<(?:a|abbr|article|aside|b|blockquote|br|code|dd|del|details|div|dl|dt|em|figcaption|figure|h[1-6]|hr|i|img|kbd|li|main|mark|ol|p|pre|s|section|small|span|strong|sub|sup|table|tbody|td|th|thead|tr|u|ul)[\s/>]/i;

/**
 * Markdown's block syntax at the start of a line (outside `<pre>`): an ATX heading, a fence, a list
 * marker, a quote marker, a table row; or an inline link `[text](url)`. Bounded, so it stays linear.
 */
const MARKDOWN =
  /^ {0,3}(?:#{1,6} |```|~~~|> |[-*+] \S|\d{1,9}[.)] \S|\|.{0,200}\|[ \t]*$)|\[[^\]\n]{1,200}\]\([^)\s]{1,500}\)/m;

/**
 * HTML when the string holds a tag of a known HTML element (`<p>`, `<h2 id=…>`, `<br/>`) and no Markdown
 * block syntax or Markdown link outside `<pre>…</pre>`: a Markdown document with some inline HTML
 * (`<br>`, `<details>`) stays Markdown. Only the first 64 kB are read.
 */
function detect(raw: unknown): boolean {
  if (typeof raw !== 'string') return false;
  const head = raw.slice(0, 65536);
  if (!KNOWN_TAG.test(head)) return false;
  let outside = '';
  let at = 0;
  while (at < head.length) {
    const open = head.indexOf('<pre', at);
    if (open < 0) {
      outside += head.slice(at);
      break;
    }
    outside += head.slice(at, open);
    const close = head.indexOf('</pre', open);
    if (close < 0) break;
    at = close + 5;
  }
  return !MARKDOWN.test(outside);
}

function parse(raw: unknown, context: ParseContext) {
  const s: State = { context, dropped: new Map(), depth: 0 };
  const top = flowIn(undefined);
  if (typeof raw !== 'string') {
    context.report('', 'invalid-type', raw);
    return { blocks: [] };
  }
  try {
    walk(s, top, parseHtml(raw).childNodes);
    flush(top);
  } catch {
    // No input should get here; if one does, the blocks built so far are kept.
    context.report('', 'unreadable-value');
  }
  if (s.dropped.size > 0) {
    const names = [...s.dropped].map(([name, count]) => `${name} ×${count}`);
    context.report('', 'dropped-markup', names.join(', '));
  }
  return { blocks: limit(s, top.blocks) };
}

export const html: BodyParser = {
  format: 'html',
  detect,
  parse,
  // Titles of an HTML source are HTML: their entities decode once, their markup is not shown.
  readTitle: (raw) => (/[&<]/.test(raw) ? htmlText(raw) : raw),
};
