import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { ArticleJsonLd, normalizeArticle, serializeJsonLd, toJsonLd } from '../src';
import { seedArticle } from './data';

const meta = {
  title: 'Components/ArticleJsonLd',
  component: ArticleJsonLd,
  args: { article: seedArticle, url: 'https://example.com/posts/reducing-build-time' },
  // The script renders nothing visible: show, beside it, the exact JSON it holds.
  render: (args) => (
    <figure>
      <ArticleJsonLd {...args} />
      <figcaption>JSON-LD in the script</figcaption>
      <pre style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {serializeJsonLd(toJsonLd(args.article, { url: args.url }))}
      </pre>
    </figure>
  ),
} satisfies Meta<typeof ArticleJsonLd>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The seed article as a schema.org TechArticle. */
export const Seed: Story = {
  play: async ({ canvasElement }) => {
    const figure = within(canvasElement).getByText('JSON-LD in the script').closest('figure') as HTMLElement;
    await expect(figure.querySelector('pre')).toHaveTextContent('"@type":"TechArticle"');
  },
};

/** Markup in the title and summary is escaped (`\u003c`), so it cannot close the script. */
export const HostileText: Story = {
  args: {
    article: normalizeArticle({
      title: '</script><script>alert(1)</script>',
      meta: { summary: 'before <!-- inside & after' },
    }).article,
  },
  play: async ({ canvasElement }) => {
    const figure = within(canvasElement).getByText('JSON-LD in the script').closest('figure') as HTMLElement;
    await expect(figure.querySelector('pre')).toHaveTextContent('TechArticle');
    await expect(figure.querySelector('pre')).toHaveTextContent('\\u003c/script\\u003e');
    await expect(canvasElement.querySelectorAll('script[type="application/ld+json"]')).toHaveLength(1);
  },
};
