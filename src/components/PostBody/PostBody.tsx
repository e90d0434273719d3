import { clsx } from 'clsx';
import { type ComponentPropsWithoutRef, forwardRef, type ReactNode } from 'react';
import type { BodyBlock, Inline, ListItem, RichText } from '../../model/body.js';
import { type ComponentMessages, type Messages, resolveMessages } from '../../model/messages.js';
import { omittedNote } from '../shared/OmittedNote.js';

export interface PostBodyProps extends ComponentPropsWithoutRef<'div'> {
  /** Normalized body blocks (`Article.body`). */
  blocks: readonly BodyBlock[];
  /** Level of a body heading of level 2; deeper ones follow, up to h6. The article title is one level higher. @default 2 */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** Blocks the normalizer left out at its `maxItems` limit (`Article.bodyOmitted`), noted after the last block. */
  omitted?: number;
  /** Built-in words: `notShown`, and `done`/`todo` read before task items. @default defaultMessages */
  messages?: Partial<Messages>;
}

/** What every block needs, resolved once by `PostBody`. */
interface Render {
  /** Added to a block's heading level: `headingLevel` − 2. */
  shift: number;
  words: ComponentMessages;
}

function renderInline(inline: readonly Inline[]): ReactNode {
  return inline.map((node, index) => {
    switch (node.type) {
      case 'text':
        return node.text;
      case 'strong':
        return <strong key={index}>{renderInline(node.children)}</strong>;
      case 'emphasis':
        return <em key={index}>{renderInline(node.children)}</em>;
      case 'strikethrough':
        return <s key={index}>{renderInline(node.children)}</s>;
      case 'code':
        return <code key={index}>{node.text}</code>;
      case 'link':
        return (
          <a key={index} href={node.href}>
            {renderInline(node.children)}
          </a>
        );
      default:
        return <br key={index} />;
    }
  });
}

/** Rich content when there is any, else the plain text. */
const rich = (content: RichText): ReactNode => (content.inline ? renderInline(content.inline) : content.text);

function renderItem(item: ListItem, index: number, render: Render) {
  const task = item.checked !== undefined;
  return (
    <li
      key={index}
      data-state={task ? (item.checked ? 'done' : 'todo') : undefined}
      data-checked={item.checked || undefined}
    >
      {/* A task's state is text, read before it: never colour or a mark alone. */}
      {task ? <span className="amb-sr-only">{`${item.checked ? render.words.done : render.words.todo}: `}</span> : null}
      {rich(item)}
      {item.blocks ? renderBlocks(item.blocks, render) : null}
    </li>
  );
}

function renderBlock(block: BodyBlock, index: number, render: Render): ReactNode {
  switch (block.type) {
    case 'heading': {
      const Heading = `h${Math.min(6, (block.level ?? 2) + render.shift)}` as 'h2';
      return <Heading key={index}>{rich(block)}</Heading>;
    }
    case 'list': {
      const List = block.ordered ? 'ol' : 'ul';
      return [
        <List key={index} start={block.start}>
          {block.items.map((item, i) => renderItem(item, i, render))}
        </List>,
        omittedNote(block.omitted, render.words.notShown, 'post-body-omitted', `${index}-omitted`),
      ];
    }
    case 'quote':
      return (
        <blockquote key={index}>{block.blocks ? renderBlocks(block.blocks, render) : <p>{rich(block)}</p>}</blockquote>
      );
    case 'code':
      return (
        // A long line scrolls inside the block; focusable so a keyboard can scroll it too.
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
        <pre key={index} tabIndex={0}>
          <code data-language={block.language}>{block.text}</code>
        </pre>
      );
    case 'image':
      return (
        <figure key={index} className="amb-PostBody-figure">
          <img
            src={block.src}
            alt={block.alt}
            width={block.width}
            height={block.height}
            loading="lazy"
            decoding="async"
          />
          {block.caption ? <figcaption>{block.caption}</figcaption> : null}
        </figure>
      );
    case 'table':
      return (
        // The table scrolls inside its own box; the box is focusable so a keyboard can scroll it too.
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
        <div key={index} className="amb-PostBody-table" tabIndex={0}>
          <table>
            {block.head ? (
              <thead>
                <tr>
                  {block.head.map((cell, i) => (
                    <th key={i} scope="col">
                      {rich(cell)}
                    </th>
                  ))}
                </tr>
              </thead>
            ) : null}
            <tbody>
              {block.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, c) => (
                    <td key={c}>{rich(cell)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
    case 'divider':
      return <hr key={index} />;
    default:
      return <p key={index}>{rich(block)}</p>;
  }
}

function renderBlocks(blocks: readonly BodyBlock[], render: Render): ReactNode {
  return blocks.map((block, index) => renderBlock(block, index, render));
}

/**
 * The article body: headings, paragraphs, lists (task lists too), quotes, code, images, tables and
 * dividers, with inline marks and links. Only the model's kinds are rendered.
 */
export const PostBody = /* @__PURE__ */ forwardRef<HTMLDivElement, PostBodyProps>(function PostBody(
  { blocks, headingLevel = 2, omitted, messages, className, ...rest },
  ref,
) {
  const render = { shift: headingLevel - 2, words: resolveMessages(messages) };
  return (
    <div ref={ref} className={clsx('amb-PostBody', className)} data-slot="post-body" {...rest}>
      {renderBlocks(blocks, render)}
      {omittedNote(omitted, render.words.notShown, 'post-body-omitted')}
    </div>
  );
});
