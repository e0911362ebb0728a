/**
 * Accessibility evidence (issue 10, docs/accessibility.md): every registered assistant from its
 * built script-tag bundle (dist/cdn/<id>.js) in Debian's Chromium, on its first step, with that
 * step's errors, and on its review page (fixture answers loaded with `loadAnswers`):
 *
 * - WCAG 1.4.10 Reflow: 320 CSS px wide, no horizontal scrolling, nothing outside the viewport;
 * - 1.4.4 Resize text: 200 % text (the root font size doubled, as a browser's font setting
 *   does) scales the text and loses nothing: no horizontal scrolling, no clipped box;
 * - forced colours (Windows high contrast): focus outline, error marks, the error summary and
 *   the native (system-drawn) radios and checkboxes stay visible, read from computed styles;
 * - 2.5.8 Target size (minimum): every control at least 24 × 24 CSS px, or spaced so a 24 px
 *   circle around it touches no other target; links inside running text are exempt;
 * - 2.3.3 / prefers-reduced-motion: no transition, no animation, no smooth scrolling;
 * - 4.1.3 Status messages: the polite status region, the focused error summary, the invalid
 *   controls with their error as description and the config error as an assertive alert, read
 *   from Chromium's accessibility tree (CDP `Accessibility.getFullAXTree`).
 *
 * One browser, one page; no hub (nothing is sent). `KOMM_A11Y_ONLY=<id>` runs one assistant.
 * Screenshots of each state go to test-results/a11y/ (gitignored) for a person to look at; the
 * assertions do not need them.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser, CDPSession, Page } from 'playwright-core';
import * as brauchtumsfeuer from '../../src/assistants/brauchtumsfeuer/brauchtumsfeuer.fixtures.js';
import * as feuerwehr from '../../src/assistants/feuerwehr-verdienstausfall/feuerwehr-verdienstausfall.fixtures.js';
import * as gewerbeanzeige from '../../src/assistants/gewerbeanzeige/gewerbeanzeige.fixtures.js';
import * as hundesteuer from '../../src/assistants/hundesteuer/hundesteuer.fixtures.js';
import { assistants } from '../../src/assistants/registry.js';
import * as urkunden from '../../src/assistants/urkunden/urkunden.fixtures.js';
import * as wohnungsgeber from '../../src/assistants/wohnungsgeberbestaetigung/wohnungsgeberbestaetigung.fixtures.js';
import { uiMessages } from '../../src/components/messages.js';
import type { Answers } from '../../src/engine/types.js';
import { todayIso } from '../../src/engine/walk.js';
import { ensureBuilt, launch, root } from './harness.js';

/**
 * The shown step only: the next step is in the page too, laid out ahead and hidden
 * (`.next-step`, content-visibility: hidden), with the same classes.
 */
const SHOWN = 'div:not(.next-step) >';

const today = todayIso();
/** Valid answers per assistant, to reach the review page; a new assistant must add one. */
const reviewAnswers: Record<string, Answers> = {
  brauchtumsfeuer: brauchtumsfeuer.osterfeuerVerein(today),
  'feuerwehr-verdienstausfall': feuerwehr.arbeitgeber(today),
  gewerbeanzeige: gewerbeanzeige.einzelunternehmenAnmeldung(today),
  hundesteuer: hundesteuer.anmeldungZweiHunde,
  urkunden: urkunden.geburtSelbst,
  wohnungsgeberbestaetigung: wohnungsgeber.einzugVermieter(today),
};
const ids = Object.keys(assistants).sort();
const shots = join(root, 'test-results', 'a11y');

// ---- a static site: the page, the bundles, the example configs --------------------------------

let server: Server;
let origin = '';
let browser: Browser;
let page: Page;
let cdp: CDPSession;

/** The page; `header`: a sticky page header of 5rem, with the page's scroll padding for it. */
const html = (tag: string, config: string, header: boolean) => `<!doctype html>
<html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Barrierefreiheit ${tag}</title><script type="module" src="/${tag.slice(5)}.js"></script>
<style>body { margin: 0; font-family: sans-serif } main { padding: 0 8px }
header { position: sticky; top: 0; height: 5rem; background: #ddd; z-index: 1 }
html:has(header) { scroll-padding-top: 6rem }</style></head>
<body>${header ? '<header>Stadt Musterstadt</header>' : ''}
<main><${tag} config-src="/config/${config}.json" draft="off"></${tag}></main></body></html>`;

before(async () => {
  for (const id of ids) ensureBuilt(`${id}.js`);
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const send = (status: number, type: string, body: string | Buffer) => {
      res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
      res.end(body);
    };
    if (url.pathname === '/')
      return send(
        200,
        'text/html; charset=utf-8',
        html(
          url.searchParams.get('tag') ?? '',
          url.searchParams.get('config') ?? 'dresden',
          url.searchParams.has('header'),
        ),
      );
    const m = /^\/(?:config\/([\w-]+)\.json|([\w.-]+\.js))$/.exec(url.pathname);
    const file = m?.[1]
      ? join(root, 'examples/config', `${m[1]}.json`)
      : m?.[2]
        ? join(root, 'dist/cdn', m[2])
        : '';
    if (!file || !existsSync(file)) return send(404, 'text/plain', 'not found');
    send(200, file.endsWith('.js') ? 'text/javascript' : 'application/json', readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launch();
  const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
  context.setDefaultTimeout(15_000);
  page = await context.newPage();
  cdp = await context.newCDPSession(page);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  mkdirSync(shots, { recursive: true });
});

after(async () => {
  await browser?.close();
  server?.close();
});

// ---- in-page probes (strings: tsx would wrap named inner functions in its __name helper) -----

/** Every element in the host's shadow tree (nested shadow roots too), skipping hidden helpers. */
const COLLECT = `(host) => {
  const out = [];
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.closest('.visually-hidden, .ahead, [hidden]')) continue;
      out.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(host.shadowRoot);
  return out;
}`;

interface Box {
  what: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
  width: number;
  height: number;
  inline: boolean;
}

async function probe<T>(tag: string, body: string): Promise<T> {
  return page.evaluate(
    `(() => { const host = document.querySelector(${JSON.stringify(tag)});
      const all = (${COLLECT})(host); ${body} })()`,
  ) as Promise<T>;
}

const describeEl = `const what = (el) => el.localName + (el.id ? '#' + el.id : '') +
  (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '') +
  ' "' + (el.getAttribute('aria-label') || el.textContent || el.value || '').trim().replace(/\\s+/g, ' ').slice(0, 40) + '"';`;

async function load(tag: string, config = 'dresden', header = false) {
  await page.goto(`${origin}/?tag=${tag}&config=${config}${header ? '&header' : ''}`);
  await page.waitForFunction(
    `document.querySelector(${JSON.stringify(tag)})?.shadowRoot?.querySelector('.nav button.primary, .config-error')`,
  );
}

/** No horizontal scrolling and no visible box outside the viewport (1.4.10, 1.4.4). */
async function assertNoLoss(tag: string, label: string) {
  const r = await probe<{ scroll: number; inner: number; outside: string[]; clipped: string[] }>(
    tag,
    `${describeEl}
    const inner = innerWidth;
    const outside = [], clipped = [];
    for (const el of all) {
      const cs = getComputedStyle(el);
      if (cs.display === 'none' || cs.visibility === 'hidden') continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      if (r.right > inner + 1 || r.left < -1) outside.push(what(el) + ' ' + Math.round(r.left) + '..' + Math.round(r.right));
      const form = /^(input|select|textarea|option)$/.test(el.localName);
      const hides = (v) => v === 'hidden' || v === 'clip' || v === 'auto' || v === 'scroll';
      if (!form && (hides(cs.overflowX) && el.scrollWidth > el.clientWidth + 1 ||
          hides(cs.overflowY) && el.scrollHeight > el.clientHeight + 1))
        clipped.push(what(el) + ' ' + el.scrollWidth + 'x' + el.scrollHeight + ' in ' + el.clientWidth + 'x' + el.clientHeight);
    }
    return { scroll: document.documentElement.scrollWidth, inner, outside, clipped };`,
  );
  assert.ok(r.scroll <= r.inner, `${label}: page scrolls sideways (${r.scroll} > ${r.inner} px)`);
  assert.deepEqual(r.outside, [], `${label}: boxes outside the ${r.inner} px viewport`);
  assert.deepEqual(r.clipped, [], `${label}: clipped content`);
}

/** 2.5.8: each target ≥ 24 × 24 px, or its 24 px circle meets no other target; inline links exempt. */
async function assertTargetSize(tag: string, label: string) {
  const boxes = await probe<Box[]>(
    tag,
    `${describeEl}
    const sel = 'a[href], button, input:not([type=hidden]), select, textarea, summary, [role=option], [tabindex]:not([tabindex="-1"])';
    return all.filter((el) => el.matches(sel)).map((el) => {
      const r = el.getBoundingClientRect();
      const cs = getComputedStyle(el);
      // Exception "Inline": a link in a sentence (its block holds more text than the link).
      const block = el.parentElement;
      const inline = el.localName === 'a' && cs.display === 'inline' && !!block &&
        block.textContent.trim().length > el.textContent.trim().length;
      return { what: what(el), left: r.left, right: r.right, top: r.top, bottom: r.bottom,
        width: r.width, height: r.height, inline, shown: cs.visibility !== 'hidden' && r.width > 0 };
    }).filter((b) => b.shown);`,
  );
  assert.ok(boxes.length > 0, `${label}: no target found`);
  const small = boxes.filter((b) => !b.inline && (b.width < 23.99 || b.height < 23.99));
  const bad: string[] = [];
  for (const b of small) {
    const cx = (b.left + b.right) / 2;
    const cy = (b.top + b.bottom) / 2;
    for (const o of boxes) {
      if (o === b || o.inline) continue;
      // Distance from the centre to the other target's box, and between two undersized centres.
      const dx = Math.max(o.left - cx, 0, cx - o.right);
      const dy = Math.max(o.top - cy, 0, cy - o.bottom);
      const oSmall = small.includes(o);
      const centres = Math.hypot((o.left + o.right) / 2 - cx, (o.top + o.bottom) / 2 - cy);
      if (Math.hypot(dx, dy) < 12 || (oSmall && centres < 24)) {
        bad.push(`${b.what} ${b.width.toFixed(0)}×${b.height.toFixed(0)} next to ${o.what}`);
        break;
      }
    }
  }
  assert.deepEqual(bad, [], `${label}: targets under 24 × 24 px without spacing`);
}

/** prefers-reduced-motion (and in general): nothing moves. */
async function assertNoMotion(tag: string, label: string) {
  const moving = await probe<string[]>(
    tag,
    `${describeEl}
    const out = [];
    for (const el of [host, ...all]) {
      const cs = getComputedStyle(el);
      const dur = (v) => v.split(',').some((s) => parseFloat(s) > 0);
      if (cs.animationName !== 'none' && dur(cs.animationDuration)) out.push(what(el) + ' animation ' + cs.animationName);
      if (dur(cs.transitionDuration)) out.push(what(el) + ' transition ' + cs.transitionProperty);
      if (cs.scrollBehavior === 'smooth') out.push(what(el) + ' smooth scrolling');
    }
    const running = [...document.getAnimations(), ...host.shadowRoot.getAnimations()];
    if (running.length) out.push(running.length + ' running animations');
    return out;`,
  );
  assert.deepEqual(moving, [], `${label}: motion with prefers-reduced-motion`);
}

interface AXNode {
  nodeId: string;
  parentId?: string;
  ignored: boolean;
  role?: { value: string };
  name?: { value: string };
  description?: { value: string };
  properties?: { name: string; value: { value: unknown } }[];
}
const prop = (n: AXNode, name: string) => n.properties?.find((p) => p.name === name)?.value.value;

async function axTree(): Promise<AXNode[]> {
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
  return nodes; // ignored nodes too: they link parents and children
}

async function shot(id: string, label: string) {
  await page.screenshot({ path: join(shots, `${id}-${label}.png`), fullPage: true });
}

// ---- the tests ------------------------------------------------------------------------------

describe('accessibility evidence, per assistant (dist/cdn bundles, Chromium)', () => {
  test('every registered assistant has review answers here', () => {
    assert.deepEqual(Object.keys(reviewAnswers).sort(), ids);
  });

  for (const id of ids.filter(
    (i) => !process.env.KOMM_A11Y_ONLY || i === process.env.KOMM_A11Y_ONLY,
  )) {
    const tag = `komm-${id}`;
    test(`<${tag}>: reflow, text zoom, target size, motion, forced colours, announcements`, async () => {
      // --- first step at 320 CSS px (1.4.10) ---
      await page.setViewportSize({ width: 320, height: 800 });
      await load(tag);
      const host = page.locator(tag);
      await assertNoLoss(tag, 'first step at 320 px');
      await assertTargetSize(tag, 'first step at 320 px');
      await assertNoMotion(tag, 'first step');
      await shot(id, '1-step-320');

      // The polite status region is in the accessibility tree before anything is announced.
      let ax = await axTree();
      assert.ok(
        ax.some((n) => n.role?.value === 'status' && prop(n, 'live') === 'polite'),
        'a status region with aria-live polite',
      );

      // --- "Weiter" on the empty step: errors (3.3.1, 4.1.3) ---
      await host.locator(`${SHOWN} form .nav button.primary`).click();
      await host.locator('.error-summary').waitFor();
      await assertNoMotion(tag, 'after "Weiter"');
      await assertNoLoss(tag, 'errors at 320 px');
      await assertTargetSize(tag, 'errors at 320 px');
      await shot(id, '2-errors-320');
      ax = await axTree();
      const focused = ax.find(
        (n) => prop(n, 'focused') === true && n.role?.value !== 'RootWebArea',
      );
      assert.equal(
        focused?.name?.value,
        uiMessages.de['ui.errorSummary.title'],
        'the focused error summary is announced by its title',
      );
      const invalid = ax.filter((n) => !n.ignored && prop(n, 'invalid') === 'true');
      assert.ok(invalid.length > 0, 'at least one control is exposed as invalid');
      const norm = (t: string) => t.replace(/\s+/g, ' ').trim();
      const errorTexts = (await host.locator('.field .error').allTextContents())
        .map((t) => norm(t).replace(/^Fehler: ?/, ''))
        .filter(Boolean);
      assert.ok(errorTexts.length > 0, 'error texts at the fields');
      const byId = new Map(ax.map((n) => [n.nodeId, n]));
      for (const n of invalid) {
        // A radio or checkbox gets the error through its group (the fieldset, described by it).
        let carrier: AXNode | undefined = n;
        if (/^(radio|checkbox)$/.test(n.role?.value ?? ''))
          while (carrier && carrier.role?.value !== 'group') carrier = byId.get(carrier.parentId!);
        const description = carrier?.description?.value ?? '';
        assert.ok(
          errorTexts.some((t) => norm(description).includes(t)),
          `invalid ${n.role?.value} "${n.name?.value}" has its error as description (got "${description}")`,
        );
      }

      // --- forced colours: marks and focus keep a visible system colour ---
      await page.emulateMedia({ forcedColors: 'active', reducedMotion: 'reduce' });
      try {
        assert.equal(
          await page.evaluate(`matchMedia('(forced-colors: active)').matches`),
          true,
          'forced colours emulated',
        );
        const marks = await probe<{ what: string; style: string; width: number; color: string }[]>(
          tag,
          `${describeEl}
          return all.filter((el) => el.matches('.field.has-error, .error-summary')).map((el) => {
            const cs = getComputedStyle(el);
            const side = el.matches('.field') ? 'borderInlineStart' : 'borderTop';
            return { what: what(el), style: cs[side + 'Style'], width: parseFloat(cs[side + 'Width']), color: cs[side + 'Color'] };
          });`,
        );
        assert.ok(marks.length >= 2, 'error summary and at least one marked field');
        for (const m of marks) {
          assert.equal(m.style, 'solid', `${m.what}: border kept`);
          assert.ok(m.width >= 3, `${m.what}: border ${m.width} px`);
          assert.doesNotMatch(
            m.color,
            /rgba\(0, 0, 0, 0\)|transparent/,
            `${m.what}: border colour`,
          );
        }
        // Keyboard focus from the error summary to its first link: the outline stays.
        await page.keyboard.press('Tab');
        const ring = await page.evaluate(`(() => {
          let el = document.activeElement;
          while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
          const cs = getComputedStyle(el);
          return { what: el.localName, style: cs.outlineStyle, width: parseFloat(cs.outlineWidth),
            color: cs.outlineColor, visible: el.matches(':focus-visible') };
        })()`);
        const r = ring as {
          what: string;
          style: string;
          width: number;
          color: string;
          visible: boolean;
        };
        assert.ok(r.visible, `focused ${r.what} matches :focus-visible`);
        assert.equal(r.style, 'solid', `focus outline of ${r.what} in forced colours`);
        assert.ok(r.width >= 2, `focus outline ${r.width} px`);
        assert.doesNotMatch(r.color, /rgba\(0, 0, 0, 0\)|transparent/);
        // Selected states of radios and checkboxes: native controls, drawn by the system.
        const natives = await probe<string[]>(
          tag,
          `${describeEl}
          return all.filter((el) => el.matches('input[type=radio], input[type=checkbox]'))
            .filter((el) => { const cs = getComputedStyle(el); return cs.appearance === 'none' || cs.forcedColorAdjust === 'none'; })
            .map(what);`,
        );
        assert.deepEqual(natives, [], 'radios and checkboxes keep their system rendering');
        assert.ok(await host.locator(`${SHOWN} .progress`).isVisible(), 'progress line shown');
        await shot(id, '3-forced-colors');
      } finally {
        await page.emulateMedia({ forcedColors: 'none', reducedMotion: 'reduce' });
      }

      // --- 200 % text (1.4.4) at a desktop width ---
      await page.setViewportSize({ width: 1280, height: 900 });
      const before = await probe<number>(
        tag,
        `return parseFloat(getComputedStyle(host.shadowRoot.querySelector('label, legend')).fontSize);`,
      );
      await page.evaluate(`document.documentElement.style.fontSize = '200%'`);
      const zoomed = await probe<number>(
        tag,
        `return parseFloat(getComputedStyle(host.shadowRoot.querySelector('label, legend')).fontSize);`,
      );
      assert.ok(
        zoomed >= before * 1.99,
        `text scales with the font setting (${before} → ${zoomed} px)`,
      );
      await assertNoLoss(tag, 'errors at 200 % text');
      await shot(id, '4-text-200');
      await page.evaluate(`document.documentElement.style.fontSize = ''`);

      // --- the review page: 320 px, 200 % text, targets ---
      await page.setViewportSize({ width: 320, height: 800 });
      await page.evaluate(
        `(() => { const el = document.querySelector(${JSON.stringify(tag)});
          el.loadAnswers(${JSON.stringify(reviewAnswers[id])}); el.goTo('review'); })()`,
      );
      await host.locator('.review').waitFor();
      await assertNoLoss(tag, 'review at 320 px');
      await assertTargetSize(tag, 'review at 320 px');
      await assertNoMotion(tag, 'review');
      await shot(id, '5-review-320');
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.evaluate(`document.documentElement.style.fontSize = '200%'`);
      await assertNoLoss(tag, 'review at 200 % text');
      await page.evaluate(`document.documentElement.style.fontSize = ''`);
    });
  }

  test('focus is never hidden under a sticky page header that sets scroll-padding (2.4.11)', async () => {
    // Short enough that every Tab scrolls: a focused control could end up under the header.
    await page.setViewportSize({ width: 320, height: 240 });
    await load('komm-hundesteuer', 'dresden', true);
    const focusedBox = `(() => {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      const r = el.getBoundingClientRect();
      return { what: el.localName + ' ' + (el.textContent || '').trim().slice(0, 30), top: r.top,
        bottom: r.bottom, header: document.querySelector('header').getBoundingClientRect().bottom };
    })()`;
    type FocusBox = { what: string; top: number; bottom: number; header: number };
    const host = page.locator('komm-hundesteuer');
    await host.locator(`${SHOWN} form .nav button.primary`).click();
    await host.locator('.error-summary').waitFor();
    const summary = (await page.evaluate(focusedBox)) as FocusBox;
    assert.match(summary.what, /^div/, 'the error summary has focus');
    const hidden: string[] = [];
    if (summary.bottom <= summary.header + 1) hidden.push(`error summary (${summary.bottom})`);
    for (const key of [...Array(12).fill('Tab'), ...Array(12).fill('Shift+Tab')]) {
      await page.keyboard.press(key);
      const b = (await page.evaluate(focusedBox)) as FocusBox;
      if (b.what.startsWith('body')) continue;
      if (b.bottom <= b.header + 1) hidden.push(`${key}: ${b.what} (${b.top}..${b.bottom})`);
    }
    assert.deepEqual(hidden, [], 'focused control entirely under the sticky header');
  });

  test('a configuration that cannot be loaded is an assertive alert', async () => {
    await page.setViewportSize({ width: 320, height: 800 });
    await load('komm-hundesteuer', 'nicht-vorhanden');
    const ax = await axTree();
    const alert = ax.find((n) => n.role?.value === 'alert');
    assert.ok(alert, 'role alert in the accessibility tree');
    assert.equal(prop(alert, 'live'), 'assertive');
    await assertNoLoss('komm-hundesteuer', 'config error at 320 px');
  });
});
