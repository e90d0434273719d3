/**
 * Payloads as platforms send them. The envelope a platform puts around an article is taken off (Ghost
 * `{ posts: [post] }`, Strapi v4 `{ data: { id, attributes } }`, Strapi v5 `{ data }`, Contentful
 * `{ sys, fields, metadata }`), and the article's own fields are found under the names platforms give
 * them: the title in `title`, `headline` or `name`; the body in `body`, `content`, `html`, `content_html`,
 * `body_html`, `body_markdown`, `markdown`, `content_text` or `articleBody`; WordPress's
 * `{ rendered }` objects are their rendered text.
 */
import { isRecord } from './is.js';

type Fields = Record<string, unknown>;

/** The article's own fields by canonical key: what each name is the article's. */
export const ROLES: Record<string, 'title' | 'body' | 'meta' | 'similar_posts'> = {
  title: 'title',
  headline: 'title',
  name: 'title',
  body: 'body',
  content: 'body',
  html: 'body',
  content_html: 'body',
  body_html: 'body',
  body_markdown: 'body',
  markdown: 'body',
  content_text: 'body',
  article_body: 'body',
  meta: 'meta',
  similar_posts: 'similar_posts',
};

export interface Unwrapped {
  article: Fields;
  /** The article's JSON path in the payload: `posts[0]`, `data.attributes`, `data`, `fields`, or `''`. */
  path: string;
  /** The envelope's other parts (Contentful `sys` and `metadata`, Strapi `meta`, other posts): internals. */
  internals?: Fields;
}

/** The article inside an envelope; a payload that holds its own title or body is no envelope. */
export function unwrap(raw: Fields): Unwrapped {
  // A read that throws (a getter, a Proxy trap) counts as present: such a payload is read as it is, key by key.
  const read = (key: string): unknown => {
    try {
      return raw[key];
    } catch {
      return raw;
    }
  };
  if (['title', 'headline', 'name', 'body', 'content'].some((key) => read(key) !== undefined))
    return { article: raw, path: '' };
  const posts = read('posts');
  const data = read('data');
  const fields = read('fields');
  const rest = (...taken: string[]): Fields =>
    Object.fromEntries(
      Object.keys(raw)
        .filter((key) => !taken.includes(key))
        .map((key) => [key, read(key)]),
    );
  // Ghost Content API: `{ posts: [post], meta? }`; any other post is kept with the internals.
  if (Array.isArray(posts) && isRecord(posts[0]) && data === undefined && fields === undefined) {
    const others = rest('posts');
    return {
      article: posts[0],
      path: 'posts[0]',
      internals: posts.length > 1 ? { ...others, posts: posts.slice(1) } : others,
    };
  }
  // Strapi: v4 `{ data: { id, attributes }, meta }`, v5 `{ data: { id, documentId, …fields }, meta }`.
  if (isRecord(data) && posts === undefined && fields === undefined) {
    const { attributes, ...own } = data;
    // v4's `id` is the entry's own: it joins the attributes (the path of the others is `data.attributes`).
    if (isRecord(attributes))
      return { article: { ...own, ...attributes }, path: 'data.attributes', internals: rest('data') };
    return { article: data, path: 'data', internals: rest('data') };
  }
  // Contentful Delivery API: `{ metadata, sys, fields }`.
  if (isRecord(fields) && isRecord(read('sys'))) return { article: fields, path: 'fields', internals: rest('fields') };
  return { article: raw, path: '' };
}

/** WordPress's `{ rendered, protected }`: its rendered text, and the object's other keys. */
export function renderedOf(value: unknown): [text: string, others: string[]] | undefined {
  try {
    if (isRecord(value) && typeof value.rendered === 'string') {
      return [value.rendered, Object.keys(value).filter((key) => key !== 'rendered')];
    }
  } catch {
    // A value that cannot be read is read (and reported) where it is normalized.
  }
}
