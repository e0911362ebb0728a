/**
 * The data hub takes a well-formed envelope without zod's parse (`schemaAccepts`, a predicate
 * derived from `envelopeSchema`; hub/validation.ts). It must never vouch for an envelope zod
 * refuses, and it must vouch for the envelopes the assistants send (else it saves nothing).
 * Checked on every assistant's fixtures as envelopes and on mutations of each of their parts.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assistants } from '../assistants/registry.js';
import { schemaAccepts } from '../engine/payload-schema.js';
import { pruneAnswers } from '../engine/prune.js';
import { fixturesOf, REPLACEMENTS, today, variants } from '../engine/test-variants.js';
import { createEnvelope } from './envelope.js';
import { envelopeSchema } from './envelope-schema.js';
import { z } from '../engine/zod.js';

const municipality = { ags: '14612000', name: 'Landeshauptstadt Dresden' };
const ID = '3b241101-e2bb-4255-8caf-4136c566a962';

describe('envelope: the predicate accepts only what zod accepts', () => {
  for (const [id, def] of Object.entries(assistants)) {
    it(`every fixture of ${id} as an envelope, and mutations of it`, async () => {
      const { sets, paramSets } = await fixturesOf(id, def);
      let vouched = 0;
      let refused = 0;
      for (const { answers } of sets.slice(0, 6)) {
        const data = pruneAnswers(def, { answers, params: paramSets[0], today });
        const envelope = createEnvelope({
          def,
          config: { municipality },
          data,
          computed: { total: 1 },
          locale: 'de',
          id: ID,
          submittedAt: '2026-12-02T10:00:00.000Z',
        });
        assert.ok(schemaAccepts(envelopeSchema, envelope), `${id}: a sent envelope is vouched for`);
        // Mutations of the envelope's own keys and of one level below (data's answers, the
        // municipality, the assistant): removed, blanked, of the wrong type.
        for (const v of variants(envelope as never, REPLACEMENTS)) {
          const zod = envelopeSchema.safeParse(v);
          if (schemaAccepts(envelopeSchema, v)) {
            assert.ok(zod.success, `vouched for what zod refuses: ${JSON.stringify(v)}`);
            vouched++;
          }
          if (!zod.success) refused++;
        }
      }
      assert.ok(vouched > 0 && refused > 0, `${id}: ${vouched} vouched, ${refused} refused`);
    });
  }

  it('leaves to zod what it cannot vouch for in `data`', () => {
    const envelope = createEnvelope({
      def: assistants.hundesteuer!,
      config: { municipality },
      data: { requestType: 'abmeldung' },
      locale: 'de',
      id: ID,
      submittedAt: '2026-12-02T10:00:00.000Z',
    });
    const withData = (data: unknown) => ({ ...envelope, data });
    assert.equal(schemaAccepts(envelopeSchema, withData({ a: 1, b: [{}] })), true);
    assert.equal(schemaAccepts(envelopeSchema, withData(Object.create(null))), true);
    // zod drops an own `__proto__` key from its copy: the copy differs, so zod must make it.
    const proto = withData(JSON.parse('{"__proto__": {"x": 1}, "a": 1}'));
    assert.equal(schemaAccepts(envelopeSchema, proto), false);
    assert.equal(envelopeSchema.safeParse(proto).success, true);
    // A symbol key fails zod's key check; an array, a class instance or null is no record.
    assert.equal(schemaAccepts(envelopeSchema, withData({ [Symbol('s')]: 1 })), false);
    assert.equal(envelopeSchema.safeParse(withData({ [Symbol('s')]: 1 })).success, false);
    for (const bad of [[], null, new Date(), 'x'])
      assert.equal(schemaAccepts(envelopeSchema, withData(bad)), false, String(bad));
  });

  it('counts a minimum length in code points, as zod does', () => {
    // `schemaVersion: '1'` is one unit and one code point; an emoji is two units, one code point.
    const two = z.string().check(z.minLength(2));
    for (const v of ['1', 'ab', '\u{1F600}', 'a\u{1F600}', '\u{1F600}\u{1F600}', '\ud800x'])
      assert.equal(schemaAccepts(two, v), two.safeParse(v).success, JSON.stringify(v));
    assert.equal(schemaAccepts(z.string().check(z.minLength(1)), '1'), true);
  });
});
