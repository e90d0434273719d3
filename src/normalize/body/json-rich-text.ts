/**
 * What the JSON body parsers (Portable Text, Contentful rich text, Notion blocks) share: inline content
 * tidied into the model's `RichText`, the `maxItems` cut, and the bounds of one walk. The three formats
 * mark runs of text flatly or in small trees; tidying them in one place keeps their output alike.
 */
import type { Inline, RichText } from '../../model/body.js';
import type { ParseContext } from '../../model/parser.js';
import { isRecord } from '../is.js';

export const textNode = (text: string): Inline => ({ type: 'text', text });

/** Plain text of inline content, breaks as "\n". */
export function plainText(nodes: readonly Inline[]): string {
  let text = '';
  for (const node of nodes) {
    if (node.type === 'break') text += '\n';
    else if (node.type === 'text' || node.type === 'code') text += node.text;
    else text += plainText(node.children);
  }
  return text;
}

/**
 * Code over other content: the model's inline code holds text only, so the mark goes down to each run
 * of text and the marks and links around it stay (a link inside a code span keeps its href).
 */
export function asCode(nodes: readonly Inline[]): Inline[] {
  return nodes.map((node) => {
    if (node.type === 'text') return { type: 'code', text: node.text };
    if (node.type === 'code' || node.type === 'break') return node;
    return { ...node, children: asCode(node.children) };
  });
}

function pushText(out: Inline[], type: 'text' | 'code', text: string): void {
  const last = out[out.length - 1];
  if (last?.type === type) out[out.length - 1] = { type, text: last.text + text };
  else out.push({ type, text });
}

/**
 * Inline content as the model wants it: "\n" in text becomes a `break`, empty text and empty marks go,
 * and neighbours of the same kind merge (two runs of bold, two links to the same href), so the output
 * does not depend on how an editor happened to split the runs.
 */
export function tidy(nodes: readonly Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const node of nodes) {
    if (node.type === 'text') {
      node.text.split(/\r\n|\r|\n/).forEach((line, i) => {
        if (i > 0) out.push({ type: 'break' });
        if (line) pushText(out, 'text', line);
      });
    } else if (node.type === 'code') {
      if (node.text) pushText(out, 'code', node.text);
    } else if (node.type === 'break') {
      out.push(node);
    } else {
      const children = tidy(node.children);
      if (children.length === 0) continue;
      const last = out[out.length - 1];
      if (last?.type === node.type && (last.type !== 'link' || node.type !== 'link' || last.href === node.href)) {
        out[out.length - 1] = { ...last, children: tidy([...last.children, ...children]) } as Inline;
      } else out.push({ ...node, children } as Inline);
    }
  }
  return out;
}

/** Text with `inline` only when it holds more than one plain run: marks, links or breaks. */
export function richText(nodes: readonly Inline[]): RichText {
  const inline = tidy(nodes);
  const text = plainText(inline);
  return inline.length === 0 || (inline.length === 1 && inline[0].type === 'text') ? { text } : { text, inline };
}

/** Whether a part has nothing to show: an editor's empty paragraph, say. */
export const isBlank = (part: RichText): boolean => part.text.trim() === '' && !part.inline?.some(isLink);
const isLink = (node: Inline): boolean => node.type === 'link';

/** The items within `maxItems`; the rest is counted in a `truncated` issue at `path`, and the count returned. */
export function withinLimit<T>(context: ParseContext, items: readonly T[], path: string): [kept: T[], omitted: number] {
  const max = Number.isNaN(context.maxItems) ? Number.POSITIVE_INFINITY : Math.max(0, context.maxItems);
  if (items.length <= max) return [items as T[], 0];
  context.report(path, 'truncated', items.length - max);
  return [items.slice(0, max), items.length - max];
}

/**
 * The bounds of one parse. Depth: nesting deeper than the core normalizer's default `maxDepth` is
 * flattened to text (which also stops a cyclic object). Budget: how many nodes may still be read, so
 * an object that shares its children many times over cannot multiply the work.
 */
export interface Walk {
  budget: number;
  /** Whether the budget ran out (reported once). */
  spent?: true;
}

export const MAX_DEPTH = 32;
export const newWalk = (): Walk => ({ budget: 100_000 });

/** Whether the node at `path` and `depth` may be read; when not, says why (the budget only once). */
export function mayRead(walk: Walk, context: ParseContext, path: string, depth: number): boolean {
  if (depth > MAX_DEPTH) {
    context.report(path, 'max-depth');
    return false;
  }
  if (walk.budget <= 0) {
    if (!walk.spent) context.report(path, 'truncated');
    walk.spent = true;
    return false;
  }
  walk.budget--;
  return true;
}

/** As many of `items` as the budget allows, each one spent; when it runs out, says so (once). */
export function spend<T>(walk: Walk, context: ParseContext, path: string, items: readonly T[]): readonly T[] {
  const room = Math.max(0, walk.budget);
  walk.budget -= items.length;
  if (items.length <= room) return items;
  if (!walk.spent) context.report(path, 'truncated');
  walk.spent = true;
  return items.slice(0, room);
}

/**
 * Every string of an unknown node, in order, for the text it keeps: `take(key)` says which fields hold
 * text (system fields, styles and ids do not). Strings are trimmed and joined with spaces.
 */
export function looseText(value: unknown, take: (key: string) => boolean, walk: Walk): string {
  const parts: string[] = [];
  const visit = (node: unknown, depth: number): void => {
    if (walk.budget <= 0 || depth > MAX_DEPTH) return;
    walk.budget--;
    if (typeof node === 'string') {
      const part = node.trim();
      if (part) parts.push(part);
    } else if (Array.isArray(node)) {
      for (const item of node) visit(item, depth + 1);
    } else if (isRecord(node)) {
      for (const [key, item] of Object.entries(node)) if (take(key)) visit(item, depth + 1);
    }
  };
  visit(value, 0);
  return parts.join(' ');
}

/** A string field, or `undefined`. */
export const stringField = (record: Record<string, unknown>, key: string): string | undefined =>
  typeof record[key] === 'string' ? (record[key] as string) : undefined;

/** A positive finite number (an image's width or height), or `undefined`. */
export const dimension = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined;
