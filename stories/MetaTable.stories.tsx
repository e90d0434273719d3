import type { Meta, StoryObj } from '@storybook/react-vite';
import { MetaTable, normalizeMeta } from '../src';
import { seedArticle } from './data';

const meta = {
  title: 'Components/MetaTable',
  component: MetaTable,
  args: { entries: seedArticle.meta.entries },
} satisfies Meta<typeof MetaTable>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The seed meta as key/value rows. */
export const Seed: Story = {};

/** Unknown keys at any depth go through the generic renderer: records, lists of records, nested lists. */
export const UnknownNestedFields: Story = {
  args: {
    entries: normalizeMeta({
      source_url: 'https://example.com/import/9936',
      published_at: '2024-11-02T08:30:00Z',
      build: { runner: { os: 'linux', cores: 2, cache: { hit_rate: 0.82, enabled: true } } },
      matrix: [
        ['3.11', '3.12'],
        ['ubuntu', 'debian'],
      ],
      owners: [{ name: 'platform team', on_call: false }],
      empty_value: null,
    }).meta.entries,
  },
};
