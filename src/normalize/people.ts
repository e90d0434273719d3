/**
 * People: `author`, `authors`, `creator`, `contributors`, `user`, `byline` as a name, an object
 * (`name`/`display_name`/`username`; `url`/`website_url`/`profile`; `avatar`/`avatar_urls`/`profile_image`/
 * `image`) or a list of them. Each is a name, linked when its URL is safe, with an avatar when its image URL
 * is safe; the object's other fields keep their place under the name, so nothing is lost.
 */
import type { MetaEntry, MetaValue, Person } from '../model/types.js';
import { firstKey } from './fields.js';
import { isRecord, isString } from './is.js';
import { childPath, report } from './issues.js';
import { BROKEN, parseJsonText } from './json.js';
import { cut } from './limits.js';
import type { Context } from './options.js';
import { checkUrl } from './url.js';
import { genericValue, readKey, recordValue } from './value.js';

const NAME_KEYS = ['name', 'display_name', 'displayName', 'full_name', 'fullName', 'username', 'login', 'title'];
const URL_KEYS = ['url', 'website_url', 'website', 'profile', 'profile_url', 'html_url', 'link', 'href'];
const AVATAR_KEYS = ['avatar', 'avatar_url', 'avatarUrl', 'avatar_urls', 'profile_image', 'image', 'picture', 'photo'];

const isName = (value: unknown) => isString(value) && value.trim() !== '';

/**
 * A URL field's string: as it is, or the `url` (`src`) of an image object, else its first text: WordPress
 * `avatar_urls` gives its first size, the 24px one, the size the avatar is drawn at.
 */
function urlOf(value: unknown): string | undefined {
  if (isString(value)) return value;
  if (isRecord(value)) return [value.url, value.src, ...Object.values(value)].find(isString);
}

/** The safe href (or image src) of a URL field, else `undefined`. */
function safeLink(value: unknown, image?: boolean): string | undefined {
  const verdict = checkUrl(urlOf(value) ?? '', image);
  return verdict?.safe ? verdict.href : undefined;
}

/** One person from a name or an object; `undefined` when an object names nobody. */
function personOf(ctx: Context, raw: unknown, path: string, depth: number): Person | undefined {
  if (isName(raw)) return { name: (raw as string).trim() };
  if (!isRecord(raw)) return undefined;
  const nameKey = firstKey(raw, NAME_KEYS, isName);
  if (!nameKey) return undefined;
  const person: Person = { name: (raw[nameKey] as string).trim() };
  const used = new Set([nameKey]);
  const urlKey = firstKey(raw, URL_KEYS, (value) => safeLink(value) !== undefined);
  if (urlKey) {
    person.href = safeLink(raw[urlKey]);
    used.add(urlKey);
  }
  const avatarKey = firstKey(raw, AVATAR_KEYS, (value) => safeLink(value, true) !== undefined);
  if (avatarKey) {
    person.avatar = safeLink(raw[avatarKey], true);
    used.add(avatarKey);
  }
  // Everything else stays, under the name.
  const rest = Object.fromEntries(
    Object.keys(raw)
      .filter((key) => !used.has(key))
      .map((key) => [key, readKey(ctx, raw, key, childPath(path, key))]),
  );
  if (Object.keys(rest).length > 0) person.details = recordValue(ctx, rest, path, depth).entries as MetaEntry[];
  return person;
}

/** People, or the value as it is when it is not people (an author id, `author: 3`, stays a number). */
export function peopleValue(ctx: Context, raw: unknown, path: string, depth: number): MetaValue {
  const parsed = typeof raw === 'string' ? parseJsonText(ctx, raw, path) : undefined;
  const source = parsed !== undefined && parsed !== BROKEN ? parsed : raw;
  const items = Array.isArray(source) ? source : [source];
  const end = Math.min(items.length, ctx.maxItems);
  const people: Person[] = [];
  for (let i = 0; i < end; i++) {
    const person = personOf(ctx, items[i], Array.isArray(source) ? childPath(path, i) : path, depth + 1);
    // One item that is not a person: the whole value is shown as it is, so nothing is lost.
    if (!person) {
      if (typeof items[i] === 'object' && items[i] !== null) report(ctx, path, 'invalid-type');
      return genericValue(ctx, source, path, depth);
    }
    people.push(person);
  }
  ctx.budget -= people.length;
  return cut(ctx, { kind: 'people', people }, path, items.length, end);
}
