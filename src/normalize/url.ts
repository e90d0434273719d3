/**
 * URL safety: the one function that decides whether a string may become an `href` or an image `src`.
 * By construction the string whose scheme is judged is exactly the string returned as the href.
 */

/**
 * Characters a browser, a URL parser or a careless template may ignore or drop: controls, every
 * Unicode White_Space and format (Cf) character, and the other default-ignorable code points.
 */
// Literals, not `new RegExp(source)`: a call at module level would keep this file in every bundle.
const IGNORABLE_ALL = /[\p{Cc}\p{Cf}\p{White_Space}\p{Default_Ignorable_Code_Point}]/gu;
const EDGES =
  /^[\p{Cc}\p{Cf}\p{White_Space}\p{Default_Ignorable_Code_Point}]+|[\p{Cc}\p{Cf}\p{White_Space}\p{Default_Ignorable_Code_Point}]+$/gu;
// The text before the first colon, when no `/`, `?` or `#` comes before it: a scheme, valid or not.
const SCHEME = /^([^/?#:]*):/;

/** Schemes that may be linked, and the ones an image may load from. A string without a scheme is relative. */
const LINK_SCHEMES = ['http', 'https', 'mailto'];
const IMAGE_SCHEMES = ['http', 'https'];

const NAMED_ENTITIES: Record<string, string> = {
  colon: ':',
  tab: '\t',
  newline: '\n',
  sol: '/',
  lpar: '(',
  rpar: ')',
  amp: '&',
  nbsp: '\u00a0',
  period: '.',
};

/**
 * Character references as an HTML parser would read them (a template may put the string into HTML
 * unescaped): numeric ones of any length, with or without `;`. Out of range, they decode to nothing,
 * which can only make a scheme more visible.
 */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);?/gi, (whole, body: string) => {
    if (body[0] === '#') {
      // Number() reads "0x6a" (or "0X6A") as hex and "0106" as decimal: one call for both forms.
      const code = Number(`0${body.slice(1)}`);
      return code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    const name = body.toLowerCase();
    return Object.hasOwn(NAMED_ENTITIES, name) ? NAMED_ENTITIES[name] : whole;
  });
}

export type UrlVerdict = { safe: true; href: string } | { safe: false; scheme: string } | undefined;

/**
 * Judges a string that may become a link (`image` false) or an image source (`image` true).
 * - The candidate href is the string without ignorable characters at either end; nothing else changes.
 * - Its scheme is read after decoding entities (twice: `&amp;#106;` is `j`) and dropping every ignorable
 *   character, so `java\u200Bscript:`, `\u3000javascript:` and `&#106;avascript:` all read as `javascript`.
 * - Only http, https and mailto (images: http and https) or no scheme at all are safe; any other scheme,
 *   and any colon before the first `/`, `?` or `#` of a relative URL, returns `{ safe: false, scheme }`.
 * - A candidate with a space or an invisible character inside is not one URL: `undefined`, shown as text.
 */
export function checkUrl(raw: string, image?: boolean): UrlVerdict {
  const href = raw.replace(EDGES, '');
  if (href === '') return undefined;
  const decoded = decodeEntities(decodeEntities(href));
  const compact = decoded.replace(IGNORABLE_ALL, '');
  // A colon in the first segment with no valid scheme before it (`&!*javascript:`) is no relative URL
  // either (RFC 3986 §4.2): the text before the colon is judged as a scheme.
  const scheme = SCHEME.exec(compact)?.[1].toLowerCase();
  if (scheme !== undefined && !(image ? IMAGE_SCHEMES : LINK_SCHEMES).includes(scheme)) return { safe: false, scheme };
  // `compact` differs from `decoded` exactly when `decoded` holds an ignorable character.
  if (compact !== decoded) return undefined;
  return { safe: true, href };
}

/** An absolute http(s) URL standing alone: free text that becomes a link without a field declaration. */
export const looksLikeAbsoluteUrl = (text: string): boolean => /^https?:\/\/\S+$/i.test(text);
