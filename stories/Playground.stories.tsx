import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { ArticleMetaBox, normalizeArticle } from '../src';
import { seed } from './data';

interface PlaygroundArgs {
  /** Locale for numbers and dates (a `normalizeArticle` option). */
  locale: string;
  /** Title of the box. */
  title: string;
  /** Label of the reading time field (the `labels` option). */
  readingTimeLabel: string;
  /** The quality score, 0–100 (values outside are clamped and reported). */
  quality: number;
  /** The view count. */
  viewCount: number;
}

/** Controls drive the raw data and the normalizer options; the box re-renders from the result. */
const meta = {
  title: 'Playground/Meta box',
  tags: ['!autodocs'],
  args: { locale: 'en-US', title: 'Post meta', readingTimeLabel: 'Reading time', quality: 93, viewCount: 220832 },
  argTypes: {
    locale: { control: 'select', options: ['en-US', 'en-GB', 'de-DE', 'fr-FR', 'ja-JP', 'ar-EG'] },
    quality: { control: { type: 'range', min: -20, max: 120, step: 1 } },
  },
  parameters: { containerWidth: 420 },
  render: ({ locale, title, readingTimeLabel, quality, viewCount }) => {
    const raw = { ...seed, meta: { ...seed.meta, view_count: viewCount, score: { ...seed.meta.score, quality } } };
    const { article } = normalizeArticle(raw, { locale, labels: { reading_time: readingTimeLabel } });
    return <ArticleMetaBox meta={article.meta} title={title} />;
  },
} satisfies Meta<PlaygroundArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Change the locale, a score or a label in the Controls panel. */
export const Playground: Story = {};

/** The same controls, set to German: numbers and dates follow the locale. */
export const German: Story = {
  args: { locale: 'de-DE', title: 'Beitragsdaten', readingTimeLabel: 'Lesezeit', quality: 75 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('220.832')).toBeVisible();
    await expect(canvas.getByText('12.12.2024')).toBeVisible();
    await expect(canvas.getByRole('meter', { name: 'Quality' })).toHaveAttribute('aria-valuenow', '75');
  },
};
