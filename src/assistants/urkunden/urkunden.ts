import { KommAssistant } from '../../components/assistant-element.js';
import { useFileFields } from '../../components/fields/load-fields.js';
import { PaymentReturn } from '../../components/wizard/payment-return.js';
import { urkunden } from './urkunden.definition.js';
import type { UrkundenParams } from './urkunden.params.js';

useFileFields(); // the proof of a legal interest, loaded beside the bundle when its step is first shown

/**
 * Request for a civil-status certificate (Geburts-, Ehe-, Lebenspartnerschafts-, Sterbeurkunde or certified register printout, §§ 55, 62 PStG) with the fee computed before sending; the confirmation page offers the hub's payment link when there is a fee to pay.
 *
 * @summary Request for a civil-status certificate (Geburts-, Ehe-, Lebenspartnerschafts-, Sterbeurkunde or certified register printout, §§ 55, 62 PStG) with the fee computed before sending; the confirmation page offers the hub's payment link when there is a fee to pay.
 * @tag komm-urkunden
 * @status experimental
 * @since 0.2
 */
export class KommUrkunden extends KommAssistant<UrkundenParams> {
  static override definition = urkunden;

  /** Back from the payment page: the confirmation and the payment's state, not an empty form. */
  private readonly paymentReturn = new PaymentReturn(this, {
    started: () => this.started,
    confirmation: () => this.confirmation,
    show: (reference, payment) => this.showConfirmation(reference, payment),
  });

  /** Clears every answer and the draft and starts again (and forgets a payment to come back to). */
  override reset(): void {
    this.paymentReturn.forget();
    super.reset();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'komm-urkunden': KommUrkunden;
  }
}
