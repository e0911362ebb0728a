/**
 * The part `komm-privacy.js` (see load-privacy.ts): `<komm-privacy-summary>`, a native
 * `<details>` "Hinweise zum Datenschutz" / "Privacy information" that opens the short Art. 13
 * information `privacySummary` (src/engine/privacy.ts) builds from the assistant's privacy facts
 * (the same as `dist/privacy/<id>.de.md`), the config (municipality, office) and the form's step
 * titles. Plain DOM, no Lit: the element's children live in the assistant's shadow root, so its
 * styles (focus ring, `.info`) apply. It rebuilds only when what it shows changes (language,
 * config), so a re-render of the step keeps it open.
 */
import { privacyFacts } from '../assistants/privacy.js';
import { dataSteps, privacySummary } from '../engine/privacy.js';
import type { FieldContext } from './fields/field-context.js';
import type { ReviewContext } from './wizard/review.js';

type Ctx = FieldContext & Partial<Pick<ReviewContext, 'stepTitle'>>;

const make = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string) => {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  return e;
};

export class KommPrivacySummary extends HTMLElement {
  private c?: Ctx;
  private shown = '';

  get ctx(): Ctx | undefined {
    return this.c;
  }

  /** The field context of the step (set by the info field's template on every render). */
  set ctx(ctx: Ctx | undefined) {
    this.c = ctx;
    this.build();
  }

  connectedCallback(): void {
    // Set by Lit before this class was defined: an own property hides the setter.
    if (Object.hasOwn(this, 'ctx')) {
      const ctx = this.ctx;
      delete (this as { ctx?: Ctx }).ctx;
      this.ctx = ctx;
    } else this.build();
  }

  private build(): void {
    const ctx = this.c;
    const host = ctx?.privacy?.();
    const facts = host && privacyFacts[host.def.id];
    if (!ctx || !host || !facts || !this.isConnected) return;
    const { def, config } = host;
    const data = privacySummary({
      lang: ctx.lang,
      facts,
      form: ctx.t('title'),
      municipality: config.municipality.name,
      office: config.offices?.[def.id] ?? config.office,
      steps: dataSteps(def).map((s) =>
        ctx.stepTitle ? ctx.stepTitle(s) : ctx.t(s.title ?? `steps.${s.id}.title`),
      ),
    });
    const level = Math.min(Math.max(host.level, 1) + 1, 6);
    const key = JSON.stringify([data, level]);
    if (key === this.shown) return;
    this.shown = key;

    const details = make('details');
    details.open = !!this.querySelector('details')?.open;
    const summary = make('summary', data.title);
    summary.style.cursor = 'pointer';
    summary.style.fontWeight = '600';
    details.append(summary, make('p', data.intro));
    for (const section of data.sections) {
      const h = make(`h${level}` as 'h3', section.heading);
      h.style.fontSize = '1em';
      h.style.margin = '1em 0 0';
      details.append(h, ...section.text.map((t) => make('p', t)));
      if (section.list) {
        const ul = make('ul');
        ul.append(...section.list.map((t) => make('li', t)));
        details.append(ul);
      }
      details.append(...(section.after ?? []).map((t) => make('p', t)));
    }
    this.replaceChildren(details);
  }
}

/** Once, whichever bundle loaded the part first (two embeds share the tag). */
if (!customElements.get('komm-privacy-summary'))
  customElements.define('komm-privacy-summary', KommPrivacySummary);

declare global {
  interface HTMLElementTagNameMap {
    'komm-privacy-summary': KommPrivacySummary;
  }
}
