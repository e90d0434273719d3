import {
  type Context,
  childPath,
  createContext,
  guard,
  isRecord,
  jsonText,
  omitted,
  report,
  reportUnused,
} from './context.js';
import type { CachedFormat } from './format.js';
import { canonicalKey } from './keys.js';
import { arrange, metaFrom, normalizeValue, readKey, recordValue, UNREADABLE } from './meta.js';
import type {
  Article,
  ArticleMeta,
  BodyBlock,
  MetaIssueCode,
  NormalizeArticleResult,
  NormalizeOptions,
  SimilarPost,
} from './types.js';
import { checkUrl, looksLikeAbsoluteUrl } from './url.js';
import { parseMinutes, parseNumber } from './values.js';

const ARTICLE_KEYS = ['title', 'body', 'meta', 'similar_posts'];

type Fields = Record<string, unknown>;

function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
}

/** Text of a value of the wrong type (a number where an object or list belongs, say): its JSON text, with an issue. */
function invalidText(ctx: Context, value: unknown, path: string): string {
  report(ctx, path, 'invalid-type');
  return jsonText(ctx, value, path);
}

/** A text field: strings and numbers as they are; anything else as JSON text, with an issue at `path[key]`. */
function fieldText(ctx: Context, value: unknown, path: string, key?: string | number): string {
  const text = textOf(value);
  // The path is built only for an issue: most fields are text.
  return text ?? invalidText(ctx, value, key === undefined ? path : childPath(path, key));
}

/** The first of `keys` that holds a value; later ones are reported, since they are not shown. */
function pick(ctx: Context, record: Fields, path: string, keys: string[]): string | undefined {
  let first: string | undefined;
  for (const key of keys) {
    if (record[key] == null) continue;
    if (first) report(ctx, childPath(path, key), 'duplicate-key');
    else first = key;
  }
  return first;
}

function blockText(ctx: Context, block: Fields, path: string): string {
  const key = pick(ctx, block, path, TEXT_FIELDS);
  return key ? fieldText(ctx, block[key], path, key) : '';
}

/** The items of a list block: lines of a string, or an array of strings, numbers or `{ text }`. */
function listItems(ctx: Context, raw: unknown, path: string): [items: string[], omitted?: number] {
  if (raw === undefined) return [[]];
  if (typeof raw === 'string') {
    const lines = raw.split(/\r?\n/);
    return eachItem(
      ctx,
      lines,
      path,
      (line) => ((line as string).trim() ? (line as string) : undefined),
      UNREADABLE_TEXT,
    );
  }
  if (!Array.isArray(raw)) return [[invalidText(ctx, raw, path)]];
  return eachItem(
    ctx,
    raw,
    path,
    (item, itemPath) => {
      if (isRecord(item) && textOf(item.text) !== undefined) {
        reportUnused(ctx, item, ['text'], itemPath);
        return textOf(item.text) as string;
      }
      return fieldText(ctx, item, itemPath);
    },
    UNREADABLE_TEXT,
  );
}

const BLOCK_TYPES: Record<string, BodyBlock['type']> = {
  paragraph: 'paragraph',
  p: 'paragraph',
  text: 'paragraph',
  heading: 'heading',
  h2: 'heading',
  h3: 'heading',
  list: 'list',
  ul: 'list',
  ol: 'list',
  quote: 'quote',
  blockquote: 'quote',
  code: 'code',
};

/** The keys each kind of block uses; others are reported, since they are not shown. */
const TEXT_FIELDS = ['text', 'content', 'value'];
const TEXT_KEYS = ['type', 'id', 'text', 'content', 'value'];
const CODE_KEYS = ['type', 'id', 'text', 'content', 'value', 'language'];
const LIST_KEYS = ['type', 'id', 'items', 'ordered'];
const UNKNOWN_KEYS = ['type', 'id', 'text', 'content', 'value', 'items'];

function bodyBlock(ctx: Context, raw: unknown, path: string): BodyBlock | undefined {
  if (raw === null || raw === undefined) return;
  if (typeof raw === 'string') return { type: 'paragraph', text: raw };
  if (!isRecord(raw)) return { type: 'paragraph', text: invalidText(ctx, raw, path) };
  const name = typeof raw.type === 'string' ? raw.type.toLowerCase() : '';
  const type = Object.hasOwn(BLOCK_TYPES, name) ? BLOCK_TYPES[name] : undefined;
  if (type === 'list') {
    // Keys a block type does not use are reported, since they are not shown.
    reportUnused(ctx, raw, LIST_KEYS, path);
    const [items, omitted] = listItems(ctx, raw.items, childPath(path, 'items'));
    const list: BodyBlock = name === 'ol' || raw.ordered === true ? { type, items, ordered: true } : { type, items };
    if (omitted) list.omitted = omitted;
    return list;
  }
  if (type) {
    reportUnused(ctx, raw, type === 'code' ? CODE_KEYS : TEXT_KEYS, path);
    const text = blockText(ctx, raw, path);
    if (type !== 'code' || raw.language == null || raw.language === '') return { type, text };
    if (typeof raw.language === 'string') return { type, text, language: raw.language };
    // A language that is not a string is not shown: it is named.
    report(ctx, childPath(path, 'language'), 'invalid-type', raw.language);
    return { type, text };
  }
  report(ctx, path, 'unknown-block');
  // Its text and items are shown; any other key is named, since it is not.
  reportUnused(ctx, raw, UNKNOWN_KEYS, path);
  const [items] = listItems(ctx, raw.items, childPath(path, 'items'));
  const text = [blockText(ctx, raw, path), ...items].filter(Boolean).join('\n') || jsonText(ctx, raw, path);
  return { type: 'paragraph', text };
}

/**
 * Each item of a list in the article (blocks, list items, similar posts) by `read`, up to `maxItems`
 * and the call's budget. An item whose reading throws is reported at its path and shown as `marker`:
 * the fault stays with that item.
 */
function eachItem<T>(
  ctx: Context,
  raw: unknown[],
  path: string,
  read: (item: unknown, path: string) => T | undefined,
  marker: T,
): [items: T[], omitted?: number] {
  const items: T[] = [];
  const end = Math.min(raw.length, ctx.maxItems);
  let i = 0;
  for (; i < end && ctx.budget > 0; i++, ctx.budget--) {
    const itemPath = childPath(path, i);
    try {
      const item = read(raw[i], itemPath);
      if (item !== undefined) items.push(item);
    } catch {
      report(ctx, itemPath, 'unreadable-value');
      items.push(marker);
    }
  }
  return [items, omitted(ctx, path, raw.length, i)];
}

const UNREADABLE_TEXT = '[Unreadable]';
const UNREADABLE_BLOCK: BodyBlock = { type: 'paragraph', text: UNREADABLE_TEXT };

function bodyFrom(ctx: Context, raw: unknown): [blocks: BodyBlock[], omitted?: number] {
  if (typeof raw === 'string') {
    const paragraphs = raw.split(/\r?\n\s*\r?\n/);
    return eachItem(
      ctx,
      paragraphs,
      'body',
      (text) => {
        const trimmed = (text as string).trim();
        return trimmed ? { type: 'paragraph', text: trimmed } : undefined;
      },
      UNREADABLE_BLOCK,
    );
  }
  return eachItem(
    ctx,
    Array.isArray(raw) ? raw : [raw],
    'body',
    (block, path) => bodyBlock(ctx, block, Array.isArray(raw) ? path : 'body'),
    UNREADABLE_BLOCK,
  );
}

const POST_KEYS = [
  'title',
  'url',
  'href',
  'link',
  'summary',
  'description',
  'topic',
  'reading_time',
  'readingTime',
  'score',
  'id',
];

function similarPost(ctx: Context, raw: unknown, path: string): SimilarPost {
  if (typeof raw === 'string') {
    // A bare string is a title, linked only when it is clearly a URL (absolute, or a path).
    const verdict = checkUrl(raw);
    return verdict?.safe && (looksLikeAbsoluteUrl(verdict.href) || /^[/#?]/.test(verdict.href))
      ? { title: raw, href: verdict.href }
      : { title: raw };
  }
  if (!isRecord(raw)) return { title: invalidText(ctx, raw, path) };
  reportUnused(ctx, raw, POST_KEYS, path);
  const text = (key: string | undefined) => (key ? fieldText(ctx, raw[key], path, key) : undefined);
  /** A numeric field, formatted; the text as written, with an issue, when it does not parse. */
  const numeric = (
    keys: string[],
    parse: (raw: unknown) => number | undefined,
    format: CachedFormat,
    code: MetaIssueCode,
  ) => {
    const key = pick(ctx, raw, path, keys);
    if (!key) return;
    const value = parse(raw[key]);
    if (value !== undefined) return format.format(value);
    report(ctx, childPath(path, key), code, raw[key]);
    return text(key);
  };

  const post: SimilarPost = { title: ctx.messages.untitled };
  const urlKey = pick(ctx, raw, path, ['url', 'href', 'link']);
  const url = text(urlKey);
  if (urlKey) {
    const verdict = typeof raw[urlKey] === 'string' ? checkUrl(url as string) : undefined;
    if (verdict?.safe) post.href = verdict.href;
    else report(ctx, childPath(path, urlKey), 'unsafe-url');
  }
  const title = text(pick(ctx, raw, path, ['title']))?.trim();
  if (title) post.title = title;
  else {
    post.title = url?.trim() || ctx.messages.untitled;
    report(ctx, childPath(path, 'title'), 'missing-title');
  }
  const summary = text(pick(ctx, raw, path, ['summary', 'description']));
  if (summary) post.summary = summary;
  const topic = text(pick(ctx, raw, path, ['topic']));
  if (topic) post.topic = topic;
  const readingTime = numeric(['reading_time', 'readingTime'], parseMinutes, ctx.fmt.minutes, 'invalid-number');
  if (readingTime) post.readingTime = readingTime;
  const score = numeric(['score'], parseNumber, ctx.fmt.count, 'invalid-score');
  if (score) post.score = score;
  return post;
}

function similarFrom(ctx: Context, raw: unknown): [posts: SimilarPost[], omitted?: number] {
  if (raw === null || raw === undefined) return [[]];
  let source = raw;
  if (typeof source === 'string') {
    try {
      source = JSON.parse(source);
    } catch {
      source = [source];
    }
  }
  if (!Array.isArray(source)) {
    report(ctx, 'similar_posts', 'invalid-type');
    source = [source];
  }
  return eachItem(ctx, source as unknown[], 'similar_posts', (post, path) => similarPost(ctx, post, path), {
    title: UNREADABLE_TEXT,
  });
}

/**
 * Turns any raw article into the model `ArticleView` renders, with every problem found.
 * Never throws: a value that cannot be parsed is kept as text and named in `issues`; a value that
 * cannot even be read is a marker with an issue, in its own place.
 */
export function normalizeArticle(raw: unknown, options?: NormalizeOptions): NormalizeArticleResult {
  const ctx = createContext(options);
  const untitled = (meta: ArticleMeta, [body, bodyOmitted]: [BodyBlock[], number?] = [[]]): NormalizeArticleResult => {
    const article: Article = { title: ctx.messages.untitled, body, meta, similarPosts: [] };
    if (bodyOmitted) article.bodyOmitted = bodyOmitted;
    return { article, issues: ctx.issues };
  };
  let source = raw;
  if (typeof source === 'string') {
    try {
      source = JSON.parse(source);
    } catch {
      // A bare string is the body.
      report(ctx, '', 'invalid-type');
      return untitled({ entries: [] }, bodyFrom(ctx, source));
    }
  }
  const record = source;
  if (!guard(ctx, '', () => isRecord(record), true)) {
    report(ctx, '', 'invalid-type', source);
    // Whatever it is, it is kept: shown as one field of the meta box.
    const value = source === null || source === undefined ? undefined : normalizeValue(ctx, source, '', 1);
    return untitled({ entries: value ? [{ key: 'article', label: 'Article', value }] : [] });
  }
  return { article: articleFrom(ctx, source as Fields), issues: ctx.issues };
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
  const titleRaw = fields.title;
  let title = textOf(titleRaw)?.trim();
  if (!title) {
    if (titleRaw !== undefined && titleRaw !== null && typeof titleRaw !== 'string') {
      title = fieldText(ctx, titleRaw, 'title');
    } else {
      report(ctx, 'title', 'missing-title');
      title = ctx.messages.untitled;
    }
  }
  const meta = metaFrom(ctx, fields.meta, 'meta');
  if (extras > 0) {
    const more = recordValue(ctx, extra, '', 0, true);
    meta.entries = arrange(ctx, meta.entries.concat(more.entries));
    const left = (more.omitted ?? 0) + (omitted(ctx, '', extras, Math.min(extras, ctx.maxEntries)) ?? 0);
    if (left) meta.omitted = (meta.omitted ?? 0) + left;
  }
  // A revoked Proxy throws even on Array.isArray: such a body or list is one marker.
  const [body, bodyOmitted] = guard(ctx, 'body', () => bodyFrom(ctx, fields.body), [[UNREADABLE_BLOCK]]);
  const [similarPosts, similarPostsOmitted] = guard(
    ctx,
    'similar_posts',
    () => similarFrom(ctx, fields.similar_posts),
    [[{ title: UNREADABLE_TEXT }]],
  );
  const article: Article = { title, body, meta, similarPosts };
  if (bodyOmitted) article.bodyOmitted = bodyOmitted;
  if (similarPostsOmitted) article.similarPostsOmitted = similarPostsOmitted;
  return article;
}
