import { KommAssistant } from '../../components/assistant-element.js';
import { useTimeFields } from '../../components/fields/time.js';
import { brauchtumsfeuer } from './brauchtumsfeuer.definition.js';
import type { BrauchtumsfeuerParams } from './brauchtumsfeuer.params.js';

useTimeFields(); // "7:30" typed is 07:30

/**
 * Notice of a traditional bonfire (Brauchtumsfeuer-Anzeige): the simple category, routed to mail, file or DMS.
 *
 * @summary Notice of a traditional bonfire (Brauchtumsfeuer-Anzeige): the simple category, routed to mail, file or DMS.
 * @tag komm-brauchtumsfeuer
 * @status experimental
 * @since 0.1
 */
export class KommBrauchtumsfeuer extends KommAssistant<BrauchtumsfeuerParams> {
  static override definition = brauchtumsfeuer;
}

declare global {
  interface HTMLElementTagNameMap {
    'komm-brauchtumsfeuer': KommBrauchtumsfeuer;
  }
}
