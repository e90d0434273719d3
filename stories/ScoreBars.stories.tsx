import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { normalizeMeta, ScoreBars } from '../src';
import { seedValue, valueIn } from './data';

const scoresOf = (raw: unknown) => valueIn(normalizeMeta({ score: raw }).meta.entries, 'score', 'scores').scores;

const meta = {
  title: 'Components/ScoreBars',
  component: ScoreBars,
  args: { scores: seedValue('score', 'scores').scores },
  parameters: { containerWidth: 360 },
} satisfies Meta<typeof ScoreBars>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The seed's four scores: each a named meter with its number. */
export const Seed: Story = {
  play: async ({ canvasElement }) => {
    const meter = within(canvasElement).getByRole('meter', { name: 'Quality' });
    await expect(meter).toHaveAttribute('aria-valuetext', '93 out of 100');
  },
};

/** 0 and 100: an empty track and a full bar. */
export const ZeroAndFull: Story = {
  args: { scores: scoresOf({ empty: 0, full: 100 }) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('meter', { name: 'Empty' })).toHaveAttribute('aria-valuenow', '0');
    await expect(canvas.getByRole('meter', { name: 'Full' })).toHaveAttribute('aria-valuenow', '100');
  },
};

/** 140 and -12 are clamped to 100 and 0 (the normalizer reports both). */
export const OutOfRange: Story = {
  args: { scores: scoresOf({ above: 140, below: -12 }) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('meter', { name: 'Above' })).toHaveAttribute('aria-valuetext', '100 out of 100');
    await expect(canvas.getByRole('meter', { name: 'Below' })).toHaveAttribute('aria-valuetext', '0 out of 100');
  },
};

/** A score that is not a number is shown as text, with no bar. */
export const NotANumber: Story = {
  args: { scores: scoresOf({ depth: 'deep', clarity: 83 }) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByRole('meter').map((meter) => meter.getAttribute('aria-label'))).toEqual(['Clarity']);
    await expect(canvas.getByText('deep')).toBeVisible();
  },
};

/** Other scales: "7/10" and "4.5/5" keep their scale in the visible number. */
export const OtherScales: Story = {
  args: { scores: scoresOf({ rating: '7/10', stars: { value: 4.5, max: 5 } }) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('meter', { name: 'Rating' })).toHaveAttribute('aria-valuetext', '7 out of 10');
    await expect(canvas.getByRole('meter', { name: 'Stars' })).toHaveAttribute('aria-valuetext', '4.5 out of 5');
  },
};

/** Low, mid and high levels; the number is always shown, so colour is never the only cue. */
export const Levels: Story = {
  args: { scores: scoresOf({ low: 20, mid: 55, high: 90 }) },
  play: async ({ canvasElement }) => {
    const levels = [...canvasElement.querySelectorAll('[data-slot="score-bars"] > li')].map((li) =>
      li.getAttribute('data-level'),
    );
    await expect(levels).toEqual(['low', 'mid', 'high']);
    await expect(within(canvasElement).getByText('20')).toBeVisible();
  },
};

/** Every state at once, for visual review. */
export const AllStates: Story = {
  tags: ['forced-colors', 'dark'],
  args: {
    scores: scoresOf({ zero: 0, low: 20, mid: 55, high: 90, full: 100, above: 140, rating: '7/10', depth: 'deep' }),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // Name, aria-valuenow, aria-valuemin, aria-valuemax and aria-valuetext of each meter; 140 is clamped to 100.
    await expect(
      canvas
        .getAllByRole('meter')
        .map((meter) =>
          ['aria-label', 'aria-valuenow', 'aria-valuemin', 'aria-valuemax', 'aria-valuetext'].map((name) =>
            meter.getAttribute(name),
          ),
        ),
    ).toEqual([
      ['Zero', '0', '0', '100', '0 out of 100'],
      ['Low', '20', '0', '100', '20 out of 100'],
      ['Mid', '55', '0', '100', '55 out of 100'],
      ['High', '90', '0', '100', '90 out of 100'],
      ['Full', '100', '0', '100', '100 out of 100'],
      ['Above', '100', '0', '100', '100 out of 100'],
      ['Rating', '7', '0', '10', '7 out of 10'],
    ]);
    const items = [...canvasElement.querySelectorAll('[data-slot="score-bars"] > li')];
    await expect(items.map((li) => li.getAttribute('data-level'))).toEqual([
      'low',
      'low',
      'mid',
      'high',
      'high',
      'high',
      'high',
      null,
    ]);
    // The visible numbers; "7/10" keeps its scale.
    await expect(items.map((li) => li.querySelector('.amb-ScoreBars-value')?.textContent)).toEqual([
      '0',
      '20',
      '55',
      '90',
      '100',
      '100',
      '7/10',
      'deep',
    ]);
    // "deep" is not a number: text with its label, no meter, marked invalid.
    const depth = items[7];
    await expect(depth).toHaveAttribute('data-invalid');
    await expect(depth.querySelector('.amb-ScoreBars-label')).toHaveTextContent(/^Depth$/);
    await expect(depth.querySelector('.amb-ScoreBars-label')).not.toHaveAttribute('aria-hidden');
    await expect(within(depth as HTMLElement).queryByRole('meter')).toBeNull();
    await expect(canvas.getByText('deep')).toBeVisible();
  },
};
