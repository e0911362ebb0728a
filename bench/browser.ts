/**
 * Browser part of `npm run bench` (issue 5): `<komm-hundesteuer>` from the built
 * `dist/cdn/hundesteuer.js` with the Dresden config against SurveyJS 2.5.38 (survey-core +
 * survey-js-ui UMD builds, fontless CSS) showing the same two steps (`bench/browser/surveyjs-form.ts`
 * makes its form from our definition and texts). One Chromium (playwright-core, Debian's binary),
 * one static server on 127.0.0.1, the two alternated (ABBA) for ≥ 7 rounds after a warm-up round,
 * every page in a fresh browser context (empty cache, no draft).
 *
 * Measured in the page by `bench/browser/probe.js`, the same way for both: a MutationObserver
 * over the document and every shadow root; a marker counts when it is in the DOM with its text
 * and has a layout box (style and layout are forced, so their cost is included; paint is not,
 * the next frame is kept in the details).
 *
 * - first render: navigation start -> the first question's label is shown;
 * - "Weiter" valid: the `click` event (first capture listener) -> step 2's heading is shown
 *   ("Einen Hund anmelden" chosen before); the last question of step 2 is kept in the details;
 * - "Weiter" empty: the click -> the error (our summary, SurveyJS's box at the question) is shown;
 * - bytes: Resource Timing `transferSize` of the page load (gzip -9 served, as a CDN would);
 * - heap: CDP `Runtime.getHeapUsage` after a forced GC, once the first step is idle.
 *
 * `BENCH_CDN_DIR=/path/to/cdn` measures another build of the bundles instead of `dist/cdn`.
 *
 * First render is taken twice: in the rounds above, with Playwright (which turns DevTools' network
 * recording on for every page), and then with Chromium over a bare DevTools pipe that records
 * nothing (`bench/browser/cdp.ts`, same pages, probe and order, a fresh context per load). Network
 * recording makes V8 parse the top level of the module that starts a request again: it costs our
 * bundle (whose config prefetch starts while it evaluates) 20–40 ms that no citizen's browser pays,
 * SurveyJS about 15 ms. Both rows carry the goal.
 *
 * Goals (issue 5): "Weiter" valid ≤ 0.10× SurveyJS's "Next", first render ≤ 0.25×. The floor row
 * is an element that only fetches its config and shows one label (what no assistant can beat).
 *
 * The pre-rendered embed (README "Pre-rendered embed") is measured the same way as a third kind:
 * `bench/browser/prerendered.html` with the snippet `prerenderedEmbed()` (dist/cdn/komm-prerender.js)
 * writes for ours.html's element, generated at start in the same Chromium. Its rows stand beside
 * the one-script-tag rows, which keep their meaning.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { todayIso } from '../src/engine/walk.js';
import { comparisonForm, type ComparisonForm } from './browser/surveyjs-form.js';
import { launchRaw } from './browser/cdp.js';
import { serve, typeOf, type Route } from './browser/server.js';
import type { BenchContext, BenchResult, BenchRow } from './types.js';

type Kind = 'ours' | 'prerendered' | 'surveyjs' | 'floor';

interface Sample {
  firstRender: number;
  /** First render minus the arrival of the last file before it (our config): work after the wait. */
  afterData?: number;
  nextValid?: number;
  nextValidLast?: number;
  nextValidFrame?: number;
  nextEmpty?: number;
  transfer: number;
  decoded: number;
  requests: number;
  heap: number;
}

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
  '--disable-extensions',
  // Headless Chromium 156 (the full browser) loads the omnibox popup WebUI for every new window:
  // background work on 2 cores that only adds noise to both sides.
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup',
];
const PAGE_TIMEOUT = 20_000;

/** Newest modification time of the files under `dir` (to tell a stale bundle). */
function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

function ensureBundle(ctx: BenchContext): string {
  // Another build to compare (e.g. before/after a change), built like dist/cdn.
  const other = process.env.BENCH_CDN_DIR;
  if (other) {
    if (!existsSync(join(other, 'hundesteuer.js')))
      throw new Error(`BENCH_CDN_DIR=${other} has no hundesteuer.js`);
    ctx.log(`bundle from BENCH_CDN_DIR=${other}`);
    return other;
  }
  const bundle = `${ctx.root}dist/cdn/hundesteuer.js`;
  if (!existsSync(bundle)) {
    ctx.log('dist/cdn/hundesteuer.js is missing: node scripts/build.mjs …');
    const r = spawnSync(process.execPath, ['scripts/build.mjs'], {
      cwd: ctx.root,
      env: { ...process.env, KOMM_QUIET_BUILD: '1' },
      stdio: ['ignore', 'ignore', 'inherit'],
      timeout: 300_000,
    });
    if (r.status !== 0 || !existsSync(bundle))
      throw new Error(`node scripts/build.mjs failed (exit ${r.status ?? r.signal})`);
  } else if (newest(`${ctx.root}src`) > statSync(bundle).mtimeMs) {
    ctx.log(
      'note: src/ changed after dist/cdn/hundesteuer.js was built (npm run build to measure it)',
    );
  }
  return `${ctx.root}dist/cdn`;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const ms = (x: number) => `${x < 10 ? x.toFixed(1) : Math.round(x)} ms`;
const kb = (x: number) => `${(x / 1024).toFixed(1)} KB`;
const mb = (x: number) => `${(x / 2 ** 20).toFixed(1)} MB`;
const ratio = (x: number) => `${x.toFixed(2)}×`;

function routes(root: string, cdn: string, form: ComparisonForm): Record<string, Route> {
  const here = `${root}bench/browser/`;
  const file = (p: string): Route => ({ body: readFileSync(p), type: typeOf(p) });
  const config = JSON.parse(readFileSync(`${root}examples/config/dresden.json`, 'utf8'));
  // Step 1 posts nothing: the hub address points at a closed port, so nothing is ever contacted.
  config.endpoint = 'http://127.0.0.1:9/api/v1';
  const out: Record<string, Route> = {
    '/ours.html': file(`${here}ours.html`),
    '/surveyjs.html': file(`${here}surveyjs.html`),
    '/floor.html': file(`${here}floor.html`),
    '/floor.js': file(`${here}floor.js`),
    // '/prerendered.html' is added once its embed is generated (see `prerenderedPage`).
    '/config/dresden.json': { body: JSON.stringify(config), type: typeOf('x.json') },
    '/surveyjs/survey.core.min.js': file(`${root}node_modules/survey-core/survey.core.min.js`),
    '/surveyjs/survey-js-ui.min.js': file(`${root}node_modules/survey-js-ui/survey-js-ui.min.js`),
    '/surveyjs/survey-core.fontless.min.css': file(
      `${root}node_modules/survey-core/survey-core.fontless.min.css`,
    ),
    '/surveyjs/form.js': {
      body: `window.benchSurveyJson = ${JSON.stringify(form.survey)};\n`,
      type: typeOf('x.js'),
    },
    '/surveyjs/start.js': file(`${here}surveyjs-start.js`),
  };
  // Every file of the cdn folder: a bundle may load a part of itself (e.g. the English texts).
  for (const f of readdirSync(cdn)) if (f.endsWith('.js')) out[`/cdn/${f}`] = file(join(cdn, f));
  return out;
}

/**
 * `bench/browser/prerendered.html` with the embed written by `prerenderedEmbed()` for ours.html's
 * element, once it shows step 1 (a fresh context, no probe).
 */
async function prerenderedPage(browser: Browser, origin: string, root: string): Promise<string> {
  const context = await browser.newContext({ viewport: { width: 1024, height: 900 } });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(PAGE_TIMEOUT);
    await page.goto(`${origin}/ours.html`, { waitUntil: 'load' });
    const snippet = await page.evaluate(async () => {
      await customElements.whenDefined('komm-hundesteuer');
      const el = document.querySelector('komm-hundesteuer')!;
      const deadline = performance.now() + 10_000;
      while (!el.shadowRoot?.querySelector('#step-title')) {
        if (performance.now() > deadline) throw new Error('ours.html: step 1 not shown');
        await new Promise((r) => setTimeout(r, 20));
      }
      const m = (await import('/cdn/komm-prerender.js' as string)) as {
        prerenderedEmbed: (el: Element, o: { src: string }) => Promise<string>;
      };
      return m.prerenderedEmbed(el, { src: '/cdn/hundesteuer.js' });
    });
    const template = readFileSync(`${root}bench/browser/prerendered.html`, 'utf8');
    if (!template.includes('<!-- embed -->'))
      throw new Error('bench/browser/prerendered.html lacks its <!-- embed --> placeholder');
    return template.replace('<!-- embed -->', snippet.trim());
  } finally {
    await context.close().catch(() => {});
  }
}

/** The probe, its targets and the armed first-render check, run before any script of the page. */
function initScript(kind: Kind, form: ComparisonForm): string {
  const here = new URL('./browser/', import.meta.url);
  return [
    `window.__benchKind = ${JSON.stringify(kind)};`,
    `window.__benchTexts = ${JSON.stringify(form.texts)};`,
    readFileSync(new URL('probe.js', here), 'utf8'),
    readFileSync(new URL('targets.js', here), 'utf8'),
    `window.__bench.arm('first', 'firstQuestion', window.__benchTexts.firstQuestion, false);`,
  ].join('\n');
}

async function measurePage(
  browser: Browser,
  origin: string,
  kind: Kind,
  form: ComparisonForm,
  mode: 'valid' | 'empty' | 'load',
): Promise<Sample> {
  const context = await browser.newContext({ viewport: { width: 1024, height: 900 } });
  try {
    await context.addInitScript({ content: initScript(kind, form) });
    const page = await context.newPage();
    page.setDefaultTimeout(PAGE_TIMEOUT);
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    const cdp = await context.newCDPSession(page);
    const fail = (what: string) =>
      new Error(`${kind}: ${what}${problems.length ? ` (page: ${problems.join(' | ')})` : ''}`);

    await page.goto(`${origin}/${kind}.html`, { waitUntil: 'load' });
    type Mark = { start?: number; end: number; ms?: number; frameMs?: number };
    const mark = (name: string) =>
      page
        .waitForFunction(
          (n) =>
            (window as unknown as { __bench: { marks: Record<string, Mark> } }).__bench.marks[n],
          name,
          { polling: 50, timeout: PAGE_TIMEOUT },
        )
        .then((h) => h.jsonValue() as Promise<Mark>)
        .catch(() => {
          throw fail(`"${name}" was not shown within ${PAGE_TIMEOUT / 1000} s`);
        });
    const first = await mark('first');
    const idle = () =>
      page.evaluate(() =>
        (window as unknown as { __bench: { idle(): Promise<void> } }).__bench.idle(),
      );
    await idle();
    const bytes = await page.evaluate(() =>
      (
        window as unknown as {
          __bench: {
            bytes(): {
              arrived: Record<string, number>;
              requests: number;
              transfer: number;
              decoded: number;
            };
          };
        }
      ).__bench.bytes(),
    );
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    const data = Math.max(...Object.values(bytes.arrived).filter((t) => t < first.end));
    const sample: Sample = {
      firstRender: first.end,
      afterData: first.end - data,
      transfer: bytes.transfer,
      decoded: bytes.decoded,
      requests: bytes.requests,
      heap,
    };
    if (mode === 'load') return sample;

    const arm = (name: string, target: string, text: string) =>
      page.evaluate(
        ([n, t, x]) =>
          (
            window as unknown as {
              __bench: { arm(n: string, t: string, x: string, c: boolean): void };
            }
          ).__bench.arm(n!, t!, x!, true),
        [name, target, text],
      );
    const weiter = page.getByRole('button', { name: form.texts.next, exact: true });
    if (mode === 'valid') {
      await page.getByText(form.texts.choice, { exact: true }).click();
      await idle();
      await arm('next', 'nextHeading', form.texts.nextHeading);
      await arm('nextLast', 'nextLastQuestion', form.texts.nextLastQuestion);
      await weiter.click();
      const next = await mark('next');
      const last = await mark('nextLast');
      await idle(); // the frame time is taken in the next animation frame
      const frame = await page.evaluate(
        () =>
          (window as unknown as { __bench: { marks: Record<string, Mark> } }).__bench.marks.next!
            .frameMs,
      );
      if (next.ms === undefined) throw fail('the click on "Weiter" was not seen');
      sample.nextValid = next.ms;
      sample.nextValidLast = last.ms;
      sample.nextValidFrame = frame;
    } else {
      await arm('error', 'error', form.texts.requiredError);
      await weiter.click();
      const error = await mark('error');
      if (error.ms === undefined) throw fail('the click on "Weiter" was not seen');
      sample.nextEmpty = error.ms;
    }
    if (problems.length) throw fail('errors in the page');
    return sample;
  } finally {
    await context.close().catch(() => {});
  }
}

export async function bench(ctx: BenchContext): Promise<BenchResult> {
  const rounds = ctx.quick ? 3 : 9;
  const cdn = ensureBundle(ctx);
  const form = comparisonForm(
    JSON.parse(readFileSync(`${ctx.root}examples/config/dresden.json`, 'utf8')).assistants
      .hundesteuer,
    todayIso(),
  );
  const table = routes(ctx.root, cdn, form);
  if (!table['/cdn/komm-prerender.js'])
    throw new Error(`${cdn} has no komm-prerender.js (node scripts/build.mjs)`);
  let server = await serve(table);
  let browser: Browser | undefined;
  const samples: Record<Kind, Sample[]> = { ours: [], prerendered: [], surveyjs: [], floor: [] };
  // First render without DevTools' network recording (bench/browser/cdp.ts), one load per round and kind.
  const raw: Record<Kind, number[]> = { ours: [], prerendered: [], surveyjs: [], floor: [] };
  const load: number[] = []; // 1-minute load average at the start and the end
  try {
    browser = await chromium.launch({
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      args: ARGS,
      timeout: 30_000,
    });
    // The pre-rendered page, written in this Chromium from ours.html, then served beside the rest.
    const prerendered = await prerenderedPage(browser, server.origin, ctx.root);
    await server.close();
    server = await serve({
      ...table,
      '/prerendered.html': { body: prerendered, type: typeOf('x.html') },
    });
    ctx.log(`browser: prerendered.html generated (${kb(Buffer.byteLength(prerendered))} of HTML)`);
    const round = async (order: Kind[], keep: boolean) => {
      for (const kind of order) {
        if (kind === 'floor') {
          const s = await measurePage(browser!, server.origin, kind, form, 'load');
          if (keep) samples.floor.push(s);
          continue;
        }
        const valid = await measurePage(browser!, server.origin, kind, form, 'valid');
        const empty = await measurePage(browser!, server.origin, kind, form, 'empty');
        // Two page loads per round and kind: both count for first render, bytes and heap.
        if (keep)
          samples[kind].push(valid, {
            ...empty,
            nextValid: undefined,
          });
      }
    };
    ctx.log(
      `browser: warm-up round, then ${rounds} rounds (ours, pre-rendered and SurveyJS alternated)`,
    );
    load.push(loadavg()[0]!);
    if (load[0]! > cpus().length)
      ctx.log(
        `note: load average ${load[0]!.toFixed(1)} on ${cpus().length} cores: wall times are noisy (try \`nice -n -10\`)`,
      );
    await round(['ours', 'prerendered', 'surveyjs', 'floor'], false);
    for (let r = 0; r < rounds; r++) {
      await round(
        r % 2
          ? ['surveyjs', 'prerendered', 'ours', 'floor']
          : ['ours', 'prerendered', 'surveyjs', 'floor'],
        true,
      );
      const o = samples.ours.at(-2)!;
      const p = samples.prerendered.at(-2)!;
      const s = samples.surveyjs.at(-2)!;
      ctx.log(
        `round ${r + 1}/${rounds}: first render ${ms(o.firstRender)} / ${ms(p.firstRender)} / ${ms(s.firstRender)}, ` +
          `Weiter ${ms(o.nextValid!)} / ${ms(p.nextValid!)} / ${ms(s.nextValid!)} (ours / pre-rendered / SurveyJS)`,
      );
    }
    await browser.close();
    browser = undefined;

    ctx.log(
      'browser: first render again, Chromium over a bare DevTools pipe (no network recording)',
    );
    const bare = await launchRaw(process.env.CHROME_PATH ?? '/usr/bin/chromium', [
      ...ARGS,
      '--window-size=1024,900',
    ]);
    try {
      const read = 'window.__bench && window.__bench.marks.first && window.__bench.marks.first.end';
      const kinds: Kind[] = ['ours', 'prerendered', 'surveyjs', 'floor'];
      for (let r = -1; r < rounds; r++)
        for (const kind of r % 2 ? [...kinds].reverse() : kinds) {
          const t = await bare.firstRender(
            `${server.origin}/${kind}.html`,
            initScript(kind, form),
            read,
            PAGE_TIMEOUT,
          );
          if (r >= 0) raw[kind].push(t); // round -1 warms up
        }
    } finally {
      await bare.close();
    }
    load.push(loadavg()[0]!);
  } finally {
    await browser?.close().catch(() => {});
    await server.close();
  }

  const med = (kind: Kind, k: keyof Sample) =>
    median(samples[kind].map((s) => s[k]).filter((v): v is number => typeof v === 'number'));
  const figures = {
    firstRender: { ours: med('ours', 'firstRender'), surveyjs: med('surveyjs', 'firstRender') },
    afterData: { ours: med('ours', 'afterData'), surveyjs: med('surveyjs', 'afterData') },
    nextValid: { ours: med('ours', 'nextValid'), surveyjs: med('surveyjs', 'nextValid') },
    nextValidLast: {
      ours: med('ours', 'nextValidLast'),
      surveyjs: med('surveyjs', 'nextValidLast'),
    },
    nextValidFrame: {
      ours: med('ours', 'nextValidFrame'),
      surveyjs: med('surveyjs', 'nextValidFrame'),
    },
    nextEmpty: { ours: med('ours', 'nextEmpty'), surveyjs: med('surveyjs', 'nextEmpty') },
    transfer: { ours: med('ours', 'transfer'), surveyjs: med('surveyjs', 'transfer') },
    heap: { ours: med('ours', 'heap'), surveyjs: med('surveyjs', 'heap') },
    floorFirstRender: med('floor', 'firstRender'),
    bare: {
      ours: median(raw.ours),
      surveyjs: median(raw.surveyjs),
      floor: median(raw.floor),
      prerendered: median(raw.prerendered),
    },
    prerendered: {
      firstRender: med('prerendered', 'firstRender'),
      nextValid: med('prerendered', 'nextValid'),
      nextEmpty: med('prerendered', 'nextEmpty'),
      transfer: med('prerendered', 'transfer'),
      heap: med('prerendered', 'heap'),
    },
  };
  const r = (f: { ours: number; surveyjs: number }) => f.ours / f.surveyjs;
  const rows: BenchRow[] = [];
  const trio = (
    name: string,
    f: { ours: number; surveyjs: number },
    fmt: (x: number) => string,
    goal?: number,
  ) => {
    rows.push({ figure: `browser: ${name}, ours`, value: fmt(f.ours) });
    rows.push({ figure: `browser: ${name}, SurveyJS`, value: fmt(f.surveyjs) });
    rows.push({
      figure: `browser: ${name}, ours/SurveyJS`,
      value: ratio(r(f)),
      ...(goal !== undefined ? { goal: `≤ ${goal.toFixed(2)}×`, ok: r(f) <= goal } : {}),
    });
  };
  trio('first render (median)', figures.firstRender, ms, 0.25);
  rows.push({
    figure: 'browser: first render, floor (fetch config, one label)',
    value: `${ms(figures.floorFirstRender)} (${ratio(figures.floorFirstRender / figures.firstRender.surveyjs)})`,
  });
  // The same, loaded without DevTools' network recording (see bench/browser/cdp.ts).
  const bare = figures.bare;
  trio('first render, no DevTools network recording (median)', bare, ms, 0.25);
  rows.push({
    figure: 'browser: first render, no DevTools network recording, floor',
    value: `${ms(bare.floor)} (${ratio(bare.floor / bare.surveyjs)})`,
  });
  rows.push({
    figure: 'browser: first render, no DevTools network recording, pre-rendered embed',
    value: `${ms(bare.prerendered)} (${ratio(bare.prerendered / bare.surveyjs)})`,
  });
  trio('"Weiter" valid -> step 2 heading (median)', figures.nextValid, ms, 0.1);
  trio('"Weiter" empty -> error shown (median)', figures.nextEmpty, ms);
  trio('transfer bytes of the page load', figures.transfer, kb);
  trio('JS heap after first render (after GC)', figures.heap, mb);
  // The pre-rendered embed (step 1 in the page's HTML), beside the one-script-tag rows above.
  const pre = figures.prerendered;
  const vs = (x: number, s: number) => `(${ratio(x / s)} SurveyJS)`;
  rows.push({
    figure: 'browser: first render, pre-rendered embed (median)',
    value: ms(pre.firstRender),
  });
  rows.push({
    figure: 'browser: first render, pre-rendered embed/SurveyJS',
    value: ratio(pre.firstRender / figures.firstRender.surveyjs),
    goal: '≤ 0.25×',
    ok: pre.firstRender / figures.firstRender.surveyjs <= 0.25,
  });
  for (const [name, x, s, fmt] of [
    ['"Weiter" valid -> step 2 heading', pre.nextValid, figures.nextValid.surveyjs, ms],
    ['"Weiter" empty -> error shown', pre.nextEmpty, figures.nextEmpty.surveyjs, ms],
    ['transfer bytes of the page load', pre.transfer, figures.transfer.surveyjs, kb],
    ['JS heap after first render (after GC)', pre.heap, figures.heap.surveyjs, mb],
  ] as const)
    rows.push({ figure: `browser: ${name}, pre-rendered embed`, value: `${fmt(x)} ${vs(x, s)}` });
  return {
    rows,
    details: {
      rounds,
      loadAverage: load,
      method:
        'in-page MutationObserver over document and shadow roots; marker in DOM with text and layout box; ' +
        'click timed from its first capture listener; fresh context per page; ABBA order; warm-up round dropped',
      figures,
      ratios: {
        firstRender: r(figures.firstRender),
        firstRenderBare: figures.bare.ours / figures.bare.surveyjs,
        prerenderedFirstRender: figures.prerendered.firstRender / figures.firstRender.surveyjs,
        nextValid: r(figures.nextValid),
        nextEmpty: r(figures.nextEmpty),
        transfer: r(figures.transfer),
        heap: r(figures.heap),
      },
      samples,
      bareFirstRender: raw,
      form: form.texts,
    },
  };
}
