import type { Meta, StoryObj } from '@storybook/react-vite';
import { Checklist } from '../src';
import { seedValue } from './data';

const meta = {
  title: 'Components/Checklist',
  component: Checklist,
  args: { items: seedValue('checklist', 'checklist').items },
} satisfies Meta<typeof Checklist>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The seed's checklist: plain strings, so no done state is claimed. */
export const Seed: Story = {};

/** Items with a state: done ones carry `data-checked`, and the state is read out as text. */
export const MixedStates: Story = {
  args: {
    items: [
      { label: 'confirm inputs are validated', done: true },
      { label: 'check permissions', done: true },
      { label: 'add a retry-safe path', done: false },
      { label: 'review the failure mode', done: false },
    ],
  },
};
