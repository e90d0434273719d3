/**
 * What the HTML parser tests share: a parse with a context built on the normalizer's real URL check,
 * a walk that accepts nothing but kinds and keys of the body model, and the text and URLs of a body.
 */
import type { BodyBlock, Inline, ListItem, RichText } from '../../src/model/body';
import type { MetaIssueCode } from '../../src/model/issues';
import type { ParseContext } from '../../src/model/parser';
import { html } from '../../src/normalize/body/html';
import { checkUrl } from '../../src/normalize/url';

export interface Reported {
  path: string;
  code: MetaIssueCode;
  value?: unknown;
}

/** Parses with `maxItems` (default 1000); returns the blocks and every issue reported. */
export function parse(raw: unknown, maxItems = 1000): { blocks: BodyBlock[]; issues: Reported[] } {
  const issues: Reported[] = [];
  const context: ParseContext = {
    report: (path, code, ...value) => issues.push(value.length > 0 ? { path, code, value: value[0] } : { path, code }),
    safeUrl: (url, image) => {
      const verdict = checkUrl(url, image);
      return verdict?.safe ? verdict.href : undefined;
    },
    maxItems,
  };
  return { ...html.parse(raw, context), issues };
}

const BLOCK_KEYS: Record<BodyBlock['type'], string[]> = {
  paragraph: ['type', 'text', 'inline'],
  heading: ['type', 'text', 'inline', 'level'],
  list: ['type', 'items', 'ordered', 'start', 'omitted'],
  quote: ['type', 'text', 'inline', 'blocks'],
  code: ['type', 'text', 'language'],
  image: ['type', 'src', 'alt', 'caption', 'width', 'height'],
  table: ['type', 'head', 'rows'],
  divider: ['type'],
};

const INLINE_KEYS: Record<Inline['type'], string[]> = {
  text: ['type', 'text'],
  code: ['type', 'text'],
  strong: ['type', 'children'],
  emphasis: ['type', 'children'],
  strikethrough: ['type', 'children'],
  link: ['type', 'href', 'children'],
  break: ['type'],
};

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The plain text of inline content, breaks as "\n", as the model defines `text`. */
function plain(inline: readonly Inline[]): string {
  return inline
    .map((node) => (node.type === 'break' ? '\n' : 'children' in node ? plain(node.children) : node.text))
    .join('');
}

/**
 * Everything in `value` that is not the body model: an unknown kind or key, a value of the wrong type,
 * `inline` where plain text says it all or whose text differs from `text`, an empty container.
 */
export function modelProblems(value: unknown): string[] {
  const problems: string[] = [];
  const keys = (node: Record<string, unknown>, allowed: string[], at: string) => {
    for (const key of Object.keys(node)) if (!allowed.includes(key)) problems.push(`${at}: key ${key}`);
  };
  const inlines = (list: unknown, at: string): void => {
    if (!Array.isArray(list) || list.length === 0) {
      problems.push(`${at}: not a non-empty array`);
      return;
    }
    for (const [i, node] of list.entries()) {
      const here = `${at}[${i}]`;
      if (!isObject(node) || !Object.hasOwn(INLINE_KEYS, node.type as string)) {
        problems.push(`${here}: not an inline kind`);
        continue;
      }
      keys(node, INLINE_KEYS[node.type as Inline['type']], here);
      if (node.type === 'text' || node.type === 'code') {
        if (typeof node.text !== 'string' || node.text === '') problems.push(`${here}: empty text`);
      } else if (node.type === 'link') {
        if (typeof node.href !== 'string') problems.push(`${here}: href`);
        inlines(node.children, `${here}.children`);
      } else if (node.type !== 'break') inlines(node.children, `${here}.children`);
    }
  };
  const rich = (node: unknown, at: string): void => {
    if (!isObject(node)) {
      problems.push(`${at}: not an object`);
      return;
    }
    if (typeof node.text !== 'string') problems.push(`${at}: text is not a string`);
    if (node.inline === undefined) return;
    inlines(node.inline, `${at}.inline`);
    const inline = node.inline as Inline[];
    if (inline.every((node) => node?.type === 'text')) problems.push(`${at}: inline holds plain text only`);
    else if (plain(inline) !== node.text) problems.push(`${at}: text is not the text of inline`);
  };
  const blocks = (list: unknown, at: string): void => {
    if (!Array.isArray(list)) {
      problems.push(`${at}: not an array`);
      return;
    }
    for (const [i, block] of list.entries()) {
      const here = `${at}[${i}]`;
      if (!isObject(block) || !Object.hasOwn(BLOCK_KEYS, block.type as string)) {
        problems.push(`${here}: not a block kind`);
        continue;
      }
      keys(block, BLOCK_KEYS[block.type as BodyBlock['type']], here);
      switch (block.type) {
        case 'paragraph':
        case 'heading':
          rich(block, here);
          if (block.type === 'heading' && ![2, 3, 4, 5, 6].includes(block.level as number))
            problems.push(`${here}: level`);
          break;
        case 'quote':
          rich(block, here);
          if (block.blocks !== undefined) blocks(block.blocks, `${here}.blocks`);
          break;
        case 'list':
          if (!Array.isArray(block.items)) problems.push(`${here}: items`);
          else
            for (const [j, item] of block.items.entries()) {
              const itemAt = `${here}.items[${j}]`;
              rich(item, itemAt);
              if (!isObject(item)) continue;
              keys(item, ['text', 'inline', 'checked', 'blocks'], itemAt);
              if (item.checked !== undefined && typeof item.checked !== 'boolean') problems.push(`${itemAt}: checked`);
              if (item.blocks !== undefined) blocks(item.blocks, `${itemAt}.blocks`);
            }
          break;
        case 'code':
          if (typeof block.text !== 'string') problems.push(`${here}: text`);
          if (block.language !== undefined && typeof block.language !== 'string') problems.push(`${here}: language`);
          break;
        case 'image':
          if (typeof block.src !== 'string' || typeof block.alt !== 'string') problems.push(`${here}: src or alt`);
          for (const side of ['width', 'height'])
            if (block[side] !== undefined && !Number.isInteger(block[side])) problems.push(`${here}: ${side}`);
          break;
        case 'table':
          for (const row of [...(block.head === undefined ? [] : [block.head]), ...(block.rows as unknown[])])
            if (!Array.isArray(row)) problems.push(`${here}: row`);
            else for (const [j, cell] of row.entries()) rich(cell, `${here} cell ${j}`);
          break;
      }
    }
  };
  blocks(value, 'blocks');
  return problems;
}

function inlineUrls(inline: readonly Inline[] | undefined, out: string[]): void {
  for (const node of inline ?? []) {
    if (node.type === 'link') out.push(node.href);
    if ('children' in node) inlineUrls(node.children, out);
  }
}

/** Every href (links) and src (images) of a body. */
export function urls(blocks: readonly BodyBlock[]): { hrefs: string[]; srcs: string[] } {
  const hrefs: string[] = [];
  const srcs: string[] = [];
  const visit = (list: readonly BodyBlock[]) => {
    for (const block of list) {
      if (block.type === 'image') srcs.push(block.src);
      else if (block.type === 'list')
        for (const item of block.items) {
          inlineUrls(item.inline, hrefs);
          visit(item.blocks ?? []);
        }
      else if (block.type === 'table')
        for (const cell of [...(block.head ?? []), ...block.rows.flat()]) inlineUrls(cell.inline, hrefs);
      else if (block.type !== 'code' && block.type !== 'divider') {
        inlineUrls(block.inline, hrefs);
        if (block.type === 'quote') visit(block.blocks ?? []);
      }
    }
  };
  visit(blocks);
  return { hrefs, srcs };
}

/** Every text a reader sees: texts of blocks, items and cells, code, alt texts and captions. */
export function texts(blocks: readonly BodyBlock[]): string[] {
  const out: string[] = [];
  const item = (entry: ListItem) => {
    out.push(entry.text);
    visit(entry.blocks ?? []);
  };
  const cell = (entry: RichText) => out.push(entry.text);
  const visit = (list: readonly BodyBlock[]) => {
    for (const block of list) {
      if (block.type === 'list') block.items.forEach(item);
      else if (block.type === 'table') [...(block.head ?? []), ...block.rows.flat()].forEach(cell);
      else if (block.type === 'image') out.push(block.alt, block.caption ?? '');
      else if (block.type === 'quote') block.blocks ? visit(block.blocks) : out.push(block.text);
      else if (block.type !== 'divider') out.push(block.text);
    }
  };
  visit(blocks);
  return out;
}

/** Whitespace (nbsp included) as single spaces, trimmed: texts compared as a reader would. */
export const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
