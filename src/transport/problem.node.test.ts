import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  parseProblem,
  pathToPointer,
  pointerToPath,
  problemIssues,
  problemKind,
} from './problem.js';
import { transportTestAssistant as def } from './test-assistant.js';

describe('pointerToPath', () => {
  it('maps a data pointer to the engine path', () => {
    assert.equal(pointerToPath('/data/hunde/0/breed'), 'hunde.0.breed');
    assert.equal(pointerToPath('/data/halter/plz'), 'halter.plz');
    assert.equal(pointerToPath('/data'), '');
  });

  it('unescapes ~1 and ~0 (in that order)', () => {
    assert.equal(pointerToPath('/data/a~1b/c~0d'), 'a/b.c~d');
    assert.equal(pointerToPath('/data/~01'), '~1');
  });

  it('accepts the URI fragment form', () => {
    assert.equal(pointerToPath('#/data/hunde/1/name'), 'hunde.1.name');
  });

  it('rejects pointers outside /data, malformed ones and prototype keys', () => {
    assert.equal(pointerToPath('/municipality/ags'), undefined);
    assert.equal(pointerToPath('data/x'), undefined);
    assert.equal(pointerToPath(''), undefined);
    assert.equal(pointerToPath('/data/'), undefined);
    assert.equal(pointerToPath('/data/a.b'), undefined);
    assert.equal(pointerToPath('/data/__proto__/x'), undefined);
    assert.equal(pointerToPath('#%E0%A4%A'), undefined);
  });

  it('round-trips with pathToPointer', () => {
    for (const p of ['hunde.0.breed', 'halter.plz', 'a/b', '~x'])
      assert.equal(pointerToPath(pathToPointer(p)), p);
    assert.equal(pathToPointer('a/b'), '/data/a~1b');
  });
});

describe('parseProblem', () => {
  const body = {
    type: 'https://komm-assistenten.de/problems/validation',
    title: 'Die Angaben sind nicht gültig',
    status: 422,
    detail: '2 Angaben sind ungültig.',
    requestId: 'req-17',
    errors: [
      { pointer: '/data/halter/plz', detail: 'fünf Ziffern', code: 'invalid_format' },
      { pointer: '/data/hunde/0/rasse', detail: 'fehlt', code: 'required' },
    ],
  };

  it('reads every RFC 9457 member and the hub extensions', () => {
    assert.deepEqual(parseProblem(body), body);
    assert.equal(problemKind(parseProblem(body)), 'validation');
  });

  it('keeps the requestId when the rest is malformed', () => {
    const p = parseProblem({ requestId: 'req-9', status: 'x', errors: 'nope', title: 3 });
    assert.deepEqual(p, { type: 'about:blank', requestId: 'req-9' });
  });

  it('drops error entries without a pointer', () => {
    const p = parseProblem({
      type: 'x',
      errors: [null, 'a', { detail: 'no pointer' }, { pointer: '/data/a' }],
    });
    assert.deepEqual(p?.errors, [{ pointer: '/data/a' }]);
  });

  it('takes the fallback requestId only when the body has none', () => {
    assert.equal(parseProblem({ type: 'x' }, 'hdr-1')?.requestId, 'hdr-1');
    assert.equal(parseProblem({ type: 'x', requestId: 'body-1' }, 'hdr-1')?.requestId, 'body-1');
  });

  it('is undefined for non-objects (an HTML page of a proxy)', () => {
    assert.equal(parseProblem(undefined), undefined);
    assert.equal(parseProblem('<html>'), undefined);
    assert.equal(parseProblem([1]), undefined);
  });

  it("names the kind by the type URI's last segment", () => {
    assert.equal(
      problemKind({ type: 'https://x.example/problems/idempotency-mismatch' }),
      'idempotency-mismatch',
    );
    assert.equal(problemKind({ type: 'urn:komm:validation' }), 'validation');
    assert.equal(problemKind(undefined), undefined);
  });
});

describe('problemIssues', () => {
  it('maps errors to engine issues with key, step, code and detail', () => {
    const issues = problemIssues(
      def,
      parseProblem({
        type: 'x/validation',
        errors: [
          { pointer: '/data/hunde/0/rasse', detail: 'fehlt', code: 'required' },
          { pointer: '/data/halter/plz', code: 'invalid_format' },
          { pointer: '/data/hunde', code: 'too_few' },
          { pointer: '/data/hunde/1/name' },
        ],
      }),
    );
    assert.deepEqual(issues, [
      {
        path: 'hunde.0.rasse',
        key: 'hunde[].rasse',
        code: 'required',
        severity: 'error',
        step: 'rassen',
        params: { detail: 'fehlt' },
      },
      {
        path: 'halter.plz',
        key: 'halter.plz',
        code: 'invalid_format',
        severity: 'error',
        step: 'halter',
      },
      { path: 'hunde', key: 'hunde', code: 'too_few', severity: 'error', step: 'hunde' },
      {
        path: 'hunde.1.name',
        key: 'hunde[].name',
        code: 'invalid',
        severity: 'error',
        step: 'hunde',
      },
    ]);
  });

  it('leaves envelope-level errors out and marks unknown fields with an empty step', () => {
    const issues = problemIssues(
      def,
      parseProblem({
        type: 'x/validation',
        errors: [
          { pointer: '/municipality/ags', code: 'invalid_format' },
          { pointer: '/data', code: 'unrecognized_keys' },
          { pointer: '/data/extra', code: 'unrecognized_keys' },
        ],
      }),
    );
    assert.deepEqual(issues, [
      { path: 'extra', key: 'extra', code: 'unrecognized_keys', severity: 'error', step: '' },
    ]);
  });

  it('is empty without a problem', () => {
    assert.deepEqual(problemIssues(def, undefined), []);
  });
});
