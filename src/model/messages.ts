/**
 * Every built-in word the library shows, in one place, replaceable for other languages: the
 * normalizer writes its words into the model (`normalizeArticle(raw, { messages })`), the components
 * show theirs (the `messages` prop). One `Messages` object can serve both.
 */

/** The words the normalizer writes into the model. */
export interface NormalizerMessages {
  /** A flag that is on. */
  yes: string;
  /** A flag that is off. */
  no: string;
  /** A meter's value text, from formatted numbers: "93 out of 100". */
  outOf: (value: string, max: string) => string;
  /** Title of an article or similar post that has none. */
  untitled: string;
  /** Shown for an empty value (`null`, `undefined`, `""`). */
  empty: string;
  /** Shown in place of a value whose reading threw. */
  unreadable: string;
  /** Shown in place of a value that refers to one of its own parents. */
  circular: string;
  /** Shown for `NaN` and `±Infinity`. */
  notFinite: string;
  /** Shown for a `Date` object that holds no date. */
  invalidDate: string;
  /** Titles of the default groups, by id. */
  groupTitles: Record<'glance' | 'quality' | 'about' | 'stack' | 'details' | 'other', string>;
}

/** The words the components show. */
export interface ComponentMessages {
  /** Heading of the meta box. */
  postMeta: string;
  /** Shown in the meta box when it has no visible field. */
  noMeta: string;
  /** Heading of the similar posts section. */
  similarPosts: string;
  /** Shown when there are no similar posts. */
  noSimilarPosts: string;
  /** Summary of a collapsed long list; `count` is how many items it holds (use Intl.PluralRules for plurals). */
  showMore: (count: number) => string;
  /** Note after a list or record cut at a limit (`maxItems`, `maxEntries`, `maxValues`); `count` is how many are left out. */
  notShown: (count: number) => string;
  /** Label of the row that holds a platform's internal fields (`_links`, `yoast_head_json`, `@id`, …). */
  moreFields: string;
  /** After a closed group's title: how many fields it holds. */
  fieldCount: (count: number) => string;
  /** Summary of a value folded in the compact layout (a record or list of more than 3, a long text); `count` is its items or words. */
  showAll: (count: number) => string;
  /** Read by screen readers before a done checklist item. */
  done: string;
  /** Read by screen readers before an open checklist item. */
  todo: string;
  /** Word before a similar post's score. */
  score: string;
  /** Accessible name of a `CopyButton` that has no `label`. */
  copy: string;
  /** Announced after a successful copy. */
  copied: string;
  /** Announced when the browser refused to copy. */
  copyFailed: string;
}

/** Every built-in word. */
export interface Messages extends NormalizerMessages, ComponentMessages {}

/** The normalizer's English words. */
export const normalizerMessages: NormalizerMessages = {
  yes: 'Yes',
  no: 'No',
  outOf: (value, max) => `${value} out of ${max}`,
  untitled: 'Untitled',
  empty: '—',
  unreadable: '[Unreadable]',
  circular: '[Circular reference]',
  notFinite: 'Not a finite number',
  invalidDate: 'Invalid date value',
  groupTitles: {
    glance: 'At a glance',
    quality: 'Quality',
    about: 'About',
    stack: 'Stack',
    details: 'Details',
    other: 'Other fields',
  },
};

/** The components' English words. */
export const componentMessages: ComponentMessages = {
  postMeta: 'Post meta',
  noMeta: 'No meta data.',
  similarPosts: 'Similar posts',
  noSimilarPosts: 'No similar posts yet.',
  showMore: (count) => `Show ${count} more`,
  notShown: (count) => `${count} more not shown`,
  moreFields: 'More fields',
  fieldCount: (count) => (count === 1 ? '1 field' : `${count} fields`),
  showAll: (count) => `Show all ${count}`,
  done: 'Done',
  todo: 'To do',
  score: 'Score',
  copy: 'Copy',
  copied: 'Copied',
  copyFailed: 'Copy failed',
};

/** Every English default. Marked pure: a bundle that imports only one half does not keep this object. */
export const defaultMessages: Messages = /* @__PURE__ */ Object.assign({}, componentMessages, normalizerMessages);

/** Word sets already resolved: a component handing its words to a child does not copy them again. */
const resolved: WeakSet<object> = /* @__PURE__ */ new WeakSet();

/** The component words with a consumer's replacements on top (no allocation when there are none, or when given a resolved set). */
export function resolveMessages(messages: Partial<Messages> | undefined): ComponentMessages {
  if (!messages || messages === componentMessages) return componentMessages;
  if (resolved.has(messages)) return messages as ComponentMessages;
  const words = { ...componentMessages, ...messages };
  resolved.add(words);
  return words;
}
