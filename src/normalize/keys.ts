/** Key canonicalization and label humanizing. */

/** Words shown in a fixed spelling, found by their lower-case form without "/" ("io" → "I/O"). */
const ACRONYM_LIST =
  'AI API CDN CLI CPU CSS CSV DOI FAQ GPU HTML HTTP HTTPS ID IDs I/O IP ISBN JS JSON LLM ML OS PDF RSS SDK SEO SQL TS UI URI URL URLs UX UUID XML';
// Built on first use, so importing a component alone does not carry it.
let acronyms: Map<string, string> | undefined;

const keyCache = new Map<string, string>();

/** Words joined by single spaces, underscores or hyphens: the keys that are safe to rewrite. */
const SIMPLE_KEY = /^[\p{L}\p{N}]+(?:[ _-][\p{L}\p{N}]+)*$/u;
const CANONICAL = /^[\p{Ll}\p{Lo}\p{N}]+(?:_[\p{Ll}\p{Lo}\p{N}]+)*$/u;

/**
 * `readingTime`, `reading-time`, `Reading time` and `reading_time` all become `reading_time`.
 * Any other key (`__proto__`, `a.b`, keys with markup or punctuation) stays exactly as it is, so
 * no information is lost and no two odd keys collapse into one.
 */
export function canonicalKey(key: string): string {
  const cached = keyCache.get(key);
  if (cached !== undefined) return cached;
  if (!SIMPLE_KEY.test(key)) return key;
  const words = key
    // split lower→Upper and ACRONYMWord boundaries
    .replace(/([\p{Ll}\d])(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const canonical = words.join('_');
  if (keyCache.size < 5000) keyCache.set(key, canonical);
  return canonical;
}

/** `ai_outline` → "AI outline", `source_url` → "Source URL". */
const labelCache = new Map<string, string>();

export function humanizeKey(canonical: string): string {
  const cached = labelCache.get(canonical);
  if (cached !== undefined) return cached;
  const label = humanize(canonical);
  if (labelCache.size < 5000) labelCache.set(canonical, label);
  return label;
}

function humanize(canonical: string): string {
  if (!CANONICAL.test(canonical)) return canonical;
  acronyms ??= new Map(ACRONYM_LIST.split(' ').map((spelling) => [spelling.toLowerCase().replace('/', ''), spelling]));
  const known = acronyms;
  return canonical
    .split('_')
    .map((word, index) => {
      const acronym = known.get(word);
      if (acronym) return acronym;
      return index === 0 ? word.charAt(0).toUpperCase() + word.slice(1) : word;
    })
    .join(' ');
}
