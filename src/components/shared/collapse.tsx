import type { ReactNode } from 'react';

/** Default threshold after which list items move into a native `<details>`. */
export const DEFAULT_COLLAPSE_AFTER = 20;

export interface CollapseOptions {
  /** Items shown before the disclosure; below 1, every item is shown. */
  limit: number;
  /** Text of the disclosure's summary, from the count it holds. */
  showMore: (count: number) => string;
  /** Class of the nested list (the same as the outer list's). */
  className: string;
  /** The `data-slot` of the outer list: the disclosure's `<li>` is `<slot>-more`. */
  slot: string;
}

/**
 * The `<li>` children of a list. Beyond `limit`, the rest sit in a last `<li>` holding a native
 * `<details>` ("Show N more") with a nested list of the same class: no JavaScript is needed and
 * every item is in the server HTML.
 */
export function collapseItems<T>(
  items: readonly T[],
  renderItem: (item: T, index: number) => ReactNode,
  { limit, showMore, className, slot }: CollapseOptions,
): ReactNode {
  if (items.length <= limit || limit < 1) return items.map(renderItem);
  const head = items.slice(0, limit).map(renderItem);
  const rest = items.slice(limit);
  head.push(
    <li className="amb-More" data-slot={`${slot}-more`} key="amb-more">
      <details>
        <summary className="amb-More-summary">{showMore(rest.length)}</summary>
        <ul className={className}>{rest.map((item, index) => renderItem(item, limit + index))}</ul>
      </details>
    </li>,
  );
  return head;
}
