// Our own hooks for the story tests. The addon applies the preview annotations itself (Storybook ≥ 10.3);
// this file must not apply them again (the addon skips its own when a setup file here mentions that call).
import axe from 'axe-core';
import type { ComposedStoryFn } from 'storybook/internal/types';
import { afterEach, expect } from 'vitest';
import { commands, page } from 'vitest/browser';

type Media = { colorScheme: 'light' | 'dark'; forcedColors: 'active' | 'none' };

declare module 'vitest/browser' {
  interface BrowserCommands {
    /** Defined in vite.config.ts: Playwright's `page.emulateMedia` for the whole page. */
    emulateMedia: (media: Media) => Promise<void>;
  }
}

/**
 * The looks every story is checked in, from one render. The first is the one it renders in
 * (`initialGlobals` in vite.config.ts), where the addon has already run axe; each other look is
 * reached by switching `data-theme` on the canvas and the page's media features.
 *
 * - `axe`: which axe rules run again in that look. Only colour can differ between light and dark
 *   (the markup is the same render), so dark runs the colour rules alone; forced colours replace
 *   every colour with the system's, so axe there would only repeat the light look's checks.
 * - `screenshot`: which stories are captured in that look: all, or those with the tag. Dark changes
 *   only colour tokens, so its pictures are taken of the stories tagged `dark`: each component's
 *   "All states" story (every state of the component in one frame) and a few whole pages. Every
 *   story is still checked in dark by axe's colour rules.
 */
const LOOKS: {
  name: string;
  theme: 'light' | 'dark';
  media: Media;
  axe: 'none' | 'colour';
  screenshot: 'all' | string;
  only?: string;
}[] = [
  {
    name: 'light',
    theme: 'light',
    media: { colorScheme: 'light', forcedColors: 'none' },
    axe: 'none',
    screenshot: 'all',
  },
  {
    name: 'dark',
    theme: 'dark',
    media: { colorScheme: 'dark', forcedColors: 'none' },
    axe: 'colour',
    screenshot: 'dark',
  },
  // Windows high-contrast mode, for the stories tagged for it.
  {
    name: 'forced-colors',
    theme: 'light',
    media: { colorScheme: 'light', forcedColors: 'active' },
    axe: 'none',
    screenshot: 'forced-colors',
    only: 'forced-colors',
  },
];

/** The axe rules whose outcome depends on colours: what the dark look checks again. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * Waits until every image of the story has loaded or failed. A broken image's box is not a loading
 * one's (Chromium drops the reserved size and shows the alt text), so a capture taken while a remote
 * image is still pending would depend on the network's timing. Lazy images are started at once: they
 * are in view anyway once the iframe has grown to the story's height.
 */
function imagesSettled(root: HTMLElement): Promise<unknown> {
  return Promise.all(
    Array.from(root.querySelectorAll('img'), (image) => {
      if (image.loading === 'lazy') image.loading = 'eager';
      return image.complete
        ? undefined
        : new Promise((resolve) => {
            image.addEventListener('load', resolve, { once: true });
            image.addEventListener('error', resolve, { once: true });
          });
    }),
  );
}

type A11yParameters = {
  test?: 'error' | 'todo' | 'off';
  disable?: boolean;
  config?: axe.Spec;
  options?: axe.RunOptions;
  context?: axe.ElementContext;
};

/**
 * Runs axe the way @storybook/addon-a11y 10.6 does after a story (same context, same disabled rule
 * `region`, the story's `parameters.a11y` config and options) and fails on violations when
 * `parameters.a11y.test` is `'error'`.
 */
async function checkA11y(story: ComposedStoryFn, look: string, colourOnly: boolean) {
  const a11y = (story.parameters.a11y ?? {}) as A11yParameters;
  if (a11y.disable === true || a11y.test === 'off' || story.globals?.a11y?.manual === true) return;
  const context: axe.ContextObject = {
    include: document.body,
    exclude: ['.sb-wrapper', '#storybook-docs', '#storybook-highlights-root'],
  };
  if (a11y.context) {
    const given = a11y.context as axe.ContextObject;
    const hasInclude = typeof given === 'object' && 'include' in given && given.include !== undefined;
    const hasExclude = typeof given === 'object' && 'exclude' in given && given.exclude !== undefined;
    if (hasInclude) context.include = given.include;
    else if (!hasExclude) context.include = a11y.context as axe.ContextObject['include'];
    if (hasExclude) context.exclude = [...(context.exclude as string[]), ...([] as unknown[]).concat(given.exclude)];
  }
  const config = a11y.config ?? {};
  const rules = [{ id: 'region', enabled: false }, ...(config.rules ?? [])];
  let options = a11y.options ?? {};
  if (colourOnly) {
    // The colour rules the story's own config leaves on.
    const off = new Set(rules.filter((rule) => rule.enabled === false).map((rule) => rule.id));
    const values = COLOUR_RULES.filter((id) => !off.has(id) && options.rules?.[id]?.enabled !== false);
    if (values.length === 0) return;
    options = { ...options, runOnly: { type: 'rule', values } };
  } else if (options.runOnly) {
    const disabled: Record<string, { enabled: false }> = {};
    for (const { id, enabled } of rules) if (id && enabled === false) disabled[id] = { enabled: false };
    options = { ...options, rules: { ...disabled, ...options.rules } };
  }
  axe.reset();
  axe.configure({ ...config, rules });
  const { violations } = await axe.run(context, options);
  if (violations.length === 0) return;
  const report = violations
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help}\n${violation.nodes
          .map((node) => `    ${node.target.join(' ')}\n      ${node.failureSummary?.replaceAll('\n', '\n      ')}`)
          .join('\n')}`,
    )
    .join('\n  ');
  const message = `axe in the ${look} look of ${story.id}: ${violations.length} violation(s)\n  ${report}`;
  if (a11y.test === 'todo') console.warn(message);
  else throw new Error(message);
}

/**
 * After a story has rendered, played and passed axe: each look in turn (axe's colour rules in dark,
 * then the screenshot, for the stories that look captures and unless tagged `no-screenshot`), then
 * the canvas and the page go back to the first look for the next story.
 */
afterEach(async (context) => {
  const story = (context as unknown as { story?: ComposedStoryFn }).story;
  if (!story || context.task.result?.state === 'fail') return;
  const canvas = document.querySelector<HTMLElement>('.sb-canvas');
  if (!canvas) throw new Error(`story ${story.id} rendered no .sb-canvas`);
  // The story's own frame, not the page: the image is the component (at its container width), so a
  // 1 px change is a larger share of it.
  const frame = canvas.querySelector<HTMLElement>('.sb-frame') ?? canvas;
  if (canvas.dataset.theme !== LOOKS[0].theme) {
    throw new Error(
      `story ${story.id} rendered with data-theme="${canvas.dataset.theme}", expected "${LOOKS[0].theme}"`,
    );
  }
  const captured = (look: (typeof LOOKS)[number]) =>
    !story.tags.includes('no-screenshot') && (look.screenshot === 'all' || story.tags.includes(look.screenshot));
  if (LOOKS.some(captured)) await document.fonts.ready;
  const failures: { look: string; error: unknown }[] = [];
  let media = LOOKS[0].media;
  let height = 0;
  try {
    for (const look of LOOKS) {
      if (look.only && !story.tags.includes(look.only)) continue;
      try {
        canvas.dataset.theme = look.theme;
        if (look.media.colorScheme !== media.colorScheme || look.media.forcedColors !== media.forcedColors) {
          await commands.emulateMedia(look.media);
          media = look.media;
        }
        if (look.axe === 'colour') await checkA11y(story, look.name, true);
        if (!captured(look)) continue;
        // The test iframe paints only what fits in it: grow it to the story's full height first.
        const needed = Math.min(8000, Math.max(600, Math.ceil(canvas.getBoundingClientRect().height)));
        if (needed !== height) {
          await page.viewport(1200, needed);
          height = needed;
        }
        await imagesSettled(frame);
        await expect.element(page.elementLocator(frame)).toMatchScreenshot(`${story.id}--${look.name}`, {
          comparatorName: 'pixelmatch',
          // A small tolerance, so a Chromium update that shifts anti-aliasing does not fail every story.
          comparatorOptions: { threshold: 0.1, includeAA: true, allowedMismatchedPixels: 8 },
          // No time limit: the rendering is deterministic, so the first capture is compared with the
          // reference at once; only on a mismatch does Vitest capture again, until two captures agree,
          // and then compares that one. A limit would only turn a slow machine into a failure.
          timeout: 0,
        });
      } catch (error) {
        failures.push({ look: look.name, error });
      }
    }
  } finally {
    canvas.dataset.theme = LOOKS[0].theme;
    if (media !== LOOKS[0].media) await commands.emulateMedia(LOOKS[0].media);
  }
  if (failures.length === 1) throw failures[0].error;
  if (failures.length > 1) {
    throw new Error(
      failures
        .map(({ look, error }) => `[${look}] ${error instanceof Error ? `${error.message}` : String(error)}`)
        .join('\n\n'),
    );
  }
});
