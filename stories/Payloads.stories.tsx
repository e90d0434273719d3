import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { ArticleView, normalizeArticle } from '../src';
import { html, markdown } from '../src/parsers';
import devto from '../test/fixtures/platforms/devto-article.json';
import ghost from '../test/fixtures/platforms/ghost-post.json';
import wordpress from '../test/fixtures/platforms/wordpress-post.json';

/** A payload exactly as the platform's API returns it, with the HTML and Markdown parsers. */
const asItComes = (raw: unknown) => normalizeArticle(raw, { parsers: [html, markdown] }).article;

const meta = {
  title: 'Examples/Payloads as they come',
  component: ArticleView,
  args: { article: asItComes(wordpress), jsonLd: false },
  parameters: { containerWidth: 1100 },
} satisfies Meta<typeof ArticleView>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * A WordPress REST post (`wp/v2/posts`) with Yoast: the title from `title.rendered`, the body from
 * `content.rendered`; `yoast_head`, `yoast_head_json` and `_links` wait under "More fields", closed.
 */
export const WordPress: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 1 })).toHaveTextContent('Why React’s useEffect Runs Twice');
    const box = within(canvas.getByRole('region', { name: 'Post meta' }));
    const more = box.getByText('Show 3 more');
    await expect(more.closest('details')).not.toHaveAttribute('open');
    await userEvent.click(more);
    await expect(box.getByText('Yoast head JSON')).toBeVisible();
  },
};

/** A Ghost Content API response (`{ posts: [post] }`): authors as people with avatars, tags as linked chips. */
export const Ghost: Story = {
  args: { article: asItComes(ghost) },
  play: async ({ canvasElement }) => {
    const box = within(within(canvasElement).getByRole('region', { name: 'Post meta' }));
    await expect(box.getAllByRole('link').length).toBeGreaterThan(0);
    // The avatars and the feature image have no alt text of their own: decorative, alt="".
    await expect(canvasElement.querySelectorAll('.amb-ArticleMetaBox img').length).toBeGreaterThan(1);
  },
};

/** A dev.to (Forem) article: `body_html` is the body, `user` a person, `cover_image` a thumbnail, "1 min". */
export const DevTo: Story = {
  args: { article: asItComes(devto) },
  play: async ({ canvasElement }) => {
    const box = within(within(canvasElement).getByRole('region', { name: 'Post meta' }));
    await expect(box.getByText(/^\d+ min$/)).toBeVisible();
  },
};
