/** Fired when the data hub has stored the application. */
export class KommSubmitSuccessEvent extends Event {
  readonly detail: { reference: string; receivedAt: string; assistant: string };
  constructor(detail: { reference: string; receivedAt: string; assistant: string }) {
    super('komm-submit-success', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'komm-submit-success': KommSubmitSuccessEvent;
  }
}
