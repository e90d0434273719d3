import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
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

const states = (canvasElement: HTMLElement) =>
  [...canvasElement.querySelectorAll('[data-slot="checklist"] > li')].map((li) => li.getAttribute('data-state'));

/** The seed's checklist: plain strings, so no done state is claimed. */
export const Seed: Story = {
  play: async ({ canvasElement }) => {
    await expect(states(canvasElement)).toEqual([null, null, null, null, null]);
    await expect(
      within(canvasElement)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(labels);
  },
};

/** Every item done. */
export const AllDone: Story = {
  args: { items: labels.map((label) => ({ label, done: true })) },
  play: async ({ canvasElement }) => {
    await expect(states(canvasElement)).toEqual(['done', 'done', 'done', 'done', 'done']);
    await expect(within(canvasElement).getAllByText('Done:')).toHaveLength(5);
  },
};

/** No item done. */
export const NoneDone: Story = {
  args: { items: labels.map((label) => ({ label, done: false })) },
  play: async ({ canvasElement }) => {
    await expect(states(canvasElement)).toEqual(['todo', 'todo', 'todo', 'todo', 'todo']);
    await expect(within(canvasElement).getAllByText('To do:')).toHaveLength(5);
  },
};

/** Done, to do, and items without a state. */
export const Mixed: Story = {
  args: { items: labels.map((label, i) => (i === 4 ? { label } : { label, done: i < 2 })) },
  play: async ({ canvasElement }) => {
    await expect(states(canvasElement)).toEqual(['done', 'done', 'todo', 'todo', null]);
  },
};

const steps = (count: number) => Array.from({ length: count }, (_, i) => ({ label: `step ${i + 1}` }));

/** Exactly 20 items, the threshold: all shown, no disclosure. */
export const TwentyItems: Story = {
  tags: ['no-screenshot'],
  args: { items: steps(20) },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('details')).toBeNull();
    await expect(within(canvasElement).getByText('step 20')).toBeVisible();
  },
};

/** 21 items, one past the threshold: the 21st behind "Show 1 more". */
export const TwentyOneItems: Story = {
  tags: ['no-screenshot'],
  args: { items: steps(21) },
  play: expandCollapsed('Show 1 more', 'step 21'),
};

/** 30 items: 20 shown, the rest behind "Show 10 more". */
export const Long: Story = {
  args: { items: Array.from({ length: 30 }, (_, i) => ({ label: `step ${i + 1}`, done: i % 3 === 0 })) },
  play: expandCollapsed('Show 10 more', 'step 30'),
};

/** Every state at once, for visual review. */
export const AllStates: Story = {
  tags: ['forced-colors', 'dark'],
  args: {
    items: [
      { label: 'done', done: true },
      { label: 'to do', done: false },
      { label: 'no state' },
      { label: 'a long item that wraps onto a second line in a narrow container without overflowing', done: true },
    ],
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(states(canvasElement)).toEqual(['done', 'todo', null, 'done']);
    await expect(
      [...canvasElement.querySelectorAll('[data-slot="checklist"] > li')].map((li) => li.hasAttribute('data-checked')),
    ).toEqual([true, false, false, true]);
    // What a screen reader reads: the state word before each item that has a state, none before "no state".
    await expect(canvas.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Done: done',
      'To do: to do',
      'no state',
      'Done: a long item that wraps onto a second line in a narrow container without overflowing',
    ]);
    await expect(canvas.getAllByText('Done:')).toHaveLength(2);
    await expect(canvas.getAllByText('To do:')).toHaveLength(1);
    // The long item wraps inside the 360 px container.
    const list = canvasElement.querySelector('[data-slot="checklist"]') as HTMLElement;
    await expect(list.scrollWidth).toBeLessThanOrEqual(list.clientWidth);
    await expect(canvasElement.querySelector('details')).toBeNull();
  },
};
