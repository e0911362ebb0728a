import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixture, input, validAnmeldung } from './test-fixtures.js';
import { flatten, isStepVisible, stepOfKey, todayIso, visibleSteps, walkStep } from './walk.js';

const step = (id: string) => fixture.steps.find((s) => s.id === id)!;
const keysOf = (id: string, answers: Record<string, unknown>) =>
  flatten(walkStep(step(id), input(answers))).map((n) => n.path);

describe('walk', () => {
  it('shows the abmeldung step only for an Abmeldung', () => {
    const ids = (a: Record<string, unknown>) => visibleSteps(fixture, input(a)).map((s) => s.id);
    assert.deepEqual(ids({ requestType: 'anmeldung' }), [
      'anliegen',
      'halter',
      'hunde',
      'gefahr',
      'zahlung',
      'erklaerung',
    ]);
    assert.deepEqual(ids({ requestType: 'abmeldung' }), [
      'anliegen',
      'halter',
      'hunde',
      'gefahr',
      'abmeldung',
      'zahlung',
      'erklaerung',
    ]);
    assert.deepEqual(ids({}), ['anliegen', 'halter', 'hunde', 'gefahr', 'zahlung', 'erklaerung']);
    assert.equal(isStepVisible(step('abmeldung'), input({ requestType: 'abmeldung' })), true);
  });

  it('gives no fields for a hidden step', () => {
    assert.deepEqual(
      walkStep(step('abmeldung'), input({ requestType: 'anmeldung', endDate: '2026-01-01' })),
      [],
    );
  });

  it('places plain group children under the group path', () => {
    const nodes = walkStep(step('halter'), input({}));
    assert.deepEqual(
      nodes.map((n) => n.path),
      ['halter', 'alreadyRegisteredDogs'],
    );
    assert.deepEqual(
      nodes[0]!.children!.map((n) => n.path),
      [
        'halter.familyName',
        'halter.birthDate',
        'halter.postalCode',
        'halter.email',
        'halter.phone',
      ],
    );
  });

  it('expands a repeatable group into one set of nodes per item, in order', () => {
    const answers = validAnmeldung();
    const [group] = walkStep(step('hunde'), input(answers));
    assert.equal(group!.path, 'hunde');
    assert.equal(group!.key, 'hunde');
    assert.equal(group!.items!.length, 2);
    assert.deepEqual(
      group!.items![0]!.map((n) => n.path),
      ['hunde.0.name', 'hunde.0.breed', 'hunde.0.heldSince'],
    );
    // Only the crossbreed gets `mixedBreedOf` (its visibility reads `ctx.item`).
    assert.deepEqual(
      group!.items![1]!.map((n) => n.path),
      ['hunde.1.name', 'hunde.1.breed', 'hunde.1.mixedBreedOf', 'hunde.1.heldSince'],
    );
    const mixed = group!.items![1]![2]!;
    assert.equal(mixed.key, 'hunde[].mixedBreedOf');
    assert.equal(mixed.ctx.index, 1);
    assert.equal(mixed.ctx.item, (answers.hunde as unknown[])[1]);
  });

  it('walks the same list on the second step with its own fields', () => {
    assert.deepEqual(keysOf('gefahr', validAnmeldung()), [
      'hunde',
      'hunde.0.dangerStatus',
      'hunde.1.dangerStatus',
    ]);
  });

  it('copes with a missing list, a non-array and non-object items', () => {
    assert.deepEqual(keysOf('hunde', {}), ['hunde']);
    assert.deepEqual(keysOf('hunde', { hunde: 'nonsense' }), ['hunde']);
    assert.deepEqual(keysOf('hunde', { hunde: [null] }), [
      'hunde',
      'hunde.0.name',
      'hunde.0.breed',
      'hunde.0.heldSince',
    ]);
  });

  it('flattens depth-first: group, then its items', () => {
    const paths = flatten(walkStep(step('hunde'), input({ hunde: [{}, {}] }))).map((n) => n.path);
    assert.deepEqual(paths, [
      'hunde',
      'hunde.0.name',
      'hunde.0.breed',
      'hunde.0.heldSince',
      'hunde.1.name',
      'hunde.1.breed',
      'hunde.1.heldSince',
    ]);
  });

  it('finds the step that shows a key', () => {
    assert.equal(stepOfKey(fixture, 'requestType'), 'anliegen');
    assert.equal(stepOfKey(fixture, 'halter.familyName'), 'halter');
    assert.equal(stepOfKey(fixture, 'halter'), 'halter');
    assert.equal(stepOfKey(fixture, 'hunde'), 'hunde');
    assert.equal(stepOfKey(fixture, 'hunde[].breed'), 'hunde');
    assert.equal(stepOfKey(fixture, 'hunde[].mixedBreedOf'), 'hunde');
    assert.equal(stepOfKey(fixture, 'hunde[].dangerStatus'), 'gefahr');
    assert.equal(stepOfKey(fixture, 'endDate'), 'abmeldung');
    assert.equal(stepOfKey(fixture, 'declaration'), 'erklaerung');
    assert.equal(stepOfKey(fixture, 'nowhere'), undefined);
    assert.equal(stepOfKey(fixture, 'halter.nowhere'), undefined);
    assert.equal(stepOfKey(fixture, 'hunde[].nowhere'), undefined);
  });

  it('formats today as a local ISO date', () => {
    assert.equal(todayIso(new Date(2026, 1, 3, 23, 59)), '2026-02-03');
  });
});
