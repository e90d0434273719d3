import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { ArticleMetaBox, normalizeMeta } from '../src';
import { SEED_LABELS } from '../test/fixtures/seed-labels';
import { longValuesArticle, messyArticle, seed, seedArticle, seedWith, unknownNestedMeta } from './data';

const meta = {
  title: 'Components/ArticleMetaBox',
  component: ArticleMetaBox,
  args: { meta: seedArticle.meta, title: 'Post meta' },
  parameters: { containerWidth: 420 },
} satisfies Meta<typeof ArticleMetaBox>;

export default meta;
type Story = StoryObj<typeof meta>;

const rowLabels = (canvasElement: HTMLElement) =>
  [...canvasElement.querySelectorAll('[data-slot="article-meta-box"] > dl > div > dt')].map((dt) => dt.textContent);

/** Every field of the seed meta, in source order. */
export const Seed: Story = {
  play: async ({ canvasElement }) => {
    await expect(rowLabels(canvasElement)).toEqual(SEED_LABELS);
    await expect(within(canvasElement).getAllByRole('meter')).toHaveLength(4);
  },
};

/** The compact layout in a 288 px sidebar: facts at a glance, quality and stack open, the rest one click away. */
export const Compact: Story = {
  args: { variant: 'compact' },
  parameters: { containerWidth: 288 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual([
      'At a glance',
      'Quality',
      'Stack',
      'About',
      'Details',
    ]);
    await expect(canvas.getByText('12 min')).toBeVisible();
    await expect(canvas.getByText('7a8db0d9984667cb9a2c0673')).not.toBeVisible();
  },
};

/** The full layout with its group headings (`grouped`), every group open. */
export const Grouped: Story = { args: { grouped: true } };

/** The messy CMS export after normalization. */
export const MessyExport: Story = { args: { meta: messyArticle.meta } };

/** The title is a prop; it is also the region's accessible name. */
export const CustomTitle: Story = { args: { title: 'About this article' } };

/** No meta at all: the box keeps its title. */
export const EmptyMeta: Story = {
  args: { meta: { entries: [] } },
  play: async ({ canvasElement }) => {
    const box = within(canvasElement).getByRole('region', { name: 'Post meta' });
    await expect(box).toHaveTextContent('No meta data.');
    await expect(box.querySelector('dl')).toBeNull();
  },
};

/** Long values wrap; 200 tags and 300 notes are collapsed behind "Show N more". */
export const LongValues: Story = {
  args: { meta: longValuesArticle.meta },
  play: async ({ canvasElement }) => {
    // At the threshold of 20: the rest of the tags and notes are in the HTML, behind a closed disclosure.
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Show 180 more')).toBeVisible();
    await expect(canvas.getByText('Show 280 more')).toBeVisible();
    await expect(canvas.getByText('note 20: view count is synthetic and only used for testing')).toBeVisible();
    await expect(canvas.getByText('note 21: view count is synthetic and only used for testing')).not.toBeVisible();
  },
};

const flags = (on: boolean) =>
  seedWith({ flags: Object.fromEntries(Object.keys(seed.meta.flags).map((key) => [key, on ? 1 : 0])) }).meta;

/** All flags on: "Yes" with a check mark; the word carries the meaning, not the colour. */
const flagWords = (canvasElement: HTMLElement) =>
  [...canvasElement.querySelectorAll('[data-value]')].map(
    (flag) => `${flag.getAttribute('data-value')} ${flag.textContent}`,
  );

export const AllFlagsOn: Story = {
  tags: ['forced-colors'],
  args: { meta: flags(true) },
  play: async ({ canvasElement }) => {
    await expect(flagWords(canvasElement)).toEqual(['yes Yes', 'yes Yes', 'yes Yes', 'yes Yes']);
  },
};

/** All flags off. */
export const AllFlagsOff: Story = {
  args: { meta: flags(false) },
  play: async ({ canvasElement }) => {
    await expect(flagWords(canvasElement)).toEqual(['no No', 'no No', 'no No', 'no No']);
  },
};

/** Keys nobody planned for, at any depth, through the generic renderer. */
export const UnknownNestedFields: Story = {
  args: {
    meta: unknownNestedMeta,
  },
};

/** In a 280 px sidebar: rows stack, long values wrap. */
export const Narrow: Story = {
  parameters: { containerWidth: 280 },
  play: async ({ canvasElement }) => {
    // Nothing overflows the 280 px box: the hash and long words wrap.
    const box = within(canvasElement).getByRole('region', { name: 'Post meta' });
    await expect(box.scrollWidth).toBeLessThanOrEqual(box.clientWidth);
  },
};

/** At 720 px the table has two columns, label | value. */
export const Wide: Story = {
  parameters: { containerWidth: 720 },
  play: async ({ canvasElement }) => {
    // Two columns: each label starts the line its value is on.
    const row = canvasElement.querySelector('[data-slot="article-meta-box"] > dl > div') as HTMLElement;
    const [dt, dd] = [row.querySelector('dt'), row.querySelector('dd')] as HTMLElement[];
    await expect(Math.round(dt.getBoundingClientRect().top)).toBe(Math.round(dd.getBoundingClientRect().top));
    await expect(dd.getBoundingClientRect().left).toBeGreaterThan(dt.getBoundingClientRect().right);
  },
};

/** Several states side by side, for visual review. */
export const AllStates: Story = {
  parameters: { containerWidth: 1100 },
  render: () => (
    <div style={{ display: 'grid', gridTemplateColumns: 'repeat(3, minmax(0, 1fr))', gap: 16, alignItems: 'start' }}>
      <ArticleMetaBox meta={{ entries: [] }} title="Empty" />
      <ArticleMetaBox meta={flags(true)} title="Flags on" />
      <ArticleMetaBox
        meta={normalizeMeta({ view_count: 'lots', score: { depth: 'deep', quality: 140 } }).meta}
        title="Broken values"
      />
    </div>
  ),
};
