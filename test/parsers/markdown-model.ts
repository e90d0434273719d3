/**
 * Helpers for the Markdown parser's tests: a parse context that records issues and checks URLs the
 * way the normalizer does, the plain text of a body, and a check that a body is made of the model's
 * parts only (the contract every parser output must meet, whatever the input).
 */
import type { BodyBlock, Inline, ListItem, RichText } from '../../src/model/body';
import type { MetaIssueCode } from '../../src/model/issues';
import type { ParseContext, ParsedBody } from '../../src/model/parser';
import { markdown } from '../../src/normalize/body/markdown';
import { checkUrl } from '../../src/normalize/url';

export interface RecordedIssue {
  path: string;
  code: MetaIssueCode;
  value?: unknown;
}

/** A context like the normalizer's: `safeUrl` is `checkUrl`'s href when it is safe. */
export function parseContext(maxItems = 100): ParseContext & { issues: RecordedIssue[] } {
  const issues: RecordedIssue[] = [];
  return {
    issues,
    maxItems,
    report: (path, code, ...value) => issues.push(value.length > 0 ? { path, code, value: value[0] } : { path, code }),
    safeUrl: (raw, image) => {
      const verdict = checkUrl(raw, image);
      return verdict?.safe ? verdict.href : undefined;
    },
  };
}

/** Parses with a fresh context; returns the body and the issues. */
export function parse(raw: unknown, maxItems = 100): ParsedBody & { issues: RecordedIssue[] } {
  const context = parseContext(maxItems);
  return { ...markdown.parse(raw, context), issues: context.issues };
}

export function inlineText(nodes: readonly Inline[]): string {
  return nodes
    .map((node) => {
      if (node.type === 'text' || node.type === 'code') return node.text;
      if (node.type === 'break') return '\n';
      return inlineText(node.children);
    })
    .join('');
}

/** Everything a reader sees as text: every block's text, alt texts, code, cells; captions with `captions`. */
export function modelText(blocks: readonly BodyBlock[], { captions = false } = {}): string {
  const item = (entry: ListItem): string => [entry.text, modelText(entry.blocks ?? [], { captions })].join('\n');
  return blocks
    .map((block) => {
      switch (block.type) {
        case 'list':
          return block.items.map(item).join('\n');
        case 'quote':
          return block.blocks ? modelText(block.blocks, { captions }) : block.text;
        case 'image':
          return captions && block.caption ? `${block.alt}\n${block.caption}` : block.alt;
        case 'table':
          return [...(block.head ? [block.head] : []), ...block.rows]
            .map((row) => row.map((c) => c.text).join('\n'))
            .join('\n');
        case 'divider':
          return '';
        default:
          return block.text;
      }
    })
    .join('\n');
}

/** Every link of a body's inline content, in order. */
export function links(blocks: readonly BodyBlock[]): Array<{ href: string; text: string }> {
  const found: Array<{ href: string; text: string }> = [];
  const visit = (nodes: readonly Inline[] | undefined) => {
    for (const node of nodes ?? []) {
      if (node.type === 'link') found.push({ href: node.href, text: inlineText(node.children) });
      if ('children' in node) visit(node.children);
    }
  };
  eachRichText(blocks, (rich) => visit(rich.inline));
  return found;
}

/** Every image block, however deep. */
export function images(blocks: readonly BodyBlock[]): Array<Extract<BodyBlock, { type: 'image' }>> {
  return eachBlock(blocks).filter((block) => block.type === 'image');
}

/** Every block, depth first, in document order. */
export function eachBlock(blocks: readonly BodyBlock[]): BodyBlock[] {
  return blocks.flatMap((block) => {
    if (block.type === 'list') return [block, ...block.items.flatMap((item) => eachBlock(item.blocks ?? []))];
    if (block.type === 'quote') return [block, ...eachBlock(block.blocks ?? [])];
    return [block];
  });
}

/** Calls `visit` for every text-bearing part: paragraphs, headings, quotes, list items, cells. */
export function eachRichText(blocks: readonly BodyBlock[], visit: (rich: RichText) => void): void {
  for (const block of eachBlock(blocks)) {
    if (block.type === 'paragraph' || block.type === 'heading') visit(block);
    else if (block.type === 'quote' && !block.blocks) visit(block);
    else if (block.type === 'list') for (const entry of block.items) visit(entry);
    else if (block.type === 'table')
      for (const row of [...(block.head ? [block.head] : []), ...block.rows]) row.forEach(visit);
  }
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

function checkRichText(rich: RichText, where: string, keys = ['text', 'inline']): void {
  for (const key of Object.keys(rich)) if (!keys.includes(key)) throw new Error(`${where}: unknown key ${key}`);
  if (typeof rich.text !== 'string') throw new Error(`${where}: text is not a string`);
  if (rich.inline === undefined) return;
  const onlyText = rich.inline.every((node) => node.type === 'text');
  if (onlyText) throw new Error(`${where}: inline holds plain text only`);
  if (inlineText(rich.inline) !== rich.text) throw new Error(`${where}: text is not the text of inline`);
  checkInline(rich.inline, where, false);
}

function checkInline(nodes: readonly Inline[], where: string, inLink: boolean): void {
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
      case 'code':
        if (typeof node.text !== 'string' || Object.keys(node).length !== 2)
          throw new Error(`${where}: bad ${node.type}`);
        break;
      case 'break':
        if (Object.keys(node).length !== 1) throw new Error(`${where}: bad break`);
        break;
      case 'strong':
      case 'emphasis':
      case 'strikethrough':
        if (node.children.length === 0) throw new Error(`${where}: empty ${node.type}`);
        checkInline(node.children, where, inLink);
        break;
      case 'link': {
        if (inLink) throw new Error(`${where}: a link inside a link`);
        const verdict = checkUrl(node.href);
        if (!verdict?.safe || verdict.href !== node.href) throw new Error(`${where}: unsafe href ${node.href}`);
        checkInline(node.children, where, true);
        break;
      }
      default:
        throw new Error(`${where}: inline kind outside the model: ${(node as { type: unknown }).type}`);
    }
  }
}

/** Throws unless `blocks` holds only the model's kinds, keys and invariants (safe URLs, text = inline's text). */
export function checkModel(blocks: readonly BodyBlock[], where = 'body'): void {
  blocks.forEach((block, index) => {
    const at = `${where}[${index}]`;
    const keys = BLOCK_KEYS[block.type];
    if (!keys) throw new Error(`${at}: block kind outside the model: ${block.type}`);
    for (const key of Object.keys(block)) if (!keys.includes(key)) throw new Error(`${at}: unknown key ${key}`);
    switch (block.type) {
      case 'paragraph':
        checkRichText(block, at, ['type', 'text', 'inline']);
        break;
      case 'heading':
        checkRichText(block, at, ['type', 'text', 'inline', 'level']);
        if (block.level !== undefined && ![2, 3, 4, 5, 6].includes(block.level))
          throw new Error(`${at}: level ${block.level}`);
        break;
      case 'quote':
        checkRichText(block, at, ['type', 'text', 'inline', 'blocks']);
        if (block.blocks) checkModel(block.blocks, `${at}.blocks`);
        break;
      case 'list':
        block.items.forEach((entry, i) => {
          checkRichText(entry, `${at}.items[${i}]`, ['text', 'inline', 'checked', 'blocks']);
          if (entry.checked !== undefined && typeof entry.checked !== 'boolean') throw new Error(`${at}: checked`);
          if (entry.blocks) checkModel(entry.blocks, `${at}.items[${i}].blocks`);
        });
        break;
      case 'code':
        if (typeof block.text !== 'string') throw new Error(`${at}: code text`);
        break;
      case 'image': {
        const verdict = checkUrl(block.src, true);
        if (!verdict?.safe || verdict.href !== block.src) throw new Error(`${at}: unsafe src ${block.src}`);
        if (typeof block.alt !== 'string') throw new Error(`${at}: alt`);
        break;
      }
      case 'table':
        for (const row of [...(block.head ? [block.head] : []), ...block.rows]) {
          if (block.head && row.length !== block.head.length) throw new Error(`${at}: row width`);
          for (const cell of row) checkRichText(cell, `${at} cell`);
        }
        break;
    }
  });
}
