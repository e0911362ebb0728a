/**
 * The lookup field in real Chromium against the real hub (started by the WTR config, with the
 * sample register): a WZ 2008 combobox driven by the keyboard, the register court list and the
 * register button, and the hub being down (free text kept, the form still completes). axe on
 * the open list.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { hubInfo } from '../../../test/hub-commands.js';
import { defineAssistant } from '../../engine/define-assistant.js';
import { z } from '../../engine/zod.js';
import { KommAssistant } from '../assistant-element.js';
import { useLookupFields } from './load-fields.js';

// As an assistant's element module does: the template is loaded when a step first shows one.
useLookupFields();

const lookupTest = defineAssistant({
  id: 'lookuptest',
  version: '0.0.1',
  schemaVersion: '1',
  category: 'complex',
  referencePrefix: 'LKT',
  params: z.object({}),
  steps: [
    {
      id: 'taetigkeit',
      fields: [
        { type: 'text', path: 'wzCode', required: true, lookup: { name: 'wz2008' } },
        { type: 'text', path: 'note' },
      ],
    },
    {
      id: 'firma',
      fields: [
        {
          type: 'group',
          path: 'company',
          fields: [
            {
              type: 'select',
              path: 'registerType',
              options: [{ value: 'HRA' }, { value: 'HRB' }],
            },
            {
              type: 'text',
              path: 'registerCourt',
              lookup: { name: 'registergerichte', store: 'label', minChars: 0 },
            },
            {
              type: 'text',
              path: 'registerNumber',
              lookup: {
                name: 'register',
                mode: 'button',
                params: { type: 'registerType', court: 'registerCourt' },
                fills: { registeredName: 'registeredName', legalForm: 'legalForm' },
              },
            },
            { type: 'text', path: 'registeredName' },
            { type: 'text', path: 'legalForm' },
          ],
        },
      ],
    },
    {
      // Fields whose format refuses free text: a WZ code (with its own note), a code without one.
      id: 'kennziffer',
      fields: [
        {
          type: 'text',
          path: 'wz',
          schema: z.string().check(z.regex(/^\d{2}\.\d{2}\.\d$/)),
          lookup: { name: 'wz2008' },
        },
        {
          type: 'text',
          path: 'code',
          schema: z.string().check(z.regex(/^\d{2}\.\d{2}\.\d$/)),
          lookup: { name: 'wz2008' },
        },
      ],
    },
  ],
  messages: {
    de: {
      'steps.taetigkeit.title': 'Ihre Tätigkeit',
      'steps.firma.title': 'Ihr Unternehmen',
      'wzCode.label': 'Wirtschaftszweig (WZ 2008)',
      'wzCode.hint': 'Geben Sie Stichworte oder die Kennziffer ein.',
      'wzCode.required': 'Geben Sie Ihre Tätigkeit an.',
      'note.label': 'Anmerkung',
      'company.label': 'Unternehmen',
      'company.registerType.label': 'Registerart',
      'company.registerType.options.HRA': 'HRA',
      'company.registerType.options.HRB': 'HRB',
      'company.registerCourt.label': 'Registergericht',
      'company.registerNumber.label': 'Registernummer',
      'company.registeredName.label': 'Name laut Register',
      'company.legalForm.label': 'Rechtsform',
      'steps.kennziffer.title': 'Kennziffer',
      'wz.label': 'WZ-Code',
      'wz.invalid_format': 'Geben Sie den Code mit Punkten ein, zum Beispiel 47.64.1.',
      'wz.lookup.none':
        'Keine Vorschläge. Geben Sie den Code mit Punkten ein, zum Beispiel 47.64.1.',
      'code.label': 'Kennziffer',
      'code.invalid_format': 'Geben Sie die Kennziffer mit Punkten ein.',
    },
    en: {},
  },
});

class KommLookupTest extends KommAssistant {
  static override definition = lookupTest;
}
KommLookupTest.define('komm-lookup-test');

const config = () => ({
  municipality: { name: 'Musterstadt', ags: '14612000' },
  privacyNoticeUrl: 'https://www.musterstadt.de/datenschutz',
  office: { name: 'Gewerbeamt Musterstadt' },
  assistants: { lookuptest: {} },
});

const q = <T extends Element = HTMLElement>(el: HTMLElement, sel: string) =>
  el.shadowRoot!.querySelector<T>(sel);
const qa = <T extends Element = HTMLElement>(el: HTMLElement, sel: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(sel),
];

describe('lookup field', () => {
  let endpoint: string;
  before(async () => {
    endpoint = (await hubInfo()).url;
  });
  beforeEach(() => sessionStorage.clear());

  const mount = async (url = endpoint, lang = 'de') => {
    const el = await fixture<KommLookupTest>(
      html`<komm-lookup-test .config=${config()} endpoint=${url} lang=${lang}></komm-lookup-test>`,
    );
    await waitUntil(() => q(el, '#step-title'), 'assistant did not render', { timeout: 5000 });
    // The lookup template comes on demand (load-fields.ts); until then the field is plain text.
    await waitUntil(
      () => q(el, '#f-wzCode')?.getAttribute('role') !== null || !q(el, '#f-wzCode'),
      'lookup template not loaded',
    );
    return el;
  };
  const typeInto = async (el: KommLookupTest, id: string, text: string) => {
    q<HTMLInputElement>(el, `#${id}`)!.focus();
    await sendKeys({ type: text });
  };
  const optionsShown = (el: KommLookupTest, id: string) =>
    waitUntil(
      () => q(el, `#${id}`)!.getAttribute('aria-expanded') === 'true',
      'no suggestions shown',
      { timeout: 4000 },
    );

  it('suggests WZ codes as one types a code; arrows and Enter choose one', async () => {
    const el = await mount();
    const input = q<HTMLInputElement>(el, '#f-wzCode')!;
    expect(input.getAttribute('role')).to.equal('combobox');
    expect(input.getAttribute('aria-controls')).to.equal('f-wzCode-listbox');
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    await typeInto(el, 'f-wzCode', '4711');
    await optionsShown(el, 'f-wzCode');
    const options = qa(el, '#f-wzCode-listbox [role="option"]');
    expect(options.map((o) => o.textContent!.trim().slice(0, 7))).to.deep.equal([
      '47.11 E',
      '47.11.1',
      '47.11.2',
    ]);
    expect(q(el, '#f-wzCode-status')!.getAttribute('role')).to.equal('status');
    expect(q(el, '#f-wzCode-status')!.textContent).to.contain('3 Vorschläge');
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(input.getAttribute('aria-activedescendant')).to.equal('f-wzCode-option-1');
    expect(q(el, '#f-wzCode-option-1')!.getAttribute('aria-selected')).to.equal('true');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(input.value).to.equal('47.11.1');
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    expect(q(el, '#f-wzCode-listbox')!.hidden).to.equal(true);
    expect(el.shadowRoot!.activeElement).to.equal(input);
    // Enter took the option: the step was not sent.
    expect(q(el, '#step-title')!.textContent).to.contain('Ihre Tätigkeit');
    expect(el.getPayload()!.data.wzCode).to.equal('47.11.1');
    // Escape with the list closed clears the field (APG), so one can start over.
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(input.value).to.equal('');
    expect(el.getPayload()!.data.wzCode).to.equal(undefined);
  });

  it('finds words regardless of umlauts; Escape closes the list and keeps the text', async () => {
    const el = await mount();
    await typeInto(el, 'f-wzCode', 'Baeckerei');
    await optionsShown(el, 'f-wzCode');
    expect(q(el, '#f-wzCode-option-0')!.textContent).to.contain(
      '10.71.0 Herstellung von Backwaren',
    );
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    const input = q<HTMLInputElement>(el, '#f-wzCode')!;
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    expect(input.value).to.equal('Baeckerei');
    // Free text is an answer too: the step can be completed without choosing.
    q<HTMLButtonElement>(el, 'button.primary')!.click();
    await waitUntil(() => q(el, '#step-title')!.textContent!.includes('Ihr Unternehmen'));
    expect(el.getPayload()!.data.wzCode).to.equal('Baeckerei');
  });

  it('opens no list for an answer that arrives after the person left the field', async () => {
    const el = await mount();
    await typeInto(el, 'f-wzCode', 'Software');
    await sendKeys({ press: 'Tab' }); // before the 250 ms have passed
    expect(el.shadowRoot!.activeElement?.id).to.equal('f-note');
    await new Promise((r) => setTimeout(r, 1200));
    await el.updateComplete;
    expect(q(el, '#f-wzCode')!.getAttribute('aria-expanded')).to.equal('false');
    expect(q(el, '#f-wzCode-status')!.textContent!.trim()).to.equal('');
    // Back in the field, the arrow key shows what was found meanwhile.
    q<HTMLInputElement>(el, '#f-wzCode')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(q(el, '#f-wzCode')!.getAttribute('aria-expanded')).to.equal('true');
    expect(q(el, '#f-wzCode')!.getAttribute('aria-activedescendant')).to.equal('f-wzCode-option-0');
  });

  it('asks nothing for a field that left the page before the pause ended', async () => {
    const asked: string[] = [];
    const el = await mount();
    el.fetchFn = (url: string, init: RequestInit) => {
      asked.push(url);
      return fetch(url, init);
    };
    await typeInto(el, 'f-wzCode', '47.11.1');
    q<HTMLButtonElement>(el, 'button.primary')!.click(); // on to the next step at once
    await waitUntil(() => q(el, '#step-title')!.textContent!.includes('Ihr Unternehmen'));
    await new Promise((r) => setTimeout(r, 600));
    expect(asked.filter((u) => u.includes('/lookups/wz2008'))).to.deep.equal([]);
  });

  it('keeps free text and completes the step when the hub is down', async () => {
    const el = await mount('http://127.0.0.1:9/api/v1');
    await typeInto(el, 'f-wzCode', 'Bäckerei');
    await waitUntil(
      () => q(el, '#f-wzCode-status')!.textContent!.includes('nicht verfügbar'),
      'no note that suggestions are unavailable',
      { timeout: 5000 },
    );
    const note = q(el, '#f-wzCode-status')!;
    expect(note.className).to.contain('lookup-note'); // visible, not only announced
    const input = q<HTMLInputElement>(el, '#f-wzCode')!;
    expect(input.value).to.equal('Bäckerei');
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    expect(input.getAttribute('aria-describedby')).to.contain('f-wzCode-status');
    await expect(el).to.be.accessible();
    q<HTMLButtonElement>(el, 'button.primary')!.click();
    await waitUntil(() => q(el, '#step-title')!.textContent!.includes('Ihr Unternehmen'));
    expect(q(el, '[part="error-summary"]')).to.equal(null);
  });

  it('speaks English on an English page', async () => {
    const el = await mount('http://127.0.0.1:9/api/v1', 'en');
    await typeInto(el, 'f-wzCode', 'Bakery');
    await waitUntil(
      () => q(el, '#f-wzCode-status')!.textContent!.includes('Suggestions are not available'),
      'no English note',
      { timeout: 5000 },
    );
  });

  // The dash of "-zubehör" stays with its word (a word joiner), not alone at a line's end.
  const BIKES = '47.64.1 – Einzelhandel mit Fahrrädern, Fahrradteilen und -\u2060zubehör';
  /** What a reload forgets: the labels of chosen items (lookup-source.ts). */
  const forgetLabels = () =>
    delete (globalThis as Record<symbol, unknown>)[Symbol.for('komm-assistenten.lookup-labels')];
  const chooseBikes = async (el: KommLookupTest) => {
    await typeInto(el, 'f-wzCode', '47641');
    await optionsShown(el, 'f-wzCode');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
  };
  const toReview = async (el: KommLookupTest) => {
    q<HTMLButtonElement>(el, 'button.primary')!.click();
    await waitUntil(() => q(el, '#step-title')!.textContent!.includes('Ihr Unternehmen'));
    q<HTMLButtonElement>(el, 'button.primary')!.click();
    await waitUntil(() => q(el, '#step-title')!.textContent!.includes('Kennziffer'));
    q<HTMLButtonElement>(el, 'button.primary')!.click();
    await waitUntil(() => q(el, '[part="review"]'), 'no review');
  };
  const reviewRow = (el: KommLookupTest) =>
    qa(el, '.review-row').find((r) => r.textContent!.includes('Wirtschaftszweig'))!;

  it("shows the chosen item's title under the field and in the review; the answer stays the code", async () => {
    forgetLabels();
    const el = await mount();
    await chooseBikes(el);
    const input = q<HTMLInputElement>(el, '#f-wzCode')!;
    expect(input.value).to.equal('47.64.1');
    const chosen = q(el, '#f-wzCode-chosen')!;
    expect(chosen, 'no title after choosing').to.exist;
    expect(chosen.textContent!.trim()).to.equal(`Ihre Auswahl: ${BIKES}`);
    expect(chosen.checkVisibility()).to.equal(true);
    // Read with the field (described), not spoken again by a live region.
    expect(input.getAttribute('aria-describedby')).to.contain('f-wzCode-chosen');
    expect(chosen.closest('[role="status"], [aria-live]')).to.equal(null);
    expect(q(el, '#f-wzCode-status')!.textContent!.trim()).to.equal('');
    await expect(el).to.be.accessible();
    expect(el.getPayload()!.data.wzCode).to.equal('47.64.1');
    // Typing on drops the title of the old choice.
    await sendKeys({ type: '9' });
    await el.updateComplete;
    expect(q(el, '#f-wzCode-chosen')).to.equal(null);
    await sendKeys({ press: 'Backspace' });
    await el.updateComplete;

    await toReview(el);
    expect(reviewRow(el).querySelector('dd')!.textContent!.trim()).to.equal(BIKES);
    expect(el.getPayload()!.data.wzCode).to.equal('47.64.1');
  });

  it('shows the title again for a code from the prefill or a draft (asked from the hub)', async () => {
    forgetLabels();
    const prefilled = await fixture<KommLookupTest>(
      html`<komm-lookup-test
        .config=${config()}
        .prefill=${{ wzCode: { value: '47.64.1', source: 'Servicekonto' } }}
        endpoint=${endpoint}
      ></komm-lookup-test>`,
    );
    await waitUntil(() => q(prefilled, '#f-wzCode-chosen'), 'no title for a prefilled code', {
      timeout: 5000,
    });
    expect(q(prefilled, '#f-wzCode-chosen')!.textContent).to.contain(BIKES);
    expect(q<HTMLInputElement>(prefilled, '#f-wzCode')!.value).to.equal('47.64.1');
    prefilled.remove();
    sessionStorage.clear();

    // A draft left on the review, then a reload: the review asks, and so does the field.
    const el = await mount();
    await chooseBikes(el);
    await toReview(el);
    el.remove(); // saves the draft
    forgetLabels();
    const again = await mount();
    await waitUntil(() => q(again, '[part="review"]'), 'draft not on the review');
    await waitUntil(() => reviewRow(again).textContent!.includes(BIKES), 'no title in the review', {
      timeout: 5000,
    });
    forgetLabels();
    qa<HTMLButtonElement>(again, '.review-step-head button')[0]!.click();
    await waitUntil(() => q(again, '#f-wzCode-chosen'), "no title for the draft's code", {
      timeout: 5000,
    });
    expect(q(again, '#f-wzCode-chosen')!.textContent).to.contain(BIKES);
    expect(again.getPayload()!.data.wzCode).to.equal('47.64.1');
  });

  it('shows "no suggestions" under the field and says it once; it stays when the field is left', async () => {
    const el = await mount();
    await typeInto(el, 'f-wzCode', 'Xylofonbau');
    const status = q(el, '#f-wzCode-status')!;
    await waitUntil(() => status.textContent!.includes('Keine Vorschläge'), 'no "none"', {
      timeout: 4000,
    });
    expect(status.getAttribute('role')).to.equal('status');
    expect(status.checkVisibility(), 'seen, not only announced').to.equal(true);
    expect(status.getClientRects().length).to.be.greaterThan(0);
    expect(status.getBoundingClientRect().height).to.be.greaterThan(1);
    // One place says it: no second live region or visible copy.
    const saying = qa(el, '*').filter(
      (e) => e.children.length === 0 && e.textContent!.includes('Keine Vorschläge'),
    );
    expect(saying).to.deep.equal([status]);
    expect(q(el, '#f-wzCode')!.getAttribute('aria-expanded')).to.equal('false');
    await expect(el).to.be.accessible();
    // Leaving the field moves nothing below it (a stranger's first click on the next question
    // missed when the note vanished on blur and the page moved up under the pointer).
    const below = q(el, '#f-wzCode')!.closest('.field')?.nextElementSibling ?? status;
    const top = below.getBoundingClientRect().top;
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(status.textContent).to.contain('Keine Vorschläge');
    expect(status.getBoundingClientRect().height).to.be.greaterThan(1);
    expect(below.getBoundingClientRect().top).to.equal(top);
  });

  it('says "no suggestions" in English on an English page', async () => {
    const el = await mount(endpoint, 'en');
    await typeInto(el, 'f-wzCode', 'Xylophones');
    const status = q(el, '#f-wzCode-status')!;
    await waitUntil(() => status.textContent!.includes('No suggestions'), 'no English "none"', {
      timeout: 4000,
    });
    expect(status.checkVisibility()).to.equal(true);
    // Seen, not only announced: a visually hidden status is 1 px high and passes checkVisibility.
    expect(status.getBoundingClientRect().height).to.be.greaterThan(1);
  });

  // Stranger walk at 320 px: "Keine Vorschläge. Sie können Ihre Angabe trotzdem so eintragen."
  // stood under the WZ field, and "Weiter" then refused that very text with a format error.
  const noteAt = async (el: KommLookupTest, id: string, text: string) => {
    el.goTo('kennziffer');
    await el.updateComplete;
    await waitUntil(() => q(el, `#${id}`)?.getAttribute('role') === 'combobox', 'no combobox');
    await typeInto(el, id, text);
    const status = q(el, `#${id}-status`)!;
    await waitUntil(() => status.textContent!.trim() !== '', 'no note', { timeout: 4000 });
    return status.textContent!.trim();
  };

  it("says the field's own way on when nothing is suggested, not that the text may stay", async () => {
    const el = await mount();
    expect(await noteAt(el, 'f-wz', 'Xylofonbau')).to.equal(
      'Keine Vorschläge. Geben Sie den Code mit Punkten ein, zum Beispiel 47.64.1.',
    );
  });

  it('promises nothing the format refuses: without its own note, "try another word"', async () => {
    const el = await mount();
    const note = await noteAt(el, 'f-code', 'Xylofonbau');
    expect(note).to.equal('Keine Vorschläge. Versuchen Sie ein anderes Wort.');
    expect(note).not.to.contain('trotzdem');
    // What the note leaves out is indeed refused.
    q<HTMLButtonElement>(el, 'button.primary')!.click();
    await waitUntil(() => q(el, '#f-code-error')?.textContent?.includes('mit Punkten'), 'no error');
  });

  it('with the hub down, says only that suggestions are unavailable where the format refuses the text', async () => {
    const el = await mount('http://127.0.0.1:9/api/v1');
    expect(await noteAt(el, 'f-code', 'Bäckerei')).to.equal(
      'Vorschläge sind gerade nicht verfügbar.',
    );
  });

  it('promises nothing the format refuses, in English too', async () => {
    const el = await mount(endpoint, 'en');
    expect(await noteAt(el, 'f-code', 'Xylophones')).to.equal('No suggestions. Try another word.');
  });

  const toCompanyStep = async () => {
    const el = await mount();
    await typeInto(el, 'f-wzCode', 'Software');
    q<HTMLButtonElement>(el, 'button.primary')!.click();
    await waitUntil(() => q(el, '#step-title')!.textContent!.includes('Ihr Unternehmen'));
    return el;
  };

  it("lists Saxony's register courts first on focus and stores the chosen court's name", async () => {
    const el = await toCompanyStep();
    q<HTMLInputElement>(el, '#f-company-registerCourt')!.focus();
    await optionsShown(el, 'f-company-registerCourt');
    const labels = qa(el, '#f-company-registerCourt-listbox [role="option"]').map((o) =>
      o.textContent!.trim(),
    );
    expect(labels.slice(0, 3)).to.deep.equal([
      'Amtsgericht Chemnitz',
      'Amtsgericht Dresden',
      'Amtsgericht Leipzig',
    ]);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(q<HTMLInputElement>(el, '#f-company-registerCourt')!.value).to.equal(
      'Amtsgericht Dresden',
    );
  });

  it('fills name and legal form from the register, and says plainly when nothing is found', async () => {
    const el = await toCompanyStep();
    const button = () =>
      qa<HTMLButtonElement>(el, 'button').find((b) =>
        b.textContent!.includes('Im Register nachsehen'),
      )!;
    const status = () => q(el, '#f-company-registerNumber-status')!.textContent!;
    // Nothing chosen yet: it says which fields are missing.
    button().click();
    await el.updateComplete;
    expect(status()).to.contain('Füllen Sie zuerst diese Felder aus');
    expect(status()).to.contain('Registerart');

    const select = q<HTMLSelectElement>(el, '#f-company-registerType')!;
    select.value = 'HRB';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await typeInto(el, 'f-company-registerCourt', 'Dresden');
    await sendKeys({ press: 'Escape' });
    await typeInto(el, 'f-company-registerNumber', '12345');
    button().click();
    await waitUntil(() => status().includes('Gefunden'), 'register not asked', { timeout: 5000 });
    await el.updateComplete;
    expect(status()).to.contain('Elbtal Software GmbH');
    expect(q<HTMLInputElement>(el, '#f-company-registeredName')!.value).to.equal(
      'Elbtal Software GmbH',
    );
    expect(q<HTMLInputElement>(el, '#f-company-legalForm')!.value).to.equal('350');
    await expect(el).to.be.accessible();

    const number = q<HTMLInputElement>(el, '#f-company-registerNumber')!;
    number.select();
    await sendKeys({ type: '99999' });
    await el.updateComplete;
    expect(status().trim(), 'the old answer goes when the number changes').to.equal('');
    button().click();
    await waitUntil(() => status().includes('nichts gefunden'), 'no "not found"', {
      timeout: 5000,
    });
    // What was filled stays; the person decides.
    expect(q<HTMLInputElement>(el, '#f-company-registeredName')!.value).to.equal(
      'Elbtal Software GmbH',
    );
  });
});
