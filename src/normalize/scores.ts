/** Scores: meters from numbers, percentages, fractions and score records, clamped to their scale. */
import type { MetaValue, ScoreItem } from '../model/types.js';
import { firstKey, labelFor } from './fields.js';
import { isRecord, isString } from './is.js';
import { childPath, report } from './issues.js';
import { BROKEN, parseJsonText, rawText } from './json.js';
import { canonicalKey } from './keys.js';
import { cut } from './limits.js';
import type { Context } from './options.js';
import { parseNumber } from './scalars.js';
import { reportUnused } from './unused.js';
import { readKey, UNREADABLE } from './value.js';

const VALUE_KEYS = ['value', 'score', 'val'];

/**
 * Scores: an object of name → score, an array of `{name, value, max}` (or bare scores), or one
 * score. A score record's value and `max` are read; its other keys are reported.
 */
export function scoresValue(ctx: Context, raw: unknown, path: string): MetaValue {
  let source = typeof raw === 'string' ? parseJsonText(ctx, raw, path, true) : raw;
  if (source === undefined || source === BROKEN) source = raw;
  if (source === null || typeof source !== 'object') {
    // A single score: one item named after the field.
    return { kind: 'scores', scores: [scoreItem(ctx, 'score', 'Score', source, undefined, path)] };
  }
  // An object's keys name its scores; an array has none (its items name themselves).
  const keys = Array.isArray(source) ? undefined : Object.keys(source);
  const total = keys ? keys.length : (source as unknown[]).length;
  const end = Math.min(total, ctx.maxItems);
  ctx.ancestors.add(source);
  const scores: ScoreItem[] = [];
  for (let i = 0; i < end && ctx.budget > 0; i++, ctx.budget--) {
    const sourceKey = keys ? keys[i] : i;
    const itemPath = childPath(path, sourceKey);
    // Indices one by one: a hole in a sparse array is a score too (an empty one).
    let value = readKey(ctx, source, sourceKey, itemPath);
    if (value === UNREADABLE) value = ctx.messages.unreadable;
    let name = keys ? (sourceKey as string) : undefined;
    let max: unknown;
    let valuePath = itemPath;
    if (isRecord(value)) {
      const record = value;
      try {
        const nameKey = keys ? undefined : firstKey(record, ['name', 'label', 'key', 'title'], isString);
        const valueKey = firstKey(record, VALUE_KEYS) ?? 'value';
        reportUnused(ctx, record, [valueKey, 'max', nameKey], itemPath);
        if (!keys) {
          if (nameKey) name = record[nameKey] as string;
          else report(ctx, itemPath, 'missing-title');
          valuePath = childPath(itemPath, valueKey);
        }
        max = record.max;
        value = record[valueKey];
      } catch {
        report(ctx, itemPath, 'unreadable-value');
        value = ctx.messages.unreadable;
      }
    }
    const key = canonicalKey(name ?? `Score ${i + 1}`);
    scores.push(scoreItem(ctx, key, labelFor(ctx, key), value, max, valuePath));
  }
  ctx.ancestors.delete(source);
  return cut(ctx, { kind: 'scores', scores }, path, total, scores.length);
}

const SCORE = /^\s*(-?[\d.,]+)\s*(?:(%)|\/\s*([\d.,]+))?\s*$/;

function scoreItem(ctx: Context, key: string, label: string, raw: unknown, rawMax: unknown, path: string): ScoreItem {
  // "93", "58%" and "75/100"; anything else goes through parseNumber ("1,000", numbers).
  const [, digits, percent, scale] = (typeof raw === 'string' && SCORE.exec(raw)) || [];
  const value = parseNumber(digits ?? raw);
  let max = percent ? 100 : parseNumber(scale ?? rawMax);
  if (value === undefined) {
    report(ctx, path, 'invalid-score', raw);
    return { key, label, text: raw === null || raw === undefined || raw === '' ? '—' : rawText(ctx, raw, path) };
  }
  if (max === undefined || max <= 0) {
    if (rawMax !== undefined || scale) report(ctx, path, 'invalid-score');
    max = 100;
  }
  const clamped = Math.min(Math.max(value, 0), max);
  if (clamped !== value) report(ctx, path, 'score-out-of-range', value);
  const ratio = clamped / max;
  const shown = ctx.fmt.count(clamped);
  const outOf = ctx.fmt.count(max);
  return {
    key,
    label,
    // Out of 100 the number speaks for itself; any other scale is shown with it ("7/10").
    text: max === 100 ? shown : `${shown}/${outOf}`,
    meter: {
      value: clamped,
      min: 0,
      max,
      ratio,
      level: ratio < 0.4 ? 'low' : ratio < 0.7 ? 'mid' : 'high',
      valueText: ctx.messages.outOf(shown, outOf),
    },
  };
}
