/**
 * Drives an assistant element the way a person does, from a fixture's answers object:
 * through its native controls (clicks and input events), or with the keyboard alone
 * (Tab, arrows, Space, typing via the browser's real key events).
 */
import { sendKeys } from '@web/test-runner-commands';
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { html, unsafeStatic } from 'lit/static-html.js';
import type { KommAssistant as Base } from '../src/components/assistant-element.js';

// Any assistant element, whatever its parameters' type.
type KommAssistant = Base<any>;

type Leaf = { path: string; value: unknown };

const root = (el: HTMLElement) => el.shadowRoot!;
export const q = <T extends Element = HTMLElement>(el: HTMLElement, sel: string) =>
  root(el).querySelector<T>(sel);
export const qa = <T extends Element = HTMLElement>(el: HTMLElement, sel: string) => [
  ...root(el).querySelectorAll<T>(sel),
];

/** The text of `sel` in the shadow root as shown: each run of whitespace one space. */
export const textOf = (el: HTMLElement, sel: string) =>
  q(el, sel)!.textContent!.replace(/\s+/g, ' ').trim();

/** `<tag>` in `lang` with `config` and no draft, rendered and shown at step `step`. */
export async function atStep(
  tag: string,
  step: string,
  lang: string,
  config: Record<string, unknown>,
): Promise<KommAssistant> {
  const t = unsafeStatic(tag);
  const el = await fixture<KommAssistant>(
    html`<${t} lang=${lang} draft="off" .config=${config}></${t}>`,
  );
  await waitUntil(() => q(el, '#step-title'), 'assistant did not render', { timeout: 5000 });
  el.goTo(step);
  await el.updateComplete;
  expect(stepId(el)).to.equal(step);
  return el;
}
/**
 * `<tag>` in `lang` with `config` and no draft, in a column `width` px wide (the room a CMS page
 * gives it on a small phone), once step 1 has rendered.
 */
export async function inColumn(
  width: number,
  tag: string,
  lang: string,
  config: Record<string, unknown>,
): Promise<KommAssistant> {
  const t = unsafeStatic(tag);
  const box = await fixture<HTMLElement>(
    html`<div style=${`width: ${width}px; font-family: sans-serif`}>
      <${t} lang=${lang} draft="off" .config=${config}></${t}>
    </div>`,
  );
  const el = box.firstElementChild as KommAssistant;
  await waitUntil(() => q(el, '#step-title'), 'assistant did not render', { timeout: 5000 });
  return el;
}

/**
 * The words of `el`'s text that are broken over two lines although they would have fitted a line
 * of their own (a word wider than its line has to break). The line is the width of the nearest
 * block around the text, without its padding.
 */
export function brokenWords(el: Element): string[] {
  let block: Element = el;
  while (getComputedStyle(block).display.startsWith('inline') && block.parentElement)
    block = block.parentElement;
  const style = getComputedStyle(block);
  const room = block.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  const broken: string[] = [];
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    for (const m of (node.textContent ?? '').matchAll(/\S+/g)) {
      const range = document.createRange();
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      const rects = [...range.getClientRects()];
      const width = rects.reduce((sum, r) => sum + r.width, 0);
      if (rects.length > 1 && width <= room) broken.push(m[0]);
    }
  return broken;
}

const idOf = (path: string) => `f-${path.replace(/\./g, '-')}`;
const settle = async (el: KommAssistant) => {
  await el.updateComplete;
  await el.updateComplete;
};

/** `{a: {b: [ {c: 1} ]}}` -> `a.b.0.c = 1`; arrays of primitives (checkbox groups) are leaves. */
export function leaves(obj: unknown, prefix = ''): Leaf[] {
  if (Array.isArray(obj) && obj.every((x) => typeof x !== 'object' || x === null))
    return [{ path: prefix, value: obj }];
  if (obj && typeof obj === 'object')
    return Object.entries(obj).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
  return [{ path: prefix, value: obj }];
}

/** Lists of items in the answers (`hunde` -> 2), to add items before filling them. */
function lists(
  obj: unknown,
  prefix = '',
  out: Map<string, number> = new Map(),
): Map<string, number> {
  if (Array.isArray(obj)) {
    if (obj.some((x) => x && typeof x === 'object')) {
      out.set(prefix, obj.length);
      obj.forEach((x, i) => lists(x, `${prefix}.${i}`, out));
    }
  } else if (obj && typeof obj === 'object') {
    for (const [k, v] of Object.entries(obj)) lists(v, prefix ? `${prefix}.${k}` : k, out);
  }
  return out;
}

const displayOf = (v: unknown) => (typeof v === 'number' ? String(v).replace('.', ',') : String(v));

/** Sets one answer through its control if this step shows it; returns whether anything changed. */
function setLeaf(el: HTMLElement, { path, value }: Leaf): boolean {
  const day = q<HTMLInputElement>(el, `#${idOf(path)}-day`);
  if (day) {
    // A date is three inputs: Tag, Monat, Jahr.
    const [y = '', m = '', d = ''] = String(value).split('-');
    let changed = false;
    for (const [part, text] of [
      ['day', d.replace(/^0(?=\d)/, '')],
      ['month', m.replace(/^0(?=\d)/, '')],
      ['year', y],
    ] as const) {
      const input = q<HTMLInputElement>(el, `#${idOf(path)}-${part}`)!;
      if (input.value === text) continue;
      input.value = text;
      input.dispatchEvent(new Event('input'));
      changed = true;
    }
    return changed;
  }
  const byId = q<HTMLElement>(el, `#${idOf(path)}`);
  const named = qa<HTMLInputElement>(el, `input[name="${path}"]`);
  if (
    named.length &&
    (named[0]!.type === 'radio' ||
      (named[0]!.type === 'checkbox' && named.length > 1) ||
      Array.isArray(value))
  ) {
    let changed = false;
    for (const input of named) {
      const want = Array.isArray(value) ? value.includes(input.value) : input.value === value;
      if (input.checked !== want && (want || input.type === 'checkbox')) {
        input.click();
        changed = true;
      }
    }
    return changed;
  }
  if (!byId) return false;
  if (byId instanceof HTMLInputElement && byId.type === 'checkbox') {
    if (byId.checked === (value === true)) return false;
    byId.click();
    return true;
  }
  if (byId instanceof HTMLSelectElement) {
    if (byId.value === value) return false;
    byId.value = String(value);
    byId.dispatchEvent(new Event('change'));
    return true;
  }
  if (byId instanceof HTMLInputElement || byId instanceof HTMLTextAreaElement) {
    const text = displayOf(value);
    if (byId.value === text || (byId.type !== 'text' && byId.value === String(value))) return false;
    byId.value = text;
    byId.dispatchEvent(new Event('input'));
    byId.dispatchEvent(new Event('change'));
    return true;
  }
  return false;
}

/** Adds items to editable lists of this step until they hold as many as the answers. */
async function addItems(el: KommAssistant, answers: unknown) {
  for (const [path, n] of lists(answers)) {
    for (let guard = 0; guard < 10; guard++) {
      const container = q(el, `#${idOf(path)}`);
      if (!container) break;
      const count = container.querySelectorAll(':scope > fieldset.item').length;
      const add = container.querySelector<HTMLButtonElement>(':scope > button.add');
      if (count >= n || !add) break;
      add.click();
      await settle(el);
    }
  }
}

/** Fills every control of the current step from `answers` (conditional fields as they appear). */
export async function fillStep(el: KommAssistant, answers: Record<string, unknown>) {
  await addItems(el, answers);
  const all = leaves(answers);
  for (let pass = 0; pass < 6; pass++) {
    let changed = false;
    for (const leaf of all) changed = setLeaf(el, leaf) || changed;
    await settle(el);
    if (!changed) break;
  }
}

export const stepId = (el: KommAssistant) => (el as unknown as { stepId: string }).stepId;
export const view = (el: KommAssistant) => (el as unknown as { view: string }).view;

/** "Weiter": click the primary button and wait for the render. */
export async function next(el: KommAssistant) {
  q<HTMLButtonElement>(el, 'button.primary')!.click();
  await settle(el);
}

/**
 * Fills and leaves every step until the review page; fails with the step id and the shown
 * errors when a step does not let the person continue.
 */
export async function completeSteps(el: KommAssistant, answers: Record<string, unknown>) {
  for (let guard = 0; guard < 30 && view(el) === 'step'; guard++) {
    const before = stepId(el);
    await fillStep(el, answers);
    await next(el);
    if (view(el) === 'step' && stepId(el) === before) {
      // Warnings are shown once; "Weiter" again accepts them.
      const summary = q(el, '[part="error-summary"]');
      if (summary?.classList.contains('warnings')) {
        await next(el);
        continue;
      }
      throw new Error(
        `step "${before}" did not accept the answers: ${summary?.textContent?.replace(/\s+/g, ' ')}`,
      );
    }
  }
  if (view(el) !== 'review') throw new Error(`expected the review page, got ${view(el)}`);
}

/** Sends from the review page and waits for the confirmation (or throws with what is shown). */
export async function submit(el: KommAssistant, timeout = 8000) {
  q<HTMLButtonElement>(el, 'button.primary')!.click();
  await waitUntil(
    () => view(el) === 'confirmation' || q(el, '.submit-failure') || view(el) === 'step',
    'no answer from the hub',
    { timeout },
  );
  await settle(el);
  if (view(el) !== 'confirmation')
    throw new Error(
      `not sent: ${(q(el, '.submit-failure') ?? q(el, '[part="error-summary"]'))?.textContent?.replace(/\s+/g, ' ')}`,
    );
  return q(el, '.reference')!.textContent!.trim();
}

// ---- Keyboard only ---------------------------------------------------------------------------

const active = (el: HTMLElement) => root(el).activeElement as HTMLElement | null;
const press = (key: string) => sendKeys({ press: key });

/** Types a time into a native time input: 12-hour locales need the hour, minutes and AM/PM. */
async function typeTime(hhmm: string) {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  const hour12 = new Intl.DateTimeFormat(navigator.language, { hour: 'numeric' }).resolvedOptions()
    .hour12;
  if (!hour12)
    return sendKeys({ type: `${String(h).padStart(2, '0')}${String(m).padStart(2, '0')}` });
  await sendKeys({ type: String(h % 12 === 0 ? 12 : h % 12).padStart(2, '0') });
  await sendKeys({ type: String(m).padStart(2, '0') });
  await sendKeys({ type: h < 12 ? 'A' : 'P' });
}

/**
 * Completes the current step with the keyboard alone: Tab through the controls in order, act on
 * each (type, arrows in radio groups and selects, Space on checkboxes, Enter on "add"), and press
 * Enter on "Weiter".
 */
export async function keyboardStep(el: KommAssistant, answers: Record<string, unknown>) {
  const want = new Map(leaves(answers).map((l) => [l.path, l.value]));
  const listSizes = lists(answers);
  const doneRadio = new Set<string>();
  for (let i = 0; i < 250; i++) {
    await press('Tab');
    await settle(el);
    const a = active(el);
    if (!a) continue;
    if (a.matches('button.primary')) {
      await press('Enter');
      await settle(el);
      return;
    }
    if (a.matches('button.add')) {
      const list = a.parentElement!;
      const path = list.id.replace(/^f-/, '').replace(/-/g, '.');
      const count = list.querySelectorAll(':scope > fieldset.item').length;
      if (count < (listSizes.get(path) ?? 0)) {
        await press('Enter');
        await settle(el);
      }
      continue;
    }
    const input = a as HTMLInputElement;
    const datePart = /^(.*)-(day|month|year)$/.exec(input.name);
    if (datePart && want.has(datePart[1]!)) {
      const [y = '', m = '', d = ''] = String(want.get(datePart[1]!)).split('-');
      const text = { day: d, month: m, year: y }[datePart[2] as 'day' | 'month' | 'year'].replace(
        /^0(?=\d)/,
        '',
      );
      if (input.value !== text) {
        while (input.value) await press('Backspace');
        await sendKeys({ type: text });
        await settle(el);
      }
      continue;
    }
    const path = input.name;
    if (!path || !want.has(path)) continue;
    const value = want.get(path);
    if (input.type === 'radio') {
      if (doneRadio.has(path)) continue;
      doneRadio.add(path);
      const group = qa<HTMLInputElement>(el, `input[name="${path}"]`);
      for (let k = 0; k < group.length + 1 && !group.find((g) => g.value === value)?.checked; k++) {
        await press(
          group.some((g) => g.checked) || active(el) !== group.find((g) => g.value === value)
            ? 'ArrowDown'
            : 'Space',
        );
        await settle(el);
      }
      continue;
    }
    if (input.type === 'checkbox') {
      const on = Array.isArray(value) ? value.includes(input.value) : value === true;
      if (input.checked !== on) {
        await press('Space');
        await settle(el);
      }
      continue;
    }
    if (a instanceof HTMLSelectElement) {
      for (let k = 0; k < a.options.length + 1 && a.value !== value; k++) {
        await press(
          a.selectedIndex < [...a.options].findIndex((o) => o.value === value)
            ? 'ArrowDown'
            : 'ArrowUp',
        );
        await settle(el);
      }
      continue;
    }
    if (input.type === 'time') {
      // Tab walks through the segments of a time control; type once, on the first.
      if (input.value !== value && !input.value) await typeTime(String(value));
      await settle(el);
      continue;
    }
    const text = displayOf(value);
    if (input.value !== text) {
      while (input.value) await press('Backspace');
      await sendKeys({ type: text });
      await settle(el);
    }
  }
  throw new Error(`keyboard: never reached "Weiter" on step ${stepId(el)}`);
}

/** An example municipality's config (`examples/config/<name>.json`), as the tests' pages serve it. */
export async function exampleConfig(name = 'dresden'): Promise<Record<string, unknown>> {
  return (await (await fetch(`/examples/config/${name}.json`)).json()) as Record<string, unknown>;
}
