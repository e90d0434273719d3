import { clsx } from 'clsx';
import { type ComponentPropsWithoutRef, type ForwardedRef, forwardRef, type ReactNode } from 'react';
import { type ComponentMessages, type Messages, resolveMessages } from '../../model/messages.js';
import type { MetaEntry, MetaValue } from '../../model/types.js';
import { renderChecklist } from '../Checklist/Checklist.js';
import { renderScoreBars } from '../ScoreBars/ScoreBars.js';
import { collapseItems, DEFAULT_COLLAPSE_AFTER } from '../shared/collapse.js';
import { omittedNote } from '../shared/OmittedNote.js';
import { renderTagList } from '../TagList/TagList.js';

export interface MetaTableProps extends ComponentPropsWithoutRef<'dl'> {
  /** Normalized entries (`ArticleMeta.entries` or a `MetaRecord`'s entries); hidden entries are skipped. */
  entries: readonly MetaEntry[];
  /** Lists beyond this length move into a "Show N more" disclosure; all items stay in the HTML. @default 20 */
  collapseAfter?: number;
  /** Built-in words: `showMore`, `notShown`, `done`, `todo`. @default defaultMessages */
  messages?: Partial<Messages>;
  /**
   * Extra content after a top-level value, by key: e.g. `{ hash: (entry) => <CopyButton … /> }`
   * with the client `CopyButton`. The value itself is always rendered as plain HTML first.
   */
  actions?: MetaActions;
  /**
   * Folds a top-level value of more than 3 items or fields, or a text of more than 280 characters, into
   * a closed native disclosure ("Show all N"), as the compact layout of `ArticleMetaBox` does. Tags and
   * scores stay open. Everything stays in the HTML. @default false
   */
  fold?: boolean;
}

/** Renderers of extra content after a top-level value, by canonical key. */
export type MetaActions = Partial<Record<string, (entry: MetaEntry) => ReactNode>>;

/** The extra content `actions` gives for an entry's key, if any (own keys only: never `__proto__`'s). */
export const actionOf = (actions: MetaActions | undefined, entry: MetaEntry): ReactNode =>
  actions && Object.hasOwn(actions, entry.key) ? actions[entry.key]?.(entry) : null;

/** What every nested value needs, resolved once by `MetaTable`. */
export interface Render {
  collapseAfter: number;
  words: ComponentMessages;
}

/** Above this length a text folds in the compact layout: about six lines of a 288 px box. */
const LONG_TEXT = 280;

/** How many items, fields or words a folded value holds; 0 when it stays open. */
function foldCount(value: MetaValue): number {
  switch (value.kind) {
    case 'record':
      return value.entries.length > 3 ? value.entries.length : 0;
    case 'list':
    case 'checklist':
      return value.items.length > 3 ? value.items.length : 0;
    case 'text':
      return value.text.length > LONG_TEXT ? value.text.split(/\s+/).length : 0;
    default:
      return 0;
  }
}

/** Renders one normalized value, then the note of what a limit left out of it. */
export function renderValue(value: MetaValue, render: Render): ReactNode {
  const shown = renderShown(value, render);
  if (!('omitted' in value && value.omitted)) return shown;
  return (
    <>
      {shown}
      {omittedNote(value.omitted, render.words.notShown, 'meta-table-omitted')}
    </>
  );
}

/** Renders one normalized value; every string it shows was prepared by the normalizer. */
function renderShown(value: MetaValue, render: Render): ReactNode {
  switch (value.kind) {
    case 'text':
      return value.invalid ? (
        <span className="amb-MetaTable-invalid" data-invalid="">
          {value.text}
        </span>
      ) : value.code ? (
        <code className="amb-MetaTable-code">{value.text}</code>
      ) : (
        value.text
      );
    case 'number':
      return <data value={value.value}>{value.text}</data>;
    case 'boolean':
      return (
        <span className="amb-MetaTable-boolean" data-value={value.value ? 'yes' : 'no'}>
          {value.text}
        </span>
      );
    case 'date':
      return <time dateTime={value.dateTime}>{value.text}</time>;
    case 'link':
      return (
        <a className="amb-MetaTable-link" href={value.href}>
          {value.text}
        </a>
      );
    case 'empty':
      return <span className="amb-MetaTable-empty">{value.text}</span>;
    case 'image':
      return (
        <>
          <img className="amb-MetaTable-image" src={value.src} alt={value.alt} loading="lazy" decoding="async" />
          {value.details ? <MetaDetails entries={value.details} render={render} /> : null}
        </>
      );
    case 'people':
      return (
        <ul className="amb-MetaTable-people" data-slot="meta-table-people">
          {value.people.map((person, i) => (
            <li key={i}>
              {person.avatar ? (
                <img
                  className="amb-MetaTable-avatar"
                  src={person.avatar}
                  alt=""
                  width={24}
                  height={24}
                  loading="lazy"
                />
              ) : null}
              {person.href ? <a href={person.href}>{person.name}</a> : <span>{person.name}</span>}
              {person.details ? <MetaDetails entries={person.details} render={render} /> : null}
            </li>
          ))}
        </ul>
      );
    case 'tags':
      // The components' own markup, rendered as part of this row rather than as components of their own.
      return renderTagList({ tags: value.tags, collapseAfter: render.collapseAfter, messages: render.words });
    case 'scores':
      return renderScoreBars({ scores: value.scores });
    case 'checklist':
      return renderChecklist({ items: value.items, collapseAfter: render.collapseAfter, messages: render.words });
    case 'record':
      return (
        <dl className="amb-MetaTable" data-slot="meta-table" data-nested="">
          {metaRows(value.entries, render)}
        </dl>
      );
    case 'list': {
      const collapse = {
        limit: render.collapseAfter,
        showMore: render.words.showMore,
        className: 'amb-MetaTable-list',
        slot: 'meta-table-list',
      };
      return (
        <ul className="amb-MetaTable-list" data-slot="meta-table-list">
          {collapseItems(
            value.items,
            (item, i) => (
              <li key={i}>{renderValue(item, render)}</li>
            ),
            collapse,
          )}
        </ul>
      );
    }
  }
}

/** The other fields of a person or an image: under it, in a closed disclosure, so the box stays short. */
function MetaDetails({ entries, render }: { entries: readonly MetaEntry[]; render: Render }) {
  return (
    <details className="amb-MetaTable-details" data-slot="meta-table-details">
      <summary className="amb-More-summary">{render.words.showMore(entries.length)}</summary>
      <dl className="amb-MetaTable" data-slot="meta-table" data-nested="">
        {metaRows(entries, render)}
      </dl>
    </details>
  );
}

/**
 * The `dt/dd` rows of a record, at any depth; `actions` only at the top. A plain function, not a
 * component: the rows render straight into their `dl` (nested records too) on the hot render path.
 */
export function metaRows(
  entries: readonly MetaEntry[],
  render: Render,
  actions?: MetaActions,
  fold?: boolean,
): ReactNode[] {
  const internal = entries.filter((entry) => entry.internal && !entry.hidden);
  const row = (entry: MetaEntry, index: number) => {
    if (entry.hidden || entry.internal) return null;
    const folded = fold ? foldCount(entry.value) : 0;
    return (
      <div
        className="amb-MetaTable-row"
        data-key={entry.key}
        data-kind={entry.value.kind}
        data-folded={folded ? '' : undefined}
        key={index}
      >
        <dt>{entry.label}</dt>
        <dd>
          {folded ? (
            <details className="amb-MetaTable-fold" data-slot="meta-table-fold">
              <summary className="amb-More-summary">{render.words.showAll(folded)}</summary>
              {renderValue(entry.value, render)}
            </details>
          ) : (
            renderValue(entry.value, render)
          )}
          {actionOf(actions, entry)}
        </dd>
      </div>
    );
  };
  if (internal.length === 0) return entries.map(row);
  // A platform's internals come last, in one closed native disclosure: in the HTML, out of the way.
  return [
    ...entries.map(row),
    <div className="amb-MetaTable-row" data-kind="internal" data-slot="meta-table-more-fields" key="amb-internal">
      <dt>{render.words.moreFields}</dt>
      <dd>
        <details>
          <summary className="amb-More-summary">{render.words.showMore(internal.length)}</summary>
          <dl className="amb-MetaTable" data-slot="meta-table" data-nested="">
            {metaRows(
              internal.map((entry) => ({ ...entry, internal: undefined })),
              render,
            )}
          </dl>
        </details>
      </dd>
    </div>,
  ];
}

/**
 * A top-level table: its `dl` and its rows. `MetaTable`, and `ArticleMetaBox`'s table and groups
 * without a component of their own.
 */
export function renderMetaTable(
  entries: readonly MetaEntry[],
  render: Render,
  { actions, fold, className, ...rest }: ComponentPropsWithoutRef<'dl'> & { actions?: MetaActions; fold?: boolean },
  ref?: ForwardedRef<HTMLDListElement>,
) {
  return (
    <dl ref={ref} className={clsx('amb-MetaTable', className)} data-slot="meta-table" {...rest}>
      {metaRows(entries, render, actions, fold)}
    </dl>
  );
}

/**
 * Generic key/value rendering of normalized entries as `dl/dt/dd`, recursive: records become
 * nested `dl`, lists `ul/li`, tags a `TagList`, scores `ScoreBars`, checklists a `Checklist`.
 */
export const MetaTable = /* @__PURE__ */ forwardRef<HTMLDListElement, MetaTableProps>(function MetaTable(
  { entries, collapseAfter = DEFAULT_COLLAPSE_AFTER, messages, ...rest },
  ref,
) {
  return renderMetaTable(entries, { collapseAfter, words: resolveMessages(messages) }, rest, ref);
});
