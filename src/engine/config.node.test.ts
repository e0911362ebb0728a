import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseConfig, type ConfigProblem } from './config.js';
import { setPath } from './paths.js';
import { fixture, validConfig } from './test-fixtures.js';

const problems = (raw: unknown): ConfigProblem[] => {
  const r = parseConfig(raw, fixture);
  assert.equal(r.ok, false, 'expected the config to be refused');
  return r.ok ? [] : r.problems;
};
const GERMAN = /fehlt|falsch|ungültig|unbekannt|klein|groß|erlaubt|Format/;

describe('config', () => {
  it('a valid config passes and yields the parameters', () => {
    const r = parseConfig(validConfig(), fixture);
    assert.equal(r.ok, true, JSON.stringify(!r.ok && r.problems));
    if (!r.ok) return;
    assert.deepEqual(r.params, { rates: { first: 108, second: 180 }, breeds: ['dackel'] });
    assert.equal(r.config.municipality.ags, '14612000');
    assert.equal(r.config.texts?.de?.['steps.anliegen.title'], 'Ihr Anliegen');
  });

  it('the endpoint may come from the element instead', () => {
    const raw: Record<string, unknown> = validConfig();
    delete raw.endpoint;
    assert.equal(parseConfig(raw, fixture).ok, true);
  });

  it('accepts a config without privacyNoticeUrl (the element shows its own summary), not a bad one', () => {
    const raw: Record<string, unknown> = validConfig();
    delete raw.privacyNoticeUrl;
    assert.equal(parseConfig(raw, fixture).ok, true);
    const bad = problems(setPath(validConfig(), 'privacyNoticeUrl', 'datenschutz.html'));
    assert.deepEqual(
      bad.map((p) => p.path),
      ['privacyNoticeUrl'],
    );
  });

  it('a bad AGS is named by its path, in German', () => {
    for (const ags of ['1461200', '14612000x', 14612000]) {
      const [p, ...rest] = problems(setPath(validConfig(), 'municipality.ags', ags));
      assert.equal(rest.length, 0);
      assert.equal(p!.path, 'municipality.ags');
      assert.match(p!.message, GERMAN);
    }
  });

  it('a missing key and a wrong type are named by their path, in German', () => {
    const missing = problems(setPath(validConfig(), 'municipality.name', undefined));
    assert.deepEqual(
      missing.map((p) => p.path),
      ['municipality.name'],
    );
    assert.equal(missing[0]!.message, 'fehlt');
    const wrongType = problems(setPath(validConfig(), 'office', 'Steueramt'));
    assert.deepEqual(wrongType, [
      { path: 'office', message: 'hat den falschen Typ (erwartet: Objekt)' },
    ]);
    const missingNested = problems(setPath(validConfig(), 'office.name', undefined));
    assert.deepEqual(missingNested, [{ path: 'office.name', message: 'fehlt' }]);
    const badUrl = problems(setPath(validConfig(), 'endpoint', 'ftp://hub.example'));
    assert.deepEqual(
      badUrl.map((p) => p.path),
      ['endpoint'],
    );
    assert.match(badUrl[0]!.message, GERMAN);
  });

  it('reports every problem at once', () => {
    let raw = setPath(validConfig(), 'municipality.ags', 'x');
    raw = setPath(raw, 'office.email', 'not-mail');
    raw = setPath(raw, 'municipality.name', '');
    assert.deepEqual(
      problems(raw)
        .map((p) => p.path)
        .sort(),
      ['municipality.ags', 'municipality.name', 'office.email'],
    );
  });

  it("problems in the assistant's parameters carry the full path", () => {
    const p = problems(setPath(validConfig(), 'assistants.hundesteuer.rates.first', '108 €'));
    assert.deepEqual(p, [
      {
        path: 'assistants.hundesteuer.rates.first',
        message: 'hat den falschen Typ (erwartet: Zahl)',
      },
    ]);
    const gone = problems(setPath(validConfig(), 'assistants.hundesteuer.rates.first', undefined));
    assert.deepEqual(gone, [{ path: 'assistants.hundesteuer.rates.first', message: 'fehlt' }]);
    const negative = problems(setPath(validConfig(), 'assistants.hundesteuer.rates.second', -1));
    assert.deepEqual(
      negative.map((x) => x.path),
      ['assistants.hundesteuer.rates.second'],
    );
    const list = problems(setPath(validConfig(), 'assistants.hundesteuer.breeds.1', 7));
    assert.deepEqual(
      list.map((x) => x.path),
      ['assistants.hundesteuer.breeds.1'],
    );
  });

  it('a missing assistant section says so', () => {
    const raw = setPath(validConfig(), 'assistants.hundesteuer', undefined);
    const p = problems(raw);
    assert.deepEqual(p, [
      {
        path: 'assistants.hundesteuer',
        message: 'fehlt: diese Gemeinde hat den Assistenten nicht konfiguriert',
      },
    ]);
  });

  it('refuses what is not a config at all', () => {
    for (const raw of [null, 'dresden.json', [], 42]) {
      const p = problems(raw);
      assert.equal(p.length, 1);
      assert.equal(p[0]!.path, '(Wurzel)');
      assert.match(p[0]!.message, GERMAN);
    }
  });

  it('a __proto__ key in a parsed document does not reach the prototype', () => {
    const raw = JSON.parse(
      JSON.stringify(validConfig()).replace(/^\{/, '{"__proto__":{"polluted":true},'),
    );
    parseConfig(raw, fixture);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });
});

describe('config offices', () => {
  it("names the assistant's own office where the config gives one, else the municipality's", () => {
    const ordnungsamt = { name: 'Ordnungsamt Musterstadt', phone: '115' };
    const own = parseConfig({ ...validConfig(), offices: { [fixture.id]: ordnungsamt } }, fixture);
    assert.ok(own.ok);
    assert.deepEqual(own.config.office, ordnungsamt);
    const other = parseConfig({ ...validConfig(), offices: { anderes: ordnungsamt } }, fixture);
    assert.ok(other.ok);
    assert.equal(other.config.office.name, validConfig().office.name);
    const bad = parseConfig(
      { ...validConfig(), offices: { [fixture.id]: { phone: '115' } } },
      fixture,
    );
    assert.ok(!bad.ok);
    assert.deepEqual(
      bad.problems.map((p) => p.path),
      [`offices.${fixture.id}.name`],
    );
  });
});
