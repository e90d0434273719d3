/**
 * Markdown that would make micromark slow. Matching emphasis, strikethrough and brackets takes time
 * quadratic in the number of markers within one paragraph, and containers nested on one line
 * (`> - > - …`) take time quadratic in their depth, then overflow the stack: a few kilobytes can
 * keep a server busy for seconds. This counts those markers in one linear pass, and names the
 * constructs to turn off for a document over budget; its markers are then shown as text.
 *
 * The count is an upper bound, not a parse: a chunk is the lines between blank lines, list items and
 * headings (each starts new inline content), fenced code is skipped. Real articles stay far below the
 * limits: a paragraph with 1,000 emphasis markers or 500 brackets is an attack or a generated file.
 */

/**
 * Σ (markers per chunk)²: at most one chunk of 1,000 `*`/`_`/`~`, or many smaller ones. Characters,
 * not runs: one run of 2,000 `*` closed by another nests 1,000 levels deep.
 */
const ATTENTION_BUDGET = 1_000_000;
/** Σ (brackets per chunk)²: nested images and links cost more per marker than emphasis. */
const BRACKET_BUDGET = 250_000;
/** Containers opened at the start of one line; real lists and quotes nest a few levels. */
const MAX_CONTAINERS = 32;

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** A list item or a heading: new inline content, whatever precedes it. */
const NEW_INLINE = /^ {0,3}(?:[-+*][ \t]+\S|1[.)][ \t]+\S|#{1,6}(?:[ \t]|$))/;
const CONTAINER = / {0,3}(?:>|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))[ \t]?/y;
const QUOTES = /^(?: {0,3}>[ \t]?)*/;
const ATTENTION = /[*_~]/g;
const BRACKET = /\[/g;

/** How many of `markers` (one character each) `line` holds. */
function count(line: string, markers: RegExp): number {
  return line.length - line.replace(markers, '').length;
}

function containers(line: string): number {
  let depth = 0;
  CONTAINER.lastIndex = 0;
  while (depth <= MAX_CONTAINERS && CONTAINER.exec(line) !== null) depth++;
  return depth;
}

/** The micromark constructs to turn off for this document (none for any real article), and their markup in words. */
export function slowConstructs(markdown: string): { disable: string[]; markup: string[] } {
  let attention = 0;
  let brackets = 0;
  let chunkAttention = 0;
  let chunkBrackets = 0;
  let deep = false;
  let fence: string | undefined;
  const close = () => {
    attention += chunkAttention * chunkAttention;
    brackets += chunkBrackets * chunkBrackets;
    chunkAttention = 0;
    chunkBrackets = 0;
  };
  for (let start = 0; start <= markdown.length; ) {
    let end = markdown.indexOf('\n', start);
    if (end === -1) end = markdown.length;
    const line = markdown.slice(start, end);
    start = end + 1;
    const content = line.replace(QUOTES, '');
    const opening = FENCE.exec(content)?.[1];
    if (fence !== undefined) {
      if (opening !== undefined && opening[0] === fence[0] && opening.length >= fence.length) fence = undefined;
      continue;
    }
    if (opening !== undefined) {
      close();
      fence = opening;
      continue;
    }
    if (content.trim() === '' || NEW_INLINE.test(content)) close();
    if (!deep && containers(line) > MAX_CONTAINERS) deep = true;
    chunkAttention += count(line, ATTENTION);
    chunkBrackets += count(line, BRACKET);
  }
  close();
  const slow = { disable: [] as string[], markup: [] as string[] };
  if (deep) {
    slow.disable.push('blockQuote', 'list');
    slow.markup.push('nested quotes and lists');
  }
  if (attention > ATTENTION_BUDGET) {
    slow.disable.push('attention', 'strikethrough');
    slow.markup.push('emphasis');
  }
  if (brackets > BRACKET_BUDGET) {
    // GFM footnote calls (`[^1]`) look back through every open bracket too.
    slow.disable.push('labelStartImage', 'labelStartLink', 'labelEnd', 'gfmFootnoteCall', 'gfmPotentialFootnoteCall');
    slow.markup.push('links, images and footnotes');
  }
  return slow;
}
