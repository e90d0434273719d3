export type { ArticleJsonLdProps } from './components/ArticleJsonLd/ArticleJsonLd';
export { ArticleJsonLd } from './components/ArticleJsonLd/ArticleJsonLd';
export type { ArticleMetaBoxProps } from './components/ArticleMetaBox/ArticleMetaBox';
export { ArticleMetaBox } from './components/ArticleMetaBox/ArticleMetaBox';
export type { ArticleViewProps } from './components/ArticleView/ArticleView';
export { ArticleView } from './components/ArticleView/ArticleView';
export type { ChecklistProps } from './components/Checklist/Checklist';
export { Checklist } from './components/Checklist/Checklist';
export type { MetaTableProps } from './components/MetaTable/MetaTable';
export { MetaTable } from './components/MetaTable/MetaTable';
export type { PostBodyProps } from './components/PostBody/PostBody';
export { PostBody } from './components/PostBody/PostBody';
export type { ScoreBarsProps } from './components/ScoreBars/ScoreBars';
export { ScoreBars } from './components/ScoreBars/ScoreBars';
export type { SimilarPostsProps } from './components/SimilarPosts/SimilarPosts';
export { SimilarPosts } from './components/SimilarPosts/SimilarPosts';
export type { TagListProps } from './components/TagList/TagList';
export { TagList } from './components/TagList/TagList';
export { normalizeArticle } from './normalize/article';
export type { InteractionCounterJsonLd, TechArticleJsonLd } from './normalize/jsonld';
export { serializeJsonLd, toJsonLd } from './normalize/jsonld';
export { canonicalKey, humanizeKey } from './normalize/keys';
export { normalizeMeta } from './normalize/meta';
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
  MetaIssue,
  MetaIssueCode,
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
} from './normalize/types';
