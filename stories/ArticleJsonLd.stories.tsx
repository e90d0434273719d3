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

/** The one JSON-LD script the component rendered (not the copy shown beside it). */
function scriptOf(canvasElement: HTMLElement): HTMLScriptElement {
  const scripts = canvasElement.querySelectorAll<HTMLScriptElement>('script[data-slot="article-json-ld"]');
  if (scripts.length !== 1) throw new Error(`expected one JSON-LD script, found ${scripts.length}`);
  return scripts[0];
}

/** The seed article as a schema.org TechArticle. */
export const Seed: Story = {
  play: async ({ canvasElement }) => {
    const script = scriptOf(canvasElement);
    await expect(script).toHaveAttribute('type', 'application/ld+json');
    await expect(JSON.parse(script.textContent ?? '')).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'TechArticle',
      headline: seedArticle.title,
      url: 'https://example.com/posts/reducing-build-time',
      timeRequired: 'PT12M',
    });
    await expect(within(canvasElement).getByText('JSON-LD in the script')).toBeVisible();
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
    const script = scriptOf(canvasElement);
    // The text cannot close the script: it is escaped, and still parses back to the original title.
    await expect(script.textContent).toContain('\\u003c/script\\u003e');
    await expect(script.textContent).not.toContain('</script');
    await expect(JSON.parse(script.textContent ?? '').headline).toBe('</script><script>alert(1)</script>');
    await expect(canvasElement.querySelectorAll('script')).toHaveLength(1);
  },
};
