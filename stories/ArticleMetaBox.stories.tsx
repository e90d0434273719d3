import type { Meta, StoryObj } from '@storybook/react-vite';
import { ArticleMetaBox, normalizeMeta } from '../src';
import { longValuesArticle, messyArticle, seed, seedArticle, seedWith, unknownNestedMeta } from './data';

const meta = {
  title: 'Components/ArticleMetaBox',
  component: ArticleMetaBox,
  args: { meta: seedArticle.meta, title: 'Post meta' },
  parameters: { containerWidth: 420 },
} satisfies Meta<typeof ArticleMetaBox>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Every field of the seed meta, in source order. */
export const Seed: Story = {};

/** The compact layout in a 288 px sidebar: facts at a glance, quality and stack open, the rest one click away. */
export const Compact: Story = { args: { variant: 'compact' }, parameters: { containerWidth: 288 } };

/** The full layout with its group headings (`grouped`), every group open. */
export const Grouped: Story = { args: { grouped: true } };

/** The messy CMS export after normalization. */
export const MessyExport: Story = { args: { meta: messyArticle.meta } };

/** The title is a prop; it is also the region's accessible name. */
export const CustomTitle: Story = { args: { title: 'About this article' } };

/** No meta at all: the box keeps its title. */
export const EmptyMeta: Story = { args: { meta: { entries: [] } } };

/** Long values wrap; 200 tags and 300 notes are collapsed behind "Show N more". */
export const LongValues: Story = { args: { meta: longValuesArticle.meta } };

const flags = (on: boolean) =>
  seedWith({ flags: Object.fromEntries(Object.keys(seed.meta.flags).map((key) => [key, on ? 1 : 0])) }).meta;

/** All flags on: "Yes" with a check mark; the word carries the meaning, not the colour. */
export const AllFlagsOn: Story = {
  tags: ['forced-colors'],
  args: { meta: flags(true) },
};

/** All flags off. */
export const AllFlagsOff: Story = { args: { meta: flags(false) } };

/** Keys nobody planned for, at any depth, through the generic renderer. */
export const UnknownNestedFields: Story = {
  args: {
    meta: unknownNestedMeta,
  },
};

/** In a 280 px sidebar: rows stack, long values wrap. */
export const Narrow: Story = { parameters: { containerWidth: 280 } };

/** At 720 px the table has two columns, label | value. */
export const Wide: Story = { parameters: { containerWidth: 720 } };

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
