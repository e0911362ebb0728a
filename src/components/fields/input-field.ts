/**
 * Text-like controls: text, textarea, integer, number, money, date, time, email, phone,
 * postal code, IBAN. Numbers use inputmode instead of type=number (GOV.UK: type=number
 * changes values on scroll and is badly announced).
 */
import { html, nothing } from 'lit';
import { live } from './live.js';
import { electronicFormatIban, friendlyFormatIban, isValidIban } from '../../engine/iban.js';
import type { ScalarField } from '../../engine/types.js';
import type { FieldNode } from '../../engine/walk.js';
import { describedBy, fieldId, type FieldContext } from './field-context.js';
import { hintTemplate, issueTemplate } from './messages.js';

interface Control {
  type: string;
  inputmode?: string;
  spellcheck?: boolean;
  autocomplete?: string;
}

const CONTROLS: Record<string, Control> = {
  text: { type: 'text' },
  integer: { type: 'text', inputmode: 'numeric' },
  number: { type: 'text', inputmode: 'decimal' },
  money: { type: 'text', inputmode: 'decimal' },
  time: { type: 'time' },
  email: { type: 'email', spellcheck: false, autocomplete: 'email' },
  phone: { type: 'tel', autocomplete: 'tel' },
  postalCode: { type: 'text', inputmode: 'numeric', autocomplete: 'postal-code' },
  iban: { type: 'text', spellcheck: false },
};

/** Parses what a person typed into a number ("1.234,50", "12.5", "7"); unparseable text stays text. */
export function parseNumber(raw: string, integer: boolean): number | string | undefined {
  const s = raw.trim().replace(/\s/g, '').replace(/€$/, '');
  if (s === '') return undefined;
  if (integer) return /^-?\d+$/.test(s) ? Number(s) : raw;
  const normalised = s.includes(',') ? s.replace(/\./g, '').replace(',', '.') : s;
  return /^-?\d+(\.\d+)?$/.test(normalised) ? Number(normalised) : raw;
}

export function inputField(ctx: FieldContext, node: FieldNode<unknown>) {
  const f = node.field as ScalarField<unknown>;
  const id = fieldId(node.path);
  const issue = ctx.issue(node.path);
  const hint = ctx.hint(node);
  const numeric = f.type === 'integer' || f.type === 'number' || f.type === 'money';
  const onInput = (e: Event) => {
    const raw = (e.target as HTMLInputElement).value;
    ctx.set(
      node,
      numeric ? parseNumber(raw, f.type === 'integer') : raw === '' ? undefined : raw,
      raw,
    );
  };
  // Group the IBAN in fours once the person leaves the field, as printed on bank cards.
  const onChange = (e: Event) => {
    const input = e.target as HTMLInputElement;
    if (f.type === 'iban' && isValidIban(electronicFormatIban(input.value))) {
      const friendly = friendlyFormatIban(input.value);
      input.value = friendly;
      ctx.set(node, friendly, friendly);
    }
  };
  const c = CONTROLS[f.type] ?? CONTROLS.text!;
  const width =
    f.width ??
    (f.type === 'postalCode' || f.type === 'integer' ? 's' : f.type === 'iban' ? 'l' : undefined);
  const common = {
    id,
    describedby: describedBy(node.path, !!hint, !!issue),
    invalid: issue?.severity === 'error' ? 'true' : 'false',
  };
  const control =
    f.type === 'textarea'
      ? html`<textarea
          part="input"
          id=${common.id}
          name=${node.path}
          rows="5"
          aria-describedby=${common.describedby ?? nothing}
          aria-invalid=${common.invalid}
          maxlength=${f.maxLength ?? nothing}
          .value=${live(ctx.text(node))}
          @input=${onInput}
        ></textarea>`
      : html`<input
          part="input"
          id=${common.id}
          name=${node.path}
          type=${c.type}
          class=${width ? `w-${width}` : nothing}
          inputmode=${c.inputmode ?? nothing}
          spellcheck=${c.spellcheck === false ? 'false' : nothing}
          autocomplete=${f.autocomplete ?? c.autocomplete ?? nothing}
          maxlength=${f.maxLength ?? (f.type === 'postalCode' ? 5 : nothing)}
          ?readonly=${!!f.readonly}
          aria-describedby=${common.describedby ?? nothing}
          aria-invalid=${common.invalid}
          .value=${live(ctx.text(node))}
          @input=${onInput}
          @change=${onChange}
        />`;
  return html`<div part="field" class="field ${issue ? `has-${issue.severity}` : ''}">
    <label part="label" for=${id}>${ctx.label(node)}</label>
    ${hintTemplate(node.path, hint)} ${issueTemplate(ctx, node.path, issue)}
    ${f.type === 'money' ? html`<span class="affix">${control}<span aria-hidden="true">€</span></span>` : control}
  </div>`;
}
