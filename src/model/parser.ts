/**
 * The contract between the normalizer and a body parser (HTML, Markdown, Portable Text, Contentful
 * rich text, Notion blocks). Parsers are opt-in entries (`article-meta-box/parsers`): the normalizer
 * calls the ones it is given, and a site that passes block JSON ships none of them.
 */
import type { BodyBlock } from './body.js';
import type { MetaIssueCode } from './issues.js';

/** The formats a parser reads, as `options.bodyFormat` names them. */
export type BodyFormat = 'html' | 'markdown' | 'portable-text' | 'contentful' | 'notion';

export interface BodyParser {
  /** The format this parser reads. */
  readonly format: BodyFormat;
  /** Whether a raw body is of this format; used when `bodyFormat` is not given. Never throws. */
  detect(raw: unknown): boolean;
  /** The body as blocks of the model; every problem goes to `context.report`. Never throws. */
  parse(raw: unknown, context: ParseContext): ParsedBody;
  /**
   * How a title from the same source reads, when the format says more than plain text: an HTML source's
   * titles are HTML too (WordPress `title.rendered`: "sull&#8217;isola" reads "sull’isola").
   */
  readTitle?(raw: string): string;
}

export interface ParseContext {
  /**
   * Records an issue. `path` is relative to the body: `''` for the body itself, `[3].children[1]` for
   * a part of a JSON body; for a text body (HTML, Markdown) it is `''` and `value` names the place.
   */
  report(path: string, code: MetaIssueCode, value?: unknown): void;
  /** The normalizer's one URL check: the href (or image src) to use, or `undefined` when it is not safe. */
  safeUrl(raw: string, image?: boolean): string | undefined;
  /** Blocks, list items and table rows beyond this many are counted in a `truncated` issue, not produced. */
  maxItems: number;
}

export interface ParsedBody {
  blocks: BodyBlock[];
  /** From a document's own metadata (Markdown front matter): its title… */
  title?: string;
  /** …and its other fields, which join the article's meta. */
  meta?: Record<string, unknown>;
}
