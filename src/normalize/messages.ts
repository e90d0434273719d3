/** Every built-in string the library shows, replaceable for other languages. */
export interface Messages {
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
  /** Read by screen readers before a done checklist item. */
  done: string;
  /** Read by screen readers before an open checklist item. */
  todo: string;
  /** Word before a similar post's score. */
  score: string;
  /** A flag that is on (normalizer). */
  yes: string;
  /** A flag that is off (normalizer). */
  no: string;
  /** A meter's value text, from formatted numbers (normalizer): "93 out of 100". */
  outOf: (value: string, max: string) => string;
  /** Title of an article or similar post that has none (normalizer). */
  untitled: string;
}

/** The English defaults. */
export const defaultMessages: Messages = {
  postMeta: 'Post meta',
  noMeta: 'No meta data.',
  similarPosts: 'Similar posts',
  noSimilarPosts: 'No similar posts yet.',
  showMore: (count) => `Show ${count} more`,
  notShown: (count) => `${count} more not shown`,
  done: 'Done',
  todo: 'To do',
  score: 'Score',
  yes: 'Yes',
  no: 'No',
  outOf: (value, max) => `${value} out of ${max}`,
  untitled: 'Untitled',
};

/** The messages the normalizer uses (the rest belong to the components). */
export type NormalizerMessages = Pick<Messages, 'yes' | 'no' | 'outOf' | 'untitled'>;
