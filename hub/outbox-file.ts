/**
 * The built-in `outbox` sink: `DATA_DIR/outbox/<AGS>/<assistant>/<reference>.json`, the envelope
 * as received plus the receipt's keys, written atomically (temp file + rename) so a reader never
 * sees half a file, and the application's uploaded files beside it (`<reference>.files/`). Both
 * stores write it inside the transaction that stores the row (SQLite: the writer thread;
 * PostgreSQL: before COMMIT), and remove what they wrote when the transaction fails.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withReceipt } from './sinks/common.js';
import type { NewSubmission, StoredSubmission } from './store.js';
import { copyAttachments } from './uploads.js';

/** Writes the outbox file (and attachments), pushing each path written onto `written`. */
export function writeOutboxFile(
  dataDir: string,
  row: NewSubmission,
  stored: StoredSubmission,
  written: string[],
  madeDirs?: Set<string>,
): void {
  const dir = join(dataDir, 'outbox', row.ags, row.assistantId);
  if (!madeDirs?.has(dir)) {
    mkdirSync(dir, { recursive: true });
    madeDirs?.add(dir);
  }
  const file = join(dir, `${stored.reference}.json`);
  const tmp = `${file}.${process.pid}.tmp`;
  // row.envelope is the JSON object as received; the receipt's two keys are appended to it.
  const text = withReceipt(row.envelope, stored.response);
  try {
    writeFileSync(tmp, text);
    renameSync(tmp, file);
    written.push(file);
    // Its uploaded files beside it, `<reference>.files/<n>-<filename>` (hub/uploads.ts).
    if (row.envelope.includes('"uploadId"')) {
      const { attachments = [] } = JSON.parse(row.envelope) as {
        attachments?: { uploadId: string; filename: string }[];
      };
      const files = join(dir, `${stored.reference}.files`);
      written.push(...copyAttachments(dataDir, row.id, attachments, files));
    }
  } catch (e) {
    rmSync(tmp, { force: true });
    madeDirs?.delete(dir);
    throw e;
  }
}
