import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { TagList } from '../src';
import { seedValue } from './data';
import { expandCollapsed } from './play';

const meta = {
  title: 'Components/TagList',
  component: TagList,
  args: { tags: seedValue('tools', 'tags').tags },
  parameters: { containerWidth: 360 },
} satisfies Meta<typeof TagList>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The seed's tools. */
export const Seed: Story = {
  play: async ({ canvasElement }) => {
    const items = within(canvasElement)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    await expect(items).toEqual(['fastapi', 'pytest', 'uvicorn', 'ruff', 'git', 'logs']);
  },
};

/** 200 tags: the first 20 show, the rest are in the HTML behind "Show 180 more". */
export const ManyTags: Story = {
  args: { tags: Array.from({ length: 200 }, (_, i) => `tag-${i + 1}`) },
  play: expandCollapsed('Show 180 more', 'tag-200'),
};

/** A 64-character tag with no spaces wraps instead of overflowing. */
export const LongTag: Story = {
  args: { tags: ['python', 'f3a9c1d27be84e06a5c4d9e1f0b7a2c3d4e5f60718293a4b5c6d7e8f90a1b2c3', 'ci'] },
  parameters: { containerWidth: 280 },
  play: async ({ canvasElement }) => {
    // The long tag wraps inside the 280 px container instead of overflowing it.
    const list = canvasElement.querySelector('[data-slot="tag-list"]') as HTMLElement;
    await expect(list.scrollWidth).toBeLessThanOrEqual(list.clientWidth);
  },
};

/** Every state at once, for visual review. */
export const AllStates: Story = {
  tags: ['forced-colors', 'dark'],
  args: { tags: ['python services', 'backend', 'x', 'a-very-long-tag-name-without-spaces-at-all', 'ci/cd', '日本語'] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // Each tag one list item, as given: spaces, one letter, a long word, a slash, CJK.
    await expect(canvas.getAllByRole('list')).toHaveLength(1);
    await expect(canvas.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'python services',
      'backend',
      'x',
      'a-very-long-tag-name-without-spaces-at-all',
      'ci/cd',
      '日本語',
    ]);
    for (const tag of ['x', 'ci/cd', '日本語']) await expect(canvas.getByText(tag)).toBeVisible();
    // Plain strings are text, not links; six tags stay under the threshold, so nothing is collapsed.
    await expect(canvas.queryByRole('link')).toBeNull();
    await expect(canvasElement.querySelector('details')).toBeNull();
    const list = canvasElement.querySelector('[data-slot="tag-list"]') as HTMLElement;
    await expect(list.scrollWidth).toBeLessThanOrEqual(list.clientWidth);
  },
};
