/**
 * A date as three text inputs (Tag, Monat, Jahr), as the GOV.UK Design System recommends:
 * unlike `<input type="date">` it reads the same in every browser language, works with every
 * screen reader and lets people type a date they know (a birthday) without a picker.
 * The answer is an ISO date once all three parts are given; anything else stays as typed
 * (`JJJJ-M-T` with gaps), which the engine reports as an invalid date.
 */
import { html, nothing } from 'lit';
import { dateExample, isBirthDate } from '../../engine/date-example.js';
import type { ScalarField } from '../../engine/types.js';
import type { FieldNode } from '../../engine/walk.js';
import { describedBy, fieldId, type FieldContext } from './field-context.js';
import { hintTemplate, issueTemplate } from './messages.js';

const PARTS = ['day', 'month', 'year'] as const;
type Part = (typeof PARTS)[number];

/** `2026-03-05` or a partial `2026--5` -> { year: '2026', month: '', day: '5' }. */
export function splitDate(value: unknown): Record<Part, string> {
  const [year = '', month = '', day = ''] = typeof value === 'string' ? value.split('-') : [];
  return { day, month, year };
}

/** The three parts -> ISO date, or a partial value that keeps what was typed. */
export function joinDate(p: Record<Part, string>): string | undefined {
  const t = { day: p.day.trim(), month: p.month.trim(), year: p.year.trim() };
  if (!t.day && !t.month && !t.year) return undefined;
  if (/^\d{1,2}$/.test(t.day) && /^\d{1,2}$/.test(t.month) && /^\d{4}$/.test(t.year))
    return `${t.year}-${t.month.padStart(2, '0')}-${t.day.padStart(2, '0')}`;
  return `${t.year}-${t.month}-${t.day}`;
}

export function dateField(ctx: FieldContext, node: FieldNode<unknown>) {
  const id = fieldId(node.path);
  const issue = ctx.issue(node.path);
  const hint = ctx.hint(node);
  const invalid = issue?.severity === 'error' ? 'true' : 'false';
  const token = node.field.autocomplete;
  // `bday` splits into the browser's own day/month/year tokens; other dates get no autofill.
  const ac = (part: Part) =>
    token && /(^|\s)bday$/.test(token) ? token.replace(/bday$/, `bday-${part}`) : 'off';
  // A person's birthday gets an example from the past: a `bday` field, or one marked
  // `dateOf: 'birth'` (also another person's birth date, which the browser must not fill with
  // the citizen's own). Other dates one from the engine's today (`dateExample`); a municipality's
  // `ui.date.hint` without `{example}` is shown as it is.
  const field = node.field as ScalarField;
  const example = ctx.t(isBirthDate(field) ? 'ui.date.hintBirth' : 'ui.date.hint', {
    example: dateExample(field, node.ctx.today),
  });
  // The boxes show what was typed ("2"), the answer is the ISO date ("2026-03-02"): the typed
  // text is kept beside the answer (`ctx.set`'s `raw`, as number fields keep "12,5"), so a day
  // does not turn into "02" under the citizen's fingers when the year is complete. A draft or a
  // prefill has only the answer and shows it as stored ("02").
  const onInput = (part: Part) => (e: Event) => {
    const typed = { ...splitDate(ctx.text(node)), [part]: (e.target as HTMLInputElement).value };
    const value = joinDate(typed);
    const raw = `${typed.year}-${typed.month}-${typed.day}`;
    ctx.set(node, value, value === undefined || value === raw ? undefined : raw);
  };
  const current = splitDate(ctx.text(node));
  return html`<div part="field" class="field ${issue ? `has-${issue.severity}` : ''}">
    <fieldset
      id=${id}
      tabindex="-1"
      aria-describedby=${describedBy(node.path, true, !!issue) ?? nothing}
    >
      <legend part="label">${ctx.label(node)}</legend>
      ${hintTemplate(node.path, [hint === example ? '' : hint, example].filter(Boolean).join(' '))}
      ${issueTemplate(ctx, node.path, issue)}
      <div class="date">
        ${PARTS.map(
          (part) =>
            html`<div class="date-part">
              <label for=${`${id}-${part}`}>${ctx.t(`ui.date.${part}`)}</label>
              <input
                part="input"
                id=${`${id}-${part}`}
                name=${`${node.path}-${part}`}
                type="text"
                inputmode="numeric"
                class=${part === 'year' ? 'w-year' : 'w-day'}
                maxlength=${part === 'year' ? 4 : 2}
                autocomplete=${ac(part)}
                aria-invalid=${invalid}
                .value=${current[part]}
                @input=${onInput(part)}
              />
            </div>`,
        )}
      </div>
    </fieldset>
  </div>`;
}
