import type { ComponentProps } from 'react';
import { serializeJsonLd, toJsonLd } from '../../normalize/jsonld.js';
import type { Article } from '../../normalize/types.js';

export interface ArticleJsonLdProps
  extends Omit<ComponentProps<'script'>, 'children' | 'dangerouslySetInnerHTML' | 'type'> {
  /** Normalized article (`normalizeArticle(raw).article`). */
  article: Article;
  /** Canonical URL of the page, emitted as `url`. @default undefined (no `url` property) */
  url?: string;
}

/**
 * The article as schema.org `TechArticle` JSON-LD in a `<script type="application/ld+json">`.
 * Renders nothing visible. The JSON is escaped so no article text can close the script.
 */
export function ArticleJsonLd({ article, url, ...rest }: ArticleJsonLdProps) {
  return (
    <script
      data-slot="article-json-ld"
      {...rest}
      // After `rest`, so an untyped caller cannot replace the type or the escaped content.
      type="application/ld+json"
      // biome-ignore lint/security/noDangerouslySetInnerHtml: serializeJsonLd escapes <, >, & and U+2028/9, so the text cannot leave the script
      dangerouslySetInnerHTML={{ __html: serializeJsonLd(toJsonLd(article, { url })) }}
    />
  );
}
