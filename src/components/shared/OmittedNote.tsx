import type { Key, ReactNode } from 'react';

/**
 * The note after a list, record or body that the normalizer cut at a limit: "N more not shown";
 * nothing when nothing was cut. A plain function, not a component: it is called on every render of
 * every list, mostly to return nothing.
 */
export function omittedNote(
  count: number | undefined,
  text: (count: number) => string,
  slot: string,
  key?: Key,
): ReactNode {
  return count ? (
    <p className="amb-Omitted" data-slot={slot} key={key}>
      {text(count)}
    </p>
  ) : null;
}
