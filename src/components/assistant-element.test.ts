/**
 * Behaviour of the wizard shell that every assistant inherits, driven through a small test
 * definition (src/engine/test-fixtures.ts) in real Chromium.
 */
import { expect, fixture as mount, html, oneEvent, waitUntil } from '@open-wc/testing';
import { fixture as testDefinition, validConfig } from '../engine/test-fixtures.js';
import { KommAssistant } from './assistant-element.js';
import type { KommStepChangeEvent } from '../events/step-change.js';
import { a11ySnapshot } from '@web/test-runner-commands';

class KommTestAssistant extends KommAssistant {
  static override definition = testDefinition;
}
KommTestAssistant.define('komm-test-assistant');

const root = (el: HTMLElement) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: HTMLElement, sel: string) =>
  root(el).querySelector<T>(sel);
const ready = async (el: KommAssistant) => {
  await waitUntil(
    () => $(el, '#step-title') || $(el, '.config-error'),
    'assistant did not render',
    { timeout: 4000 },
  );
  await el.updateComplete;
};
const clickNext = async (el: KommAssistant) => {
  $<HTMLButtonElement>(el, 'button.primary')!.click();
  await el.updateComplete;
  await el.updateComplete;
};

describe('KommAssistant (wizard shell)', () => {
  beforeEach(() => sessionStorage.clear());

  it('shows a visible German error naming the bad key when the config is invalid', async () => {
    const bad = { ...validConfig(), municipality: { name: 'X', ags: 'abc' } };
    const errors: unknown[] = [];
    const orig = console.error;
    console.error = (...a: unknown[]) => errors.push(a);
    try {
      const el = await mount<KommAssistant>(
        html`<komm-test-assistant .config=${bad}></komm-test-assistant>`,
      );
      await ready(el);
      const box = $(el, '.config-error')!;
      expect(box).to.exist;
      expect(box.textContent).to.contain('municipality.ags');
      expect(box.textContent).to.contain('Dieser Antrag kann gerade nicht angezeigt werden');
      expect($(el, 'form')).to.equal(null);
      el.requestUpdate();
      await el.updateComplete;
      expect(errors.length, 'logged once, not on every render').to.equal(1);
      await expect(el).to.be.accessible();
    } finally {
      console.error = orig;
    }
  });

  it('names the URL when config-src cannot be loaded', async () => {
    const orig = console.error;
    console.error = () => {};
    try {
      const el = await mount<KommAssistant>(
        html`<komm-test-assistant config-src="/does-not-exist.json"></komm-test-assistant>`,
      );
      await ready(el);
      expect($(el, '.config-error')!.textContent).to.contain('/does-not-exist.json');
    } finally {
      console.error = orig;
    }
  });

  it('validates on "Weiter": summary takes focus, its link focuses the field, aria-invalid is set', async () => {
    const el = await mount<KommAssistant>(
      html`<komm-test-assistant .config=${validConfig()}></komm-test-assistant>`,
    );
    await ready(el);
    expect($(el, '#step-title')!.textContent).to.contain('Ihr Anliegen'); // municipality override
    await clickNext(el);
    const summary = $(el, '[part="error-summary"]')!;
    expect(summary).to.exist;
    expect(root(el).activeElement).to.equal(summary);
    const link = summary.querySelector('a')!;
    link.click();
    const radio = $<HTMLInputElement>(el, 'input[type="radio"]')!;
    expect(root(el).activeElement).to.equal(radio);
    expect(radio.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '[part="error"]')!.textContent).to.contain('Fehler:');
    await expect(el).to.be.accessible();
  });

  it('moves to the next step, focuses its heading and reports the change without values', async () => {
    const el = await mount<KommAssistant>(
      html`<komm-test-assistant .config=${validConfig()}></komm-test-assistant>`,
    );
    await ready(el);
    await clickNext(el); // nothing chosen: an error first, reported as a code on leaving
    $<HTMLInputElement>(el, 'input[value="anmeldung"]')!.click();
    setTimeout(() => void clickNext(el));
    const ev = (await oneEvent(el, 'komm-step-change')) as KommStepChangeEvent;
    expect(ev.detail.from).to.equal('anliegen');
    expect(ev.detail.to).to.equal('halter');
    expect(ev.detail.errorCodes).to.deep.equal(['requestType.required']);
    expect(JSON.stringify(ev.detail)).not.to.contain('anmeldung');
    await el.updateComplete;
    expect(root(el).activeElement).to.equal($(el, '#step-title'));
    expect($(el, '[part="progress"]')!.textContent!.trim()).to.equal('Schritt 2');
  });

  it('lays the next step out ahead while idle, hidden from everyone (no trace: focus, ids, draft, events)', async () => {
    const el = await mount<KommAssistant>(
      html`<komm-test-assistant .config=${validConfig()}></komm-test-assistant>`,
    );
    await ready(el);
    const shown = $(el, '#step-title')!;
    const focused = document.activeElement;
    const events: string[] = [];
    for (const type of ['komm-draft-saved', 'komm-step-change'])
      el.addEventListener(type, () => events.push(type));
    await waitUntil(() => $(el, '.next-step'), 'not laid out ahead', { timeout: 4000 });
    const next = $(el, '.next-step')!;
    // Right after the shown step, skipped by rendering: not painted, not in the accessibility
    // tree, not focusable, and without the heading's id.
    expect(next.previousElementSibling!.contains(shown)).to.equal(true);
    expect(getComputedStyle(next).contentVisibility).to.equal('hidden');
    expect(next.getAttribute('aria-hidden')).to.equal('true');
    expect(next.getBoundingClientRect().height).to.equal(0);
    const input = next.querySelector<HTMLInputElement>('input')!;
    expect(input.checkVisibility()).to.equal(false);
    input.focus();
    expect(root(el).activeElement).to.equal(null);
    expect(root(el).querySelectorAll('#step-title').length).to.equal(1);
    expect(next.querySelector('[part="step-title"]')!.id).to.equal('');
    const tree = JSON.stringify(await a11ySnapshot({}));
    expect(tree).to.contain('Ihr Anliegen');
    expect(tree).not.to.contain(next.querySelector('[part="step-title"]')!.textContent!.trim());
    expect(document.activeElement).to.equal(focused);
    expect(events).to.deep.equal([]);
    expect(sessionStorage.length).to.equal(0);
    await expect(el).to.be.accessible(); // axe: nothing focusable under aria-hidden, no duplicate ids
    // Where `content-visibility` is unknown, the stylesheet hides it with `display: none`.
    const fallback = root(el)
      .adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules])
      .filter((r): r is CSSSupportsRule => r instanceof CSSSupportsRule)
      .find((r) => r.conditionText === 'not (content-visibility: hidden)');
    const rule = [...(fallback?.cssRules ?? [])].find(
      (r): r is CSSStyleRule => r instanceof CSSStyleRule && r.selectorText === '.next-step',
    );
    expect(rule?.style.display).to.equal('none');
  });

  it('"Weiter" shows the step laid out ahead where it is (not built or inserted again)', async () => {
    const el = await mount<KommAssistant>(
      html`<komm-test-assistant .config=${validConfig()}></komm-test-assistant>`,
    );
    await ready(el);
    await waitUntil(() => $(el, '.next-step'), 'not laid out ahead', { timeout: 4000 });
    const next = $(el, '.next-step')!;
    const heading = next.querySelector('[part="step-title"]')!;
    expect(heading.textContent).not.to.contain('Ihr Anliegen');
    // Choosing changes the answers: the next step is rendered ahead again, still hidden.
    $<HTMLInputElement>(el, 'input[value="anmeldung"]')!.click();
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 200));
    expect(next.className).to.equal('next-step');
    expect(next.querySelector('[part="step-title"]')).to.equal(heading);
    expect(root(el).querySelectorAll('#step-title').length).to.equal(1);
    // From here on, nothing may insert it again: a re-inserted element is laid out afresh.
    const inserted: Node[] = [];
    const watch = new MutationObserver((records) =>
      records.forEach((r) => r.addedNodes.forEach((n) => inserted.push(n))),
    );
    watch.observe(next.parentNode!, { childList: true });
    await clickNext(el);
    watch.disconnect();
    expect(inserted).to.deep.equal([]);
    expect(next.className).to.equal('');
    expect(getComputedStyle(next).contentVisibility).to.equal('visible');
    expect(next.hasAttribute('aria-hidden')).to.equal(false);
    expect($(el, '#step-title')).to.equal(heading);
    expect(root(el).activeElement).to.equal(heading);
    expect(root(el).querySelectorAll('#step-title, form').length).to.equal(2);
    // The handlers of the DOM built ahead are the live ones: typing is kept, "Zurück" works.
    const name = $<HTMLInputElement>(el, '#f-halter-familyName')!;
    name.value = 'Müller';
    name.dispatchEvent(new Event('input'));
    expect(
      (el.getPayload()!.data as { halter?: { familyName?: string } }).halter?.familyName,
    ).to.equal('Müller');
    $<HTMLButtonElement>(el, 'button.secondary')!.click();
    await el.updateComplete;
    expect($(el, '#step-title')!.textContent).to.contain('Ihr Anliegen');
    await expect(el).to.be.accessible();
  });

  it('restores answers and step after a reload (sessionStorage draft)', async () => {
    const config = validConfig();
    const el = await mount<KommAssistant>(
      html`<komm-test-assistant .config=${config}></komm-test-assistant>`,
    );
    await ready(el);
    $<HTMLInputElement>(el, 'input[value="anmeldung"]')!.click();
    await clickNext(el);
    const name = $<HTMLInputElement>(el, '#f-halter-familyName')!;
    name.value = 'Müller';
    name.dispatchEvent(new Event('input'));
    el.remove();
    const again = await mount<KommAssistant>(
      html`<komm-test-assistant .config=${config}></komm-test-assistant>`,
    );
    await ready(again);
    expect($<HTMLInputElement>(again, '#f-halter-familyName')!.value).to.equal('Müller');
  });

  it('keeps the drafts of two identical assistants with different ids apart', async () => {
    const config = validConfig();
    const wrap = await mount<HTMLDivElement>(
      html`<div>
        <komm-test-assistant id="a" .config=${config}></komm-test-assistant>
        <komm-test-assistant id="b" .config=${config}></komm-test-assistant>
      </div>`,
    );
    const [a, b] = [...wrap.querySelectorAll<KommAssistant>('komm-test-assistant')] as [
      KommAssistant,
      KommAssistant,
    ];
    await ready(a);
    await ready(b);
    $<HTMLInputElement>(a, 'input[value="anmeldung"]')!.click();
    $<HTMLInputElement>(b, 'input[value="abmeldung"]')!.click();
    await new Promise((r) => setTimeout(r, 400)); // drafts are written after a short pause
    wrap.remove();
    const again = await mount<HTMLDivElement>(
      html`<div>
        <komm-test-assistant id="a" .config=${config}></komm-test-assistant>
        <komm-test-assistant id="b" .config=${config}></komm-test-assistant>
      </div>`,
    );
    const [a2, b2] = [...again.querySelectorAll<KommAssistant>('komm-test-assistant')] as [
      KommAssistant,
      KommAssistant,
    ];
    await ready(a2);
    await ready(b2);
    expect($<HTMLInputElement>(a2, 'input[value="anmeldung"]')!.checked).to.equal(true);
    expect($<HTMLInputElement>(b2, 'input[value="abmeldung"]')!.checked).to.equal(true);
  });

  it('keeps no draft with draft="off"', async () => {
    const config = validConfig();
    const el = await mount<KommAssistant>(
      html`<komm-test-assistant draft="off" .config=${config}></komm-test-assistant>`,
    );
    await ready(el);
    $<HTMLInputElement>(el, 'input[value="anmeldung"]')!.click();
    await clickNext(el);
    el.remove();
    expect(Object.keys(sessionStorage).filter((k) => k.startsWith('komm-draft'))).to.deep.equal([]);
  });

  it('speaks English with lang="en" and follows the nearest ancestor lang', async () => {
    const el = await mount<KommAssistant>(
      html`<komm-test-assistant lang="en" .config=${validConfig()}></komm-test-assistant>`,
    );
    await ready(el);
    expect($(el, 'button.primary')!.textContent!.trim()).to.equal('Continue');
    const wrap = await mount<HTMLDivElement>(
      html`<div lang="en-GB">
        <komm-test-assistant .config=${validConfig()}></komm-test-assistant>
      </div>`,
    );
    const inner = wrap.querySelector<KommAssistant>('komm-test-assistant')!;
    await ready(inner);
    expect($(inner, 'button.primary')!.textContent!.trim()).to.equal('Continue');
    wrap.setAttribute('lang', 'de');
    await waitUntil(() => $(inner, 'button.primary')!.textContent!.trim() === 'Weiter');
    expect($(inner, 'div[lang="de"]'), 'content declares its language').to.exist;
    expect(inner.hasAttribute('lang'), 'the host keeps no empty lang').to.equal(false);
  });

  it('places every heading relative to heading-level (axe heading order at level 4)', async () => {
    const el = await mount<KommAssistant>(
      html`<section>
        <h3>Bürgerservice</h3>
        <komm-test-assistant heading-level="4" .config=${validConfig()}></komm-test-assistant>
      </section>`,
    );
    const inner = el.querySelector<KommAssistant>('komm-test-assistant')!;
    await ready(inner);
    await clickNext(inner);
    expect($(inner, 'h4#step-title')).to.exist;
    expect($(inner, '[part="error-summary"] h4')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('takes prefilled values, marks them on the review and lists them in the payload', async () => {
    const { validAnmeldung } = await import('../engine/test-fixtures.js');
    const prefill = { 'halter.familyName': { value: 'Müller', source: 'BundID' } };
    const el = await mount<KommAssistant>(
      html`<komm-test-assistant
        .prefill=${prefill}
        .config=${validConfig()}
      ></komm-test-assistant>`,
    );
    await ready(el);
    el.loadAnswers({ ...validAnmeldung(), halter: { ...(validAnmeldung().halter as object) } });
    el.goTo('review');
    await el.updateComplete;
    expect($(el, '[part="review"]')!.textContent).to.contain('(übernommen aus BundID)');
    expect(el.getPayload()!.prefilled).to.deep.equal(['/data/halter/familyName']);
    // A value the citizen changed is theirs, not the prefill's.
    el.loadAnswers({
      ...validAnmeldung(),
      halter: { ...(validAnmeldung().halter as object), familyName: 'Meier' },
    });
    await el.updateComplete;
    expect(el.getPayload()!.prefilled).to.deep.equal([]);
    expect($(el, '[part="review"]')!.textContent).not.to.contain('übernommen');
  });

  it('fires komm-submit cancelably: a cancelled submission sends nothing', async () => {
    const { validAnmeldung } = await import('../engine/test-fixtures.js');
    let calls = 0;
    const fetchFn = (() => {
      calls++;
      return Promise.reject(new Error('must not be called'));
    }) as typeof fetch;
    const el = await mount<KommAssistant>(
      html`<komm-test-assistant
        .fetchFn=${fetchFn}
        .config=${validConfig()}
      ></komm-test-assistant>`,
    );
    await ready(el);
    el.loadAnswers(validAnmeldung());
    el.goTo('review');
    await el.updateComplete;
    el.addEventListener('komm-submit', (e) => e.preventDefault());
    $<HTMLButtonElement>(el, 'button.primary')!.click();
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    expect(calls).to.equal(0);
    expect($(el, '[part="review"]')).to.exist;
  });

  it('keeps no draft after a successful submission (also not after the debounce or a reload)', async () => {
    const { validAnmeldung } = await import('../engine/test-fixtures.js');
    const fetchFn = (async () =>
      new Response(
        JSON.stringify({ reference: 'HST-2026-000001', receivedAt: '2026-11-29T10:00:00.000Z' }),
        {
          status: 201,
          headers: { 'Content-Type': 'application/json' },
        },
      )) as typeof fetch;
    const el = await mount<KommAssistant>(
      html`<komm-test-assistant
        .fetchFn=${fetchFn}
        .config=${validConfig()}
      ></komm-test-assistant>`,
    );
    await ready(el);
    el.loadAnswers(validAnmeldung());
    el.goTo('review');
    await el.updateComplete;
    $<HTMLButtonElement>(el, 'button.primary')!.click();
    await waitUntil(() => $(el, '[part="confirmation"]'), 'no confirmation');
    // Reads as a sentence whatever the office is called ("Landeshauptstadt Dresden, Ordnungsamt").
    expect($(el, '[part="confirmation"]')!.textContent).to.contain(
      'Zuständig für Ihren Antrag: Steueramt Musterstadt. Bitte geben Sie bei Rückfragen',
    );
    await new Promise((r) => setTimeout(r, 400));
    el.remove();
    expect(Object.keys(sessionStorage).filter((k) => k.startsWith('komm-draft'))).to.deep.equal([]);
  });

  it('sends the very same body again for the same application id (after a failure and after a reload)', async () => {
    const { validAnmeldung } = await import('../engine/test-fixtures.js');
    const bodies: string[] = [];
    const fetchFn = (async (_url: string, init: RequestInit) => {
      bodies.push(String(init.body));
      await new Promise((r) => setTimeout(r, 20));
      return new Response(
        JSON.stringify({ type: 'about:blank', title: 'Bad Request', status: 400 }),
        {
          status: 400,
          headers: { 'Content-Type': 'application/problem+json' },
        },
      );
    }) as typeof fetch;
    const config = validConfig();
    const el = await mount<KommAssistant>(
      html`<komm-test-assistant .fetchFn=${fetchFn} .config=${config}></komm-test-assistant>`,
    );
    await ready(el);
    el.loadAnswers(validAnmeldung());
    el.goTo('review');
    await el.updateComplete;
    const send = async (host: KommAssistant, n: number) => {
      $<HTMLButtonElement>(host, 'button.primary')!.click();
      await waitUntil(() => bodies.length === n && $(host, '.submit-failure'), 'no failure shown');
    };
    await send(el, 1);
    await new Promise((r) => setTimeout(r, 5)); // another millisecond on the clock
    el.lang = 'en'; // and the citizen switched the language before trying again
    await el.updateComplete;
    await send(el, 2);
    expect(bodies[1]).to.equal(bodies[0]);
    el.lang = '';
    // Reloaded while (or after) sending: the restored application goes out unchanged.
    el.remove();
    const again = await mount<KommAssistant>(
      html`<komm-test-assistant .fetchFn=${fetchFn} .config=${config}></komm-test-assistant>`,
    );
    await ready(again);
    await send(again, 3);
    expect(bodies[2]).to.equal(bodies[0]);
  });

  it('reset() while sending leaves no failure behind and reports no error', async () => {
    const { validAnmeldung } = await import('../engine/test-fixtures.js');
    const fetchFn = ((_url: string, init: RequestInit) =>
      new Promise((_, reject) =>
        init.signal!.addEventListener('abort', () => reject(init.signal!.reason)),
      )) as typeof fetch;
    const el = await mount<KommAssistant>(
      html`<komm-test-assistant
        .fetchFn=${fetchFn}
        .config=${validConfig()}
      ></komm-test-assistant>`,
    );
    await ready(el);
    let errors = 0;
    el.addEventListener('komm-submit-error', () => errors++);
    el.loadAnswers(validAnmeldung());
    el.goTo('review');
    await el.updateComplete;
    $<HTMLButtonElement>(el, 'button.primary')!.click();
    await new Promise((r) => setTimeout(r, 20));
    el.reset();
    await new Promise((r) => setTimeout(r, 50));
    el.loadAnswers(validAnmeldung());
    el.goTo('review');
    await el.updateComplete;
    expect(!!$(el, '.submit-failure'), 'stale failure of the reset application').to.equal(false);
    expect(errors).to.equal(0);
  });

  it('continues from the shown step when new answers hide the step it was on', async () => {
    const { validAnmeldung } = await import('../engine/test-fixtures.js');
    const el = await mount<KommAssistant>(
      html`<komm-test-assistant .config=${validConfig()}></komm-test-assistant>`,
    );
    await ready(el);
    el.loadAnswers({ ...validAnmeldung(), requestType: 'abmeldung' });
    el.goTo('abmeldung');
    await el.updateComplete;
    el.loadAnswers(validAnmeldung()); // an Anmeldung has no Abmeldung step
    await el.updateComplete;
    expect($(el, '#step-title')!.textContent).to.contain('Ihr Anliegen');
    await clickNext(el);
    expect((el as unknown as { stepId: string }).stepId).to.equal('halter');
  });

  it('removing a list item moves focus to a named neighbour and announces it', async () => {
    const { validAnmeldung } = await import('../engine/test-fixtures.js');
    const el = await mount<KommAssistant>(
      html`<komm-test-assistant .config=${validConfig()}></komm-test-assistant>`,
    );
    await ready(el);
    el.loadAnswers(validAnmeldung()); // two dogs
    el.goTo('hunde');
    await el.updateComplete;
    const list = $(el, '#f-hunde')!;
    expect(list.getAttribute('role')).to.equal('group');
    expect(list.getAttribute('aria-label')).to.be.a('string').and.not.equal('');
    const removeSecond = $(el, '#f-hunde-1 button')!;
    removeSecond.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(root(el).activeElement?.id).to.equal('f-hunde-0');
    expect($(el, '[role="status"]')!.textContent).to.contain('wurde entfernt');
    expect($(el, '#f-hunde-1')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('registers idempotently: a second define of the same tag does not throw', () => {
    expect(() => KommTestAssistant.define('komm-test-assistant')).not.to.throw();
  });

  it('a second embed of another version warns and keeps the first definition', () => {
    class Newer extends KommAssistant {
      static override definition = testDefinition;
      static override readonly version: string = '9.9.9';
    }
    const warnings: unknown[] = [];
    const orig = console.warn;
    console.warn = (...a: unknown[]) => warnings.push(a.join(' '));
    try {
      expect(() => Newer.define('komm-test-assistant')).not.to.throw();
    } finally {
      console.warn = orig;
    }
    expect(customElements.get('komm-test-assistant')).to.equal(KommTestAssistant);
    expect(String(warnings[0])).to.contain('9.9.9');
  });
});

describe('KommAssistant with the keyboard alone', () => {
  beforeEach(() => sessionStorage.clear());

  it('reaches the review page using only Tab, arrows, Space, typing and Enter', async () => {
    const { keyboardStep, view, stepId } = await import('../../test/drive.js');
    const { validAnmeldung } = await import('../engine/test-fixtures.js');
    const el = await mount<KommAssistant>(
      html`<komm-test-assistant .config=${validConfig()}></komm-test-assistant>`,
    );
    await ready(el);
    const answers = validAnmeldung();
    const seen: string[] = [];
    for (let i = 0; i < 12 && view(el) === 'step'; i++) {
      seen.push(stepId(el));
      await keyboardStep(el, answers);
      if (view(el) === 'step' && stepId(el) === seen[seen.length - 1]) {
        const summary = $(el, '[part="error-summary"]');
        if (!summary?.classList.contains('warnings'))
          throw new Error(`stuck on ${stepId(el)}: ${summary?.textContent}`);
      }
    }
    expect(view(el)).to.equal('review');
    expect(seen).to.include.members([
      'anliegen',
      'halter',
      'hunde',
      'gefahr',
      'zahlung',
      'erklaerung',
    ]);
    const payload = el.getPayload()!;
    expect(payload.data).to.deep.equal({ ...answers, iban: 'DE89370400440532013000' });
  });
});

describe('KommAssistant: back to the review, the error summary', () => {
  beforeEach(() => sessionStorage.clear());

  it('"Zurück" on a step opened from the review ("Ändern") goes back to the review', async () => {
    const { validAnmeldung } = await import('../engine/test-fixtures.js');
    const el = await mount<KommAssistant>(
      html`<komm-test-assistant .config=${validConfig()}></komm-test-assistant>`,
    );
    await ready(el);
    el.loadAnswers(validAnmeldung());
    for (const [index, step] of [
      [0, 'Ihr Anliegen'],
      [1, 'halter'],
    ] as const) {
      el.goTo('review');
      await el.updateComplete;
      root(el).querySelectorAll<HTMLButtonElement>('.review-step button.link')[index]!.click();
      await el.updateComplete;
      expect($(el, '#step-title')!.textContent).to.contain(step);
      // Also on the first step, which has no "Zurück" otherwise.
      const back = $<HTMLButtonElement>(el, 'button.secondary')!;
      expect(back.textContent!.trim()).to.equal('Zurück zur Übersicht');
      back.click();
      await el.updateComplete;
      expect($(el, '#step-title')!.textContent).to.contain('Prüfen Sie Ihre Angaben');
      expect(root(el).activeElement).to.equal($(el, '#step-title'));
    }
    // A step not opened by "Ändern" goes back one step again.
    el.goTo('halter');
    await el.updateComplete;
    expect($<HTMLButtonElement>(el, 'button.secondary')!.textContent!.trim()).to.equal('Zurück');
  });

  it('lists the problems of a step in the order their fields stand on the page', async () => {
    const { validAnmeldung } = await import('../engine/test-fixtures.js');
    const el = await mount<KommAssistant>(
      html`<komm-test-assistant .config=${validConfig()}></komm-test-assistant>`,
    );
    await ready(el);
    const answers = validAnmeldung() as { hunde: Record<string, unknown>[] };
    // Dog 1: a rule's problem (held since a future day); dog 2: a field's (no breed). The
    // engine reports fields before rules; the page shows dog 1 first.
    answers.hunde[0]!.heldSince = '2999-01-01';
    answers.hunde[1]!.breed = undefined;
    el.loadAnswers(answers);
    el.goTo('hunde');
    await el.updateComplete;
    await clickNext(el);
    const links = [...root(el).querySelectorAll<HTMLAnchorElement>('.error-summary a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([
      '#f-hunde-0-heldSince',
      '#f-hunde-1-breed',
    ]);
    const summary = $(el, '.error-summary')!;
    expect(summary.getAttribute('role')).to.equal('group'); // so its aria-labelledby names it
    expect(root(el).activeElement).to.equal(summary);
  });
});
