/**
 * Issue 5 (size, first render): ibantools is not in any script-tag bundle. It is `komm-iban.js`
 * beside them (src/engine/iban.lazy.ts stands in for src/engine/iban.ts, vite.config.ts), loaded
 * when the step before the one asking for an IBAN is shown, so a German page still loads one file
 * to show its first question, and the IBAN is checked by ibantools in full when it is typed.
 * Checked on the built files with Debian's Chromium and the real hub.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { anmeldungZweiHunde } from '../../src/assistants/hundesteuer/hundesteuer.fixtures.js';
import { assistants } from '../../src/assistants/registry.js';
import type { MunicipalityConfig } from '../../src/engine/config.js';
import { citizen } from './citizen.js';
import { ensureBuilt, launch, recordingPage, root, startSite } from './harness.js';

/** A string only ibantools has (its country table). */
const IBANTOOLS_MARK = 'bban_regexp';

/** DE + check digits + 19 digits: check digits right (mod 97), one digit too long for Germany. */
const TOO_LONG = 'DE543704004405320130001';

let browser: Browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

describe('ibantools as a part of its own', () => {
  test('no bundle carries ibantools; those with an IBAN field import komm-iban.js', async () => {
    const part = readFileSync(ensureBuilt('komm-iban.js'), 'utf8');
    assert.ok(part.includes(IBANTOOLS_MARK), 'komm-iban.js is ibantools');
    assert.doesNotMatch(part, /lit-html|customElements\.define/);
    const cdn = join(root, 'dist/cdn');
    const bundles = readdirSync(cdn).filter(
      (f) => f.endsWith('.js') && !f.endsWith('.en.js') && !f.startsWith('komm-'),
    );
    assert.ok(bundles.includes('hundesteuer.js') && bundles.includes('all.js'), String(bundles));
    for (const file of bundles) {
      const code = readFileSync(join(cdn, file), 'utf8');
      assert.ok(!code.includes(IBANTOOLS_MARK), `${file} still carries ibantools`);
      const id = file.replace(/\.js$/, '');
      const asksIban =
        id === 'all' || JSON.stringify(assistants[id]?.steps ?? []).includes('"iban"');
      if (asksIban) assert.ok(code.includes('komm-iban.js'), `${file} does not load komm-iban.js`);
    }
    // The part itself, as a browser would import it.
    const m = (await import(pathToFileURL(join(cdn, 'komm-iban.js')).href)) as {
      isValidIban: (iban: string) => boolean;
    };
    assert.equal(m.isValidIban('DE89370400440532013000'), true);
    assert.equal(m.isValidIban(TOO_LONG), false);
  });

  test(
    'loaded on the step before the IBAN; a German IBAN one digit too long is refused',
    {
      timeout: 90_000,
    },
    async () => {
      const answers = structuredClone(anmeldungZweiHunde) as typeof anmeldungZweiHunde & {
        zahlung: { bankAccount: { iban: string } };
      };
      answers.zahlung.bankAccount.iban = TOO_LONG;
      const site = await startSite({
        bundle: 'hundesteuer.js',
        config: 'dresden',
        body: (endpoint) =>
          `<komm-hundesteuer config-src="/dresden.json" endpoint="${endpoint}"></komm-hundesteuer>`,
      });
      const { page, recorded } = await recordingPage(browser);
      const loadedIban = () => site.requests.some((r) => r.url === '/komm-iban.js');
      try {
        await page.goto(`${site.origin}/`);
        const def = assistants.hundesteuer!;
        const cfg = JSON.parse(
          readFileSync(join(root, 'examples/config/dresden.json'), 'utf8'),
        ) as MunicipalityConfig;
        const c = citizen(page, def, cfg, answers);
        const bank = c.stepTitles.indexOf(def.messages.de['steps.zahlung.title']!);
        assert.ok(bank > 1, `the payment step is in the walk: ${c.stepTitles.join(' | ')}`);
        for (let i = 0; i < bank; i++) {
          await c.fillStep(i);
          if (i < bank - 1)
            assert.equal(
              loadedIban(),
              false,
              `komm-iban.js loaded already on "${c.stepTitles[i]}"`,
            );
          await c.next(i);
        }
        await c.fillStep(bank);
        await page.waitForFunction(() => true); // one turn for the idle load to be recorded
        assert.ok(loadedIban(), 'komm-iban.js is loaded once the IBAN step is shown');
        const host = page.locator('komm-hundesteuer');
        await host.getByRole('button', { name: c.tr.t('ui.nav.next'), exact: true }).press('Enter');
        await host
          .locator('[part~="error-summary"]')
          .getByText(c.tr.t('ui.error.invalid_iban'))
          .first()
          .waitFor({ timeout: 5000 });
        assert.equal(site.requests.filter((r) => r.url === '/komm-iban.js').length, 1);
        assert.deepEqual(recorded.pageErrors, []);
        assert.deepEqual(recorded.consoleErrors, []);
      } finally {
        await page.context().close();
        await site.close();
      }
    },
  );
});
