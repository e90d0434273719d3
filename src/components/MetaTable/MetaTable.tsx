import { clsx } from 'clsx';
import type { ComponentProps, ReactNode } from 'react';
import type { Messages } from '../../normalize/messages.js';
import type { MetaEntry, MetaValue } from '../../normalize/types.js';
import { Checklist } from '../Checklist/Checklist.js';
import { ScoreBars } from '../ScoreBars/ScoreBars.js';
import { DEFAULT_COLLAPSE_AFTER, listItems } from '../shared/LongList.js';
import { resolveMessages } from '../shared/messages.js';
import { TagList } from '../TagList/TagList.js';

export interface MetaTableProps extends ComponentProps<'dl'> {
  /** Normalized entries (`ArticleMeta.entries` or a `MetaRecord`'s entries); hidden entries are skipped. */
  entries: readonly MetaEntry[];
  /** Lists beyond this length move into a "Show N more" disclosure; all items stay in the HTML. @default 20 */
  collapseAfter?: number;
  /** Built-in words: `showMore` for collapsed lists, `done`/`todo` for checklists. @default defaultMessages */
  messages?: Partial<Messages>;
  /**
   * Extra content after a top-level value, by key: e.g. `{ hash: (entry) => <CopyButton … /> }`
   * with the client `CopyButton`. The value itself is always rendered as plain HTML first.
   */
  actions?: MetaActions;
}

/** Renderers of extra content after a top-level value, by canonical key. */
export type MetaActions = Partial<Record<string, (entry: MetaEntry) => ReactNode>>;

interface ListOptions {
  collapseAfter: number;
  showMoreLabel: (count: number) => string;
  stateLabels: { done: string; todo: string };
  notShown: (count: number) => string;
}

/** The note after a container the normalizer cut at a limit: "N more not shown". */
export function OmittedNote({
  count,
  label,
  className,
}: {
  count?: number;
  label: (count: number) => string;
  className: string;
}) {
  return count ? (
    <p className={className} data-slot="omitted">
      {label(count)}
    </p>
  ) : null;
}

/** Renders one normalized value, with the note of what a limit left out. */
function renderValue(value: MetaValue, options: ListOptions): ReactNode {
  const shown = renderShown(value, options);
  return 'omitted' in value && value.omitted ? (
    <>
      {shown}
      <OmittedNote count={value.omitted} label={options.notShown} className="amb-MetaTable-omitted" />
    </>
  ) : (
    shown
  );
}

/** Renders one normalized value; every string it shows was prepared by the normalizer. */
function renderShown(value: MetaValue, options: ListOptions): ReactNode {
  switch (value.kind) {
    case 'text':
      return value.invalid ? (
        <span className="amb-MetaTable-invalid" data-invalid="">
          {value.text}
        </span>
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
    case 'tags':
      return <TagList tags={value.tags} collapseAfter={options.collapseAfter} showMoreLabel={options.showMoreLabel} />;
    case 'scores':
      return <ScoreBars scores={value.scores} />;
    case 'checklist':
      return (
        <Checklist
          items={value.items}
          collapseAfter={options.collapseAfter}
          showMoreLabel={options.showMoreLabel}
          stateLabels={options.stateLabels}
        />
      );
    case 'record':
      return renderEntries(value.entries, options, 'amb-MetaTable', true);
    case 'list':
      return (
        <ul className="amb-MetaTable-list" data-slot="list">
          {listItems(value.items, options.collapseAfter, options.showMoreLabel, 'amb-MetaTable-list', (item, i) => (
            <li key={i}>{renderValue(item, options)}</li>
          ))}
        </ul>
      );
  }
}

function renderEntries(
  entries: readonly MetaEntry[],
  options: ListOptions,
  className: string,
  nested: boolean,
  rest?: ComponentProps<'dl'>,
  actions?: MetaActions,
): ReactNode {
  return (
    <dl className={className} data-slot="meta-table" data-nested={nested ? '' : undefined} {...rest}>
      {entries.map((entry, index) =>
        entry.hidden ? null : (
          <div className="amb-MetaTable-row" data-kind={entry.value.kind} key={index}>
            <dt>{entry.label}</dt>
            <dd>
              {renderValue(entry.value, options)}
              {actions && Object.hasOwn(actions, entry.key) ? actions[entry.key]?.(entry) : null}
            </dd>
          </div>
        ),
      )}
    </dl>
  );
}

/**
 * Generic key/value rendering of normalized entries as `dl/dt/dd`, recursive: records become
 * nested `dl`, lists `ul/li`, tags a `TagList`, scores `ScoreBars`, checklists a `Checklist`.
 */
export function MetaTable({
  entries,
  collapseAfter = DEFAULT_COLLAPSE_AFTER,
  messages,
  actions,
  className,
  ...rest
}: MetaTableProps) {
  const words = resolveMessages(messages);
  const options = {
    collapseAfter,
    showMoreLabel: words.showMore,
    stateLabels: { done: words.done, todo: words.todo },
    notShown: words.notShown,
  };
  return renderEntries(entries, options, clsx('amb-MetaTable', className), false, rest, actions);
}
