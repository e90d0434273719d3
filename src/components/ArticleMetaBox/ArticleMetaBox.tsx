import { clsx } from 'clsx';
import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import { type Messages, resolveMessages } from '../../model/messages.js';
import type { ArticleMeta, MetaGroup } from '../../model/types.js';
import { actionOf, type MetaActions, type Render, renderMetaTable, renderValue } from '../MetaTable/MetaTable.js';
import { DEFAULT_COLLAPSE_AFTER } from '../shared/collapse.js';
import { Icon } from '../shared/Icon.js';
import { omittedNote } from '../shared/OmittedNote.js';

type HeadingLevel = 2 | 3 | 4 | 5 | 6;

export interface ArticleMetaBoxProps extends ComponentPropsWithoutRef<'section'> {
  /** Normalized meta (`Article.meta` or `normalizeMeta(raw).meta`). */
  meta: ArticleMeta;
  /** Visible heading of the box, also its accessible name. @default messages.postMeta ("Post meta") */
  title?: string;
  /** Heading level of the title; group headings are one level below. @default 2 */
  headingLevel?: HeadingLevel;
  /**
   * `"full"`: every field open, in the data's own order, a short value on its label's line.
   * `"compact"`: the fields in groups (`meta.groups`): at a glance as a grid of facts with icons, the
   * groups marked collapsed in closed native disclosures, long values folded. No JavaScript either way.
   * @default "full"
   */
  variant?: 'full' | 'compact';
  /** Show the full layout in its groups too, every group open. @default false */
  grouped?: boolean;
  /** Lists beyond this length move into a "Show N more" disclosure. @default 20 */
  collapseAfter?: number;
  /** Built-in words: `postMeta`, `noMeta`, `fieldCount`, and those of `MetaTable`. @default defaultMessages */
  messages?: Partial<Messages>;
  /** Extra content after top-level values, by key (see `MetaTable`). */
  actions?: MetaActions;
}

interface GroupProps {
  group: MetaGroup;
  level: HeadingLevel;
  compact: boolean;
  render: Render;
  actions?: MetaActions;
}

/** One group: its heading, then its facts as a stat grid or its rows; closed in the compact layout when collapsed. */
function Group({ group, level, compact, render, actions }: GroupProps) {
  const Heading = `h${level}` as const;
  const body =
    group.layout === 'stats' ? (
      <dl className="amb-Glance" data-slot="article-meta-box-glance">
        {group.entries.map((entry, index) => (
          <div className="amb-Glance-item" data-key={entry.key} data-kind={entry.value.kind} key={index}>
            <dt>
              {group.icons?.[index] ? <Icon name={group.icons[index]} /> : null}
              {entry.label}
            </dt>
            <dd>
              {renderValue(entry.value, render)}
              {actionOf(actions, entry)}
            </dd>
          </div>
        ))}
      </dl>
    ) : (
      renderMetaTable(group.entries, render, { actions, fold: compact })
    );
  return compact && group.collapsed ? (
    <details className="amb-MetaGroup" data-slot="article-meta-box-group" data-group={group.id}>
      <summary className="amb-MetaGroup-summary">
        <Heading className="amb-MetaGroup-title">{group.title}</Heading>
        <span className="amb-MetaGroup-count">{render.words.fieldCount(group.entries.length)}</span>
      </summary>
      {body}
    </details>
  ) : (
    <div className="amb-MetaGroup" data-slot="article-meta-box-group" data-group={group.id}>
      <Heading className="amb-MetaGroup-title">{group.title}</Heading>
      {body}
    </div>
  );
}

/**
 * The "Post meta" box: a titled region listing every meta field as `dl/dt/dd`, in full or, in the
 * compact layout, in groups with the facts a reader asks first at a glance.
 */
export const ArticleMetaBox = /* @__PURE__ */ forwardRef<HTMLElement, ArticleMetaBoxProps>(function ArticleMetaBox(
  {
    meta,
    title,
    headingLevel = 2,
    variant = 'full',
    grouped = false,
    collapseAfter = DEFAULT_COLLAPSE_AFTER,
    messages,
    actions,
    className,
    ...rest
  },
  ref,
) {
  const Heading = `h${headingLevel}` as const;
  const words = resolveMessages(messages);
  const name = title ?? words.postMeta;
  const compact = variant === 'compact';
  const groups = (compact || grouped) && meta.groups;
  const render = { collapseAfter, words };
  const groupLevel = Math.min(headingLevel + 1, 6) as HeadingLevel;
  return (
    <section
      ref={ref}
      className={clsx('amb-ArticleMetaBox', className)}
      data-slot="article-meta-box"
      data-variant={variant}
      aria-label={name}
      {...rest}
    >
      <Heading className="amb-ArticleMetaBox-title">{name}</Heading>
      {!meta.entries.some((entry) => !entry.hidden) ? (
        <p className="amb-ArticleMetaBox-empty">{words.noMeta}</p>
      ) : groups ? (
        groups.map((group, index) => (
          <Group key={index} group={group} level={groupLevel} compact={compact} render={render} actions={actions} />
        ))
      ) : (
        renderMetaTable(meta.entries, render, { actions, fold: compact })
      )}
      {omittedNote(meta.omitted, words.notShown, 'article-meta-box-omitted')}
    </section>
  );
});
