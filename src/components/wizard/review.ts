/**
 * The review page ("Prüfen Sie Ihre Angaben"): every visible step with its answers and an
 * "Ändern" button back to it, and the assistant's summary lines (e.g. the expected tax).
 * The button is named "Ändern: <step>" by `aria-label`: a visually hidden span (absolutely
 * positioned, so a block to Chromium) gave screen readers "Ändern : <step>".
 */
import { html, nothing } from 'lit';
import { Directive, directive, type ChildPart } from 'lit/directive.js';
import { friendlyFormatIban } from '../../engine/iban.js';
import { formatDate, formatMoney, formatNumber } from '../../engine/format.js';
import { emptyAnswerKey, unanswered } from '../../engine/files.js';
import { isEmpty } from '../../engine/paths.js';
import type {
  FileAnswer,
  LookupOptions,
  ScalarField,
  StepDef,
  SummaryLine,
} from '../../engine/types.js';
import type { FieldNode } from '../../engine/walk.js';
import type { FieldContext } from '../fields/field-context.js';
import { hx } from './heading.js';
import { itemLegend } from '../fields/group-field.js';
import { linkedText } from '../fields/linked-text.js';
import { labelOf, showsLabel, withLabel, type LookupHost } from '../fields/lookup-source.js';

export interface ReviewContext extends FieldContext {
  stepTitle: (step: StepDef<unknown>) => string;
  prefilledSource: (path: string) => string | undefined;
  change: (stepId: string) => void;
}

function display(ctx: ReviewContext, node: FieldNode<unknown>): string {
  const v = ctx.value(node.path);
  const f = node.field;
  if (f.type === 'checkbox') return ctx.t(v === true ? 'ui.review.yes' : 'ui.review.no');
  if (isEmpty(v)) return ctx.t(emptyAnswerKey(f));
  switch (f.type) {
    case 'radio':
    case 'select': {
      const o = ctx.options(node).find((x) => x.value === v);
      return o ? ctx.optionLabel(node, o) : String(v);
    }
    case 'checkboxes':
      return ctx
        .options(node)
        .filter((o) => (v as string[]).includes(o.value))
        .map((o) => ctx.optionLabel(node, o))
        .join(', ');
    case 'date':
      return formatDate(String(v), ctx.lang);
    case 'money':
      return typeof v === 'number' ? formatMoney(v, ctx.lang) : String(v);
    case 'number':
    case 'integer':
      return typeof v === 'number' ? formatNumber(v, ctx.lang) : String(v);
    case 'iban':
      return friendlyFormatIban(String(v));
    case 'file':
      return (v as FileAnswer[]).map((a) => a.filename).join(', ');
    default:
      return String(v);
  }
}

/**
 * A lookup answer with what it means ("47.64.1 – Einzelhandel mit Fahrrädern, …"): the label of
 * the chosen item, or after a reload asked from the hub (the host repaints when it arrives).
 */
class LookupAnswer extends Directive {
  render(_options: LookupOptions, value: string) {
    return value;
  }

  override update(part: ChildPart, [options, value]: [LookupOptions, string]) {
    const host = part.options?.host as LookupHost | undefined;
    return withLabel(value, host && labelOf(host, options, value, true));
  }
}
const lookupAnswer = directive(LookupAnswer);

function rows(ctx: ReviewContext, nodes: FieldNode<unknown>[]): unknown {
  return nodes.map((n) => {
    if (n.field.type === 'info') return nothing;
    if (n.field.type === 'group') {
      // An optional group left empty (a second address): one "Nicht angegeben", not one a field.
      if (!n.items && unanswered(n.children ?? []))
        return html`<div class="review-row">
          <dt>${ctx.label(n, false)}</dt>
          <dd>${ctx.t('ui.review.empty')}</dd>
        </div>`;
      const lists = n.items ?? [n.children ?? []];
      return lists.map(
        (children, i) =>
          html`<div class="review-group">
            <dt class="review-group-title">
              ${n.items ? `${ctx.label(n, false)} – ${itemLegend(ctx, n, i)}` : ctx.label(n, false)}
            </dt>
            <dd><dl>${rows(ctx, children)}</dl></dd>
          </div>`,
      );
    }
    const source = ctx.prefilledSource(n.path);
    const lookup = (n.field as ScalarField<unknown>).lookup;
    const v = ctx.value(n.path);
    return html`<div class="review-row">
      <dt>${ctx.label(n, false)}</dt>
      <dd>
        ${showsLabel(lookup) && typeof v === 'string' && v ? lookupAnswer(lookup, v) : display(ctx, n)}${source ? html` <span class="hint">${ctx.t('ui.review.prefilled', { source })}</span>` : nothing}
      </dd>
    </div>`;
  });
}

export function reviewPage(
  ctx: ReviewContext,
  steps: { step: StepDef<unknown>; nodes: FieldNode<unknown>[] }[],
  summary: SummaryLine[],
  level: number,
) {
  return html`<div part="review" class="review">
    <p>${ctx.t('ui.review.lead')}</p>
    ${
      summary.length
        ? html`<section class="summary" aria-labelledby="review-summary">
            ${hx(level + 1, ctx.t('ui.review.summary'), { id: 'review-summary' })}
            ${summary.map((l) => {
              const cls =
                l.tone === 'note' ? 'hint' : l.tone === 'total' ? 'summary-total' : 'summary-value';
              return html`<p class=${cls}>${linkedText(ctx.t, l.key, l.vars)}</p>
                ${
                  l.items
                    ? html`<ul class=${cls}>
                        ${l.items.map((i) => html`<li>${i}</li>`)}
                      </ul>`
                    : nothing
                }`;
            })}
          </section>`
        : nothing
    }
    ${steps.map(
      ({ step, nodes }) =>
        html`<section class="review-step" aria-labelledby=${`review-${step.id}`}>
          <div class="review-step-head">
            ${hx(level + 1, ctx.stepTitle(step), { id: `review-${step.id}` })}
            <button
              part="button"
              type="button"
              class="link"
              aria-label=${`${ctx.t('ui.review.change')}: ${ctx.stepTitle(step)}`}
              @click=${() => ctx.change(step.id)}
            >
              ${ctx.t('ui.review.change')}
            </button>
          </div>
          <dl>${rows(ctx, nodes)}</dl>
        </section>`,
    )}
  </div>`;
}
