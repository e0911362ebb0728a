/** Groups (a fieldset with legend) and repeatable lists with add and remove. */
import { html, nothing } from 'lit';
import type { GroupField } from '../../engine/types.js';
import type { FieldNode } from '../../engine/walk.js';
import { describedBy, fieldId, type FieldContext } from './field-context.js';
import { hintTemplate, issueTemplate } from './messages.js';

/** The legend of one list item ("Hund 2: Luna"), filled from the item's own answers. */
export const itemLegend = (ctx: FieldContext, node: FieldNode<unknown>, index: number) => {
  const value = ctx.value(`${node.path}.${index}`);
  const item = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
  const vars: Record<string, unknown> = { n: index + 1 };
  for (const [k, v] of Object.entries(item))
    if (typeof v === 'string' || typeof v === 'number') vars[k] = v;
  const key = `${node.key}.item`;
  const text = ctx.t(key, vars);
  // An item label with an unfilled placeholder ("Hund {name}") falls back to the plain number.
  return text === key || /\{\w+\}/.test(text) ? ctx.t('ui.list.item', vars) : text;
};

export function groupField(ctx: FieldContext, node: FieldNode<unknown>) {
  const group = node.field as GroupField<unknown>;
  const issue = ctx.issue(node.path);
  const hint = ctx.hint(node);
  if (!group.repeat) {
    return html`<fieldset part="field" class="group" id=${fieldId(node.path)} tabindex="-1">
      <legend part="label">${ctx.label(node, false)}</legend>
      ${hintTemplate(node.path, hint)} ${issueTemplate(ctx, node.path, issue)}
      ${(node.children ?? []).map((c) => ctx.render(c))}
    </fieldset>`;
  }
  const items = node.items ?? [];
  const editable = group.repeat.editable !== false;
  const canAdd = editable && (group.repeat.max === undefined || items.length < group.repeat.max);
  const canRemove = editable && items.length > (group.repeat.min ?? 0);
  const addLabel =
    ctx.t(`${node.key}.add`) === `${node.key}.add`
      ? ctx.t('ui.list.add')
      : ctx.t(`${node.key}.add`);
  // A named group, so focus sent here (error summary, after "Entfernen") says where it landed.
  return html`<div
    part="field"
    class="list"
    id=${fieldId(node.path)}
    tabindex="-1"
    role="group"
    aria-label=${ctx.label(node, false)}
    aria-describedby=${describedBy(node.path, !!hint, !!issue) ?? nothing}
  >
    ${hintTemplate(node.path, hint)} ${issueTemplate(ctx, node.path, issue)}
    ${items.map(
      (children, i) =>
        html`<fieldset class="group item" id=${fieldId(node.path, String(i))} tabindex="-1">
          <legend part="label">${itemLegend(ctx, node, i)}</legend>
          ${children.map((c) => ctx.render(c))}
          ${
            canRemove
              ? html`<button
                  part="button"
                  type="button"
                  class="secondary"
                  @click=${() => ctx.removeItem(node, i)}
                >
                  ${(() => {
                    const k = `${node.key}.remove`;
                    const text = ctx.t(k, { n: i + 1 });
                    return text === k ? ctx.t('ui.list.remove', { n: i + 1 }) : text;
                  })()}
                </button>`
              : nothing
          }
        </fieldset>`,
    )}
    ${
      canAdd
        ? html`<button
            part="button"
            type="button"
            class="secondary add"
            @click=${() => ctx.addItem(node)}
          >
            ${addLabel}
          </button>`
        : nothing
    }
  </div>`;
}
