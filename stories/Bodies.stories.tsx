import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { ArticleView, normalizeArticle } from '../src';
import { contentfulRichText, html, markdown, notionBlocks, portableText } from '../src/parsers';
import astro from '../test/fixtures/platforms/astro-post.md?raw';
import contentful from '../test/fixtures/platforms/contentful-entry.json';
import notion from '../test/fixtures/platforms/notion-blocks.json';
import sanity from '../test/fixtures/platforms/sanity-portable-text.json';
import wordpress from '../test/fixtures/platforms/wordpress-post.json';

const parsers = [html, markdown, portableText, contentfulRichText, notionBlocks];
const read = (raw: unknown) => normalizeArticle(raw, { parsers }).article;

const meta = {
  title: 'Examples/Bodies',
  component: ArticleView,
  args: { article: read({ title: wordpress.title.rendered, body: wordpress.content.rendered }), jsonLd: false },
  parameters: { containerWidth: 1100 },
} satisfies Meta<typeof ArticleView>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Checks that nothing of the source's syntax shows as text: no tag, heading mark, fence or JSON key. */
async function noSyntaxAsText(canvasElement: HTMLElement) {
  const body = canvasElement.querySelector('.amb-PostBody') as HTMLElement;
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest('code')) continue;
    await expect(node.nodeValue).not.toMatch(/<\/?[a-z][a-z0-9]*[\s>/]|^#{1,6} |^```|"_type"|"nodeType"|\{"/im);
  }
}

/**
 * A WordPress post's `content.rendered`, read by the HTML parser: headings, a list, code, an image with
 * its caption, a table and a quote; the ad script is dropped (and named in an issue), the title's
 * `&#8217;` reads as an apostrophe.
 */
export const WordPressHtml: Story = {
  tags: ['dark'],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 1 })).toHaveTextContent('Why React’s useEffect Runs Twice');
    await expect(canvas.getByRole('table')).toBeVisible();
    await expect(canvasElement.querySelector('script, iframe')).toBeNull();
    await noSyntaxAsText(canvasElement);
  },
};

/** An Astro blog post, Markdown with YAML front matter: the front matter is the title and the meta. */
export const MarkdownWithFrontMatter: Story = {
  args: { article: read(astro) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 1 })).not.toHaveTextContent('Untitled');
    await expect(canvas.getByRole('region', { name: 'Post meta' })).toHaveTextContent('Pub date');
    await expect(canvas.getByRole('table')).toBeVisible();
    await noSyntaxAsText(canvasElement);
  },
};

/** A Sanity document's Portable Text body: styles, nested lists, marks, a link annotation, a code block. */
export const PortableText: Story = {
  args: { article: read({ title: sanity.title, body: sanity.body }) },
  play: async ({ canvasElement }) => {
    const body = within(canvasElement.querySelector('.amb-PostBody') as HTMLElement);
    await expect(body.getAllByRole('link').length).toBeGreaterThan(0);
    await expect(body.getAllByRole('list').length).toBeGreaterThan(0);
    await noSyntaxAsText(canvasElement);
  },
};

/** A Contentful entry's rich-text field: headings, lists, a quote, a rule, hyperlinks and marks. */
export const ContentfulRichText: Story = {
  args: { article: read({ title: contentful.fields.title, body: contentful.fields.body }) },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('.amb-PostBody blockquote')).not.toBeNull();
    await expect(canvasElement.querySelector('.amb-PostBody hr')).not.toBeNull();
    await noSyntaxAsText(canvasElement);
  },
};

/** The block children of a Notion page: headings, to-dos with their state as text, code, a callout, a divider. */
export const NotionBlocks: Story = {
  args: { article: read({ title: 'Notion page', body: notion }) },
  play: async ({ canvasElement }) => {
    const done = canvasElement.querySelectorAll('.amb-PostBody li[data-state]');
    await expect(done.length).toBeGreaterThan(0);
    await expect(done[0].textContent).toMatch(/^(Done|To do): /);
    await noSyntaxAsText(canvasElement);
  },
};

/**
 * Hostile HTML: scripts, event handlers, `javascript:` and `data:` URLs, an iframe, a form. Only the
 * model's kinds reach the page: the text stays, the markup goes, nothing runs.
 */
export const HostileHtml: Story = {
  args: {
    article: read({
      title: '<img src=x onerror=alert(1)>Hostile',
      body: `<h2 onclick="alert(1)">Title</h2><p>Text <a href="javascript:alert(1)">a link</a>
<a href="&#106;avascript:alert(2)">another</a> and <a href="https://example.com/ok">a safe one</a>.</p>
<script>alert(3)</script><style>body{display:none}</style><iframe src="https://evil.example"></iframe>
<form action="https://evil.example"><input name="q"><button>Send</button></form>
<img src="data:image/svg+xml,<svg onload=alert(4)>" alt="an image"><img src="https://example.com/ok.png">
<p style="position:fixed;inset:0">styled text</p>`,
    }),
  },
  play: async ({ canvasElement }) => {
    const body = canvasElement.querySelector('.amb-PostBody') as HTMLElement;
    await expect(body.querySelector('script, style, iframe, form, input, button, [onclick], [style]')).toBeNull();
    const links = within(body).getAllByRole('link');
    await expect(links.map((link) => link.getAttribute('href'))).toEqual(['https://example.com/ok']);
    await expect(within(body).getByText('styled text')).toBeVisible();
    await expect(canvasElement.querySelector('h1')).toHaveTextContent('Hostile');
  },
};
