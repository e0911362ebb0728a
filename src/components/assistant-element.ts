import { html, nothing, render, type PropertyValues } from 'lit';
import type { PropertyDeclarations } from 'lit';
import type { ConfigProblem } from '../engine/config.js';
import { loadConfig, type LoadedConfig } from './config-loader.js';
import type { Assistant } from '../engine/define-assistant.js';
import { createTranslator, resolveLang, type Translator } from '../engine/messages.js';
import { getPath, isEmpty, setPath } from '../engine/paths.js';
import { pruneAnswers } from '../engine/prune.js';
import type { Answers, Issue, Lang, StepDef } from '../engine/types.js';
import { errorsOnly, validateAll, validateStep } from '../engine/validate.js';
import {
  todayIso,
  visibleSteps,
  walkStep,
  type FieldNode,
  type WalkInput,
} from '../engine/walk.js';
import { KommDraftSavedEvent } from '../events/draft-saved.js';
import { KommStepChangeEvent } from '../events/step-change.js';
import { KommSubmitEvent } from '../events/submit.js';
import { KommSubmitErrorEvent } from '../events/submit-error.js';
import { KommSubmitSuccessEvent } from '../events/submit-success.js';
import { createEnvelope, newEnvelopeId, type Envelope } from '../transport/envelope.js';
import type { FetchFn } from '../transport/client.js';
import type { OutboxEntry } from '../transport/outbox.js';
import type { ReceiptPayment } from '../transport/outcome.js';
import { DraftController } from './_controllers/draft-controller.js';
import { SubmitController } from './_controllers/submit-controller.js';
import { AnswersController } from './_controllers/answers-controller.js';
import { LangController } from './_controllers/lang-controller.js';
import { WarmUpController } from './_controllers/warm-up-controller.js';
import { LoadTask } from './_controllers/load-task.js';
import { downloadAnswers } from './download.js';
import { loadSend, submitEnvelope } from './load-send.js';
import { loadIban } from '../engine/iban.js';
import { loadOffline, outboxMarked, withKey } from './load-offline.js';
import type { Seal } from '../transport/encrypt.js';
import type { Offline, OfflineHost } from './offline.js';
import { heading } from './wizard/heading.js';
import { assistantStyles } from './assistant.styles.js';
import { fieldId, type FieldContext } from './fields/field-context.js';
import { buildFieldContext } from './field-context-builder.js';
import { KommElement } from './komm-element.js';
import { uiMessages } from './messages.js';
import type { ReviewContext } from './wizard/review.js';
import { configErrorPage } from './wizard/pages.js';
import { confirmationView, reviewView, stepView } from './wizard/views.js';
import type { ShownPayment } from './wizard/payment-return.js';
import { issueMessage } from './wizard/issue-text.js';
import { needsLoading } from './lang-texts.js';

type View = 'step' | 'review' | 'confirmation';

/** A value given by the host page (e.g. from a citizen account), with where it came from. */
export interface PrefillValue {
  value: unknown;
  source: string;
}

/**
 * ibantools is a part of its own beside a script-tag bundle (`engine/iban.lazy.ts`): loaded for
 * the step that asks for an IBAN, and at idle already on the step before it (`renderAhead`).
 */
const ibanSoon = (step: StepDef<unknown> | undefined) => {
  if (!step) return;
  let asks = asksIban.get(step);
  if (asks === undefined) asksIban.set(step, (asks = hasField(step.fields, 'iban')));
  if (asks) loadIban().catch(() => {});
};
/** Per step definition, walked once (not on every render). */
const asksIban = new WeakMap<object, boolean>();

/** Whether a field of this type is anywhere in these fields (groups and lists included). */
const hasField = (node: unknown, type: string): boolean =>
  Array.isArray(node)
    ? node.some((n) => hasField(n, type))
    : !!node &&
      typeof node === 'object' &&
      ((node as { type?: unknown }).type === type ||
        Object.values(node).some((v) => typeof v === 'object' && hasField(v, type)));

/**
 * The wizard shell every assistant inherits: loads and validates the municipality's config,
 * renders one step at a time with native controls in one shadow root, validates on "Weiter",
 * shows the review and confirmation pages, keeps a draft and sends the envelope.
 *
 * @summary Guided application assistant (base class; use a concrete `<komm-…>` element).
 * @status experimental
 * @since 0.1
 * @csspart step-title - The question heading of a step, the review and the confirmation.
 * @csspart progress - "Schritt 2" (no total: answers add and remove steps).
 * @csspart field - One field (label, hint, error, control).
 * @csspart label - A field's label or legend.
 * @csspart hint - A field's hint and info texts.
 * @csspart error - A field's inline error.
 * @csspart input - The native control.
 * @csspart nav - The navigation buttons.
 * @csspart button - Every secondary button.
 * @csspart button-primary - "Weiter" and "Antrag verbindlich absenden".
 * @csspart error-summary - The list of problems at the top of a step.
 * @csspart review - The review page.
 * @csspart confirmation - The confirmation page.
 * @cssprop [--komm-font-family=inherit] - Font (inherits the page font by default; one of the three theme inputs).
 * @cssprop [--komm-font-size=1rem] - Base font size.
 * @cssprop [--komm-line-height=1.5] - Line height of the text.
 * @cssprop [--komm-color-text=#1b1b1b] - Body text colour.
 * @cssprop --komm-color-muted - Secondary text: hints and the progress line; text 80 % mixed with the surface by default.
 * @cssprop [--komm-color-surface=#fff] - Background of the element and its controls.
 * @cssprop --komm-color-surface-muted - Tint of secondary buttons and panels; primary 6 % mixed with the surface by default.
 * @cssprop [--komm-color-primary=#0a5fa8] - Buttons, links and accents; hover and tint derive from it (one of the three theme inputs).
 * @cssprop --komm-color-primary-hover - Primary button on hover; primary 80 % mixed with the text colour by default.
 * @cssprop [--komm-color-on-primary=#fff] - Text on the primary colour.
 * @cssprop [--komm-color-danger=#b3261e] - Errors.
 * @cssprop [--komm-color-warning=#8a4b00] - Warnings that do not block sending.
 * @cssprop [--komm-color-success=#00703c] - The confirmation after sending.
 * @cssprop --komm-color-border - Borders of controls, buttons and panels; text 70 % mixed with the surface by default.
 * @cssprop [--komm-color-focus=#ffbf47] - Focus outline.
 * @cssprop --komm-color-focus-text - Ring around the focus outline; the text colour by default.
 * @cssprop [--komm-color-scheme=light] - `dark` makes native controls (date picker, checkboxes) dark.
 * @cssprop [--komm-radius=4px] - Corner radius (one of the three theme inputs).
 * @cssprop [--komm-space-xs=0.25rem] - Smallest spacing step.
 * @cssprop [--komm-space-s=0.5rem] - Small spacing step.
 * @cssprop [--komm-space-m=1rem] - Medium spacing step.
 * @cssprop [--komm-space-l=2rem] - Large spacing step.
 * @cssprop [--komm-max-width=40rem] - Maximum width of the content.
 * @cssprop --komm-field-border-color - Border of a control; `--komm-color-border` by default.
 * @cssprop --komm-field-border-color-invalid - Border of an invalid control; `--komm-color-danger` by default.
 * @cssprop --komm-button-radius - Corner radius of buttons; `--komm-radius` by default.
 * @cssstate submitting - The envelope is being sent.
 * @cssstate submitted - The hub confirmed the application.
 * @cssstate invalid - The current step has errors.
 * @fires {KommStepChangeEvent} komm-step-change - Another step is shown (ids, duration, error codes; no values).
 * @fires {KommSubmitEvent} komm-submit - Before sending; cancelable.
 * @fires {KommSubmitSuccessEvent} komm-submit-success - The hub stored the application (with the reference).
 * @fires {KommSubmitErrorEvent} komm-submit-error - Sending failed (with `retryable`).
 * @fires {KommDraftSavedEvent} komm-draft-saved - The answers were saved as a draft.
 * @fires {KommOutboxChangeEvent} komm-outbox-change - The outbox on this device changed (counts only).
 */
export class KommAssistant<P = unknown> extends KommElement {
  static override styles = [...KommElement.styles, assistantStyles];

  /**
   * Reactive properties (attributes) and internal state, declared without decorators: the
   * decorator helpers cost 0.5 KB gzip in every script-tag bundle. The fields below carry the
   * documentation and defaults.
   */
  static override properties: PropertyDeclarations = {
    configSrc: { attribute: 'config-src' },
    config: { attribute: false },
    endpoint: {},
    encryptionKey: { attribute: 'encryption-key' },
    lang: {},
    theme: { reflect: true },
    draft: {},
    draftTtl: { type: Number, attribute: 'draft-ttl' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    prefill: { attribute: false },
    fetchFn: { attribute: false },
  };

  static {
    // Internal reactive state (not attributes, not public API).
    for (const name of [
      'stepId',
      'view',
      'shown',
      'reference',
      'assignmentCode',
      'payment',
      'announcement',
      'off',
    ])
      this.createProperty(name, { state: true });
  }

  /** The assistant this element runs; set by each concrete subclass. */
  static definition: Assistant<any>; // eslint-disable-line @typescript-eslint/no-explicit-any

  /** URL of the municipality's configuration (JSON). */
  configSrc = '';

  /** The municipality's configuration as an object (instead of `config-src`). */
  config?: unknown;

  /** Data hub API base; overrides the config's `endpoint`. */
  endpoint = '';

  /**
   * The municipality's public key for end-to-end encryption, a JWK (as JSON) or the URL of a JWKS;
   * overrides the config's `encryptionKey`. With a key the answers leave the browser only
   * encrypted; a key that cannot be used is shown as a config error (README, "End-to-end
   * encryption").
   */
  encryptionKey = '';

  /** Language (`de` default, `en`); else the nearest ancestor's `lang`. */
  override lang = '';

  /**
   * Ready theme, for the stylesheet the page links from `dist/themes/`: `kern`, `sachsen`,
   * `kontrast`, `dunkel` or `auto` (docs/theming.md); no effect without that stylesheet.
   */
  theme = '';

  /**
   * Draft storage: `tab` (sessionStorage, default), `off`, or `device`: like `tab`, and offers to
   * keep the draft on this device too (IndexedDB, only after the citizen ticks the consent box).
   */
  draft: 'tab' | 'device' | 'off' = 'tab';

  /** Days a draft on the device is kept after it was last saved (`draft="device"`). */
  draftTtl = 7;

  /** Level of the step headings, to fit the host page's outline (1–4, default 2). */
  headingLevel = 2;

  /** Values from the host page (e.g. a citizen account), by data path, with their source. */
  prefill: Record<string, PrefillValue> = {};

  /** Injectable fetch (tests, proxies). Defaults to the global `fetch`. */
  fetchFn?: FetchFn;

  private stepId = '';
  private view: View = 'step';
  private shown: Issue[] = [];
  private reference = '';
  private assignmentCode = '';
  private payment?: ReceiptPayment;
  /** Polite status for changes that move no focus to new text (an item removed). */
  private announcement = '';

  /** With `seal` when there is a key (end-to-end encryption, see `withKey`). */
  private ready?: LoadedConfig<P> & { seal?: Seal };
  private envelopeId = '';
  private submittedAt = ''; // of the first send: every resend carries the same body
  private reportedError?: unknown;
  private sentLocale?: Lang; // likewise: a language switch between two tries must not change it
  private returnToReview = false;
  private stepEnteredAt = performance.now();
  private acknowledged = new Set<string>();
  /** Codes (never values) of the problems shown on this step, for the step-change analytics. */
  private stepErrorCodes = new Set<string>();
  private pendingFocus?: string;
  /** The offline part (outbox, device drafts, answers files), once loaded. */
  private off?: Offline;

  private readonly submission = new SubmitController(this);

  private readonly langs = new LangController(this);

  private readonly store = new AnswersController(this, () => this.persist());

  private readonly drafts = new DraftController(
    this,
    () => {
      const cfg = this.loaded();
      // The element's `id` keeps two identical assistants on one page apart.
      return cfg
        ? `komm-draft:${this.def.id}:${cfg.config.municipality.ags}:${location.pathname}${this.id ? `#${this.id}` : ''}`
        : undefined;
    },
    () => this.draft !== 'off',
    (savedAt) =>
      this.dispatchEvent(
        new KommDraftSavedEvent({ storage: this.off?.consent ? 'device' : 'tab', savedAt }),
      ),
  );

  private readonly configTask = new LoadTask(this, {
    task: ([src, config, key], { signal }) =>
      loadConfig(src, config, this.def, this.tr.t, this.endpoint, signal).then((r) =>
        withKey(r, key),
      ),
    args: () => [this.configSrc, this.config, this.encryptionKey] as const,
    onComplete: (result) => {
      // The config is ready: restore the draft, apply prefill, pick the step (before rendering).
      this.ready = result;
      if (!this.stepId) this.start();
    },
    onError: () => (this.ready = undefined),
  });

  /** At idle, per step and answers: renders ahead what "Weiter" will show (see WarmUpController). */
  private readonly warmUp = new WarmUpController(
    this,
    () =>
      this.loaded() && this.view === 'step' && this.stepId
        ? `${this.langResolved}:${this.stepId}`
        : undefined,
    () => this.store.answers,
    (first) => this.renderAhead(first),
  );

  /**
   * The element each step's view is rendered into, by step id (see `renderStep`): the shown
   * step's, and the next one's, rendered and laid out ahead at idle so "Weiter" only updates and shows it.
   */
  private readonly stepHosts = new Map<string, HTMLElement>();

  protected get def(): Assistant<P> {
    return (this.constructor as typeof KommAssistant).definition as Assistant<P>;
  }

  private loaded() {
    return this.ready;
  }

  private get langResolved(): Lang {
    return this.lang ? resolveLang(this.lang) : this.langs.inherited;
  }

  private get tr(): Translator {
    const texts = this.loaded()?.config.texts;
    const lang = this.langs.shown(this.langResolved); // German until English texts are loaded
    return createTranslator(lang, [
      texts ?? {},
      this.def.messages,
      uiMessages,
      this.off?.texts ?? {},
    ]);
  }

  private input(): WalkInput<P> {
    // No params before the config is loaded: only the preview of step 1 walks then (see `preview`).
    return { answers: this.store.answers, params: this.loaded()?.params as P, today: todayIso() };
  }

  /**
   * Step 1 pre-rendered into the page (a declarative shadow root, README "Pre-rendered embed"):
   * shown, inert, until this element renders its own content, then removed in the same render.
   */
  private prerendered?: ChildNode[];

  protected override createRenderRoot() {
    const nodes = [...(this.shadowRoot?.childNodes ?? [])];
    const root = super.createRenderRoot();
    if (nodes.length) {
      this.prerendered = nodes;
      this.renderOptions.renderBefore = null; // Lit's content after them: they are removed later
    }
    return root;
  }

  protected override updated(changed: PropertyValues): void {
    this.setHostState('submitting', this.submission.sending);
    this.setHostState('submitted', this.view === 'confirmation');
    this.setHostState(
      'invalid',
      this.shown.some((i) => i.severity === 'error'),
    );
    if (this.pendingFocus) {
      const target = this.renderRoot.querySelector<HTMLElement>(this.pendingFocus);
      this.pendingFocus = undefined;
      target?.focus();
    }
    void changed;
  }

  /** Starts from the draft (the tab's, or one from the device), else empty. */
  private start(draft = this.drafts.load(this.def.schemaVersion)) {
    let answers: Answers = draft?.answers ?? {};
    for (const [path, p] of Object.entries(this.prefill)) {
      if (isEmpty(getPath(answers, path))) answers = setPath(answers, path, p.value);
    }
    this.store.replace(answers, false);
    this.envelopeId = draft?.envelopeId ?? newEnvelopeId();
    this.submittedAt = draft?.submittedAt ?? '';
    this.sentLocale = draft?.locale;
    const steps = visibleSteps(this.def, this.input());
    this.stepId =
      draft?.stepId && steps.some((s) => s.id === draft.stepId) ? draft.stepId : steps[0]!.id;
    this.view = draft?.view === 'review' ? 'review' : 'step';
    this.ensureMinItems(this.stepId);
    this.stepEnteredAt = performance.now();
    if (this.draft === 'device' || outboxMarked()) void this.offline();
  }

  /** Loads the offline part once (see load-offline.ts); undefined when it cannot be loaded. */
  private async offline(): Promise<Offline | undefined> {
    loadSend().catch(() => {}); // the sending part too (load-send.ts): both before "Absenden"
    try {
      const m = await loadOffline();
      return (this.off ??= new m.Offline(this as unknown as OfflineHost));
    } catch {
      // Not loadable (offline before it was ever needed): the element works on without it.
    }
  }

  /** The outbox sends one entry of this assistant once (it waits and retries itself). */
  private outboxSend(e: OutboxEntry) {
    return submitEnvelope(e.endpoint, e.envelope, {
      def: this.def,
      maxAttempts: 1,
      ...(this.fetchFn ? { fetchFn: this.fetchFn } : {}),
    });
  }

  private issuesOf(answers: Answers) {
    return validateAll(this.def, { ...this.input(), answers });
  }

  /** Saves the draft (`now`: at once, not debounced); nothing once the hub confirmed. */
  private persist(now = false) {
    if (this.view === 'confirmation') return;
    this.drafts.save({
      schemaVersion: this.def.schemaVersion,
      answers: this.store.answers,
      stepId: this.stepId,
      view: this.view === 'review' ? 'review' : 'step',
      envelopeId: this.envelopeId,
      ...(this.submittedAt ? { submittedAt: this.submittedAt } : {}),
      ...(this.sentLocale ? { locale: this.sentLocale } : {}),
    });
    if (now) this.drafts.flush();
  }

  // ---- Field context -------------------------------------------------------------------------

  /** `shown`: other issues than the shown ones (only for rendering ahead, see `renderAhead`). */
  private fieldContext(shown?: Issue[]): FieldContext & ReviewContext {
    const cfg = this.loaded()?.config;
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- getters must read the live state
    const el = this;
    return buildFieldContext({
      tr: this.tr,
      def: this.def,
      // Getters, not copies: an event handler of an earlier render must see the current answers
      // (two checkboxes ticked before the next render must both count).
      get answers() {
        return el.store.answers;
      },
      rawText: this.store.rawText,
      get shown() {
        return shown ?? el.shown;
      },
      prefill: this.prefill,
      privacyNoticeUrl: cfg?.privacyNoticeUrl ?? '',
      officeName: cfg?.office.name ?? '',
      privacy: cfg && (() => ({ def: this.def, config: cfg, level: this.headingLevel })),
      set: (path, value, raw) => this.store.set(path, value, raw),
      addItem: (node) => this.addItem(node),
      removeItem: (node, index) => this.removeItem(node, index),
      change: (stepId) => {
        this.returnToReview = true;
        this.goTo(stepId);
      },
    });
  }

  private addItem(node: FieldNode<unknown>) {
    this.pendingFocus = `#${fieldId(node.path, String(this.store.addItem(node.path)))}`;
  }

  private removeItem(node: FieldNode<unknown>, index: number) {
    const legend = this.renderRoot
      .querySelector(`#${fieldId(node.path, String(index))} > legend`)
      ?.textContent?.trim();
    this.store.removeItem(node.path, index);
    this.shown = this.shown.filter((i) => !i.path.startsWith(`${node.path}.`));
    // Focus to the item before (or the one that moved up), else the list; and say what happened.
    const left = (node.items?.length ?? 1) - 1;
    this.pendingFocus =
      left > 0
        ? `#${fieldId(node.path, String(Math.max(0, Math.min(index - 1, left - 1))))}`
        : `#${fieldId(node.path)}`;
    this.announcement = this.tr.t('ui.list.removed', { item: legend ?? '' });
  }

  private ensureMinItems(stepId: string) {
    this.store.ensureMinItems(
      this.def.steps.find((s) => s.id === stepId),
      this.input(),
    );
  }

  // ---- Navigation (public API) ---------------------------------------------------------------

  /** The step shown: the current one, or the first when answers have hidden it since. */
  private currentStep(): StepDef<P> {
    const steps = this.steps();
    return steps.find((s) => s.id === this.stepId) ?? steps[0]!;
  }

  private steps(): StepDef<P>[] {
    return visibleSteps(this.def, this.input());
  }

  private move(to: string, view: View) {
    const from = this.view === 'step' ? this.stepId : this.view;
    const errorCodes = [...this.stepErrorCodes];
    this.dispatchEvent(
      new KommStepChangeEvent({
        from,
        to: view === 'step' ? to : view,
        durationMs: Math.round(performance.now() - this.stepEnteredAt),
        errorCodes,
      }),
    );
    this.stepEnteredAt = performance.now();
    this.stepErrorCodes.clear();
    if (view === 'step') {
      this.stepId = to;
      this.ensureMinItems(to);
    } else void this.offline(); // ready before sending: the outbox must work offline
    this.view = view;
    this.shown = [];
    this.announcement = '';
    this.pendingFocus = '#step-title';
    this.persist();
  }

  /** Validates the current step and moves on ("Weiter"); returns whether it moved. */
  next(): boolean {
    if (!this.loaded() || this.view !== 'step') return false;
    const step = this.currentStep();
    this.stepId = step.id;
    const issues = validateStep(this.def, step, this.input());
    const errors = errorsOnly(issues);
    const warnings = issues.filter(
      (i) => i.severity === 'warning' && !this.acknowledged.has(`${i.path}:${i.code}`),
    );
    if (errors.length || warnings.length) {
      // Warnings are shown once; "Weiter" again accepts them ("Sie können trotzdem fortfahren").
      for (const w of warnings) this.acknowledged.add(`${w.path}:${w.code}`);
      this.shown = errors.length ? issues : warnings;
      for (const i of this.shown) this.stepErrorCodes.add(`${i.key}.${i.code}`);
      this.pendingFocus = '.error-summary';
      return false;
    }
    const steps = this.steps();
    const i = steps.findIndex((s) => s.id === this.stepId);
    if (this.returnToReview || i === steps.length - 1) {
      this.returnToReview = false;
      this.move('review', 'review');
    } else this.move(steps[i + 1]!.id, 'step');
    return true;
  }

  /** Goes back one step (or from the review to the last step). */
  back(): void {
    if (!this.loaded() || this.view === 'confirmation') return;
    const steps = this.steps();
    if (this.view === 'review') return this.move(steps[steps.length - 1]!.id, 'step');
    // A step opened from the review ("Ändern"): back to the review, as "Weiter" would go.
    if (this.returnToReview) {
      this.returnToReview = false;
      return this.move('review', 'review');
    }
    const i = steps.findIndex((s) => s.id === this.stepId);
    if (i > 0) this.move(steps[i - 1]!.id, 'step');
  }

  /** Shows a step by id (or `review`). */
  goTo(step: string): void {
    if (!this.loaded() || this.view === 'confirmation') return;
    if (step === 'review') return this.move('review', 'review');
    if (this.steps().some((s) => s.id === step)) this.move(step, 'step');
  }

  /** Clears every answer and the draft and starts again. */
  reset(): void {
    this.submission.clear();
    this.drafts.clear();
    this.store.replace({}, false);
    this.acknowledged.clear();
    this.shown = [];
    this.reference = '';
    this.assignmentCode = '';
    this.payment = undefined;
    this.envelopeId = newEnvelopeId();
    this.submittedAt = '';
    this.sentLocale = undefined;
    this.stepId = '';
    this.view = 'step';
    this.stepHosts.clear(); // a new application: no state of the old one's fields lives on
    if (this.loaded()) this.start();
  }

  /**
   * Replaces the answers, e.g. from a downloaded answers file or a story's fixture; the step and
   * the draft follow. Values are checked when the citizen continues, like typed ones.
   */
  loadAnswers(answers: Answers): void {
    this.store.replace(structuredClone(answers));
    this.shown = [];
    if (this.loaded()) this.ensureMinItems(this.stepId);
  }

  /** The envelope that would be sent now (only visible answers), or undefined before the config is loaded. */
  getPayload(): Envelope | undefined {
    const cfg = this.loaded();
    if (!cfg) return undefined;
    const input = this.input();
    const data = pruneAnswers(this.def, input);
    const computed =
      this.def.computed?.({ answers: data, params: cfg.params, today: input.today }) ?? {};
    const prefilled = Object.keys(this.prefill).filter(
      (p) => getPath(data, p) === this.prefill[p]!.value,
    );
    const at = this.submittedAt ? { submittedAt: this.submittedAt } : {};
    return createEnvelope({
      def: this.def,
      config: cfg.config,
      data,
      computed,
      locale: this.sentLocale ?? this.langResolved,
      id: this.envelopeId,
      prefilled,
      ...at,
    });
  }

  // ---- Submission ----------------------------------------------------------------------------

  private async submit() {
    // Synchronous guard: a double click must send once.
    if (this.submission.sending || !this.loaded()) return;
    if (this.showIssues(errorsOnly(validateAll(this.def, this.input())))) return;
    // One Idempotency-Key, one body: a resend (retry, reload) keeps the first timestamp, else 422.
    if (!this.submittedAt) {
      this.submittedAt = new Date().toISOString();
      this.sentLocale = this.langResolved;
      this.persist(true);
    }
    let envelope = this.getPayload()!;
    if (!this.dispatchEvent(new KommSubmitEvent({ envelope }))) return;
    // Encrypted before it is queued or sent, once per application (see `sealer`); meanwhile
    // `sending` keeps a second click out.
    const seal = this.loaded()!.seal;
    if (seal) {
      this.submission.sending = true;
      envelope = (await seal(envelope)) as never;
    }
    const endpoint = new URL(
      this.endpoint || this.loaded()!.config.endpoint!,
      document.baseURI,
    ).href.replace(/\/$/, '');
    const direct = () =>
      this.submission.send(endpoint, envelope, {
        def: this.def,
        ...(this.fetchFn ? { fetchFn: this.fetchFn } : {}),
        retryText: (n, max) => this.tr.t('ui.submit.retrying', { n, max }),
      });
    // Through the outbox when it is loaded (see load-offline.ts): offline, the hub still failing
    // after the retries, or the tab closed meanwhile, the application stays on this device.
    const outcome = await (this.off ? this.off.send(endpoint, envelope, direct) : direct());
    if (!outcome) return;
    if (outcome.ok) return this.confirm(outcome);
    if (outcome.kind === 'aborted' && (!this.isConnected || envelope.id !== this.envelopeId))
      return;
    const codes = outcome.kind === 'validation' ? outcome.issues.map((i) => i.code) : [];
    this.dispatchEvent(
      new KommSubmitErrorEvent({
        kind: outcome.kind,
        retryable: outcome.retryable,
        ...('status' in outcome && outcome.status ? { status: outcome.status } : {}),
        ...(outcome.requestId ? { requestId: outcome.requestId } : {}),
        errorCodes: codes,
      }),
    );
    if (outcome.kind === 'validation' && this.showIssues(outcome.issues)) return;
    this.pendingFocus = '.submit-failure';
  }

  /** Shows the confirmation (sent now, or from the outbox) and fires `komm-submit-success`. */
  private confirm(r: NonNullable<OutboxEntry['receipt']> & { receivedAt: string }) {
    this.drafts.clear();
    this.reference = r.reference;
    this.assignmentCode = r.assignmentCode ?? '';
    this.payment = r.payment;
    this.move('confirmation', 'confirmation');
    this.dispatchEvent(
      new KommSubmitSuccessEvent({
        reference: r.reference,
        receivedAt: r.receivedAt,
        assistant: this.def.id,
      }),
    );
  }

  // ---- For subclasses and their controllers (wizard/payment-return.ts) -----------------------

  /** Whether the element has started: the config is loaded and a step chosen. */
  protected get started(): boolean {
    return !!this.stepId;
  }

  /**
   * The confirmation while it is shown: its reference, its payment and the data hub's API base
   * the application went to; undefined on a step or the review.
   */
  protected get confirmation():
    { reference: string; payment?: ShownPayment; endpoint: string } | undefined {
    if (this.view !== 'confirmation') return undefined;
    const endpoint = new URL(
      this.endpoint || this.ready?.config.endpoint || '',
      document.baseURI,
    ).href.replace(/\/$/, '');
    return { reference: this.reference, payment: this.payment, endpoint };
  }

  /**
   * Shows the confirmation of an application sent before (back from the payment page), or
   * updates the payment it shows; no event, the draft untouched.
   */
  protected showConfirmation(reference: string, payment?: ShownPayment): void {
    this.view = 'confirmation';
    this.reference = reference;
    this.payment = payment;
  }

  /** Shows issues at their fields on the step of the first one; false when no visible step has any. */
  private showIssues(issues: Issue[]): boolean {
    const steps = this.steps();
    const first = issues.find((i) => steps.some((s) => s.id === i.step));
    if (!first) return false;
    this.returnToReview = true;
    this.move(first.step, 'step');
    this.shown = issues.filter((i) => i.step === first.step);
    this.pendingFocus = '.error-summary';
    return true;
  }

  // ---- Rendering -----------------------------------------------------------------------------

  private focusField(path: string) {
    const el =
      this.renderRoot.querySelector<HTMLElement>(`#${fieldId(path)}`) ??
      this.renderRoot.querySelector<HTMLElement>(`[id^="${fieldId(path)}-"]`);
    const target = el?.matches('fieldset')
      ? (el.querySelector<HTMLElement>('input, select, textarea') ?? el)
      : el;
    target?.focus();
    target?.scrollIntoView?.({ block: 'center' });
  }

  protected override render() {
    const tr = this.tr;
    const body = this.configTask.render({
      pending: () =>
        this.preview() ??
        (this.prerendered
          ? undefined
          : html`<p class="loading" role="status">${tr.t('ui.config.loading')}</p>`),
      error: (e) => {
        const problems = Array.isArray(e)
          ? (e as ConfigProblem[])
          : [{ path: '?', message: String(e) }];
        // Once per failed load, not on every render.
        if (this.reportedError !== e)
          console.error(`<komm-${this.def.id}>: invalid configuration`, problems);
        this.reportedError = e;
        return configErrorPage(tr, problems, this.headingLevel);
      },
      complete: () => (this.stepId ? this.renderView() : nothing),
    });
    // The pre-rendered step 1 stays while there is nothing better (English still loading too).
    if (this.prerendered) {
      if (body === undefined || needsLoading(this.langResolved)) return nothing;
      for (const n of this.prerendered) n.remove();
      this.prerendered = undefined;
    }
    // The language of what is shown, for screen readers, also where the page declares none.
    return html`<div lang=${tr.lang}>
      <div class="visually-hidden" role="status">${this.announcement}</div>
      ${body}
    </div>`;
  }

  /**
   * Step 1 as it will look, while the config is fetched (issue 5, first render): the question
   * shows at once instead of after the config's arrival and check, inert until then. Only for a
   * first step that needs nothing of the config: a predicate or text that reads a municipal
   * parameter throws here (there are none yet), and the loading line shows instead.
   */
  private preview() {
    // Not on an English page before its texts are there: no German question first.
    if (this.stepId || this.config !== undefined || this.tr.lang !== this.langResolved)
      return undefined;
    try {
      return this.renderView(true);
    } catch {
      return undefined;
    }
  }

  private renderView(preview = false) {
    const tr = this.tr;
    const level = this.headingLevel;
    const ctx = this.fieldContext();
    const input = this.input();
    const steps = this.steps() as StepDef<unknown>[];
    const config = this.loaded()?.config;
    if (this.view === 'confirmation')
      return confirmationView(
        tr,
        level,
        this.reference,
        config!,
        this.assignmentCode,
        this.payment,
      );
    if (this.off?.queued) return this.off.queuedView(html, tr, (t) => heading(level, t));
    // Below every step and the review: the answers file, and the offline part's controls.
    const files = html`<div class="files">
      ${this.off?.panel(html, tr)}
      <button
        part="button"
        type="button"
        class="link"
        @click=${() => downloadAnswers(this.def, this.store.answers)}
      >
        ${tr.t('ui.file.save')}
      </button>
      <button
        part="button"
        type="button"
        class="link"
        @click=${(e: Event) => ((e.target as Element).nextElementSibling as HTMLElement).click()}
      >
        ${tr.t('ui.file.load')}
      </button>
      <input
        type="file"
        accept=".json,application/json"
        hidden
        @change=${(e: Event) => void this.offline().then((o) => o?.readFile(e.target as HTMLInputElement))}
      />
    </div>`;
    const nodesOf = (step: StepDef<unknown>) =>
      walkStep(step as StepDef<P>, input) as FieldNode<unknown>[];
    if (this.view === 'review') {
      const computed =
        this.def.computed?.({ ...input, answers: pruneAnswers(this.def, input) }) ?? {};
      return html`${reviewView({
        tr,
        level,
        ctx,
        config: config!,
        steps: steps.map((step) => ({ step, nodes: nodesOf(step) })),
        summary: this.def.summary?.({ ctx: { ...input }, computed, lang: tr.lang }) ?? [],
        submission: this.submission,
        onSubmit: () => void this.submit(),
        onBack: () => this.back(),
        onDownload: () => downloadAnswers(this.def, this.store.answers),
      })}${files}`;
    }
    const step = this.currentStep() as StepDef<unknown>;
    const index = steps.indexOf(step);
    const next = steps[index + 1]?.id;
    if (!preview) {
      ibanSoon(step);
      // Kept: this step's element and the next one's (rendered ahead); the others start afresh.
      for (const id of this.stepHosts.keys())
        if (id !== step.id && id !== next) this.stepHosts.delete(id);
    }
    return html`${this.placeStep(this.renderStep(steps, index, ctx, this.shown, preview), next)}${
      preview
        ? html`<p class="visually-hidden" role="status">${tr.t('ui.config.loading')}</p>`
        : files
    }`;
  }

  /**
   * The element the shown step's element sits in (see `placeStep`): always the same one, so Lit
   * never moves a step's element (a moved element is laid out afresh).
   */
  private readonly stepBox = document.createElement('div');

  /**
   * Puts the shown step's element first in `stepBox` and shows it; keeps the next step's element
   * after it, hidden, where it was laid out ahead (`renderAhead`); removes any other. "Weiter"
   * then removes the old step and shows the next one where it already is: the layout done
   * ahead is kept (`content-visibility: hidden` keeps it, a removed or moved element loses it).
   */
  private placeStep(host: HTMLElement, next: string | undefined): HTMLElement {
    const box = this.stepBox;
    const ahead = next === undefined ? undefined : this.stepHosts.get(next);
    // Only the next step laid out ahead stays (not the step just left by "Zurück": it has the
    // heading's id; it is laid out ahead again at idle).
    const keep = ahead?.className === 'next-step' ? ahead : undefined;
    for (let n = box.firstChild; n;) {
      const after = n.nextSibling;
      if (n !== host && n !== keep) n.remove();
      n = after;
    }
    if (host.parentNode !== box) box.prepend(host);
    shownStep(host);
    return box;
  }

  /**
   * Renders step `steps[index]` into its own element (one per step id, see `stepHosts`) and
   * returns it. Rendered ahead (`renderAhead`) with the same arguments the click will give, so
   * "Weiter" finds its DOM built and Lit only updates what changed; the preview of step 1 and
   * the enabled step 1 share theirs the same way.
   */
  private renderStep(
    steps: StepDef<unknown>[],
    index: number,
    ctx: FieldContext,
    issues: Issue[],
    preview = false,
    into?: HTMLElement,
    ahead = false,
  ): HTMLElement {
    const tr = this.tr;
    const step = steps[index]!;
    let host = into ?? this.stepHosts.get(step.id);
    if (!host) this.stepHosts.set(step.id, (host = document.createElement('div')));
    render(
      stepView({
        tr,
        level: this.headingLevel,
        ctx,
        step,
        nodes: walkStep(step as StepDef<P>, this.input()) as FieldNode<unknown>[],
        index,
        total: steps.length,
        toReview: index === steps.length - 1 || this.returnToReview,
        backToReview: this.returnToReview,
        problems: issues.map((i) => ({
          path: i.path,
          text: issueMessage(tr, i, this.def),
          severity: i.severity,
        })),
        focusField: (p) => this.focusField(p),
        onNext: () => this.next(),
        onBack: () => this.back(),
        preview,
        ahead,
      }),
      host,
      { host: this },
    );
    return host;
  }

  /**
   * In a pause (see WarmUpController): renders the step after this one into its element and lays
   * it out, hidden, right after the shown step (see `placeStep`); and, the first time, this step
   * with the errors "Weiter" would find now into a throwaway element. Changes no state.
   */
  private renderAhead(first: boolean): (() => void)[] {
    const steps = this.steps() as StepDef<unknown>[];
    const step = this.currentStep() as StepDef<unknown>;
    const index = steps.indexOf(step);
    const next = steps[index + 1];
    ibanSoon(next);
    // Short pieces: the controller runs them in tasks of a few milliseconds each.
    const pieces = [
      () => {
        if (next)
          this.renderStep(steps, index + 1, this.fieldContext([]), [], false, undefined, true);
      },
      () => {
        // The validation the click will do, on the same answers (schemas built, code compiled).
        const issues = validateStep(this.def, step as StepDef<P>, this.input());
        if (first && issues.length)
          this.renderStep(
            steps,
            index,
            this.fieldContext(issues),
            issues,
            false,
            document.createElement('div'),
          );
      },
    ];
    pieces.push(() => {
      // Laid out where "Weiter" will show it, right after this step's element, hidden from
      // everyone all along (`visibility: hidden` while it is laid out in this task, then
      // `content-visibility: hidden`, which keeps the layout: see `placeStep`).
      const host = next && this.stepHosts.get(next.id);
      const shown = this.stepHosts.get(step.id);
      if (!host || host.isConnected || shown?.parentNode !== this.stepBox || !shown.isConnected)
        return;
      host.className = 'ahead';
      host.setAttribute('aria-hidden', 'true');
      shown.after(host);
      void host.offsetHeight;
      hiddenStep(host);
    });
    return pieces;
  }
}

/** A step's element while it is shown. */
function shownStep(host: HTMLElement): void {
  if (host.className) host.className = '';
  if (host.hasAttribute('aria-hidden')) host.removeAttribute('aria-hidden');
}

/** The next step's element, laid out ahead: not rendered, not focusable, not in the a11y tree. */
function hiddenStep(host: HTMLElement): void {
  host.className = 'next-step';
  host.setAttribute('aria-hidden', 'true');
}
