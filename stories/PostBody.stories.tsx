import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { normalizeArticle, PostBody } from '../src';
import buildChart from './assets/build-chart.svg?url';
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
export const Seed: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual([
      'production checks',
      'security and maintenance notes',
      'implementation checklist',
      'final notes',
    ]);
    await expect(canvas.getAllByRole('listitem')).toHaveLength(5);
  },
};

/** A plain-string body is split into paragraphs on blank lines. */
export const StringBody: Story = {
  args: {
    blocks: normalizeArticle({ title: 't', body: 'first paragraph.\n\nsecond paragraph, after a blank line.' }).article
      .body,
  },
  play: async ({ canvasElement }) => {
    const paragraphs = [...canvasElement.querySelectorAll('[data-slot="post-body"] > p')].map((p) => p.textContent);
    await expect(paragraphs).toEqual(['first paragraph.', 'second paragraph, after a blank line.']);
  },
};

/** Every kind of block and inline content the model has, for visual review. */
export const AllStates: Story = {
  tags: ['dark'],
  args: {
    blocks: [
      { type: 'heading', text: 'measure first' },
      {
        type: 'paragraph',
        text: 'measure before changing the build: strong, emphasis, deleted, code and a link.',
        inline: [
          { type: 'text', text: 'measure before changing the build: ' },
          { type: 'strong', children: [{ type: 'text', text: 'strong' }] },
          { type: 'text', text: ', ' },
          { type: 'emphasis', children: [{ type: 'text', text: 'emphasis' }] },
          { type: 'text', text: ', ' },
          { type: 'strikethrough', children: [{ type: 'text', text: 'deleted' }] },
          { type: 'text', text: ', ' },
          { type: 'code', text: 'code' },
          { type: 'text', text: ' and ' },
          { type: 'link', href: 'https://example.com/build', children: [{ type: 'text', text: 'a link' }] },
          { type: 'text', text: '.' },
          { type: 'break' },
          { type: 'text', text: 'after a line break' },
        ],
      },
      { type: 'heading', text: 'a level 3 heading', level: 3 },
      { type: 'list', items: [{ text: 'profile' }, { text: 'cache' }, { text: 'verify' }], ordered: true, start: 3 },
      {
        type: 'list',
        items: [
          { text: 'done task', checked: true },
          { text: 'open task', checked: false },
          {
            text: 'with a nested list',
            blocks: [{ type: 'list', items: [{ text: 'fastapi' }, { text: 'pytest' }] }],
          },
        ],
      },
      { type: 'quote', text: 'the fastest build step is the one you do not run.' },
      { type: 'code', language: 'python', text: 'import time\nstart = time.perf_counter()' },
      {
        type: 'image',
        src: buildChart,
        alt: 'Build time per step, as bars',
        caption: 'A caption under the image.',
        width: 320,
        height: 80,
      },
      {
        type: 'table',
        head: [{ text: 'step' }, { text: 'seconds' }],
        rows: [
          [{ text: 'install' }, { text: '42' }],
          [{ text: 'test' }, { text: '118', inline: [{ type: 'strong', children: [{ type: 'text', text: '118' }] }] }],
        ],
      },
      { type: 'divider' },
      { type: 'paragraph', text: 'after the divider.' },
    ],
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 3, name: 'a level 3 heading' })).toBeVisible();
    await expect(canvas.getByRole('link', { name: 'a link' })).toHaveAttribute('href', 'https://example.com/build');
    await expect(canvas.getByText('done task').closest('li')).toHaveTextContent(/^Done: done task$/);
    await expect(canvas.getByRole('table')).toBeVisible();
    await expect(canvas.getByRole('img', { name: 'Build time per step, as bars' })).toHaveAttribute('loading', 'lazy');
    await expect(canvasElement.querySelector('ol')).toHaveAttribute('start', '3');
  },
};
