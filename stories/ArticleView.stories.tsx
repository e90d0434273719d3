import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { ArticleView, normalizeArticle } from '../src';
import { seed, seedArticle } from './data';

const meta = {
  title: 'Components/ArticleView',
  component: ArticleView,
  args: { article: seedArticle },
} satisfies Meta<typeof ArticleView>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The seed article, end to end: body, meta box and the (empty) similar posts. */
export const Seed: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 1 })).toHaveTextContent(seed.title);
    await expect(canvas.getByRole('region', { name: 'Post meta' })).toBeVisible();
    await expect(canvas.getAllByRole('meter')).toHaveLength(4);
  },
};

/** With three similar posts, one of them without a safe URL (shown, not linked). */
export const WithSimilarPosts: Story = {
  args: {
    article: normalizeArticle({
      ...seed,
      similar_posts: [
        { title: 'caching python builds in ci', url: '/posts/caching-python-builds', reading_time: 9, topic: 'ci' },
        {
          title: 'profiling slow pytest suites',
          href: 'https://example.com/pytest',
          summary: 'find the slow tests first.',
        },
        { title: 'a post with an unsafe link', url: 'javascript:alert(1)' },
      ],
    }).article,
  },
};
