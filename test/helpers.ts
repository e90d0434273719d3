import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { MetaEntry, MetaValue } from '../src';

/** Reads a fixture with JSON.parse, so keys like `__proto__` stay plain data, as in a real export. */
export function loadFixture(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(resolve(process.cwd(), 'test/fixtures', `${name}.json`), 'utf8'));
}

/** The value of an entry by key, failing loudly when it is missing. */
export function entryValue(entries: readonly MetaEntry[], key: string): MetaValue {
  const entry = entries.find((item) => item.key === key);
  if (!entry) throw new Error(`no entry "${key}" in [${entries.map((e) => e.key).join(', ')}]`);
  return entry.value;
}

/** Words the page must never show. */
export const FORBIDDEN_TEXT = /NaN|Infinity|Invalid Date|undefined|null|\[object Object\]/;
