/**
 * Body blocks from block JSON (the seed's format) or a plain string: paragraphs, headings, lists,
 * quotes, code and dividers. Richer bodies (HTML, Markdown, …) come from the parsers beside this file.
 */
import type { BodyBlock, HeadingBlock, ListItem } from '../../model/body.js';
import { isRecord } from '../is.js';
import { childPath, report } from '../issues.js';
import { jsonText } from '../json.js';
import { eachItem } from '../limits.js';
import type { Context } from '../options.js';
import { fieldText, invalidText, pickField, plainText } from '../text.js';
import { reportUnused } from '../unused.js';

/** The block shown in place of one whose reading threw. */
export const unreadableBlock = (ctx: Context): BodyBlock => ({ type: 'paragraph', text: ctx.messages.unreadable });

function blockText(ctx: Context, block: Record<string, unknown>, path: string): string {
  const key = pickField(ctx, block, path, TEXT_FIELDS);
  return key ? fieldText(ctx, block[key], path, key) : '';
}

/** The items of a list block: lines of a string, or an array of strings, numbers or `{ text }`. */
function listBlockItems(ctx: Context, raw: unknown, path: string): [items: ListItem[], omitted?: number] {
  if (raw === undefined) return [[]];
  const unreadable = { text: ctx.messages.unreadable };
  if (typeof raw === 'string') {
    const lines = raw.split(/\r?\n/);
    return eachItem(
      ctx,
      lines,
      path,
      (line) => ((line as string).trim() ? { text: line as string } : undefined),
      unreadable,
    );
  }
  if (!Array.isArray(raw)) return [[{ text: invalidText(ctx, raw, path) }]];
  return eachItem(
    ctx,
    raw,
    path,
    (item, itemPath) => {
      if (isRecord(item) && plainText(item.text) !== undefined) {
        reportUnused(ctx, item, ['text'], itemPath);
        return { text: plainText(item.text) as string };
      }
      return { text: fieldText(ctx, item, itemPath) };
    },
    unreadable,
  );
}

type CoreBlockType = 'paragraph' | 'heading' | 'list' | 'quote' | 'code' | 'divider';

const BLOCK_TYPES: Record<string, CoreBlockType> = {
  paragraph: 'paragraph',
  p: 'paragraph',
  text: 'paragraph',
  heading: 'heading',
  h1: 'heading',
  h2: 'heading',
  h3: 'heading',
  h4: 'heading',
  h5: 'heading',
  h6: 'heading',
  list: 'list',
  ul: 'list',
  ol: 'list',
  quote: 'quote',
  blockquote: 'quote',
  code: 'code',
  divider: 'divider',
  hr: 'divider',
};

/**
 * A heading's level: from a number `level`, else from its type (`h3`), else 2. The title is the page's h1, so a
 * body heading is 2 to 6: a level outside that range is clamped, with an issue.
 */
function headingLevel(ctx: Context, block: Record<string, unknown>, name: string, path: string): HeadingBlock['level'] {
  // A level that is not a number is not used: it is named, and the type's level (or 2) is shown.
  if (block.level != null && typeof block.level !== 'number') {
    report(ctx, childPath(path, 'level'), 'invalid-type', block.level);
  }
  const level = typeof block.level === 'number' ? block.level : name[0] === 'h' && name.length === 2 ? +name[1] : 2;
  const clamped = Math.min(6, Math.max(2, Math.trunc(level) || 2)) as HeadingBlock['level'];
  if (clamped !== level) report(ctx, path, 'heading-level', level);
  return clamped;
}

/** The keys each kind of block uses; others are reported, since they are not shown. */
const TEXT_FIELDS = ['text', 'content', 'value'];
const TEXT_KEYS = ['type', 'id', 'text', 'content', 'value'];
const HEADING_KEYS = ['type', 'id', 'text', 'content', 'value', 'level'];
const CODE_KEYS = ['type', 'id', 'text', 'content', 'value', 'language'];
const LIST_KEYS = ['type', 'id', 'items', 'ordered'];
const UNKNOWN_KEYS = ['type', 'id', 'text', 'content', 'value', 'items'];

function bodyBlock(ctx: Context, raw: unknown, path: string): BodyBlock | undefined {
  if (raw === null || raw === undefined) return;
  if (typeof raw === 'string') return { type: 'paragraph', text: raw };
  if (!isRecord(raw)) return { type: 'paragraph', text: invalidText(ctx, raw, path) };
  const name = typeof raw.type === 'string' ? raw.type.toLowerCase() : '';
  const type = Object.hasOwn(BLOCK_TYPES, name) ? BLOCK_TYPES[name] : undefined;
  if (type === 'list') {
    // Keys a block type does not use are reported, since they are not shown.
    reportUnused(ctx, raw, LIST_KEYS, path);
    const [items, omitted] = listBlockItems(ctx, raw.items, childPath(path, 'items'));
    const list: BodyBlock = name === 'ol' || raw.ordered === true ? { type, items, ordered: true } : { type, items };
    if (omitted) list.omitted = omitted;
    return list;
  }
  if (type === 'divider') {
    reportUnused(ctx, raw, ['type', 'id'], path);
    return { type };
  }
  if (type) {
    reportUnused(ctx, raw, type === 'code' ? CODE_KEYS : type === 'heading' ? HEADING_KEYS : TEXT_KEYS, path);
    const text = blockText(ctx, raw, path);
    if (type === 'heading') {
      const level = headingLevel(ctx, raw, name, path);
      return level === 2 ? { type, text } : { type, text, level };
    }
    if (type !== 'code' || raw.language == null || raw.language === '') return { type, text };
    if (typeof raw.language === 'string') return { type, text, language: raw.language };
    // A language that is not a string is not shown: it is named.
    report(ctx, childPath(path, 'language'), 'invalid-type', raw.language);
    return { type, text };
  }
  report(ctx, path, 'unknown-block');
  // Its text and items are shown; any other key is named, since it is not.
  reportUnused(ctx, raw, UNKNOWN_KEYS, path);
  const [items] = listBlockItems(ctx, raw.items, childPath(path, 'items'));
  const text =
    [blockText(ctx, raw, path), ...items.map((item) => item.text)].filter(Boolean).join('\n') ||
    jsonText(ctx, raw, path);
  return { type: 'paragraph', text };
}

export function bodyFrom(ctx: Context, raw: unknown, path = 'body'): [blocks: BodyBlock[], omitted?: number] {
  if (typeof raw === 'string') {
    const paragraphs = raw.split(/\r?\n\s*\r?\n/);
    return eachItem(
      ctx,
      paragraphs,
      path,
      (text) => {
        const trimmed = (text as string).trim();
        return trimmed ? { type: 'paragraph', text: trimmed } : undefined;
      },
      unreadableBlock(ctx),
    );
  }
  return eachItem(
    ctx,
    Array.isArray(raw) ? raw : [raw],
    path,
    (block, itemPath) => bodyBlock(ctx, block, Array.isArray(raw) ? itemPath : path),
    unreadableBlock(ctx),
  );
}
