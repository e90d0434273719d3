import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { ArticleMetaBox, normalizeArticle, SimilarPosts } from '../src';
import { seedArticle, similarPosts } from './data';

/**
 * The meta box as a designer reviews it: the compact and the full layout of the seed side by side,
 * in a 288 px sidebar (a 320 px column) and at 600 px, in light, dark and right to left.
 */
const meta = {
  title: 'Examples/Design review',
  tags: ['!autodocs'],
  parameters: { containerWidth: 1100 },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

function SideBySide({ width }: { width: number }) {
  return (
    <div style={{ display: 'flex', gap: 24, alignItems: 'start' }}>
      <div style={{ width }} data-layout="compact">
        <ArticleMetaBox meta={seedArticle.meta} variant="compact" title="Post meta (compact)" />
      </div>
      <div style={{ width }} data-layout="full">
        <ArticleMetaBox meta={seedArticle.meta} title="Post meta (full)" />
      </div>
    </div>
  );
}

const box = (canvasElement: HTMLElement, layout: string) =>
  canvasElement.querySelector(`[data-layout="${layout}"] section`) as HTMLElement;

/** The columns of the at-a-glance grid: how many different left edges its facts have. */
const glanceColumns = (section: HTMLElement) =>
  new Set(
    [...section.querySelectorAll('.amb-Glance-item')].map((item) => Math.round(item.getBoundingClientRect().left)),
  ).size;

/**
 * At 288 px (a 320 px sidebar). The layout measured in Chromium: compact at most 900 px tall with every
 * at-a-glance fact in its first 320 px, full at most 2,000 px, the stat grid in two columns.
 */
export const Sidebar288: Story = {
  render: () => <SideBySide width={288} />,
  play: async ({ canvasElement }) => {
    const compact = box(canvasElement, 'compact');
    const full = box(canvasElement, 'full');
    const top = compact.getBoundingClientRect().top;
    await expect(compact.getBoundingClientRect().width).toBe(288);
    await expect(compact.getBoundingClientRect().height).toBeLessThanOrEqual(900);
    await expect(full.getBoundingClientRect().height).toBeLessThanOrEqual(2000);
    const facts = [...compact.querySelectorAll('.amb-Glance-item')];
    await expect(facts.map((fact) => fact.querySelector('dt')?.textContent)).toEqual([
      'Reading time',
      'Difficulty',
      'Code language',
      'View count',
      'Last reviewed',
    ]);
    for (const fact of facts) await expect(fact.getBoundingClientRect().bottom - top).toBeLessThanOrEqual(320);
    await expect(glanceColumns(compact)).toBeGreaterThanOrEqual(2);
  },
};

/** At 600 px: the stat grid uses more columns; the full layout puts labels and values in two columns. */
export const Column600: Story = {
  render: () => <SideBySide width={600} />,
  parameters: { containerWidth: 1300 },
  play: async ({ canvasElement }) => {
    await expect(glanceColumns(box(canvasElement, 'compact'))).toBeGreaterThanOrEqual(2);
  },
};

/** Right to left: icons, rules and the disclosure markers follow the writing direction. */
export const RightToLeft: Story = {
  render: () => <SideBySide width={288} />,
  parameters: { dir: 'rtl', lang: 'ar' },
};

/** Every group of the compact layout open: opened by a reader, by the name of its disclosure. */
export const CompactGroupsOpen: Story = {
  tags: ['dark'],
  render: () => (
    <div style={{ width: 288 }}>
      <ArticleMetaBox meta={seedArticle.meta} variant="compact" />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    for (const name of ['About', 'Details']) {
      const summary = canvas.getByRole('heading', { name }).closest('summary') as HTMLElement;
      const group = summary.parentElement as HTMLDetailsElement;
      await expect(group.open).toBe(false);
      await userEvent.click(summary);
      await expect(group.open).toBe(true);
    }
    await expect(canvas.getByText(/this ai-style technical summary/)).toBeVisible();
    await expect(canvas.getByText('7a8db0d9984667cb9a2c0673')).toBeVisible();
  },
};

/** The full layout in its groups (`grouped`), every group open. */
export const FullGrouped: Story = {
  tags: ['dark'],
  render: () => (
    <div style={{ width: 288 }}>
      <ArticleMetaBox meta={seedArticle.meta} grouped />
    </div>
  ),
};

/** Similar posts as cards, and their empty state. */
export const SimilarPostCards: Story = {
  tags: ['dark'],
  render: () => (
    <div style={{ display: 'grid', gap: 24, width: 600 }}>
      <SimilarPosts posts={normalizeArticle({ title: 'Cards', similar_posts: similarPosts(3) }).article.similarPosts} />
      <SimilarPosts posts={[]} title="Similar posts (none yet)" />
    </div>
  ),
};
