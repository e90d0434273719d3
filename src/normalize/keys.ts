/** Key canonicalization and label humanizing. */

const ACRONYMS: Record<string, string> = {
  ai: 'AI',
  api: 'API',
  cdn: 'CDN',
  cli: 'CLI',
  cpu: 'CPU',
  css: 'CSS',
  csv: 'CSV',
  doi: 'DOI',
  faq: 'FAQ',
  gpu: 'GPU',
  html: 'HTML',
  http: 'HTTP',
  https: 'HTTPS',
  id: 'ID',
  ids: 'IDs',
  io: 'I/O',
  ip: 'IP',
  isbn: 'ISBN',
  js: 'JS',
  json: 'JSON',
  llm: 'LLM',
  ml: 'ML',
  os: 'OS',
  pdf: 'PDF',
  rss: 'RSS',
  sdk: 'SDK',
  seo: 'SEO',
  sql: 'SQL',
  ts: 'TS',
  ui: 'UI',
  uri: 'URI',
  url: 'URL',
  urls: 'URLs',
  ux: 'UX',
  uuid: 'UUID',
  xml: 'XML',
};

const keyCache = new Map<string, string>();

/**
 * `readingTime`, `reading-time`, `Reading time` and `reading_time` all become `reading_time`.
 * Keys with no letters or digits stay as they are, so no key collapses to "".
 */
export function canonicalKey(key: string): string {
  const cached = keyCache.get(key);
  if (cached !== undefined) return cached;
  const words = key
    // split lower→Upper and ACRONYMWord boundaries
    .replace(/([\p{Ll}\d])(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const canonical = words.length > 0 ? words.join('_') : key;
  if (keyCache.size < 5000) keyCache.set(key, canonical);
  return canonical;
}

/** `ai_outline` → "AI outline", `source_url` → "Source URL". */
export function humanizeKey(canonical: string): string {
  const words = canonical.split('_').filter(Boolean);
  if (words.length === 0) return canonical;
  return words
    .map((word, index) => {
      const acronym = ACRONYMS[word];
      if (acronym !== undefined && Object.hasOwn(ACRONYMS, word)) return acronym;
      return index === 0 ? word.charAt(0).toUpperCase() + word.slice(1) : word;
    })
    .join(' ');
}
