/**
 * The three pages of the wizard as templates: a step (the question, its fields, "Weiter"),
 * the review with the send button, and the confirmation. The element decides which one shows.
 */
import { html, nothing } from 'lit';
import type { MunicipalityConfig } from '../../engine/config.js';
import type { Translator } from '../../engine/messages.js';
import type { StepDef, SummaryLine } from '../../engine/types.js';
import type { FieldNode } from '../../engine/walk.js';
import type { ReceiptPayment } from '../../transport/outcome.js';
import type { SubmitController } from '../_controllers/submit-controller.js';
import type { FieldContext } from '../fields/field-context.js';
import { renderField } from '../fields/render-field.js';
import { errorSummary, type SummaryEntry } from './error-summary.js';
import { heading, hx } from './heading.js';
import { confirmationPage, submitStatus } from './pages.js';
import { reviewPage, type ReviewContext } from './review.js';

const assistantTitle = (tr: Translator) => html`<p class="assistant-title">${tr.t('title')}</p>`;

export interface StepViewArgs {
  tr: Translator;
  level: number;
  ctx: FieldContext;
  step: StepDef<unknown>;
  nodes: FieldNode<unknown>[];
  index: number;
  total: number;
  /** The last step, or a step opened from the review: "Weiter zur Übersicht". */
  toReview: boolean;
  /** A step opened from the review ("Ändern", or errors found on sending): "Zurück zur Übersicht". */
  backToReview?: boolean;
  problems: SummaryEntry[];
  focusField: (path: string) => void;
  onNext: () => void;
  onBack: () => void;
  /**
   * Shown while the config loads (issue 5, first render): the question as it will look, but inert
   * and hidden from assistive technology (the status line says it is loading), without "Weiter"
   * and without the heading's id (so nothing waits for `#step-title` and finds this one).
   */
  preview?: boolean;
  /**
   * Rendered ahead, hidden after the shown step (see `placeStep` in assistant-element.ts): the
   * heading has no id until it is shown, so the page never has two `#step-title`.
   */
  ahead?: boolean;
}

export function stepView(a: StepViewArgs) {
  const { tr, step } = a;
  const lead = tr.has(`steps.${step.id}.lead`)
    ? html`<p class="lead">${tr.t(`steps.${step.id}.lead`)}</p>`
    : nothing;
  const submit = (e: Event) => {
    e.preventDefault();
    a.onNext();
  };
  return html`${assistantTitle(tr)}
    <p part="progress" class="progress">
      ${tr.t('ui.progress', { n: a.index + 1, total: a.total })}
    </p>
    ${errorSummary(tr.t, inPageOrder(a.nodes, a.problems), a.focusField, a.level)}
    <form
      novalidate
      ?inert=${a.preview}
      aria-hidden=${a.preview ? 'true' : nothing}
      @submit=${submit}
    >
      ${
        a.preview
          ? hx(a.level, tr.t(step.title ?? `steps.${step.id}.title`), { part: 'step-title' })
          : hx(a.level, tr.t(step.title ?? `steps.${step.id}.title`), {
              id: a.ahead ? undefined : 'step-title',
              part: 'step-title',
              focusable: true,
            })
      }
      ${lead} ${a.nodes.map((n) => renderField(a.ctx, n))} ${a.preview ? nothing : nav(a)}
    </form>`;
}

/**
 * The problems in the order their fields stand on the page (GOV.UK: the summary reads like the
 * page), not the engine's (fields first, then rules); problems of one field keep their order.
 */
function inPageOrder(nodes: FieldNode<unknown>[], problems: SummaryEntry[]): SummaryEntry[] {
  if (problems.length < 2) return problems;
  const order = new Map<string, number>();
  const visit = (ns: FieldNode<unknown>[]) => {
    for (const n of ns) {
      order.set(n.path, order.size);
      if (n.children) visit(n.children);
      n.items?.forEach(visit);
    }
  };
  visit(nodes);
  // A path without a field of its own (a rule on a part of one) ranks where its nearest parent is.
  const rank = (path: string): number => {
    for (let p = path; ; p = p.slice(0, p.lastIndexOf('.'))) {
      const r = order.get(p);
      if (r !== undefined) return r;
      if (!p.includes('.')) return order.size;
    }
  };
  return problems
    .map((e, i) => ({ e, i, r: rank(e.path) }))
    .sort((x, y) => x.r - y.r || x.i - y.i)
    .map((x) => x.e);
}

function nav(a: StepViewArgs) {
  const { tr } = a;
  return html`<div part="nav" class="nav">
    <button part="button-primary" type="submit" class="primary">
      ${tr.t(a.toReview ? 'ui.nav.toReview' : 'ui.nav.next')}
    </button>
    ${
      a.index > 0 || a.backToReview
        ? html`<button part="button" type="button" class="secondary" @click=${a.onBack}>
            ${tr.t(a.backToReview ? 'ui.nav.backToReview' : 'ui.nav.back')}
          </button>`
        : nothing
    }
  </div>`;
}

export interface ReviewViewArgs {
  tr: Translator;
  level: number;
  ctx: ReviewContext;
  steps: { step: StepDef<unknown>; nodes: FieldNode<unknown>[] }[];
  summary: SummaryLine[];
  submission: SubmitController;
  config: MunicipalityConfig;
  onSubmit: () => void;
  onBack: () => void;
  onDownload: () => void;
}

export function reviewView(a: ReviewViewArgs) {
  const { tr } = a;
  const sending = a.submission.sending;
  return html`${assistantTitle(tr)}
    <p part="progress" class="progress">${tr.t('ui.progress.review')}</p>
    ${heading(a.level, tr.t('ui.review.title'))} ${reviewPage(a.ctx, a.steps, a.summary, a.level)}
    ${submitStatus(tr, a.submission, a.config, a.onSubmit, a.onDownload, a.level)}
    <div part="nav" class="nav">
      <button
        part="button-primary"
        type="button"
        class="primary"
        aria-disabled=${sending ? 'true' : 'false'}
        @click=${a.onSubmit}
      >
        ${tr.t('ui.nav.submit')}
      </button>
      <button part="button" type="button" class="secondary" ?disabled=${sending} @click=${a.onBack}>
        ${tr.t('ui.nav.back')}
      </button>
    </div>`;
}

export const confirmationView = (
  tr: Translator,
  level: number,
  reference: string,
  config: MunicipalityConfig,
  assignmentCode = '',
  payment?: ReceiptPayment,
) =>
  html`${assistantTitle(tr)}${heading(level, tr.t('ui.confirmation.title'))}${confirmationPage(tr, reference, config, level, assignmentCode, payment)}`;
