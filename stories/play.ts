import { expect, userEvent, within } from 'storybook/test';

/**
 * A `play` for collapsed long lists: the last item is in the HTML but hidden, opening the
 * "Show N more" disclosure shows it.
 */
export function expandCollapsed(summary: string, lastItem: string) {
  return async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText(lastItem)).not.toBeVisible();
    await userEvent.click(canvas.getByText(summary));
    await expect(canvas.getByText(lastItem)).toBeVisible();
  };
}
