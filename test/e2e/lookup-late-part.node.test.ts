/**
 * The WZ field of the trade notice when `komm-lookup.js` comes late (a slow mobile connection),
 * as built (dist/cdn), in Chromium against the real hub. Until the part is there the field is a
 * plain text input (load-fields.ts); what the citizen types into it is kept, and once the
 * combobox takes its place it searches that text by itself: suggestions or "no suggestions"
 * appear, spoken by the field's status line as after typing, with the focus and caret where
 * they were. A part that fails keeps the text and offers "Erneut versuchen"; loaded on that, the
 * combobox searches the text too.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page, Route } from 'playwright-core';
import { gmbhGaststaette } from '../../src/assistants/gewerbeanzeige/gewerbeanzeige.fixtures.js';
import { todayIso } from '../../src/engine/walk.js';
import { launch, recordingPage, startSite } from './harness.js';

const TAG = 'komm-gewerbeanzeige';
const ID = 'f-activities-0-wzCode';
const partUrl = /\/komm-lookup\.js(?:\?retry=\d+)?$/;

/** The page with `komm-lookup.js` held until `release()` (then served, or failed with `fail`). */
async function open(browser: Browser) {
  const site = await startSite({
    bundle: 'gewerbeanzeige.js',
    config: 'dresden',
    body: (endpoint) => `<${TAG} config-src="/dresden.json" endpoint="${endpoint}"></${TAG}>`,
  });
  const { page, recorded } = await recordingPage(browser);
  const held: Route[] = [];
  let hold = true;
  await page.route(partUrl, (route) => (hold ? void held.push(route) : route.continue()));
  await page.goto(`${site.origin}/`);
  const host = page.locator(TAG);
  await host.locator('#step-title').waitFor();
  // The activity step, with the example's other answers and an empty WZ field.
  const answers = gmbhGaststaette(todayIso()) as { activities: Record<string, unknown>[] };
  const activities = answers.activities.map((a, i) => (i ? a : { ...a, wzCode: undefined }));
  await page.evaluate(
    ([tag, a]) => {
      const el = document.querySelector(tag) as HTMLElement & {
        loadAnswers: (a: unknown) => void;
        goTo: (s: string) => void;
      };
      el.loadAnswers(a);
      el.goTo('taetigkeit');
    },
    [TAG, { ...answers, activities }] as const,
  );
  await host.locator(`#${ID}`).waitFor();
  const release = async (fail = false) => {
    hold = false;
    for (let i = 0; !held.length && i < 100; i++) await new Promise((r) => setTimeout(r, 50));
    assert.ok(held.length, 'komm-lookup.js was asked for');
    for (const r of held.splice(0)) await (fail ? r.abort('failed') : r.continue());
  };
  return {
    page,
    recorded,
    host,
    release,
    close: async () => {
      await page.context().close();
      await site.close();
    },
  };
}

/** Types into the plain field as a person does, then moves the caret two characters back. */
async function typePlain(page: Page, host: ReturnType<Page['locator']>, text: string) {
  const plain = host.locator(`#${ID}`);
  assert.equal(await plain.getAttribute('role'), null, 'the part is not there yet: plain input');
  await plain.focus();
  await page.keyboard.type(text);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
}

/** Records what the status line says when it first appears (a live region speaks changes only). */
const watchStatus = (page: Page) =>
  page.evaluate(
    ([tag, id]) => {
      const root = document.querySelector(tag)!.shadowRoot!;
      const w = window as unknown as { firstStatus?: string };
      new MutationObserver(() => {
        const s = root.getElementById(`${id}-status`);
        if (s && w.firstStatus === undefined) w.firstStatus = s.textContent!.trim();
      }).observe(root, { childList: true, subtree: true });
    },
    [TAG, ID] as const,
  );

/** The focused control's id and caret. */
const focus = (page: Page) =>
  page.evaluate((tag) => {
    const a = document.querySelector(tag)!.shadowRoot!.activeElement as HTMLInputElement | null;
    return { id: a?.id, caret: [a?.selectionStart, a?.selectionEnd] };
  }, TAG);

const statusText = async (host: ReturnType<Page['locator']>) =>
  (await host.locator(`#${ID}-status`).textContent())!.replace(/\s+/g, ' ').trim();

describe('WZ field typed into before komm-lookup.js has loaded (dist/cdn, Chromium, real hub)', () => {
  let browser: Browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  test('the typed text is searched once the combobox comes: suggestions, spoken, focus and caret kept', async () => {
    const o = await open(browser);
    try {
      await typePlain(o.page, o.host, 'Fahrrad');
      await watchStatus(o.page);
      await o.release();
      const combo = o.host.locator(`#${ID}[role="combobox"]`);
      await combo.waitFor();
      assert.equal(await combo.inputValue(), 'Fahrrad');
      await o.host.locator(`#${ID}[aria-expanded="true"]`).waitFor({ timeout: 5000 });
      assert.ok((await o.host.getByRole('option').count()) > 0);
      assert.match(await statusText(o.host), /^\d+ Vorschläge\. Wählen Sie|^1 Vorschlag\./);
      // The status line was there, empty, before it spoke: a screen reader hears the change.
      assert.equal(
        await o.page.evaluate(() => (window as { firstStatus?: string }).firstStatus),
        '',
      );
      assert.deepEqual(await focus(o.page), { id: ID, caret: [5, 5] });
      assert.deepEqual(o.recorded.pageErrors, []);
    } finally {
      await o.close();
    }
  });

  test('nothing found for the typed text: the field\'s "no suggestions" note is seen and read with it', async () => {
    const o = await open(browser);
    try {
      await typePlain(o.page, o.host, 'Qxzvbnw');
      await o.release();
      const note = o.host.locator(`#${ID}-status.lookup-note`);
      await note.waitFor({ timeout: 5000 });
      assert.match(
        await statusText(o.host),
        /^Keine Vorschläge\. Versuchen Sie ein anderes Wort\./,
      );
      const combo = o.host.locator(`#${ID}[role="combobox"]`);
      assert.equal(await combo.inputValue(), 'Qxzvbnw');
      assert.match((await combo.getAttribute('aria-describedby'))!, new RegExp(`${ID}-status`));
      assert.deepEqual(await focus(o.page), { id: ID, caret: [5, 5] });
    } finally {
      await o.close();
    }
  });

  test('the part fails: the typed text, focus and caret stay, with "Erneut versuchen"; loaded on that, the text is searched', async () => {
    const o = await open(browser);
    try {
      await typePlain(o.page, o.host, 'Fahrrad');
      await o.release(true);
      const note = o.host.locator(`#${ID}-part`);
      await note.waitFor();
      assert.match(
        (await note.textContent())!.replace(/\s+/g, ' '),
        /Die Vorschläge können gerade nicht geladen werden\. Sie können Ihre Angabe trotzdem eintragen\./,
      );
      assert.equal(await o.host.locator(`#${ID}`).inputValue(), 'Fahrrad');
      assert.deepEqual(await focus(o.page), { id: ID, caret: [5, 5] });
      await o.host.getByRole('button', { name: 'Erneut versuchen' }).first().click();
      const combo = o.host.locator(`#${ID}[role="combobox"]`);
      await combo.waitFor();
      assert.equal(await combo.inputValue(), 'Fahrrad');
      await o.host.locator(`#${ID}[aria-expanded="true"]`).waitFor({ timeout: 5000 });
      assert.equal((await focus(o.page)).id, ID);
      assert.equal(await note.count(), 0);
    } finally {
      await o.close();
    }
  });
});
