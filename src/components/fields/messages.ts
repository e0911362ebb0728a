import { html, nothing } from 'lit';
import type { FieldContext, ShownIssue } from './field-context.js';
import { fieldId } from './field-context.js';

/** Hint and inline error in GOV.UK order: label, hint, error, control. */
export const hintTemplate = (path: string, hint: string | undefined) =>
  hint ? html`<p part="hint" class="hint" id=${fieldId(path, 'hint')}>${hint}</p>` : nothing;

export const issueTemplate = (ctx: FieldContext, path: string, issue: ShownIssue | undefined) =>
  issue
    ? html`<p
        part="error"
        class=${issue.severity === 'warning' ? 'warning' : 'error'}
        id=${fieldId(path, 'error')}
      >
        <span class="visually-hidden"
          >${ctx.t(issue.severity === 'warning' ? 'ui.warning.prefix' : 'ui.error.prefix')}</span
        >
        ${issue.text}
      </p>`
    : nothing;
