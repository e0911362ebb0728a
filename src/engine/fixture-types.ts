/**
 * Shapes of every assistant's fixtures (`<id>.fixtures.ts`), shared by the node tests, the browser
 * suite and the stories. Types only: nothing here reaches a bundle.
 */
import type { Answers, Severity } from './types.js';

/** An issue a fixture must produce: where, which code, and (default `error`) how severe. */
export interface ExpectedIssue {
  path: string;
  code: string;
  severity?: Severity;
}

/** Answers that are valid except on one step, and what that step must report. */
export interface InvalidCase {
  step: string;
  answers: Answers;
  issues: ExpectedIssue[];
}

/** An invalid case keyed by its step elsewhere (a record of step id → case). */
export type InvalidFixture = Omit<InvalidCase, 'step'>;
