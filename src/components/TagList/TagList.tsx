import { clsx } from 'clsx';
import type { ComponentProps } from 'react';
import { defaultMessages } from '../../normalize/messages.js';
import { DEFAULT_COLLAPSE_AFTER, listItems } from '../shared/LongList.js';

export interface TagListProps extends ComponentProps<'ul'> {
  /** The tags, already normalized (`MetaTags.tags`). */
  tags: readonly string[];
  /** Tags beyond this count move into a "Show N more" disclosure; all stay in the HTML. @default 20 */
  collapseAfter?: number;
  /** Text of the disclosure summary. @default (count) => `Show ${count} more` */
  showMoreLabel?: (count: number) => string;
}

const renderTag = (tag: string, index: number) => <li key={index}>{tag}</li>;

/** A list of tags (stack, tools, keywords) as `ul/li` chips. */
export function TagList({
  tags,
  collapseAfter = DEFAULT_COLLAPSE_AFTER,
  showMoreLabel = defaultMessages.showMore,
  className,
  ...rest
}: TagListProps) {
  return (
    <ul className={clsx('amb-TagList', className)} data-slot="tag-list" {...rest}>
      {listItems(tags, collapseAfter, showMoreLabel, 'amb-TagList', renderTag)}
    </ul>
  );
}
