import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { ArticleMetaBox, type MetaEntry } from '../src';
import { CopyButton } from '../src/client';
import { seedArticle } from './data';

let copied: string[] = [];

/** Replaces the clipboard for the story, so the test can read what was copied. */
function stubClipboard() {
  copied = [];
  const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: { writeText: async (text: string) => void copied.push(text) },
  });
  return () => {
    delete (navigator as { clipboard?: unknown }).clipboard;
    if (original) Object.defineProperty(Navigator.prototype, 'clipboard', original);
  };
}

const copyText = (label: string) => (entry: MetaEntry) =>
  entry.value.kind === 'text' ? <CopyButton value={entry.value.text} label={label} /> : null;

const meta = {
  title: 'Components/CopyButton',
  component: CopyButton,
  args: { value: 'anp-ref-009936-2761', label: 'Copy reference' },
  parameters: { containerWidth: 420 },
  beforeEach: stubClipboard,
} satisfies Meta<typeof CopyButton>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The button alone, at rest. */
export const Default: Story = {
  tags: ['dark'],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const button = canvas.getByRole('button', { name: 'Copy reference' });
    await expect(canvas.getAllByRole('button')).toEqual([button]);
    await expect(button).toHaveAttribute('type', 'button');
    await expect(button).toBeEnabled();
    // Nothing announced and nothing copied yet; the live region is there, empty, for the first copy.
    await expect(canvas.getByRole('status')).toHaveTextContent(/^$/);
    await expect(canvasElement.querySelector('[data-slot="copy-button"]')).not.toHaveAttribute('data-status');
    await expect(copied).toEqual([]);
  },
};

/** Click it, and the result is announced in a polite live region (the announcement clears after 2 s,
 * so this story has no screenshot). */
export const Copying: Story = {
  tags: ['no-screenshot'],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Copy reference' }));
    await expect(canvas.getByRole('status')).toHaveTextContent('Copied');
    await expect(copied).toEqual(['anp-ref-009936-2761']);
  },
};

/** In the meta box, beside the reference and the hash (the `actions` prop); reachable and usable by keyboard.
 * (No screenshot: the play leaves a timed announcement; `MetaBoxAtRest` is the visual.) */
export const InTheMetaBox: Story = {
  tags: ['no-screenshot'],
  render: () => (
    <ArticleMetaBox
      meta={{ entries: seedArticle.meta.entries.filter((e) => ['reference', 'hash', 'topic'].includes(e.key)) }}
      actions={{ reference: copyText('Copy reference'), hash: copyText('Copy hash') }}
    />
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await expect(canvas.getByRole('button', { name: 'Copy reference' })).toHaveFocus();
    await userEvent.tab();
    await expect(canvas.getByRole('button', { name: 'Copy hash' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(copied).toEqual(['7a8db0d9984667cb9a2c0673']);
    const hashRow = canvas.getByRole('button', { name: 'Copy hash' }).closest('dd') as HTMLElement;
    await expect(within(hashRow).getByRole('status')).toHaveTextContent('Copied');
    // The value itself stays plain text in the row.
    await expect(hashRow).toHaveTextContent('7a8db0d9984667cb9a2c0673');
  },
};

/** The meta box with copy buttons, at rest. */
export const MetaBoxAtRest: Story = {
  render: InTheMetaBox.render,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const box = within(canvas.getByRole('region', { name: 'Post meta' }));
    await expect(box.getAllByRole('button').map((button) => button.getAttribute('aria-label'))).toEqual([
      'Copy reference',
      'Copy hash',
    ]);
    // Each button beside its own value, which stays plain text; the topic has none.
    const rowOf = (name: string) => box.getByRole('button', { name }).closest('dd') as HTMLElement;
    await expect(rowOf('Copy reference')).toHaveTextContent(/^anp-ref-009936-2761$/);
    await expect(rowOf('Copy hash')).toHaveTextContent(/^7a8db0d9984667cb9a2c0673$/);
    await expect(
      [...canvasElement.querySelectorAll('dt')].map((dt) => [
        dt.textContent,
        dt.nextElementSibling?.querySelector('button') !== null,
      ]),
    ).toEqual([
      ['Topic', false],
      ['Reference', true],
      ['Hash', true],
    ]);
    // At rest: two empty live regions, nothing copied, no status on the buttons.
    await expect(box.getAllByRole('status').map((status) => status.textContent)).toEqual(['', '']);
    await expect(canvasElement.querySelector('[data-slot="copy-button"][data-status]')).toBeNull();
    await expect(copied).toEqual([]);
  },
};
