/**
 * The GDPR drafts of every assistant (issue 9): `dist/privacy/<id>.de.md`, each with the record
 * of processing activities (Art. 30 DSGVO) and the information for citizens (Art. 13 DSGVO),
 * generated from the definition (every field), its privacy facts and the hub's flows file
 * (retention, and the sinks when a municipality is named). Run by `npm run build`; for one
 * municipality: `npm run privacy -- --ags 14612000 [--flows examples/hub/flows.json] [--out dir]`.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { assistants } from '../src/assistants/registry.js';
import { privacyFacts } from '../src/assistants/privacy.js';
import { uiMessages } from '../src/components/messages.js';
import { privacyDocuments, type HubFacts } from '../src/engine/privacy.js';
import { retentionDays } from '../hub/purge.js';

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

type FlowsJson = {
  sinks?: Record<string, { type: string }>;
  flows?: Record<string, Record<string, string[]>>;
  retention?: Record<string, Record<string, number>>;
};

const pick = <T>(byAgs: Record<string, Record<string, T>> | undefined, ags: string, id: string) => {
  const own = byAgs?.[ags];
  const any = byAgs?.['*'];
  return own?.[id] ?? own?.['*'] ?? any?.[id] ?? any?.['*'];
};

function hubFacts(flows: FlowsJson, id: string): HubFacts {
  const ags = values.ags ?? '*';
  // The hub's own lookup and default (hub/purge.ts), so the drafts say what the hub does.
  const days = retentionDays(flows.retention, ags, id);
  if (!values.ags) return { retentionDays: days };
  const names = pick(flows.flows, ags, id) ?? [];
  return {
    retentionDays: days,
    sinks: names.map((name) => ({
      name,
      type: name === 'outbox' ? 'folder' : (flows.sinks?.[name]?.type ?? '?'),
    })),
  };
}

const flows: FlowsJson = existsSync(values.flows)
  ? JSON.parse(readFileSync(values.flows, 'utf8'))
  : {};
mkdirSync(values.out, { recursive: true });
for (const [id, def] of Object.entries(assistants)) {
  const facts = privacyFacts[id];
  if (!facts) throw new Error(`${id}: no privacy facts (src/assistants/${id}/${id}.privacy.ts)`);
  const docs = privacyDocuments(def, facts, hubFacts(flows, id), { sharedTexts: uiMessages });
  writeFileSync(join(values.out, `${id}.de.md`), `${docs.record}\n---\n\n${docs.information}`);
}
console.log(`privacy: ${Object.keys(assistants).length} drafts in ${values.out}`);
