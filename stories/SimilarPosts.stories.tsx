import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { normalizeArticle, SimilarPosts } from '../src';
import { similarPosts } from './data';

const postsOf = (raw: unknown[]) => normalizeArticle({ title: 't', similar_posts: raw }).article.similarPosts;

const meta = {
  title: 'Components/SimilarPosts',
  component: SimilarPosts,
  args: { posts: [] },
  parameters: { containerWidth: 360 },
} satisfies Meta<typeof SimilarPosts>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The seed has none: the section stays, with an empty-state sentence. */
export const Empty: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('region', { name: 'Similar posts' })).toHaveTextContent('No similar posts yet.');
    await expect(canvas.queryByRole('list')).toBeNull();
  },
};

/** One post. */
export const One: Story = {
  args: { posts: postsOf(similarPosts(1)) },
  play: async ({ canvasElement }) => {
    const heading = within(canvasElement).getByRole('heading', { level: 3 });
    await expect(within(heading).getByRole('link')).toHaveAttribute('href', expect.stringMatching(/^\/posts\//));
  },
};

/** Twelve posts; every third has an unsafe URL and is shown as text. */
export const Twelve: Story = {
  args: { posts: postsOf(similarPosts(12)) },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByRole('link')).toHaveLength(8);
  },
};

/** Every state at once: linked, unlinked, untitled, with and without details. */
export const AllStates: Story = {
  args: {
    posts: postsOf([
      { title: 'linked with details', url: '/a', summary: 'a summary.', topic: 'ci', reading_time: 9, score: 88 },
      { title: 'unsafe link shown as text', url: 'javascript:alert(1)' },
      { url: '/posts/no-title' },
      { title: 'plain title only' },
    ]),
  },
};
