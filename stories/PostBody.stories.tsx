import type { Meta, StoryObj } from '@storybook/react-vite';
import { normalizeArticle, PostBody } from '../src';
import { seedArticle } from './data';

const meta = {
  title: 'Components/PostBody',
  component: PostBody,
  args: { blocks: seedArticle.body },
  parameters: { containerWidth: 680 },
} satisfies Meta<typeof PostBody>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The seed body: headings, paragraphs and a list. */
export const Seed: Story = {};

/** A plain-string body is split into paragraphs on blank lines. */
export const StringBody: Story = {
  args: {
    blocks: normalizeArticle({ title: 't', body: 'first paragraph.\n\nsecond paragraph, after a blank line.' }).article
      .body,
  },
};

/** Every block type at once: heading, paragraph, ordered and unordered lists, quote, code. */
export const AllStates: Story = {
  args: {
    blocks: [
      { type: 'heading', text: 'measure first' },
      { type: 'paragraph', text: 'measure before changing the build.' },
      { type: 'list', items: [{ text: 'profile' }, { text: 'cache' }, { text: 'verify' }], ordered: true },
      { type: 'list', items: [{ text: 'fastapi' }, { text: 'pytest' }] },
      { type: 'quote', text: 'the fastest build step is the one you do not run.' },
      { type: 'code', language: 'python', text: 'import time\nstart = time.perf_counter()' },
    ],
  },
};
