import type { Envelope } from '../transport/envelope-schema.js';

/** Fired before the envelope is sent; cancel it (`preventDefault()`) to stop sending. */
export class KommSubmitEvent extends Event {
  readonly detail: { envelope: Envelope };
  constructor(detail: { envelope: Envelope }) {
    super('komm-submit', { bubbles: true, composed: true, cancelable: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'komm-submit': KommSubmitEvent;
  }
}
