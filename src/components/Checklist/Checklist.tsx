import { clsx } from 'clsx';
import type { ComponentProps } from 'react';
import { defaultMessages } from '../../normalize/messages.js';
import type { ChecklistItem } from '../../normalize/types.js';
import { DEFAULT_COLLAPSE_AFTER, listItems } from '../shared/LongList.js';

export interface ChecklistProps extends ComponentProps<'ul'> {
  /** Normalized items (`MetaChecklist.items`). */
  items: readonly ChecklistItem[];
  /** Items beyond this count move into a "Show N more" disclosure. @default 20 */
  collapseAfter?: number;
  /** Text of the disclosure summary. @default (count) => `Show ${count} more` */
  showMoreLabel?: (count: number) => string;
  /** Words read by screen readers before an item's label, by state. @default { done: 'Done', todo: 'To do' } */
  stateLabels?: { done: string; todo: string };
}

const DEFAULT_STATE_LABELS = { done: 'Done', todo: 'To do' };

/**
 * A read-only checklist. Done items carry `data-checked`; the state is also given as text
 * to screen readers, and the check mark is drawn by CSS, so colour never carries it alone.
 */
export function Checklist({
  items,
  collapseAfter = DEFAULT_COLLAPSE_AFTER,
  showMoreLabel = defaultMessages.showMore,
  stateLabels = DEFAULT_STATE_LABELS,
  className,
  ...rest
}: ChecklistProps) {
  return (
    <ul className={clsx('amb-Checklist', className)} data-slot="checklist" {...rest}>
      {listItems(items, collapseAfter, showMoreLabel, 'amb-Checklist', (item, index) => (
        <li
          data-state={item.done === undefined ? undefined : item.done ? 'done' : 'todo'}
          data-checked={item.done ? '' : undefined}
          key={index}
        >
          {item.done === undefined ? null : (
            <span className="amb-sr-only">{`${item.done ? stateLabels.done : stateLabels.todo}: `}</span>
          )}
          {item.label}
        </li>
      ))}
    </ul>
  );
}
