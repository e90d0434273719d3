import { clsx } from 'clsx';
import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import { type Messages, resolveMessages } from '../../model/messages.js';
import type { SimilarPost } from '../../model/types.js';
import { omittedNote } from '../shared/OmittedNote.js';

export interface SimilarPostsProps extends ComponentPropsWithoutRef<'section'> {
  /** Normalized posts (`Article.similarPosts`). */
  posts: readonly SimilarPost[];
  /** Visible heading, also the section's accessible name. @default messages.similarPosts ("Similar posts") */
  title?: string;
  /** Heading level of the title. @default 2 */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** Built-in words: `similarPosts`, `noSimilarPosts`, `score`, `notShown`. @default defaultMessages */
  messages?: Partial<Messages>;
  /** Posts the normalizer left out at its `maxItems` limit (`Article.similarPostsOmitted`), noted after the list. */
  omitted?: number;
}

/**
 * Related articles as cards: the title (a link when its URL is safe), the summary, and the topic,
 * reading time and score; a designed note when there are none.
 */
export const SimilarPosts = /* @__PURE__ */ forwardRef<HTMLElement, SimilarPostsProps>(function SimilarPosts(
  { posts, title, headingLevel = 2, messages, omitted, className, ...rest },
  ref,
) {
  const Heading = `h${headingLevel}` as const;
  // Each post's title is a heading one level below, so a screen reader can jump from post to post.
  const PostHeading = `h${Math.min(headingLevel + 1, 6) as 3 | 4 | 5 | 6}` as const;
  const words = resolveMessages(messages);
  const name = title ?? words.similarPosts;
  return (
    <section
      ref={ref}
      className={clsx('amb-SimilarPosts', className)}
      data-slot="similar-posts"
      aria-label={name}
      {...rest}
    >
      <Heading className="amb-SimilarPosts-title">{name}</Heading>
      {posts.length === 0 ? (
        <p className="amb-SimilarPosts-empty">{words.noSimilarPosts}</p>
      ) : (
        <ul className="amb-SimilarPosts-list">
          {posts.map((post, index) => (
            <li className="amb-SimilarPosts-card" key={index}>
              <PostHeading className="amb-SimilarPosts-heading">
                {post.href ? (
                  <a className="amb-SimilarPosts-link" href={post.href}>
                    {post.title}
                  </a>
                ) : (
                  <span className="amb-SimilarPosts-link">{post.title}</span>
                )}
              </PostHeading>
              {post.summary ? <p className="amb-SimilarPosts-summary">{post.summary}</p> : null}
              {post.topic || post.readingTime || post.score ? (
                <p className="amb-SimilarPosts-details">
                  {post.topic ? <span>{post.topic}</span> : null}
                  {post.readingTime ? <span>{post.readingTime}</span> : null}
                  {post.score ? <span>{`${words.score} ${post.score}`}</span> : null}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {omittedNote(omitted, words.notShown, 'similar-posts-omitted')}
    </section>
  );
});
