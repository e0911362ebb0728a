// The GDPR drafts (src/engine/privacy.ts, scripts/gen-privacy.ts; issue 9): every field label of
// every assistant's definition is in both drafts (read from the messages, independently of the
// generator, so a new field cannot be forgotten), with the legal basis and the placeholders.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { privacyFacts } from '../assistants/privacy.js';
import { assistants } from '../assistants/registry.js';
import { uiMessages } from '../components/messages.js';
import { privacyDocuments } from './privacy.js';
import type { FieldDef } from './types.js';

/** Raw German label texts of every field (not info), with the keys the form uses. */
function labels(
  fields: FieldDef<unknown>[],
  messages: Record<string, string>,
  prefix = '',
): string[] {
  const out: string[] = [];
  for (const f of fields) {
    if (f.type === 'info') continue;
    const key = prefix ? `${prefix}.${f.path}` : f.path;
    const text = [f.label ?? '', `${key}.label`, `fields.${f.path}.label`]
      .map((k) => messages[k] ?? uiMessages.de[k])
      .find((t) => t !== undefined);
    assert.ok(text, `${key}: no label text`);
    out.push(text);
    if (f.type === 'group') out.push(...labels(f.fields, messages, f.repeat ? `${key}[]` : key));
  }
  return out;
}

/** The literal parts of a label (values like `{rate}` differ per municipality). */
const chunks = (text: string) =>
  text
    .replace(/\*\*/g, '')
    .split(/\{\w+\}/)
    .map((c) => c.replace(/\s+/g, ' ').trim())
    .filter((c) => c.length >= 4);

describe('privacy drafts', () => {
  for (const [id, def] of Object.entries(assistants))
    it(`${id}: facts, every field label, legal basis and placeholders in both drafts`, () => {
      const facts = privacyFacts[id];
      assert.ok(
        facts,
        `src/assistants/${id}/${id}.privacy.ts is missing or not in src/assistants/privacy.ts`,
      );
      const docs = privacyDocuments(def, facts, { retentionDays: 30 }, { sharedTexts: uiMessages });
      for (const doc of [docs.record, docs.information]) {
        for (const step of def.steps)
          for (const label of labels(step.fields as FieldDef<unknown>[], def.messages.de))
            for (const chunk of chunks(label))
              assert.ok(doc.includes(chunk), `${id}: "${chunk}" missing`);
        for (const basis of facts.legalBasis) assert.ok(doc.includes(basis), basis);
        assert.match(doc, /\[Von der Kommune zu ergänzen: /);
        assert.match(doc, /30 Tage nach der letzten erfolgreichen Zustellung/);
        assert.doesNotMatch(doc, /undefined|\[object /);
      }
      assert.match(docs.record, /^# Verzeichnis von Verarbeitungstätigkeiten nach Art\. 30 DSGVO/m);
      assert.match(docs.information, /^# Datenschutzinformation nach Art\. 13 DSGVO/m);
    });

  it('npm run privacy for one municipality names its sinks and retention from the flows file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'komm-privacy-'));
    try {
      const flows = join(dir, 'flows.json');
      writeFileSync(
        flows,
        JSON.stringify({
          sinks: { 'dresden-dms': { type: 'folder', path: 'dms' } },
          flows: { '14612000': { '*': ['dresden-dms'] }, '*': { '*': ['outbox'] } },
          retention: { '14612000': { hundesteuer: 14 } },
        }),
      );
      const r = spawnSync(
        process.execPath,
        [
          '--import',
          'tsx',
          'scripts/gen-privacy.ts',
          '--ags',
          '14612000',
          '--flows',
          flows,
          '--out',
          dir,
        ],
        { encoding: 'utf8' },
      );
      assert.equal(r.status, 0, r.stderr);
      const hund = readFileSync(join(dir, 'hundesteuer.de.md'), 'utf8');
      assert.match(hund, /dresden-dms \(Ablage \/ DMS-Import\)/);
      assert.match(hund, /14 Tage nach der letzten erfolgreichen Zustellung/);
      assert.match(readFileSync(join(dir, 'urkunden.de.md'), 'utf8'), /30 Tage nach/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
