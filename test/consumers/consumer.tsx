/**
 * A strict consumer of the published types, compiled in each consumer project (React 18 and 19 types)
 * by tsc with `strict`, `exactOptionalPropertyTypes`, `noUncheckedIndexedAccess` and `skipLibCheck:
 * false`, so the shipped .d.ts files must type-check under a demanding project's settings.
 */
import {
  type Article,
  ArticleView,
  type ArticleViewProps,
  type MetaIssue,
  type NormalizeOptions,
  normalizeArticle,
} from 'article-meta-box';
import { CopyButton, type CopyButtonProps } from 'article-meta-box/client';
import { createRef, type ReactElement } from 'react';

// Each public name must be a real type: were it `any` (types not loaded), these lines would not fail
// and tsc would report the directives as unused.
// @ts-expect-error an Article is not a number
export const article: number = {} as Article;
// @ts-expect-error ArticleView is not a number
export const view: number = ArticleView;

const options: NormalizeOptions = { locale: 'en-US', maxItems: 500 };

export function ArticlePage({ raw }: { raw: unknown }): ReactElement {
  const { article, issues } = normalizeArticle(raw, options);
  const errors: MetaIssue[] = issues.filter((issue) => issue.severity === 'error');
  const ref = createRef<HTMLElement>();
  const props: ArticleViewProps = {
    article,
    messages: { postMeta: 'About this post', showMore: (count) => `${count} more` },
    collapseAfter: 10,
    jsonLd: false,
    actions: {
      hash: (entry) => (entry.value.kind === 'text' ? <CopyButton value={entry.value.text} label="Copy hash" /> : null),
    },
    className: 'page',
    onClick: (event) => event.currentTarget.tagName,
  };
  return <ArticleView {...props} ref={ref} data-first-issue={errors[0]?.path} />;
}

// @ts-expect-error CopyButton needs a string value
export const copyProps: CopyButtonProps = { value: 42 };
