/** Transport v1: envelope, HTTP client with idempotency and retry, problem+json mapping. */
export { createEnvelope, newEnvelopeId } from './envelope.js';
export type { Envelope, EnvelopeAttachment, EnvelopeInput } from './envelope.js';
export { submitEnvelope, DEFAULT_TIMEOUT_MS } from './client.js';
export type { FetchFn, SubmitOptions } from './client.js';
export type {
  RetryInfo,
  SubmitAborted,
  SubmitFailure,
  SubmitIdempotencyMismatch,
  SubmitInvalidEnvelope,
  SubmitOutcome,
  SubmitRejected,
  SubmitSuccess,
  SubmitTooLarge,
  SubmitTransientFailure,
  SubmitValidationFailure,
  TransientReason,
} from './outcome.js';
export { parseProblem, problemIssues, problemKind } from './problem.js';
export type { Problem, ProblemError } from './problem.js';
export { pointerToPath, pathToPointer } from './pointer.js';
export {
  DEFAULT_RETRY_POLICY,
  TRANSIENT_STATUSES,
  backoffDelay,
  isTransientStatus,
  parseRetryAfter,
  retryDelay,
  sleep,
} from './retry.js';
export type { RetryPolicy, Sleep } from './retry.js';
