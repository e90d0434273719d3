import type { ReactNode } from 'react';

/** Default threshold after which list items move into a native `<details>`. */
export const DEFAULT_COLLAPSE_AFTER = 20;

/**
 * The `<li>` children of a list. Beyond `limit`, the rest sit in a last `<li>` holding a native
 * `<details>` ("Show N more") with a nested list of the same class: no JavaScript is needed and
 * every item is in the server HTML.
 */
export function listItems<T>(
  items: readonly T[],
  limit: number,
  showMore: (count: number) => string,
  listClassName: string,
  renderItem: (item: T, index: number) => ReactNode,
): ReactNode {
  if (items.length <= limit || limit < 1) return items.map(renderItem);
  const head = items.slice(0, limit).map(renderItem);
  const rest = items.slice(limit);
  head.push(
    <li className="amb-More" data-slot="more" key="amb-more">
      <details>
        <summary className="amb-More-summary">{showMore(rest.length)}</summary>
        <ul className={listClassName}>{rest.map((item, index) => renderItem(item, limit + index))}</ul>
      </details>
    </li>,
  );
  return head;
}
