import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { TagList } from '../src';
import { seedValue } from './data';

const meta = {
  title: 'Components/TagList',
  component: TagList,
  args: { tags: seedValue('tools', 'tags').tags },
} satisfies Meta<typeof TagList>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The seed's tools. */
export const Seed: Story = {};

/** 200 tags: the first 20 show, the rest are in the HTML behind "Show 180 more". */
export const ManyTags: Story = {
  args: { tags: Array.from({ length: 200 }, (_, i) => `tag-${i + 1}`) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('tag-200')).not.toBeVisible();
    await userEvent.click(canvas.getByText('Show 180 more'));
    await expect(canvas.getByText('tag-200')).toBeVisible();
  },
};
