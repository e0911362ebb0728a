import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pruneAnswers } from './prune.js';
import { fixture, input, validAnmeldung } from './test-fixtures.js';
import type { Answers } from './types.js';
import { validateAll } from './validate.js';
import { payloadSchemaOf } from './payload-schema.js';

const prune = (answers: Answers) => pruneAnswers(fixture, input(answers));

describe('prune', () => {
  it('keeps every visible answer of a valid application', () => {
    assert.deepEqual(prune(validAnmeldung()), validAnmeldung());
  });

  it('drops the answers of a hidden step', () => {
    const data = prune({ ...validAnmeldung(), endDate: '2026-11-01', deregistrationReason: 'tod' });
    assert.ok(!('endDate' in data));
    assert.ok(!('deregistrationReason' in data));
    const ab = prune({
      ...validAnmeldung(),
      requestType: 'abmeldung',
      endDate: '2026-11-01',
      deregistrationReason: 'tod',
    });
    assert.equal(ab.endDate, '2026-11-01');
    assert.equal(ab.deregistrationReason, 'tod');
  });

  it('drops hidden fields inside list items, keeping the list order', () => {
    const answers = validAnmeldung();
    const dogs = answers.hunde as Record<string, unknown>[];
    dogs[0]!.mixedBreedOf = 'left over from an earlier choice';
    dogs.push({ name: 'Rex', breed: 'pudel', heldSince: '2026-09-01', dangerStatus: 'vermutet' });
    const data = prune(answers);
    const out = data.hunde as Record<string, unknown>[];
    assert.deepEqual(
      out.map((d) => d.breed),
      ['dackel', 'mischling', 'pudel'],
    );
    assert.ok(!('mixedBreedOf' in out[0]!));
    assert.equal(out[1]!.mixedBreedOf, 'Pudel, Dackel');
    assert.deepEqual(out[2], {
      name: 'Rex',
      breed: 'pudel',
      heldSince: '2026-09-01',
      dangerStatus: 'vermutet',
    });
  });

  it('drops keys no field knows about', () => {
    const data = prune({
      ...validAnmeldung(),
      stray: 1,
      halter: { ...(validAnmeldung().halter as object), extra: 'x' },
    });
    assert.ok(!('stray' in data));
    assert.ok(!('extra' in (data.halter as object)));
  });

  it('drops empty answers, keeps 0 and false', () => {
    const data = prune({
      requestType: 'anmeldung',
      halter: { familyName: '  ', email: '' },
      alreadyRegisteredDogs: 0,
      voluntaryAmount: null,
      declaration: false,
    });
    assert.deepEqual(data, {
      requestType: 'anmeldung',
      alreadyRegisteredDogs: 0,
      hunde: [],
      declaration: false,
    });
  });

  it('sends a visible checkbox as a boolean: only true counts as ticked', () => {
    assert.equal(prune({ declaration: 'yes' }).declaration, false);
    assert.equal(prune({}).declaration, false);
    assert.equal(prune({ declaration: true }).declaration, true);
  });

  it('trims text and normalises the IBAN', () => {
    const answers = validAnmeldung();
    answers.halter = {
      ...(answers.halter as object),
      familyName: '  Müller  ',
      postalCode: ' 01067 ',
    };
    answers.iban = ' de89 3704 0044 0532 0130 00 ';
    const data = prune(answers);
    assert.equal((data.halter as Record<string, unknown>).familyName, 'Müller');
    assert.equal((data.halter as Record<string, unknown>).postalCode, '01067');
    assert.equal(data.iban, 'DE89370400440532013000');
  });

  it('what prune keeps, the hub validates the same way', () => {
    const answers = {
      ...validAnmeldung(),
      iban: 'DE89 3704 0044 0532 0130 00',
      endDate: 'hidden anyway',
    };
    const data = prune(answers);
    assert.deepEqual(validateAll(fixture, input(answers)), []);
    assert.deepEqual(validateAll(fixture, input(data)), []);
    assert.equal(payloadSchemaOf(fixture).safeParse(data).success, true);
  });

  it('an empty list stays an empty list while its step is visible', () => {
    assert.deepEqual(prune({}).hunde, []);
    assert.deepEqual(prune({ hunde: [{}, {}] }).hunde, [{}, {}]);
  });

  it('does not change the answers', () => {
    const answers = { ...validAnmeldung(), iban: ' DE89 3704 0044 0532 0130 00' };
    const before = structuredClone(answers);
    prune(answers);
    assert.deepEqual(answers, before);
  });
});
