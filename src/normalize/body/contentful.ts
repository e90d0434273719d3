/**
 * Contentful rich text: `{ nodeType: 'document', content: [...] }`, a tree of block nodes (paragraphs,
 * headings, lists, quotes, tables, embeds), inline nodes (links, embedded entries) and text nodes with
 * `marks`. The node and mark names are checked against `@contentful/rich-text-types` at compile time:
 * each table below must name every value of the package's `BLOCKS`, `INLINES` and `MARKS`, so an update
 * that adds a node type fails the typecheck until it is handled. Only the types are imported: the
 * package's entry also carries its validator, which a parser has no use for.
 *
 * Decisions: `heading-1` is a level-2 heading (the title is the page's h1) with `heading-level`. Marks the
 * model has no kind for (underline, superscript, subscript) keep their text plain, with no issue. Links
 * to entries and assets (`entry-hyperlink`, …) keep their text; the target has no URL a parser can know,
 * so an `unknown-field` issue names it ("Entry 6Hk2…"). Embedded entries and assets show nothing but
 * that issue, unless the delivery resolved them (`data.target.fields`): then an image asset is an image,
 * another file a link, and an entry its title. Runs of inline nodes directly in a container (a quote
 * holding text, as Contentful's own renderer tests have it) read as one paragraph.
 */
import type { BLOCKS, INLINES, MARKS, Document as RichTextDocument } from '@contentful/rich-text-types';
import type { BodyBlock, ImageBlock, Inline, ListBlock, ListItem, RichText, TableBlock } from '../../model/body.js';
import type { BodyParser, ParseContext, ParsedBody } from '../../model/parser.js';
import { isRecord } from '../is.js';
import { childPath } from '../issues.js';
import {
  asCode,
  dimension,
  isBlank,
  looseText,
  mayRead,
  newWalk,
  richText,
  stringField,
  textNode,
  type Walk,
  withinLimit,
} from './json-rich-text.js';

type BlockKind =
  | 'container'
  | 'paragraph'
  | 'heading'
  | 'list'
  | 'item'
  | 'divider'
  | 'quote'
  | 'embedded'
  | 'table'
  | 'row'
  | 'cell';

const BLOCK_KINDS = {
  document: 'container',
  paragraph: 'paragraph',
  'heading-1': 'heading',
  'heading-2': 'heading',
  'heading-3': 'heading',
  'heading-4': 'heading',
  'heading-5': 'heading',
  'heading-6': 'heading',
  'ordered-list': 'list',
  'unordered-list': 'list',
  'list-item': 'item',
  hr: 'divider',
  blockquote: 'quote',
  'embedded-entry-block': 'embedded',
  'embedded-asset-block': 'embedded',
  'embedded-resource-block': 'embedded',
  table: 'table',
  'table-row': 'row',
  'table-cell': 'cell',
  'table-header-cell': 'cell',
} as const satisfies Record<`${BLOCKS}`, BlockKind>;

const INLINE_KINDS = {
  hyperlink: 'link',
  'entry-hyperlink': 'reference',
  'asset-hyperlink': 'reference',
  'resource-hyperlink': 'reference',
  'embedded-entry-inline': 'embedded',
  'embedded-resource-inline': 'embedded',
} as const satisfies Record<`${INLINES}`, 'link' | 'reference' | 'embedded'>;

/** Marks as the model's kinds, innermost first; `null`: no kind in the model, the text stays plain. */
const MARK_KINDS = {
  code: 'code',
  strikethrough: 'strikethrough',
  italic: 'emphasis',
  bold: 'strong',
  underline: null,
  superscript: null,
  subscript: null,
} as const satisfies Record<`${MARKS}`, 'code' | 'strikethrough' | 'emphasis' | 'strong' | null>;

type Node = Record<string, unknown> & { nodeType: string };

interface State {
  context: ParseContext;
  walk: Walk;
}

const nodeOf = (raw: unknown): Node | undefined =>
  isRecord(raw) && typeof raw.nodeType === 'string' ? (raw as Node) : undefined;
/** A node's content; a string in its place (a hand-made node) is still its text. */
const contentOf = (node: Node): unknown[] =>
  Array.isArray(node.content)
    ? node.content
    : typeof node.content === 'string'
      ? [{ nodeType: 'text', value: node.content, marks: [] }]
      : [];
/** Content that is not an array is reported once, where the node is read. */
function checkContent(state: State, node: Node, path: string): void {
  if (node.content !== undefined && !Array.isArray(node.content))
    state.context.report(childPath(path, 'content'), 'invalid-type', node.content);
}
const dataOf = (node: Node): Record<string, unknown> => (isRecord(node.data) ? node.data : {});
const kindOf = <T extends object>(table: T, type: string): T[keyof T] | undefined =>
  Object.hasOwn(table, type) ? table[type as keyof T] : undefined;
const isInlineNode = (node: Node | undefined): boolean =>
  node !== undefined && (node.nodeType === 'text' || kindOf(INLINE_KINDS, node.nodeType) !== undefined);

/** The text an unknown or broken node holds: the `value` of its text nodes, in order. */
const nodeText = (state: State, raw: unknown): string =>
  looseText(raw, (key) => key === 'content' || key === 'value', state.walk);

const BREAK: Inline = { type: 'break' };
const paragraph = (part: RichText): BodyBlock[] => (isBlank(part) ? [] : [{ type: 'paragraph', ...part }]);

/** "Entry 6Hk2yqzX9ePb3sVwL1tRmA": what an issue names a link to an entry, asset or resource by. */
function referenceName(target: unknown): string | undefined {
  const sys = isRecord(target) && isRecord(target.sys) ? target.sys : undefined;
  if (!sys) return undefined;
  const name = [
    stringField(sys, 'linkType') ?? stringField(sys, 'type'),
    stringField(sys, 'id') ?? stringField(sys, 'urn'),
  ];
  return name.filter(Boolean).join(' ') || undefined;
}

/** A resolved asset's file: its URL (protocol-relative on Contentful's CDN) and what it is. */
function fileOf(target: unknown) {
  const fields = isRecord(target) && isRecord(target.fields) ? target.fields : undefined;
  const file = fields && isRecord(fields.file) ? fields.file : undefined;
  const url = file && stringField(file, 'url');
  if (!fields || !file || url === undefined) return { fields };
  const details = isRecord(file.details) ? file.details : {};
  const image = isRecord(details.image) ? details.image : undefined;
  const isImage = image !== undefined || /^image\//.test(stringField(file, 'contentType') ?? '');
  return {
    fields,
    url: url.startsWith('//') ? `https:${url}` : url,
    image,
    isImage,
    name: stringField(file, 'fileName'),
  };
}

const titleOf = (fields: Record<string, unknown> | undefined): string | undefined =>
  fields && (stringField(fields, 'title') ?? stringField(fields, 'name') ?? stringField(fields, 'internalName'));

function textRun(state: State, node: Node, path: string): Inline[] {
  if (typeof node.value !== 'string') {
    state.context.report(childPath(path, 'value'), 'invalid-type', node.value);
    return [];
  }
  const kinds = new Set<string>();
  if (Array.isArray(node.marks)) {
    for (const mark of node.marks) {
      const type = isRecord(mark) ? mark.type : mark;
      const kind = typeof type === 'string' ? kindOf(MARK_KINDS, type) : undefined;
      if (kind) kinds.add(kind);
      else if (kind === undefined) state.context.report(childPath(path, 'marks'), 'unknown-field', type);
    }
  }
  let nodes: Inline[] = [textNode(node.value)];
  for (const kind of Object.values(MARK_KINDS)) {
    if (kind === null || !kinds.has(kind)) continue;
    nodes = kind === 'code' ? asCode(nodes) : [{ type: kind, children: nodes }];
  }
  return nodes;
}

function inlines(state: State, nodes: unknown[], path: string, depth: number): Inline[] {
  return nodes.flatMap((raw, i) => inline(state, raw, childPath(path, i), depth));
}

function inline(state: State, raw: unknown, path: string, depth: number): Inline[] {
  const node = nodeOf(raw);
  if (!node || !mayRead(state.walk, state.context, path, depth)) {
    const text = nodeText(state, raw);
    if (!node) state.context.report(path, 'invalid-type', text ? undefined : raw);
    return text ? [textNode(text)] : [];
  }
  if (node.nodeType === 'text') return textRun(state, node, path);
  checkContent(state, node, path);
  const children = inlines(state, contentOf(node), childPath(path, 'content'), depth + 1);
  const data = dataOf(node);
  const kind = kindOf(INLINE_KINDS, node.nodeType);
  if (kind === 'link') {
    const uri = stringField(data, 'uri');
    const href = uri === undefined ? undefined : state.context.safeUrl(uri);
    if (href !== undefined) return [{ type: 'link', href, children }];
    state.context.report(
      childPath(childPath(path, 'data'), 'uri'),
      uri === undefined ? 'invalid-type' : 'unsafe-url',
      uri,
    );
    return children;
  }
  const targetPath = childPath(childPath(path, 'data'), 'target');
  if (kind === 'reference') {
    // A resolved asset has a URL; an entry or resource needs the site's routes, which a parser cannot know.
    const file = fileOf(data.target);
    const href = file.url === undefined ? undefined : state.context.safeUrl(file.url);
    if (href !== undefined) return [{ type: 'link', href, children }];
    state.context.report(targetPath, 'unknown-field', referenceName(data.target) ?? node.nodeType);
    return children;
  }
  if (kind === 'embedded') {
    state.context.report(targetPath, 'unknown-field', referenceName(data.target) ?? node.nodeType);
    const title = titleOf(fileOf(data.target).fields);
    return title ? [textNode(title)] : [];
  }
  // A node this version does not know, or a block inside text: its text stays where it is.
  state.context.report(path, 'unknown-block', node.nodeType);
  return children;
}

/** A container's blocks: each block node in turn, runs of inline nodes as one paragraph. */
function blocks(state: State, nodes: unknown[], path: string, depth: number): BodyBlock[] {
  const [kept] = withinLimit(state.context, nodes, path);
  const out: BodyBlock[] = [];
  let run: Inline[] = [];
  kept.forEach((raw, i) => {
    const itemPath = childPath(path, i);
    try {
      if (isInlineNode(nodeOf(raw))) {
        run.push(...inline(state, raw, itemPath, depth));
        return;
      }
      out.push(...paragraph(richText(run)));
      run = [];
      out.push(...block(state, raw, itemPath, depth));
    } catch {
      // A getter or a Proxy that throws: that node is reported, the others are kept.
      state.context.report(itemPath, 'unreadable-value');
    }
  });
  out.push(...paragraph(richText(run)));
  return out;
}

/** Text and inline content of a block, for a place that holds only text (a table cell). */
function blockInline(block: BodyBlock): Inline[] {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
    case 'quote':
      return block.inline ?? [textNode(block.text)];
    case 'list':
      return block.items.flatMap((item, i) => [...(i > 0 ? [BREAK] : []), ...(item.inline ?? [textNode(item.text)])]);
    case 'code':
      return [{ type: 'code', text: block.text }];
    case 'image':
      return [textNode(block.alt)];
    default:
      return [];
  }
}

/** A list item's or a quote's first paragraph is its text; the blocks after it are its `blocks`. */
function split(parts: BodyBlock[]): [RichText, BodyBlock[]] {
  const [first, ...rest] = parts;
  if (first?.type !== 'paragraph') return [{ text: '' }, parts];
  const { type: _, ...part } = first;
  return [part, rest];
}

function list(state: State, node: Node, path: string, depth: number): BodyBlock[] {
  const contentPath = childPath(path, 'content');
  const [kept, omitted] = withinLimit(state.context, contentOf(node), contentPath);
  const items = kept.map((raw, i): ListItem => {
    const itemPath = childPath(contentPath, i);
    const item = nodeOf(raw);
    if (item?.nodeType === 'list-item') checkContent(state, item, itemPath);
    // Anything else in a list is an item of its own.
    const parts =
      item?.nodeType === 'list-item'
        ? blocks(state, contentOf(item), childPath(itemPath, 'content'), depth + 1)
        : isInlineNode(item)
          ? paragraph(richText(inline(state, raw, itemPath, depth + 1)))
          : block(state, raw, itemPath, depth + 1);
    const [text, rest] = split(parts);
    return rest.length > 0 ? { ...text, blocks: rest } : text;
  });
  if (items.length === 0 && !omitted) return [];
  const out: ListBlock = { type: 'list', items };
  if (node.nodeType === 'ordered-list') out.ordered = true;
  if (omitted) out.omitted = omitted;
  return [out];
}

function table(state: State, node: Node, path: string, depth: number): BodyBlock[] {
  const contentPath = childPath(path, 'content');
  // Rows that are not nodes, and rows without cells, are left out (and reported: they hold no text).
  const rows = contentOf(node)
    .map((raw, i) => ({ row: nodeOf(raw), raw, path: childPath(contentPath, i) }))
    .filter(({ row, raw, path: rowPath }) => {
      if (row) checkContent(state, row, rowPath);
      if (row && contentOf(row).length > 0) return true;
      state.context.report(rowPath, 'invalid-type', row ? undefined : raw);
      return false;
    });
  const rowText = ({ row, path: rowPath }: (typeof rows)[number]): RichText[] =>
    contentOf(row as Node).map((cell, j): RichText => {
      const cellPath = childPath(childPath(rowPath, 'content'), j);
      const cellNode = nodeOf(cell);
      const isCell = cellNode !== undefined && kindOf(BLOCK_KINDS, cellNode.nodeType) === 'cell';
      if (isCell) checkContent(state, cellNode, cellPath);
      // Anything else in a row is a cell of its own.
      const parts = isCell
        ? blocks(state, contentOf(cellNode), childPath(cellPath, 'content'), depth + 2)
        : isInlineNode(cellNode)
          ? paragraph(richText(inline(state, cell, cellPath, depth + 2)))
          : block(state, cell, cellPath, depth + 2);
      return richText(parts.flatMap((part, k) => [...(k > 0 ? [BREAK] : []), ...blockInline(part)]));
    });
  const firstCells = rows.length > 0 ? contentOf(rows[0].row as Node) : [];
  const first =
    firstCells.length > 0 && firstCells.every((cell) => nodeOf(cell)?.nodeType === 'table-header-cell') ? 1 : 0;
  const out: TableBlock = first ? { type: 'table', head: rowText(rows[0]), rows: [] } : { type: 'table', rows: [] };
  // The head row is not counted.
  const [kept] = withinLimit(state.context, rows.slice(first), contentPath);
  out.rows = kept.map(rowText);
  return out.rows.length > 0 || out.head ? [out] : [];
}

function embedded(state: State, node: Node, path: string): BodyBlock[] {
  const data = dataOf(node);
  const targetPath = childPath(childPath(path, 'data'), 'target');
  const file = fileOf(data.target);
  const title = titleOf(file.fields);
  if (file.url !== undefined) {
    const urlPath = childPath(childPath(childPath(targetPath, 'fields'), 'file'), 'url');
    const description = stringField(file.fields ?? {}, 'description');
    if (file.isImage) {
      const src = state.context.safeUrl(file.url, true);
      if (src !== undefined) {
        // Contentful's asset description is its alt text; the title is a name for editors, the fallback.
        const alt = description?.trim() || title?.trim() || '';
        const image: ImageBlock = { type: 'image', src, alt };
        if (!alt) state.context.report(targetPath, 'missing-alt');
        const width = dimension(file.image?.width);
        const height = dimension(file.image?.height);
        if (width && height) Object.assign(image, { width, height });
        return [image];
      }
    } else {
      const href = state.context.safeUrl(file.url);
      const label = title || file.name || file.url;
      if (href !== undefined)
        return [{ type: 'paragraph', text: label, inline: [{ type: 'link', href, children: [textNode(label)] }] }];
    }
    state.context.report(urlPath, 'unsafe-url', file.url);
    return paragraph(richText([textNode(title ?? description ?? '')]));
  }
  // An unresolved link shows nothing: a placeholder would only tell the reader that something is missing.
  state.context.report(targetPath, 'unknown-field', referenceName(data.target) ?? node.nodeType);
  return title ? paragraph({ text: title }) : [];
}

function block(state: State, raw: unknown, path: string, depth: number): BodyBlock[] {
  const node = nodeOf(raw);
  if (!node || !mayRead(state.walk, state.context, path, depth)) {
    const text = nodeText(state, raw);
    if (!node) state.context.report(path, 'invalid-type', text ? undefined : raw);
    return text ? [{ type: 'paragraph', text }] : [];
  }
  checkContent(state, node, path);
  const contentPath = childPath(path, 'content');
  const text = () => richText(inlines(state, contentOf(node), contentPath, depth + 1));
  switch (kindOf(BLOCK_KINDS, node.nodeType)) {
    case 'paragraph':
      return paragraph(text());
    case 'heading': {
      const part = text();
      if (isBlank(part)) return [];
      const level = Number(node.nodeType.slice(-1));
      if (level === 1) state.context.report(path, 'heading-level', node.nodeType);
      return [{ type: 'heading', ...part, level: Math.max(2, level) as 2 | 3 | 4 | 5 | 6 }];
    }
    case 'list':
      return list(state, node, path, depth);
    case 'quote': {
      const [part, rest] = split(blocks(state, contentOf(node), contentPath, depth + 1));
      if (isBlank(part) && rest.length === 0) return [];
      return [rest.length > 0 ? { type: 'quote', ...part, blocks: rest } : { type: 'quote', ...part }];
    }
    case 'divider': {
      const stray = nodeText(state, contentOf(node));
      if (stray) state.context.report(contentPath, 'unknown-field', stray);
      return [{ type: 'divider' }];
    }
    case 'table':
      return table(state, node, path, depth);
    case 'embedded':
      return embedded(state, node, path);
    case undefined: {
      const loose = nodeText(state, node);
      state.context.report(path, 'unknown-block', node.nodeType);
      return loose ? [{ type: 'paragraph', text: loose }] : [];
    }
    default:
      // A document, list item, row or cell out of its place: its content is kept.
      state.context.report(path, 'unknown-block', node.nodeType);
      return blocks(state, contentOf(node), contentPath, depth + 1);
  }
}

export const contentfulRichText: BodyParser = {
  format: 'contentful',

  detect: (raw): raw is RichTextDocument => isRecord(raw) && raw.nodeType === 'document' && Array.isArray(raw.content),

  parse(raw, context): ParsedBody {
    const state: State = { context, walk: newWalk() };
    try {
      if (isRecord(raw) && raw.nodeType === 'document' && Array.isArray(raw.content)) {
        return { blocks: blocks(state, raw.content, 'content', 0) };
      }
      // A bare array of nodes, or one node: read as the content of a document.
      if (Array.isArray(raw)) return { blocks: blocks(state, raw, '', 0) };
      if (nodeOf(raw)) return { blocks: block(state, raw, '', 0) };
      const text = nodeText(state, raw);
      context.report('', 'invalid-type', text ? undefined : raw);
      return { blocks: text ? [{ type: 'paragraph', text }] : [] };
    } catch {
      // A getter or a Proxy that throws.
      context.report('', 'unreadable-value');
      return { blocks: [] };
    }
  },
};
