/**
 * The stories run in English (vitest.config.ts, project "storybook-en"): the same Storybook with
 * the toolbar's language set to English (./preview.ts). Only the per-step stories run here (the
 * project's testNamePattern); paths are relative to this folder.
 */
import type { StorybookConfig } from '@storybook/web-components-vite';
import base from '../main.ts';

const config: StorybookConfig = {
  ...base,
  stories: ['../../stories/*.stories.ts'],
  staticDirs: [{ from: '../../examples/config', to: '/examples/config' }],
};

export default config;
