import type { StorybookConfig } from '@storybook/react-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/react-vite', options: {} },
  core: { disableTelemetry: true },
  typescript: { reactDocgen: 'react-docgen-typescript' },
  // `storybook build --test` (the check in `npm test`): the same stories, MDX pages and autodocs
  // entries as the published build, without what only a reader of the published site needs:
  // react-docgen-typescript's props tables, source maps and tree shaking.
  build: {
    test: {
      disabledAddons: [],
      disableBlocks: false,
      disableMDXEntries: false,
      disableAutoDocs: false,
      disableDocgen: true,
      disableSourcemaps: true,
      disableTreeShaking: true,
    },
  },
};

export default config;
