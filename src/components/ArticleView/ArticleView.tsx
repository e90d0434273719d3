import { clsx } from 'clsx';
import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import type { Messages } from '../../model/messages.js';
import type { Article } from '../../model/types.js';
import { ArticleJsonLd } from '../ArticleJsonLd/ArticleJsonLd.js';
import { ArticleMetaBox } from '../ArticleMetaBox/ArticleMetaBox.js';
import type { MetaActions } from '../MetaTable/MetaTable.js';
import { PostBody } from '../PostBody/PostBody.js';
import { SimilarPosts } from '../SimilarPosts/SimilarPosts.js';
import { DEFAULT_COLLAPSE_AFTER } from '../shared/collapse.js';

export interface ArticleViewProps extends ComponentPropsWithoutRef<'article'> {
  /** The normalized article (`normalizeArticle(raw).article`). */
  article: Article;
  /** Built-in words of every part (headings, empty states, "Show N more", checklist states). @default defaultMessages */
  messages?: Partial<Messages>;
  /** Lists in the meta box beyond this length move into a "Show N more" disclosure. @default 20 */
  collapseAfter?: number;
  /** Emit schema.org TechArticle JSON-LD (`<ArticleJsonLd>`) with the article. @default true */
  jsonLd?: boolean;
  /** Canonical URL of the article, for the JSON-LD `url`. @default undefined */
  url?: string;
  /** Extra content after top-level meta values, by key, e.g. a client `CopyButton` for `hash`. */
  actions?: MetaActions;
  /** The meta box's layout: `"full"` or `"compact"` (grouped, with facts at a glance). @default "full" */
  variant?: 'full' | 'compact';
  /** Show the meta box's full layout in its groups too. @default false */
  grouped?: boolean;
}

/**
 * The whole page: the title as `<h1>`, the body, and beside it the meta box and similar posts,
 * with the article's JSON-LD. Side by side when its own container is wide, stacked when narrow.
 */
export const ArticleView = /* @__PURE__ */ forwardRef<HTMLElement, ArticleViewProps>(function ArticleView(
  {
    article,
    messages,
    collapseAfter = DEFAULT_COLLAPSE_AFTER,
    jsonLd = true,
    url,
    actions,
    variant,
    grouped,
    className,
    ...rest
  },
  ref,
) {
  return (
    <article ref={ref} className={clsx('amb-ArticleView', className)} data-slot="article-view" {...rest}>
      {jsonLd ? <ArticleJsonLd article={article} url={url} /> : null}
      <h1 className="amb-ArticleView-title">{article.title}</h1>
      <div className="amb-ArticleView-layout">
        <PostBody blocks={article.body} omitted={article.bodyOmitted} messages={messages} />
        <div className="amb-ArticleView-aside">
          <ArticleMetaBox
            meta={article.meta}
            collapseAfter={collapseAfter}
            messages={messages}
            actions={actions}
            variant={variant}
            grouped={grouped}
          />
          <SimilarPosts posts={article.similarPosts} messages={messages} omitted={article.similarPostsOmitted} />
        </div>
      </div>
    </article>
  );
});
