import type { Article, MetaEntry, MetaValue } from '../model/types.js';

/** A schema.org `InteractionCounter`: how often readers did something with the article. */
export interface InteractionCounterJsonLd {
  '@type': 'InteractionCounter';
  interactionType: { '@type': 'ViewAction' };
  userInteractionCount: number;
}

/**
 * A schema.org `TechArticle` as JSON-LD. Every property but the type and headline is optional:
 * it is present only when the article holds a value of the right kind for it.
 */
export interface TechArticleJsonLd {
  '@context': 'https://schema.org';
  '@type': 'TechArticle';
  /** The article's title. */
  headline: string;
  /** Meta `summary`. */
  description?: string;
  /** Tags of `stack`, `tools`, `tags` and `keywords`, de-duplicated (case-insensitively). */
  keywords?: string[];
  /** Meta `difficulty`. */
  proficiencyLevel?: string;
  /** Meta `reading_time` as an ISO 8601 duration, e.g. "PT12M". */
  timeRequired?: string;
  /** `revision.last_reviewed`, else a top-level `updated_at` or `last_reviewed`: `YYYY-MM-DD` or an ISO date-time. */
  dateModified?: string;
  /** Meta `view_count`. */
  interactionStatistic?: InteractionCounterJsonLd;
  /** Meta `reference`. */
  identifier?: string;
  /** The `url` option. */
  url?: string;
}

const KEYWORD_KEYS = ['stack', 'tools', 'tags', 'keywords'];

function find(entries: readonly MetaEntry[], key: string): MetaValue | undefined {
  return entries.find((entry) => entry.key === key)?.value;
}

/** Text that parsed as plain, non-blank text; anything else (numbers, links, invalid values) is not used. */
function textValue(value: MetaValue | undefined): string | undefined {
  return value?.kind === 'text' && !value.invalid && value.text.trim() !== '' ? value.text : undefined;
}

function dateOf(value: MetaValue | undefined): string | undefined {
  return value?.kind === 'date' ? value.dateTime : undefined;
}

/** Minutes as an ISO 8601 duration, rounded to the second: 12 → "PT12M", 1.5 → "PT1M30S", 90 → "PT1H30M". */
function isoDuration(minutes: number): string | undefined {
  const total = Math.round(minutes * 60);
  if (!Number.isSafeInteger(total) || total < 0) return undefined;
  const hours = Math.floor(total / 3600);
  const mins = Math.floor((total % 3600) / 60);
  const secs = total % 60;
  const parts = `${hours ? `${hours}H` : ''}${mins ? `${mins}M` : ''}${secs ? `${secs}S` : ''}`;
  return `PT${parts || '0M'}`;
}

function keywordsOf(entries: readonly MetaEntry[]): string[] {
  const seen = new Set<string>();
  const keywords: string[] = [];
  for (const key of KEYWORD_KEYS) {
    const value = find(entries, key);
    if (value?.kind !== 'tags') continue;
    for (const item of value.tags) {
      const tag = typeof item === 'string' ? item : item.label;
      const folded = tag.toLowerCase();
      if (seen.has(folded)) continue;
      seen.add(folded);
      keywords.push(tag);
    }
  }
  return keywords;
}

function dateModifiedOf(entries: readonly MetaEntry[]): string | undefined {
  const revision = find(entries, 'revision');
  const reviewed = revision?.kind === 'record' ? dateOf(find(revision.entries, 'last_reviewed')) : undefined;
  return reviewed ?? dateOf(find(entries, 'updated_at')) ?? dateOf(find(entries, 'last_reviewed'));
}

/**
 * The article as schema.org `TechArticle` JSON-LD. Reads the normalized model only, so it never
 * parses: a value the normalizer could not read (`invalid`) or of another kind leaves its property out.
 * Hidden entries are used too: `hidden` is about the meta box, not about metadata.
 */
export function toJsonLd(article: Article, options?: { url?: string }): TechArticleJsonLd {
  const entries = article.meta.entries;
  const data: TechArticleJsonLd = {
    '@context': 'https://schema.org',
    '@type': 'TechArticle',
    headline: article.title,
  };
  const description = textValue(find(entries, 'summary'));
  if (description !== undefined) data.description = description;
  const keywords = keywordsOf(entries);
  if (keywords.length > 0) data.keywords = keywords;
  const proficiencyLevel = textValue(find(entries, 'difficulty'));
  if (proficiencyLevel !== undefined) data.proficiencyLevel = proficiencyLevel;
  const readingTime = find(entries, 'reading_time');
  const timeRequired = readingTime?.kind === 'number' ? isoDuration(readingTime.value) : undefined;
  if (timeRequired !== undefined) data.timeRequired = timeRequired;
  const dateModified = dateModifiedOf(entries);
  if (dateModified !== undefined) data.dateModified = dateModified;
  const views = find(entries, 'view_count');
  // userInteractionCount is an Integer: a fractional or negative count is left out, not rounded.
  if (views?.kind === 'number' && Number.isSafeInteger(views.value) && views.value >= 0) {
    data.interactionStatistic = {
      '@type': 'InteractionCounter',
      interactionType: { '@type': 'ViewAction' },
      userInteractionCount: views.value,
    };
  }
  const identifier = textValue(find(entries, 'reference'));
  if (identifier !== undefined) data.identifier = identifier;
  if (options?.url) data.url = options.url;
  return data;
}

const UNSAFE = /[<>&\u2028\u2029]/g;
const ESCAPES: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * JSON for a `<script type="application/ld+json">`: `<`, `>`, `&`, U+2028 and U+2029 become
 * `\u` escapes, so no text can close the script (`</script>`, `<!--`) and the result is still
 * the same JSON. These characters only occur inside strings, where the escapes mean the same.
 */
export function serializeJsonLd(data: object): string {
  return JSON.stringify(data).replace(UNSAFE, (char) => ESCAPES[char]);
}
