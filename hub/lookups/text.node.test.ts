/** The lookups' CSV reader and folding: what an operator's spreadsheet export may contain. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fold, parseCsv, words } from './text.js';

describe('parseCsv', () => {
  it('reads a UTF-8 export with byte order mark, CRLF, quotes and blank lines', () => {
    const text =
      '\uFEFFtype;court;number;registeredName\r\n' +
      'HRB;U1104;1;"Bau; Holz ""Elbe"" GmbH"\r\n' +
      '\r\n' +
      'HRA;Amtsgericht Leipzig;2;"Zwei\nZeilen"\r\n';
    assert.deepEqual(parseCsv(text), [
      { type: 'HRB', court: 'U1104', number: '1', registeredName: 'Bau; Holz "Elbe" GmbH' },
      { type: 'HRA', court: 'Amtsgericht Leipzig', number: '2', registeredName: 'Zwei\nZeilen' },
    ]);
  });

  it('fills missing cells with empty strings and trims', () => {
    assert.deepEqual(parseCsv('a;b;c\n 1 ;2\n'), [{ a: '1', b: '2', c: '' }]);
    assert.deepEqual(parseCsv(''), []);
  });
});

describe('fold', () => {
  it('makes umlauts, ß and case the same', () => {
    assert.equal(fold('Bäckerei'), fold('BAECKEREI'));
    assert.equal(fold('Bäckerei'), fold('backerei'));
    assert.equal(fold('Straße'), fold('STRASSE'));
    assert.deepEqual(words('Groß- und Einzelhandel (ohne Kfz)'), [
      'gross',
      'und',
      'einzelhandel',
      'ohne',
      'kfz',
    ]);
  });
});
