/**
 * `POST /lookups/:name` over HTTP against a real hub: WZ 2008 by code and by words (umlauts,
 * case), register courts (Saxony first), the register (CSV source: found / not found, a plugged-in
 * source), streets from the config, and the problems for an unknown name and a bad body.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { RegisterQuery } from './lookups/index.js';
import { readWz2008 } from './lookups/wz2008.js';
import { startHub, testConfig, TEST_AGS, type TestHub } from './test-support.js';

const REGISTER_CSV = fileURLToPath(new URL('../examples/hub/register.csv', import.meta.url));

interface Item {
  value: string;
  label: string;
  [k: string]: unknown;
}

const lookup = async (hub: TestHub, name: string, body: unknown) => {
  const res = await fetch(`${hub.url}/lookups/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return {
    status: res.status,
    type: res.headers.get('content-type') ?? '',
    body: await res.json(),
  };
};

const items = async (hub: TestHub, name: string, body: unknown): Promise<Item[]> => {
  const r = await lookup(hub, name, body);
  assert.equal(r.status, 200, JSON.stringify(r.body));
  assert.ok(Array.isArray(r.body.items));
  return r.body.items as Item[];
};

describe('POST /lookups/:name', () => {
  let hub: TestHub;
  before(async () => {
    process.env.REGISTER_FILE = REGISTER_CSV;
    hub = await startHub({
      configs: [
        testConfig(TEST_AGS, {
          testantrag: { kinds: ['dackel'] },
          wohnungsgeberbestaetigung: { streets: ['Bautzner Straße', 'Prager Straße', 'Altmarkt'] },
        }),
      ],
    });
    delete process.env.REGISTER_FILE;
  });
  after(() => hub.close());

  describe('wz2008', () => {
    it('finds a code typed with or without dots, the class before its subclasses', async () => {
      for (const q of ['47.11', '4711']) {
        const found = await items(hub, 'wz2008', { q, ags: TEST_AGS });
        assert.deepEqual(
          found.map((i) => i.value),
          ['47.11', '47.11.1', '47.11.2'],
          q,
        );
        assert.equal(found[0]!.level, 'class');
        assert.equal(found[1]!.level, 'subclass');
        assert.match(found[1]!.label, /^47\.11\.1 Einzelhandel/);
        assert.equal(found[1]!.code, '47.11.1');
        assert.equal(typeof found[1]!.title, 'string');
      }
      const division = await items(hub, 'wz2008', { q: '47' });
      assert.equal(division.length, 20, 'at most 20 items');
      assert.ok(division.every((i) => i.value.startsWith('47.')));
      assert.deepEqual(
        (await items(hub, 'wz2008', { q: '47.11.2' })).map((i) => i.value),
        ['47.11.2'],
      );
      // `level` keeps to the 5-digit subclasses (what a Gewerbeanzeige's wzCode takes) or classes.
      assert.deepEqual(
        (await items(hub, 'wz2008', { q: '4711', level: 'subclass' })).map((i) => i.value),
        ['47.11.1', '47.11.2'],
      );
      assert.deepEqual(
        (await items(hub, 'wz2008', { q: 'Bäckerei', level: 'class' })).map((i) => i.level),
        ['class', 'class', 'class'],
      );
      assert.equal((await lookup(hub, 'wz2008', { q: '47', level: 'gruppe' })).status, 400);
      // A title with a `;` (quoted in the CSV) arrives whole.
      const [erschliessung] = await items(hub, 'wz2008', { q: '41.10' });
      assert.equal(erschliessung!.title, 'Erschließung von Grundstücken; Bauträger');
      // Every row of the data file is read: 615 classes and 839 subclasses.
      const rows = readWz2008();
      assert.equal(rows.filter((r) => r.level === 'class').length, 615);
      assert.equal(rows.filter((r) => r.level === 'subclass').length, 839);
    });

    it('finds words case- and umlaut-insensitively, by word starts, subclasses first', async () => {
      const baecker = await items(hub, 'wz2008', { q: 'Bäckerei' }); // everyday word: Backwaren
      assert.ok(baecker.length > 0);
      for (const q of ['bäckerei', 'BAECKEREI', 'backerei', 'Bäcker']) {
        assert.deepEqual(
          (await items(hub, 'wz2008', { q })).map((i) => i.value),
          baecker.map((i) => i.value),
          q,
        );
      }
      assert.equal(baecker[0]!.value, '10.71.0', JSON.stringify(baecker));
      assert.equal((await items(hub, 'wz2008', { q: 'Elektriker' }))[0]!.value, '43.21.0');
      const levels = baecker.map((i) => i.level);
      assert.deepEqual(
        levels,
        [...levels].sort((a, b) => (a === b ? 0 : a === 'subclass' ? -1 : 1)),
      );
      // Every typed word must match: "Einzelhandel Fahrräder" finds bicycle retail only.
      const bikes = await items(hub, 'wz2008', { q: 'einzelhandel fahrräder' });
      assert.ok(bikes.length > 0);
      assert.ok(bikes.every((i) => /einzelhandel/i.test(i.label) && /fahrr/i.test(i.label)));
      assert.ok(
        bikes.some((i) => i.value === '47.64.1'),
        JSON.stringify(bikes),
      );
      // A class repeated word for word by its subclass is shown once (as the subclass).
      assert.deepEqual(
        (await items(hub, 'wz2008', { q: 'Anbau von Tabak' })).map((i) => i.value),
        ['01.15.0'],
      );
      assert.deepEqual(await items(hub, 'wz2008', { q: 'xyzzy' }), []);
      assert.deepEqual(await items(hub, 'wz2008', { q: '  ' }), []);
    });
  });

  describe('registergerichte', () => {
    it("lists Saxony's three register courts first, then the others", async () => {
      const all = await items(hub, 'registergerichte', { q: '', ags: TEST_AGS });
      assert.equal(all.length, 20);
      assert.deepEqual(
        all.slice(0, 3).map((i) => i.label),
        ['Amtsgericht Chemnitz', 'Amtsgericht Dresden', 'Amtsgericht Leipzig'],
      );
      assert.equal(all[1]!.value, 'U1104');
      assert.equal(all[1]!.state, 'Sachsen');
      assert.ok(all.slice(3).every((i) => i.state !== 'Sachsen'));
    });

    it('finds a court by the start of its name, its Land or its code', async () => {
      assert.deepEqual(
        (await items(hub, 'registergerichte', { q: 'dres' })).map((i) => i.label),
        ['Amtsgericht Dresden'],
      );
      assert.deepEqual(
        (await items(hub, 'registergerichte', { q: 'Muenchen' })).map((i) => i.label),
        ['Amtsgericht München'],
      );
      const bw = await items(hub, 'registergerichte', { q: 'Baden-Württemberg' });
      assert.deepEqual(
        bw.map((i) => i.label),
        [
          'Amtsgericht Freiburg im Breisgau',
          'Amtsgericht Mannheim',
          'Amtsgericht Stuttgart',
          'Amtsgericht Ulm',
        ],
      );
      assert.deepEqual(
        (await items(hub, 'registergerichte', { q: 'u1308' })).map((i) => i.label),
        ['Amtsgericht Leipzig'],
      );
    });
  });

  describe('register', () => {
    it('finds an entry by type, court (code or name) and number', async () => {
      for (const body of [
        { q: '12345', ags: TEST_AGS, type: 'HRB', court: 'U1104' },
        { q: 'HRB 12345', ags: TEST_AGS, court: 'Amtsgericht Dresden' },
        { q: 'hrb12345', court: 'dresden' },
        { q: '12345', type: 'B', court: 'U1104' }, // FIM "Art der Eintragung" code
      ]) {
        const found = await items(hub, 'register', body);
        assert.equal(found.length, 1, JSON.stringify(body));
        assert.equal(found[0]!.registeredName, 'Elbtal Software GmbH');
        assert.equal(found[0]!.legalForm, '350');
        assert.equal(found[0]!.legalFormName, 'GmbH');
        assert.equal(found[0]!.value, 'HRB 12345');
        assert.equal(found[0]!.court, 'U1104');
      }
    });

    it('answers no items for an unknown number, another court or type, or an unknown court', async () => {
      for (const body of [
        { q: '99999', type: 'HRB', court: 'U1104' },
        { q: '12345', type: 'HRB', court: 'U1308' },
        { q: '12345', type: 'HRA', court: 'U1104' },
        { q: '12345', type: 'HRB', court: 'Amtsgericht Nirgendwo' },
        { q: '12345', court: 'U1104' }, // no type at all
      ])
        assert.deepEqual(await items(hub, 'register', body), [], JSON.stringify(body));
    });

    it('refuses a body without the court or with an unknown register type (400)', async () => {
      for (const body of [
        { q: '12345', type: 'HRB' },
        { q: '12345', type: 'XYZ', court: 'U1104' },
      ]) {
        const r = await lookup(hub, 'register', body);
        assert.equal(r.status, 400);
        assert.match(r.type, /^application\/problem\+json/);
        assert.match(r.body.detail, /braucht weitere Angaben/);
      }
    });

    it('asks a plugged-in RegisterSource; without one, register is not offered (404)', async () => {
      const asked: RegisterQuery[] = [];
      const own = await startHub({
        register: {
          find: async (query) => {
            asked.push(query);
            return query.number === '777'
              ? { registeredName: 'Quelle GmbH', legalForm: '350' }
              : undefined;
          },
        },
      });
      const none = await startHub();
      try {
        const found = await items(own, 'register', { q: 'HRB 777', court: 'Amtsgericht Leipzig' });
        assert.equal(found[0]!.registeredName, 'Quelle GmbH');
        assert.deepEqual(asked[0], {
          type: 'HRB',
          court: { code: 'U1308', name: 'Amtsgericht Leipzig' },
          number: '777',
        });
        // Without a source the hub does not offer the lookup at all.
        const r = await lookup(none, 'register', { q: 'HRB 12345', court: 'U1104' });
        assert.equal(r.status, 404);
        assert.match(r.body.detail, /Verfügbar sind: wz2008, registergerichte, strassen\./);
      } finally {
        await own.close();
        await none.close();
      }
    });

    it('refuses to start with a REGISTER_FILE it cannot use, naming the file', async () => {
      process.env.REGISTER_FILE = '/nonexistent/register.csv';
      try {
        await assert.rejects(startHub(), /REGISTER_FILE: cannot read \/nonexistent\/register\.csv/);
      } finally {
        delete process.env.REGISTER_FILE;
      }
    });
  });

  describe('strassen', () => {
    it("lists the municipality's streets from its config by word starts", async () => {
      assert.deepEqual(
        (await items(hub, 'strassen', { q: 'str', ags: TEST_AGS })).map((i) => i.value),
        ['Bautzner Straße', 'Prager Straße'],
      );
      assert.deepEqual(
        (await items(hub, 'strassen', { q: 'bautz', ags: TEST_AGS })).map((i) => i.label),
        ['Bautzner Straße'],
      );
      assert.deepEqual(await items(hub, 'strassen', { q: 'str', ags: '99999999' }), []);
    });
  });

  describe('problems', () => {
    it('answers 404 problem+json naming the known lookups for an unknown name', async () => {
      const r = await lookup(hub, 'gibtsnicht', { q: 'x' });
      assert.equal(r.status, 404);
      assert.match(r.type, /^application\/problem\+json/);
      assert.match(r.body.detail, /„gibtsnicht“/);
      assert.match(r.body.detail, /wz2008, registergerichte, register, strassen/);
    });

    it('answers 400 problem+json for a bad body', async () => {
      for (const body of [{}, { q: 5 }, { q: 'x', ags: '123' }, { q: 'x'.repeat(201) }, []]) {
        const r = await lookup(hub, 'wz2008', body);
        assert.equal(r.status, 400, JSON.stringify(body));
        assert.match(r.type, /^application\/problem\+json/);
        assert.match(r.body.detail, /Senden Sie als JSON/);
        assert.equal(typeof r.body.requestId, 'string');
      }
      const text = await fetch(`${hub.url}/lookups/wz2008`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"q":',
      });
      assert.equal(text.status, 400);
    });
  });
});
