import { type Formatters, getFormatters } from './format';
import { canonicalKey } from './keys';
import { safeStringify } from './stringify';
import type { FieldKind, MetaIssue, MetaIssueCode, NormalizeOptions } from './types';

/** State shared by one normalize call. */
export interface Context {
  fmt: Formatters;
  issues: MetaIssue[];
  maxDepth: number;
  /** Objects on the current path, for cycle detection. */
  ancestors: Set<object>;
  labels: Map<string, string>;
  fields: Map<string, FieldKind>;
  order: string[];
  hidden: Set<string>;
  yes: string;
  no: string;
}

const DEFAULT_LOCALE = 'en-US';
export const DEFAULT_MAX_DEPTH = 32;

function canonicalMap<T>(record: unknown, accept: (value: unknown) => value is T): Map<string, T> {
  const map = new Map<string, T>();
  if (record === null || typeof record !== 'object') return map;
  for (const key of Object.keys(record)) {
    const value = (record as Record<string, unknown>)[key];
    if (accept(value)) map.set(canonicalKey(key), value);
  }
  return map;
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isFieldKind = (value: unknown): value is FieldKind => typeof value === 'string';

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter(isString).map(canonicalKey) : [];
}

export function createContext(options: NormalizeOptions | undefined): Context {
  const opts: NormalizeOptions = options !== null && typeof options === 'object' ? options : {};
  const issues: MetaIssue[] = [];
  const requested = typeof opts.locale === 'string' ? opts.locale : DEFAULT_LOCALE;
  let fmt = getFormatters(requested);
  if (!fmt) {
    issues.push({
      path: 'options.locale',
      code: 'invalid-locale',
      message: `Locale ${JSON.stringify(requested)} is not valid; using ${DEFAULT_LOCALE}.`,
      severity: 'warning',
    });
    fmt = getFormatters(DEFAULT_LOCALE) as Formatters;
  }
  const depth = opts.maxDepth;
  return {
    fmt,
    issues,
    maxDepth: typeof depth === 'number' && Number.isFinite(depth) && depth >= 1 ? Math.floor(depth) : DEFAULT_MAX_DEPTH,
    ancestors: new Set(),
    labels: canonicalMap(opts.labels, isString),
    fields: canonicalMap(opts.fields, isFieldKind),
    order: stringList(opts.order),
    hidden: new Set(stringList(opts.hidden)),
    yes: 'Yes',
    no: 'No',
  };
}

export function report(
  ctx: Context,
  path: string,
  code: MetaIssueCode,
  message: string,
  severity: MetaIssue['severity'] = 'warning',
): void {
  ctx.issues.push({ path, code, message, severity });
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** `meta` + `score` → `meta.score`; keys that are not identifiers use brackets: `meta["a b"]`. */
export function childPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  if (IDENTIFIER.test(key)) return parent === '' ? key : `${parent}.${key}`;
  return `${parent}[${JSON.stringify(key)}]`;
}

/** Short quoted preview of a value for issue messages. */
export function preview(value: unknown): string {
  let text: string;
  if (typeof value === 'string') text = JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  else if (typeof value === 'number' || typeof value === 'boolean' || value == null) text = String(value);
  else if (Array.isArray(value)) text = 'an array';
  else text = `a value of type ${typeof value}`;
  return text;
}

/** JSON-like text of a value that is shown as text; a cycle inside it is reported once. */
export function jsonText(ctx: Context, value: unknown, path: string): string {
  let reported = false;
  return safeStringify(value, () => {
    if (reported) return;
    reported = true;
    report(ctx, path, 'cycle', `${path} refers to one of its own parents; "[Circular]" marks the place.`, 'error');
  });
}

/** Keys of a record that the model does not use are named in issues, so nothing goes silently. */
export function reportUnused(
  ctx: Context,
  record: object,
  used: ReadonlySet<string>,
  path: string,
  what: string,
): void {
  for (const key of Object.keys(record)) {
    if (!used.has(key)) {
      const keyPath = childPath(path, key);
      report(ctx, keyPath, 'unknown-field', `${keyPath} is not used by ${what}; it is not shown.`);
    }
  }
}
