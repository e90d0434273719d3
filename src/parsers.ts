// The body parsers, an opt-in entry: `import { html, markdown } from 'article-meta-box/parsers'` and
// `normalizeArticle(raw, { parsers: [html, markdown] })`. Each parser is its own module, so a bundle
// keeps only the ones it imports, with their libraries (parse5 for HTML, markdown-it and js-yaml for Markdown).
export type {
  BodyFormat,
  BodyParser,
  ParseContext,
  ParsedBody,
} from './model/parser.js';
export { contentfulRichText } from './normalize/body/contentful.js';
export { html } from './normalize/body/html.js';
export { htmlText } from './normalize/body/html-text.js';
export { markdown } from './normalize/body/markdown.js';
export { notionBlocks } from './normalize/body/notion.js';
export { portableText } from './normalize/body/portable-text.js';
