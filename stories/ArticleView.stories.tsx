import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { ArticleView, normalizeArticle } from '../src';
import messy from '../test/fixtures/messy-export.json';
import { hostileArticle, longValuesArticle, messyArticle, seed, seedArticle, seedWith, similarPosts } from './data';

const meta = {
  title: 'Components/ArticleView',
  component: ArticleView,
  args: { article: seedArticle },
} satisfies Meta<typeof ArticleView>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The similar posts as a reader sees them: each card's title, and its link's href (`null` when it is not a link). */
const similarCards = (canvasElement: HTMLElement) =>
  within(within(canvasElement).getByRole('region', { name: 'Similar posts' }))
    .getAllByRole('heading', { level: 3 })
    .map((heading) => [heading.textContent, heading.querySelector('a')?.getAttribute('href') ?? null]);

/** The text of each detail under each similar post's title. */
const similarDetails = (canvasElement: HTMLElement) =>
  [...canvasElement.querySelectorAll('.amb-SimilarPosts-card')].map((card) =>
    [...card.querySelectorAll('.amb-SimilarPosts-details > span')].map((span) => span.textContent),
  );

/** The body and the meta box's boxes on the page. */
const boxes = (canvasElement: HTMLElement) => {
  const body = canvasElement.querySelector('[data-slot="post-body"]') as HTMLElement;
  const box = within(canvasElement).getByRole('region', { name: 'Post meta' });
  const similar = within(canvasElement).getByRole('region', { name: 'Similar posts' });
  return {
    body: body.getBoundingClientRect(),
    box: box.getBoundingClientRect(),
    similar: similar.getBoundingClientRect(),
  };
};

/** The seed article end to end: body, the meta box, and the similar posts section (empty). */
export const Seed: Story = {
  tags: ['forced-colors', 'dark'],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 1 })).toHaveTextContent(seed.title);
    await expect(canvas.getByRole('region', { name: 'Post meta' })).toBeVisible();
    await expect(canvas.getAllByRole('meter')).toHaveLength(4);
  },
};

/** The compact meta box beside the body, with three similar posts as cards. */
export const Compact: Story = {
  tags: ['forced-colors', 'dark'],
  args: { variant: 'compact', article: seedWith({}, { similar_posts: similarPosts(3) }) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'At a glance' })).toBeVisible();
    await expect(canvas.getByText(seed.meta.summary)).not.toBeVisible();
    await expect(canvas.getAllByRole('heading', { level: 3 }).length).toBeGreaterThanOrEqual(3);
  },
};

/** The same article from a messy CMS export, after normalization: camelCase keys, JSON-string arrays, "220,832". */
export const MessyExport: Story = {
  args: { article: messyArticle },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // "Title" with a capital is the title; the body string is split into paragraphs at blank lines.
    await expect(canvas.getByRole('heading', { level: 1 })).toHaveTextContent(messy.Title);
    await expect(
      [...canvasElement.querySelectorAll('[data-slot="post-body"] > p')].map((paragraph) => paragraph.textContent),
    ).toEqual([
      'when a project grows, reducing build time stops being a small cleanup task.',
      'this alphanode note walks through a practical approach to python services.',
    ]);
    const box = within(canvas.getByRole('region', { name: 'Post meta' }));
    await expect(box.getByText('220,832')).toBeVisible();
    await expect(box.getAllByRole('meter')).toHaveLength(4);
    await expect(box.getByRole('link')).toHaveAttribute('href', 'https://example.com/posts/reducing-build-time');
    // `similarPosts` with `href`, `readingTime` and a string score; an untitled post is named by its URL.
    await expect(similarCards(canvasElement)).toEqual([
      ['caching python builds in ci', '/posts/caching'],
      ['https://example.com/untitled-post', 'https://example.com/untitled-post'],
    ]);
    await expect(similarDetails(canvasElement)).toEqual([['9 min', 'Score 88'], []]);
  },
};

/** Markup and script in every field are shown as text; unsafe URLs are not linked. */
export const HostileInput: Story = {
  args: { article: hostileArticle },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('script:not([type="application/ld+json"]), iframe, img')).toBeNull();
  },
};

/** No meta at all: the box keeps its title. */
export const EmptyMeta: Story = {
  args: { article: normalizeArticle({ ...seed, meta: {} }).article },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 1 })).toHaveTextContent(seed.title);
    const box = canvas.getByRole('region', { name: 'Post meta' });
    await expect(within(box).getByRole('heading', { level: 2 })).toHaveTextContent(/^Post meta$/);
    await expect(box).toHaveTextContent(/^Post meta\s*No meta data\.$/);
    await expect(box.querySelector('dl')).toBeNull();
    await expect(canvas.queryAllByRole('meter')).toHaveLength(0);
    await expect(canvas.getByRole('region', { name: 'Similar posts' })).toHaveTextContent('No similar posts yet.');
    // The body is all there: its four headings and its list of five checks.
    const body = within(canvasElement.querySelector('[data-slot="post-body"]') as HTMLElement);
    await expect(body.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual([
      'production checks',
      'security and maintenance notes',
      'implementation checklist',
      'final notes',
    ]);
    await expect(body.getAllByRole('listitem')).toHaveLength(5);
  },
};

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
export const OneSimilarPost: Story = {
  args: { article: seedWith({}, { similar_posts: similarPosts(1) }) },
  play: async ({ canvasElement }) => {
    const section = within(within(canvasElement).getByRole('region', { name: 'Similar posts' }));
    await expect(section.getAllByRole('listitem')).toHaveLength(1);
    await expect(section.getByRole('link')).toHaveAccessibleName('caching python services, part 1');
    await expect(section.getByRole('link')).toHaveAttribute('href', '/posts/similar-1');
    await expect(section.getByText('a shorter build through measured, reversible changes.')).toBeVisible();
    await expect(similarDetails(canvasElement)).toEqual([['4 min', 'Score 60']]);
    await expect(section.queryByText('No similar posts yet.')).toBeNull();
  },
};

/** Twelve similar posts; every third one has an unsafe URL and is shown without a link. */
export const TwelveSimilarPosts: Story = {
  args: { article: seedWith({}, { similar_posts: similarPosts(12) }) },
  play: async ({ canvasElement }) => {
    // Parts 3, 6, 9 and 12 have a javascript: URL: their titles are plain text in their headings.
    await expect(similarCards(canvasElement)).toEqual([
      ['caching python services, part 1', '/posts/similar-1'],
      ['profiling python services, part 2', '/posts/similar-2'],
      ['packaging python services, part 3', null],
      ['testing python services, part 4', '/posts/similar-4'],
      ['caching python services, part 5', '/posts/similar-5'],
      ['profiling python services, part 6', null],
      ['packaging python services, part 7', '/posts/similar-7'],
      ['testing python services, part 8', '/posts/similar-8'],
      ['caching python services, part 9', null],
      ['profiling python services, part 10', '/posts/similar-10'],
      ['packaging python services, part 11', '/posts/similar-11'],
      ['testing python services, part 12', null],
    ]);
    // The only links of the section are those eight, by name and href.
    const section = within(within(canvasElement).getByRole('region', { name: 'Similar posts' }));
    await expect(section.getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['caching python services, part 1', '/posts/similar-1'],
      ['profiling python services, part 2', '/posts/similar-2'],
      ['testing python services, part 4', '/posts/similar-4'],
      ['caching python services, part 5', '/posts/similar-5'],
      ['packaging python services, part 7', '/posts/similar-7'],
      ['testing python services, part 8', '/posts/similar-8'],
      ['profiling python services, part 10', '/posts/similar-10'],
      ['packaging python services, part 11', '/posts/similar-11'],
    ]);
    await expect(section.queryByRole('link', { name: /part (3|6|9|12)$/ })).toBeNull();
    await expect(canvasElement.querySelector('[href^="javascript"]')).toBeNull();
    await expect(similarDetails(canvasElement)[11]).toEqual(['build time', '6 min', 'Score 97']);
  },
};

/** In a 280 px container everything stacks and long values wrap. */
export const Narrow: Story = {
  parameters: { containerWidth: 280 },
  play: async ({ canvasElement }) => {
    // One column: the meta box below the body, the similar posts below the box, all on the same left edge.
    const { body, box, similar } = boxes(canvasElement);
    await expect(box.top).toBeGreaterThanOrEqual(body.bottom);
    await expect(similar.top).toBeGreaterThanOrEqual(box.bottom);
    await expect(Math.round(box.left)).toBe(Math.round(body.left));
    await expect(Math.round(box.width)).toBe(Math.round(body.width));
    const article = canvasElement.querySelector('[data-slot="article-view"]') as HTMLElement;
    await expect(article.scrollWidth).toBeLessThanOrEqual(article.clientWidth);
  },
};

/** In a wide container the meta box sits beside the body. */
export const Wide: Story = {
  parameters: { containerWidth: 1150 },
  play: async ({ canvasElement }) => {
    // Two columns: the meta box to the right of the body and level with it, the similar posts under the box.
    const { body, box, similar } = boxes(canvasElement);
    await expect(box.left).toBeGreaterThan(body.right);
    await expect(box.top).toBeLessThan(body.bottom);
    await expect(Math.round(box.top)).toBe(Math.round(body.top));
    await expect(box.width).toBeLessThan(body.width);
    await expect(similar.top).toBeGreaterThanOrEqual(box.bottom);
    await expect(Math.round(similar.left)).toBe(Math.round(box.left));
  },
};

/** Several states side by side at sidebar widths, for visual review: empty meta, only a title, one similar post. */
export const AllStates: Story = {
  tags: ['dark'],
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
