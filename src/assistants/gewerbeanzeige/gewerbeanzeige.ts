import { html, nothing } from 'lit';
import { KommAssistant } from '../../components/assistant-element.js';
import { useFileFields, useLookupFields } from '../../components/fields/load-fields.js';
import { defineAssistant } from '../../engine/define-assistant.js';
import type * as Derived from './gewerbeanzeige.computed.js';
import type { GewerbeanzeigeParams } from './gewerbeanzeige.params.js';
import { gewerbeanzeigeBase } from './gewerbeanzeige.steps.js';

// WZ 2008 suggestions, register courts and the register query; the documents as uploads with
// progress. Both templates are loaded beside the bundle when a step first needs them.
useLookupFields();
useFileFields();

/**
 * The derived values (forms, recipients, fee, documents, the review's summary) matter from the
 * review page on. A script-tag bundle loads them beside it (`komm-gewerbeanzeige-computed.js`,
 * vite.config.ts), requested when an element connects (not when `all.js` merely defines it), in
 * parallel with the configuration; the element shows its loading state until both are there. A
 * file that cannot be loaded is said above the form with a button to try again; meanwhile the
 * steps work and the review shows no fee.
 */
let derived: typeof Derived | undefined;
let loading: Promise<unknown> | undefined;
let failed = false;
const loadDerived = () =>
  (loading ??= import('./gewerbeanzeige.computed.js').then(
    (m) => (derived = m),
    () => {
      loading = undefined;
      failed = true;
    },
  ));

/** Elements whose "Senden" was pressed while the derived values were missing (not sent). */
const held = new WeakSet<HTMLElement>();
const focusHeld = (el: HTMLElement) =>
  el.shadowRoot?.querySelector<HTMLElement>('#computed-held')?.focus();

const gewerbeanzeige = defineAssistant<GewerbeanzeigeParams>({
  ...gewerbeanzeigeBase,
  computed: (ctx) => derived?.gewerbeanzeigeComputed(ctx) ?? {},
  summary: (args) => derived?.gewerbeanzeigeSummary(args) ?? [],
});

/**
 * Trade notice (Gewerbeanzeige: Anmeldung GewA 1, Ummeldung GewA 2, Abmeldung GewA 3, § 14 GewO) for sole traders, every managing partner of a partnership and the representatives of a legal person, with the recipients of the notice and the fee shown before sending.
 *
 * @summary Trade notice (Gewerbeanzeige: Anmeldung GewA 1, Ummeldung GewA 2, Abmeldung GewA 3, § 14 GewO) for sole traders, every managing partner of a partnership and the representatives of a legal person, with the recipients of the notice and the fee shown before sending.
 * @tag komm-gewerbeanzeige
 * @status experimental
 * @since 0.2
 */
export class KommGewerbeanzeige extends KommAssistant<GewerbeanzeigeParams> {
  static override definition = gewerbeanzeige;

  constructor() {
    super();
    // Every notice sent carries its `computed` forms, recipients, fee and documents (the office's
    // PDF and mail list them; README "Payload contract"). Without the derived part the notice is
    // not sent: the part is loaded again, and the person sees the fee on the review first.
    this.addEventListener('komm-submit', (e) => {
      if (derived || e.target !== this) return;
      e.preventDefault();
      held.add(this);
      if (!loading)
        void loadDerived().then(() => {
          this.requestUpdate();
          return this.updateComplete.then(() => focusHeld(this));
        });
      this.requestUpdate();
      void this.updateComplete.then(() => focusHeld(this));
    });
    this.addEventListener('komm-submit-success', () => held.delete(this));
  }

  override connectedCallback(): void {
    void loadDerived();
    super.connectedCallback();
  }

  protected override render() {
    const en = (this.lang || document.documentElement.lang).startsWith('en');
    const shown = held.has(this)
      ? html`<p part="error" class="error" role="alert" id="computed-held" tabindex="-1">
          ${
            derived
              ? en
                ? 'Your notice has not been sent yet. The fee and the recipients are now shown in the summary below. Check them and send your notice.'
                : 'Ihre Anzeige wurde noch nicht gesendet. Die Gebühr und die Empfänger stehen jetzt unten in der Zusammenfassung. Prüfen Sie sie und senden Sie Ihre Anzeige.'
              : en
                ? 'Your notice has not been sent yet: it can only be sent with the fee and the recipients.'
                : 'Ihre Anzeige wurde noch nicht gesendet: Sie kann nur mit der Gebühr und den Empfängern gesendet werden.'
          }
        </p>`
      : nothing;
    if (derived) return html`${shown}${super.render()}`;
    // Failed: the steps work and the review shows no fee; the notice is not sent until the part
    // is there (see the constructor). Said above the form, with a button to try again; tried
    // again on its own only when "Senden" is pressed.
    if (failed)
      return html`${shown}
        <p part="error" class="error" role="status" id="computed-part">
          ${
            en
              ? 'The fee and the recipients of your notice cannot be loaded right now. Check your internet connection and try again.'
              : 'Die Gebühr und die Empfänger Ihrer Anzeige können gerade nicht geladen werden. Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.'
          }
          <button
            type="button"
            class="secondary"
            aria-disabled=${loading ? 'true' : 'false'}
            @click=${() => {
              if (loading) return;
              void loadDerived().then(() => this.requestUpdate());
              this.requestUpdate();
            }}
          >
            ${loading ? (en ? 'Loading …' : 'Wird geladen …') : en ? 'Try again' : 'Erneut versuchen'}
          </button>
        </p>
        ${super.render()}`;
    void loadDerived().then(() => this.requestUpdate());
    return html`<p class="loading" role="status">
      ${en ? 'Loading the application …' : 'Der Antrag wird geladen …'}
    </p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'komm-gewerbeanzeige': KommGewerbeanzeige;
  }
}
