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

/**
 * The list items a path lies in, outermost first ("Person 2, Anschrift 1" of
 * `persons.1.addresses.0.street`): each item's `<list key>.item` text without answers in it
 * ("Hund 2", not "Hund 2: Luna"), else "Eintrag 2".
 */
type T = (k: string, vars?: Record<string, unknown>) => string;

function itemsOf(t: T, path: string) {
  const names: string[] = [];
  let key = '';
  for (const seg of path.split('.')) {
    if (/^\d+$/.test(seg)) {
      const vars = { n: +seg + 1 };
      const name = t(`${key}.item`, vars);
      names.push(name === `${key}.item` || name.includes('{') ? t('ui.list.item', vars) : name);
      key += '[]';
    } else key += key ? `.${seg}` : seg;
  }
  return names.join(', ');
}

export function errorSummary(
  t: T,
  entries: SummaryEntry[],
  focusField: (path: string) => void,
  level: number,
) {
  if (!entries.length) return nothing;
  const errors = entries.filter((e) => e.severity === 'error');
  const warnings = entries.filter((e) => e.severity !== 'error');
  const list = (es: SummaryEntry[]) =>
    html`<ul>
      ${es.map((e) => {
        // A problem inside a list item names the item ("Hund 2: Geben Sie …"): out of the item's
        // fieldset, "Geben Sie die Rasse an" twice would not say which dog. Not when the text
        // already starts with it ("Dienst 1 (12.03.2026) liegt …").
        const items = itemsOf(t, e.path);
        return html`<li>
          <a
            href=${`#${fieldId(e.path)}`}
            @click=${(ev: Event) => {
              ev.preventDefault();
              focusField(e.path);
            }}
            >${items && !e.text.startsWith(items) ? `${items}: ${e.text}` : e.text}</a
          >
        </li>`;
      })}
    </ul>`;
  // Warnings ("Sie können sie trotzdem senden") never stand under the errors' "Bitte prüfen Sie
  // Ihre Angaben": beside errors they get their own "Bitte beachten Sie" (stranger walk finding).
  return html`<div
    part="error-summary"
    class="error-summary ${errors.length ? '' : 'warnings'}"
    role="group"
    tabindex="-1"
    aria-labelledby="error-summary-title"
  >
    ${hx(level, t(errors.length ? 'ui.errorSummary.title' : 'ui.errorSummary.warnings'), { id: 'error-summary-title' })}
    ${list(errors.length ? errors : warnings)}
    ${
      errors.length && warnings.length
        ? html`<div class="warnings">
            ${hx(level + 1, t('ui.errorSummary.warnings'))} ${list(warnings)}
          </div>`
        : nothing
    }
  </div>`;
}
