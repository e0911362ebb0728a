import { html, type TemplateResult } from 'lit';

/**
 * A heading at the level the host page needs (`heading-level`), focusable so that a step change
 * can move focus to it and screen readers announce the new question.
 */
export function heading(level: number, content: unknown, id = 'step-title'): TemplateResult {
  switch (level) {
    case 1:
      return html`<h1 part="step-title" id=${id} tabindex="-1">${content}</h1>`;
    case 3:
      return html`<h3 part="step-title" id=${id} tabindex="-1">${content}</h3>`;
    case 4:
      return html`<h4 part="step-title" id=${id} tabindex="-1">${content}</h4>`;
    default:
      return html`<h2 part="step-title" id=${id} tabindex="-1">${content}</h2>`;
  }
}
