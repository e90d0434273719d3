import type { MetaEntry, MetaValue } from '../src';
import { normalizeArticle } from '../src';
import seed from '../test/fixtures/seed-article.json';

/** The seed article, normalized once for every story. */
export const seedArticle = normalizeArticle(seed).article;

/** The seed's value of a top-level meta key. */
export function seedValue<K extends MetaValue['kind']>(key: string, kind: K): Extract<MetaValue, { kind: K }> {
  const entry = seedArticle.meta.entries.find((item: MetaEntry) => item.key === key);
  if (!entry || entry.value.kind !== kind) throw new Error(`The seed has no ${kind} value at meta.${key}`);
  return entry.value as Extract<MetaValue, { kind: K }>;
}

export { seed };
