/** Text fields of blocks and similar posts: text as it is, anything else as JSON text with an issue. */
import { childPath, report } from './issues.js';
import { rawText } from './json.js';
import type { Context } from './options.js';

/** Strings as they are, finite numbers as their digits; anything else is not text. */
export function plainText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  // Number.isFinite is false for anything but a number (it does not convert).
  if (Number.isFinite(value)) return String(value);
}

/**
 * Text of a value of the wrong type (a number where an object or list belongs, say), with an issue:
 * its JSON text, and for NaN or Infinity the words for a number that is not finite (never "null").
 */
export function invalidText(ctx: Context, value: unknown, path: string): string {
  report(ctx, path, 'invalid-type');
  return rawText(ctx, value, path);
}

/** A text field: strings and numbers as they are; anything else as JSON text, with an issue at `path[key]`. */
export function fieldText(ctx: Context, value: unknown, path: string, key?: string | number): string {
  const text = plainText(value);
  // The path is built only for an issue: most fields are text.
  return text ?? invalidText(ctx, value, key === undefined ? path : childPath(path, key));
}

/** The first of `keys` that holds a value (not null or undefined); later ones are reported, since they are not shown. */
export function pickField(ctx: Context, record: Record<string, unknown>, path: string, keys: readonly string[]) {
  let first: string | undefined;
  for (const key of keys) {
    if (record[key] == null) continue;
    if (first) report(ctx, childPath(path, key), 'duplicate-key');
    else first = key;
  }
  return first;
}
