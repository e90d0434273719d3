/** The raw article: its own keys (title, body, meta, similar posts) and every other key as meta. */
import type {
  Article,
  ArticleMeta,
  BodyBlock,
  MetaRecord,
  NormalizeArticleResult,
  NormalizeOptions,
  SimilarPost,
} from '../model/types.js';
import { bodyFrom, unreadableBlock } from './body/blocks.js';
import { parserFor, readBody } from './body/read.js';
import { groupEntries } from './groups.js';
import { isRecord } from './is.js';
import { childPath, guard, report } from './issues.js';
import { canonicalKey } from './keys.js';
import { omitted } from './limits.js';
import { arrange, metaFrom } from './meta.js';
import { type Context, createContext } from './options.js';
import { ROLES, renderedOf, unwrap } from './payload.js';
import { similarFrom } from './similar-posts.js';
import { fieldText, plainText } from './text.js';
import { normalizeValue, readKey, recordValue, UNREADABLE } from './value.js';

type Fields = Record<string, unknown>;

/** A list of the article with the count of what it leaves out, as `bodyFrom` and `similarFrom` return it. */
type Counted<T> = [items: T[], omitted?: number];

/** The article from its parts; a count of left-out items is set only when there is one. */
function articleOf(
  ctx: Context,
  title: string,
  [body, bodyOmitted]: Counted<BodyBlock>,
  meta: ArticleMeta,
  [similarPosts, similarPostsOmitted]: Counted<SimilarPost> = [[]],
): Article {
  meta.groups = groupEntries(ctx, meta.entries);
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
      return result(articleOf(ctx, ctx.messages.untitled, bodyFrom(ctx, source), { entries: [] }));
    }
  }
  const record = source;
  if (!guard(ctx, '', () => isRecord(record), true)) {
    report(ctx, '', 'invalid-type', source);
    // Whatever it is, it is kept: shown as one field of the meta box.
    const value = source === null || source === undefined ? undefined : normalizeValue(ctx, source, '', 1);
    return result(
      articleOf(ctx, ctx.messages.untitled, [[]], {
        entries: value ? [{ key: 'article', label: 'Article', value }] : [],
      }),
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
    return Object.keys(ROLES).filter((key) => {
      try {
        return key in raw;
      } catch {
        return false;
      }
    });
  }
}

function articleFrom(ctx: Context, payload: Fields): Article {
  const { article: raw, path: base, internals } = guard(ctx, '', () => unwrap(payload), { article: payload, path: '' });
  const fields: Fields = {};
  const extra: Fields = Object.create(null);
  // The canonical key each of the article's own fields was read from, and the path of its value
  // (`title.rendered` for WordPress's `{ rendered }`).
  const fieldOf: Record<string, string> = {};
  const pathAt: Record<string, string> = {};
  const pathOf = (role: string) => pathAt[role] ?? childPath(base, role);
  // Other names of a field the article has that are a platform's internals (a second body form).
  const internal = new Set<string>();
  let extras = 0;
  const addExtra = (key: string, value: unknown, path: string) => {
    // Keys outside the contract are meta too: shown after it, never dropped (past `maxEntries` only counted).
    if (extras++ >= ctx.maxEntries) return;
    report(ctx, path, 'unknown-field');
    extra[key] = value;
  };
  for (const key of ownKeys(ctx, raw)) {
    const field = canonicalKey(key);
    const role = Object.hasOwn(ROLES, field) ? ROLES[field] : undefined;
    const path = childPath(base, key);
    if (!role) {
      addExtra(key, readKey(ctx, raw, key, path), path);
    } else if (Object.hasOwn(fieldOf, role)) {
      const value = readKey(ctx, raw, key, path);
      if (fieldOf[role] === field) {
        // `title` and `Title` both present: the first is used, the next is named in an issue.
        report(ctx, path, 'duplicate-key', value);
      } else {
        // Another name of a field the article has (`headline` beside `title`, `body_markdown` beside
        // `body_html`): shown with the meta; a second body, as a platform's internals.
        addExtra(key, value, path);
        if (role === 'body') internal.add(field);
      }
    } else {
      // A field that cannot be read is reported and treated as absent; WordPress's `{ rendered }` is its text.
      const value = readKey(ctx, raw, key, path);
      const rendered = role === 'title' || role === 'body' ? renderedOf(value) : undefined;
      if (rendered) for (const other of rendered[1]) report(ctx, childPath(path, other), 'unknown-field');
      fields[role] = value === UNREADABLE ? undefined : rendered ? rendered[0] : value;
      fieldOf[role] = field;
      pathAt[role] = rendered ? childPath(path, 'rendered') : path;
    }
  }
  // A revoked Proxy throws even on Array.isArray: such a body is one marker.
  const bodyPath = pathOf('body');
  const body = guard(ctx, bodyPath, () => readBody(ctx, fields.body, bodyPath), { blocks: [[unreadableBlock(ctx)]] });
  const titleRaw = fields.title ?? body.title;
  // The article's own title wins; the document's is named, since it is not shown.
  if (fields.title != null && body.title !== undefined) {
    report(ctx, `${bodyPath}.frontmatter.title`, 'duplicate-key', body.title);
  }
  let title = plainText(titleRaw)?.trim();
  if (title && body.parser?.readTitle) title = body.parser.readTitle(title).trim();
  if (!title) {
    if (titleRaw !== undefined && titleRaw !== null && typeof titleRaw !== 'string') {
      title = fieldText(ctx, titleRaw, pathOf('title'));
    } else {
      report(ctx, pathOf('title'), 'missing-title');
      title = ctx.messages.untitled;
    }
  }
  const meta = metaFrom(ctx, fields.meta, pathOf('meta'));
  const add = (record: MetaRecord, asInternal: (key: string) => boolean) => {
    for (const entry of record.entries) if (asInternal(entry.key)) entry.internal = true;
    meta.entries = arrange(ctx, meta.entries.concat(record.entries));
    if (record.omitted) meta.omitted = (meta.omitted ?? 0) + record.omitted;
  };
  // The document's own metadata (front matter) joins the meta, after the article's own fields.
  if (body.meta) add(recordValue(ctx, body.meta, `${bodyPath}.frontmatter`, 0, true), () => false);
  if (extras > 0) {
    // WordPress's other `{ rendered }` objects (`excerpt`, `guid`) are their text, read as the body's format.
    for (const key of Object.keys(extra)) {
      const rendered = renderedOf(extra[key]);
      if (!rendered) continue;
      for (const other of rendered[1]) report(ctx, childPath(childPath(base, key), other), 'unknown-field');
      extra[key] = body.parser?.readTitle ? body.parser.readTitle(rendered[0]).trim() : rendered[0];
    }
    add(recordValue(ctx, extra, base, 0, true), (key) => internal.has(key));
    const left = omitted(ctx, base, extras, Math.min(extras, ctx.maxEntries));
    if (left) meta.omitted = (meta.omitted ?? 0) + left;
  }
  // The envelope's other parts (Contentful `sys` and `metadata`, Strapi's `meta`): internals, at their own paths.
  if (internals) add(recordValue(ctx, internals, '', 0), () => true);
  // A revoked Proxy throws even on Array.isArray: such a list is one marker.
  const postsPath = pathOf('similar_posts');
  return articleOf(
    ctx,
    title,
    body.blocks,
    meta,
    guard(ctx, postsPath, () => similarFrom(ctx, fields.similar_posts, postsPath), [
      [{ title: ctx.messages.unreadable }],
    ]),
  );
}
