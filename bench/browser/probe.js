// In-page probe of the browser bench, installed as an init script (before any page script) on
// every page the bench loads, ours and SurveyJS's alike, so both are measured the same way.
//
// One MutationObserver watches the document and every shadow root attached later (open or
// closed). After each batch of mutations (a microtask checkpoint, i.e. right after a render) the
// armed checks run: a check finds its element, forces style and layout (`checkVisibility`,
// `getClientRects`) and, when the element is shown with the expected text, records
// `performance.now()`. First render is measured from navigation start (time origin 0); a click
// from the first capture listener of its `click` event on `window`.
//
// `window.__benchTargets` (set by the init script after this file) names, per page kind, how to
// find each marker: { firstQuestion, nextHeading, nextLastQuestion, error } -> () => Element|null.
(() => {
  const init = { childList: true, subtree: true, characterData: true, attributes: true };
  // Shadow roots the parser attaches (declarative, `<template shadowrootmode>`) call no
  // `attachShadow`: watched when their host shows up in a mutation.
  const watched = new WeakSet();
  const watch = (node) => {
    const root = node && node.shadowRoot;
    if (!root || watched.has(root)) return;
    watched.add(root);
    observer.observe(root, init);
  };
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      watch(r.target);
      for (const n of r.addedNodes) watch(n);
    }
    run();
  });
  observer.observe(document, init);
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (options) {
    const root = attach.call(this, options);
    watched.add(root);
    observer.observe(root, init);
    return root;
  };

  const armed = new Map(); // name -> { find, text, start }
  const marks = {}; // name -> { start, end, frame }
  let lastClick;
  addEventListener('click', () => (lastClick = performance.now()), { capture: true });

  const shown = (el, text) =>
    !!el &&
    el.isConnected &&
    (!text || (el.textContent || '').includes(text)) &&
    (typeof el.checkVisibility !== 'function' || el.checkVisibility()) &&
    el.getClientRects().length > 0;

  function run() {
    if (!armed.size) return;
    for (const [name, a] of armed) {
      let el;
      try {
        el = a.find();
      } catch {
        el = null;
      }
      if (!shown(el, a.text)) continue;
      const end = performance.now();
      const start = a.fromClick ? lastClick : 0;
      armed.delete(name);
      const mark = { start, end, ms: start === undefined ? undefined : end - start };
      marks[name] = mark;
      performance.mark(`bench:${name}`); // for traces
      // When the frame with the change is produced (frame-quantised; kept as a detail).
      requestAnimationFrame(() => (mark.frameMs = performance.now() - (start ?? 0)));
    }
  }

  window.__bench = {
    marks,
    /** Arms a check: `target` is a key of `__benchTargets`; `fromClick` times from the next click. */
    arm(name, target, text, fromClick) {
      const find = () => window.__benchTargets[target]();
      if (fromClick) lastClick = undefined;
      armed.set(name, { find, text, fromClick });
      run();
    },
    /** Transfer and body sizes of everything the page loaded so far (Resource Timing). */
    bytes() {
      const entries = [
        ...performance.getEntriesByType('navigation'),
        ...performance.getEntriesByType('resource'),
      ];
      const sum = (k) => entries.reduce((n, e) => n + (e[k] || 0), 0);
      const shortName = (e) => e.name.replace(location.origin, '');
      return {
        // When each file had arrived (ms from navigation start), to split first render up.
        arrived: Object.fromEntries(entries.map((e) => [shortName(e), e.responseEnd])),
        requests: entries.length,
        transfer: sum('transferSize'),
        encoded: sum('encodedBodySize'),
        decoded: sum('decodedBodySize'),
      };
    },
    /** Resolves after the page has been idle for a moment (no pending render or timer work). */
    idle(ms = 300) {
      return new Promise((resolve) =>
        setTimeout(
          () =>
            requestIdleCallback(() => requestAnimationFrame(() => resolve()), { timeout: 1000 }),
          ms,
        ),
      );
    },
  };
})();
