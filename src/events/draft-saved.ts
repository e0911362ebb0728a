/** Fired when the answers were saved as a draft (`storage`: `tab` = sessionStorage). */
export class KommDraftSavedEvent extends Event {
  readonly detail: { storage: 'tab' | 'device'; savedAt: string };
  constructor(detail: { storage: 'tab' | 'device'; savedAt: string }) {
    super('komm-draft-saved', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'komm-draft-saved': KommDraftSavedEvent;
  }
}
