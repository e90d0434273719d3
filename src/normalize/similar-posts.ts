/** Similar posts: a title, a safe link, a summary, a topic, a reading time and a score each. */
import type { MetaIssueCode } from '../model/issues.js';
import type { SimilarPost } from '../model/types.js';
import type { CachedFormat } from './format.js';
import { isRecord } from './is.js';
import { childPath, report } from './issues.js';
import { eachItem } from './limits.js';
import type { Context } from './options.js';
import { parseMinutes, parseNumber } from './scalars.js';
import { fieldText, invalidText, pickField } from './text.js';
import { reportUnused } from './unused.js';
import { checkUrl, looksLikeAbsoluteUrl } from './url.js';

// A post's other fields (its `id` too) are not shown on its card: each is named by an issue.
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
    const key = pickField(ctx, raw, path, keys);
    if (!key) return;
    const value = parse(raw[key]);
    if (value !== undefined) return format(value);
    report(ctx, childPath(path, key), code, raw[key]);
    return text(key);
  };

  const post: SimilarPost = { title: ctx.messages.untitled };
  const urlKey = pickField(ctx, raw, path, ['url', 'href', 'link']);
  const url = text(urlKey);
  if (urlKey) {
    const verdict = typeof raw[urlKey] === 'string' ? checkUrl(url as string) : undefined;
    if (verdict?.safe) post.href = verdict.href;
    else report(ctx, childPath(path, urlKey), 'unsafe-url');
  }
  const title = text(pickField(ctx, raw, path, ['title']))?.trim();
  if (title) post.title = title;
  else {
    post.title = url?.trim() || ctx.messages.untitled;
    report(ctx, childPath(path, 'title'), 'missing-title');
  }
  const summary = text(pickField(ctx, raw, path, ['summary', 'description']));
  if (summary) post.summary = summary;
  const topic = text(pickField(ctx, raw, path, ['topic']));
  if (topic) post.topic = topic;
  const readingTime = numeric(['reading_time', 'readingTime'], parseMinutes, ctx.fmt.minutes, 'invalid-number');
  if (readingTime) post.readingTime = readingTime;
  const score = numeric(['score'], parseNumber, ctx.fmt.count, 'invalid-score');
  if (score) post.score = score;
  return post;
}

export function similarFrom(ctx: Context, raw: unknown, path: string): [posts: SimilarPost[], omitted?: number] {
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
    report(ctx, path, 'invalid-type');
    source = [source];
  }
  return eachItem(ctx, source as unknown[], path, (post, itemPath) => similarPost(ctx, post, itemPath), {
    title: ctx.messages.unreadable,
  });
}
