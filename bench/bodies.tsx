/**
 * The body parsers in `npm run bench`: a 50 KB HTML article and a 50 KB Markdown article made from the
 * platform fixtures, parsed to the model; and the rendering of the resulting body by `PostBody` against
 * hand-written JSX of the same blocks (the floor React itself sets). `bench/bench.tsx` runs it with the rest;
 * `BENCH_ENTRY=bench-bodies node bench/run.mjs` runs only this part.
 */
import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { type BodyBlock, type Inline, normalizeArticle, PostBody, type RichText } from '../src';
import { html, markdown } from '../src/parsers';
import astro from '../test/fixtures/platforms/astro-post.md?raw';
import wordpress from '../test/fixtures/platforms/wordpress-post.json';
import { fmt, interleaved, median, table } from './measure';

/** `text` repeated until it is at least `bytes` long, in whole copies. */
function repeatTo(text: string, bytes: number, separator: string): string {
  const copies = Math.ceil(bytes / (text.length + separator.length));
  return Array.from({ length: copies }, () => text).join(separator);
}

/** A 50 KB WordPress body: the fixture's `content.rendered`, repeated. */
export const html50k = repeatTo(wordpress.content.rendered, 50_000, '\n');

/** A 50 KB Markdown document: the Astro post's front matter once, its body repeated. */
const [, frontMatter, markdownBody] = /^(---\n[\s\S]*?\n---\n)([\s\S]*)$/.exec(astro) ?? ['', '', astro];
export const markdown50k = frontMatter + repeatTo(markdownBody, 50_000 - frontMatter.length, '\n\n');

function inline(nodes: readonly Inline[]): ReactNode {
  return nodes.map((node, i) =>
    node.type === 'text' ? (
      node.text
    ) : node.type === 'strong' ? (
      <strong key={i}>{inline(node.children)}</strong>
    ) : node.type === 'emphasis' ? (
      <em key={i}>{inline(node.children)}</em>
    ) : node.type === 'strikethrough' ? (
      <s key={i}>{inline(node.children)}</s>
    ) : node.type === 'code' ? (
      <code key={i}>{node.text}</code>
    ) : node.type === 'link' ? (
      <a key={i} href={node.href}>
        {inline(node.children)}
      </a>
    ) : (
      <br key={i} />
    ),
  );
}

const rich = (content: RichText) => (content.inline ? inline(content.inline) : content.text);

/** The same blocks written as plain JSX, with no library: the reference for `PostBody`. */
export function HandWrittenBody({ blocks }: { blocks: readonly BodyBlock[] }): ReactNode {
  return (
    <div>
      {blocks.map((block, i) => {
        switch (block.type) {
          case 'heading':
            return <h2 key={i}>{rich(block)}</h2>;
          case 'list': {
            const List = block.ordered ? 'ol' : 'ul';
            return (
              <List key={i}>
                {block.items.map((item, j) => (
                  <li key={j}>
                    {rich(item)}
                    {item.blocks ? <HandWrittenBody blocks={item.blocks} /> : null}
                  </li>
                ))}
              </List>
            );
          }
          case 'quote':
            return (
              <blockquote key={i}>
                {block.blocks ? <HandWrittenBody blocks={block.blocks} /> : <p>{rich(block)}</p>}
              </blockquote>
            );
          case 'code':
            return (
              <pre key={i}>
                <code>{block.text}</code>
              </pre>
            );
          case 'image':
            return (
              <figure key={i}>
                <img src={block.src} alt={block.alt} />
                {block.caption ? <figcaption>{block.caption}</figcaption> : null}
              </figure>
            );
          case 'table':
            return (
              <table key={i}>
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
            );
          case 'divider':
            return <hr key={i} />;
          default:
            return <p key={i}>{rich(block)}</p>;
        }
      })}
    </div>
  );
}

/** Prints the bodies part of the bench: parsing 50 KB of HTML and of Markdown, and rendering the results. */
export function benchBodies(): void {
  const parse = [
    { name: `HTML → model (${(html50k.length / 1000).toFixed(0)} KB)`, input: html50k, parsers: [html], target: 10 },
    {
      name: `Markdown → model (${(markdown50k.length / 1000).toFixed(0)} KB)`,
      input: markdown50k,
      parsers: [markdown],
      target: 15,
    },
  ];
  const parseSamples = interleaved(
    parse.map(({ input, parsers }) => ({
      name: 'parse',
      run: () => normalizeArticle({ title: 't', body: input }, { parsers }),
    })),
  );
  console.log('\n## Bodies\n');
  console.log(
    table(
      ['input', 'median ms', 'MB/s', 'target'],
      parse.map(({ name, input, target }, i) => {
        const ms = median(parseSamples[i]) / 1000;
        return [
          name,
          fmt(ms, 2),
          fmt(input.length / 1e6 / (ms / 1000), 1),
          `≤ ${target} ms → ${ms <= target ? 'met' : 'NOT met'}`,
        ];
      }),
    ),
  );
  const bodies = parse.map(
    ({ input, parsers }) => normalizeArticle({ title: 't', body: input }, { parsers }).article.body,
  );
  const renderSamples = interleaved(
    bodies.flatMap((blocks) => [
      { name: 'hand', run: () => renderToString(<HandWrittenBody blocks={blocks} />) },
      { name: 'PostBody', run: () => renderToString(<PostBody blocks={blocks} />) },
    ]),
  );
  console.log(
    `\n${table(
      ['body', 'blocks', 'hand-written JSX µs', 'PostBody µs', 'ratio (median of rounds)', 'target ≤ 1.3x'],
      parse.map(({ name }, i) => {
        const hand = renderSamples[2 * i];
        const ours = renderSamples[2 * i + 1];
        const ratio = median(ours.map((value, round) => value / hand[round]));
        return [
          name.split(' →')[0],
          String(bodies[i].length),
          fmt(median(hand)),
          fmt(median(ours)),
          `${fmt(ratio, 2)}x`,
          ratio <= 1.3 ? 'met' : 'NOT met',
        ];
      }),
    )}`,
  );
}
