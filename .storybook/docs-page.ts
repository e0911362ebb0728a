/**
 * The Docs page of each assistant (tag `autodocs` in its stories' meta): its description from
 * custom-elements.json (with methods and CSS states, see ./docs-manifest.ts), the element live
 * with the controls of the first story, and the API tables (attributes, properties, events,
 * slots, CSS custom properties, CSS shadow parts). Storybook's default page would also render every
 * story of the file inline; those stories reach their state in `play`, which a Docs page does
 * not run, so thirty copies of the first step would follow. The sidebar lists them instead.
 */
import { createElement as h, Fragment } from 'react';
import { Controls, Description, Primary, Subtitle, Title } from '@storybook/addon-docs/blocks';

export const docsPage = () =>
  h(Fragment, null, h(Title), h(Subtitle), h(Description), h(Primary), h(Controls));
