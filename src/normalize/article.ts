import { type Context, childPath, createContext, jsonText, report, reportUnused } from './context.js';
import type { CachedFormat } from './format.js';
import { canonicalKey } from './keys.js';
import { arrange, metaFrom, normalizeEntries, normalizeValue, unreadableMeta } from './meta.js';
import type {
  Article,
  BodyBlock,
  MetaIssueCode,
  NormalizeArticleResult,
  NormalizeOptions,
  SimilarPost,
} from './types.js';
import { checkUrl, looksLikeAbsoluteUrl, parseMinutes, parseNumber } from './values.js';

const ARTICLE_KEYS = new Set(['title', 'body', 'meta', 'similar_posts']);

function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

function blockText(ctx: Context, raw: Record<string, unknown>, path: string): string {
  const text = textOf(raw.text) ?? textOf(raw.content) ?? textOf(raw.value);
  if (text !== undefined) return text;
  if (raw.text !== undefined) {
    report(ctx, childPath(path, 'text'), 'invalid-type');
    return jsonText(ctx, raw.text, childPath(path, 'text'));
  }
  return '';
}

function listItems(ctx: Context, raw: unknown, path: string): string[] {
  if (!Array.isArray(raw)) {
    if (typeof raw === 'string') return raw.split(/\r?\n/).filter((line) => line.trim() !== '');
    if (raw !== undefined) report(ctx, path, 'invalid-type');
    return raw === undefined ? [] : [jsonText(ctx, raw, path)];
  }
  return raw.map((item, index) => {
    const text = textOf(item);
    if (text !== undefined) return text;
    const itemText =
      item !== null && typeof item === 'object' ? textOf((item as Record<string, unknown>).text) : undefined;
    if (itemText !== undefined) {
      reportUnused(ctx, item as object, TEXT_ONLY, childPath(path, index));
      return itemText;
    }
    report(ctx, childPath(path, index), 'invalid-type');
    return jsonText(ctx, item, childPath(path, index));
  });
}

const TEXT_ONLY = new Set(['text']);

const POST_KEYS = new Set([
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
]);

const TEXT_BLOCK = new Set(['type', 'text', 'content', 'value', 'id']);
const LIST_BLOCK = new Set(['type', 'items', 'ordered', 'id']);
const CODE_BLOCK = new Set(['type', 'text', 'content', 'value', 'language', 'id']);
/** The keys each known block type uses; others are reported, since they are not shown. */
const BLOCK_KEYS: Record<string, Set<string> | undefined> = {
  paragraph: TEXT_BLOCK,
  p: TEXT_BLOCK,
  text: TEXT_BLOCK,
  heading: TEXT_BLOCK,
  h2: TEXT_BLOCK,
  h3: TEXT_BLOCK,
  quote: TEXT_BLOCK,
  blockquote: TEXT_BLOCK,
  list: LIST_BLOCK,
  ul: LIST_BLOCK,
  ol: LIST_BLOCK,
  code: CODE_BLOCK,
};

function bodyBlock(ctx: Context, raw: unknown, path: string): BodyBlock | undefined {
  if (raw === null || raw === undefined) return undefined;
  if (typeof raw === 'string') return { type: 'paragraph', text: raw };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    report(ctx, path, 'invalid-type');
    return { type: 'paragraph', text: jsonText(ctx, raw, path) };
  }
  const block = raw as Record<string, unknown>;
  const type = typeof block.type === 'string' ? block.type.toLowerCase() : '';
  const used = Object.hasOwn(BLOCK_KEYS, type) ? BLOCK_KEYS[type] : undefined;
  if (used) reportUnused(ctx, block, used, path);
  switch (type) {
    case 'paragraph':
    case 'p':
    case 'text':
      return { type: 'paragraph', text: blockText(ctx, block, path) };
    case 'heading':
    case 'h2':
    case 'h3':
      return { type: 'heading', text: blockText(ctx, block, path) };
    case 'list':
    case 'ul':
    case 'ol': {
      const items = listItems(ctx, block.items, childPath(path, 'items'));
      return type === 'ol' || block.ordered === true ? { type: 'list', items, ordered: true } : { type: 'list', items };
    }
    case 'quote':
    case 'blockquote':
      return { type: 'quote', text: blockText(ctx, block, path) };
    case 'code': {
      const language = typeof block.language === 'string' ? block.language : undefined;
      const text = blockText(ctx, block, path);
      return language ? { type: 'code', text, language } : { type: 'code', text };
    }
    default: {
      const items = Array.isArray(block.items) ? listItems(ctx, block.items, childPath(path, 'items')) : [];
      const text = [blockText(ctx, block, path), ...items].filter(Boolean).join('\n') || jsonText(ctx, raw, path);
      report(ctx, path, 'unknown-block');
      return { type: 'paragraph', text };
    }
  }
}

function bodyFrom(ctx: Context, raw: unknown): BodyBlock[] {
  if (raw === null || raw === undefined) return [];
  if (typeof raw === 'string') {
    return raw
      .split(/\r?\n\s*\r?\n/)
      .map((text) => text.trim())
      .filter(Boolean)
      .map((text) => ({ type: 'paragraph', text }));
  }
  if (!Array.isArray(raw)) {
    const single = bodyBlock(ctx, raw, 'body');
    return single ? [single] : [];
  }
  const blocks: BodyBlock[] = [];
  for (let i = 0; i < raw.length; i++) {
    const block = bodyBlock(ctx, raw[i], childPath('body', i));
    if (block) blocks.push(block);
  }
  return blocks;
}

function similarPost(ctx: Context, raw: unknown, path: string): SimilarPost {
  if (typeof raw === 'string') {
    // A bare string is a title, linked only when it is clearly a URL (absolute, or a path).
    const verdict = looksLikeAbsoluteUrl(raw.trim()) || /^[/#?]/.test(raw.trim()) ? checkUrl(raw) : undefined;
    return verdict?.safe ? { title: raw, href: verdict.href } : { title: raw };
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    report(ctx, path, 'invalid-type');
    return { title: jsonText(ctx, raw, path) };
  }
  const post = raw as Record<string, unknown>;
  reportUnused(ctx, post, POST_KEYS, path);

  /** The first of `keys` that holds a value; later ones are reported, since they are not shown. */
  const pick = (...keys: string[]): string | undefined => {
    const present = keys.filter((key) => post[key] !== undefined && post[key] !== null);
    for (const key of present.slice(1)) {
      const keyPath = childPath(path, key);
      report(ctx, keyPath, 'duplicate-key');
    }
    return present[0];
  };
  /** A text field: strings and numbers as they are; anything else as JSON text, with an issue. */
  const text = (key: string | undefined): string | undefined => {
    if (key === undefined) return undefined;
    const value = post[key];
    const direct = textOf(value);
    if (direct !== undefined) return direct;
    const keyPath = childPath(path, key);
    report(ctx, keyPath, 'invalid-type');
    return jsonText(ctx, value, keyPath);
  };

  const result: SimilarPost = { title: ctx.messages.untitled };
  const urlKey = pick('url', 'href', 'link');
  const url = text(urlKey);
  if (urlKey !== undefined && url !== undefined) {
    const verdict = textOf(post[urlKey]) !== undefined ? checkUrl(url) : undefined;
    if (verdict?.safe) result.href = verdict.href;
    else {
      const urlPath = childPath(path, urlKey);
      report(ctx, urlPath, 'unsafe-url');
    }
  }
  const title = text(pick('title'))?.trim();
  if (title) result.title = title;
  else {
    result.title = url?.trim() || ctx.messages.untitled;
    report(ctx, childPath(path, 'title'), 'missing-title');
  }
  const summary = text(pick('summary', 'description'));
  if (summary) result.summary = summary;
  const topic = text(pick('topic'));
  if (topic) result.topic = topic;
  /** A numeric field, formatted; the text as written, with an issue, when it does not parse. */
  const numeric = (
    key: string | undefined,
    parse: (raw: unknown) => number | undefined,
    format: CachedFormat,
    code: MetaIssueCode,
  ): string | undefined => {
    if (key === undefined) return undefined;
    const value = parse(post[key]);
    if (value !== undefined) return format.format(value);
    report(ctx, childPath(path, key), code, post[key]);
    return text(key);
  };
  const readingTime = numeric(pick('reading_time', 'readingTime'), parseMinutes, ctx.fmt.minutes, 'invalid-number');
  if (readingTime !== undefined) result.readingTime = readingTime;
  const score = numeric(pick('score'), parseNumber, ctx.fmt.count, 'invalid-score');
  if (score !== undefined) result.score = score;
  return result;
}

function similarFrom(ctx: Context, raw: unknown): SimilarPost[] {
  if (raw === null || raw === undefined) return [];
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
  return (source as unknown[]).map((post, index) => similarPost(ctx, post, childPath('similar_posts', index)));
}

/**
 * Turns any raw article into the model `ArticleView` renders, with every problem found.
 * Never throws: a value that cannot be parsed is kept as text and named in `issues`.
 */
export function normalizeArticle(raw: unknown, options?: NormalizeOptions): NormalizeArticleResult {
  const ctx = createContext(options);
  let source = raw;
  if (typeof source === 'string') {
    try {
      source = JSON.parse(source);
    } catch {
      // A bare string is the body.
      report(ctx, '', 'invalid-type');
      return {
        article: { title: ctx.messages.untitled, body: bodyFrom(ctx, source), meta: { entries: [] }, similarPosts: [] },
        issues: ctx.issues,
      };
    }
  }
  if (source === null || typeof source !== 'object' || Array.isArray(source)) {
    report(ctx, '', 'invalid-type', source);
    // Whatever it is, it is kept: shown as one field of the meta box.
    const meta =
      source === null || source === undefined
        ? { entries: [] }
        : { entries: [{ key: 'article', label: 'Article', value: normalizeValue(ctx, source, '', 1) }] };
    return { article: { title: ctx.messages.untitled, body: [], meta, similarPosts: [] }, issues: ctx.issues };
  }
  try {
    return { article: articleFrom(ctx, source as Record<string, unknown>), issues: ctx.issues };
  } catch {
    return {
      article: { title: ctx.messages.untitled, body: [], meta: unreadableMeta(ctx, source), similarPosts: [] },
      issues: ctx.issues,
    };
  }
}

function articleFrom(ctx: Context, raw: Record<string, unknown>): Article {
  let titleRaw: unknown;
  let bodyRaw: unknown;
  let metaRaw: unknown;
  let similarRaw: unknown;
  const extra: Record<string, unknown> = Object.create(null);
  let hasExtra = false;
  const seen = new Set<string>();
  for (const key of Object.keys(raw)) {
    const value = raw[key];
    const field = canonicalKey(key);
    if (ARTICLE_KEYS.has(field)) {
      // `title` and `Title` both present: the first is used, the next is named in an issue.
      if (seen.has(field)) {
        report(ctx, key, 'duplicate-key', value);
        continue;
      }
      seen.add(field);
    }
    switch (field) {
      case 'title':
        titleRaw = value;
        break;
      case 'body':
        bodyRaw = value;
        break;
      case 'meta':
        metaRaw = value;
        break;
      case 'similar_posts':
        similarRaw = value;
        break;
      default:
        extra[key] = value;
        hasExtra = true;
    }
  }
  let title = textOf(titleRaw)?.trim();
  if (!title) {
    if (titleRaw !== undefined && titleRaw !== null && typeof titleRaw !== 'string') {
      report(ctx, 'title', 'invalid-type');
      title = jsonText(ctx, titleRaw, 'title');
    } else {
      report(ctx, 'title', 'missing-title');
      title = ctx.messages.untitled;
    }
  }
  const meta = metaFrom(ctx, metaRaw, 'meta');
  if (hasExtra) {
    // Top-level keys outside the contract are meta too: shown after it, never dropped.
    for (const key of Object.keys(extra)) {
      if (ARTICLE_KEYS.has(key)) continue;
      report(ctx, key, 'unknown-field');
    }
    meta.entries = arrange(ctx, meta.entries.concat(normalizeEntries(ctx, extra, '', 0, true)));
  }
  return { title, body: bodyFrom(ctx, bodyRaw), meta, similarPosts: similarFrom(ctx, similarRaw) };
}
