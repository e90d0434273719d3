import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import { serializeJsonLd, toJsonLd } from '../../jsonld/jsonld.js';
import type { Article } from '../../model/types.js';

export interface ArticleJsonLdProps
  extends Omit<ComponentPropsWithoutRef<'script'>, 'children' | 'dangerouslySetInnerHTML' | 'type'> {
  /** Normalized article (`normalizeArticle(raw).article`). */
  article: Article;
  /** Canonical URL of the page, emitted as `url`. @default undefined (no `url` property) */
  url?: string;
}

/**
 * The article as schema.org `TechArticle` JSON-LD in a `<script type="application/ld+json">`.
 * Renders nothing visible. The JSON is escaped so no article text can close the script.
 */
export const ArticleJsonLd = /* @__PURE__ */ forwardRef<HTMLScriptElement, ArticleJsonLdProps>(function ArticleJsonLd(
  { article, url, ...rest },
  ref,
) {
  return (
    <script
      ref={ref}
      data-slot="article-json-ld"
      {...rest}
      // After `rest`, so an untyped caller cannot replace the type or the escaped content.
      type="application/ld+json"
      // biome-ignore lint/security/noDangerouslySetInnerHtml: serializeJsonLd escapes <, >, & and U+2028/9, so the text cannot leave the script
      dangerouslySetInnerHTML={{ __html: serializeJsonLd(toJsonLd(article, { url })) }}
    />
  );
});
