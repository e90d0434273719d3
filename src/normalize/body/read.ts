/**
 * The article's body: read by the parser of its format when parsers are given (`options.parsers`),
 * else as block JSON or plain text. The parser is `options.bodyFormat`'s, or the first whose `detect`
 * accepts the body; a parser's issues are reported under `body`.
 */
import type { BodyBlock } from '../../model/body.js';
import type { BodyParser } from '../../model/parser.js';
import { report } from '../issues.js';
import type { Context } from '../options.js';
import { checkUrl } from '../url.js';
import { bodyFrom, unreadableBlock } from './blocks.js';

export interface ReadBody {
  blocks: [blocks: BodyBlock[], omitted?: number];
  /** The parser that read it, when one did. */
  parser?: BodyParser;
  /** From the document's own metadata (Markdown front matter). */
  title?: string;
  meta?: Record<string, unknown>;
}

/** The parser for a raw body: the declared format's, else the first that detects it. */
export function parserFor(ctx: Context, raw: unknown): BodyParser | undefined {
  if (raw === null || raw === undefined) return undefined;
  return ctx.parsers.find((parser) =>
    ctx.bodyFormat ? parser.format === ctx.bodyFormat : safely(() => parser.detect(raw)),
  );
}

const safely = (test: () => boolean): boolean => {
  try {
    return test() === true;
  } catch {
    return false;
  }
};

export function readBody(ctx: Context, raw: unknown, path: string): ReadBody {
  const parser = parserFor(ctx, raw);
  if (!parser) return { blocks: bodyFrom(ctx, raw, path) };
  const context = {
    report: (where: string, code: Parameters<typeof report>[2], ...value: [unknown?]) =>
      report(ctx, `${path}${where}`, code, ...value),
    safeUrl: (url: string, image?: boolean) => {
      const verdict = checkUrl(url, image);
      return verdict?.safe ? verdict.href : undefined;
    },
    maxItems: ctx.maxItems,
  };
  try {
    const { blocks, title, meta } = parser.parse(raw, context);
    // The parser counts what it leaves out in its `truncated` issues; the budget counts its blocks too.
    ctx.budget -= blocks.length;
    return { blocks: [blocks], parser, title, meta };
  } catch {
    report(ctx, path, 'unreadable-value');
    return { blocks: [[unreadableBlock(ctx)]], parser };
  }
}
