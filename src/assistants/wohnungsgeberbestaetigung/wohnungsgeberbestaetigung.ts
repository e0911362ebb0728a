import { KommAssistant } from '../../components/assistant-element.js';
import { wohnungsgeberbestaetigung } from './wohnungsgeberbestaetigung.definition.js';
import type { WohnungsgeberbestaetigungParams } from './wohnungsgeberbestaetigung.params.js';

/**
 * Landlord confirmation of a move in or out (Wohnungsgeberbestätigung, § 19 BMG), sent directly to the Meldebehörde; the confirmation page shows the assignment code for the person who registers.
 *
 * @summary Landlord confirmation of a move in or out (Wohnungsgeberbestätigung, § 19 BMG), sent directly to the Meldebehörde; the confirmation page shows the assignment code for the person who registers.
 * @tag komm-wohnungsgeberbestaetigung
 * @status experimental
 * @since 0.2
 */
export class KommWohnungsgeberbestaetigung extends KommAssistant<WohnungsgeberbestaetigungParams> {
  static override definition = wohnungsgeberbestaetigung;
}

declare global {
  interface HTMLElementTagNameMap {
    'komm-wohnungsgeberbestaetigung': KommWohnungsgeberbestaetigung;
  }
}
