/**
 * The GDPR drafts of every assistant (issue 9): `dist/privacy/<id>.de.md`, each with the record
 * of processing activities (Art. 30 DSGVO) and the information for citizens (Art. 13 DSGVO),
 * generated from the definition (every field), its privacy facts and the hub's flows file
 * (retention, and the sinks when a municipality is named). Run by `npm run build`; for one
 * municipality: `npm run privacy -- --ags 14612000 [--flows examples/hub/flows.json] [--out dir]`.
 */
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { assistants } from '../src/assistants/registry.js';
import { privacyFacts } from '../src/assistants/privacy.js';
import { uiMessages } from '../src/components/messages.js';
import { privacyDocuments, type HubFacts } from '../src/engine/privacy.js';
import { DEFAULT_FLOWS, loadFlowsFile, sinksFor, type FlowsFile } from '../hub/flows.js';
import { retentionDays } from '../hub/purge.js';
import type { Category } from '../src/engine/types.js';

const root = new URL('..', import.meta.url).pathname;
const { values } = parseArgs({
  options: {
    ags: { type: 'string' },
    flows: {
      type: 'string',
      default: process.env.HUB_FLOWS ?? join(root, 'examples/hub/flows.json'),
    },
    out: { type: 'string', default: join(root, 'dist/privacy') },
  },
});

/** The flows as the hub reads them (validated, `${NAME}` filled): same lookup, categories included. */
const flows: FlowsFile = existsSync(values.flows) ? loadFlowsFile(values.flows) : DEFAULT_FLOWS;

function hubFacts(id: string, category: Category): HubFacts {
  const ags = values.ags ?? '*';
  // The hub's own lookups and defaults (hub/purge.ts, hub/flows.ts): the drafts say what it does.
  const days = retentionDays(flows.retention, ags, id);
  if (!values.ags) return { retentionDays: days };
  return {
    retentionDays: days,
    sinks: sinksFor(flows, ags, id, category).map((name) => ({
      name,
      type: Object.hasOwn(flows.sinks, name) ? flows.sinks[name]!.type : 'folder', // "outbox"
    })),
  };
}

mkdirSync(values.out, { recursive: true });
for (const [id, def] of Object.entries(assistants)) {
  const facts = privacyFacts[id];
  if (!facts) throw new Error(`${id}: no privacy facts (src/assistants/${id}/${id}.privacy.ts)`);
  const docs = privacyDocuments(def, facts, hubFacts(id, def.category), {
    sharedTexts: uiMessages,
  });
  writeFileSync(join(values.out, `${id}.de.md`), `${docs.record}\n---\n\n${docs.information}`);
}
console.log(`privacy: ${Object.keys(assistants).length} drafts in ${values.out}`);
