/** markdown-it-footnote 4 ships no types: its default export is a markdown-it plugin. */
declare module 'markdown-it-footnote' {
  import type { MarkdownIt } from 'markdown-it';

  const footnote: (md: MarkdownIt) => void;
  export default footnote;
}
