// No personal data in the hub's logs (issue 9): the real hub as an operator runs it (a child
// process, logging on, the example configs), every assistant's fixtures sent through it (stored,
// refused and malformed), a query string and a lookup with values; then no fixture value may
// appear in what it printed, and request lines name the route pattern, never the URL as sent.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, it } from 'node:test';
import { assistants } from '../src/assistants/registry.js';
import { pruneAnswers } from '../src/engine/prune.js';
import type { Answers } from '../src/engine/types.js';
import { validateAll } from '../src/engine/validate.js';
import { todayIso } from '../src/engine/walk.js';
import {
  freePort,
  killAll,
  root,
  startHubProcess,
  type HubProcess,
} from './process-test-support.js';

const dresden = JSON.parse(readFileSync(join(root, 'examples/config/dresden.json'), 'utf8')) as {
  municipality: { ags: string; name: string };
  assistants: Record<string, unknown>;
};
const today = todayIso();

/** Every answer set a fixture module exports (objects, or functions of `today`). */
async function fixtureAnswers(id: string): Promise<Answers[]> {
  const mod = (await import(`../src/assistants/${id}/${id}.fixtures.js`)) as Record<
    string,
    unknown
  >;
  const out = new Map<string, Answers>();
  for (const [name, value] of Object.entries(mod)) {
    // Maps of fixtures, parameters, expected issues and invalid cases are not answers.
    if (/^(invalid|valid|expected)|Params$/.test(name)) continue;
    let result: unknown = value;
    if (typeof value === 'function') {
      if (value.length > 1) continue;
      try {
        result = (value as (t: string) => unknown)(today);
      } catch {
        continue;
      }
    }
    if (result && typeof result === 'object' && !Array.isArray(result))
      out.set(JSON.stringify(result), result as Answers);
  }
  return [...out.values()];
}

/** String values of personal data in the answers: everything but option codes and short values. */
function personalStrings(value: unknown, acc = new Set<string>()): Set<string> {
  if (typeof value === 'string') {
    if (value.length >= 5 && !/^[a-z][A-Za-z0-9]*$/.test(value) && !/^\d{4}-\d\d-\d\d$/.test(value))
      acc.add(value);
  } else if (Array.isArray(value)) for (const v of value) personalStrings(v, acc);
  else if (value && typeof value === 'object')
    for (const v of Object.values(value)) personalStrings(v, acc);
  return acc;
}

let hub: HubProcess;
let base = '';
const dataDir = mkdtempSync(join(tmpdir(), 'komm-hub-logs-'));

before(async () => {
  const port = await freePort();
  // Logging on (HUB_QUIET empty), as an operator runs it.
  hub = await startHubProcess({
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    RATE_LIMIT: '0',
    HUB_QUIET: '',
  });
  base = hub.url;
});

after(async () => {
  // Wait for the hub to exit: it may still be writing into DATA_DIR while it closes.
  await hub?.stop();
  killAll(); // a hub that did not start
  rmSync(dataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
});

it('logs no value of any assistant fixture, and request lines name the route, not the URL', async () => {
  const secrets = new Set<string>();
  let stored = 0;
  for (const [id, def] of Object.entries(assistants)) {
    const params = dresden.assistants[id];
    const all = await fixtureAnswers(id);
    assert.ok(all.length, `${id}: no fixture answers found`);
    for (const answers of all) {
      for (const s of personalStrings(answers)) secrets.add(s);
      const input = { answers, params, today };
      const valid = !validateAll(def, input).some((i) => i.severity === 'error');
      const data = valid ? pruneAnswers(def, input) : answers;
      const body = {
        id: randomUUID(),
        assistant: { id: def.id, version: def.version, schemaVersion: def.schemaVersion },
        municipality: dresden.municipality,
        locale: 'de',
        submittedAt: new Date().toISOString(),
        data,
        computed: def.computed?.({ answers: data, params, today } as never) ?? {},
      };
      const res = await fetch(`${base}/submissions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': body.id },
        body: JSON.stringify(body),
      });
      if (res.status === 201) {
        stored++;
        const { reference } = (await res.json()) as { reference: string };
        // A query string with a value in it, as a careless link would carry.
        const name = [...personalStrings(answers)][0]!;
        await fetch(`${base}/submissions/${reference}?name=${encodeURIComponent(name)}`);
      } else await res.text();
      // Malformed JSON whose text carries a value (V8's parse error quotes the input).
      const first = [...personalStrings(answers)][0]!;
      await fetch(`${base}/submissions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
        body: `{"name": "${first}" broken`,
      }).then((r) => r.text());
    }
  }
  assert.ok(stored >= Object.keys(assistants).length, `only ${stored} fixtures were stored`);
  await fetch(`${base}/lookups/wz2008`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ q: 'Erika Mustermann', ags: dresden.municipality.ags }),
  }).then((r) => r.text());
  await new Promise((r) => setTimeout(r, 300)); // the last lines
  const output = hub.output();
  assert.ok(
    output.includes('"statusCode":201') || output.includes('201'),
    'the hub logged requests',
  );
  // As a whole value: a postal code like 01309 is also a run of digits inside a timestamp.
  const escape = (v: string) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const leaked = [...secrets, 'Erika Mustermann'].filter((v) =>
    new RegExp(`(?<![\\p{L}\\p{N}])${escape(v)}(?![\\p{L}\\p{N}])`, 'u').test(output),
  );
  if (process.env.LOG_DEBUG)
    console.log(
      output
        .split('\n')
        .filter((l) => leaked.some((s) => l.includes(s)))
        .slice(0, 8)
        .join('\n'),
    );
  assert.deepEqual(leaked, [], `personal data in the hub's log:\n${leaked.join('\n')}`);
  // Request lines: the route pattern, status and request id; not the URL, not the client's address.
  assert.match(output, /"route":"\/api\/v1\/submissions\/:reference"/);
  assert.match(output, /"reqId":"[0-9a-f-]{36}"/);
  assert.doesNotMatch(output, /"url":|remoteAddress|"host":/);
});
