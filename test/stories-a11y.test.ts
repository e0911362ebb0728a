/**
 * Axe over every story (STYLE.md Rule 16): each story is composed the way Storybook composes it
 * (meta + story args, loaders, render, play) and rendered into a fresh canvas; once the element
 * shows its step, it must have zero violations. Also proves that every step of every assistant
 * has a story for its filled and its error state.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { Assistant } from '../src/engine/define-assistant.js';
import { hundesteuer } from '../src/assistants/hundesteuer/hundesteuer.definition.js';
import { brauchtumsfeuer } from '../src/assistants/brauchtumsfeuer/brauchtumsfeuer.definition.js';
import { wohnungsgeberbestaetigung } from '../src/assistants/wohnungsgeberbestaetigung/wohnungsgeberbestaetigung.definition.js';
import { urkunden } from '../src/assistants/urkunden/urkunden.definition.js';
import { feuerwehrVerdienstausfall } from '../src/assistants/feuerwehr-verdienstausfall/feuerwehr-verdienstausfall.definition.js';
import { gewerbeanzeige } from '../src/assistants/gewerbeanzeige/gewerbeanzeige.definition.js';
import { assistants } from '../src/assistants/registry.js';
import {
  whenRendered,
  type AssistantArgs,
  type KommStoryParameters,
} from '../stories/assistant-story.js';
import * as hundesteuerStories from '../stories/hundesteuer.stories.js';
import * as brauchtumsfeuerStories from '../stories/brauchtumsfeuer.stories.js';
import * as wohnungsgeberbestaetigungStories from '../stories/wohnungsgeberbestaetigung.stories.js';
import * as urkundenStories from '../stories/urkunden.stories.js';
import * as feuerwehrStories from '../stories/feuerwehr-verdienstausfall.stories.js';
import * as gewerbeanzeigeStories from '../stories/gewerbeanzeige.stories.js';
import * as themingStories from '../stories/theming.stories.js';
import type { KommAssistant } from '../src/components/assistant-element.js';

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
  theming: themingStories as unknown as StoryModule,
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

/** Renders one story like Storybook: args merged, loaders run, render into the canvas, then play. */
async function mountStory(meta: AnyMeta, story: AnyStory): Promise<KommAssistant> {
  const args = { ...meta.args, ...story.args } as AssistantArgs;
  const loaders = [meta.loaders ?? [], story.loaders ?? []].flat();
  const context = { args, loaded: {} as Record<string, unknown> } as never as Parameters<
    NonNullable<AnyMeta['play']>
  >[0];
  for (const loader of loaders) Object.assign(context.loaded, await loader(context));
  const canvasElement = await fixture<HTMLDivElement>(html`<div id="storybook-root"></div>`);
  Object.assign(context, { canvasElement });
  const renderFn = (story.render ?? meta.render)!;
  render(renderFn(args, context) as never, canvasElement);
  const play = story.play ?? meta.play;
  if (play) await play(context);
  const el = canvasElement.firstElementChild as KommAssistant;
  await whenRendered(el);
  return el;
}

describe('stories: axe on every story', () => {
  let consoleError: typeof console.error;
  let consoleInfo: typeof console.info;
  beforeEach(() => {
    sessionStorage.clear();
    consoleError = console.error;
    consoleInfo = console.info;
  });
  afterEach(() => {
    console.error = consoleError;
    console.info = consoleInfo;
  });

  for (const [file, mod] of Object.entries(modules)) {
    describe(file, () => {
      for (const [name, story] of storiesOf(mod)) {
        it(name, async () => {
          const state = (story.parameters as KommStoryParameters | undefined)?.komm?.state;
          // The config error story logs the problems for the page editor, by design.
          if (state === 'config') console.error = () => {};
          const el = await mountStory(mod.default, story);
          const root = el.shadowRoot!;
          if (state === 'config')
            expect(root.querySelector('.config-error'), 'config error page').to.exist;
          else expect(root.querySelector('#step-title'), 'step heading').to.exist;
          if (state === 'errors')
            expect(root.querySelector('[part~="error-summary"]'), 'error summary').to.exist;
          if (story.args?.step === 'review')
            expect(root.querySelector('[part~="review"]'), 'review page').to.exist;
          if (story.args?.lang === 'en') expect(el.getAttribute('lang')).to.equal('en');
          await expect(el).to.be.accessible();
        });
      }
    });
  }
});

describe('stories: coverage', () => {
  it('every registered assistant is in this sweep (a new one must add its stories here)', () => {
    expect(Object.keys(definitions).sort()).to.deep.equal(Object.keys(assistants).sort());
  });
  for (const [id, def] of Object.entries(definitions)) {
    it(`${id}: every step has a filled and an error story, plus review and config error`, () => {
      const params = storiesOf(modules[id]!).map(
        ([, s]) => (s.parameters as KommStoryParameters).komm,
      );
      const with_ = (state: string) =>
        new Set(params.filter((p) => p.state === state).map((p) => p.step));
      const steps = def.steps.map((s) => s.id);
      expect([...with_('step')].sort()).to.deep.equal([...steps].sort());
      expect([...with_('errors')].sort()).to.deep.equal([...steps].sort());
      expect(params.some((p) => p.state === 'review')).to.equal(true);
      expect(params.some((p) => p.state === 'config')).to.equal(true);
      expect(params.some((p) => p.state === 'lang')).to.equal(true);
    });
  }
});
