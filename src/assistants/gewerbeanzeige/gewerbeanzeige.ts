import { KommAssistant } from '../../components/assistant-element.js';
// WZ 2008 suggestions, register courts and the register query (renderer loaded only here).
import '../../components/fields/lookup-field.js';
// The documents as uploads with progress (renderer and attachment finder loaded only here).
import '../../components/fields/file-field.js';
import { gewerbeanzeige } from './gewerbeanzeige.definition.js';
import type { GewerbeanzeigeParams } from './gewerbeanzeige.params.js';

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
}

declare global {
  interface HTMLElementTagNameMap {
    'komm-gewerbeanzeige': KommGewerbeanzeige;
  }
}
