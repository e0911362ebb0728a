/**
 * `npm run hub:purge [-- --dry-run] [--json]`: deletes the personal data of applications whose
 * retention ran out (hub/purge.ts) and lists those held by an undelivered or dead delivery. The
 * hub runs the same purge daily by itself; this is for operators who want to see or run it now.
 * Reads `DATA_DIR` (default `.data`) and the `retention` of `HUB_FLOWS` (default
 * `examples/hub/flows.json`). Exit code 0 also when applications are held (they are listed).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { FlowsError, loadFlowsFile } from './flows.js';
import { Retention, type RetentionTable } from './purge.js';

const { values } = parseArgs({
  options: {
    'dry-run': { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
});
const dataDir = process.env.DATA_DIR ?? '.data';
const flowsFile = process.env.HUB_FLOWS?.trim() || 'examples/hub/flows.json';

if (!existsSync(join(dataDir, 'hub.sqlite'))) {
  console.error(
    `hub:purge: ${join(dataDir, 'hub.sqlite')} does not exist: set DATA_DIR to the hub's data folder`,
  );
  process.exit(1);
}
let retention: RetentionTable | undefined;
try {
  // As the hub reads it: validated, `${NAME}` filled; an invalid file changes nothing.
  retention = loadFlowsFile(flowsFile).retention;
} catch (e) {
  console.error(`hub:purge: HUB_FLOWS ${e instanceof FlowsError ? e.message : String(e)}`);
  process.exit(1);
}

const store = new Retention(dataDir);
try {
  const report = store.purgeDue(new Date(), retention, values['dry-run']);
  if (values.json) console.log(JSON.stringify(report, null, 2));
  else {
    const verb = report.dryRun ? 'would purge' : 'purged';
    console.log(
      `hub:purge: ${verb} ${report.purged.length} application(s)${report.dryRun ? ' (dry run: nothing changed)' : ''}`,
    );
    for (const p of report.purged)
      console.log(
        `  ${p.reference}  ${p.assistant}  AGS ${p.ags}  delivered ${p.deliveredAt}  files: ${p.files.length}`,
      );
    if (report.held.length) {
      console.log(
        `hub:purge: ${report.held.length} application(s) held by open deliveries (clear them in the admin API):`,
      );
      for (const h of report.held)
        console.log(
          `  ${h.reference}  ${h.assistant}  AGS ${h.ags}  ${h.open.map((o) => `${o.sink}: ${o.status}`).join(', ')}`,
        );
    }
  }
} finally {
  store.close();
}
