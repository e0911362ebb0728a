import type { Preview } from '@storybook/web-components-vite';

const preview: Preview = {
  parameters: {
    // Every story is an accessibility check: an axe violation fails the story (and the test run).
    a11y: { test: 'error' },
    controls: { expanded: true },
    layout: 'padded',
  },
};

export default preview;
