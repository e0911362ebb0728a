/** Fired after the assistant shows another step (or the review/confirmation). No field values. */
export interface StepChangeDetail {
  /** Id of the step left (`review`, `confirmation` for the pages). */
  from: string;
  /** Id of the step shown. */
  to: string;
  /** Milliseconds spent on the step left. */
  durationMs: number;
  /** Problems shown on the step before it was left, as `<field key>.<code>` (analytics; never values). */
  errorCodes: string[];
}

export class KommStepChangeEvent extends Event {
  readonly detail: StepChangeDetail;
  constructor(detail: StepChangeDetail) {
    super('komm-step-change', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'komm-step-change': KommStepChangeEvent;
  }
}
