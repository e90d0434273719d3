import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { normalizeMeta, ScoreBars } from '../src';
import { seedValue } from './data';

const meta = {
  title: 'Components/ScoreBars',
  component: ScoreBars,
  args: { scores: seedValue('score', 'scores').scores },
} satisfies Meta<typeof ScoreBars>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The seed's four scores. */
export const Seed: Story = {
  play: async ({ canvasElement }) => {
    const meter = within(canvasElement).getByRole('meter', { name: 'Quality' });
    await expect(meter).toHaveAttribute('aria-valuetext', '93 out of 100');
  },
};

const edge = normalizeMeta({ score: { zero: 0, full: 100, above: 140, below: -5, ratio: '7/10', text: 'n/a' } }).meta;

/** 0, 100, clamped out-of-range values, a ratio, and a non-number shown as text with no bar. */
export const EdgeValues: Story = {
  args: { scores: edge.entries[0].value.kind === 'scores' ? edge.entries[0].value.scores : [] },
};
