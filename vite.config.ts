import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import type { BrowserCommand } from 'vitest/node';
import { rscProject, unitProject } from './vitest.projects.js';

const dirname = path.dirname(fileURLToPath(import.meta.url));

/** Debian's Chromium; no tool downloads a browser of its own. */
export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/**
 * Sets the media features of the page (every frame in it): the colour scheme and Windows
 * high-contrast mode. The story setup switches them to capture light, dark and forced colours from
 * one render of each story.
 */
const emulateMedia: BrowserCommand<
  [media: { colorScheme: 'light' | 'dark'; forcedColors: 'active' | 'none' }]
> = async (context, media) => {
  await context.page.emulateMedia(media);
};

/**
 * The story project: one Chromium; every story renders and plays once, passes a11y, and is compared
 * with its light and dark references (and forced colours for the stories tagged `forced-colors`),
 * all taken from that one render by switching the theme (see .storybook/vitest.setup.ts).
 */
function storybookProject(name: string): TestProjectInlineConfiguration {
  return {
    extends: true,
    plugins: [
      storybookTest({
        configDir: path.join(dirname, '.storybook'),
        initialGlobals: { theme: 'light', forcedColors: false },
      }),
    ],
    test: {
      name,
      setupFiles: ['.storybook/vitest.setup.ts'],
      // Hang guards, not speed checks: a story's axe runs and screenshots take longer on a busy machine.
      testTimeout: 120_000,
      hookTimeout: 120_000,
      // All story files in one iframe: React, Storybook's preview and axe-core are loaded once, not once
      // per file (measured: the renderer's CPU time fell from about 50 s to 29 s). Every story still gets
      // a fresh render, and the setup puts the theme and the page's media back after each story.
      isolate: false,
      browser: {
        enabled: true,
        headless: true,
        viewport: { width: 1200, height: 900 },
        commands: { emulateMedia },
        provider: playwright({
          launchOptions: {
            executablePath: chromiumPath,
            args: [
              '--disable-gpu',
              '--disable-background-networking',
              '--disable-component-update',
              '--disable-sync',
              '--no-first-run',
              '--disable-quic',
              '--font-render-hinting=none',
            ],
          },
          contextOptions: {
            // The outer page is tall, so a story iframe grown to its full height is never scaled down.
            viewport: { width: 1280, height: 8000 },
            deviceScaleFactor: 1,
            locale: 'en-US',
            timezoneId: 'UTC',
            reducedMotion: 'reduce',
            // The starting point; the setup switches to dark and to forced colours and back.
            colorScheme: 'light',
            forcedColors: 'none',
          },
        }),
        instances: [{ browser: 'chromium' }],
        expect: {
          toMatchScreenshot: {
            // References sit next to the story files, shared by every machine (no platform suffix).
            resolveScreenshotPath: ({ root, testFileDirectory, testFileName, arg, ext }: ScreenshotPathArgs) =>
              path.join(root, testFileDirectory, '__screenshots__', testFileName, `${arg}${ext}`),
          },
        },
      },
    },
  };
}

type ScreenshotPathArgs = { root: string; testFileDirectory: string; testFileName: string; arg: string; ext: string };

export default defineConfig({
  plugins: [react()],
  test: {
    projects: [unitProject(), rscProject(), storybookProject('storybook')],
  },
});
