/**
 * Fired when the outbox on this device changed (issue 12): an application was queued, sent or
 * refused. Counts only, never values or ids. `pending`: waiting to be sent; `sent`: stored by the
 * hub, confirmation not yet shown; `failed`: refused for good, not yet shown.
 */
export interface OutboxChangeDetail {
  pending: number;
  sent: number;
  failed: number;
}

export class KommOutboxChangeEvent extends Event {
  readonly detail: OutboxChangeDetail;
  constructor(detail: OutboxChangeDetail) {
    super('komm-outbox-change', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'komm-outbox-change': KommOutboxChangeEvent;
  }
}
