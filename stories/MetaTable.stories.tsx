import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { MetaTable, normalizeMeta } from '../src';
import { hostileArticle, seedArticle, unknownNestedMeta } from './data';
import { expandCollapsed } from './play';

const meta = {
  title: 'Components/MetaTable',
  component: MetaTable,
  args: { entries: seedArticle.meta.entries },
  parameters: { containerWidth: 560 },
} satisfies Meta<typeof MetaTable>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The seed meta as key/value rows (two columns at this width). */
export const Seed: Story = {};

const unknown = unknownNestedMeta.entries;

/** Unknown keys at any depth: records as nested lists, lists of records, lists of lists, links, dates, empty values. */
export const UnknownNestedFields: Story = { args: { entries: unknown } };

/** Values that did not parse are shown as text, marked with `data-invalid` (styled, never dropped). */
export const InvalidValues: Story = {
  args: {
    entries: normalizeMeta({
      reading_time: 'about a quarter hour',
      view_count: 'lots',
      published_at: 'yesterday',
      source_url: 'javascript:alert(1)',
      flags: { has_images: 'maybe' },
    }).meta.entries,
  },
  play: async ({ canvasElement }) => {
    const invalid = [...canvasElement.querySelectorAll('[data-invalid]')].map((value) => value.textContent);
    await expect(invalid).toEqual(['about a quarter hour', 'lots', 'yesterday', 'javascript:alert(1)', 'maybe']);
    await expect(within(canvasElement).queryByRole('link')).toBeNull();
  },
};

/** Markup from the input is text, and unsafe URLs are not links. */
export const HostileInput: Story = {
  args: { entries: hostileArticle.meta.entries },
  play: async ({ canvasElement }) => {
    // Only http, https, mailto and relative links; no element from the input.
    const schemes = within(canvasElement)
      .getAllByRole('link')
      .map((link) => new URL(link.getAttribute('href') ?? '', 'https://example.com/').protocol);
    await expect(schemes.every((scheme) => ['http:', 'https:', 'mailto:'].includes(scheme))).toBe(true);
    await expect(canvasElement.querySelector('script, iframe, img[onerror], svg[onload], marquee')).toBeNull();
  },
};

/** 300 notes: 20 shown, 280 in a native details element; opening it shows them all. */
export const LongListCollapsed: Story = {
  args: { entries: normalizeMeta({ notes: Array.from({ length: 300 }, (_, i) => `note ${i + 1}`) }).meta.entries },
  play: expandCollapsed('Show 280 more', 'note 300'),
};

/**
 * Past the normalizer's limits (here `maxItems: 3`, `maxEntries: 3`) the rest is counted, not read:
 * each cut list or record says how many it leaves out.
 */
export const CutAtLimits: Story = {
  args: {
    entries: normalizeMeta(
      {
        notes: ['first', 'second', 'third', 'fourth', 'fifth'],
        tags: 'a, b, c, d',
        build: { cache: 'warm', runners: 4, region: 'eu', retries: 2 },
      },
      { maxItems: 3, maxEntries: 3 },
    ).meta.entries,
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('2 more not shown')).toBeVisible();
    await expect(canvas.getAllByText('1 more not shown')).toHaveLength(2); // the tags and the record
    await expect(canvas.queryByText('fourth')).toBeNull();
    await expect(canvas.getByText('third')).toBeVisible();
  },
};

/** Hidden keys stay in the model but are not rendered; labels and order come from options. */
export const LabelsOrderHidden: Story = {
  args: {
    entries: normalizeMeta(
      { topic: 'build time', reading_time: 12, internal_id: 'x-42', difficulty: 'advanced' },
      { labels: { reading_time: 'Read in' }, order: ['difficulty'], hidden: ['internal_id'] },
    ).meta.entries,
  },
  play: async ({ canvasElement }) => {
    const labels = [...canvasElement.querySelectorAll('dt')].map((dt) => dt.textContent);
    await expect(labels).toEqual(['Difficulty', 'Topic', 'Read in']);
  },
};

/** In a 280 px container the rows stack. */
export const Narrow: Story = { parameters: { containerWidth: 280 } };

/** Several states side by side, for visual review. */
export const AllStates: Story = {
  parameters: { containerWidth: 1100 },
  render: () => (
    <div style={{ display: 'grid', gridTemplateColumns: 'repeat(2, minmax(0, 1fr))', gap: 24, alignItems: 'start' }}>
      <MetaTable entries={unknown} />
      <MetaTable
        entries={normalizeMeta({ view_count: 'lots', published_at: 'yesterday', empty: null, ok: true }).meta.entries}
      />
    </div>
  ),
};
