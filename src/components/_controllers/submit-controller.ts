/**
 * Sends one envelope at a time and keeps what the page shows meanwhile: whether it is sending,
 * the retry note, and the last failure. Removing the element aborts a pending submission.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AssistantDefinition } from '../../engine/types.js';
import type { FetchFn } from '../../transport/client.js';
import { submitEnvelope } from '../load-send.js';
import type { Envelope } from '../../transport/envelope-schema.js';
import type { SubmitFailure, SubmitOutcome } from '../../transport/outcome.js';

export class SubmitController implements ReactiveController {
  sending = false;
  retryNote = '';
  failure?: SubmitFailure;
  private abort?: AbortController;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.abort?.abort();
  }

  /** Forgets a failure and aborts what is in flight (used by `reset()`). */
  clear(): void {
    this.abort?.abort();
    this.abort = undefined;
    this.sending = false;
    this.retryNote = '';
    this.failure = undefined;
    this.host.requestUpdate();
  }

  async send<P>(
    endpoint: string,
    envelope: Envelope,
    options: {
      def: AssistantDefinition<P>;
      fetchFn?: FetchFn;
      retryText: (n: number, max: number) => string;
    },
  ): Promise<SubmitOutcome> {
    this.sending = true;
    this.failure = undefined;
    this.retryNote = '';
    const abort = (this.abort = new AbortController());
    this.host.requestUpdate();
    const outcome = await submitEnvelope(endpoint, envelope, {
      def: options.def,
      signal: abort.signal,
      ...(options.fetchFn ? { fetchFn: options.fetchFn } : {}),
      onRetry: (info) => {
        this.retryNote = options.retryText(info.attempt + 1, info.maxAttempts);
        this.host.requestUpdate();
      },
    });
    // Cleared meanwhile (`reset()`): the outcome belongs to an application that no longer exists.
    if (this.abort !== abort) return outcome;
    this.sending = false;
    this.retryNote = '';
    this.failure = outcome.ok ? undefined : outcome;
    this.host.requestUpdate();
    return outcome;
  }
}
