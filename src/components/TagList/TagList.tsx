import { clsx } from 'clsx';
import { type ComponentPropsWithoutRef, type ForwardedRef, forwardRef } from 'react';
import { type Messages, resolveMessages } from '../../model/messages.js';
import type { TagLink } from '../../model/types.js';
import { collapseItems, DEFAULT_COLLAPSE_AFTER } from '../shared/collapse.js';

export interface TagListProps extends ComponentPropsWithoutRef<'ul'> {
  /** The tags, already normalized (`MetaTags.tags`): text, or a label with a safe link. */
  tags: readonly (string | TagLink)[];
  /** Tags beyond this count move into a "Show N more" disclosure; all stay in the HTML. @default 20 */
  collapseAfter?: number;
  /** Built-in words: `showMore`. @default defaultMessages */
  messages?: Partial<Messages>;
}

const renderTag = (tag: string | TagLink, index: number) => (
  <li key={index}>{typeof tag === 'string' ? tag : <a href={tag.href}>{tag.label}</a>}</li>
);

/** The list itself: `TagList`, and `MetaTable`'s tags values without a component of their own. */
export function renderTagList(
  { tags, collapseAfter = DEFAULT_COLLAPSE_AFTER, messages, className, ...rest }: TagListProps,
  ref?: ForwardedRef<HTMLUListElement>,
) {
  const collapse = {
    limit: collapseAfter,
    showMore: resolveMessages(messages).showMore,
    className: 'amb-TagList',
    slot: 'tag-list',
  };
  return (
    <ul ref={ref} className={clsx('amb-TagList', className)} data-slot="tag-list" {...rest}>
      {collapseItems(tags, renderTag, collapse)}
    </ul>
  );
}

/** A list of tags (stack, tools, keywords) as `ul/li` chips. */
export const TagList = /* @__PURE__ */ forwardRef<HTMLUListElement, TagListProps>(function TagList(props, ref) {
  return renderTagList(props, ref);
});
