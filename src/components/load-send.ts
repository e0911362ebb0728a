/**
 * The sending part: the transport client (`../transport/client.ts`: retries, problem+json
 * answers, the envelope's contract check with its zod schema), needed only when an application is
 * sent (issue 5, size: about 2 KB gzip less in every script-tag bundle). In the library build it is
 * an ordinary chunk; beside a script-tag bundle it is the file `komm-send.js` (vite.config.ts,
 * plugin `komm-send-split`), which the element starts loading when it loads the offline part (at
 * the latest on the review page), so it is there before "Absenden" is pressed.
 *
 * A part that cannot be loaded (the device went offline before it ever was) sends nothing and is
 * a transient network failure, like a request that got no answer: the page offers to try again
 * and the outbox keeps the application. A failed load is tried again on the next call.
 */
import type * as Client from '../transport/client.js';
import type { SubmitOptions } from '../transport/client.js';
import type { Envelope } from '../transport/envelope-schema.js';
import type { SubmitOutcome } from '../transport/outcome.js';

let loading: Promise<typeof Client> | undefined;

/** Starts (or joins) loading the sending part. */
export const loadSend = (): Promise<typeof Client> =>
  (loading ??= import('../transport/client.js').catch((e: unknown) => {
    loading = undefined;
    throw e;
  }));

/** `submitEnvelope` of the transport client, loaded first (see above); never rejects. */
export async function submitEnvelope<P>(
  endpoint: string,
  envelope: Envelope,
  options: SubmitOptions<P>,
): Promise<SubmitOutcome> {
  let client: typeof Client;
  try {
    client = await loadSend();
  } catch {
    return { ok: false, kind: 'transient', retryable: true, reason: 'network', attempts: 0 };
  }
  return client.submitEnvelope(endpoint, envelope, options);
}
