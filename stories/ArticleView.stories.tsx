import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { ArticleView, normalizeArticle } from '../src';
import { hostileArticle, longValuesArticle, messyArticle, seed, seedArticle, seedWith, similarPosts } from './data';

const meta = {
  title: 'Components/ArticleView',
  component: ArticleView,
  args: { article: seedArticle },
} satisfies Meta<typeof ArticleView>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The seed article end to end: body, the meta box, and the similar posts section (empty). */
export const Seed: Story = {
  tags: ['forced-colors'],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 1 })).toHaveTextContent(seed.title);
    await expect(canvas.getByRole('region', { name: 'Post meta' })).toBeVisible();
    await expect(canvas.getAllByRole('meter')).toHaveLength(4);
  },
};

/** The compact meta box beside the body, with three similar posts as cards. */
export const Compact: Story = {
  tags: ['forced-colors'],
  args: { variant: 'compact', article: seedWith({}, { similar_posts: similarPosts(3) }) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'At a glance' })).toBeVisible();
    await expect(canvas.getByText(seed.meta.summary)).not.toBeVisible();
    await expect(canvas.getAllByRole('heading', { level: 3 }).length).toBeGreaterThanOrEqual(3);
  },
};

/** The same article from a messy CMS export, after normalization: camelCase keys, JSON-string arrays, "220,832". */
export const MessyExport: Story = { args: { article: messyArticle } };

/** Markup and script in every field are shown as text; unsafe URLs are not linked. */
export const HostileInput: Story = {
  args: { article: hostileArticle },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('script:not([type="application/ld+json"]), iframe, img')).toBeNull();
  },
};

/** No meta at all: the box keeps its title. */
export const EmptyMeta: Story = { args: { article: normalizeArticle({ ...seed, meta: {} }).article } };

/** Only a title: no body, no meta, no similar posts. */
export const MissingSections: Story = { args: { article: normalizeArticle({ title: seed.title }).article } };

/**
 * A 2,000-character summary, a 64-character hash, 200 tags and 300 notes (collapsed). Its picture is
 * the meta box's own "Long Values" story; here the play checks the same values inside the whole view.
 */
export const LongValues: Story = {
  tags: ['no-screenshot'],
  args: { article: longValuesArticle },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const box = within(canvas.getByRole('region', { name: 'Post meta' }));
    await expect(box.getByText(/^Show 180 more$/)).toBeVisible();
    await expect(box.getByText(/^Show 280 more$/)).toBeVisible();
    await expect(box.getByText('tag-200')).not.toBeVisible();
    await expect(box.getByText('f3a9c1d27be84e06a5c4d9e1f0b7a2c3d4e5f60718293a4b5c6d7e8f90a1b2c3').tagName).toBe(
      'CODE',
    );
  },
};

/** One similar post. */
export const OneSimilarPost: Story = { args: { article: seedWith({}, { similar_posts: similarPosts(1) }) } };

/** Twelve similar posts; every third one has an unsafe URL and is shown without a link. */
export const TwelveSimilarPosts: Story = { args: { article: seedWith({}, { similar_posts: similarPosts(12) }) } };

/** In a 280 px container everything stacks and long values wrap. */
export const Narrow: Story = { parameters: { containerWidth: 280 } };

/** In a wide container the meta box sits beside the body. */
export const Wide: Story = { parameters: { containerWidth: 1150 } };

/** Several states side by side at sidebar widths, for visual review: empty meta, only a title, one similar post. */
export const AllStates: Story = {
  render: () => (
    <div style={{ display: 'grid', gridTemplateColumns: 'repeat(3, minmax(0, 1fr))', gap: 24, alignItems: 'start' }}>
      <ArticleView
        article={normalizeArticle({ ...seed, body: seed.body.slice(0, 2), meta: {} }).article}
        messages={{ postMeta: 'Post meta (empty)', similarPosts: 'Similar posts (none)' }}
        jsonLd={false}
      />
      <ArticleView
        article={normalizeArticle({ title: 'only a title' }).article}
        messages={{ postMeta: 'Post meta (no fields)', similarPosts: 'Similar posts (no list)' }}
        jsonLd={false}
      />
      <ArticleView
        article={
          normalizeArticle({ title: 'one similar post', meta: { topic: 'build time' }, similar_posts: similarPosts(1) })
            .article
        }
        messages={{ postMeta: 'Post meta (one field)', similarPosts: 'Similar posts (one)' }}
        jsonLd={false}
      />
    </div>
  ),
};
