/** The groups of the compact layout: each visible top-level entry in exactly one group, by key. */
import type { MetaEntry, MetaGroup, MetaIcon, MetaRecord } from '../model/types.js';
import { humanizeKey } from './keys.js';
import type { Context } from './options.js';

/** The icon of an at-a-glance fact by its key; else by its value: a date, people, or a plain fact. */
const ICONS: Record<string, MetaIcon> = {
  reading_time: 'time',
  reading_time_minutes: 'time',
  difficulty: 'level',
  level: 'level',
  code_language: 'code',
  language: 'code',
  view_count: 'views',
  views: 'views',
  page_views: 'views',
};

const iconOf = (entry: MetaEntry): MetaIcon =>
  Object.hasOwn(ICONS, entry.key)
    ? ICONS[entry.key]
    : entry.value.kind === 'date'
      ? 'date'
      : entry.value.kind === 'people'
        ? 'person'
        : 'fact';

/** The visible entry at a dotted path inside a top-level record entry (`revision.last_reviewed`). */
function nestedEntry(top: MetaEntry | undefined, path: string[]): MetaEntry | undefined {
  let entry = top;
  for (const key of path) {
    if (entry?.value.kind !== 'record') return;
    entry = (entry.value as MetaRecord).entries.find((child) => child.key === key && !child.hidden);
  }
  return entry;
}

/**
 * Groups the top-level entries by the `groups` option (or the defaults). An entry goes to the first
 * group that names its key; a nested path adds that nested entry and leaves its record in place; hidden entries
 * are left out; a platform's internals and the keys no group names go to `other`; empty groups go.
 */
export function groupEntries(ctx: Context, entries: readonly MetaEntry[]): MetaGroup[] {
  const byKey = new Map<string, MetaEntry[]>();
  for (const entry of entries) {
    if (entry.hidden || entry.internal) continue;
    const same = byKey.get(entry.key);
    if (same) same.push(entry);
    else byKey.set(entry.key, [entry]);
  }
  const titles: Record<string, string> = ctx.messages.groupTitles;
  const claimed = new Set<MetaEntry>();
  const groups: MetaGroup[] = [];
  let other: MetaGroup | undefined;
  for (const spec of ctx.groups) {
    const group: MetaGroup = {
      id: spec.id,
      title: spec.title ?? (Object.hasOwn(titles, spec.id) ? titles[spec.id] : humanizeKey(spec.id)),
      entries: [],
      collapsed: spec.collapsed,
    };
    for (const [first, path] of spec.keys) {
      const tops = byKey.get(first);
      if (!tops) continue;
      for (const top of tops) {
        if (path.length > 0) {
          const nested = nestedEntry(top, path);
          if (nested) group.entries.push(nested);
        } else if (!claimed.has(top)) {
          claimed.add(top);
          group.entries.push(top);
        }
      }
    }
    if (spec.stats) {
      group.layout = 'stats';
      group.icons = group.entries.map(iconOf);
    }
    if (spec.id === 'other') other ??= group;
    groups.push(group);
  }
  if (!other) {
    other = { id: 'other', title: titles.other, entries: [], collapsed: true };
    groups.push(other);
  }
  for (const entry of entries) if (!entry.hidden && !claimed.has(entry)) other.entries.push(entry);
  return groups.filter((group) => group.entries.length > 0);
}
