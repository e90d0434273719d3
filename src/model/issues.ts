/**
 * Every issue the normalizer reports, in one table: its code (public API), when it is an error,
 * and the default sentence of its message. A message is the JSON path, this sentence and, when there
 * is one, the value in parentheses: `meta.view_count is not a number; it is shown as text ("lots").`
 */

/**
 * - `error`: always an error;
 * - `warning`: always a warning;
 * - `whole`: an error when it concerns the whole article (path `""`) or the whole `meta`, else a warning.
 */
export type IssueSeverityRule = 'error' | 'warning' | 'whole';

export const ISSUES = {
  /** The input (or a part of it) is not the type the contract expects; it is shown as text. */
  'invalid-type': ['whole', 'has the wrong type; shown as text'],
  /** A number field holds something that is not a finite number; it is shown as text. */
  'invalid-number': ['warning', 'is not a number; shown as text'],
  /** A boolean (flag) holds something other than 1/0, true/false, yes/no. */
  'invalid-boolean': ['warning', 'is not yes or no; shown as text'],
  /** A date field holds something that is not a date the normalizer reads; it is shown as text. */
  'invalid-date': ['warning', 'is not a date; shown as text'],
  /** A URL uses a scheme other than http, https, mailto or none; shown as text, never linked. */
  'unsafe-url': ['warning', 'is not a safe URL; shown as text'],
  /** A string looked like JSON (starts with `[` or `{`) but did not parse; kept as text. */
  'invalid-json': ['whole', 'is broken JSON; shown as text'],
  /** A score is outside 0..max and was clamped. */
  'score-out-of-range': ['warning', 'is out of range; clamped'],
  /** A score is not a number (shown as text with no meter), or its `max` is not a positive number. */
  'invalid-score': ['warning', 'is not a score; shown without a bar'],
  /** A value refers to one of its own ancestors; a marker is shown in its place. */
  cycle: ['error', 'contains itself; a marker is shown'],
  /** Nesting is deeper than `maxDepth`; the rest is shown as JSON text. */
  'max-depth': ['warning', 'is nested too deeply; shown as JSON'],
  /**
   * Two keys name the same field. In meta both entries are kept; for the article's own fields
   * (`title`/`Title`), a similar post's fields (`url`/`href`) and a block's text (`text`/`content`)
   * the first is used.
   */
  'duplicate-key': ['warning', 'repeats a key'],
  /** A body block has an unknown type; its text is shown as a paragraph. */
  'unknown-block': ['warning', 'is an unknown block; shown as a paragraph'],
  /** The article, a similar post or a score in an array has no title or name. */
  'missing-title': ['warning', 'has no title'],
  /**
   * A value that is not plain data: a function, a symbol, an Error, a class instance. What can be read
   * of it is shown (a class instance's own fields, a symbol's description); the issue names its type.
   */
  'unsupported-value': ['warning', 'is not plain data'],
  /** The `locale` option is not a valid BCP 47 tag; "en-US" is used instead. */
  'invalid-locale': ['warning', 'is not a locale; en-US is used'],
  /**
   * A key outside the contract. At the article's top level it is shown in the meta box; in a body
   * block, list item, similar post, checklist item or score object it is not shown.
   */
  'unknown-field': ['warning', 'is not a known field'],
  /** Reading a value threw (a throwing getter or Proxy trap); a marker is shown in its place, and only there. */
  'unreadable-value': ['error', 'could not be read'],
  /** An option has the wrong type or is out of range; its default (or its ceiling) is used. */
  'invalid-option': ['warning', 'is not a valid option; the default is used'],
  /**
   * A list holds more than `maxItems` items, a record more than `maxEntries` keys, or the call met
   * `maxValues`: the rest is not normalized or rendered, and the model keeps its count (`omitted`).
   */
  truncated: ['warning', 'is over the limit; the rest is counted, not shown'],
  /**
   * Markup of a body that the model has no place for (`script`, `style`, `iframe`, forms, event-handler
   * attributes, …): not rendered; the issue names the tags and how many. Text of unknown elements is kept.
   */
  'dropped-markup': ['warning', 'holds markup that is not shown'],
  /** A body heading outside levels 2–6 (the title is the page's h1): clamped into that range. */
  'heading-level': ['warning', 'has a heading level outside 2-6; clamped'],
  /** An image without alt text: shown with `alt=""`, as decoration. */
  'missing-alt': ['warning', 'is an image without alt text'],
  /** A document's front matter (YAML) does not parse: the body is read without it, the front matter as text. */
  'invalid-front-matter': ['warning', 'has front matter that does not parse; shown as text'],
} as const satisfies Record<string, readonly [IssueSeverityRule, string]>;

/** Every issue code the normalizer reports (public API: a new code is a minor release, a removed one a major). */
export type MetaIssueCode = keyof typeof ISSUES;
