import type { Meta, StoryObj } from '@storybook/react-vite';
import { ArticleMetaBox } from '../src';
import { seedArticle } from './data';

const meta = {
  title: 'Components/ArticleMetaBox',
  component: ArticleMetaBox,
  args: { meta: seedArticle.meta, title: 'Post meta' },
} satisfies Meta<typeof ArticleMetaBox>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Every field of the seed meta, in source order. */
export const Seed: Story = {};

/** The title is a prop; it is also the region's accessible name. */
export const CustomTitle: Story = { args: { title: 'About this article' } };

/** No meta at all: the box keeps its title. */
export const EmptyMeta: Story = { args: { meta: { entries: [] } } };
