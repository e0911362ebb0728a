#!/usr/bin/env node
// komm-theme check <theme.css>…: WCAG contrast of every colour pair a theme gives the assistants.
//
// Resolves the tokens as the element does: the private `--_*` declarations of the element (a
// copy of src/theming/tokens.styles.ts, kept equal by test/theme-check.node.test.ts), the
// file's `--komm-*` declarations on top, `var()` fallbacks and `color-mix()` in srgb or oklab.
// Each rule of the file that sets `--komm-*` tokens is checked on its own, on top of the
// defaults (auto.css: its dark rule and its high-contrast rule). Text needs 4.5:1, non-text
// (borders of controls, the focus indicator) 3:1. Exit 0: every pair passes; 1: a pair fails;
// 2: usage or a value that cannot be read.
// No Node import at the top: src/theming/dev-contrast.ts runs the pairs and maths in the browser.

/** The element's `:host` token block (src/theming/tokens.styles.ts). */
export const HOST_TOKENS = `
    --_font-family: var(--komm-font-family, inherit);
    --_font-size: var(--komm-font-size, 1rem);
    --_line-height: var(--komm-line-height, 1.5);
    --_radius: var(--komm-radius, 4px);
    --_color-primary: var(--komm-color-primary, #0a5fa8);
    --_color-text: var(--komm-color-text, #1b1b1b);
    --_color-surface: var(--komm-color-surface, #fff);
    --_color-on-primary: var(--komm-color-on-primary, #fff);
    --_color-danger: var(--komm-color-danger, #b3261e);
    --_color-warning: var(--komm-color-warning, #8a4b00);
    --_color-success: var(--komm-color-success, #00703c);
    --_color-focus: var(--komm-color-focus, #ffbf47);
    --_color-muted: var(
      --komm-color-muted,
      color-mix(in srgb, var(--_color-text) 80%, var(--_color-surface))
    );
    --_color-border: var(
      --komm-color-border,
      color-mix(in srgb, var(--_color-text) 70%, var(--_color-surface))
    );
    --_color-surface-muted: var(
      --komm-color-surface-muted,
      color-mix(in srgb, var(--_color-primary) 6%, var(--_color-surface))
    );
    --_color-primary-hover: var(
      --komm-color-primary-hover,
      color-mix(in srgb, var(--_color-primary) 80%, var(--_color-text))
    );
    --_color-focus-text: var(--komm-color-focus-text, var(--_color-text));
    --_space-xs: var(--komm-space-xs, 0.25rem);
    --_space-s: var(--komm-space-s, 0.5rem);
    --_space-m: var(--komm-space-m, 1rem);
    --_space-l: var(--komm-space-l, 2rem);
    --_max-width: var(--komm-max-width, 40rem);
    --_field-border: var(--komm-field-border-color, var(--_color-border));
    --_field-border-invalid: var(--komm-field-border-color-invalid, var(--_color-danger));
    --_button-radius: var(--komm-button-radius, var(--_radius));
`;

/** [label, foreground token, background token(s), minimum ratio]. A list of foregrounds: the best counts (two-tone focus). */
export const PAIRS = [
  ['text on surface', '_color-text', '_color-surface', 4.5],
  ['text on tinted surface', '_color-text', '_color-surface-muted', 4.5],
  ['muted text (hints) on surface', '_color-muted', '_color-surface', 4.5],
  ['muted text on tinted surface', '_color-muted', '_color-surface-muted', 4.5],
  ['link (primary) on surface', '_color-primary', '_color-surface', 4.5],
  ['link (primary) on tinted surface', '_color-primary', '_color-surface-muted', 4.5],
  ['on-primary on primary (buttons)', '_color-on-primary', '_color-primary', 4.5],
  ['on-primary on primary hover', '_color-on-primary', '_color-primary-hover', 4.5],
  ['on-primary on success (confirmation panel)', '_color-on-primary', '_color-success', 4.5],
  ['error text on surface', '_color-danger', '_color-surface', 4.5],
  ['warning text on surface', '_color-warning', '_color-surface', 4.5],
  ['focus indicator on surface', ['_color-focus', '_color-focus-text'], '_color-surface', 3],
  [
    'focus indicator on tinted surface',
    ['_color-focus', '_color-focus-text'],
    '_color-surface-muted',
    3,
  ],
  ['control border on surface', '_field-border', '_color-surface', 3],
  ['invalid control border on surface', '_field-border-invalid', '_color-surface', 3],
  ['button and panel border on surface', '_color-border', '_color-surface', 3],
];

class ThemeError extends Error {}

// ---- CSS reading -----------------------------------------------------------------------------

/** Splits at top-level occurrences of `sep` (outside parentheses and quotes). */
function splitTop(text, sep) {
  const parts = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === sep && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** Custom property declarations of a block body. */
export function declarationsOf(body) {
  const out = {};
  for (const d of splitTop(body, ';')) {
    const m = /^\s*(--[\w-]+)\s*:([\s\S]*)$/.exec(d);
    if (m) out[m[1].slice(2)] = m[2].replace(/\s+/g, ' ').trim();
  }
  return out;
}

/** Every innermost rule `selector { … }` with its at-rule context and custom properties. */
export function rulesOf(css) {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const rules = [];
  const stack = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '{') {
      stack.push({
        head: text.slice(start, i).trim().replace(/\s+/g, ' '),
        from: i + 1,
        inner: false,
      });
      if (stack.length > 1) stack[stack.length - 2].inner = true;
      start = i + 1;
    } else if (text[i] === '}') {
      const open = stack.pop();
      if (!open) throw new ThemeError('unbalanced "}" in the stylesheet');
      if (!open.inner) {
        const decls = declarationsOf(text.slice(open.from, i));
        const label = [...stack.map((s) => s.head), open.head]
          .join(' › ')
          .replace(/:is\(komm-[^)]*\)/g, 'komm-*');
        if (Object.keys(decls).length) rules.push({ label, decls });
      }
      start = i + 1;
    }
  }
  if (stack.length) throw new ThemeError('a "{" is never closed in the stylesheet');
  return rules;
}

// ---- colours ----------------------------------------------------------------------------------

const NAMED = { white: [1, 1, 1], black: [0, 0, 0] };
const toLinear = (c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const fromLinear = (c) => (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);

function srgbToOklab([r, g, b]) {
  const [R, G, B] = [r, g, b].map(toLinear);
  const l = Math.cbrt(0.4122214708 * R + 0.5363325363 * G + 0.0514459929 * B);
  const m = Math.cbrt(0.2119034982 * R + 0.6806995451 * G + 0.1073969566 * B);
  const s = Math.cbrt(0.0883024619 * R + 0.2817188376 * G + 0.6299787005 * B);
  return [
    0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s,
    1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s,
    0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s,
  ];
}
function oklabToSrgb([L, a, b]) {
  const l = (L + 0.3963377774 * a + 0.2158037573 * b) ** 3;
  const m = (L - 0.1055613458 * a - 0.0638541728 * b) ** 3;
  const s = (L - 0.0894841775 * a - 1.291485548 * b) ** 3;
  return [
    4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s,
    -1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s,
    -0.0041960863 * l - 0.7034186147 * m + 1.707614701 * s,
  ].map((c) => Math.min(1, Math.max(0, fromLinear(c))));
}

const num = (s, scale = 1) => {
  const t = s.trim();
  if (t === 'none') return 0;
  const n = parseFloat(t);
  if (!Number.isFinite(n)) throw new ThemeError(`"${s}" is not a number`);
  return t.endsWith('%') ? (n / 100) * scale : n;
};
const args = (inner) =>
  inner
    .replace(/\/.*$/, '')
    .trim()
    .split(/[\s,]+/)
    .filter(Boolean);

function hslToSrgb(h, s, l) {
  const k = (n) => (n + h / 30) % 12;
  const a = s * Math.min(l, 1 - l);
  return [0, 8, 4].map((n) => l - a * Math.max(-1, Math.min(k(n) - 3, 9 - k(n), 1)));
}

/** An sRGB triple (0..1) from a resolved colour value. */
export function parseColor(value) {
  const v = value.trim().toLowerCase();
  if (NAMED[v]) return NAMED[v];
  let m = /^#([0-9a-f]{3,8})$/.exec(v);
  if (m) {
    let h = m[1];
    if (h.length === 3 || h.length === 4) h = [...h].map((c) => c + c).join('');
    if (h.length !== 6 && h.length !== 8) throw new ThemeError(`"${value}" is not a hex colour`);
    return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16) / 255);
  }
  m = /^(rgba?|hsla?|oklch|oklab|color-mix)\(([\s\S]*)\)$/.exec(v);
  if (!m) throw new ThemeError(`"${value}" is not a colour komm-theme can read`);
  const [, fn, inner] = m;
  if (fn.startsWith('rgb'))
    return args(inner)
      .slice(0, 3)
      .map((c) => num(c, 255) / 255);
  if (fn.startsWith('hsl')) {
    const [h, s, l] = args(inner);
    return hslToSrgb(
      parseFloat(h),
      num(s, 1) / (s.endsWith('%') ? 1 : 100),
      num(l, 1) / (l.endsWith('%') ? 1 : 100),
    );
  }
  if (fn === 'oklab') {
    const [L, a, b] = args(inner);
    return oklabToSrgb([num(L, 1), num(a, 0.4), num(b, 0.4)]);
  }
  if (fn === 'oklch') {
    const [L, C, H] = args(inner);
    const h = (parseFloat(H) * Math.PI) / 180;
    const c = num(C, 0.4);
    return oklabToSrgb([num(L, 1), c * Math.cos(h), c * Math.sin(h)]);
  }
  // color-mix(in <space>, <colour> [p%], <colour> [q%])
  const [space, one, two] = splitTop(inner, ',').map((s) => s.trim());
  const sm = /^in\s+(srgb|oklab)$/.exec(space ?? '');
  if (!sm || !one || !two)
    throw new ThemeError(`"${value}": komm-theme reads color-mix() in srgb or oklab only`);
  const part = (s) => {
    const pm = /^([\s\S]*?)\s+(-?[\d.]+)%$/.exec(s) ?? /^(-?[\d.]+)%\s+([\s\S]*)$/.exec(s);
    if (!pm) return { color: parseColor(s), p: undefined };
    return /%$/.test(s)
      ? { color: parseColor(pm[1]), p: parseFloat(pm[2]) }
      : { color: parseColor(pm[2]), p: parseFloat(pm[1]) };
  };
  const a = part(one);
  const b = part(two);
  let p = a.p ?? (b.p === undefined ? 50 : 100 - b.p);
  let q = b.p ?? 100 - p;
  const sum = p + q;
  [p, q] = [p / sum, q / sum];
  if (sm[1] === 'srgb') return a.color.map((c, i) => c * p + b.color[i] * q);
  const [la, lb] = [srgbToOklab(a.color), srgbToOklab(b.color)];
  return oklabToSrgb(la.map((c, i) => c * p + lb[i] * q));
}

export const hex = (rgb) =>
  `#${rgb
    .map((c) =>
      Math.round(Math.min(1, Math.max(0, c)) * 255)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
const luminance = (rgb) => {
  const [r, g, b] = rgb.map((c) => toLinear(Math.round(c * 255) / 255));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
export function contrast(a, b) {
  const [x, y] = [luminance(a), luminance(b)].sort((m, n) => n - m);
  return (x + 0.05) / (y + 0.05);
}

// ---- resolution -------------------------------------------------------------------------------

/** The value of a custom property with every var() replaced, as the element computes it. */
export function resolver(themeDecls) {
  const env = { ...themeDecls, ...declarationsOf(HOST_TOKENS) };
  const resolve = (name, seen = []) => {
    if (seen.includes(name))
      throw new ThemeError(`--${name} refers to itself (${seen.join(' → ')})`);
    const raw = env[name];
    if (raw === undefined) return undefined;
    return substitute(raw, [...seen, name]);
  };
  const substitute = (text, seen) => {
    let out = '';
    let i = 0;
    while (i < text.length) {
      const at = text.indexOf('var(', i);
      if (at < 0) return out + text.slice(i);
      out += text.slice(i, at);
      let depth = 1;
      let j = at + 4;
      for (; j < text.length && depth; j++) {
        if (text[j] === '(') depth++;
        else if (text[j] === ')') depth--;
      }
      const inner = text.slice(at + 4, j - 1);
      const comma = splitTop(inner, ',');
      const name = comma[0].trim().replace(/^--/, '');
      const fallback = comma.length > 1 ? inner.slice(inner.indexOf(',') + 1).trim() : undefined;
      const value =
        resolve(name, seen) ?? (fallback === undefined ? undefined : substitute(fallback, seen));
      if (value === undefined) throw new ThemeError(`--${name} has no value and no fallback`);
      out += value;
      i = j;
    }
    return out;
  };
  return (name) => {
    const value = resolve(name);
    if (value === undefined) throw new ThemeError(`--${name} is not a token`);
    return value;
  };
}

/** Every pair of PAIRS for one set of theme declarations. */
export function checkTokens(themeDecls) {
  const value = resolver(themeDecls);
  const color = (name) => {
    const v = value(name);
    try {
      return parseColor(v);
    } catch (e) {
      throw new ThemeError(`--${name}: ${e.message}`);
    }
  };
  return PAIRS.map(([label, fg, bg, min]) => {
    const back = color(bg);
    const fronts = (Array.isArray(fg) ? fg : [fg]).map((n) => ({ n, c: color(n), r: 0 }));
    for (const f of fronts) f.r = contrast(f.c, back);
    const best = fronts.reduce((m, f) => (f.r > m.r ? f : m));
    return {
      label,
      ratio: best.r,
      min,
      pass: best.r >= min,
      fg: hex(best.c),
      bg: hex(back),
      tokens: `--${best.n} on --${bg}`,
    };
  });
}

/** Checks a stylesheet; returns the printed lines and whether every pair passed. */
export function checkCss(css, name = 'theme') {
  const all = rulesOf(css);
  const rules = all
    .map((r) => ({
      label: r.label,
      decls: Object.fromEntries(Object.entries(r.decls).filter(([k]) => k.startsWith('komm-'))),
    }))
    .filter((r) => Object.keys(r.decls).length);
  const lines = [];
  let pass = true;
  if (!rules.length) {
    lines.push(`${name}: no --komm-* token set; checking the defaults`);
    rules.push({ label: '(defaults)', decls: {} });
  }
  for (const rule of rules) {
    lines.push(`${name} — ${rule.label}`);
    for (const r of checkTokens(rule.decls)) {
      if (!r.pass) pass = false;
      const ratio = `${(Math.floor(r.ratio * 100) / 100).toFixed(2)}:1`.padStart(8);
      const verdict = r.pass ? 'ok  ' : 'FAIL';
      const need = r.min === 3 ? '3:1 non-text' : '4.5:1 text';
      lines.push(
        `  ${verdict} ${ratio}  ${r.label.padEnd(44)} ${r.fg} on ${r.bg}  (needs ${need}; ${r.tokens})`,
      );
    }
  }
  return { pass, lines };
}

async function main(argv) {
  const [cmd, ...files] = argv;
  if (cmd !== 'check' || !files.length) {
    console.error('usage: komm-theme check <theme.css> [more.css …]');
    console.error('Prints the WCAG contrast of every colour pair the theme gives the assistants;');
    console.error('exit 1 when text is below 4.5:1 or a border or the focus indicator below 3:1.');
    return 2;
  }
  const { readFileSync } = await import('node:fs');
  let code = 0;
  for (const file of files) {
    let css;
    try {
      css = readFileSync(file, 'utf8');
    } catch (e) {
      console.error(`komm-theme: cannot read ${file}: ${e.message}`);
      return 2;
    }
    try {
      const { pass, lines } = checkCss(css, file);
      for (const l of lines) console.log(l);
      if (!pass) code = Math.max(code, 1);
    } catch (e) {
      if (!(e instanceof ThemeError)) throw e;
      console.error(`komm-theme: ${file}: ${e.message}. Give the token a colour such as #0a5fa8.`);
      return 2;
    }
  }
  console.log(code ? '\nSome pairs fail: change the tokens named above.' : '\nEvery pair passes.');
  return code;
}

if (
  typeof process !== 'undefined' &&
  (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('komm-theme'))
)
  process.exitCode = await main(process.argv.slice(2));
