import { KommAssistant } from '../../components/assistant-element.js';
import { hundesteuer } from './hundesteuer.definition.js';
import type { HundesteuerParams } from './hundesteuer.params.js';

/**
 * Dog tax registration and deregistration (Hundesteuer An- und Abmeldung) with the expected annual tax and a SEPA mandate.
 *
 * @summary Dog tax registration and deregistration (Hundesteuer An- und Abmeldung) with the expected annual tax and a SEPA mandate.
 * @tag komm-hundesteuer
 * @status experimental
 * @since 0.1
 */
export class KommHundesteuer extends KommAssistant<HundesteuerParams> {
  static override definition = hundesteuer;
}

declare global {
  interface HTMLElementTagNameMap {
    'komm-hundesteuer': KommHundesteuer;
  }
}
