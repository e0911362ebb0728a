/** The preview with the toolbar's language on English (what a developer picks in Storybook). */
import type { Preview } from '@storybook/web-components-vite';
import preview from '../preview.ts';

const english: Preview = {
  ...preview,
  initialGlobals: { ...preview.initialGlobals, kommLang: 'en' },
};

export default english;
