/**
 * The text of an HTML fragment, for the short fields a CMS renders as HTML: WordPress `title.rendered`
 * ("sull&#8217;isola" → "sull’isola") and `excerpt.rendered` ("<p>…[&hellip;]</p>"), RSS descriptions.
 * A separate idea from the body parser (a line of text, not blocks), sharing its reading of HTML: entities
 * decoded once by parse5, the text of scripts, styles and the other dropped elements left out.
 */
import type { DefaultTreeAdapterTypes } from 'parse5';
import { DROPPED, parseHtml } from './html.js';

type Node = DefaultTreeAdapterTypes.ChildNode;

/** Elements whose edges separate words, as a line break or a new block would. */
const SPACED =
  /^(?:address|article|aside|blockquote|br|dd|div|dl|dt|figcaption|figure|footer|h[1-6]|header|hr|li|main|nav|ol|p|pre|section|table|td|th|tr|ul)$/;

/** One line of text: whitespace collapsed as a browser lays it out, block edges and breaks as one space. */
export function htmlText(raw: string): string {
  let text = '';
  // Depth-first without recursion (a fragment may nest without limit); a string is text to add.
  const stack: (Node | string)[] = [...parseHtml(String(raw)).childNodes].reverse();
  while (stack.length > 0) {
    const node = stack.pop() as Node | string;
    if (typeof node === 'string') text += node;
    else if (node.nodeName === '#text') text += (node as DefaultTreeAdapterTypes.TextNode).value;
    else if ('tagName' in node && !DROPPED.has(node.tagName)) {
      const space = SPACED.test(node.tagName) ? ' ' : '';
      text += space;
      stack.push(space);
      for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]);
    }
  }
  return text.replace(/[\t\n\f\r ]+/g, ' ').trim();
}
