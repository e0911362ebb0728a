/**
 * Error summary at the top of a step (GOV.UK): takes focus, lists every problem, and each link
 * moves focus to its field. Fragment links cannot reach into a shadow root, so the click is ours.
 */
import { html, nothing } from 'lit';
import { fieldId } from '../fields/field-context.js';
import { hx } from './heading.js';

export interface SummaryEntry {
  path: string;
  text: string;
  severity: 'error' | 'warning';
}

export function errorSummary(
  t: (k: string) => string,
  entries: SummaryEntry[],
  focusField: (path: string) => void,
  level: number,
) {
  if (!entries.length) return nothing;
  const errors = entries.some((e) => e.severity === 'error');
  return html`<div
    part="error-summary"
    class="error-summary ${errors ? '' : 'warnings'}"
    tabindex="-1"
    aria-labelledby="error-summary-title"
  >
    ${hx(level, t(errors ? 'ui.errorSummary.title' : 'ui.errorSummary.warnings'), { id: 'error-summary-title' })}
    <ul>
      ${entries.map(
        (e) =>
          html`<li>
            <a
              href=${`#${fieldId(e.path)}`}
              @click=${(ev: Event) => {
                ev.preventDefault();
                focusField(e.path);
              }}
              >${e.text}</a
            >
          </li>`,
      )}
    </ul>
  </div>`;
}
