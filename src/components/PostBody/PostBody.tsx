import { clsx } from 'clsx';
import { type ComponentPropsWithoutRef, Fragment, forwardRef } from 'react';
import { type Messages, resolveMessages } from '../../model/messages.js';
import type { BodyBlock } from '../../model/types.js';
import { OmittedNote } from '../shared/OmittedNote.js';

export interface PostBodyProps extends ComponentPropsWithoutRef<'div'> {
  /** Normalized body blocks (`Article.body`). */
  blocks: readonly BodyBlock[];
  /** Level of the section headings in the body; the article title above is one level higher. @default 2 */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** Blocks the normalizer left out at its `maxItems` limit (`Article.bodyOmitted`), noted after the last block. */
  omitted?: number;
  /** Built-in words: `notShown`. @default defaultMessages */
  messages?: Partial<Messages>;
}

type Heading = 'h2' | 'h3' | 'h4' | 'h5' | 'h6';

function renderBlock(block: BodyBlock, index: number, Heading: Heading, notShown: (count: number) => string) {
  switch (block.type) {
    case 'heading':
      return <Heading key={index}>{block.text}</Heading>;
    case 'list': {
      const List = block.ordered ? 'ol' : 'ul';
      return (
        <Fragment key={index}>
          <List>
            {block.items.map((item, i) => (
              <li key={i}>{item}</li>
            ))}
          </List>
          <OmittedNote count={block.omitted} text={notShown} slot="post-body-omitted" />
        </Fragment>
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
export const PostBody = /* @__PURE__ */ forwardRef<HTMLDivElement, PostBodyProps>(function PostBody(
  { blocks, headingLevel = 2, omitted, messages, className, ...rest },
  ref,
) {
  const Heading = `h${headingLevel}` as const;
  const { notShown } = resolveMessages(messages);
  return (
    <div ref={ref} className={clsx('amb-PostBody', className)} data-slot="post-body" {...rest}>
      {blocks.map((block, index) => renderBlock(block, index, Heading, notShown))}
      <OmittedNote count={omitted} text={notShown} slot="post-body-omitted" />
    </div>
  );
});
