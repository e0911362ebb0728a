import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';

// The generated manifest documents attributes, events, parts and tokens in the docs tab (Rule 14).
setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: {
    // Every story is an accessibility check: an axe violation fails the story (and the test run).
    a11y: { test: 'error' },
    controls: { expanded: true },
    layout: 'padded',
  },
};

export default preview;
