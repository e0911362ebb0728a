/**
 * Every text the citizen can see, in both languages: every step of every assistant (driven with
 * each valid fixture so that lists and branches show), the review and the confirmation. Fails on
 * a `{placeholder}` left in the shadow DOM's text or attributes, on a raw message key, and on a
 * hint that says the same sentence twice (a field text that shadowed a shared UI text did both).
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import { html, unsafeStatic } from 'lit/static-html.js';
import '../src/all.js';
import { assistants } from '../src/assistants/registry.js';
import * as brauchtumsfeuerFx from '../src/assistants/brauchtumsfeuer/brauchtumsfeuer.fixtures.js';
import * as feuerwehrFx from '../src/assistants/feuerwehr-verdienstausfall/feuerwehr-verdienstausfall.fixtures.js';
import * as gewerbeanzeigeFx from '../src/assistants/gewerbeanzeige/gewerbeanzeige.fixtures.js';
import * as hundesteuerFx from '../src/assistants/hundesteuer/hundesteuer.fixtures.js';
import * as urkundenFx from '../src/assistants/urkunden/urkunden.fixtures.js';
import * as wohnungsgeberFx from '../src/assistants/wohnungsgeberbestaetigung/wohnungsgeberbestaetigung.fixtures.js';
import type { KommAssistant } from '../src/components/assistant-element.js';
import { linkedText } from '../src/components/fields/linked-text.js';
import type { Answers } from '../src/engine/types.js';
import { dateExample } from '../src/engine/date-example.js';
import { todayIso } from '../src/engine/walk.js';
import { q, qa, stepId, submit, view } from './drive.js';
import { hubInfo } from './hub-commands.js';

type El = KommAssistant<unknown>;

const today = todayIso();

/** The valid answer sets of every assistant in the registry (a new assistant adds its line). */
const validFixtures: Record<string, Record<string, Answers>> = {
  brauchtumsfeuer: {
    osterfeuerVerein: brauchtumsfeuerFx.osterfeuerVerein(today),
    hexenfeuerPrivatperson: brauchtumsfeuerFx.hexenfeuerPrivatperson(today),
    flurstueckVariante: brauchtumsfeuerFx.flurstueckVariante(today),
  },
  'feuerwehr-verdienstausfall': feuerwehrFx.validAnswers(today),
  gewerbeanzeige: gewerbeanzeigeFx.validAnswers(today),
  hundesteuer: hundesteuerFx.validAnswers,
  urkunden: urkundenFx.validAnswers,
  wohnungsgeberbestaetigung: {
    einzugVermieter: wohnungsgeberFx.einzugVermieter(today),
    auszugAusland: wohnungsgeberFx.auszugAusland(today),
    einzugSelbst: wohnungsgeberFx.einzugSelbst(today),
    einzugUntermiete: wohnungsgeberFx.einzugUntermiete(today),
  },
};

const PLACEHOLDER = /\{\w+\}/;
/** A whole text that looks like a message key (`steps.anlass.title`, `ui.nav.next`). */
const KEY = /^[a-z][A-Za-z0-9]*(\.[A-Za-z0-9[\]]+)+$/;

/** Text nodes and attribute values of the shadow DOM, each with where it sits. */
function texts(el: HTMLElement): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [];
  const walk = (node: Node, where: string) => {
    if (node instanceof Element) {
      if (node.matches('style, script')) return;
      const here = `${where} > ${node.localName}${node.id ? `#${node.id}` : ''}`;
      for (const a of node.attributes) out.push({ where: `${here}[${a.name}]`, text: a.value });
      node.childNodes.forEach((c) => walk(c, here));
    } else if (node.nodeType === Node.TEXT_NODE) {
      const text = node.textContent!.trim();
      if (text) out.push({ where, text });
    } else node.childNodes.forEach((c) => walk(c, where));
  };
  walk(el.shadowRoot!, '');
  return out;
}

const sentences = (text: string) =>
  text
    .split(/(?<=[.!?])\s+/)
    .map((s) => s.trim())
    .filter(Boolean);

/** What is wrong with the texts shown now (empty when nothing is). */
function problems(el: El): string[] {
  const found: string[] = [];
  for (const { where, text } of texts(el)) {
    if (PLACEHOLDER.test(text)) found.push(`placeholder at ${where}: "${text}"`);
    if (KEY.test(text) && !where.endsWith(']')) found.push(`message key at ${where}: "${text}"`);
  }
  for (const hint of qa(el, '[part="hint"]')) {
    const seen = new Set<string>();
    for (const s of sentences(hint.textContent!.replace(/\s+/g, ' '))) {
      if (seen.has(s)) found.push(`hint ${hint.id || hint.className} repeats "${s}"`);
      seen.add(s);
    }
  }
  return found;
}

describe('texts of every assistant, every step, both languages', () => {
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

  it('has valid fixtures for every assistant in the registry', () => {
    expect(Object.keys(validFixtures)).to.include.members(Object.keys(assistants));
  });

  async function mount(id: string, lang: string): Promise<El> {
    const tag = unsafeStatic(`komm-${id}`);
    const el = await fixture<El>(
      html`<${tag} lang=${lang} draft="off" .config=${config} endpoint=${endpoint}></${tag}>`,
    );
    await waitUntil(() => q(el, '#step-title'), 'assistant did not render', { timeout: 5000 });
    return el;
  }

  for (const [id, def] of Object.entries(assistants)) {
    for (const lang of ['de', 'en']) {
      for (const [name, answers] of Object.entries(validFixtures[id] ?? {})) {
        it(`${id} (${lang}), ${name}: every step and the review`, async () => {
          const el = await mount(id, lang);
          el.loadAnswers(answers);
          const found: string[] = [];
          const visited: string[] = [];
          for (const step of def.steps) {
            el.goTo(step.id);
            await el.updateComplete;
            if (view(el) !== 'step' || stepId(el) !== step.id) continue; // hidden by the answers
            visited.push(step.id);
            found.push(...problems(el).map((p) => `${step.id}: ${p}`));
          }
          el.goTo('review');
          await el.updateComplete;
          expect(view(el)).to.equal('review');
          found.push(...problems(el).map((p) => `review: ${p}`));
          expect(visited.length, 'steps shown').to.be.greaterThan(1);
          expect(found).to.deep.equal([]);
        });
      }

      it(`${id} (${lang}): the confirmation page`, async () => {
        const el = await mount(id, lang);
        el.loadAnswers(Object.values(validFixtures[id]!)[0]!);
        el.goTo('review');
        await el.updateComplete;
        await submit(el);
        expect(problems(el)).to.deep.equal([]);
      });
    }
  }

  it('a date field shows its own hint and the shared date hint, each once', async () => {
    // The fire's dates must lie ahead: their example does too (dateExample, `dateOf: 'future'`).
    const ahead = dateExample({ dateOf: 'future' }, today);
    for (const [lang, own, shared] of [
      ['de', 'Sie müssen das Feuer mindestens 14 Tage vorher anmelden.', `Zum Beispiel ${ahead}.`],
      ['en', 'You must register the fire at least 14 days in advance.', `For example, ${ahead}.`],
    ] as const) {
      const el = await mount('brauchtumsfeuer', lang);
      el.goTo('termin');
      await el.updateComplete;
      expect(stepId(el)).to.equal('termin');
      const hint = q(el, '#f-date-hint')!.textContent!.replace(/\s+/g, ' ').trim();
      expect(hint.split(own).length - 1, hint).to.equal(1);
      expect(hint.split(shared).length - 1, hint).to.equal(1);
      // A date field without a hint of its own shows the shared one alone.
      const alt = q(el, '#f-alternativeDate-hint')!.textContent!;
      expect(alt.split(shared).length - 1, alt).to.equal(1);
      expect(alt).not.to.contain(own);
    }
  });

  it("a person's date of birth has an example from the past, other dates a recent one", async () => {
    const recent = dateExample({}, today);
    for (const [lang, birth, other] of [
      ['de', 'Zum Beispiel 27 3 1985.', `Zum Beispiel ${recent}.`],
      ['en', 'For example, 27 3 1985.', `For example, ${recent}.`],
    ] as const) {
      const el = await mount('hundesteuer', lang);
      el.goTo('halter');
      await el.updateComplete;
      expect(stepId(el)).to.equal('halter');
      const hint = q(el, '#f-halter-birthDate-hint')!.textContent!.replace(/\s+/g, ' ').trim();
      expect(hint).to.equal(birth);
      el.loadAnswers(hundesteuerFx.anmeldungEinHund);
      el.goTo('hunde');
      await el.updateComplete;
      expect(stepId(el)).to.equal('hunde');
      const dog = q(el, '[id$="birthDate-hint"]')!.textContent!.replace(/\s+/g, ' ').trim();
      expect(dog.endsWith(other), dog).to.equal(true); // the dog's: often born lately
    }
  });

  describe('web addresses in info boxes and the review are links', () => {
    const cases = [
      {
        id: 'brauchtumsfeuer',
        where: 'anlass',
        box: '.info',
        url: () =>
          (config.assistants as Record<string, { ordinanceUrl: string }>).brauchtumsfeuer!
            .ordinanceUrl,
        // Named as the review's statute link is (procedureAnzeige.text.ordinanceUrl, linked-text.ts).
        name: { de: 'Polizeiverordnung', en: 'police ordinance' },
      },
      {
        id: 'hundesteuer',
        where: 'review',
        box: '.summary',
        url: () =>
          (config.assistants as Record<string, { statuteUrl: string }>).hundesteuer!.statuteUrl,
        // Named, not the bare address (summary.notBinding.statuteUrl; stranger walk at 320 px).
        name: { de: 'Hundesteuersatzung', en: 'dog tax statute' },
      },
    ] as {
      id: string;
      where: string;
      box: string;
      url: () => string;
      name?: Record<string, string>;
    }[];
    it('links only http(s) addresses under a name ending in Url', async () => {
      const t = (key: string, vars?: Record<string, unknown>) =>
        vars ? key.replace(/\{(\w+)\}/g, (m, k: string) => String(vars[k] ?? m)) : key;
      const host = document.createElement('div');
      render(
        linkedText(t, 'A {aUrl} B {bUrl} C {site} D {missing}.', {
          aUrl: 'javascript:alert(1)',
          bUrl: 'https://example.org/x',
          site: 'https://example.org/y',
        }),
        host,
      );
      expect([...host.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal([
        'https://example.org/x',
      ]);
      expect(host.textContent!.replace(/\s+/g, ' ')).to.equal(
        'A javascript:alert(1) B https://example.org/x ui.link.newWindow C https://example.org/y D {missing}.',
      );
    });

    for (const c of cases)
      for (const [lang, newWindow] of [
        ['de', '(öffnet in neuem Fenster)'],
        ['en', '(opens in a new window)'],
      ] as const)
        it(`${c.id} (${lang}): the statute on ${c.where} is a named link`, async () => {
          const el = await mount(c.id, lang);
          el.loadAnswers(Object.values(validFixtures[c.id]!)[0]!);
          el.goTo(c.where);
          await el.updateComplete;
          const box = q(el, c.box)!;
          expect(box, c.box).to.exist;
          const link = box.querySelector<HTMLAnchorElement>(`a[href="${c.url()}"]`)!;
          expect(link, `link to ${c.url()} in ${box.textContent}`).to.exist;
          // Its accessible name: what it leads to (its name, else the address) and that it opens
          // a new window.
          const name = link.textContent!.replace(/\s+/g, ' ').trim();
          expect(name).to.equal(`${c.name?.[lang] ?? c.url()} ${newWindow}`);
          expect(link.closest('[aria-hidden="true"]')).to.equal(null);
          expect(link.target).to.equal('_blank');
          expect(link.rel.split(' ')).to.include('noopener');
          expect(box.textContent).not.to.match(/\{\w+\}/);
          await expect(el).to.be.accessible();
        });
  });
});
