/** Key canonicalization and label humanizing. */
import { remembered } from './memo.js';

/** Words shown in a fixed spelling, found by their lower-case form without "/" ("io" → "I/O"). */
const ACRONYM_LIST =
  'AI API CDN CLI CPU CSS CSV DOI FAQ GPU HTML HTTP HTTPS ID IDs I/O IP ISBN JS JSON LLM ML OS PDF RSS SDK SEO SQL TS UI URI URL URLs UX UUID XML';

/** Words joined by single spaces, underscores or hyphens: the keys that are safe to rewrite. */
const SIMPLE_KEY = /^[\p{L}\p{N}]+(?:[ _-][\p{L}\p{N}]+)*$/u;
// Marks too: lower case can add one (`İ` is `i` and a combining dot above).
const CANONICAL = /^[\p{Ll}\p{Lo}\p{M}\p{N}]+(?:_[\p{Ll}\p{Lo}\p{M}\p{N}]+)*$/u;

/**
 * `readingTime`, `reading-time`, `Reading time` and `reading_time` all become `reading_time`.
 * Any other key (`__proto__`, `a.b`, keys with markup or punctuation) stays exactly as it is, so
 * no information is lost and no two odd keys collapse into one.
 */
export const canonicalKey: (key: string) => string = /* @__PURE__ */ remembered(canonical, 5000);

function canonical(key: string): string {
  if (!SIMPLE_KEY.test(key)) return key;
  return (
    key
      // split lower→Upper and ACRONYMWord boundaries; a plural acronym stays whole (`userIDs`, `URLsFound`)
      .replace(/([\p{Ll}\d])(\p{Lu})/gu, '$1 $2')
      .replace(/(\p{Lu})(\p{Lu}(?!s(?![\p{Ll}\d]))\p{Ll})/gu, '$1 $2')
      .toLowerCase()
      // Each separator is one character (a simple key has no runs, the splits above add one space),
      // and nothing else is touched: lower case can add a combining mark, which stays.
      .replace(/[ _-]/g, '_')
  );
}

/** `ai_outline` → "AI outline", `source_url` → "Source URL". */
export const humanizeKey: (canonical: string) => string = /* @__PURE__ */ remembered(humanize, 5000);

function humanize(canonical: string): string {
  if (!CANONICAL.test(canonical)) return canonical;
  // Searched, not indexed in a Map: labels are remembered per key, so this runs once per key.
  const spellings = ACRONYM_LIST.split(' ');
  return canonical
    .split('_')
    .map(
      (word, index) =>
        spellings.find((spelling) => spelling.toLowerCase().replace('/', '') === word) ??
        (index === 0 ? word.charAt(0).toUpperCase() + word.slice(1) : word),
    )
    .join(' ');
}
