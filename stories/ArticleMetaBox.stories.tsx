import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { ArticleMetaBox, normalizeMeta } from '../src';
import { SEED_LABELS } from '../test/fixtures/seed-labels';
import {
  longValuesArticle,
  messyArticle,
  seed,
  seedArticle,
  seedWith,
  UNKNOWN_NESTED_LABELS,
  unknownNestedMeta,
} from './data';

const meta = {
  title: 'Components/ArticleMetaBox',
  component: ArticleMetaBox,
  args: { meta: seedArticle.meta, title: 'Post meta' },
  parameters: { containerWidth: 420 },
} satisfies Meta<typeof ArticleMetaBox>;

export default meta;
type Story = StoryObj<typeof meta>;

const rowLabels = (canvasElement: HTMLElement) =>
  [...canvasElement.querySelectorAll('[data-slot="article-meta-box"] > dl > div > dt')].map((dt) => dt.textContent);

/** Every field of the seed meta, in source order. */
export const Seed: Story = {
  tags: ['dark'],
  play: async ({ canvasElement }) => {
    await expect(rowLabels(canvasElement)).toEqual(SEED_LABELS);
    await expect(within(canvasElement).getAllByRole('meter')).toHaveLength(4);
  },
};

/** The compact layout in a 288 px sidebar: facts at a glance, quality and stack open, the rest one click away. */
export const Compact: Story = {
  tags: ['dark'],
  args: { variant: 'compact' },
  parameters: { containerWidth: 288 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual([
      'At a glance',
      'Quality',
      'Stack',
      'About',
      'Details',
    ]);
    await expect(canvas.getByText('12 min')).toBeVisible();
    await expect(canvas.getByText('7a8db0d9984667cb9a2c0673')).not.toBeVisible();
  },
};

/** The text of each row of a `dl`, as `label: value`, at that level only. */
const rowsOf = (dl: Element) =>
  [...dl.querySelectorAll(':scope > div')].map(
    (row) => `${row.querySelector(':scope > dt')?.textContent}: ${row.querySelector(':scope > dd')?.textContent}`,
  );

/** The full layout with its group headings (`grouped`), every group open. */
export const Grouped: Story = {
  args: { grouped: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const box = canvas.getByRole('region', { name: 'Post meta' });
    await expect(
      within(box)
        .getAllByRole('heading', { level: 3 })
        .map((heading) => heading.textContent),
    ).toEqual(['At a glance', 'Quality', 'Stack', 'About', 'Details']);
    // The facts at a glance, each with its label and value.
    const glance = canvasElement.querySelector('[data-slot="article-meta-box-glance"]') as HTMLElement;
    await expect(rowsOf(glance)).toEqual([
      'Reading time: 12 min',
      'Difficulty: advanced',
      'Code language: python',
      'View count: 220,832',
      'Last reviewed: Dec 12, 2024',
    ]);
    // Every group open: no disclosure, and what the compact layout hides is visible here.
    await expect(canvasElement.querySelector('details')).toBeNull();
    await expect(canvas.getByText('7a8db0d9984667cb9a2c0673')).toBeVisible();
    await expect(canvas.getByText('anp-ref-009936-2761')).toBeVisible();
    await expect(canvas.getAllByRole('meter').map((meter) => meter.getAttribute('aria-label'))).toEqual([
      'Quality',
      'Freshness',
      'Depth',
      'Clarity',
    ]);
  },
};

/** The messy CMS export after normalization. */
export const MessyExport: Story = {
  args: { meta: messyArticle.meta },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // camelCase, spaced and kebab-case keys get the same labels as the seed's; unknown keys keep their order.
    await expect(rowLabels(canvasElement)).toEqual([
      'Topic',
      'Summary',
      'AI outline',
      'AI brief',
      'Stack',
      'Tools',
      'Code language',
      'Difficulty',
      'Reading time',
      'View count',
      'Scores',
      'Revision',
      'Reference',
      'Hash',
      'Flags',
      'Checklist',
      'Entities',
      'Payload',
      'Notes',
      'Canonical URL',
      'SEO keywords',
    ]);
    const row = (key: string) =>
      canvasElement.querySelector(`[data-slot="article-meta-box"] > dl > [data-key="${key}"] > dd`);
    // "220,832", "12 min" and the JSON-string array are read as a number, a duration and tags.
    await expect(row('view_count')).toHaveTextContent(/^220,832$/);
    await expect(row('reading_time')).toHaveTextContent(/^12 min$/);
    await expect([...(row('stack')?.querySelectorAll('li') ?? [])].map((li) => li.textContent)).toEqual([
      'python services',
      'backend',
      'python',
    ]);
    // "93", "58%", "75/100" and {value: 83, max: 100}: four meters out of 100.
    await expect(
      canvas
        .getAllByRole('meter')
        .map((meter) => `${meter.getAttribute('aria-label')} ${meter.getAttribute('aria-valuetext')}`),
    ).toEqual(['Quality 93 out of 100', 'Freshness 58 out of 100', 'Depth 75 out of 100', 'Clarity 83 out of 100']);
    // The bulleted checklist: [x], [x], [ ], then two items without a state.
    await expect(
      [...canvasElement.querySelectorAll('[data-slot="checklist"] > li')].map((li) => li.getAttribute('data-state')),
    ).toEqual(['done', 'done', 'todo', null, null]);
    // "yes", "no", false and "1" as flags.
    await expect(flagWords(canvasElement)).toEqual(['yes Yes', 'no No', 'no No', 'yes Yes']);
    await expect(canvas.getByRole('link', { name: 'https://example.com/posts/reducing-build-time' })).toHaveAttribute(
      'href',
      'https://example.com/posts/reducing-build-time',
    );
    await expect(row('revision')?.querySelector('time')).toHaveAttribute('datetime', '2024-12-12T09:30:00.000Z');
  },
};

/** The title is a prop; it is also the region's accessible name. */
export const CustomTitle: Story = {
  args: { title: 'About this article' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const box = canvas.getByRole('region', { name: 'About this article' });
    await expect(within(box).getByRole('heading', { level: 2 })).toHaveTextContent(/^About this article$/);
    await expect(canvas.queryByRole('region', { name: 'Post meta' })).toBeNull();
    await expect(canvas.queryByText('Post meta')).toBeNull();
    // Only the title changes: the rows are the seed's.
    await expect(rowLabels(canvasElement)).toEqual(SEED_LABELS);
  },
};

/** No meta at all: the box keeps its title. */
export const EmptyMeta: Story = {
  args: { meta: { entries: [] } },
  play: async ({ canvasElement }) => {
    const box = within(canvasElement).getByRole('region', { name: 'Post meta' });
    await expect(box).toHaveTextContent('No meta data.');
    await expect(box.querySelector('dl')).toBeNull();
  },
};

/** Long values wrap; 200 tags and 300 notes are collapsed behind "Show N more". */
export const LongValues: Story = {
  args: { meta: longValuesArticle.meta },
  play: async ({ canvasElement }) => {
    // At the threshold of 20: the rest of the tags and notes are in the HTML, behind a closed disclosure.
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Show 180 more')).toBeVisible();
    await expect(canvas.getByText('Show 280 more')).toBeVisible();
    await expect(canvas.getByText('note 20: view count is synthetic and only used for testing')).toBeVisible();
    await expect(canvas.getByText('note 21: view count is synthetic and only used for testing')).not.toBeVisible();
  },
};

const flags = (on: boolean) =>
  seedWith({ flags: Object.fromEntries(Object.keys(seed.meta.flags).map((key) => [key, on ? 1 : 0])) }).meta;

/** All flags on: "Yes" with a check mark; the word carries the meaning, not the colour. */
const flagWords = (canvasElement: HTMLElement) =>
  [...canvasElement.querySelectorAll('[data-value]')].map(
    (flag) => `${flag.getAttribute('data-value')} ${flag.textContent}`,
  );

export const AllFlagsOn: Story = {
  tags: ['forced-colors'],
  args: { meta: flags(true) },
  play: async ({ canvasElement }) => {
    await expect(flagWords(canvasElement)).toEqual(['yes Yes', 'yes Yes', 'yes Yes', 'yes Yes']);
  },
};

/** All flags off. */
export const AllFlagsOff: Story = {
  args: { meta: flags(false) },
  play: async ({ canvasElement }) => {
    await expect(flagWords(canvasElement)).toEqual(['no No', 'no No', 'no No', 'no No']);
  },
};

/** Keys nobody planned for, at any depth, through the generic renderer. */
export const UnknownNestedFields: Story = {
  args: {
    meta: unknownNestedMeta,
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(rowLabels(canvasElement)).toEqual(UNKNOWN_NESTED_LABELS);
    // A URL becomes a link, a date-time a <time> in UTC.
    await expect(canvas.getByRole('link', { name: 'https://example.com/import/9936' })).toHaveAttribute(
      'href',
      'https://example.com/import/9936',
    );
    const published = canvasElement.querySelector('[data-key="published_at"] time') as HTMLElement;
    await expect(published).toHaveAttribute('datetime', '2024-11-02T08:30:00.000Z');
    await expect(published).toHaveTextContent(/^Nov 2, 2024, 8:30\sAM$/);
    // The record three levels deep, each level a nested dl with its own labels.
    const cache = canvasElement.querySelector(
      '[data-key="build"] [data-key="runner"] [data-key="cache"] > dd > dl[data-nested]',
    ) as HTMLElement;
    await expect(rowsOf(cache)).toEqual(['Hit rate: 0.82', 'Enabled: Yes']);
    // A list of lists, and a list of one record.
    const matrix = canvasElement.querySelector('[data-key="matrix"] > dd > ul') as HTMLElement;
    await expect(
      [...matrix.querySelectorAll(':scope > li > ul')].map((list) => [...list.children].map((li) => li.textContent)),
    ).toEqual([
      ['3.11', '3.12'],
      ['ubuntu', 'debian'],
    ]);
    const owner = canvasElement.querySelector('[data-key="owners"] > dd > ul > li > dl') as HTMLElement;
    await expect(rowsOf(owner)).toEqual(['Name: platform team', 'On call: No']);
    await expect(canvasElement.querySelector('[data-key="empty_value"] > dd')).toHaveTextContent(/^—$/);
  },
};

/** In a 280 px sidebar: rows stack, long values wrap. */
export const Narrow: Story = {
  parameters: { containerWidth: 280 },
  play: async ({ canvasElement }) => {
    // Nothing overflows the 280 px box: the hash and long words wrap.
    const box = within(canvasElement).getByRole('region', { name: 'Post meta' });
    await expect(box.scrollWidth).toBeLessThanOrEqual(box.clientWidth);
  },
};

/** At 720 px the table has two columns, label | value. */
export const Wide: Story = {
  parameters: { containerWidth: 720 },
  play: async ({ canvasElement }) => {
    // Two columns: each label starts the line its value is on.
    const row = canvasElement.querySelector('[data-slot="article-meta-box"] > dl > div') as HTMLElement;
    const [dt, dd] = [row.querySelector('dt'), row.querySelector('dd')] as HTMLElement[];
    await expect(Math.round(dt.getBoundingClientRect().top)).toBe(Math.round(dd.getBoundingClientRect().top));
    await expect(dd.getBoundingClientRect().left).toBeGreaterThan(dt.getBoundingClientRect().right);
  },
};

/** Several states side by side, for visual review. */
export const AllStates: Story = {
  tags: ['dark'],
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
