/**
 * What a submission ends with. A discriminated union on `ok` and `kind`, so the element handles
 * every case the contract knows and the compiler notices a missing one.
 */
import type { Issue } from '../engine/types.js';
import type { Problem, ProblemError } from './problem.js';

/** The receipt's `payment`: a link to the municipality's payment platform for the fee. */
export interface ReceiptPayment {
  /** http(s) address of the payment page. */
  url: string;
  amount: number;
  currency: string;
  /** `open` until the platform reports `paid` or `failed`. */
  status: string;
}

/** Stored (201), or stored before under the same Idempotency-Key (200, `replayed`). */
export interface SubmitSuccess {
  ok: true;
  /** The hub's reference number for the confirmation page. */
  reference: string;
  /** When the hub stored it (ISO 8601). */
  receivedAt: string;
  /** The hub's assignment code for the person who registers (Wohnungsgeberbestätigung, § 19 Abs. 4 BMG). */
  assignmentCode?: string;
  /** The fee to pay and where (fee-bearing assistants, when the hub offers online payment). */
  payment?: ReceiptPayment;
  /** True when the hub answered 200: this application was already stored, nothing new was. */
  replayed: boolean;
  status: number;
}

interface FailureBase {
  ok: false;
  /** Whether sending the same envelope again later may succeed. */
  retryable: boolean;
  /** The "Fehlernummer" to show: the problem's `requestId` (or the `X-Request-Id` header). */
  requestId?: string;
}

/** 422 …/validation: the hub found invalid answers. `issues` map them onto fields and steps. */
export interface SubmitValidationFailure extends FailureBase {
  kind: 'validation';
  retryable: false;
  status: 422;
  issues: Issue[];
  problem: Problem;
}

/** 422 …/idempotency-mismatch: this application id was used with a different body. */
export interface SubmitIdempotencyMismatch extends FailureBase {
  kind: 'idempotency-mismatch';
  retryable: false;
  status: 422;
  problem: Problem;
}

/** 413: the application (or a file) is too large. */
export interface SubmitTooLarge extends FailureBase {
  kind: 'too-large';
  retryable: false;
  status: 413;
  problem?: Problem;
}

/** Why the last try of a transient failure failed. */
export type TransientReason = 'status' | 'network' | 'timeout';

/** Every try failed transiently (408/409/425/429/5xx, network error, timeout): keep it, offer "try again". */
export interface SubmitTransientFailure extends FailureBase {
  kind: 'transient';
  retryable: true;
  reason: TransientReason;
  /** Status of the last try, if it got an answer. */
  status?: number;
  problem?: Problem;
  /** How many tries were made. */
  attempts: number;
}

/** Any other answer (400, 401, 403, 404, 501, a 2xx without a reference …): sending again will not help. */
export interface SubmitRejected extends FailureBase {
  kind: 'rejected';
  retryable: false;
  status: number;
  problem?: Problem;
}

/**
 * The envelope broke the contract (envelope-schema.ts) before it left, or is not JSON: a
 * programming or configuration error. Nothing was sent.
 */
export interface SubmitInvalidEnvelope extends FailureBase {
  kind: 'invalid';
  retryable: false;
  /** Where and what, as JSON Pointers into the envelope and zod issue codes. */
  errors: ProblemError[];
}

/** The caller's signal aborted (the element was removed, the citizen cancelled). Nothing is known about the hub's state; sending again is safe. */
export interface SubmitAborted extends FailureBase {
  kind: 'aborted';
  retryable: true;
}

export type SubmitFailure =
  | SubmitValidationFailure
  | SubmitIdempotencyMismatch
  | SubmitTooLarge
  | SubmitTransientFailure
  | SubmitRejected
  | SubmitInvalidEnvelope
  | SubmitAborted;

export type SubmitOutcome = SubmitSuccess | SubmitFailure;

/** Passed to `onRetry` before each wait. */
export interface RetryInfo {
  /** The try that just failed (1-based). */
  attempt: number;
  /** Tries in total. */
  maxAttempts: number;
  /** How long the client waits now, in ms. */
  delayMs: number;
  reason: TransientReason;
  status?: number;
  problem?: Problem;
}
