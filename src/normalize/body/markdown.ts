/**
 * Markdown bodies: CommonMark with GitHub's extensions (tables, task lists, strikethrough, autolinks,
 * footnotes) and YAML front matter, as Astro and Hugo content files and dev.to's `body_markdown` hold
 * them. markdown-it parses (markdown-it-footnote reads footnote definitions); this file maps its
 * tokens onto the body model. Nothing of the input reaches the page as markup: raw HTML becomes plain
 * text, and every link and image passes the normalizer's URL check.
 *
 * markdown-it was chosen by measurement. On the bench's 51 KB article it parses to the model in about
 * 5 ms where micromark (mdast-util-from-markdown with the GFM extensions) took 120-200 ms, for 54.7 kB
 * brotli against 38.2 kB; it stays linear on the inputs that made micromark quadratic, so no guard is
 * needed. marked 18 lexes the article in about 2.5 ms (14.1 kB for its lexer) but overflows the stack
 * on 2,000 nested emphases, a run of 20,000 `*` or `> - ` × 2,000, and takes 9 s on a list 1,000 deep.
 */
import type { MarkdownIt, Env as MarkdownItEnv, StateBlock, StateCore, StateInline, Token } from 'markdown-it';
import markdownIt from 'markdown-it';
import footnotePlugin from 'markdown-it-footnote';
import type { BodyBlock, ImageBlock, Inline, ListBlock, ListItem, RichText } from '../../model/body.js';
import type { BodyParser, ParseContext, ParsedBody } from '../../model/parser.js';
import { frontMatter } from './markdown-front-matter.js';
import { htmlText, inlineMarkupName } from './markdown-html.js';

/** Deeper containers or inline marks are flattened to their text: no page shows 32 nested quotes. */
const MAX_DEPTH = 32;
/**
 * markdown-it's own bound on nesting (its default): past it, it drops the rest of a container. Block
 * content that reaches `DEEP_LEVEL` (a container pushes at most two levels before reading its
 * content, so it is reached first) is kept as one text token instead, and reported as too deep.
 */
const MAX_NESTING = 100;
const DEEP_LEVEL = MAX_NESTING - 4;

/** What the parse leaves in markdown-it's `env` for the mapping. */
interface Env extends MarkdownItEnv {
  /** For each opening block token, the index of its closing token. */
  closes?: Int32Array;
  /** Footnote definitions (normalized label and token range) in document order. */
  definitions?: Array<{ label: string; from: number; to: number }>;
  /** The normalized labels of the defined footnotes: only these make a reference. */
  footnoteLabels?: Set<string>;
}

/** What one mapping keeps besides its output. */
interface State {
  context: ParseContext;
  md: MarkdownIt;
  tokens: Token[];
  /** For each opening block token, the index of its closing token. */
  closes: Int32Array;
  /** Footnote definitions by label, first one per label (as link definitions), in document order… */
  footnotes: Map<string, { from: number; to: number }>;
  /** …and the later ones of a label: no reference reaches them, but their text is still shown. */
  duplicateFootnotes: Array<{ from: number; to: number }>;
  /** Footnote numbers by label, given by first reference; the labels in that order. */
  numbers: Map<string, number>;
  numbered: string[];
  /** Markup not shown, by name, in order of first occurrence: one `dropped-markup` issue. */
  dropped: Map<string, number>;
  /** Whether a part was flattened for being nested too deeply (reported once). */
  tooDeep: boolean;
}

const drop = (state: State, name: string) => state.dropped.set(name, (state.dropped.get(name) ?? 0) + 1);

/** A soft line break is a space; only a hard break (`break`) is a line break in the model. */
const unwrap = (text: string) => (text.includes('\n') ? text.replace(/[ \t]*\n[ \t]*/g, ' ') : text);

/** `<my url>` destinations may hold spaces; CommonMark renderers encode them, and so does this. */
const destination = (url: string) => url.replaceAll(' ', '%20');

// ——— The parser: markdown-it configured for GFM, URLs untouched ———

/**
 * How many cells markdown-it's table rule reads in a (trimmed) row: split at pipes not right after a
 * backslash, an empty first and last part dropped.
 */
function rowCells(line: string): number {
  let cells = 1;
  let lastPipe = -1;
  for (let i = 0; i < line.length; i++) {
    if (line.charCodeAt(i) === 0x7c /* | */ && (i === 0 || line.charCodeAt(i - 1) !== 0x5c) /* \ */) {
      cells++;
      lastPipe = i;
    }
  }
  if (line.charCodeAt(0) === 0x7c) cells--;
  if (cells > 0 && lastPipe !== -1 && lastPipe === line.length - 1) cells--;
  return cells;
}

type BlockRule = (state: StateBlock, startLine: number, endLine: number, silent: boolean) => boolean;

/**
 * markdown-it's table rule, counting the cells beyond the header's width (which it drops without a
 * word) on each body row, as `meta.extraCells`; and, as GFM, no table whose delimiter row has neither
 * `|` nor `:`.
 */
function countingTable(table: BlockRule): BlockRule {
  return (state, startLine, endLine, silent) => {
    // A delimiter row without `|` or `:` (`---`) is a setext underline or a thematic break, as in GFM.
    const delimiter = startLine + 1;
    if (delimiter < endLine) {
      const row = state.src.slice(state.bMarks[delimiter] + state.tShift[delimiter], state.eMarks[delimiter]);
      if (!row.includes('|') && !row.includes(':')) return false;
    }
    const first = state.tokens.length;
    if (!table(state, startLine, endLine, silent)) return false;
    if (silent) return true;
    let width = 0;
    let body = false;
    for (let i = first; i < state.tokens.length; i++) {
      const token = state.tokens[i];
      if (token.type === 'th_open') width++;
      else if (token.type === 'tbody_open') body = true;
      else if (body && token.type === 'tr_open' && token.map) {
        const line = token.map[0];
        const text = state.src.slice(state.bMarks[line] + state.tShift[line], state.eMarks[line]).trim();
        const extra = rowCells(text) - width;
        if (extra > 0) token.meta = { extraCells: extra };
      }
    }
    return true;
  };
}

/** Block content nested past `DEEP_LEVEL`: the rest of its container, kept as one `too_deep` text token. */
function tooDeep(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  if (state.level < DEEP_LEVEL || silent) return false;
  const token = state.push('too_deep', '', 0);
  token.content = state.getLines(startLine, endLine, state.blkIndent, false);
  token.map = [startLine, endLine];
  state.line = endLine;
  return true;
}

/** A footnote reference, `[^label]`, to a defined footnote; labels compare as link labels do (case-insensitively). */
function footnoteReference(state: StateInline, silent: boolean): boolean {
  const { src, pos: start, posMax: max } = state;
  const labels = (state.env as Env).footnoteLabels;
  if (!labels || labels.size === 0 || start + 3 > max) return false;
  if (src.charCodeAt(start) !== 0x5b /* [ */ || src.charCodeAt(start + 1) !== 0x5e /* ^ */) return false;
  let pos = start + 2;
  for (; pos < max; pos++) {
    const code = src.charCodeAt(pos);
    if (code === 0x20 || code === 0x0a || code === 0x09) return false;
    if (code === 0x5d /* ] */) break;
  }
  if (pos === start + 2 || pos >= max) return false;
  const label = state.md.utils.normalizeReference(src.slice(start + 2, pos));
  if (!labels.has(label)) return false;
  if (!silent) state.push('footnote_ref', '', 0).meta = { label };
  state.pos = pos + 1;
  return true;
}

/** A `[ ]` or `[x]` at the start of an item's first paragraph, followed by a space, a tab or a line ending. */
const TASK = /^\[([ \txX\n])\][ \t\n]/;

/**
 * After the block parse: the index of each block token's closing token, the footnote definitions
 * and their labels, and the task boxes (taken off their paragraph, so no link can be made of them).
 */
function prepare(state: StateCore): void {
  const { tokens } = state;
  const env = state.env as Env;
  const closes = new Int32Array(tokens.length).fill(-1);
  const open: number[] = [];
  const definitions: Env['definitions'] = [];
  const labels = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.nesting === 1) {
      open.push(i);
      if (token.type === 'footnote_reference_open') {
        const label = state.md.utils.normalizeReference(String(token.meta?.label));
        labels.add(label);
        definitions.push({ label, from: i + 1, to: i + 1 });
      } else if (token.type === 'list_item_open' && tokens[i + 1]?.type === 'paragraph_open') {
        const lead = tokens[i + 2];
        const task = TASK.exec(lead.content);
        if (task) {
          token.meta = { checked: task[1] === 'x' || task[1] === 'X' };
          lead.content = lead.content.slice(4);
        }
      }
    } else if (token.nesting === -1) {
      const start = open.pop();
      if (start !== undefined) closes[start] = i;
    }
  }
  for (const definition of definitions) definition.to = closes[definition.from - 1];
  env.closes = closes;
  env.definitions = definitions;
  env.footnoteLabels = labels;
}

let parser: MarkdownIt | undefined;

/** The one markdown-it instance, made on first use: GFM's constructs, every URL as written. */
function markdownParser(): MarkdownIt {
  if (parser) return parser;
  const md = markdownIt({ html: true, linkify: true, typographer: false, maxNesting: MAX_NESTING });
  md.use(footnotePlugin);
  // Footnotes are listed by the mapping (numbered by first reference, every definition shown), and
  // GFM has no inline footnotes (`^[note]`).
  md.core.ruler.disable('footnote_tail');
  md.inline.ruler.disable('footnote_inline');
  md.inline.ruler.at('footnote_ref', footnoteReference);
  md.core.ruler.after('strip_references', 'article_prepare', prepare);
  const table = md.block.ruler.__rules__.find((rule) => rule.name === 'table');
  if (table) md.block.ruler.at('table', countingTable(table.fn), { alt: table.alt });
  md.block.ruler.before('table', 'too_deep', tooDeep);
  // The normalizer checks every URL itself, as written: markdown-it must neither refuse nor encode any.
  md.validateLink = () => true;
  md.normalizeLink = (url) => url;
  md.normalizeLinkText = (url) => url;
  // GFM's autolink literals: `www.` links, emails and http(s) URLs; not bare domains (`main.py`), `ftp:` or `//`.
  md.linkify.set({ fuzzyLink: false, fuzzyEmail: true, fuzzyIP: false });
  md.linkify.add('ftp:', null).add('//', null);
  let www: RegExp | undefined;
  md.linkify.add('www.', {
    validate(text, pos, self) {
      www ??= new RegExp(self.re.get_url_host_port().source + self.re.get_path().source, 'iy');
      www.lastIndex = pos;
      return www.exec(text)?.[0].length ?? 0;
    },
    normalize(match) {
      match.url = `http://${match.url}`;
    },
  });
  parser = md;
  return md;
}

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

/**
 * The text of inline tokens `from`…`to`, without recursion (a flattened part can be thousands of
 * levels deep): text and code, image descriptions, breaks as "\n"; raw HTML dropped.
 */
function inlineTokensText(tokens: readonly Token[], from = 0, to = tokens.length): string {
  let text = '';
  const stack: Array<[readonly Token[], number, number]> = [[tokens, from, to]];
  while (stack.length > 0) {
    const [list, start, end] = stack.pop() as [readonly Token[], number, number];
    for (let i = start; i < end; i++) {
      const token = list[i];
      if (token.type === 'text' || token.type === 'text_special' || token.type === 'code_inline') text += token.content;
      else if (token.type === 'softbreak' || token.type === 'hardbreak') text += '\n';
      else if (token.type === 'image' && token.children) {
        // The rest of this list after the image's description.
        stack.push([list, i + 1, end], [token.children, 0, token.children.length]);
        break;
      }
    }
  }
  return text;
}

/** An image's description as CommonMark gives it: the text of its label, nested images included. */
function altText(image: Token): string {
  let alt = '';
  // Depth first, in order, without recursion (images nest thousands deep): a list is pushed in reverse.
  const pending: Token[] = [...(image.children ?? [])].reverse();
  while (pending.length > 0) {
    const token = pending.pop() as Token;
    if (token.type === 'image') {
      const children = token.children ?? [];
      for (let i = children.length - 1; i >= 0; i--) pending.push(children[i]);
    } else if (
      token.type === 'text' ||
      token.type === 'text_special' ||
      token.type === 'code_inline' ||
      token.type === 'html_inline'
    ) {
      alt += token.content;
    } else if (token.type === 'softbreak' || token.type === 'hardbreak') alt += '\n';
  }
  return alt;
}

/** The text of block tokens `from`…`to` (a flattened part), blocks separated by a line break. */
function blockTokensText(tokens: readonly Token[], from: number, to: number): string {
  const parts: string[] = [];
  for (let i = from; i < to; i++) {
    const token = tokens[i];
    if (token.type === 'inline') parts.push(inlineTokensText(token.children ?? []));
    else if (token.type === 'fence' || token.type === 'code_block') parts.push(token.content);
    else if (token.type === 'too_deep') parts.push(deepText(token.content));
  }
  return parts.join('\n');
}

/** The text of content nested too deeply to parse: the container markers at its lines' starts taken off. */
const deepText = (source: string) =>
  source
    .split('\n')
    .map((line) => line.replace(/^(?:[ \t]*(?:>|(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$)))*[ \t]*/, ''))
    .join('\n');

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
  let number = state.numbers.get(label);
  if (number === undefined) {
    state.numbered.push(label);
    number = state.numbered.length;
    state.numbers.set(label, number);
  }
  return number;
}

/**
 * An email address linkify found, read as GFM reads email literals: only letters, digits and `.+-_`
 * before the `@`, a domain with a dot, ending in a letter (`react@18.2.0` is a package, not an
 * address). What linkify took before such an address (`#` in `#me@x.io`) is text, and so is an
 * address of another shape.
 */
function emailLink(state: State, found: string): Inline[] {
  const address = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/.exec(found);
  if (!address || !/[A-Za-z]$/.test(found)) return [{ type: 'text', text: found }];
  const before: Inline[] = address.index > 0 ? [{ type: 'text', text: found.slice(0, address.index) }] : [];
  return [...before, ...link(state, `mailto:${address[0]}`, [{ type: 'text', text: address[0] }])];
}

/** The index of the token closing the one opened at `start` (inline tokens carry no index of closes). */
function inlineClose(tokens: readonly Token[], start: number): number {
  let level = 0;
  for (let i = start; i < tokens.length; i++) {
    level += tokens[i].nesting;
    if (level === 0) return i;
  }
  return tokens.length;
}

/** Text at the end of `out`, joined to the text there (each node is this parse's own). */
function addText(out: Inline[], text: string): void {
  const last = out[out.length - 1];
  if (last?.type === 'text') last.text += text;
  else out.push({ type: 'text', text });
}

/** `nodes` at the end of `out`, a text first joined to the text there. */
function append(out: Inline[], nodes: readonly Inline[]): void {
  for (const node of nodes) {
    if (node.type === 'text') addText(out, node.text);
    else out.push(node);
  }
}

/** The last of `out` without the spaces and tabs it ends with, when it is text. */
function trimEnd(out: Inline[]): void {
  const last = out[out.length - 1];
  if (last?.type === 'text') last.text = last.text.replace(/[ \t]+$/, '');
}

const MARKS: Record<string, 'emphasis' | 'strong' | 'strikethrough'> = {
  em_open: 'emphasis',
  strong_open: 'strong',
  s_open: 'strikethrough',
};

/** Inline tokens `from`…`to`. `inLink`: links inside a link become their text (an `a` cannot hold an `a`). */
function phrasing(
  state: State,
  tokens: readonly Token[],
  from: number,
  to: number,
  depth: number,
  inLink: boolean,
): Inline[] {
  const out: Inline[] = [];
  for (let i = from; i < to; i++) {
    const token = tokens[i];
    if (token.nesting === 1) {
      const close = inlineClose(tokens, i);
      if (depth > MAX_DEPTH) {
        state.tooDeep = true;
        addText(out, unwrap(inlineTokensText(tokens, i + 1, close)));
      } else if (token.type === 'link_open') {
        const href = String(token.attrGet('href') ?? '');
        const text = tokens[i + 1]?.type === 'text' ? tokens[i + 1].content : '';
        if (token.markup === 'linkify' && href.startsWith('mailto:') && !text.startsWith('mailto:')) {
          // An email linkify found (never inside a link), cut to GFM's shape.
          append(out, emailLink(state, text));
        } else {
          const children = phrasing(state, tokens, i + 1, close, depth + 1, true);
          append(out, inLink ? children : link(state, href, children));
        }
      } else {
        const children = phrasing(state, tokens, i + 1, close, depth + 1, inLink);
        const type = MARKS[token.type];
        if (type === undefined) append(out, children);
        else if (children.length > 0) out.push({ type, children });
      }
      i = close;
      continue;
    }
    switch (token.type) {
      case 'text':
      case 'text_special':
        // Emphasis markers taken up leave empty texts.
        if (token.content !== '') addText(out, unwrap(token.content));
        break;
      case 'softbreak':
        // Spaces and tabs before a line ending are no text (markdown-it takes off one space, not tabs).
        if (tokens[i - 1]?.type === 'text') trimEnd(out);
        addText(out, ' ');
        break;
      case 'code_inline':
        out.push({ type: 'code', text: token.content });
        break;
      case 'hardbreak':
        out.push({ type: 'break' });
        break;
      case 'image': {
        // The model has no inline image: an image within text shows its description.
        drop(state, 'img');
        const alt = altText(token);
        if (alt) addText(out, unwrap(alt));
        break;
      }
      case 'html_inline':
        // A line break written as HTML is a line break; any other tag is dropped, its text kept around it.
        if (/^<br\s*\/?>$/i.test(token.content)) out.push({ type: 'break' });
        else drop(state, inlineMarkupName(token.content) ?? 'html');
        break;
      case 'footnote_ref':
        addText(out, `[${footnoteNumber(state, String(token.meta?.label))}]`);
        break;
      default:
        if (token.content) addText(out, unwrap(token.content));
    }
  }
  return out;
}

/** The rich text of an `inline` token. */
const inlineRich = (state: State, inline: Token, depth: number): RichText => {
  const children = inline.children ?? [];
  return richText(phrasing(state, children, 0, children.length, depth, false));
};

// ——— Blocks ———

/** An image block when the URL passes the check (for images); otherwise its description as a paragraph. */
function imageBlock(state: State, url: string, alt: string, title: string | number | null): BodyBlock | undefined {
  const src = url === '' ? undefined : state.context.safeUrl(destination(url), true);
  if (src === undefined) {
    if (url !== '') state.context.report('', 'unsafe-url', url);
    return alt ? { type: 'paragraph', text: unwrap(alt) } : undefined;
  }
  if (!alt) state.context.report('', 'missing-alt', src);
  const image: ImageBlock = { type: 'image', src, alt: alt ? unwrap(alt) : '' };
  // Markdown has no caption; the title is the closest thing, and Hugo and Jekyll themes show it as one.
  if (title) image.caption = String(title);
  return image;
}

/**
 * The images of a paragraph that holds images and nothing else (but spaces, line breaks and links
 * around them), and how many links wrap them; `undefined` for any other paragraph. No side effects.
 */
function imagesOnly(inline: Token): { images: Token[]; links: number } | undefined {
  const images: Token[] = [];
  let links = 0;
  for (const token of inline.children ?? []) {
    if (token.type === 'image') images.push(token);
    else if (token.type === 'link_open') links++;
    else if (token.type === 'text' || token.type === 'text_special') {
      if (token.content.trim() !== '') return undefined;
    } else if (token.type !== 'softbreak' && token.type !== 'hardbreak' && token.type !== 'link_close')
      return undefined;
  }
  return images.length > 0 ? { images, links } : undefined;
}

/** The image blocks of a paragraph `imagesOnly` accepted. */
function imageBlocks(state: State, found: { images: Token[]; links: number }): BodyBlock[] {
  // The model's image has no link: a linked image is shown, its link is counted as dropped markup.
  for (let i = 0; i < found.links; i++) drop(state, 'a');
  return found.images.flatMap(
    (image) => imageBlock(state, String(image.attrGet('src') ?? ''), altText(image), image.attrGet('title')) ?? [],
  );
}

/** Keeps the first `maxItems` of `items`; the rest is counted in a `truncated` issue naming them. */
function limit<T>(context: ParseContext, items: T[], what: string): [T[], number] {
  const { maxItems } = context;
  if (items.length <= maxItems) return [items, 0];
  const omitted = items.length - maxItems;
  context.report('', 'truncated', `${omitted} ${what}`);
  return [items.slice(0, maxItems), omitted];
}

/** The blocks `from`…`to` of one container, as children: each an opening token and its close, or one token. */
function children(state: State, from: number, to: number): number[] {
  const starts: number[] = [];
  for (let i = from; i < to; i = state.tokens[i].nesting === 1 ? state.closes[i] + 1 : i + 1) starts.push(i);
  return starts;
}

/** A list item (or a footnote) whose blocks are the tokens `from`…`to`. */
function listItem(state: State, from: number, to: number, depth: number, checked?: boolean): ListItem {
  const { tokens } = state;
  // The item's first paragraph is its text; what follows (and a first block of another kind) are its blocks.
  const lead = from < to && tokens[from].type === 'paragraph_open' && !imagesOnly(tokens[from + 1]) ? from : -1;
  const result: ListItem = lead === -1 ? { text: '' } : inlineRich(state, tokens[from + 1], depth);
  if (checked !== undefined) result.checked = checked;
  const blocks = blockList(state, lead === -1 ? from : state.closes[lead] + 1, to, depth, 'blocks');
  if (blocks.length > 0) result.blocks = blocks;
  return result;
}

function list(state: State, start: number, depth: number): ListBlock {
  const { tokens, closes } = state;
  const [items, omitted] = limit(state.context, children(state, start + 1, closes[start]), 'list items');
  const block: ListBlock = {
    type: 'list',
    items: items.map((item) =>
      listItem(state, item + 1, closes[item], depth + 1, tokens[item].meta?.checked as boolean | undefined),
    ),
  };
  if (tokens[start].type === 'ordered_list_open') {
    block.ordered = true;
    const first = Number(tokens[start].attrGet('start') ?? 1);
    if (first !== 1) block.start = first;
  }
  if (omitted > 0) block.omitted = omitted;
  return block;
}

function table(state: State, start: number, depth: number): BodyBlock {
  const { tokens, closes } = state;
  const rows: number[] = [];
  for (let i = start + 1; i < closes[start]; i++) if (tokens[i].type === 'tr_open') rows.push(i);
  const [head, ...body] = rows;
  const cells = (row: number): RichText[] => {
    const texts: RichText[] = [];
    for (let i = row + 1; i < closes[row]; i++) {
      if (tokens[i].type === 'inline') texts.push(inlineRich(state, tokens[i], depth));
    }
    // As GFM renders a table: missing cells are empty (markdown-it gives them), cells beyond the header's are not shown.
    const extra = (tokens[row].meta?.extraCells as number | undefined) ?? 0;
    for (let i = 0; i < extra; i++) drop(state, 'td');
    return texts;
  };
  const [shown] = limit(state.context, body, 'table rows');
  return { type: 'table', head: cells(head), rows: shown.map(cells) };
}

/** The blocks the block at `start` becomes: none, one, or several (a paragraph of images). */
function block(state: State, start: number, depth: number, out: BodyBlock[]): void {
  const { tokens, closes } = state;
  const token = tokens[start];
  if (depth > MAX_DEPTH && token.nesting === 1) {
    state.tooDeep = true;
    const text = blockTokensText(tokens, start + 1, closes[start])
      .replace(/\s+/g, ' ')
      .trim();
    if (text !== '') out.push({ type: 'paragraph', text });
    return;
  }
  switch (token.type) {
    case 'paragraph_open': {
      const inline = tokens[start + 1];
      const images = imagesOnly(inline);
      if (images) {
        out.push(...imageBlocks(state, images));
        break;
      }
      const rich = inlineRich(state, inline, depth);
      if (rich.text !== '' || rich.inline) out.push({ type: 'paragraph', ...rich });
      break;
    }
    case 'heading_open': {
      const rich = inlineRich(state, tokens[start + 1], depth);
      if (rich.text === '' && !rich.inline) break;
      const level = Number(token.tag.slice(1));
      // The article's title is the page's only h1: a `#` heading in the body becomes a level 2.
      if (level === 1) state.context.report('', 'heading-level', rich.text);
      out.push({ type: 'heading', ...rich, level: level === 1 ? 2 : (level as 2 | 3 | 4 | 5 | 6) });
      break;
    }
    case 'hr':
      out.push({ type: 'divider' });
      break;
    case 'blockquote_open': {
      const blocks = blockList(state, start + 1, closes[start], depth + 1, 'blocks');
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
    case 'bullet_list_open':
    case 'ordered_list_open':
      out.push(list(state, start, depth));
      break;
    case 'fence': {
      // The info string's first word is the language; the rest (`{1,3}`, `title=…`) has no place in the model.
      const language = state.md.utils.unescapeAll(token.info).trim().split(/\s+/, 1)[0];
      const text = token.content.endsWith('\n') ? token.content.slice(0, -1) : token.content;
      out.push(language ? { type: 'code', text, language } : { type: 'code', text });
      break;
    }
    case 'code_block':
      out.push({ type: 'code', text: token.content.endsWith('\n') ? token.content.slice(0, -1) : token.content });
      break;
    case 'html_block': {
      const text = htmlText(token.content, (name) => drop(state, name));
      if (text !== '') out.push({ type: 'paragraph', text });
      break;
    }
    case 'table_open':
      out.push(table(state, start, depth));
      break;
    case 'too_deep': {
      // Nested past what markdown-it parses: its text, the container markers taken off.
      state.tooDeep = true;
      const text = deepText(token.content).replace(/\s+/g, ' ').trim();
      if (text !== '') out.push({ type: 'paragraph', text });
      break;
    }
    case 'footnote_reference_open':
      // Footnotes are listed at the end.
      break;
    default: {
      const text = unwrap(
        token.nesting === 1 ? blockTokensText(tokens, start + 1, closes[start]) : token.content,
      ).trim();
      if (text !== '') out.push({ type: 'paragraph', text });
    }
  }
}

function blockList(state: State, from: number, to: number, depth: number, what: string): BodyBlock[] {
  const out: BodyBlock[] = [];
  for (const start of children(state, from, to)) block(state, start, depth, out);
  return limit(state.context, out, what)[0];
}

/**
 * The footnotes, numbered by first reference (unreferenced ones after, then a label's later
 * definitions): a divider and a numbered list.
 */
function footnotes(state: State): BodyBlock[] {
  for (const label of state.footnotes.keys()) footnoteNumber(state, label);
  const items: ListItem[] = [];
  // A footnote may reference another, which is numbered on: `numbered` grows while it is read.
  for (let i = 0; i < state.numbered.length; i++) {
    const definition = state.footnotes.get(state.numbered[i]);
    items.push(definition ? listItem(state, definition.from, definition.to, 1) : { text: '' });
  }
  for (const definition of state.duplicateFootnotes) items.push(listItem(state, definition.from, definition.to, 1));
  if (items.length === 0) return [];
  const [shown, omitted] = limit(state.context, items, 'footnotes');
  const notes: ListBlock = { type: 'list', items: shown, ordered: true };
  if (omitted > 0) notes.omitted = omitted;
  return [{ type: 'divider' }, notes];
}

/**
 * Front matter, as Astro, Hugo and Jekyll write it: `---` (YAML) or `+++` (TOML) alone on the first
 * line (spaces after it allowed), up to the same fence alone on a line. Without a closing fence there
 * is none. Linear: one pass over the lines.
 */
function splitFrontMatter(text: string): { kind: 'yaml' | 'toml'; value: string; rest: string } | undefined {
  const fence = text.startsWith('---') ? '---' : text.startsWith('+++') ? '+++' : undefined;
  if (fence === undefined) return undefined;
  const fenceLine = (line: string) => line.startsWith(fence) && /^[ \t]*$/.test(line.slice(3));
  const first = text.indexOf('\n');
  if (first === -1 || !fenceLine(text.slice(0, first))) return undefined;
  for (let start = first + 1; ; ) {
    const end = text.indexOf('\n', start);
    if (fenceLine(text.slice(start, end === -1 ? text.length : end))) {
      return {
        kind: fence === '---' ? 'yaml' : 'toml',
        value: text.slice(first + 1, Math.max(first + 1, start - 1)),
        rest: end === -1 ? '' : text.slice(end + 1),
      };
    }
    if (end === -1) return undefined;
    start = end + 1;
  }
}

function parseMarkdown(raw: string, context: ParseContext): ParsedBody {
  // A byte order mark is no text.
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  const result: ParsedBody = { blocks: [] };
  const matter = splitFrontMatter(text);
  if (matter) {
    const read = frontMatter(matter.kind, matter.value, context);
    if (read.title !== undefined) result.title = read.title;
    if (read.meta !== undefined) result.meta = read.meta;
    if (read.block) result.blocks.push(read.block);
  }
  const env: Env = {};
  const md = markdownParser();
  const tokens = md.parse(matter ? matter.rest : text, env);
  const state: State = {
    context,
    md,
    tokens,
    closes: env.closes ?? new Int32Array(0),
    footnotes: new Map(),
    duplicateFootnotes: [],
    numbers: new Map(),
    numbered: [],
    dropped: new Map(),
    tooDeep: false,
  };
  for (const { label, from, to } of env.definitions ?? []) {
    if (state.footnotes.has(label)) state.duplicateFootnotes.push({ from, to });
    else state.footnotes.set(label, { from, to });
  }
  for (const start of children(state, 0, tokens.length)) block(state, start, 0, result.blocks);
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
      // A bug threw (markdown-it's nesting is bounded, so its stack is too): the text is still shown, as plain paragraphs.
      context.report('', 'dropped-markup', 'markdown that could not be parsed; shown as text');
      return { blocks: limit(context, plainParagraphs(text), 'blocks')[0] };
    }
  },
};
