import { clsx } from 'clsx';
import type { ComponentProps } from 'react';
import type { ArticleMeta } from '../../normalize/types.js';
import { MetaTable } from '../MetaTable/MetaTable.js';
import { DEFAULT_COLLAPSE_AFTER, defaultShowMore } from '../shared/LongList.js';

export interface ArticleMetaBoxProps extends ComponentProps<'section'> {
  /** Normalized meta (`Article.meta` or `normalizeMeta(raw).meta`). */
  meta: ArticleMeta;
  /** Visible heading of the box, also its accessible name. @default "Post meta" */
  title?: string;
  /** Heading level of the title. @default 2 */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** Lists beyond this length move into a "Show N more" disclosure. @default 20 */
  collapseAfter?: number;
  /** Text of the disclosure summary. @default (count) => `Show ${count} more` */
  showMoreLabel?: (count: number) => string;
  /** Sentence shown when there is no visible field. @default "No meta data." */
  emptyText?: string;
}

/** The "Post meta" box: a titled region listing every meta field as `dl/dt/dd`. */
export function ArticleMetaBox({
  meta,
  title = 'Post meta',
  headingLevel = 2,
  collapseAfter = DEFAULT_COLLAPSE_AFTER,
  showMoreLabel = defaultShowMore,
  emptyText = 'No meta data.',
  className,
  ...rest
}: ArticleMetaBoxProps) {
  const Heading = `h${headingLevel}` as const;
  return (
    <section className={clsx('amb-ArticleMetaBox', className)} data-slot="meta-box" aria-label={title} {...rest}>
      <Heading className="amb-ArticleMetaBox-title">{title}</Heading>
      {meta.entries.some((entry) => !entry.hidden) ? (
        <MetaTable entries={meta.entries} collapseAfter={collapseAfter} showMoreLabel={showMoreLabel} />
      ) : (
        <p className="amb-ArticleMetaBox-empty">{emptyText}</p>
      )}
    </section>
  );
}
