/**
 * Loads the offline part (`offline.ts`: outbox, drafts on the device, answers files) once, on
 * demand. In the library build it is an ordinary chunk; in a script-tag bundle the build
 * (`vite.config.ts`, plugin `komm-offline-split`) turns this import into one of `komm-offline.js`
 * beside the bundle, so a page that never needs it never loads it (the budget of issue 5).
 * A failed load (offline before it was ever loaded) is retried on the next call.
 */
import type * as OfflinePart from './offline.js';
import type { Seal } from '../transport/encrypt.js';

let loading: Promise<typeof OfflinePart> | undefined;

export const loadOffline = (): Promise<typeof OfflinePart> =>
  (loading ??= import('./offline.js').catch((e: unknown) => {
    loading = undefined;
    throw e;
  }));

/**
 * The config with `seal` when there is a public key (the `encryption-key` attribute, else the
 * config's `encryptionKey`): the key check and sealing of end-to-end encryption
 * (`../transport/encrypt.ts`; beside a script-tag bundle `komm-jwe.js`, rewritten like the import
 * above), loaded only then. A key that cannot be used throws the config problem the element shows
 * instead of the form, so nothing is ever sent unencrypted.
 */
export const withKey = <R extends { config: { encryptionKey?: unknown } }>(
  r: R,
  attribute: string,
): R | Promise<R & { seal: Seal }> =>
  attribute || r.config.encryptionKey
    ? import('../transport/encrypt.js').then((m) => m.keyed(r, attribute))
    : r;

/** Whether the outbox on this device holds anything (a marker the outbox keeps; no IndexedDB read). */
export const outboxMarked = (): boolean => {
  try {
    return !!localStorage.getItem('komm-outbox');
  } catch {
    return false;
  }
};
