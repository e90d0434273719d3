/** The limits that bound the work of one call: `maxItems`, `maxEntries` and `maxValues`. */
import type { MetaChecklist, MetaList, MetaPeople, MetaRecord, MetaScores, MetaTags } from '../model/types.js';
import { childPath, report } from './issues.js';
import type { Context } from './options.js';

/** How many of a container's `total` children were left out after `shown`, reported at its path. */
export function omitted(ctx: Context, path: string, total: number, shown: number): number | undefined {
  if (shown >= total) return undefined;
  report(ctx, path, 'truncated', total - shown);
  return total - shown;
}

/** Sets `omitted` on a container when some of its `total` children were left out. */
export function cut<T extends MetaList | MetaRecord | MetaTags | MetaScores | MetaChecklist | MetaPeople>(
  ctx: Context,
  container: T,
  path: string,
  total: number,
  shown: number,
): T {
  const more = omitted(ctx, path, total, shown);
  if (more) container.omitted = more;
  return container;
}

/**
 * Each item of a list of the article (blocks, a list block's items, similar posts) by `read`, up to
 * `maxItems` and the call's budget. An item whose reading throws is reported at its path and shown as
 * `marker`: the fault stays with that item. Returns the items and how many were left out.
 */
export function eachItem<T>(
  ctx: Context,
  raw: unknown[],
  path: string,
  read: (item: unknown, path: string) => T | undefined,
  marker: T,
): [items: T[], omitted?: number] {
  const items: T[] = [];
  const end = Math.min(raw.length, ctx.maxItems);
  let i = 0;
  for (; i < end && ctx.budget > 0; i++, ctx.budget--) {
    const itemPath = childPath(path, i);
    try {
      const item = read(raw[i], itemPath);
      if (item !== undefined) items.push(item);
    } catch {
      report(ctx, itemPath, 'unreadable-value');
      items.push(marker);
    }
  }
  return [items, omitted(ctx, path, raw.length, i)];
}
