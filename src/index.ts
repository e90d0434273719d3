// The public API. The pipeline, in the order data flows: raw input → normalizer (src/normalize) →
// the model both halves share (src/model) → components (src/components), plus JSON-LD (src/jsonld).

// Components
export type { ArticleJsonLdProps } from './components/ArticleJsonLd/ArticleJsonLd.js';
export { ArticleJsonLd } from './components/ArticleJsonLd/ArticleJsonLd.js';
export type { ArticleMetaBoxProps } from './components/ArticleMetaBox/ArticleMetaBox.js';
export { ArticleMetaBox } from './components/ArticleMetaBox/ArticleMetaBox.js';
export type { ArticleViewProps } from './components/ArticleView/ArticleView.js';
export { ArticleView } from './components/ArticleView/ArticleView.js';
export type { ChecklistProps } from './components/Checklist/Checklist.js';
export { Checklist } from './components/Checklist/Checklist.js';
export type { MetaActions, MetaTableProps } from './components/MetaTable/MetaTable.js';
export { MetaTable } from './components/MetaTable/MetaTable.js';
export type { PostBodyProps } from './components/PostBody/PostBody.js';
export { PostBody } from './components/PostBody/PostBody.js';
export type { ScoreBarsProps } from './components/ScoreBars/ScoreBars.js';
export { ScoreBars } from './components/ScoreBars/ScoreBars.js';
export type { SimilarPostsProps } from './components/SimilarPosts/SimilarPosts.js';
export { SimilarPosts } from './components/SimilarPosts/SimilarPosts.js';
export type { TagListProps } from './components/TagList/TagList.js';
export { TagList } from './components/TagList/TagList.js';
// JSON-LD
export type { InteractionCounterJsonLd, TechArticleJsonLd } from './jsonld/jsonld.js';
export { serializeJsonLd, toJsonLd } from './jsonld/jsonld.js';
// Model
export type {
  CodeBlock,
  DividerBlock,
  HeadingBlock,
  ImageBlock,
  Inline,
  ListBlock,
  ListItem,
  ParagraphBlock,
  QuoteBlock,
  RichText,
  TableBlock,
} from './model/body.js';
export type { IssueSeverityRule, MetaIssueCode } from './model/issues.js';
export { ISSUES } from './model/issues.js';
export type { ComponentMessages, Messages, NormalizerMessages } from './model/messages.js';
export { componentMessages, defaultMessages, normalizerMessages } from './model/messages.js';
export type { BodyFormat, BodyParser, ParseContext, ParsedBody } from './model/parser.js';
export type {
  Article,
  ArticleMeta,
  BodyBlock,
  ChecklistItem,
  FieldKind,
  MetaBoolean,
  MetaChecklist,
  MetaDate,
  MetaEmpty,
  MetaEntry,
  MetaGroup,
  MetaGroupSpec,
  MetaIcon,
  MetaIssue,
  MetaLink,
  MetaList,
  MetaNumber,
  MetaRecord,
  MetaScores,
  MetaTags,
  MetaText,
  MetaValue,
  MetaValueKind,
  NormalizeArticleResult,
  NormalizeMetaResult,
  NormalizeOptions,
  ScoreItem,
  ScoreMeter,
  SimilarPost,
} from './model/types.js';
// Normalizer
export { normalizeArticle } from './normalize/article.js';
export { canonicalKey, humanizeKey } from './normalize/keys.js';
export { normalizeMeta } from './normalize/meta.js';
export { DEFAULT_GROUPS, DEFAULT_INTERNAL } from './normalize/options.js';
