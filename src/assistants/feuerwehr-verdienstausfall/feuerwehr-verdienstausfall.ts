import { KommAssistant } from '../../components/assistant-element.js';
import { useFileFields } from '../../components/fields/load-fields.js';
import { useTimeFields } from '../../components/fields/time.js';
import { feuerwehrVerdienstausfall } from './feuerwehr-verdienstausfall.definition.js';
import type { FeuerwehrParams } from './feuerwehr-verdienstausfall.params.js';

useFileFields(); // the evidence upload, loaded beside the bundle when its step is first shown
useTimeFields(); // "7:30" typed is 07:30

/**
 * Reimbursement for volunteer firefighters' service: a private employer claims the pay it continued, a self-employed member the loss of earnings (§ 62 SächsBRKG); the medium category, routed to the finance procedure.
 *
 * @summary Reimbursement for volunteer firefighters' service: a private employer claims the pay it continued, a self-employed member the loss of earnings (§ 62 SächsBRKG); the medium category, routed to the finance procedure.
 * @tag komm-feuerwehr-verdienstausfall
 * @status experimental
 * @since 0.2
 */
export class KommFeuerwehrVerdienstausfall extends KommAssistant<FeuerwehrParams> {
  static override definition = feuerwehrVerdienstausfall;
}

declare global {
  interface HTMLElementTagNameMap {
    'komm-feuerwehr-verdienstausfall': KommFeuerwehrVerdienstausfall;
  }
}
