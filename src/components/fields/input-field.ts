/**
 * Text-like controls: text, textarea, integer, number, money, date, time, email, phone,
 * postal code, IBAN. Numbers use inputmode instead of type=number (GOV.UK: type=number
 * changes values on scroll and is badly announced). A time is a 24-hour text field, not
 * `type=time`: Chromium follows the system's locale there, not `lang`, and asks for AM/PM.
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
  time: { type: 'text', autocomplete: 'off', spellcheck: false },
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

/**
 * How a time field reads what was typed ("7:30" -> "07:30"): `parseTime` of `time.ts`, set by
 * `useTimeFields()` in the element modules of assistants with times, so the other script-tag
 * bundles leave it out. Without it, the text is kept as typed (and checked as `HH:MM`).
 */
export const timeFields: { parse?: (raw: string) => string | undefined } = {};

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
      numeric
        ? parseNumber(raw, f.type === 'integer')
        : raw === ''
          ? undefined
          : f.type === 'time'
            ? (timeFields.parse?.(raw) ?? raw)
            : raw,
      raw,
    );
  };
  // Once the person leaves the field: the IBAN in fours, as printed on bank cards; a time as
  // "07:30".
  const onChange = (e: Event) => {
    const input = e.target as HTMLInputElement;
    const shown =
      f.type === 'iban'
        ? isValidIban(electronicFormatIban(input.value)) && friendlyFormatIban(input.value)
        : f.type === 'time' && timeFields.parse?.(input.value);
    if (shown) {
      input.value = shown;
      ctx.set(node, shown, shown);
    }
  };
  const c = CONTROLS[f.type] ?? CONTROLS.text!;
  const width =
    f.width ??
    (f.type === 'postalCode' || f.type === 'integer' || f.type === 'time'
      ? 's'
      : f.type === 'iban'
        ? 'l'
        : undefined);
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
