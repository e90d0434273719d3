/**
 * Notion blocks: the block objects of the Notion API (`GET /v1/blocks/{id}/children`), as its `results`
 * array or the whole list response. A block has `object: 'block'`, a `type` and a payload under that
 * type's name (`paragraph: { rich_text, color }`). The API returns one level at a time, so nested blocks
 * are read from `children` where the caller put them: on the block (as tree-fetching helpers do) or on
 * its payload (as the append endpoint takes them).
 *
 * No library in this ecosystem's weight class maps Notion blocks to a neutral model (the official SDK
 * only types them; the renderers emit React or HTML), so this file maps them by hand, after the API
 * reference (https://developers.notion.com/reference/block).
 *
 * Decisions: heading_1/2/3 are levels 2/3/4, with no issue: a page's title is its own property, so
 * heading_1 is already a section below the title, and shifting by one keeps Notion's three levels apart.
 * Consecutive list items of one type form one list (to_do items one list with `checked`). A callout is a
 * quote, its emoji icon kept as the first characters of its text (a ⚠️ says something); an image icon is
 * decoration. A toggle is its text as a paragraph, then its children. Notion has no alt text: an image
 * has `alt: ""` with `missing-alt`, and its caption as caption. bookmark, embed, link_preview and media
 * blocks are a paragraph with a link. Mentions keep their plain text without a link (they point into the
 * workspace); links relative to Notion ("/<page id>") are made absolute. Colors and underline are
 * presentation. A code block's caption has no place in the model: it is named by `unknown-field`.
 */
import type { BodyBlock, ImageBlock, Inline, ListBlock, ListItem, RichText } from '../../model/body.js';
import type { BodyParser, ParseContext, ParsedBody } from '../../model/parser.js';
import { isRecord } from '../is.js';
import { childPath } from '../issues.js';
import {
  asCode,
  isBlank,
  MAX_DEPTH,
  mayRead,
  newWalk,
  plainText,
  richText,
  spend,
  stringField,
  textNode,
  type Walk,
  withinLimit,
} from './json-rich-text.js';

interface State {
  context: ParseContext;
  walk: Walk;
}

type Block = Record<string, unknown> & { type: string };

const LIST_TYPES: Record<string, 'bullet' | 'number' | 'todo'> = {
  bulleted_list_item: 'bullet',
  numbered_list_item: 'number',
  to_do: 'todo',
};

/** Blocks that only lay out their children. */
const CONTAINERS = /* @__PURE__ */ new Set(['column_list', 'column', 'synced_block']);
/** Navigation Notion draws from the page itself: nothing of the article's own. */
const NAVIGATION = /* @__PURE__ */ new Set(['table_of_contents', 'breadcrumb']);
/** Blocks that point at a URL: a paragraph with a link, and their caption. */
const LINKS = /* @__PURE__ */ new Set(['bookmark', 'embed', 'link_preview', 'video', 'audio', 'file', 'pdf']);

/** Fields of a block object that hold no text of the article. */
const NOT_TEXT = /* @__PURE__ */ new Set([
  'object',
  'id',
  'type',
  'parent',
  'created_time',
  'last_edited_time',
  'created_by',
  'last_edited_by',
  'has_children',
  'archived',
  'in_trash',
  'annotations',
  'color',
  'href',
  'link',
  'expiry_time',
  'is_toggleable',
  'checked',
]);

const BREAK: Inline = { type: 'break' };

const blockOf = (raw: unknown): Block | undefined =>
  isRecord(raw) && typeof raw.type === 'string' ? (raw as Block) : undefined;
const payloadOf = (block: Block): Record<string, unknown> =>
  isRecord(block[block.type]) ? (block[block.type] as Record<string, unknown>) : {};
const paragraph = (part: RichText): BodyBlock[] => (isBlank(part) ? [] : [{ type: 'paragraph', ...part }]);

/** The text of an unknown or broken node: rich text by its `plain_text`, other strings as they are. */
function looseNotionText(state: State, value: unknown): string {
  const parts: string[] = [];
  const visit = (node: unknown, depth: number): void => {
    if (state.walk.budget <= 0 || depth > MAX_DEPTH) return;
    state.walk.budget--;
    if (typeof node === 'string') {
      if (node.trim()) parts.push(node.trim());
    } else if (Array.isArray(node)) {
      for (const item of node) visit(item, depth + 1);
    } else if (isRecord(node)) {
      // A rich text item's `plain_text` repeats its `text.content`.
      if (typeof node.plain_text === 'string') visit(node.plain_text, depth + 1);
      else for (const [key, item] of Object.entries(node)) if (!NOT_TEXT.has(key)) visit(item, depth + 1);
    }
  };
  visit(value, 0);
  return parts.join(' ');
}

/** A link of rich text: `href` (absolute even for links between pages), else `text.link.url`. */
function linkOf(item: Record<string, unknown>, text: Record<string, unknown> | undefined, path: string) {
  const href = stringField(item, 'href');
  if (href !== undefined) return { url: href, path: childPath(path, 'href') };
  const url = text && isRecord(text.link) ? stringField(text.link, 'url') : undefined;
  if (url === undefined) return undefined;
  // Links between pages are relative to notion.so, not to the site that shows the article.
  return {
    url: /^\/[^/\\]/.test(url) ? `https://www.notion.so${url}` : url,
    path: childPath(childPath(path, 'text'), 'link'),
  };
}

function richItem(state: State, item: unknown, path: string): Inline[] {
  if (typeof item === 'string') return [textNode(item)];
  if (!isRecord(item)) {
    state.context.report(path, 'invalid-type', item);
    return [];
  }
  const type = stringField(item, 'type') ?? 'text';
  const text = isRecord(item.text) ? item.text : undefined;
  const equation = isRecord(item.equation) ? item.equation : undefined;
  // `plain_text` is in every response; a request body (or a hand-made block) has only `text.content`.
  const plain =
    stringField(item, 'plain_text') ??
    (text && stringField(text, 'content')) ??
    (equation && stringField(equation, 'expression'));
  if (plain === undefined) {
    state.context.report(path, 'invalid-type', looseNotionText(state, item) || undefined);
    return [];
  }
  const annotations = isRecord(item.annotations) ? item.annotations : {};
  let nodes: Inline[] = [textNode(plain)];
  if (annotations.code === true || type === 'equation') nodes = asCode(nodes);
  if (annotations.strikethrough === true) nodes = [{ type: 'strikethrough', children: nodes }];
  if (annotations.italic === true) nodes = [{ type: 'emphasis', children: nodes }];
  if (annotations.bold === true) nodes = [{ type: 'strong', children: nodes }];
  const link = type === 'mention' ? undefined : linkOf(item, text, path);
  if (link) {
    const href = state.context.safeUrl(link.url);
    if (href !== undefined) return [{ type: 'link', href, children: nodes }];
    state.context.report(link.path, 'unsafe-url', link.url);
  }
  return nodes;
}

/** Rich text (an array of rich text objects) as inline content. */
function rich(state: State, value: unknown, path: string): Inline[] {
  if (value === undefined || value === null) return [];
  if (typeof value === 'string') return [textNode(value)];
  if (!Array.isArray(value)) {
    state.context.report(path, 'invalid-type', looseNotionText(state, value) || value);
    return [];
  }
  return spend(state.walk, state.context, path, value).flatMap((item, i) => richItem(state, item, childPath(path, i)));
}

/** The nested blocks of a block and their path: on the block itself or on its payload. */
function childrenOf(block: Block, path: string): [children: unknown[], path: string] {
  if (Array.isArray(block.children)) return [block.children, childPath(path, 'children')];
  const payload = payloadOf(block);
  if (Array.isArray(payload.children)) return [payload.children, childPath(childPath(path, block.type), 'children')];
  return [[], path];
}

function listBlock(state: State, items: unknown[], indexes: number[], path: string, depth: number): ListBlock {
  // A list has no path of its own: the cut is reported where it starts.
  const [kept, omitted] = withinLimit(state.context, indexes, childPath(path, indexes[0]));
  const type = blockOf(items[indexes[0]])?.type;
  const list: ListBlock = {
    type: 'list',
    items: kept.map((i): ListItem => {
      const block = blockOf(items[i]) as Block;
      const itemPath = childPath(path, i);
      const payload = payloadOf(block);
      const item: ListItem = richText(
        rich(state, payload.rich_text, childPath(childPath(itemPath, block.type), 'rich_text')),
      );
      if (block.type === 'to_do') item.checked = payload.checked === true;
      const [children, childrenPath] = childrenOf(block, itemPath);
      const nested = children.length > 0 ? sequence(state, children, childrenPath, depth + 1) : [];
      if (nested.length > 0) item.blocks = nested;
      return item;
    }),
  };
  if (type === 'numbered_list_item') list.ordered = true;
  if (omitted) list.omitted = omitted;
  return list;
}

function table(state: State, block: Block, path: string): BodyBlock[] {
  const [rows, rowsPath] = childrenOf(block, path);
  const cellsOf = (raw: unknown, i: number): RichText[] => {
    const row = blockOf(raw);
    const cells = row ? payloadOf(row).cells : undefined;
    const cellsPath = childPath(childPath(childPath(rowsPath, i), 'table_row'), 'cells');
    if (!Array.isArray(cells)) {
      state.context.report(childPath(rowsPath, i), 'invalid-type', looseNotionText(state, raw) || undefined);
      return [];
    }
    return cells.map((cell, j) => richText(rich(state, cell, childPath(cellsPath, j))));
  };
  // Without its rows (fetched separately) a table has nothing to show.
  if (rows.length === 0) return [];
  const first = payloadOf(block).has_column_header === true ? 1 : 0;
  const head = first ? cellsOf(rows[0], 0) : [];
  const [kept] = withinLimit(state.context, rows.slice(first), rowsPath);
  // Rows without cells (reported above) are left out; a table left with nothing is no table.
  const body = kept.map((row, i) => cellsOf(row, first + i)).filter((cells) => cells.length > 0);
  if (head.length === 0 && body.length === 0) return [];
  return [head.length > 0 ? { type: 'table', head, rows: body } : { type: 'table', rows: body }];
}

function image(state: State, block: Block, path: string): BodyBlock[] {
  const payload = payloadOf(block);
  const payloadPath = childPath(path, block.type);
  const source = stringField(payload, 'type') ?? 'external';
  const file = isRecord(payload[source]) ? (payload[source] as Record<string, unknown>) : undefined;
  const url = file && stringField(file, 'url');
  const caption = richText(rich(state, payload.caption, childPath(payloadPath, 'caption'))).text;
  if (url === undefined) {
    // A `file_upload` (or a broken payload): an id without a URL.
    state.context.report(payloadPath, 'unknown-field', source);
    return paragraph({ text: caption });
  }
  const src = state.context.safeUrl(url, true);
  if (src === undefined) {
    state.context.report(childPath(childPath(payloadPath, source), 'url'), 'unsafe-url', url);
    return paragraph({ text: caption });
  }
  const out: ImageBlock = { type: 'image', src, alt: '' };
  if (caption.trim()) out.caption = caption;
  state.context.report(path, 'missing-alt');
  return [out];
}

/** bookmark, embed, link_preview, video, …: a link to the URL (or the file's name), then the caption. */
function linkParagraph(state: State, block: Block, path: string): BodyBlock[] {
  const payload = payloadOf(block);
  const payloadPath = childPath(path, block.type);
  const source = stringField(payload, 'type');
  const file = source && isRecord(payload[source]) ? (payload[source] as Record<string, unknown>) : undefined;
  const [url, urlPath] =
    stringField(payload, 'url') !== undefined
      ? [stringField(payload, 'url'), childPath(payloadPath, 'url')]
      : [file && stringField(file, 'url'), childPath(childPath(payloadPath, source ?? 'external'), 'url')];
  const caption = rich(state, payload.caption, childPath(payloadPath, 'caption'));
  const nodes: Inline[] = [];
  if (url !== undefined) {
    const label = stringField(payload, 'name') || url;
    const href = state.context.safeUrl(url);
    if (href === undefined) state.context.report(urlPath, 'unsafe-url', url);
    nodes.push(href === undefined ? textNode(label) : { type: 'link', href, children: [textNode(label)] });
  } else state.context.report(payloadPath, 'unknown-field', source ?? block.type);
  if (caption.length > 0) nodes.push(...(nodes.length > 0 ? [BREAK] : []), ...caption);
  return paragraph(richText(nodes));
}

function block(state: State, raw: unknown, path: string, depth: number): BodyBlock[] {
  const node = blockOf(raw);
  if (!node || !mayRead(state.walk, state.context, path, depth)) {
    const text = looseNotionText(state, raw);
    if (!node) state.context.report(path, 'invalid-type', text ? undefined : raw);
    return text ? [{ type: 'paragraph', text }] : [];
  }
  const { type } = node;
  const payload = payloadOf(node);
  const payloadPath = childPath(path, type);
  const text = (key = 'rich_text') => rich(state, payload[key], childPath(payloadPath, key));
  const [children, childrenPath] = childrenOf(node, path);
  const nested = () => (children.length > 0 ? sequence(state, children, childrenPath, depth + 1) : []);
  const heading = /^heading_([1-3])$/.exec(type);
  if (heading) {
    const part = richText(text());
    const level = (Number(heading[1]) + 1) as 2 | 3 | 4;
    // A toggleable heading holds its section.
    return [...(isBlank(part) ? [] : [{ type: 'heading', ...part, level } as BodyBlock]), ...nested()];
  }
  if (LINKS.has(type)) return [...linkParagraph(state, node, path), ...nested()];
  if (CONTAINERS.has(type)) return nested();
  if (NAVIGATION.has(type)) return [];
  switch (type) {
    case 'paragraph':
    case 'toggle':
      return [...paragraph(richText(text())), ...nested()];
    case 'quote':
    case 'callout': {
      const icon = isRecord(payload.icon) ? stringField(payload.icon, 'emoji') : undefined;
      const nodes = text();
      const part = richText(icon && nodes.length > 0 ? [textNode(`${icon} `), ...nodes] : nodes);
      const blocks = nested();
      if (isBlank(part) && blocks.length === 0) return [];
      return [blocks.length > 0 ? { type: 'quote', ...part, blocks } : { type: 'quote', ...part }];
    }
    case 'code': {
      const language = stringField(payload, 'language');
      const code: BodyBlock = { type: 'code', text: plainText(text()) };
      if (language && language !== 'plain text') code.language = language;
      const caption = plainText(text('caption'));
      if (caption.trim()) state.context.report(childPath(payloadPath, 'caption'), 'unknown-field', caption);
      return [code];
    }
    case 'equation': {
      const expression = stringField(payload, 'expression');
      return expression ? [{ type: 'code', text: expression, language: 'latex' }] : [];
    }
    case 'image':
      return image(state, node, path);
    case 'divider':
      return [{ type: 'divider' }];
    case 'table':
      return table(state, node, path);
    case 'child_page':
    case 'child_database': {
      // A page or database of its own: its title is shown, its content is not part of this body.
      state.context.report(path, 'unknown-block', type);
      return paragraph({ text: stringField(payload, 'title') ?? '' });
    }
    default: {
      // `unsupported`, a type newer than this file, or a list item outside a sequence.
      const loose = looseNotionText(state, payload);
      state.context.report(path, 'unknown-block', type);
      return [...(loose ? [{ type: 'paragraph', text: loose } as BodyBlock] : []), ...nested()];
    }
  }
}

/** Blocks in order; consecutive list items of one type are one list. */
function sequence(state: State, items: unknown[], path: string, depth: number): BodyBlock[] {
  const groups: { list?: string; indexes: number[] }[] = [];
  items.forEach((raw, i) => {
    const type = blockOf(raw)?.type;
    const list = type !== undefined && Object.hasOwn(LIST_TYPES, type) ? type : undefined;
    const last = groups[groups.length - 1];
    if (list && last?.list === list) last.indexes.push(i);
    else groups.push({ list, indexes: [i] });
  });
  const [kept] = withinLimit(state.context, groups, path);
  const out: BodyBlock[] = [];
  for (const group of kept) {
    const first = group.indexes[0];
    try {
      if (group.list) out.push(listBlock(state, items, group.indexes, path, depth));
      else out.push(...block(state, items[first], childPath(path, first), depth));
    } catch {
      // A getter or a Proxy that throws: that block is reported, the others are kept.
      state.context.report(childPath(path, first), 'unreadable-value');
    }
  }
  return out;
}

/** The blocks of a body: the `results` array, or the list response around it. */
function blocksOf(raw: unknown): [blocks: unknown[], path: string] | undefined {
  if (Array.isArray(raw)) return [raw, ''];
  if (isRecord(raw) && Array.isArray(raw.results)) return [raw.results, 'results'];
  return undefined;
}

export const notionBlocks: BodyParser = {
  format: 'notion',

  detect(raw) {
    const [blocks] = blocksOf(raw) ?? [[]];
    return (
      blocks.length > 0 &&
      blocks.every((item) => isRecord(item) && item.object === 'block' && typeof item.type === 'string')
    );
  },

  parse(raw, context): ParsedBody {
    const state: State = { context, walk: newWalk() };
    try {
      const found = blocksOf(raw);
      if (found) return { blocks: sequence(state, found[0], found[1], 0) };
      // One block alone is a body of one.
      if (isRecord(raw) && raw.object === 'block') return { blocks: sequence(state, [raw], '', 0) };
      // Anything else (a page object, say) is not a body: its properties are not shown as text.
      context.report('', 'invalid-type', raw);
    } catch {
      context.report('', 'unreadable-value');
    }
    return { blocks: [] };
  },
};
