import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getPath, isEmpty, joinPath, normalizePath, setPath, splitPath } from './paths.js';

describe('paths', () => {
  it('normalises concrete paths to field keys', () => {
    assert.equal(normalizePath('hunde.0.breed'), 'hunde[].breed');
    assert.equal(normalizePath('hunde.12.breed'), 'hunde[].breed');
    assert.equal(normalizePath('hunde.3'), 'hunde[]');
    assert.equal(normalizePath('a.1.b.2.c'), 'a[].b[].c');
    assert.equal(normalizePath('halter.familyName'), 'halter.familyName');
    assert.equal(normalizePath('requestType'), 'requestType');
    // Digits inside a name are not indices.
    assert.equal(normalizePath('line2.street1'), 'line2.street1');
  });

  it('joins and splits paths', () => {
    assert.equal(joinPath('hunde', 0, 'breed'), 'hunde.0.breed');
    assert.equal(joinPath('', 'requestType'), 'requestType');
    assert.equal(joinPath(undefined, 'a', undefined, 'b'), 'a.b');
    assert.deepEqual(splitPath('hunde.0.breed'), ['hunde', 0, 'breed']);
    assert.deepEqual(splitPath(''), []);
  });

  it('gets values through objects and arrays', () => {
    const data = {
      halter: { familyName: 'Müller' },
      hunde: [{ breed: 'dackel' }, { breed: 'pudel' }],
    };
    assert.equal(getPath(data, 'halter.familyName'), 'Müller');
    assert.equal(getPath(data, 'hunde.1.breed'), 'pudel');
    assert.deepEqual(getPath(data, 'hunde.0'), { breed: 'dackel' });
    assert.equal(getPath(data, 'hunde.5.breed'), undefined);
    assert.equal(
      getPath(data, 'halter.familyName.length'),
      undefined,
      'no property access on strings',
    );
    assert.equal(getPath(data, 'missing.deeper'), undefined);
    assert.equal(getPath(null, 'a'), undefined);
    assert.equal(getPath(data, ''), data);
  });

  it('never reads inherited properties', () => {
    assert.equal(getPath({}, 'constructor'), undefined);
    assert.equal(getPath({}, '__proto__'), undefined);
    assert.equal(getPath({ a: {} }, 'a.toString'), undefined);
    assert.equal(getPath({ a: [] }, 'a.map'), undefined);
  });

  it('sets immutably, sharing untouched branches', () => {
    const root = {
      halter: { familyName: 'Müller' },
      hunde: [{ breed: 'dackel' }, { breed: 'pudel' }],
    };
    const snapshot = structuredClone(root);
    const next = setPath(root, 'hunde.1.breed', 'mischling');
    assert.deepEqual(root, snapshot, 'the original is unchanged');
    assert.notEqual(next, root);
    assert.notEqual(next.hunde, root.hunde);
    assert.ok(Array.isArray(next.hunde));
    assert.equal(next.hunde[0], root.hunde[0], 'untouched items are shared');
    assert.equal(next.halter, root.halter, 'untouched branches are shared');
    assert.deepEqual(next.hunde[1], { breed: 'mischling' });
  });

  it('creates missing containers: arrays for numeric segments, objects otherwise', () => {
    const next = setPath({}, 'hunde.0.breed', 'dackel');
    assert.deepEqual(next, { hunde: [{ breed: 'dackel' }] });
    assert.ok(Array.isArray(next.hunde));
    assert.deepEqual(setPath({}, 'halter.familyName', 'A'), { halter: { familyName: 'A' } });
  });

  it('deletes object keys with undefined, keeps array positions', () => {
    const root = { a: 1, b: 2, list: ['x', 'y', 'z'] };
    const next = setPath(root, 'a', undefined);
    assert.deepEqual(next, { b: 2, list: ['x', 'y', 'z'] });
    assert.ok(!('a' in next));
    const list = setPath(root, 'list.1', undefined).list as unknown[];
    assert.equal(list.length, 3, 'no holes shift later items');
    assert.equal(list[2], 'z');
  });

  it('refuses __proto__, constructor and prototype segments', () => {
    for (const path of [
      '__proto__.polluted',
      'a.__proto__.polluted',
      'constructor.prototype.polluted',
      'prototype',
      'hunde.0.constructor',
    ]) {
      const root = { a: {}, hunde: [{}] };
      const next = setPath(root, path, true);
      assert.equal(next, root, `${path} is refused and returns the same root`);
    }
    assert.equal(
      ({} as Record<string, unknown>).polluted,
      undefined,
      'Object.prototype stays clean',
    );
  });

  it('refuses an empty path instead of inventing an "undefined" key', () => {
    const root = { a: 1 };
    const next = setPath(root, '', 5);
    assert.equal(next, root);
    assert.deepEqual(Object.keys(next), ['a']);
  });

  it('treats undefined, null, blanks and empty lists as empty', () => {
    for (const v of [undefined, null, '', '   ', []])
      assert.equal(isEmpty(v), true, JSON.stringify(v));
    for (const v of [0, false, 'a', [1], {}]) assert.equal(isEmpty(v), false, JSON.stringify(v));
  });
});
