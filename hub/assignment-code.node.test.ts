import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  ASSIGNMENT_CODE_ALPHABET,
  isAssignmentCode,
  needsAssignmentCode,
  newAssignmentCode,
} from './assignment-code.js';

describe('assignment code (§ 19 Abs. 4 BMG)', () => {
  it('is 10 characters from an alphabet without look-alikes', () => {
    for (const c of '01OILUSZB') assert.ok(!ASSIGNMENT_CODE_ALPHABET.includes(c), c);
    assert.equal(new Set(ASSIGNMENT_CODE_ALPHABET).size, ASSIGNMENT_CODE_ALPHABET.length);
    for (let i = 0; i < 100; i++) {
      const code = newAssignmentCode();
      assert.match(code, /^[23456789ACDEFGHJKMNPQRTVWXY]{10}$/);
      assert.ok(isAssignmentCode(code));
    }
    assert.equal(isAssignmentCode('ABCDEFGHJ'), false);
    assert.equal(isAssignmentCode('ABCDEFGHJO'), false);
    assert.equal(isAssignmentCode(42), false);
  });

  it('10,000 codes: no duplicate, every symbol used', () => {
    const codes = new Set<string>();
    for (let i = 0; i < 10_000; i++) codes.add(newAssignmentCode());
    assert.equal(codes.size, 10_000);
    const used = new Set([...codes].join(''));
    assert.equal(used.size, ASSIGNMENT_CODE_ALPHABET.length);
  });

  it('discards bytes that would bias the symbols', () => {
    // 243..255 are skipped (243 = 9 · 27); the others map by remainder.
    const bytes = [255, 243, 0, 26, 27, 242, 250, 1, 2, 3, 4, 5, 6, 7, 8, 9];
    const code = newAssignmentCode(() => Uint8Array.from(bytes));
    const a = ASSIGNMENT_CODE_ALPHABET;
    assert.equal(code, [0, 26, 27, 242, 1, 2, 3, 4, 5, 6].map((b) => a[b % 27]).join(''));
  });

  it('is given for the Wohnungsgeberbestätigung only', () => {
    assert.equal(needsAssignmentCode('wohnungsgeberbestaetigung'), true);
    assert.equal(needsAssignmentCode('hundesteuer'), false);
  });
});
