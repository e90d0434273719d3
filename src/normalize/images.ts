/**
 * Images: `image`, `cover_image`, `feature_image`, `featured_image`, `og_image`, `thumbnail`,
 * `heroImage`, `mainImage` as a URL or an object (`url`/`src`/`asset.url`, Strapi's `data.attributes`,
 * Contentful's `fields.file.url`; `alt`/`alternativeText`/`caption`/`description`). A safe http(s) or
 * relative URL becomes a thumbnail with its alt text, never a long link; the object's other fields are
 * shown beside it. No URL (a reference to an asset): the value is shown as it is.
 */
import type { MetaImage, MetaValue } from '../model/types.js';
import { firstKey } from './fields.js';
import { isRecord, isString } from './is.js';
import { childPath, invalid } from './issues.js';
import type { Context } from './options.js';
import { checkUrl } from './url.js';
import { genericValue, readKey, recordValue } from './value.js';

const URL_KEYS = ['url', 'src', 'source_url', 'secure_url'];
const ALT_KEYS = ['alt', 'alternativeText', 'alt_text', 'caption', 'description', 'title'];

type Fields = Record<string, unknown>;

/** `inner`, then the keys of each wrapper it does not have (but the one that led to it): nothing is lost. */
function lifted(inner: Fields, ...wrappers: [wrapper: Fields, via: string][]): Fields {
  const fields = { ...inner };
  for (const [wrapper, via] of wrappers) {
    for (const key of Object.keys(wrapper)) if (key !== via && !Object.hasOwn(fields, key)) fields[key] = wrapper[key];
  }
  return fields;
}

/**
 * The object that holds the image's own fields: Strapi v4 media is `{ data: { id, attributes } }`,
 * Sanity `{ asset }`, a Contentful asset `{ sys, fields: { file } }`; the wrappers' other keys (Strapi's
 * `id`, Contentful's `sys`) come along as details.
 */
function imageFields(raw: Fields): Fields {
  const data = isRecord(raw.data) ? raw.data : undefined;
  if (data && isRecord(data.attributes)) return lifted(data.attributes, [data, 'attributes'], [raw, 'data']);
  if (isRecord(raw.asset) && isString(raw.asset.url)) return { ...raw.asset, ...raw, asset: undefined };
  if (isRecord(raw.fields) && isRecord(raw.fields.file)) {
    return lifted({ ...raw.fields, url: raw.fields.file.url }, [raw, 'fields']);
  }
  return raw;
}

export function imageValue(ctx: Context, raw: unknown, path: string, depth: number): MetaValue {
  if (isString(raw)) {
    const verdict = checkUrl(raw, true);
    if (verdict?.safe) return { kind: 'image', src: verdict.href, alt: '' };
    return verdict ? invalid(ctx, path, 'unsafe-url', raw, raw) : genericValue(ctx, raw, path, depth);
  }
  if (!isRecord(raw)) return genericValue(ctx, raw, path, depth);
  const fields = imageFields(raw);
  const urlKey = firstKey(fields, URL_KEYS, isString);
  const verdict = urlKey ? checkUrl(fields[urlKey] as string, true) : undefined;
  if (!urlKey || !verdict?.safe) return genericValue(ctx, raw, path, depth);
  const altKey = firstKey(fields, ALT_KEYS, (value) => isString(value) && value.trim() !== '');
  const image: MetaImage = { kind: 'image', src: verdict.href, alt: altKey ? (fields[altKey] as string).trim() : '' };
  const rest = Object.fromEntries(
    Object.keys(fields)
      .filter((key) => key !== urlKey && key !== altKey && fields[key] !== undefined)
      .map((key) => [key, readKey(ctx, fields, key, childPath(path, key))]),
  );
  if (Object.keys(rest).length > 0) image.details = recordValue(ctx, rest, path, depth).entries;
  return image;
}
