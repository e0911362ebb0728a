/**
 * What every assistant story shares: the controls, the config loader, the render function and
 * the setup (`play`) that brings the element into the story's state through its public API
 * (`loadAnswers`, `goTo`, `next`). `test/stories-a11y.test.ts` runs the same loader, render and
 * play, so a story and its a11y check always show the same thing.
 */
import { nothing } from 'lit';
import { html, unsafeStatic } from 'lit/static-html.js';
import type { ArgTypes, Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import type { KommAssistant } from '../src/components/assistant-element.js';
import type { Answers } from '../src/engine/types.js';
import { loadOffline } from '../src/components/load-offline.js';
import { uiMessages } from '../src/components/messages.js';
import { MARKER, outboxEntries, removeEntry } from '../src/transport/outbox.js';

/** The example municipalities in `examples/config/`. */
export const MUNICIPALITIES = ['dresden', 'leipzig', 'chemnitz'] as const;
export type Municipality = (typeof MUNICIPALITIES)[number];

/**
 * What a story shows: `empty` (the first step, nothing answered), `step` (a step filled from a
 * fixture), its `errors`, the `review`, `sending`, `send-failed`, the `confirmation`, a broken
 * `config`.
 */
export type StoryState =
  | 'empty'
  | 'step'
  | 'errors'
  | 'review'
  | 'sending'
  | 'send-failed'
  | 'confirmation'
  | 'config'
  | 'offline'
  | 'lang'
  | 'theme';

/**
 * How a story's "Absenden" is answered: `hub` the reference hub (`npm test` passes its HUB_URL
 * through vitest.config.ts; elsewhere a stand-in answers like the hub: 201 with a reference),
 * `hang` never (the sending state), `reject` a 400 problem (the send-failed state), `offline`
 * not at all: every request fails as the browser's fetch does without a connection, to an
 * endpoint nothing listens on (`OFFLINE_ENDPOINT`), so after the transport's retries the
 * application stays in the device's outbox (issue 12's queued state).
 */
export type Send = 'hub' | 'hang' | 'reject' | 'offline';

/** A hub that refuses every connection (port 9, "discard", is closed on any machine here). */
export const OFFLINE_ENDPOINT = 'http://127.0.0.1:9';

/** Args of every assistant story. */
export interface AssistantArgs {
  /** Which example configuration the element gets as `.config`. */
  municipality: Municipality;
  lang: 'de' | 'en';
  /** Attribute `theme`; `standard` leaves it out. */
  theme: 'standard' | 'kern' | 'sachsen' | 'kontrast' | 'dunkel' | 'auto';
  'heading-level': number;
  /** Value of `--komm-color-primary` on the element; empty for the shipped default. */
  primaryColor: string;
  /** Answers loaded once the config is ready: always one of the assistant's fixtures. */
  answers?: Answers;
  /** Step id (or `review`) shown after loading the answers. */
  step?: string;
  /** Press "Weiter" once, so that the step's error summary and inline errors show. */
  showErrors?: boolean;
  /** Give the element a config with a wrong key (the page editor's error page). */
  brokenConfig?: boolean;
  /** Press "Antrag verbindlich absenden" on the review, answered as `Send` says. */
  send?: Send;
}

/** Story parameters the a11y sweep reads to prove every step and state has a story. */
export interface KommStoryParameters {
  komm: { state: StoryState; step?: string };
}

export type AssistantStory = StoryObj<AssistantArgs> & { parameters?: KommStoryParameters };

/** The story's own args (not the element's API) are grouped apart on the Docs page. */
const story_ = { category: 'Story setup' };

/**
 * Controls of the story args; the element's API (custom-elements.json, .storybook/preview.ts)
 * adds its tables. The render sets only `lang`, `theme` and `heading-level` of those; the rest are
 * documented without a control that would do nothing.
 */
export const assistantArgTypes: Partial<ArgTypes<AssistantArgs>> & ArgTypes = {
  municipality: {
    control: 'select',
    options: [...MUNICIPALITIES],
    description: 'Example config from `examples/config/<name>.json`, given as `.config`.',
    table: story_,
  },
  lang: { control: 'inline-radio', options: ['de', 'en'] },
  theme: {
    control: 'inline-radio',
    options: ['standard', 'kern', 'sachsen', 'kontrast', 'dunkel', 'auto'],
  },
  'heading-level': { control: { type: 'number', min: 1, max: 4, step: 1 } },
  primaryColor: {
    control: 'color',
    description: 'CSS custom property `--komm-color-primary` on the element.',
    table: story_,
  },
  // These define the story; changing them after the setup ran would not show anything new.
  answers: {
    control: false,
    description: 'Fixture answers, loaded with `loadAnswers()`.',
    table: story_,
  },
  step: { control: false, description: 'Shown with `goTo()`.', table: story_ },
  showErrors: { control: false, description: 'Calls `next()` once.', table: story_ },
  brokenConfig: {
    control: false,
    description: 'A wrong key in the config.',
    table: story_,
  },
  send: {
    control: false,
    description: 'How "Absenden" is answered (hub, hang, reject, offline).',
    table: story_,
  },
  // The element's API that the stories set themselves (or not at all).
  ...Object.fromEntries(
    [
      'config-src',
      'endpoint',
      'encryption-key',
      'draft',
      'draft-ttl',
      'config',
      'prefill',
      'fetchFn',
    ].map((name) => [name, { control: false }]),
  ),
};

export const defaultArgs: AssistantArgs = {
  municipality: 'dresden',
  lang: 'de',
  theme: 'standard',
  'heading-level': 2,
  primaryColor: '',
};

/**
 * Fetches an example configuration, relative to the document like a municipality's page would
 * (Storybook serves `examples/config/` as a static dir; @web/test-runner serves the repo root).
 */
export async function loadMunicipalityConfig(name: Municipality): Promise<Record<string, unknown>> {
  const url = new URL(`examples/config/${name}.json`, document.baseURI);
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url.href}: HTTP ${res.status}`);
  return (await res.json()) as Record<string, unknown>;
}

/** The same config with a typo a page editor could make: a 7-digit AGS. */
export function breakConfig(config: Record<string, unknown>): Record<string, unknown> {
  const municipality = config['municipality'] as Record<string, unknown>;
  return {
    ...config,
    municipality: { ...municipality, ags: String(municipality['ags']).slice(0, 7) },
  };
}

/** Storybook loader: `loaded.config` for the render function. */
export const configLoader = async ({ args }: { args: AssistantArgs }) => {
  const config = await loadMunicipalityConfig(args.municipality);
  return { config: args.brokenConfig ? breakConfig(config) : config };
};

// Stories without `send` never send: the cancelable komm-submit is cancelled before any request.
const noSubmit = (e: Event) => {
  e.preventDefault();
  console.info('Storybook: sending is switched off in this story (komm-submit cancelled).');
};

// Set by vitest.config.ts (`define`) from `npm test`'s HUB_URL; undeclared in Storybook and WTR.
declare const __KOMM_HUB_URL__: string | undefined;
/** The reference hub of this test run, or '' (then `send: 'hub'` uses the stand-in). */
export const hubUrl = (): string => (typeof __KOMM_HUB_URL__ === 'string' ? __KOMM_HUB_URL__ : '');

const problem = (status: number, title: string) =>
  new Response(JSON.stringify({ type: 'about:blank', title, status }), {
    status,
    headers: { 'content-type': 'application/problem+json', 'x-request-id': `story-${status}` },
  });

/** The `fetchFn` of a story that sends (undefined: the browser's fetch, to the real hub). */
export function storyFetch(send: Send | undefined): typeof fetch | undefined {
  if (!send || (send === 'hub' && hubUrl())) return undefined;
  // What the browser's fetch does when the connection is refused or the device is offline.
  if (send === 'offline') return () => Promise.reject(new TypeError('Failed to fetch'));
  if (send === 'hang') return () => new Promise<Response>(() => {});
  if (send === 'reject') return () => Promise.resolve(problem(400, 'Bad Request'));
  // The stand-in for the hub's receipt (hub/README.md, POST /submissions: 201).
  return () =>
    Promise.resolve(
      new Response(
        JSON.stringify({
          reference: 'STORY-2026-000001',
          receivedAt: new Date().toISOString(),
        }),
        { status: 201, headers: { 'content-type': 'application/json' } },
      ),
    );
}

/**
 * Empties the device outbox (src/transport/outbox.ts) between stories: a story left sending
 * (`hang`) keeps its envelope there by design, and the next element of the same assistant would
 * show or send it.
 */
export async function clearOutbox(): Promise<void> {
  localStorage.removeItem(MARKER);
  for (const e of await outboxEntries()) await removeEntry(e.id);
}

/** The toolbar's globals (.storybook/preview.ts). */
type Globals = { kommTheme?: AssistantArgs['theme'] | ''; kommLang?: AssistantArgs['lang'] | '' };

/** Render function for `<tag>`: the config as `.config`, drafts off (stories must not share a draft). */
export function renderAssistant(tag: string) {
  const t = unsafeStatic(tag);
  return (
    args: AssistantArgs,
    { loaded, globals }: Pick<StoryContext<AssistantArgs>, 'loaded'> & { globals?: Globals },
  ) => {
    // The toolbar (.storybook/preview.ts) overrides the story's theme and language when set.
    const theme = globals?.kommTheme || args.theme;
    return html`<${t}
      .config=${loaded['config']}
      lang=${globals?.kommLang || args.lang}
      theme=${theme === 'standard' ? nothing : theme}
      heading-level=${args['heading-level']}
      draft="off"
      endpoint=${
        args.send === 'offline'
          ? OFFLINE_ENDPOINT
          : args.send === 'hub' && hubUrl()
            ? hubUrl()
            : nothing
      }
      .fetchFn=${storyFetch(args.send)}
      style=${args.primaryColor ? `--komm-color-primary: ${args.primaryColor}` : nothing}
      @komm-submit=${args.send ? undefined : noSubmit}
    ></${t}>`;
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits until the element shows a step (or the config error page). */
export async function whenRendered(el: KommAssistant, timeoutMs = 5000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    await el.updateComplete;
    if (el.shadowRoot?.querySelector('#step-title, .config-error')) return;
    if (Date.now() > until)
      throw new Error(`<${el.localName}> rendered no step within ${timeoutMs} ms`);
    await sleep(20);
  }
}

/**
 * The story's setup: load the fixture answers, show the step (or the review) and, for an error
 * story, press "Weiter". Fails loudly when the step is not shown for these answers or when the
 * answers of an error story are valid, so that a story never silently shows something else.
 */
export async function prepareAssistant(
  canvasElement: HTMLElement,
  tag: string,
  args: AssistantArgs,
): Promise<KommAssistant> {
  const el = canvasElement.querySelector<KommAssistant>(tag);
  if (!el) throw new Error(`no <${tag}> in the story`);
  await whenRendered(el);
  const configError = el.shadowRoot!.querySelector('.config-error');
  if (configError && !args.brokenConfig)
    throw new Error(
      `<${tag}>: the config is invalid: ${configError.textContent?.replace(/\s+/g, ' ').trim()}`,
    );
  if (args.answers) el.loadAnswers(args.answers);
  if (args.step) {
    let shown = '';
    const onChange = (e: Event) => (shown = (e as CustomEvent<{ to: string }>).detail.to);
    el.addEventListener('komm-step-change', onChange);
    el.goTo(args.step);
    el.removeEventListener('komm-step-change', onChange);
    if (shown !== args.step)
      throw new Error(`<${tag}>: "${args.step}" is not shown for these answers`);
  }
  await el.updateComplete;
  if (args.showErrors) {
    if (el.next())
      throw new Error(`<${tag}>: the answers for "${args.step}" are valid; expected errors`);
    await el.updateComplete;
  }
  if (args.send) await send(el, args.send);
  await el.updateComplete;
  if (el.getAttribute('lang') === 'en') assertEnglish(el);
  return el;
}

/**
 * An English story shows no German: no German text of the assistant or the shared UI (those
 * whose English differs; long enough not to be a name, without placeholders) outside a part
 * marked `lang="de"`, and no message key in place of a missing text.
 */
export function assertEnglish(el: KommAssistant): void {
  type Texts = Partial<Record<'de' | 'en', Record<string, string>>>;
  const def = (el.constructor as unknown as { definition: { messages: Texts } }).definition;
  const de = { ...uiMessages.de, ...def.messages.de };
  const en: Record<string, string> = { ...uiMessages.en, ...def.messages.en };
  const german = Object.entries(de)
    .filter(([k, v]) => v.length >= 25 && !v.includes('{') && en[k] !== v)
    .map(([, v]) => v.replace(/\s+/g, ' '));
  let text = '';
  const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode())
    if (!n.parentElement?.closest('[lang]:not([lang^="en"]), style')) text += ` ${n.textContent}`;
  text = text.replace(/\s+/g, ' ');
  const leaks = german.filter((g) => text.includes(g));
  if (leaks.length)
    throw new Error(`<${el.localName}> in English shows German: ${leaks.slice(0, 3).join(' | ')}`);
  const key = /\b(?:ui|steps|fields)\.[a-z][\w-]*\.[\w.-]+/.exec(text);
  if (key) throw new Error(`<${el.localName}> in English shows a message key: ${key[0]}`);
}

/** What each `Send` ends in, as the citizen sees it. */
const sentShows: Record<Send, string> = {
  hub: '[part~="confirmation"]',
  hang: '.status .sending',
  reject: '.submit-failure',
  offline: '.queued',
};

/** Presses "Antrag verbindlich absenden" on the review and waits for what `how` ends in. */
async function send(el: KommAssistant, how: Send, timeoutMs = 15_000): Promise<void> {
  const root = el.shadowRoot!;
  const button = root.querySelector<HTMLButtonElement>('[part~="nav"] [part~="button-primary"]');
  if (!root.querySelector('[part~="review"]') || !button)
    throw new Error(`<${el.localName}>: "send" needs the review (step: 'review')`);
  // The outbox (load-offline.ts) loads when the review shows; offline, it must be there before
  // "Absenden" (the element's own wait on the same promise resumes first).
  if (how === 'offline') {
    await loadOffline();
    // Its own field, read here only to fail clearly instead of showing the failure page.
    const until = Date.now() + 5000;
    while (!(el as unknown as { off?: unknown }).off) {
      if (Date.now() > until) throw new Error(`<${el.localName}>: the outbox part did not load`);
      await sleep(20);
    }
    await el.updateComplete;
  }
  button.click();
  const until = Date.now() + timeoutMs;
  // Offline: five tries with back-off (up to 7.5 s), then the queued state.
  while (!root.querySelector(sentShows[how])) {
    const failure = root.querySelector('.submit-failure');
    // Offline, the transport's failure shows for a moment before the outbox keeps it.
    if (how !== 'reject' && how !== 'offline' && failure)
      throw new Error(
        `<${el.localName}>: sending failed: ${failure.textContent?.replace(/\s+/g, ' ').trim()}`,
      );
    if (Date.now() > until)
      throw new Error(`<${el.localName}>: no ${sentShows[how]} within ${timeoutMs} ms of sending`);
    await sleep(20);
    await el.updateComplete;
  }
}

/**
 * Meta shared by the assistant story files; each file spreads it into its own literal default
 * export (Storybook's indexer reads `title` and `component` statically).
 */
export function assistantMeta(tag: string): Omit<Meta<AssistantArgs>, 'title' | 'component'> {
  return {
    args: defaultArgs,
    argTypes: assistantArgTypes,
    loaders: [configLoader],
    // Before each story, and once it is left: the element gone, then the outbox emptied.
    beforeEach: async ({ canvasElement }) => {
      await clearOutbox();
      return async () => {
        canvasElement.replaceChildren();
        await sleep(50);
        await clearOutbox();
      };
    },
    render: renderAssistant(tag),
    play: async ({ canvasElement, args }) => {
      await prepareAssistant(canvasElement, tag, args);
    },
  };
}

/** A story of `state` with these args (answers always from the assistant's fixtures). */
export const story = (
  state: StoryState,
  args: Partial<AssistantArgs>,
  parameters: Record<string, unknown> = {},
): AssistantStory => ({
  args,
  parameters: { ...parameters, komm: { state, ...(args.step ? { step: args.step } : {}) } },
});

/** A step filled from a valid fixture. */
export const stepStory = (step: string, answers: Answers): AssistantStory =>
  story('step', { step, answers });

/** A step with a fixture's invalid answers, after "Weiter". */
export const errorStory = (step: string, answers: Answers): AssistantStory =>
  story('errors', { step, answers, showErrors: true });

/** The review page of a valid fixture. */
export const reviewStory = (answers: Answers): AssistantStory =>
  story('review', { step: 'review', answers });

/** The first step, nothing answered yet: what a citizen sees first. */
export const emptyStory = (): AssistantStory => story('empty', {});

/** The review of a valid fixture, "Absenden" pressed, while the hub has not answered yet. */
export const sendingStory = (answers: Answers): AssistantStory =>
  story('sending', { step: 'review', answers, send: 'hang' });

/** The review of a valid fixture after the hub refused it (400): the failure with what to do. */
export const sendFailedStory = (answers: Answers): AssistantStory =>
  story('send-failed', { step: 'review', answers, send: 'reject' });

/** The confirmation after sending a valid fixture (to the reference hub in `npm test`). */
export const confirmationStory = (
  answers: Answers,
  args: Partial<AssistantArgs> = {},
): AssistantStory => story('confirmation', { ...args, step: 'review', answers, send: 'hub' });

/**
 * The review of a valid fixture, "Absenden" pressed while no hub answers (a refused connection):
 * after the transport's retries the element says the application is saved on this device and
 * will be sent automatically (issue 12).
 */
export const offlineStory = (answers: Answers, args: Partial<AssistantArgs> = {}): AssistantStory =>
  story('offline', { ...args, step: 'review', answers, send: 'offline' });

/** The config error page (a wrong key in the municipality's config). */
export const configErrorStory = (): AssistantStory => story('config', { brokenConfig: true });
