import { clsx } from 'clsx';
import { type ComponentProps, Fragment } from 'react';
import { defaultMessages } from '../../normalize/messages.js';
import type { BodyBlock } from '../../normalize/types.js';
import { OmittedNote } from '../MetaTable/MetaTable.js';

export interface PostBodyProps extends ComponentProps<'div'> {
  /** Normalized body blocks (`Article.body`). */
  blocks: readonly BodyBlock[];
  /** Level of the section headings in the body; the article title above is one level higher. @default 2 */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** Blocks the normalizer left out at its `maxItems` limit (`Article.bodyOmitted`), noted after the last block. */
  omitted?: number;
  /** Text of that note. @default (count) => `${count} more not shown` */
  notShownLabel?: (count: number) => string;
}

function renderBlock(
  block: BodyBlock,
  index: number,
  Heading: 'h2' | 'h3' | 'h4' | 'h5' | 'h6',
  notShown: (count: number) => string,
) {
  switch (block.type) {
    case 'heading':
      return <Heading key={index}>{block.text}</Heading>;
    case 'list': {
      const List = block.ordered ? 'ol' : 'ul';
      const list = (
        <List key={index}>
          {block.items.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </List>
      );
      return block.omitted ? (
        <Fragment key={index}>
          {list}
          <OmittedNote count={block.omitted} label={notShown} className="amb-PostBody-omitted" />
        </Fragment>
      ) : (
        list
      );
    }
    case 'quote':
      return (
        <blockquote key={index}>
          <p>{block.text}</p>
        </blockquote>
      );
    case 'code':
      return (
        <pre data-language={block.language} key={index}>
          <code>{block.text}</code>
        </pre>
      );
    default:
      return <p key={index}>{block.text}</p>;
  }
}

/** The article body: headings, paragraphs, lists, quotes and code blocks, in order. */
export function PostBody({
  blocks,
  headingLevel = 2,
  omitted,
  notShownLabel = defaultMessages.notShown,
  className,
  ...rest
}: PostBodyProps) {
  const Heading = `h${headingLevel}` as const;
  return (
    <div className={clsx('amb-PostBody', className)} data-slot="post-body" {...rest}>
      {blocks.map((block, index) => renderBlock(block, index, Heading, notShownLabel))}
      <OmittedNote count={omitted} label={notShownLabel} className="amb-PostBody-omitted" />
    </div>
  );
}
