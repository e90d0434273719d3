type Seed = typeof import('../test/fixtures/seed-article.json');

export interface ScaledArticle extends Record<string, unknown> {
  meta: Record<string, unknown>;
  /** Meta fields plus list items: the unit that time per field is measured in. */
  fieldCount: number;
}

function countFields(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + countFields(item), 0) || 1;
  if (value !== null && typeof value === 'object') {
    return Object.values(value).reduce((sum: number, item) => sum + countFields(item), 0) || 1;
  }
  return 1;
}

/**
 * The seed with `factor` times the meta: each field repeated under a suffixed key, notes and
 * similar posts multiplied. `extra` sets notes and added fields explicitly.
 */
export function scaleArticle(
  seed: Seed,
  factor: number,
  extra: { notes?: number; extraFields?: number } = {},
): ScaledArticle {
  const meta: Record<string, unknown> = { ...seed.meta };
  for (let copy = 1; copy < factor; copy++) {
    for (const [key, value] of Object.entries(seed.meta)) {
      if (key !== 'notes') meta[`${key}_${copy}`] = value;
    }
  }
  const noteCount = extra.notes ?? seed.meta.notes.length * factor;
  meta.notes = Array.from({ length: noteCount }, (_, i) => `${seed.meta.notes[i % seed.meta.notes.length]} (${i})`);
  for (let i = 0; i < (extra.extraFields ?? 0); i++) meta[`custom_field_${i}`] = `value ${i}`;
  const similar = Array.from({ length: 3 * factor }, (_, i) => ({
    title: `similar post ${i}`,
    url: `/posts/similar-${i}`,
    reading_time: 5 + (i % 10),
  }));
  const article = { ...seed, meta, similar_posts: similar };
  return { ...article, fieldCount: countFields(meta) + similar.length * 3 };
}
