// The Wohnungsgeberbestätigung's receipt over real HTTP: 201 with an assignment code (§ 19 Abs. 4
// BMG), the same code on a replay, in the outbox file and on GET; unique per municipality.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { wohnungsgeberbestaetigung as def } from '../src/assistants/wohnungsgeberbestaetigung/wohnungsgeberbestaetigung.definition.js';
import {
  dresdenParams,
  einzugVermieter,
} from '../src/assistants/wohnungsgeberbestaetigung/wohnungsgeberbestaetigung.fixtures.js';
import type { MunicipalityConfig } from '../src/engine/config.js';
import { pruneAnswers } from '../src/engine/prune.js';
import { isAssignmentCode } from './assignment-code.js';
import { openStore, type NewSubmission } from './store.js';
import {
  envelope as testEnvelope,
  startHub,
  testAssistant,
  testConfig,
  type TestHub,
} from './test-support.js';

const TODAY = '2027-03-01';
const DRESDEN = '14612000';
const LEIPZIG = '14713000';

const config = (ags: string): MunicipalityConfig => ({
  ...testConfig(ags, {
    testantrag: { kinds: ['dackel'] },
    wohnungsgeberbestaetigung: dresdenParams,
  }),
});

const envelope = (ags = DRESDEN) => ({
  id: randomUUID(),
  assistant: { id: def.id, version: def.version, schemaVersion: def.schemaVersion },
  municipality: { ags, name: 'Teststadt' },
  locale: 'de',
  submittedAt: `${TODAY}T09:00:00.000Z`,
  data: pruneAnswers(def, { answers: einzugVermieter(TODAY), params: dresdenParams, today: TODAY }),
  computed: {},
});

describe('POST /submissions: assignment code of the Wohnungsgeberbestätigung', () => {
  let hub: TestHub;
  before(async () => {
    hub = await startHub({
      now: () => new Date(`${TODAY}T10:00:00.000Z`),
      configs: [config(DRESDEN), config(LEIPZIG)],
      assistants: { testantrag: testAssistant, wohnungsgeberbestaetigung: def },
    });
  });
  after(() => hub.close());

  it('201 carries { reference, receivedAt, assignmentCode }; replay, GET and outbox carry the same code', async () => {
    const env = envelope();
    const res = await hub.post(env);
    assert.equal(res.status, 201, await res.clone().text());
    const body = (await res.json()) as Record<string, string>;
    assert.deepEqual(Object.keys(body), ['reference', 'receivedAt', 'assignmentCode']);
    assert.match(body.reference!, /^WGB-2027-\d{6}$/);
    assert.ok(isAssignmentCode(body.assignmentCode), body.assignmentCode);

    const replay = await hub.post(env);
    assert.equal(replay.status, 200);
    assert.deepEqual(await replay.json(), body);

    const got = await fetch(`${hub.url}/submissions/${body.reference}`);
    assert.deepEqual(await got.json(), body);

    const file = join(
      hub.dataDir,
      'outbox',
      DRESDEN,
      'wohnungsgeberbestaetigung',
      `${body.reference}.json`,
    );
    const outbox = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    assert.equal(outbox.assignmentCode, body.assignmentCode);
    assert.equal(outbox.reference, body.reference);
    assert.equal(outbox.id, env.id);
  });

  it('every submission gets its own code; other assistants get none', async () => {
    const codes = new Set<string>();
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, i) => hub.post(envelope(i % 2 ? DRESDEN : LEIPZIG))),
    );
    for (const res of answers) {
      assert.equal(res.status, 201);
      codes.add(((await res.json()) as { assignmentCode: string }).assignmentCode);
    }
    assert.equal(codes.size, 30);
    const other = await hub.post(testEnvelope({ submittedAt: `${TODAY}T09:00:00.000Z` }));
    assert.equal(other.status, 201, await other.clone().text());
    assert.equal('assignmentCode' in ((await other.json()) as object), false);
  });
});

describe('store: assignment codes are unique per municipality', () => {
  const dir = mkdtempSync(join(tmpdir(), 'komm-code-'));
  const store = openStore(dir);
  after(() => {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const row = (ags: string, assignmentCode?: string): NewSubmission => ({
    id: randomUUID(),
    assistantId: def.id,
    assistantVersion: '1.0.0',
    schemaVersion: '1',
    ags,
    bodyHash: 'h',
    envelope: '{}',
    receivedAt: `${TODAY}T10:00:00.000Z`,
    prefix: 'WGB',
    year: 2027,
    ...(assignmentCode ? { assignmentCode } : {}),
  });
  const codeOf = (response: string) =>
    (JSON.parse(response) as { assignmentCode?: string }).assignmentCode;

  it('a clash in one municipality draws a new code; another municipality may hold the same', () => {
    const first = store.insert(row(DRESDEN, '2345678ACD'));
    assert.equal(codeOf(first.response), '2345678ACD');
    const clash = store.insert(row(DRESDEN, '2345678ACD'));
    const drawn = codeOf(clash.response);
    assert.ok(isAssignmentCode(drawn) && drawn !== '2345678ACD', drawn);
    const [batch] = store.insertBatch([row(LEIPZIG, '2345678ACD')]);
    assert.equal(codeOf(batch!.stored.response), '2345678ACD');
    assert.equal(
      codeOf(store.insert(row(DRESDEN)).response),
      undefined,
      'no code asked, none given',
    );
  });
});
