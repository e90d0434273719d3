import type { Meta, StoryObj } from '@storybook/react-vite';
import { SimilarPosts } from '../src';

const meta = {
  title: 'Components/SimilarPosts',
  component: SimilarPosts,
  args: { posts: [] },
} satisfies Meta<typeof SimilarPosts>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The seed has none: the section stays, with an empty-state sentence. */
export const Empty: Story = {};

/** Posts with details; a post without a safe URL is shown as text. */
export const WithPosts: Story = {
  args: {
    posts: [
      { title: 'caching python builds in ci', href: '/posts/caching', topic: 'ci', readingTime: '9 min', score: '88' },
      {
        title: 'profiling slow pytest suites',
        href: 'https://example.com/pytest',
        summary: 'find the slow tests first.',
      },
      { title: 'a post with no link' },
    ],
  },
};
