import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { MetaTable, normalizeMeta } from '../src';
import { SEED_LABELS } from '../test/fixtures/seed-labels';
import { hostileArticle, seedArticle, UNKNOWN_NESTED_LABELS, unknownNestedMeta } from './data';
import { expandCollapsed } from './play';

const meta = {
  title: 'Components/MetaTable',
  component: MetaTable,
  args: { entries: seedArticle.meta.entries },
  parameters: { containerWidth: 560 },
} satisfies Meta<typeof MetaTable>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The top-level rows of the table, by canonical key. */
const row = (canvasElement: HTMLElement, key: string) =>
  canvasElement.querySelector(`[data-slot="meta-table"]:not([data-nested]) > [data-key="${key}"]`) as HTMLElement;

/** The labels of the table's top-level rows. */
const topLabels = (canvasElement: HTMLElement) =>
  [...canvasElement.querySelectorAll('[data-slot="meta-table"]:not([data-nested]) > div > dt')].map(
    (dt) => dt.textContent,
  );

/** Where a row's value sits against its label. */
const placeOf = (rowElement: HTMLElement) => {
  const dt = (rowElement.querySelector(':scope > dt') as HTMLElement).getBoundingClientRect();
  const dd = (rowElement.querySelector(':scope > dd') as HTMLElement).getBoundingClientRect();
  return { dt, dd };
};

/** The seed meta as key/value rows (two columns at this width). */
export const Seed: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(topLabels(canvasElement)).toEqual(SEED_LABELS);
    await expect(row(canvasElement, 'view_count').querySelector('data')).toHaveAttribute('value', '220832');
    await expect(row(canvasElement, 'view_count').querySelector('dd')).toHaveTextContent(/^220,832$/);
    await expect(row(canvasElement, 'reading_time').querySelector('dd')).toHaveTextContent(/^12 min$/);
    await expect(canvas.getByText('7a8db0d9984667cb9a2c0673').tagName).toBe('CODE');
    await expect(canvas.getAllByRole('meter').map((meter) => meter.getAttribute('aria-valuetext'))).toEqual([
      '93 out of 100',
      '58 out of 100',
      '75 out of 100',
      '83 out of 100',
    ]);
    await expect(row(canvasElement, 'revision').querySelector('time')).toHaveAttribute('datetime', '2024-12-12');
    // Two columns at 560 px: even a long value starts on its label's line (baseline-aligned), to the right of it.
    const { dt, dd } = placeOf(row(canvasElement, 'summary'));
    await expect(dd.top).toBeLessThan(dt.bottom);
    await expect(dd.bottom).toBeGreaterThan(dt.bottom);
    await expect(dd.left).toBeGreaterThan(dt.right);
  },
};

const unknown = unknownNestedMeta.entries;

/** Unknown keys at any depth: records as nested lists, lists of records, lists of lists, links, dates, empty values. */
export const UnknownNestedFields: Story = {
  args: { entries: unknown },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(topLabels(canvasElement)).toEqual(UNKNOWN_NESTED_LABELS);
    await expect(canvas.getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual([
      'https://example.com/import/9936',
    ]);
    await expect(row(canvasElement, 'published_at').querySelector('time')).toHaveAttribute(
      'datetime',
      '2024-11-02T08:30:00.000Z',
    );
    await expect(row(canvasElement, 'published_at').querySelector('time')).toHaveTextContent(/^Nov 2, 2024, 8:30\sAM$/);
    // build.runner.cache: a record in a record in a record, each level a nested dl with its labels.
    const nestedLabels = (dl: Element | null) =>
      [...(dl?.querySelectorAll(':scope > div > dt') ?? [])].map((dt) => dt.textContent);
    const build = row(canvasElement, 'build').querySelector(':scope > dd > dl[data-nested]');
    const runner = build?.querySelector(':scope > [data-key="runner"] > dd > dl[data-nested]') ?? null;
    const cache = runner?.querySelector(':scope > [data-key="cache"] > dd > dl[data-nested]') ?? null;
    await expect(nestedLabels(build)).toEqual(['Runner']);
    await expect(nestedLabels(runner)).toEqual(['OS', 'Cores', 'Cache']);
    await expect(nestedLabels(cache)).toEqual(['Hit rate', 'Enabled']);
    await expect(cache?.querySelector('[data-key="hit_rate"] data')).toHaveAttribute('value', '0.82');
    await expect(cache?.querySelector('[data-key="enabled"] [data-value]')).toHaveAttribute('data-value', 'yes');
    await expect(canvasElement.querySelectorAll('dl[data-nested]')).toHaveLength(4);
    // A list of two lists; a list of one record.
    const matrix = row(canvasElement, 'matrix').querySelector(':scope > dd > ul') as HTMLElement;
    await expect(
      [...matrix.querySelectorAll<HTMLElement>(':scope > li')].map((li) =>
        within(li)
          .getAllByRole('listitem')
          .map((item) => item.textContent),
      ),
    ).toEqual([
      ['3.11', '3.12'],
      ['ubuntu', 'debian'],
    ]);
    const owner = row(canvasElement, 'owners').querySelector(':scope > dd > ul > li > dl[data-nested]');
    await expect(nestedLabels(owner)).toEqual(['Name', 'On call']);
    await expect(owner).toHaveTextContent(/^Nameplatform teamOn callNo$/);
    await expect(row(canvasElement, 'empty_value').querySelector('dd')).toHaveTextContent(/^—$/);
  },
};

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
export const Narrow: Story = {
  parameters: { containerWidth: 280 },
  play: async ({ canvasElement }) => {
    await expect(topLabels(canvasElement)).toEqual(SEED_LABELS);
    // One column: a long value starts on the line below its label, at the same left edge.
    const summary = placeOf(row(canvasElement, 'summary'));
    await expect(summary.dd.top).toBeGreaterThanOrEqual(summary.dt.bottom);
    await expect(Math.round(summary.dd.left)).toBe(Math.round(summary.dt.left));
    // A short value still fits on its label's line.
    const language = placeOf(row(canvasElement, 'code_language'));
    await expect(language.dd.left).toBeGreaterThan(language.dt.right);
    await expect(language.dd.top).toBeLessThan(language.dt.bottom);
    // Nothing overflows the 280 px table: the hash and long words wrap.
    const table = canvasElement.querySelector('[data-slot="meta-table"]') as HTMLElement;
    await expect(table.scrollWidth).toBeLessThanOrEqual(table.clientWidth);
    await expect(within(canvasElement).getByText('7a8db0d9984667cb9a2c0673')).toBeVisible();
  },
};

/** Several states side by side, for visual review. */
export const AllStates: Story = {
  tags: ['dark'],
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
