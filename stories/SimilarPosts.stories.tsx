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
  tags: ['dark'],
  args: {
    posts: postsOf([
      { title: 'linked with details', url: '/a', summary: 'a summary.', topic: 'ci', reading_time: 9, score: 88 },
      { title: 'unsafe link shown as text', url: 'javascript:alert(1)' },
      { url: '/posts/no-title' },
      { title: 'plain title only' },
    ]),
  },
  play: async ({ canvasElement }) => {
    const section = within(within(canvasElement).getByRole('region', { name: 'Similar posts' }));
    await expect(section.getByRole('heading', { level: 2 })).toHaveTextContent(/^Similar posts$/);
    // Each card's title and its link (null when it is shown as text); a post without a title is named by its URL.
    await expect(
      section
        .getAllByRole('heading', { level: 3 })
        .map((heading) => [heading.textContent, heading.querySelector('a')?.getAttribute('href') ?? null]),
    ).toEqual([
      ['linked with details', '/a'],
      ['unsafe link shown as text', null],
      ['/posts/no-title', '/posts/no-title'],
      ['plain title only', null],
    ]);
    await expect(section.getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual([
      '/a',
      '/posts/no-title',
    ]);
    await expect(canvasElement.querySelector('[href^="javascript"]')).toBeNull();
    // Only the first card has a summary and details: topic, reading time, score.
    const cards = section.getAllByRole('listitem');
    await expect(cards).toHaveLength(4);
    await expect(within(cards[0]).getByText('a summary.')).toBeVisible();
    await expect(
      cards.map((card) =>
        [...card.querySelectorAll('.amb-SimilarPosts-details > span')].map((span) => span.textContent),
      ),
    ).toEqual([['ci', '9 min', 'Score 88'], [], [], []]);
    await expect(cards.slice(1).map((card) => card.textContent)).toEqual([
      'unsafe link shown as text',
      '/posts/no-title',
      'plain title only',
    ]);
  },
};
