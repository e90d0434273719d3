import { clsx } from 'clsx';
import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import { type Messages, resolveMessages } from '../../model/messages.js';
import type { ArticleMeta } from '../../model/types.js';
import { type MetaActions, MetaTable } from '../MetaTable/MetaTable.js';
import { DEFAULT_COLLAPSE_AFTER } from '../shared/collapse.js';
import { OmittedNote } from '../shared/OmittedNote.js';

export interface ArticleMetaBoxProps extends ComponentPropsWithoutRef<'section'> {
  /** Normalized meta (`Article.meta` or `normalizeMeta(raw).meta`). */
  meta: ArticleMeta;
  /** Visible heading of the box, also its accessible name. @default messages.postMeta ("Post meta") */
  title?: string;
  /** Heading level of the title. @default 2 */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** Lists beyond this length move into a "Show N more" disclosure. @default 20 */
  collapseAfter?: number;
  /** Built-in words: `postMeta`, `noMeta`, and those of `MetaTable`. @default defaultMessages */
  messages?: Partial<Messages>;
  /** Extra content after top-level values, by key (see `MetaTable`). */
  actions?: MetaActions;
}

/** The "Post meta" box: a titled region listing every meta field as `dl/dt/dd`. */
export const ArticleMetaBox = /* @__PURE__ */ forwardRef<HTMLElement, ArticleMetaBoxProps>(function ArticleMetaBox(
  { meta, title, headingLevel = 2, collapseAfter = DEFAULT_COLLAPSE_AFTER, messages, actions, className, ...rest },
  ref,
) {
  const Heading = `h${headingLevel}` as const;
  const words = resolveMessages(messages);
  const name = title ?? words.postMeta;
  return (
    <section
      ref={ref}
      className={clsx('amb-ArticleMetaBox', className)}
      data-slot="article-meta-box"
      aria-label={name}
      {...rest}
    >
      <Heading className="amb-ArticleMetaBox-title">{name}</Heading>
      {meta.entries.some((entry) => !entry.hidden) ? (
        <MetaTable entries={meta.entries} collapseAfter={collapseAfter} messages={words} actions={actions} />
      ) : (
        <p className="amb-ArticleMetaBox-empty">{words.noMeta}</p>
      )}
      <OmittedNote count={meta.omitted} text={words.notShown} slot="article-meta-box-omitted" />
    </section>
  );
});
