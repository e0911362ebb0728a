/**
 * Every step and state of every assistant has a story. The stories themselves run as browser
 * tests with axe (STYLE.md Rule 16) through Storybook's Vitest addon: `npx vitest run`
 * (vitest.config.ts), the "stories" step of `npm test`.
 */
import { expect } from '@open-wc/testing';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { Assistant } from '../src/engine/define-assistant.js';
import { hundesteuer } from '../src/assistants/hundesteuer/hundesteuer.definition.js';
import { brauchtumsfeuer } from '../src/assistants/brauchtumsfeuer/brauchtumsfeuer.definition.js';
import { wohnungsgeberbestaetigung } from '../src/assistants/wohnungsgeberbestaetigung/wohnungsgeberbestaetigung.definition.js';
import { urkunden } from '../src/assistants/urkunden/urkunden.definition.js';
import { feuerwehrVerdienstausfall } from '../src/assistants/feuerwehr-verdienstausfall/feuerwehr-verdienstausfall.definition.js';
import { gewerbeanzeige } from '../src/assistants/gewerbeanzeige/gewerbeanzeige.definition.js';
import { assistants } from '../src/assistants/registry.js';
import { type AssistantArgs, type KommStoryParameters } from '../stories/assistant-story.js';
import * as hundesteuerStories from '../stories/hundesteuer.stories.js';
import * as brauchtumsfeuerStories from '../stories/brauchtumsfeuer.stories.js';
import * as wohnungsgeberbestaetigungStories from '../stories/wohnungsgeberbestaetigung.stories.js';
import * as urkundenStories from '../stories/urkunden.stories.js';
import * as feuerwehrStories from '../stories/feuerwehr-verdienstausfall.stories.js';
import * as gewerbeanzeigeStories from '../stories/gewerbeanzeige.stories.js';

type AnyMeta = Meta<AssistantArgs>;
type AnyStory = StoryObj<AssistantArgs>;
type StoryModule = { default: AnyMeta } & Record<string, unknown>;

const modules: Record<string, StoryModule> = {
  hundesteuer: hundesteuerStories as unknown as StoryModule,
  brauchtumsfeuer: brauchtumsfeuerStories as unknown as StoryModule,
  wohnungsgeberbestaetigung: wohnungsgeberbestaetigungStories as unknown as StoryModule,
  urkunden: urkundenStories as unknown as StoryModule,
  'feuerwehr-verdienstausfall': feuerwehrStories as unknown as StoryModule,
  gewerbeanzeige: gewerbeanzeigeStories as unknown as StoryModule,
};

const definitions: Record<string, Assistant<any>> = {
  hundesteuer,
  brauchtumsfeuer,
  wohnungsgeberbestaetigung,
  urkunden,
  'feuerwehr-verdienstausfall': feuerwehrVerdienstausfall,
  gewerbeanzeige,
};

const storiesOf = (mod: StoryModule) =>
  Object.entries(mod).filter(
    ([name, value]) => name !== 'default' && value && typeof value === 'object',
  ) as [string, AnyStory][];

describe('stories: coverage', () => {
  it('every registered assistant is in this sweep (a new one must add its stories here)', () => {
    expect(Object.keys(definitions).sort()).to.deep.equal(Object.keys(assistants).sort());
  });
  for (const [id, def] of Object.entries(definitions)) {
    it(`${id}: every step has a filled and an error story, plus the other states`, () => {
      const params = storiesOf(modules[id]!).map(
        ([, s]) => (s.parameters as KommStoryParameters).komm,
      );
      const with_ = (state: string) =>
        new Set(params.filter((p) => p.state === state).map((p) => p.step));
      const steps = def.steps.map((s) => s.id);
      expect([...with_('step')].sort()).to.deep.equal([...steps].sort());
      expect([...with_('errors')].sort()).to.deep.equal([...steps].sort());
      for (const state of [
        'empty',
        'review',
        'sending',
        'send-failed',
        'confirmation',
        'config',
        'lang',
      ])
        expect(
          params.some((p) => p.state === state),
          state,
        ).to.equal(true);
    });
  }
});
