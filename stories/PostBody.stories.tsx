import type { Meta, StoryObj } from '@storybook/react-vite';
import { PostBody } from '../src';
import { seedArticle } from './data';

const meta = {
  title: 'Components/PostBody',
  component: PostBody,
  args: { blocks: seedArticle.body },
} satisfies Meta<typeof PostBody>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The seed body: headings, paragraphs and a list. */
export const Seed: Story = {};

/** Quotes and code blocks. */
export const QuoteAndCode: Story = {
  args: {
    blocks: [
      { type: 'paragraph', text: 'measure before changing the build.' },
      { type: 'quote', text: 'the fastest build step is the one you do not run.' },
      { type: 'code', language: 'python', text: 'import time\nstart = time.perf_counter()' },
    ],
  },
};
