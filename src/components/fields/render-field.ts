/** The one switch from field type to template (no renderer registry, STYLE Rule 11). */
import { nothing, type TemplateResult } from 'lit';
import type { ScalarField } from '../../engine/types.js';
import type { FieldNode } from '../../engine/walk.js';
import type { FieldContext } from './field-context.js';
import { checkboxField, choiceGroupField, selectField } from './choice-field.js';
import { dateField } from './date-field.js';
import { groupField } from './group-field.js';
import { infoField } from './info-field.js';
import { inputField } from './input-field.js';

/**
 * Templates of field types few assistants use, set when an assistant's element module calls
 * `useFileFields()` / `useLookupFields()` (`load-fields.ts`, which loads the real templates on
 * demand), so the other script-tag bundles leave them out.
 */
export const optionalFields: {
  file?: (ctx: FieldContext, node: FieldNode<unknown>) => TemplateResult;
  /** A text field with `lookup` (`lookup-field.ts`); without it, a plain text field. */
  lookup?: (ctx: FieldContext, node: FieldNode<unknown>) => TemplateResult;
} = {};

export function renderField(ctx: FieldContext, node: FieldNode<unknown>) {
  switch (node.field.type) {
    case 'group':
      return groupField(ctx, node);
    case 'info':
      return infoField(ctx, node);
    case 'select':
      return selectField(ctx, node);
    case 'radio':
    case 'checkboxes':
      return choiceGroupField(ctx, node);
    case 'checkbox':
      return checkboxField(ctx, node);
    case 'date':
      return dateField(ctx, node);
    case 'file':
      return optionalFields.file?.(ctx, node) ?? nothing;
    default:
      if ((node.field as ScalarField).lookup && optionalFields.lookup)
        return optionalFields.lookup(ctx, node);
      return node.field.type ? inputField(ctx, node) : nothing;
  }
}
