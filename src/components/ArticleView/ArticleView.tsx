import { clsx } from 'clsx';
import type { ComponentProps } from 'react';
import type { Article } from '../../normalize/types.js';
import { ArticleMetaBox } from '../ArticleMetaBox/ArticleMetaBox.js';
import { PostBody } from '../PostBody/PostBody.js';
import { SimilarPosts } from '../SimilarPosts/SimilarPosts.js';
import { DEFAULT_COLLAPSE_AFTER, defaultShowMore } from '../shared/LongList.js';

export interface ArticleViewProps extends ComponentProps<'article'> {
  /** The normalized article (`normalizeArticle(raw).article`). */
  article: Article;
  /** Heading of the meta box. @default "Post meta" */
  metaTitle?: string;
  /** Shown in the meta box when it has no visible field. @default "No meta data." */
  metaEmptyText?: string;
  /** Heading of the similar posts section. @default "Similar posts" */
  similarTitle?: string;
  /** Shown when there are no similar posts. @default "No similar posts yet." */
  similarEmptyText?: string;
  /** Lists in the meta box beyond this length move into a "Show N more" disclosure. @default 20 */
  collapseAfter?: number;
  /** Text of the disclosure summary. @default (count) => `Show ${count} more` */
  showMoreLabel?: (count: number) => string;
}

/**
 * The whole page: the title as `<h1>`, the body, and beside it the meta box and similar posts.
 * Side by side when its own container is wide, stacked when narrow.
 */
export function ArticleView({
  article,
  metaTitle,
  metaEmptyText,
  similarTitle,
  similarEmptyText,
  collapseAfter = DEFAULT_COLLAPSE_AFTER,
  showMoreLabel = defaultShowMore,
  className,
  ...rest
}: ArticleViewProps) {
  return (
    <article className={clsx('amb-ArticleView', className)} data-slot="article" {...rest}>
      <h1 className="amb-ArticleView-title">{article.title}</h1>
      <div className="amb-ArticleView-layout">
        <PostBody blocks={article.body} />
        <div className="amb-ArticleView-aside">
          <ArticleMetaBox
            meta={article.meta}
            title={metaTitle}
            emptyText={metaEmptyText}
            collapseAfter={collapseAfter}
            showMoreLabel={showMoreLabel}
          />
          <SimilarPosts posts={article.similarPosts} title={similarTitle} emptyText={similarEmptyText} />
        </div>
      </div>
    </article>
  );
}
