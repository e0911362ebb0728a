import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { parseConfig, type ConfigProblem, type MunicipalityConfig } from '../engine/config.js';
import type { Assistant } from '../engine/define-assistant.js';
import { createTranslator, resolveLang, type Translator } from '../engine/messages.js';
import { getPath, isEmpty, setPath } from '../engine/paths.js';
import { pruneAnswers } from '../engine/prune.js';
import type { Answers, ChoiceField, Issue, Lang, StepDef } from '../engine/types.js';
import { errorsOnly, optionsOf, validateAll, validateStep } from '../engine/validate.js';
import { todayIso, visibleSteps, walkStep, type FieldNode, type WalkInput } from '../engine/walk.js';
import { KommDraftSavedEvent } from '../events/draft-saved.js';
import { KommStepChangeEvent } from '../events/step-change.js';
import { KommSubmitEvent } from '../events/submit.js';
import { KommSubmitErrorEvent } from '../events/submit-error.js';
import { KommSubmitSuccessEvent } from '../events/submit-success.js';
import { createEnvelope, newEnvelopeId, type Envelope } from '../transport/envelope.js';
import type { FetchFn } from '../transport/client.js';
import { submitEnvelope } from '../transport/client.js';
import type { SubmitFailure } from '../transport/outcome.js';
import { DraftController } from './_controllers/draft-controller.js';
import { assistantStyles } from './assistant.styles.js';
import { fieldId, type FieldContext } from './fields/field-context.js';
import { renderField } from './fields/render-field.js';
import { KommElement } from './komm-element.js';
import { uiMessages } from './messages.js';
import { errorSummary, type SummaryEntry } from './wizard/error-summary.js';
import { heading } from './wizard/heading.js';
import { reviewPage, type ReviewContext } from './wizard/review.js';
import { confirmationPage, configErrorPage, submitStatus } from './wizard/pages.js';
import { issueMessage } from './wizard/issue-text.js';

type View = 'step' | 'review' | 'confirmation';

/** A value given by the host page (e.g. from a citizen account), with where it came from. */
export interface PrefillValue {
  value: unknown;
  source: string;
}

/**
 * The wizard shell every assistant inherits: loads and validates the municipality's config,
 * renders one step at a time with native controls in one shadow root, validates on "Weiter",
 * shows the review and confirmation pages, keeps a draft and sends the envelope.
 *
 * @summary Guided application assistant (base class; use a concrete `<komm-…>` element).
 * @status experimental
 * @since 0.1
 * @csspart step-title - The question heading of a step, the review and the confirmation.
 * @csspart progress - "Schritt 2 von 6".
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
 * @cssprop --komm-color-primary - Buttons, links and focus accents.
 * @cssprop --komm-color-text - Body text colour.
 * @cssprop --komm-color-danger - Errors.
 * @cssprop --komm-font-family - Font (inherits the page font by default).
 * @cssstate submitting - The envelope is being sent.
 * @cssstate submitted - The hub confirmed the application.
 * @cssstate invalid - The current step has errors.
 * @fires komm-step-change - Another step is shown (ids, duration, error codes; no values).
 * @fires komm-submit - Before sending; cancelable.
 * @fires komm-submit-success - The hub stored the application (with the reference).
 * @fires komm-submit-error - Sending failed (with `retryable`).
 * @fires komm-draft-saved - The answers were saved as a draft.
 */
export class KommAssistant<P = unknown> extends KommElement {
  static override styles = [...KommElement.styles, assistantStyles];

  /** The assistant this element runs; set by each concrete subclass. */
  static definition: Assistant<any>; // eslint-disable-line @typescript-eslint/no-explicit-any

  /** URL of the municipality's configuration (JSON). */
  @property({ attribute: 'config-src' }) configSrc = '';

  /** The municipality's configuration as an object (instead of `config-src`). */
  @property({ attribute: false }) config?: unknown;

  /** Data hub API base; overrides the config's `endpoint`. */
  @property() endpoint = '';

  /** Language (`de` default, `en`); else the nearest ancestor's `lang`. */
  @property({ reflect: true }) override lang = '';

  /** Ready theme: `kontrast` or `dunkel`; empty for the default. */
  @property({ reflect: true }) theme = '';

  /** Draft storage: `tab` (sessionStorage, default), `device` (not yet: treated as `tab`), `off`. */
  @property() draft: 'tab' | 'device' | 'off' = 'tab';

  /** Level of the step headings, to fit the host page's outline (1–4, default 2). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Values from the host page (e.g. a citizen account), by data path, with their source. */
  @property({ attribute: false }) prefill: Record<string, PrefillValue> = {};

  /** Injectable fetch (tests, proxies). Defaults to the global `fetch`. */
  @property({ attribute: false }) fetchFn?: FetchFn;

  @state() private answers: Answers = {};
  @state() private stepId = '';
  @state() private view: View = 'step';
  @state() private shown: Issue[] = [];
  @state() private sending = false;
  @state() private retryNote = '';
  @state() private failure?: SubmitFailure;
  @state() private reference = '';
  @state() private inheritedLang: Lang = 'de';

  private ready?: { config: MunicipalityConfig; params: P };
  private envelopeId = '';
  private rawText = new Map<string, string>();
  private returnToReview = false;
  private stepEnteredAt = performance.now();
  private acknowledged = new Set<string>();
  private internals?: ElementInternals;
  private abort?: AbortController;
  private langObserver?: MutationObserver;
  private pendingFocus?: string;

  private readonly drafts = new DraftController(
    this,
    () => {
      const cfg = this.loaded();
      return cfg ? `komm-draft:${this.def.id}:${cfg.config.municipality.ags}:${location.pathname}` : undefined;
    },
    () => this.draft !== 'off',
    (savedAt) => this.dispatchEvent(new KommDraftSavedEvent({ storage: 'tab', savedAt })),
  );

  private readonly configTask = new Task(this, {
    task: async ([src, config], { signal }) => {
      let raw = config;
      if (raw === undefined) {
        if (!src) throw [{ path: 'config-src', message: this.tr.t('config.missing') }] satisfies ConfigProblem[];
        let res: Response;
        try {
          res = await fetch(new URL(src, document.baseURI), { signal, credentials: 'omit' });
        } catch (e) {
          throw [{ path: 'config-src', message: this.tr.t('config.unreachable', { url: src, reason: String((e as Error).message ?? e) }) }];
        }
        if (!res.ok) throw [{ path: 'config-src', message: this.tr.t('config.unreachable', { url: src, reason: `HTTP ${res.status}` }) }];
        try {
          raw = await res.json();
        } catch {
          throw [{ path: 'config-src', message: this.tr.t('config.unreachable', { url: src, reason: 'kein gültiges JSON' }) }];
        }
      }
      const result = parseConfig(raw, this.def);
      if (!result.ok) throw result.problems;
      const endpoint = this.endpoint || result.config.endpoint;
      if (!endpoint) throw [{ path: 'endpoint', message: 'fehlt: weder das Attribut „endpoint“ noch die Konfiguration nennt die Adresse der Datendrehscheibe' }];
      return result;
    },
    args: () => [this.configSrc, this.config] as const,
    onComplete: (result) => {
      // The config is ready: restore the draft, apply prefill, pick the step (before rendering).
      this.ready = result as { config: MunicipalityConfig; params: P };
      if (!this.stepId) this.start();
    },
    onError: () => (this.ready = undefined),
  });

  protected get def(): Assistant<P> {
    return (this.constructor as typeof KommAssistant).definition as Assistant<P>;
  }

  private loaded() {
    return this.ready;
  }

  private get langResolved(): Lang {
    return this.lang ? resolveLang(this.lang) : this.inheritedLang;
  }

  private get tr(): Translator {
    const texts = this.loaded()?.config.texts;
    return createTranslator(this.langResolved, [texts ?? {}, this.def.messages, uiMessages]);
  }

  private input(): WalkInput<P> {
    return { answers: this.answers, params: this.loaded()!.params, today: todayIso() };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    try {
      this.internals ??= this.attachInternals();
    } catch {
      // attachInternals unsupported or already attached: host states are a progressive extra.
    }
    this.readInheritedLang();
    this.langObserver = new MutationObserver(() => this.readInheritedLang());
    this.langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.langObserver?.disconnect();
    this.abort?.abort();
  }

  private readInheritedLang() {
    this.inheritedLang = resolveLang(this.parentElement?.closest('[lang]')?.getAttribute('lang'));
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('lang') && this.lang === '') this.readInheritedLang();
  }

  protected override updated(changed: PropertyValues): void {
    this.setState('submitting', this.sending);
    this.setState('submitted', this.view === 'confirmation');
    this.setState('invalid', this.shown.some((i) => i.severity === 'error'));
    if (this.pendingFocus) {
      const target = this.renderRoot.querySelector<HTMLElement>(this.pendingFocus);
      this.pendingFocus = undefined;
      target?.focus();
    }
    void changed;
  }

  private setState(name: string, on: boolean) {
    const states = this.internals?.states;
    if (!states) return;
    try {
      if (on) states.add(name);
      else states.delete(name);
    } catch {
      // Older engines only accept `--name`; host states are an extra, not a dependency.
    }
  }

  private start() {
    const draft = this.drafts.load(this.def.schemaVersion);
    let answers: Answers = draft?.answers ?? {};
    for (const [path, p] of Object.entries(this.prefill)) {
      if (isEmpty(getPath(answers, path))) answers = setPath(answers, path, p.value);
    }
    this.answers = answers;
    this.envelopeId = draft?.envelopeId ?? newEnvelopeId();
    const steps = visibleSteps(this.def, this.input());
    this.stepId = draft?.stepId && steps.some((s) => s.id === draft.stepId) ? draft.stepId : steps[0]!.id;
    this.view = draft?.view === 'review' ? 'review' : 'step';
    this.ensureMinItems(this.stepId);
    this.stepEnteredAt = performance.now();
  }

  private persist() {
    this.drafts.save({
      schemaVersion: this.def.schemaVersion,
      answers: this.answers,
      stepId: this.stepId,
      view: this.view === 'review' ? 'review' : 'step',
      envelopeId: this.envelopeId,
    });
  }

  // ---- Field context -------------------------------------------------------------------------

  private fieldContext(): FieldContext & ReviewContext {
    const tr = this.tr;
    const cfg = this.loaded()!;
    const textOf = (keys: string[], vars?: Record<string, unknown>) => {
      for (const k of keys) if (k && tr.has(k)) return tr.t(k, vars);
      return undefined;
    };
    const required = (node: FieldNode<unknown>) =>
      typeof node.field.required === 'function' ? node.field.required(node.ctx) : !!node.field.required;
    const ctx: FieldContext & ReviewContext = {
      lang: tr.lang,
      t: tr.t,
      label: (node, withOptional = true) => {
        const vars = node.field.vars?.(node.ctx);
        const text =
          textOf([node.field.label ?? '', `${node.key}.label`, `fields.${node.field.path}.label`], vars) ?? node.key;
        const optional = withOptional && node.field.type !== 'group' && node.field.type !== 'info' && !required(node);
        return optional ? `${text} ${tr.t('optional')}` : text;
      },
      hint: (node) => textOf([node.field.hint ?? '', `${node.key}.hint`, `fields.${node.field.path}.hint`], node.field.vars?.(node.ctx)),
      options: (node) => optionsOf(node.field as ChoiceField<unknown>, node.ctx),
      optionLabel: (node, o) =>
        o.text?.[tr.lang] ?? o.text?.de ?? textOf([o.label ?? '', `${node.key}.options.${o.value}`, `fields.${node.field.path}.options.${o.value}`]) ?? o.value,
      value: (path) => getPath(this.answers, path),
      text: (node) => {
        const raw = this.rawText.get(node.path);
        if (raw !== undefined) return raw;
        const v = getPath(this.answers, node.path);
        if (v === undefined || v === null) return '';
        return typeof v === 'number' && tr.lang === 'de' ? String(v).replace('.', ',') : String(v);
      },
      issue: (path) => {
        const issue = this.shown.find((i) => i.path === path);
        return issue ? { text: issueMessage(tr, issue, this.def), severity: issue.severity } : undefined;
      },
      set: (node, value, raw) => this.setAnswer(node.path, value, raw),
      addItem: (node) => this.addItem(node),
      removeItem: (node, index) => this.removeItem(node, index),
      privacyNoticeUrl: cfg.config.privacyNoticeUrl,
      officeName: cfg.config.office.name,
      render: (node) => renderField(ctx, node),
      stepTitle: (step) => tr.t(step.title ?? `steps.${step.id}.title`),
      prefilledSource: (path) => (this.prefill[path] && getPath(this.answers, path) === this.prefill[path]!.value ? this.prefill[path]!.source : undefined),
      change: (stepId) => {
        this.returnToReview = true;
        this.goTo(stepId);
      },
    };
    return ctx;
  }

  private setAnswer(path: string, value: unknown, raw?: string) {
    if (raw !== undefined) this.rawText.set(path, raw);
    else this.rawText.delete(path);
    this.answers = setPath(this.answers, path, value);
    this.persist();
  }

  private addItem(node: FieldNode<unknown>) {
    const list = getPath(this.answers, node.path);
    const items = Array.isArray(list) ? list : [];
    this.answers = setPath(this.answers, node.path, [...items, {}]);
    this.pendingFocus = `#${fieldId(node.path, String(items.length))}`;
    this.persist();
  }

  private removeItem(node: FieldNode<unknown>, index: number) {
    const list = getPath(this.answers, node.path);
    if (!Array.isArray(list)) return;
    this.answers = setPath(this.answers, node.path, list.filter((_, i) => i !== index));
    for (const key of [...this.rawText.keys()]) if (key.startsWith(`${node.path}.`)) this.rawText.delete(key);
    this.shown = this.shown.filter((i) => !i.path.startsWith(`${node.path}.`));
    this.pendingFocus = `#${fieldId(node.path)}`;
    this.persist();
  }

  /** Repeatable lists own at least `min` items, so their fields show without an extra click. */
  private ensureMinItems(stepId: string) {
    const step = this.def.steps.find((s) => s.id === stepId);
    for (const f of step?.fields ?? []) {
      if (f.type !== 'group' || !f.repeat || f.repeat.editable === false) continue;
      if (f.visibleWhen && !f.visibleWhen({ answers: this.answers, params: this.loaded()!.params, today: todayIso() })) continue;
      const list = getPath(this.answers, f.path);
      const n = Array.isArray(list) ? list.length : 0;
      const min = Math.max(f.repeat.min ?? 0, 1);
      if (n < min) this.answers = setPath(this.answers, f.path, [...(Array.isArray(list) ? list : []), ...Array.from({ length: min - n }, () => ({}))]);
    }
  }

  // ---- Navigation (public API) ---------------------------------------------------------------

  private steps(): StepDef<P>[] {
    return visibleSteps(this.def, this.input());
  }

  private move(to: string, view: View, errorCodes: string[] = []) {
    const from = this.view === 'step' ? this.stepId : this.view;
    this.dispatchEvent(
      new KommStepChangeEvent({ from, to: view === 'step' ? to : view, durationMs: Math.round(performance.now() - this.stepEnteredAt), errorCodes }),
    );
    this.stepEnteredAt = performance.now();
    if (view === 'step') {
      this.stepId = to;
      this.ensureMinItems(to);
    }
    this.view = view;
    this.shown = [];
    this.pendingFocus = '#step-title';
    this.persist();
  }

  /** Validates the current step and moves on ("Weiter"); returns whether it moved. */
  next(): boolean {
    if (!this.loaded() || this.view !== 'step') return false;
    const step = this.def.steps.find((s) => s.id === this.stepId)!;
    const issues = validateStep(this.def, step, this.input());
    const errors = errorsOnly(issues);
    const warnings = issues.filter((i) => i.severity === 'warning' && !this.acknowledged.has(`${i.path}:${i.code}`));
    if (errors.length || warnings.length) {
      // Warnings are shown once; "Weiter" again accepts them ("Sie können trotzdem fortfahren").
      for (const w of warnings) this.acknowledged.add(`${w.path}:${w.code}`);
      this.shown = errors.length ? issues : warnings;
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
    this.abort?.abort();
    this.drafts.clear();
    this.answers = {};
    this.rawText.clear();
    this.acknowledged.clear();
    this.shown = [];
    this.failure = undefined;
    this.reference = '';
    this.sending = false;
    this.envelopeId = newEnvelopeId();
    this.stepId = '';
    this.view = 'step';
    if (this.loaded()) this.start();
  }

  /** The envelope that would be sent now (only visible answers), or undefined before the config is loaded. */
  getPayload(): Envelope | undefined {
    const cfg = this.loaded();
    if (!cfg) return undefined;
    const input = this.input();
    const data = pruneAnswers(this.def, input);
    const computed = this.def.computed?.({ answers: data, params: cfg.params, today: input.today }) ?? {};
    const prefilled = Object.keys(this.prefill).filter((p) => getPath(data, p) === this.prefill[p]!.value);
    return createEnvelope({ def: this.def, config: cfg.config, data, computed, locale: this.langResolved, id: this.envelopeId, prefilled });
  }

  // ---- Submission ----------------------------------------------------------------------------

  private async submit() {
    // Synchronous guard: a double click must send once.
    if (this.sending || !this.loaded()) return;
    const all = errorsOnly(validateAll(this.def, this.input()));
    if (all.length) {
      this.returnToReview = true;
      this.move(all[0]!.step, 'step');
      this.shown = all.filter((i) => i.step === all[0]!.step);
      this.pendingFocus = '.error-summary';
      return;
    }
    const envelope = this.getPayload()!;
    if (!this.dispatchEvent(new KommSubmitEvent({ envelope }))) return;
    this.sending = true;
    this.failure = undefined;
    this.retryNote = '';
    this.abort = new AbortController();
    const cfg = this.loaded()!;
    const endpoint = new URL(this.endpoint || cfg.config.endpoint!, document.baseURI).href.replace(/\/$/, '');
    const outcome = await submitEnvelope(endpoint, envelope, {
      def: this.def,
      signal: this.abort.signal,
      ...(this.fetchFn ? { fetchFn: this.fetchFn } : {}),
      onRetry: (info) => (this.retryNote = this.tr.t('submit.retrying', { n: info.attempt + 1, max: info.maxAttempts })),
    });
    this.sending = false;
    this.retryNote = '';
    if (outcome.ok) {
      this.drafts.clear();
      this.reference = outcome.reference;
      this.move('confirmation', 'confirmation');
      this.dispatchEvent(new KommSubmitSuccessEvent({ reference: outcome.reference, receivedAt: outcome.receivedAt, assistant: this.def.id }));
      return;
    }
    if (outcome.kind === 'aborted' && !this.isConnected) return;
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
    if (outcome.kind === 'validation' && outcome.issues.length) {
      const first = outcome.issues.find((i) => this.steps().some((s) => s.id === i.step)) ?? outcome.issues[0]!;
      this.returnToReview = true;
      this.move(first.step, 'step');
      this.shown = outcome.issues.filter((i) => i.step === first.step);
      this.pendingFocus = '.error-summary';
      return;
    }
    this.failure = outcome;
    this.pendingFocus = '.submit-failure';
  }

  private downloadAnswers() {
    const blob = new Blob([JSON.stringify({ assistant: this.def.id, schemaVersion: this.def.schemaVersion, savedAt: new Date().toISOString(), answers: this.answers }, null, 2)], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `${this.def.id}-angaben.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  }

  // ---- Rendering -----------------------------------------------------------------------------

  private focusField(path: string) {
    const el = this.renderRoot.querySelector<HTMLElement>(`#${fieldId(path)}`) ?? this.renderRoot.querySelector<HTMLElement>(`[id^="${fieldId(path)}-"]`);
    const target = el?.matches('fieldset') ? (el.querySelector<HTMLElement>('input, select, textarea') ?? el) : el;
    target?.focus();
    target?.scrollIntoView?.({ block: 'center' });
  }

  protected override render() {
    const tr = this.tr;
    return this.configTask.render({
      pending: () => html`<p class="loading" role="status">${tr.t('config.loading')}</p>`,
      error: (e) => {
        const problems = Array.isArray(e) ? (e as ConfigProblem[]) : [{ path: '?', message: String(e) }];
        console.error(`<komm-${this.def.id}>: invalid configuration`, problems);
        return configErrorPage(tr, problems);
      },
      complete: () => (this.stepId ? this.renderView() : nothing),
    });
  }

  private renderView() {
    const tr = this.tr;
    const ctx = this.fieldContext();
    const input = this.input();
    const steps = this.steps();
    const title = html`<p class="assistant-title">${tr.t('title')}</p>`;
    if (this.view === 'confirmation') {
      const cfg = this.loaded()!.config;
      return html`${title}${heading(this.headingLevel, tr.t('confirmation.title'))}${confirmationPage(tr, this.reference, cfg)}`;
    }
    if (this.view === 'review') {
      const computed = this.def.computed?.({ ...input, answers: pruneAnswers(this.def, input) }) ?? {};
      const summary = this.def.summary?.({ ctx: { ...input }, computed, lang: tr.lang }) ?? [];
      return html`${title}
        <p part="progress" class="progress">${tr.t('progress.review')}</p>
        ${heading(this.headingLevel, tr.t('review.title'))}
        ${reviewPage(ctx, steps.map((step) => ({ step: step as StepDef<unknown>, nodes: walkStep(step, input) as FieldNode<unknown>[] })), summary)}
        ${submitStatus(tr, this.sending, this.retryNote, this.failure, this.loaded()!.config, () => void this.submit(), () => this.downloadAnswers())}
        <div part="nav" class="nav">
          <button part="button-primary" type="button" class="primary" aria-disabled=${this.sending ? 'true' : 'false'}
            @click=${() => void this.submit()}>${tr.t('nav.submit')}</button>
          <button part="button" type="button" class="secondary" ?disabled=${this.sending} @click=${() => this.back()}>${tr.t('nav.back')}</button>
        </div>`;
    }
    const step = steps.find((s) => s.id === this.stepId) ?? steps[0]!;
    const index = steps.indexOf(step);
    const nodes = walkStep(step, this.input());
    const entries: SummaryEntry[] = this.shown.map((i) => ({ path: i.path, text: issueMessage(tr, i, this.def), severity: i.severity }));
    const lead = tr.has(`steps.${step.id}.lead`) ? html`<p class="lead">${tr.t(`steps.${step.id}.lead`)}</p>` : nothing;
    const last = index === steps.length - 1 || this.returnToReview;
    return html`${title}
      <p part="progress" class="progress">${tr.t('progress', { n: index + 1, total: steps.length })}</p>
      ${errorSummary(tr.t, entries, (p) => this.focusField(p))}
      <form novalidate @submit=${(e: Event) => { e.preventDefault(); this.next(); }}>
        ${heading(this.headingLevel, tr.t(step.title ?? `steps.${step.id}.title`))}
        ${lead}
        ${nodes.map((n) => renderField(ctx, n as FieldNode<unknown>))}
        <div part="nav" class="nav">
          <button part="button-primary" type="submit" class="primary">${tr.t(last ? 'nav.toReview' : 'nav.next')}</button>
          ${index > 0 ? html`<button part="button" type="button" class="secondary" @click=${() => this.back()}>${tr.t('nav.back')}</button>` : nothing}
        </div>
      </form>`;
  }
}
