import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

const dirname = path.dirname(fileURLToPath(import.meta.url));

/** Debian's Chromium; no tool downloads a browser of its own. */
export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** One story project per theme: every story renders, plays, passes a11y and matches its screenshot. */
function storybookProject(name: string, theme: 'light' | 'dark', forcedColors = false): TestProjectInlineConfiguration {
  return {
    extends: true,
    plugins: [
      storybookTest({
        configDir: path.join(dirname, '.storybook'),
        initialGlobals: { theme, forcedColors },
        // Windows high-contrast mode is emulated for the stories tagged for it.
        ...(forcedColors ? { tags: { include: ['forced-colors'] } } : {}),
      }),
    ],
    test: {
      name,
      setupFiles: ['.storybook/vitest.setup.ts'],
      browser: {
        enabled: true,
        headless: true,
        viewport: { width: 1200, height: 900 },
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
            colorScheme: theme,
            forcedColors: forcedColors ? 'active' : 'none',
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
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: ['test/**/*.rsc.test.tsx'],
          setupFiles: ['test/setup.ts'],
          // test/**/*.test-d.tsx: assertions about the public types, checked by tsc.
          typecheck: { enabled: true, include: ['test/**/*.test-d.{ts,tsx}'], tsconfig: './tsconfig.json' },
        },
      },
      {
        // The presentational components under the react-server condition, as in React Server Components:
        // React's server build has no hooks, so any hook or client API would fail here.
        extends: true,
        resolve: { conditions: ['react-server'] },
        ssr: { resolve: { conditions: ['react-server'], externalConditions: ['react-server'] } },
        test: {
          name: 'rsc',
          environment: 'node',
          include: ['test/**/*.rsc.test.tsx'],
          execArgv: ['--conditions=react-server'],
        },
      },
      storybookProject('storybook', 'light'),
      storybookProject('storybook-dark', 'dark'),
      storybookProject('storybook-forced-colors', 'light', true),
    ],
  },
});
