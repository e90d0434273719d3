/**
 * The body model: blocks and the inline content inside them. Block JSON (the seed's format) and the
 * body parsers (HTML, Markdown, Portable Text, Contentful rich text, Notion blocks) all produce it;
 * `PostBody` renders it and nothing else, so no element or attribute of the input can reach the page.
 *
 * Every text-bearing part has `text`, its plain text (for excerpts, search, JSON-LD), and `inline` only
 * when it holds more than plain text (marks, links, line breaks).
 */

/** Inline content of a paragraph, heading, list item, table cell or quote. */
export type Inline =
  | { type: 'text'; text: string }
  | { type: 'strong' | 'emphasis' | 'strikethrough'; children: Inline[] }
  | { type: 'code'; text: string }
  /** `href` passed the URL check; a link that did not is plain text (with an issue). */
  | { type: 'link'; href: string; children: Inline[] }
  | { type: 'break' };

/** Text with its inline content when it has more than plain text. */
export interface RichText {
  /** The plain text, line breaks as "\n". */
  text: string;
  /** Marks, links and breaks; absent when `text` says it all. */
  inline?: Inline[];
}

export interface ListItem extends RichText {
  /** A task item: `true` done, `false` to do; absent for an ordinary item. */
  checked?: boolean;
  /** Blocks inside the item after its first line: nested lists, more paragraphs, code. */
  blocks?: BodyBlock[];
}

export interface ParagraphBlock extends RichText {
  type: 'paragraph';
}

export interface HeadingBlock extends RichText {
  type: 'heading';
  /** 2 to 6: the article's title is the page's h1, so the body starts at 2. @default 2 */
  level?: 2 | 3 | 4 | 5 | 6;
}

export interface ListBlock {
  type: 'list';
  items: ListItem[];
  ordered?: true;
  /** Number of the first item of an ordered list, when it is not 1. */
  start?: number;
  /** Items beyond `maxItems`: counted, not normalized. */
  omitted?: number;
}

export interface QuoteBlock extends RichText {
  type: 'quote';
  /** The quote's own blocks, when it holds more than one paragraph. */
  blocks?: BodyBlock[];
}

export interface CodeBlock {
  type: 'code';
  text: string;
  language?: string;
}

export interface ImageBlock {
  type: 'image';
  /** http(s) or relative, checked by the URL check. */
  src: string;
  /** "" for a decorative image; a missing alt is reported. */
  alt: string;
  caption?: string;
  width?: number;
  height?: number;
}

export interface TableBlock {
  type: 'table';
  /** The header row, when the table has one. */
  head?: RichText[];
  rows: RichText[][];
}

export interface DividerBlock {
  type: 'divider';
}

export type BodyBlock =
  | ParagraphBlock
  | HeadingBlock
  | ListBlock
  | QuoteBlock
  | CodeBlock
  | ImageBlock
  | TableBlock
  | DividerBlock;
