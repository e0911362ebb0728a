/**
 * Development builds only: warns once in the console when the theme tokens in effect on an
 * element give a colour pair below the WCAG minimum (text 4.5:1, borders and focus 3:1). The
 * pairs and the maths are those of `npx komm-theme check` (bin/komm-theme.mjs); here the browser
 * resolves the tokens (`var()`, `color-mix()`, the page's own values) by computing a probe's
 * colour inside the element.
 *
 * The element imports this module behind `import.meta.env?.DEV`: Vite's production builds (the
 * script-tag bundles in dist/cdn, the library in dist/esm) replace that with `false` and drop the
 * import with it (test/dev-contrast.node.test.ts checks the built files). Storybook and the Vite
 * dev server (`npm start`) run it.
 */
import { PAIRS, contrast, parseColor } from '../../bin/komm-theme.mjs';

type Rgb = [number, number, number];

/** The warnings already given on this page: each failing set once, however many elements. */
const warned = new Set<string>();
const checked = new WeakSet<Element>();

/** A computed colour as sRGB 0..1: Chromium gives `rgb()`, `color(srgb …)` or `oklab()`. */
function rgbOf(computed: string): Rgb {
  const m = /^color\(srgb\s+([-\d.e]+)\s+([-\d.e]+)\s+([-\d.e]+)/.exec(computed);
  if (m) return [Number(m[1]), Number(m[2]), Number(m[3])];
  return parseColor(computed) as Rgb;
}

/** The failing pairs for the tokens in effect on `host` (its shadow root holds the probe). */
export function failingPairs(host: HTMLElement): string[] {
  const root = host.shadowRoot;
  if (!root) return [];
  const probe = document.createElement('span');
  probe.hidden = true;
  root.append(probe);
  const colour = (token: string): Rgb => {
    probe.style.color = `var(--${token})`;
    return rgbOf(getComputedStyle(probe).color);
  };
  try {
    return PAIRS.flatMap(([label, fg, bg, min]) => {
      const back = colour(bg);
      const ratio = Math.max(
        ...(Array.isArray(fg) ? fg : [fg]).map((f) => contrast(colour(f), back)),
      );
      return ratio >= min
        ? []
        : [`${label}: ${(Math.floor(ratio * 100) / 100).toFixed(2)}:1, needs ${min}:1`];
    });
  } catch {
    return []; // a value the checker cannot read: `npx komm-theme check` names it
  } finally {
    probe.remove();
  }
}

/** Checks `host` once (on its first render) and warns once per distinct failing set. */
export function warnLowContrast(host: HTMLElement): void {
  if (checked.has(host) || !host.isConnected) return;
  checked.add(host);
  const failing = failingPairs(host);
  const key = failing.join('\n');
  if (!failing.length || warned.has(key)) return;
  warned.add(key);
  console.warn(
    `<${host.localName}>: the theme tokens in effect give too little contrast (WCAG 2.2, 1.4.3 and 1.4.11):\n  ${failing.join('\n  ')}\n` +
      'Change the --komm-* tokens named in docs/theming.md, then check the stylesheet with `npx komm-theme check my-theme.css`. (This warning is in development builds only.)',
  );
}
