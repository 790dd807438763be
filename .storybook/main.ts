import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  framework: {
    name: '@storybook/web-components-vite',
    options: {
      builder: {
        // The root vite.config.ts describes the library builds; Storybook gets its own, small one.
        viteConfigPath: '.storybook/vite.config.ts',
      },
    },
  },
  core: { disableTelemetry: true },
};

export default config;
