/** Radio group, checkbox group (fieldset + legend) and select. */
import { html, nothing } from 'lit';
import { live } from './live.js';
import type { FieldNode } from '../../engine/walk.js';
import { describedBy, fieldId, type FieldContext } from './field-context.js';
import { hintTemplate, issueTemplate } from './messages.js';

export function selectField(ctx: FieldContext, node: FieldNode<unknown>) {
  const id = fieldId(node.path);
  const issue = ctx.issue(node.path);
  const hint = ctx.hint(node);
  const value = ctx.value(node.path);
  return html`<div part="field" class="field ${issue ? `has-${issue.severity}` : ''}">
    <label part="label" for=${id}>${ctx.label(node)}</label>
    ${hintTemplate(node.path, hint)} ${issueTemplate(ctx, node.path, issue)}
    <select
      part="input"
      id=${id}
      name=${node.path}
      aria-describedby=${describedBy(node.path, !!hint, !!issue) ?? nothing}
      aria-invalid=${issue?.severity === 'error' ? 'true' : 'false'}
      @change=${(e: Event) => ctx.set(node, (e.target as HTMLSelectElement).value || undefined)}
    >
      <option value="" ?selected=${value === undefined}>${ctx.t('ui.select.placeholder')}</option>
      ${ctx
        .options(node)
        .map(
          (o) =>
            html`<option value=${o.value} ?selected=${value === o.value}>
              ${ctx.optionLabel(node, o)}
            </option>`,
        )}
    </select>
  </div>`;
}

/** Radios and checkboxes share the fieldset: the question is the legend (GOV.UK). */
export function choiceGroupField(ctx: FieldContext, node: FieldNode<unknown>) {
  const multiple = node.field.type === 'checkboxes';
  const issue = ctx.issue(node.path);
  const hint = ctx.hint(node);
  const value = ctx.value(node.path);
  const selected = multiple ? (Array.isArray(value) ? (value as string[]) : []) : [];
  const toggle = (v: string, on: boolean) => {
    const now = ctx.value(node.path);
    const current = Array.isArray(now) ? (now as string[]) : [];
    const next = on ? [...current.filter((s) => s !== v), v] : current.filter((s) => s !== v);
    ctx.set(node, next.length ? next : undefined);
  };
  return html`<div part="field" class="field ${issue ? `has-${issue.severity}` : ''}">
    <fieldset
      id=${fieldId(node.path)}
      tabindex="-1"
      aria-describedby=${describedBy(node.path, !!hint, !!issue) ?? nothing}
    >
      <legend part="label">${ctx.label(node)}</legend>
      ${hintTemplate(node.path, hint)} ${issueTemplate(ctx, node.path, issue)}
      <div class="choices">
        ${ctx.options(node).map((o, i) => {
          const id = fieldId(node.path, String(i));
          const checked = multiple ? selected.includes(o.value) : value === o.value;
          // live(): when a field appears above, Lit reuses these inputs for the next field's
          // options; a click left `checked` set that Lit never wrote, so compare with the DOM.
          return html`<div class="choice">
            <input
              part="input"
              id=${id}
              type=${multiple ? 'checkbox' : 'radio'}
              name=${node.path}
              .value=${o.value}
              .checked=${live(checked)}
              aria-invalid=${issue?.severity === 'error' ? 'true' : 'false'}
              @change=${(e: Event) => {
                const on = (e.target as HTMLInputElement).checked;
                if (multiple) toggle(o.value, on);
                else if (on) ctx.set(node, o.value);
              }}
            />
            <label for=${id}>${ctx.optionLabel(node, o)}</label>
          </div>`;
        })}
      </div>
    </fieldset>
  </div>`;
}

/** One checkbox that states something ("Ich erteile das SEPA-Lastschriftmandat."). */
export function checkboxField(ctx: FieldContext, node: FieldNode<unknown>) {
  const id = fieldId(node.path);
  const issue = ctx.issue(node.path);
  const hint = ctx.hint(node);
  return html`<div part="field" class="field ${issue ? `has-${issue.severity}` : ''}">
    ${issueTemplate(ctx, node.path, issue)}
    <div class="choice">
      <input
        part="input"
        id=${id}
        type="checkbox"
        name=${node.path}
        .checked=${live(ctx.value(node.path) === true)}
        aria-describedby=${describedBy(node.path, !!hint, !!issue) ?? nothing}
        aria-invalid=${issue?.severity === 'error' ? 'true' : 'false'}
        @change=${(e: Event) => ctx.set(node, (e.target as HTMLInputElement).checked)}
      />
      <label part="label" for=${id}>${ctx.label(node, false)}</label>
    </div>
    ${hintTemplate(node.path, hint)}
  </div>`;
}
