import { clsx } from 'clsx';
import type { ComponentProps } from 'react';
import type { SimilarPost } from '../../normalize/types.js';

export interface SimilarPostsProps extends ComponentProps<'section'> {
  /** Normalized posts (`Article.similarPosts`). */
  posts: readonly SimilarPost[];
  /** Visible heading, also the section's accessible name. @default "Similar posts" */
  title?: string;
  /** Heading level of the title. @default 2 */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** Sentence shown when there are no posts; the section stays. @default "No similar posts yet." */
  emptyText?: string;
  /** Word before a post's score. @default "Score" */
  scoreLabel?: string;
}

/** Related articles: links for posts with a safe URL, plain titles otherwise. */
export function SimilarPosts({
  posts,
  title = 'Similar posts',
  headingLevel = 2,
  emptyText = 'No similar posts yet.',
  scoreLabel = 'Score',
  className,
  ...rest
}: SimilarPostsProps) {
  const Heading = `h${headingLevel}` as const;
  return (
    <section className={clsx('amb-SimilarPosts', className)} data-slot="similar-posts" aria-label={title} {...rest}>
      <Heading className="amb-SimilarPosts-title">{title}</Heading>
      {posts.length === 0 ? (
        <p className="amb-SimilarPosts-empty">{emptyText}</p>
      ) : (
        <ul className="amb-SimilarPosts-list">
          {posts.map((post, index) => (
            <li key={index}>
              {post.href ? (
                <a className="amb-SimilarPosts-link" href={post.href}>
                  {post.title}
                </a>
              ) : (
                <span className="amb-SimilarPosts-link">{post.title}</span>
              )}
              {post.summary ? <p className="amb-SimilarPosts-summary">{post.summary}</p> : null}
              {post.topic || post.readingTime || post.score ? (
                <p className="amb-SimilarPosts-details">
                  {post.topic ? <span>{post.topic}</span> : null}
                  {post.readingTime ? <span>{post.readingTime}</span> : null}
                  {post.score ? <span>{`${scoreLabel} ${post.score}`}</span> : null}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
