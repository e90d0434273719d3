/** Lists, tags, flags and checklists: a real array, a JSON string, or a delimited string. */
import type { ChecklistItem, FieldKind, MetaEntry, MetaText, MetaValue, TagLink } from '../model/types.js';
import { firstKey } from './fields.js';
import { isRecord, isString } from './is.js';
import { childPath, report } from './issues.js';
import { BROKEN, jsonText, parseJsonText, rawText } from './json.js';
import { canonicalKey, humanizeKey } from './keys.js';
import { cut } from './limits.js';
import type { Context } from './options.js';
import { booleanValue, parseBoolean } from './scalars.js';
import { reportUnused } from './unused.js';
import { checkUrl } from './url.js';
import { genericValue, listValue, readKey, recordValue, UNREADABLE } from './value.js';

const LABEL_KEYS = ['name', 'title', 'label', 'value'];
const TAG_URL_KEYS = ['url', 'link', 'href', 'permalink'];

/** The label key of a tag object (Ghost, Strapi, WordPress terms): its name, title or label. */
const tagLabel = (item: unknown): string | undefined =>
  isRecord(item) ? firstKey(item, LABEL_KEYS, (value) => isString(value) && value.trim() !== '') : undefined;

/**
 * A tag object: its label, linked when its URL is safe. Its other fields (slug, id, counts…) are not
 * shown on a chip: one issue per tag names them, so nothing goes silently.
 */
function tagOf(ctx: Context, item: Record<string, unknown>, path: string): string | TagLink {
  const labelKey = tagLabel(item) as string;
  const label = (item[labelKey] as string).trim();
  const urlKey = firstKey(item, TAG_URL_KEYS, isString);
  const verdict = urlKey ? checkUrl(item[urlKey] as string) : undefined;
  const unused = Object.keys(item).filter((key) => key !== labelKey && !(key === urlKey && verdict?.safe));
  if (unused.length > 0) report(ctx, path, 'unknown-field', unused.join(', '));
  return verdict?.safe ? { label, href: verdict.href } : label;
}

const ENTITY_TYPE_KEYS = ['type', 'kind', 'category'];

/**
 * Entities (`[{ name, type }]`, with an optional URL) as chips: "python services · stack", linked when
 * the URL is safe. A list with anything more in an entity (another field, an unsafe URL, a non-text
 * value) keeps its structure, so nothing is hidden.
 */
export function entitiesValue(ctx: Context, raw: unknown, path: string, depth: number): MetaValue {
  const chips: (string | TagLink)[] = [];
  try {
    if (!Array.isArray(raw) || raw.length === 0 || raw.length > ctx.maxItems) throw raw;
    for (const item of raw) {
      const nameKey = tagLabel(item);
      if (!nameKey) throw item;
      const entity = item as Record<string, unknown>;
      const typeKey = firstKey(entity, ENTITY_TYPE_KEYS, isString);
      const urlKey = firstKey(entity, TAG_URL_KEYS, isString);
      const verdict = urlKey ? checkUrl(entity[urlKey] as string) : undefined;
      if (
        verdict?.safe === false ||
        Object.keys(entity).some((key) => key !== nameKey && key !== typeKey && key !== urlKey)
      )
        throw item;
      const type = typeKey ? (entity[typeKey] as string).trim() : '';
      const label = `${(entity[nameKey] as string).trim()}${type ? ` · ${type}` : ''}`;
      chips.push(verdict ? { label, href: verdict.href } : label);
    }
  } catch {
    // Not chips: the list renders as it is, with every field in place.
    return listKind(ctx, raw, path, depth, 'list');
  }
  ctx.budget -= chips.length;
  return { kind: 'tags', tags: chips };
}

const BULLET = /^\s*(?:[•*-]|\d+[.)])\s+/;
const CHECKBOX = /^\s*(?:[•*-]\s*)?\[([ xX✓✔]?)\]\s*/;

/**
 * The items of a delimited string (lines; for tags and flags also commas or semicolons), without
 * bullets: at most `limit` of them, with the count of all.
 */
function splitItems(raw: string, commas: boolean, limit: number): [items: string[], total: number] {
  const lines = raw.includes('\n') ? raw.split(/\r?\n/) : commas ? raw.split(/[,;]/) : [raw];
  const items: string[] = [];
  let total = 0;
  for (const line of lines) {
    // A bare bullet ("- ") is no item, past the limit too: the count of all is the count of items.
    const item = line.replace(BULLET, '').trim();
    if (item === '') continue;
    total++;
    if (items.length < limit) items.push(item);
  }
  return [items, total];
}

/** Tags, lists, checklists and flags: a real array, a JSON string, or a delimited string. */
export function listKind(ctx: Context, raw: unknown, path: string, depth: number, kind: FieldKind): MetaValue {
  let source = raw;
  let total = 0;
  if (typeof raw === 'string') {
    source = parseJsonText(ctx, raw, path, true);
    // JSON that does not parse is not split: its pieces would be meaningless.
    if (source === BROKEN) return { kind: 'text', text: raw, invalid: true };
    if (source === undefined) [source, total] = splitItems(raw, kind === 'tags' || kind === 'flags', ctx.maxItems);
  }
  if (!Array.isArray(source)) {
    // An object of flags: every value is a boolean (objects inside go through the generic renderer).
    if (kind === 'flags' && isRecord(source)) return recordValue(ctx, source, path, depth, false, 'boolean');
    return genericValue(ctx, source, path, depth);
  }
  const list = source;
  total = Math.max(total, list.length);
  const end = Math.min(list.length, ctx.maxItems);
  // Array indices, read one by one: a hole in a sparse array is an empty value, a throwing getter one marker.
  const items: unknown[] = [];
  while (items.length < end && items.length < ctx.budget) {
    const item = readKey(ctx, list, items.length, childPath(path, items.length));
    // A tag, a checklist item or a flag name that could not be read is the marker, as text.
    items.push(item === UNREADABLE && kind !== 'list' ? ctx.messages.unreadable : item);
  }
  // Odd values inside tags (not text, a number or a tag object): the whole value renders generically.
  const oddTags =
    kind === 'tags' &&
    !items.every((item) => item == null || isString(item) || Number.isFinite(item) || tagLabel(item));
  if (oddTags) report(ctx, path, 'invalid-type');
  if (oddTags || kind === 'list' || (kind === 'flags' && !items.every(isString)))
    return listValue(ctx, list, items, total, path, depth);
  // Tags, checklist items and flag names are leaves: they count against the budget here.
  ctx.budget -= items.length;
  if (kind === 'tags') {
    const tags: (string | TagLink)[] = [];
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      if (isRecord(item)) {
        tags.push(tagOf(ctx, item, childPath(path, i)));
        continue;
      }
      const tag = typeof item === 'number' ? ctx.fmt.plain(item) : (item as string | null | undefined)?.trim();
      if (tag) tags.push(tag);
    }
    return cut(ctx, { kind: 'tags', tags }, path, total, items.length);
  }
  if (kind === 'checklist') {
    const checklist: ChecklistItem[] = [];
    for (let i = 0; i < items.length; i++) {
      const item = checklistItem(ctx, items[i], childPath(path, i));
      if (item) checklist.push(item);
    }
    return cut(ctx, { kind: 'checklist', items: checklist }, path, total, items.length);
  }
  // Flags, the last list kind: a list of flag names, each one on. The name is the only record of the flag,
  // so an odd one is its label.
  const entries = (items as string[]).map((name): MetaEntry => {
    const key = canonicalKey(name);
    const label = ctx.labels.get(key) ?? (name === key ? humanizeKey(key) : name);
    return { key, label, value: booleanValue(ctx, true) as MetaValue };
  });
  return cut(ctx, { kind: 'record', entries }, path, total, items.length);
}

function checklistItem(ctx: Context, raw: unknown, path: string): ChecklistItem | undefined {
  if (raw === null || raw === undefined || raw === '') return;
  if (typeof raw === 'string') {
    const box = CHECKBOX.exec(raw);
    if (!box) return { label: raw.trim() };
    return { label: raw.slice(box[0].length).trim(), done: box[1].trim() !== '' };
  }
  if (!isRecord(raw)) {
    // A number reads as in the meta box: its digits, or a marker with an issue when it is not finite.
    const label =
      typeof raw === 'number' ? (genericValue(ctx, raw, path, 0) as MetaText).text : rawText(ctx, raw, path);
    return { label };
  }
  const labelKey = firstKey(raw, ['label', 'text', 'title', 'name', 'task'], isString);
  const doneKey = firstKey(raw, ['done', 'checked', 'completed', 'complete']);
  let item: ChecklistItem;
  if (labelKey) {
    // Everything but the one label and the one state is reported, so nothing is dropped silently.
    reportUnused(ctx, raw, [labelKey, doneKey], path);
    item = { label: raw[labelKey] as string };
  } else {
    report(ctx, path, 'invalid-type');
    item = { label: jsonText(ctx, raw, path) };
  }
  if (doneKey) {
    const done = parseBoolean(raw[doneKey]);
    if (done === undefined) report(ctx, childPath(path, doneKey), 'invalid-boolean');
    else item.done = done;
  }
  return item;
}
