/** The raw article: its own keys (title, body, meta, similar posts) and every other key as meta. */
import type {
  Article,
  ArticleMeta,
  BodyBlock,
  NormalizeArticleResult,
  NormalizeOptions,
  SimilarPost,
} from '../model/types.js';
import { bodyFrom, unreadableBlock } from './body/blocks.js';
import { parserFor, readBody } from './body/read.js';
import { isRecord } from './is.js';
import { childPath, guard, report } from './issues.js';
import { canonicalKey } from './keys.js';
import { omitted } from './limits.js';
import { arrange, metaFrom } from './meta.js';
import { type Context, createContext } from './options.js';
import { similarFrom } from './similar-posts.js';
import { fieldText, plainText } from './text.js';
import { normalizeValue, readKey, recordValue, UNREADABLE } from './value.js';

// A literal list: the article's own keys, canonical.
const ARTICLE_KEYS = ['title', 'body', 'meta', 'similar_posts'];

type Fields = Record<string, unknown>;

/** A list of the article with the count of what it leaves out, as `bodyFrom` and `similarFrom` return it. */
type Counted<T> = [items: T[], omitted?: number];

/** The article from its parts; a count of left-out items is set only when there is one. */
function articleOf(
  title: string,
  [body, bodyOmitted]: Counted<BodyBlock>,
  meta: ArticleMeta,
  [similarPosts, similarPostsOmitted]: Counted<SimilarPost> = [[]],
): Article {
  const article: Article = { title, body, meta, similarPosts };
  if (bodyOmitted) article.bodyOmitted = bodyOmitted;
  if (similarPostsOmitted) article.similarPostsOmitted = similarPostsOmitted;
  return article;
}

/**
 * Turns any raw article into the model `ArticleView` renders, with every problem found.
 * Never throws: a value that cannot be parsed is kept as text and named in `issues`; a value that
 * cannot even be read is a marker with an issue, in its own place.
 */
export function normalizeArticle(raw: unknown, options?: NormalizeOptions): NormalizeArticleResult {
  const ctx = createContext(options);
  const result = (article: Article): NormalizeArticleResult => ({ article, issues: ctx.issues });
  let source = raw;
  if (typeof source === 'string') {
    try {
      source = JSON.parse(source);
    } catch {
      // A bare string is the body: a document a parser reads (Markdown with front matter, HTML) is a
      // whole article; any other string is its paragraphs, and not what the contract asked for.
      if (parserFor(ctx, source)) return result(articleFrom(ctx, { body: source }));
      report(ctx, '', 'invalid-type');
      return result(articleOf(ctx.messages.untitled, bodyFrom(ctx, source), { entries: [] }));
    }
  }
  const record = source;
  if (!guard(ctx, '', () => isRecord(record), true)) {
    report(ctx, '', 'invalid-type', source);
    // Whatever it is, it is kept: shown as one field of the meta box.
    const value = source === null || source === undefined ? undefined : normalizeValue(ctx, source, '', 1);
    return result(
      articleOf(ctx.messages.untitled, [[]], { entries: value ? [{ key: 'article', label: 'Article', value }] : [] }),
    );
  }
  return result(articleFrom(ctx, source as Fields));
}

/** The article's own keys; when even they cannot be listed (a Proxy trap), the contract's keys are read directly. */
function ownKeys(ctx: Context, raw: Fields): string[] {
  try {
    return Object.keys(raw);
  } catch {
    report(ctx, '', 'unreadable-value');
    return ARTICLE_KEYS.filter((key) => {
      try {
        return key in raw;
      } catch {
        return false;
      }
    });
  }
}

function articleFrom(ctx: Context, raw: Fields): Article {
  const fields: Fields = {};
  const extra: Fields = Object.create(null);
  let extras = 0;
  for (const key of ownKeys(ctx, raw)) {
    const field = canonicalKey(key);
    const path = childPath('', key);
    if (!ARTICLE_KEYS.includes(field)) {
      // Top-level keys outside the contract are meta too: shown after it, never dropped (past
      // `maxEntries` they are only counted).
      if (extras++ >= ctx.maxEntries) continue;
      report(ctx, path, 'unknown-field');
      extra[key] = readKey(ctx, raw, key, path);
    } else if (Object.hasOwn(fields, field)) {
      // `title` and `Title` both present: the first is used, the next is named in an issue.
      report(ctx, path, 'duplicate-key', readKey(ctx, raw, key, path));
    } else {
      // A field that cannot be read is reported and treated as absent.
      const value = readKey(ctx, raw, key, path);
      fields[field] = value === UNREADABLE ? undefined : value;
    }
  }
  // A revoked Proxy throws even on Array.isArray: such a body is one marker.
  const body = guard(ctx, 'body', () => readBody(ctx, fields.body), { blocks: [[unreadableBlock(ctx)]] });
  const titleRaw = fields.title ?? body.title;
  // The article's own title wins; the document's is named, since it is not shown.
  if (fields.title != null && body.title !== undefined)
    report(ctx, 'body.frontmatter.title', 'duplicate-key', body.title);
  let title = plainText(titleRaw)?.trim();
  if (title && body.parser?.readTitle) title = body.parser.readTitle(title).trim();
  if (!title) {
    if (titleRaw !== undefined && titleRaw !== null && typeof titleRaw !== 'string') {
      title = fieldText(ctx, titleRaw, 'title');
    } else {
      report(ctx, 'title', 'missing-title');
      title = ctx.messages.untitled;
    }
  }
  const meta = metaFrom(ctx, fields.meta);
  if (body.meta) {
    // The document's own metadata (front matter) joins the meta, after the article's own fields.
    meta.entries = arrange(ctx, meta.entries.concat(recordValue(ctx, body.meta, 'body.frontmatter', 0, true).entries));
  }
  if (extras > 0) {
    const more = recordValue(ctx, extra, '', 0, true);
    meta.entries = arrange(ctx, meta.entries.concat(more.entries));
    const left = (more.omitted ?? 0) + (omitted(ctx, '', extras, Math.min(extras, ctx.maxEntries)) ?? 0);
    if (left) meta.omitted = (meta.omitted ?? 0) + left;
  }
  // A revoked Proxy throws even on Array.isArray: such a body or list is one marker.
  return articleOf(
    title,
    body.blocks,
    meta,
    guard(ctx, 'similar_posts', () => similarFrom(ctx, fields.similar_posts), [[{ title: ctx.messages.unreadable }]]),
  );
}
