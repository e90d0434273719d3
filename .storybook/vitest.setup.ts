// Our own hooks for the story tests. The addon applies the preview annotations itself (Storybook ≥ 10.3);
// this file must not apply them again (the addon skips its own when a setup file here mentions that call).
import type { ComposedStoryFn } from 'storybook/internal/types';
import { afterEach, expect } from 'vitest';
import { page } from 'vitest/browser';

/** Every story is compared with its committed reference PNG, unless tagged `no-screenshot`. */
afterEach(async (context) => {
  const story = (context as unknown as { story?: ComposedStoryFn }).story;
  if (!story || story.tags.includes('no-screenshot') || context.task.result?.state === 'fail') return;
  await document.fonts.ready;
  const theme = story.globals?.forcedColors ? 'forced-colors' : story.globals?.theme === 'dark' ? 'dark' : 'light';
  const canvas = document.querySelector('.sb-canvas');
  if (!canvas) throw new Error(`story ${story.id} rendered no .sb-canvas`);
  // The test iframe paints only what fits in it: grow it to the story's full height first.
  await page.viewport(1200, Math.min(8000, Math.max(600, Math.ceil(canvas.getBoundingClientRect().height))));
  await expect.element(page.elementLocator(canvas)).toMatchScreenshot(`${story.id}--${theme}`, {
    comparatorName: 'pixelmatch',
    // A small tolerance, so a Chromium update that shifts anti-aliasing does not fail every story.
    comparatorOptions: { threshold: 0.2, allowedMismatchedPixelRatio: 0.002 },
  });
});
