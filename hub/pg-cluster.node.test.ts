import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import pg from 'pg';
import { createTestDatabase } from './pg-test-support.js';

const dbs: { drop(): Promise<void> }[] = [];
after(async () => {
  for (const d of dbs) await d.drop();
});

test('a real PostgreSQL answers on the test database, with UTF-8 round trips', async () => {
  const db = await createTestDatabase();
  dbs.push(db);
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  try {
    const { rows } = await client.query<{ v: string; s: string }>(
      'select version() as v, $1::text as s',
      ['Straße äöü €'],
    );
    assert.match(rows[0].v, /^PostgreSQL \d+/);
    assert.equal(rows[0].s, 'Straße äöü €');
  } finally {
    await client.end();
  }
});
