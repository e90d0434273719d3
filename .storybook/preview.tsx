import '@fontsource/inter/400.css';
import '@fontsource/inter/600.css';
import '@fontsource/inter/700.css';
import type { Decorator, Preview } from '@storybook/react-vite';
import '../src/styles.css';
import './preview.css';

/**
 * `npm run test:visual-sensitivity` nudges one design token by 1 px (`VITE_AMB_NUDGE="--amb-space-2:calc(0.5rem + 1px)"`)
 * to prove the screenshots see it. Unset in every other run.
 */
const nudge = (import.meta as unknown as { env: Record<string, string | undefined> }).env.VITE_AMB_NUDGE;
if (nudge) {
  const style = document.createElement('style');
  style.textContent = `.sb-canvas { ${nudge} }`;
  document.head.append(style);
}

/**
 * Canvas wrapper: the theme (light/dark) from the toolbar or a test project, an optional fixed
 * container width from `parameters.containerWidth` (e.g. 280 for a narrow sidebar), and the
 * writing direction and language from `parameters.dir` / `parameters.lang`.
 */
const withCanvas: Decorator = (Story, context) => {
  const theme = context.globals.theme === 'dark' ? 'dark' : 'light';
  const width = context.parameters.containerWidth as number | undefined;
  const dir = context.parameters.dir as 'rtl' | 'ltr' | undefined;
  return (
    <div className="sb-canvas" data-theme={theme} dir={dir} lang={context.parameters.lang as string | undefined}>
      <div className="sb-frame" style={width ? { width } : undefined}>
        <Story />
      </div>
    </div>
  );
};

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withCanvas],
  globalTypes: {
    theme: {
      description: 'Colour scheme of the canvas',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', forcedColors: false },
  // Stories render only once the font is there, so screenshots never catch a fallback font.
  loaders: [
    async () => {
      await Promise.all(
        ['400 16px Inter', '600 16px Inter', '700 16px Inter'].map((font) => document.fonts.load(font)),
      );
      return {};
    },
  ],
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true },
    a11y: { test: 'error' },
    options: {
      storySort: {
        order: [
          'Docs',
          ['Introduction', 'Data contract', 'Bodies', 'Theming', 'Accessibility', 'Security'],
          'Components',
          'Examples',
        ],
      },
    },
  },
};

export default preview;
