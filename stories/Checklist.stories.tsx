import type { Meta, StoryObj } from '@storybook/react-vite';
import { Checklist } from '../src';
import { seedValue } from './data';
import { expandCollapsed } from './play';

const labels = seedValue('checklist', 'checklist').items.map((item) => item.label);

const meta = {
  title: 'Components/Checklist',
  component: Checklist,
  args: { items: seedValue('checklist', 'checklist').items },
  parameters: { containerWidth: 360 },
} satisfies Meta<typeof Checklist>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The seed's checklist: plain strings, so no done state is claimed. */
export const Seed: Story = {};

/** Every item done. */
export const AllDone: Story = { args: { items: labels.map((label) => ({ label, done: true })) } };

/** No item done. */
export const NoneDone: Story = { args: { items: labels.map((label) => ({ label, done: false })) } };

/** Done, to do, and items without a state. */
export const Mixed: Story = {
  args: { items: labels.map((label, i) => (i === 4 ? { label } : { label, done: i < 2 })) },
};

/** 30 items: 20 shown, the rest behind "Show 10 more". */
export const Long: Story = {
  args: { items: Array.from({ length: 30 }, (_, i) => ({ label: `step ${i + 1}`, done: i % 3 === 0 })) },
  play: expandCollapsed('Show 10 more', 'step 30'),
};

/** Every state at once, for visual review. */
export const AllStates: Story = {
  tags: ['forced-colors'],
  args: {
    items: [
      { label: 'done', done: true },
      { label: 'to do', done: false },
      { label: 'no state' },
      { label: 'a long item that wraps onto a second line in a narrow container without overflowing', done: true },
    ],
  },
};
