/** Issues: recording one, at the JSON path of its value, with the sentence of its code. */
import { ISSUES, type MetaIssueCode } from '../model/issues.js';
import type { MetaText } from '../model/types.js';
import { remembered } from './memo.js';
import type { Context } from './options.js';

/** Records an issue at `path`; its severity follows the code's rule in the issues table. */
export function report(ctx: Context, path: string, code: MetaIssueCode, ...value: [unknown?]): void {
  const [rule, sentence] = ISSUES[code];
  const detail = value.length > 0 ? ` (${preview(value[0])})` : '';
  ctx.issues.push({
    path,
    code,
    message: `${path || 'The article'} ${sentence}${detail}.`,
    severity: rule === 'error' || (rule === 'whole' && (path === '' || path === 'meta')) ? 'error' : 'warning',
  });
}

/** Short quoted preview of a value for issue messages. */
function preview(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (value === null || typeof value !== 'object') return String(value);
  return Array.isArray(value) ? 'an array' : 'an object';
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** The step after a parent to a key, remembered per key: every article repeats the same keys. */
const stepTo = /* @__PURE__ */ remembered(
  (key: string) => (IDENTIFIER.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`),
  5000,
);

/** `meta` + `score` → `meta.score`; keys that are not identifiers use brackets: `meta["a b"]`. */
export function childPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  const step = stepTo(key);
  return parent === '' && step[0] === '.' ? key : parent + step;
}

/** Reports an issue and returns the text shown in place of the value. */
export function invalid(ctx: Context, path: string, code: MetaIssueCode, text: string, ...value: [unknown?]): MetaText {
  report(ctx, path, code, ...value);
  return { kind: 'text', text, invalid: true };
}

/** `read()`, or `fallback` with an issue at `path` when it throws (a revoked Proxy, a throwing trap). */
export function guard<T>(ctx: Context, path: string, read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    report(ctx, path, 'unreadable-value');
    return fallback;
  }
}
