/**
 * Back from the payment page (issue 8). The confirmation's "Gebühr jetzt bezahlen" leaves the page
 * (same window); the platform sends the citizen back to it (`{returnUrl}`), the page loads anew,
 * and the draft was cleared when the hub confirmed: the citizen saw an empty form, as if the
 * application had not been sent. With this controller the element remembers, for this tab
 * (sessionStorage, not with `draft="off"`), the reference and payment of a confirmation with a fee
 * still to pay; loaded again on the same page (whatever query the platform appends) it shows
 * that confirmation, asks the hub for the payment's state (`GET {endpoint}/payments/{reference}`)
 * and says it: paid (then it forgets), not yet arrived, or failed (both with the link again).
 *
 * Used by the fee-bearing `<komm-urkunden>`, which hands it the shell's protected confirmation API
 * (`started`, `confirmation`, `showConfirmation` of `KommAssistant`) as a `PaymentShell`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { KommAssistant } from '../assistant-element.js';
import type { ReceiptPayment } from '../../transport/outcome.js';

/** What the confirmation page shows of a payment; `returned`: the citizen came back to the page. */
export type ShownPayment = ReceiptPayment & { returned?: boolean };

/** The element: its public properties (`draft`, `fetchFn`, `id`) and its assistant's id. */
type Host = ReactiveControllerHost & HTMLElement & Pick<KommAssistant, 'draft' | 'fetchFn'>;

/** The shell's confirmation, as its subclass hands it over (protected in `KommAssistant`). */
export interface PaymentShell {
  /** Whether the element has started: the config is loaded and a step chosen. */
  started(): boolean;
  /** The confirmation while it is shown (reference, payment, the hub's API base), else undefined. */
  confirmation(): { reference: string; payment?: ShownPayment; endpoint: string } | undefined;
  /** Shows the confirmation of an application sent before, or updates its payment. */
  show(reference: string, payment: ShownPayment): void;
}

interface Saved {
  reference: string;
  payment: ReceiptPayment;
  endpoint: string;
}

export class PaymentReturn implements ReactiveController {
  private checked = false;

  constructor(
    private readonly host: Host,
    private readonly shell: PaymentShell,
  ) {
    host.addController(this);
    host.addEventListener('komm-submit-success', () => this.remember());
  }

  /** Per assistant, page and element id, like the draft. */
  private get key() {
    const h = this.host;
    const id = (h.constructor as typeof KommAssistant).definition.id;
    return `komm-payment:${id}:${location.pathname}${h.id ? `#${h.id}` : ''}`;
  }

  private remember() {
    const shown = this.shell.confirmation();
    if (this.host.draft === 'off' || !shown?.payment || shown.payment.status === 'paid') return;
    const saved: Saved = {
      reference: shown.reference,
      payment: shown.payment,
      endpoint: shown.endpoint,
    };
    try {
      sessionStorage.setItem(this.key, JSON.stringify(saved));
    } catch {
      // Storage full or blocked: the page cannot remember, the payment link still works.
    }
  }

  /** Forgets the payment (it is paid, or the element is reset). */
  forget() {
    try {
      sessionStorage.removeItem(this.key);
    } catch {
      // nothing stored
    }
  }

  hostUpdate() {
    // Once, as soon as the config is loaded and the element has started (a step is chosen).
    if (this.checked || !this.shell.started()) return;
    this.checked = true;
    let saved: Saved | undefined;
    try {
      saved = JSON.parse(sessionStorage.getItem(this.key) ?? 'null') ?? undefined;
    } catch {
      return;
    }
    if (!saved?.reference || !saved.payment || this.shell.confirmation()) return;
    this.shell.show(saved.reference, { ...saved.payment, returned: true });
    void this.refresh(saved);
  }

  private async refresh({ endpoint, reference }: Saved) {
    try {
      const r = await (this.host.fetchFn ?? fetch)(
        `${endpoint}/payments/${encodeURIComponent(reference)}`,
        { headers: { Accept: 'application/json' } },
      );
      const status = r.ok ? ((await r.json()) as { status?: unknown }).status : undefined;
      if (status !== 'open' && status !== 'paid' && status !== 'failed') return;
      const shown = this.shell.confirmation();
      if (shown?.payment) this.shell.show(shown.reference, { ...shown.payment, status });
      if (status === 'paid') this.forget();
    } catch {
      // Offline or the hub unreachable: the remembered state shows, with the link.
    }
  }
}
