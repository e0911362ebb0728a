/**
 * The data hub's 422 at a field, over real HTTP: for a code this browser has no text for, the
 * field shows the hub's `detail`; for a code it knows, its own text. The hub is the real reference
 * hub (SQLite); only the HTML check below, whose body no real hub produces, answers by itself.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { html, unsafeStatic } from 'lit/static-html.js';
import { brauchtumsfeuer } from '../src/assistants/brauchtumsfeuer/brauchtumsfeuer.definition.js';
import { KommBrauchtumsfeuer } from '../src/assistants/brauchtumsfeuer/brauchtumsfeuer.js';
import * as fx from '../src/assistants/brauchtumsfeuer/brauchtumsfeuer.fixtures.js';
import '../src/assistants/brauchtumsfeuer/define.js';
import type { KommAssistant } from '../src/components/assistant-element.js';
import { defineAssistant } from '../src/engine/define-assistant.js';
import type { Messages } from '../src/engine/types.js';
import { todayIso } from '../src/engine/walk.js';
import type { KommSubmitEvent } from '../src/events/submit.js';
import type { KommSubmitErrorEvent } from '../src/events/submit-error.js';
import { q, qa, stepId, view } from './drive.js';
import { hubCount, hubInfo } from './hub-commands.js';

type El = KommAssistant<unknown>;

const today = todayIso();
const without = (m: Messages, key: string): Messages =>
  Object.fromEntries(Object.entries(m).filter(([k]) => k !== key));

/**
 * An older bundle than the hub's: its bonfire assistant has no text for the rule `date.tooSoon`,
 * which the hub (newer) checks and names in its `detail`.
 */
class OlderBrauchtumsfeuer extends KommBrauchtumsfeuer {
  static override definition = defineAssistant({
    ...brauchtumsfeuer,
    messages: {
      de: without(brauchtumsfeuer.messages.de, 'date.tooSoon'),
      en: without(brauchtumsfeuer.messages.en, 'date.tooSoon'),
    },
  });
}
OlderBrauchtumsfeuer.define('komm-brauchtumsfeuer-older');

interface Observed {
  status: number;
  body: { errors?: { pointer: string; code?: string; detail?: string }[] };
}

describe('the hub’s 422 at a field', () => {
  let config: Record<string, unknown>;
  let endpoint: string;
  before(async () => {
    config = (await (await fetch('/examples/config/dresden.json')).json()) as Record<
      string,
      unknown
    >;
    endpoint = (await hubInfo()).url;
  });
  beforeEach(() => sessionStorage.clear());

  /** Mounts, loads valid answers, sends with `mutate` applied to the envelope; returns the hub's answer. */
  async function sendRejected(
    tag: string,
    lang: string,
    cfg: Record<string, unknown>,
    mutate: (data: Record<string, unknown>) => void,
  ): Promise<{ el: El; hub: Observed }> {
    const seen: Observed[] = [];
    // The real hub answers; the wrapper only keeps a copy of what it said.
    const observe = (async (url: string, init: RequestInit) => {
      const res = await fetch(url, init);
      seen.push({ status: res.status, body: await res.clone().json() });
      return res;
    }) as typeof fetch;
    const t = unsafeStatic(tag);
    const el = await fixture<El>(
      html`<${t} lang=${lang} draft="off" .config=${cfg} endpoint=${endpoint} .fetchFn=${observe}></${t}>`,
    );
    await waitUntil(() => q(el, '#step-title'), 'assistant did not render', { timeout: 5000 });
    el.loadAnswers(fx.osterfeuerVerein(today));
    el.goTo('review');
    await el.updateComplete;
    el.addEventListener('komm-submit', (e: KommSubmitEvent) =>
      mutate(e.detail.envelope.data as Record<string, unknown>),
    );
    const failed = new Promise<KommSubmitErrorEvent>((r) =>
      el.addEventListener('komm-submit-error', r, { once: true }),
    );
    q<HTMLButtonElement>(el, 'button.primary')!.click();
    expect((await failed).detail.kind).to.equal('validation');
    await el.updateComplete;
    expect(seen.length).to.equal(1);
    expect(seen[0]!.status).to.equal(422);
    return { el, hub: seen[0]! };
  }

  const shownAt = (el: El, id: string) =>
    q(el, `#${id}-error`)!
      .textContent!.replace(/\s+/g, ' ')
      .replace(/^ ?(Fehler|Error): /, '')
      .trim();

  for (const lang of ['de', 'en']) {
    it(`shows the hub's detail for a code the browser has no text for (${lang})`, async () => {
      const before = await hubCount('brauchtumsfeuer');
      const { el, hub } = await sendRejected('komm-brauchtumsfeuer-older', lang, config, (data) => {
        // Tomorrow: within the notice period, which only the hub checks now.
        const d = new Date(`${today}T12:00:00Z`);
        d.setUTCDate(d.getUTCDate() + 1);
        data.date = d.toISOString().slice(0, 10);
        delete data.alternativeDate;
        data.stackingDate = today;
      });
      const error = hub.body.errors!.find((e) => e.pointer === '/data/date')!;
      expect(error.code).to.equal('tooSoon');
      expect(error.detail).to.be.a('string').and.not.equal('');
      expect([view(el), stepId(el)]).to.deep.equal(['step', 'termin']);
      expect(q(el, '#f-date-day')!.getAttribute('aria-invalid')).to.equal('true');
      expect(el.shadowRoot!.activeElement).to.equal(q(el, '[part="error-summary"]'));
      expect(shownAt(el, 'f-date')).to.equal(error.detail);
      const links = qa(el, '[part="error-summary"] a').map((a) => a.textContent!.trim());
      expect(links).to.include(error.detail);
      expect(shownAt(el, 'f-date')).not.to.match(/Prüfen Sie Ihre Eingabe|Check your answer/);
      expect(await hubCount('brauchtumsfeuer')).to.equal(before);
    });
  }

  it('keeps the browser’s own text for a code it knows', async () => {
    const own = 'Die Postleitzahl des Veranstalters hat fünf Ziffern (Text dieser Seite).';
    const cfg = {
      ...config,
      texts: { de: { 'organizer.address.postalCode.invalid_format': own } },
    };
    const { el, hub } = await sendRejected('komm-brauchtumsfeuer', 'de', cfg, (data) => {
      (data.organizer as { address: { postalCode: string } }).address.postalCode = '0106';
    });
    const error = hub.body.errors!.find((e) => e.pointer === '/data/organizer/address/postalCode')!;
    expect(error.code).to.equal('invalid_format');
    expect(error.detail).not.to.equal(own); // the hub has its own config, without this text
    expect(stepId(el)).to.equal('veranstalter');
    expect(shownAt(el, 'f-organizer-address-postalCode')).to.equal(own);
  });

  it('shows a detail as text, never as HTML', async () => {
    // No real hub sends markup; a broken or hostile one might.
    const detail = '<img src="x" onerror="window.__komm_xss = 1"><b>Der Name</b> ist unbekannt.';
    const hostile = (async () =>
      new Response(
        JSON.stringify({
          type: 'https://komm.example/problems/validation',
          title: 'Invalid',
          status: 422,
          requestId: 'r-1',
          errors: [{ pointer: '/data/organizer/name', code: 'notInRegister', detail }],
        }),
        { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
      )) as typeof fetch;
    const el = await fixture<El>(
      html`<komm-brauchtumsfeuer
        draft="off"
        .config=${config}
        endpoint=${endpoint}
        .fetchFn=${hostile}
      ></komm-brauchtumsfeuer>`,
    );
    await waitUntil(() => q(el, '#step-title'), 'assistant did not render', { timeout: 5000 });
    el.loadAnswers(fx.osterfeuerVerein(today));
    el.goTo('review');
    await el.updateComplete;
    q<HTMLButtonElement>(el, 'button.primary')!.click();
    await waitUntil(() => q(el, '#f-organizer-name-error'), 'no error at the field');
    expect(shownAt(el, 'f-organizer-name')).to.equal(detail);
    expect(qa(el, 'img, b').length).to.equal(0);
    expect((window as { __komm_xss?: number }).__komm_xss).to.equal(undefined);
  });
});
