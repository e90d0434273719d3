/** Keys a record holds that the model does not use: each is named by an issue, so nothing goes silently. */
import { childPath, report } from './issues.js';
import { omitted } from './limits.js';
import type { Context } from './options.js';

/** Names every own key of `record` outside `used` (`unknown-field`), up to `maxEntries`; the rest are counted. */
export function reportUnused(ctx: Context, record: object, used: readonly (string | undefined)[], path: string): void {
  const keys = Object.keys(record);
  const end = Math.min(keys.length, ctx.maxEntries);
  for (let i = 0; i < end; i++) {
    if (!used.includes(keys[i])) report(ctx, childPath(path, keys[i]), 'unknown-field');
  }
  omitted(ctx, path, keys.length, end);
}
