/** Body blocks: paragraphs, headings, lists, quotes and code, from block JSON or a plain string. */
import type { BodyBlock } from '../../model/types.js';
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
function listBlockItems(ctx: Context, raw: unknown, path: string): [items: string[], omitted?: number] {
  if (raw === undefined) return [[]];
  if (typeof raw === 'string') {
    const lines = raw.split(/\r?\n/);
    return eachItem(
      ctx,
      lines,
      path,
      (line) => ((line as string).trim() ? (line as string) : undefined),
      ctx.messages.unreadable,
    );
  }
  if (!Array.isArray(raw)) return [[invalidText(ctx, raw, path)]];
  return eachItem(
    ctx,
    raw,
    path,
    (item, itemPath) => {
      if (isRecord(item) && plainText(item.text) !== undefined) {
        reportUnused(ctx, item, ['text'], itemPath);
        return plainText(item.text) as string;
      }
      return fieldText(ctx, item, itemPath);
    },
    ctx.messages.unreadable,
  );
}

const BLOCK_TYPES: Record<string, BodyBlock['type']> = {
  paragraph: 'paragraph',
  p: 'paragraph',
  text: 'paragraph',
  heading: 'heading',
  h2: 'heading',
  h3: 'heading',
  list: 'list',
  ul: 'list',
  ol: 'list',
  quote: 'quote',
  blockquote: 'quote',
  code: 'code',
};

/** The keys each kind of block uses; others are reported, since they are not shown. */
const TEXT_FIELDS = ['text', 'content', 'value'];
const TEXT_KEYS = ['type', 'id', 'text', 'content', 'value'];
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
  if (type) {
    reportUnused(ctx, raw, type === 'code' ? CODE_KEYS : TEXT_KEYS, path);
    const text = blockText(ctx, raw, path);
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
  const text = [blockText(ctx, raw, path), ...items].filter(Boolean).join('\n') || jsonText(ctx, raw, path);
  return { type: 'paragraph', text };
}

export function bodyFrom(ctx: Context, raw: unknown): [blocks: BodyBlock[], omitted?: number] {
  if (typeof raw === 'string') {
    const paragraphs = raw.split(/\r?\n\s*\r?\n/);
    return eachItem(
      ctx,
      paragraphs,
      'body',
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
    'body',
    (block, path) => bodyBlock(ctx, block, Array.isArray(raw) ? path : 'body'),
    unreadableBlock(ctx),
  );
}
