/** Fired when sending failed. `retryable` says whether "Erneut senden" can help. */
export interface SubmitErrorDetail {
  kind: string;
  retryable: boolean;
  status?: number;
  /** The hub's request id, shown to the citizen as "Fehlernummer". */
  requestId?: string;
  /** Codes of rejected fields (never their values). */
  errorCodes: string[];
}

export class KommSubmitErrorEvent extends Event {
  readonly detail: SubmitErrorDetail;
  constructor(detail: SubmitErrorDetail) {
    super('komm-submit-error', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'komm-submit-error': KommSubmitErrorEvent;
  }
}
