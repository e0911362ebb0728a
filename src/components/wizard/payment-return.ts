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
 * Used by the fee-bearing `<komm-urkunden>`; it reads and sets the shell's state (`view`,
 * `reference`, `payment`), which belongs in `KommAssistant` itself once that file is free to change.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FetchFn } from '../../transport/client.js';
import type { ReceiptPayment } from '../../transport/outcome.js';

/** What the confirmation page shows of a payment; `returned`: the citizen came back to the page. */
export type ShownPayment = ReceiptPayment & { returned?: boolean };

/** The parts of KommAssistant this reads and sets (its internal state, see above). */
interface Shell extends ReactiveControllerHost, HTMLElement {
  view: string;
  reference: string;
  payment?: ShownPayment;
  stepId: string;
  draft: string;
  endpoint: string;
  fetchFn?: FetchFn;
  ready?: { config: { endpoint?: string } };
  def: { id: string };
}

interface Saved {
  reference: string;
  payment: ReceiptPayment;
  endpoint: string;
}

export class PaymentReturn implements ReactiveController {
  private readonly host: Shell;
  private checked = false;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.host = host as Shell;
    host.addController(this);
    host.addEventListener('komm-submit-success', () => this.remember());
  }

  /** Per assistant, page and element id, like the draft. */
  private get key() {
    const h = this.host;
    return `komm-payment:${h.def.id}:${location.pathname}${h.id ? `#${h.id}` : ''}`;
  }

  private remember() {
    const h = this.host;
    if (h.draft === 'off' || !h.payment || h.payment.status === 'paid') return;
    const saved: Saved = {
      reference: h.reference,
      payment: h.payment,
      endpoint: new URL(
        h.endpoint || h.ready?.config.endpoint || '',
        document.baseURI,
      ).href.replace(/\/$/, ''),
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
    const h = this.host;
    // Once, as soon as the config is loaded and the element has started (a step is chosen).
    if (this.checked || !h.stepId) return;
    this.checked = true;
    let saved: Saved | undefined;
    try {
      saved = JSON.parse(sessionStorage.getItem(this.key) ?? 'null') ?? undefined;
    } catch {
      return;
    }
    if (!saved?.reference || !saved.payment || h.view === 'confirmation') return;
    h.view = 'confirmation';
    h.reference = saved.reference;
    h.payment = { ...saved.payment, returned: true };
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
      this.host.payment = { ...this.host.payment!, status };
      if (status === 'paid') this.forget();
    } catch {
      // Offline or the hub unreachable: the remembered state shows, with the link.
    }
  }
}
