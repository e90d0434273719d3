import { clsx } from 'clsx';
import { type ComponentPropsWithoutRef, type ForwardedRef, forwardRef } from 'react';
import { type Messages, resolveMessages } from '../../model/messages.js';
import type { ChecklistItem } from '../../model/types.js';
import { collapseItems, DEFAULT_COLLAPSE_AFTER } from '../shared/collapse.js';

export interface ChecklistProps extends ComponentPropsWithoutRef<'ul'> {
  /** Normalized items (`MetaChecklist.items`). */
  items: readonly ChecklistItem[];
  /** Items beyond this count move into a "Show N more" disclosure. @default 20 */
  collapseAfter?: number;
  /** Built-in words: `done` and `todo` (read by screen readers before an item), `showMore`. @default defaultMessages */
  messages?: Partial<Messages>;
}

/** The list itself: `Checklist`, and `MetaTable`'s checklist values without a component of their own. */
export function renderChecklist(
  { items, collapseAfter = DEFAULT_COLLAPSE_AFTER, messages, className, ...rest }: ChecklistProps,
  ref?: ForwardedRef<HTMLUListElement>,
) {
  const words = resolveMessages(messages);
  const collapse = { limit: collapseAfter, showMore: words.showMore, className: 'amb-Checklist', slot: 'checklist' };
  return (
    <ul ref={ref} className={clsx('amb-Checklist', className)} data-slot="checklist" {...rest}>
      {collapseItems(
        items,
        (item, index) => (
          <li
            data-state={item.done === undefined ? undefined : item.done ? 'done' : 'todo'}
            data-checked={item.done ? '' : undefined}
            key={index}
          >
            {item.done === undefined ? null : (
              <span className="amb-sr-only">{`${item.done ? words.done : words.todo}: `}</span>
            )}
            {item.label}
          </li>
        ),
        collapse,
      )}
    </ul>
  );
}

/**
 * A read-only checklist. Done items carry `data-checked`; the state is also given as text
 * to screen readers, and the check mark is drawn by CSS, so colour never carries it alone.
 */
export const Checklist = /* @__PURE__ */ forwardRef<HTMLUListElement, ChecklistProps>(function Checklist(props, ref) {
  return renderChecklist(props, ref);
});
