/**
 * The pre-rendered embed (issue 5, first render; README "Pre-rendered embed"): HTML a page can
 * carry with step 1 of an assistant already in it, as a declarative shadow root, so the question
 * shows while the script-tag bundle is still loading. The element replaces it with its own
 * content once it runs (`KommAssistant.render`).
 *
 * Not part of any assistant's bundle: built as `dist/cdn/komm-prerender.js` (no Lit, no texts),
 * for the demo page, the browser bench and a municipality's web team. Runs in the browser, on a
 * page where the element is defined.
 */

export interface PrerenderOptions {
  /**
   * URL of the script-tag bundle for the snippet's `<script type="module">`; by default the
   * `src` of the page's module script named `<id>.js` or `all.js` (absolute).
   */
  src?: string;
}

/** Custom element with Lit's `updateComplete` (every komm element has it). */
type Updating = HTMLElement & { updateComplete?: Promise<unknown> };

/** The rules of a shadow root's adopted style sheets, as text (the element's `static styles`). */
function cssOf(root: ShadowRoot): string {
  return root.adoptedStyleSheets
    .flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText))
    .join('\n')
    .replace(/<\/style/gi, '<\\/style');
}

/**
 * The children of `root` copied into the inert document `doc` (no element upgrades there), its
 * adopted styles first as a `<style>`, and every open shadow root below as a nested declarative
 * `<template shadowrootmode="open">` with its own styles.
 */
function copyRoot(root: ShadowRoot, doc: Document): DocumentFragment {
  const out = doc.createDocumentFragment();
  const css = cssOf(root);
  if (css) out.append(Object.assign(doc.createElement('style'), { textContent: css }));
  const content = doc.createDocumentFragment();
  for (const node of root.childNodes) content.append(doc.importNode(node, true));
  // Without Lit's markers: the element renders its own content anyway.
  const comments = doc.createTreeWalker(content, NodeFilter.SHOW_COMMENT);
  const markers: Node[] = [];
  while (comments.nextNode()) markers.push(comments.currentNode);
  for (const m of markers) m.parentNode!.removeChild(m);
  // The same tree, element for element: the i-th element of the copy is the i-th of the original.
  const originals = [...root.querySelectorAll('*')];
  const copies = [...content.querySelectorAll('*')];
  originals.forEach((el, i) => {
    if (!el.shadowRoot) return;
    const template = doc.createElement('template');
    template.setAttribute('shadowrootmode', 'open');
    template.content.append(copyRoot(el.shadowRoot, doc));
    copies[i]!.prepend(template);
  });
  // Inert and hidden from assistive technology, all but the status lines ("wird geladen").
  const hide = (parent: ParentNode) => {
    for (const child of parent.children) {
      if (child.localName === 'template' || child.matches('[role="status"]')) continue;
      if (child.querySelector('[role="status"]')) hide(child);
      else {
        child.setAttribute('inert', '');
        child.setAttribute('aria-hidden', 'true');
      }
    }
  };
  hide(content);
  out.append(content);
  return out;
}

function bundleSrc(tag: string): string | undefined {
  const names = [`${tag.replace(/^komm-/, '')}.js`, 'all.js'];
  for (const s of document.querySelectorAll<HTMLScriptElement>('script[type="module"][src]')) {
    const file = new URL(s.src).pathname.split('/').pop() ?? '';
    if (names.includes(file)) return s.src;
  }
  return undefined;
}

/**
 * The snippet for `el` (a komm assistant element on this page, defined): its tag with its
 * attributes and children (the fallback shown where scripts do not run), a declarative shadow root with the element's CSS and step 1 as the element shows
 * it while its config loads (inert, hidden from assistive technology, "wird geladen" announced,
 * no answers: it is rendered afresh by a hidden copy of the element, never from `el`'s own
 * fields), and the script tag. Rejects when step 1 cannot be shown before the config (it reads a
 * municipal parameter) or the page's language has no texts loaded yet (render `el` first).
 */
export async function prerenderedEmbed(el: HTMLElement, options: PrerenderOptions = {}) {
  const tag = el.localName;
  const src = options.src ?? bundleSrc(tag);
  if (!src) throw new Error(`prerenderedEmbed: no script for <${tag}> found; pass { src }`);
  // A copy of the element, hidden, without draft: it renders step 1 before its config is there.
  const box = document.createElement('div');
  box.hidden = true;
  box.inert = true;
  const lang = el.closest('[lang]')?.getAttribute('lang');
  if (lang) box.lang = lang;
  const probe = document.createElement(tag) as Updating;
  for (const a of el.attributes) probe.setAttribute(a.name, a.value);
  probe.setAttribute('draft', 'off');
  probe.removeAttribute('id'); // one element of that id on the page
  box.append(probe);
  document.body.append(box);
  try {
    await probe.updateComplete;
    const root = probe.shadowRoot;
    if (!root?.querySelector('form[inert]'))
      throw new Error(
        `prerenderedEmbed: step 1 of <${tag}> cannot be shown before its config (render the element first)`,
      );
    const doc = document.implementation.createHTMLDocument('');
    const host = doc.createElement(tag);
    // All but the empty `theme` Lit reflects (no page wrote it).
    for (const a of el.attributes)
      if (a.value || a.name !== 'theme') host.setAttribute(a.name, a.value);
    const template = doc.createElement('template');
    template.setAttribute('shadowrootmode', 'open');
    template.content.append(copyRoot(root, doc));
    // The page's fallback content (e.g. a link to the PDF form): shown where scripts do not run,
    // as in the plain embed, instead of a step that never enables (`scripting: none`).
    const fallback = doc.createElement('style');
    fallback.textContent =
      'slot{display:none}@media (scripting:none){slot{display:contents}slot~*{display:none}}';
    const first = [...template.content.children].find((c) => c.localName !== 'style');
    template.content.insertBefore(fallback, first ?? null);
    fallback.after(doc.createElement('slot'));
    host.append(template);
    for (const node of el.childNodes) host.append(doc.importNode(node, true));
    const script = doc.createElement('script');
    script.type = 'module';
    script.src = src;
    return `${host.outerHTML}\n${script.outerHTML}\n`;
  } finally {
    box.remove();
  }
}
