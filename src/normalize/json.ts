/** JSON in both directions: strings that hold JSON, and values shown as JSON text. */
import { report } from './issues.js';
import type { Context } from './options.js';
import { type StringifyFindings, safeStringify } from './stringify.js';

/** What `parseJsonText` returns for a string that looks like JSON but does not parse. */
export const BROKEN = {};

/**
 * A string that holds a JSON array or object, parsed; `BROKEN` when it looks like one (starts with
 * `[` or `{`) but does not parse (reported at `path` when `reportFailure`); `undefined` otherwise.
 */
export function parseJsonText(ctx: Context, text: string, path: string, reportFailure?: boolean): unknown {
  // `\s` is the set trimStart() drops: no copy of the string just to look at its first character.
  if (!/^\s*[[{]/.test(text)) return;
  try {
    // Parsed, it is an array or an object: the whitespace JSON allows is within `\s`, and any other
    // `\s` before the bracket makes JSON.parse throw.
    return JSON.parse(text) as unknown;
  } catch {
    if (reportFailure) report(ctx, path, 'invalid-json');
    return BROKEN;
  }
}

/** JSON-like text of a value shown as text, as bounded as the model; a cycle or a cut inside it is reported once. */
export function jsonText(ctx: Context, value: unknown, path: string): string {
  const limits = { maxItems: ctx.maxItems, maxEntries: ctx.maxEntries, maxValues: Math.max(ctx.budget, 1) };
  const found: StringifyFindings = {};
  const text = safeStringify(value, limits, found);
  if (found.cycle) report(ctx, path, 'cycle');
  if (found.truncated) report(ctx, path, 'truncated');
  return text;
}

/** Text for a value that did not parse: strings as they are, anything else as JSON-like text. */
export function rawText(ctx: Context, raw: unknown, path: string): string {
  if (typeof raw === 'string') return raw;
  if (typeof raw === 'number') return Number.isFinite(raw) ? String(raw) : ctx.messages.notFinite;
  return jsonText(ctx, raw, path);
}
