/**
 * Raw HTML inside Markdown, as plain text. The model has no place for markup, so a tag is never
 * rendered: its name is counted (for the `dropped-markup` issue) and only the text between tags is
 * kept. This is not an HTML parser and needs not be one: whatever it returns is shown as text, so a
 * tag it misreads can only show up as visible characters, never as markup.
 */

/**
 * One piece of markup: a comment, CDATA, a processing instruction, a declaration, or a tag whose
 * attribute values may hold `>`. An unterminated one runs to the end, as it does in a browser.
 * The alternatives start with different characters, so matching stays linear.
 */
const MARKUP =
  /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<\?[^>]*(?:>|$)|<![A-Za-z][^>]*(?:>|$)|<(\/?)([A-Za-z][A-Za-z0-9-]*)(?:[^>"']|"[^"]*(?:"|$)|'[^']*(?:'|$))*(?:>|$)/g;

/** Elements whose content a browser does not show as text. */
const HIDDEN_CONTENT: Record<string, RegExp> = { script: /<\/script\s*>/gi, style: /<\/style\s*>/gi };

/** Tags that separate words: the text on either side is not one word. */
const BREAKS =
  /^(?:address|article|aside|blockquote|br|dd|details|div|dl|dt|figcaption|figure|footer|h[1-6]|header|hr|li|main|nav|ol|p|pre|section|summary|table|td|th|tr|ul)$/;

/** The entities articles use in pasted HTML; any other stays as written (as text, so still safe). */
const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  copy: '©',
  reg: '®',
  trade: '™',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  middot: '·',
  bull: '•',
  times: '×',
  deg: '°',
  euro: '€',
};

/** Character references as HTML reads them: numeric ones, and the named ones above. */
export function decodeHtmlEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(?:#(\d{1,7})|#[xX]([0-9A-Fa-f]{1,6})|([A-Za-z]+));/g, (whole, dec, hex, name) => {
    if (name !== undefined) return Object.hasOwn(ENTITIES, name) ? ENTITIES[name] : whole;
    const code = dec !== undefined ? Number(dec) : Number.parseInt(hex, 16);
    // As HTML does: NUL, surrogates and values past Unicode become U+FFFD.
    return code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) ? '\ufffd' : String.fromCodePoint(code);
  });
}

/** The name a piece of markup is counted under: its tag name, or the kind of markup. */
function markupName(match: RegExpExecArray): string {
  if (match[2] !== undefined) return match[2].toLowerCase();
  const start = match[0].slice(0, 4);
  if (start === '<!--') return 'comment';
  if (start === '<![C') return 'cdata';
  return start[1] === '?' ? 'processing instruction' : 'declaration';
}

/** The name of one inline HTML node (a single tag, comment, …), or `undefined` when it is no markup. */
export function inlineMarkupName(html: string): string | undefined {
  MARKUP.lastIndex = 0;
  const match = MARKUP.exec(html);
  return match && match.index === 0 ? markupName(match) : undefined;
}

/**
 * The visible text of a block of raw HTML, whitespace collapsed; `dropped` is called with the name of
 * every tag and comment removed. The content of `script` and `style` is removed with them.
 */
export function htmlText(html: string, dropped: (name: string) => void): string {
  let text = '';
  let last = 0;
  MARKUP.lastIndex = 0;
  for (let match = MARKUP.exec(html); match !== null; match = MARKUP.exec(html)) {
    text += decodeHtmlEntities(html.slice(last, match.index));
    const name = markupName(match);
    dropped(name);
    last = MARKUP.lastIndex;
    if (match[1] === '' && Object.hasOwn(HIDDEN_CONTENT, name) && !match[0].endsWith('/>')) {
      const end = HIDDEN_CONTENT[name];
      end.lastIndex = last;
      const close = end.exec(html);
      last = close ? end.lastIndex : html.length;
      MARKUP.lastIndex = last;
    } else if (BREAKS.test(name)) {
      text += ' ';
    }
  }
  text += decodeHtmlEntities(html.slice(last));
  return text.replace(/\s+/g, ' ').trim();
}
