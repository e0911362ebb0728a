/**
 * `komm-theme check` (bin/komm-theme.mjs) on every shipped theme (must pass), on a deliberately
 * bad theme (must fail and name the pair), and its token copy against the element's.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { assistants } from '../src/assistants/registry.js';
import * as cli from '../bin/komm-theme.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin/komm-theme.mjs');
const run = (...args: string[]) =>
  spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8' });

let dir = '';
let themes = '';
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'komm-theme-'));
  themes = join(dir, 'themes');
  const r = spawnSync(process.execPath, [join(root, 'scripts/build-themes.mjs'), themes], {
    cwd: root,
    encoding: 'utf8',
  });
  assert.equal(r.status, 0, r.stderr);
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('ready themes', () => {
  test('the build writes the five themes, for the element of every registered assistant', () => {
    assert.deepEqual(readdirSync(themes).sort(), [
      'auto.css',
      'dunkel.css',
      'kern.css',
      'kontrast.css',
      'sachsen.css',
    ]);
    for (const file of readdirSync(themes)) {
      const css = readFileSync(join(themes, file), 'utf8');
      const name = file.slice(0, -4);
      for (const id of Object.keys(assistants)) assert.ok(css.includes(`komm-${id}`), file);
      assert.ok(css.includes(`[theme='${name}']`), `${file} targets theme="${name}"`);
      assert.ok(css.includes(`[data-komm-theme='${name}']`), `${file} targets ancestors`);
      assert.doesNotMatch(css, /komm-assistant\)|--komm-tokens/, `${file}: no placeholder left`);
    }
    assert.match(readFileSync(join(themes, 'kern.css'), 'utf8'), /@kern-ux\/native 2\.7\.2/);
    const auto = readFileSync(join(themes, 'auto.css'), 'utf8');
    assert.match(auto, /prefers-color-scheme: dark[\s\S]*--komm-color-surface: #15191c/);
    assert.match(auto, /prefers-contrast: more[\s\S]*--komm-color-border: #000/);
  });

  test('every shipped theme passes the contrast check', () => {
    for (const file of readdirSync(themes)) {
      const r = run('check', join(themes, file));
      assert.equal(r.status, 0, `${file}:\n${r.stdout}${r.stderr}`);
      assert.doesNotMatch(r.stdout, /FAIL/);
      assert.match(r.stdout, /ok +\d+\.\d\d:1 +on-primary on primary \(buttons\)/);
      assert.match(r.stdout, /focus indicator on surface/);
      assert.match(r.stdout, /control border on surface/);
    }
  });

  test('auto.css is checked per rule: its dark and its high-contrast tokens', () => {
    const r = run('check', join(themes, 'auto.css'));
    assert.equal(r.stdout.match(/:1 {2}text on surface /g)?.length, 2);
    assert.match(r.stdout, /#f2f2f2 on #15191c/);
    assert.match(r.stdout, /#000000 on #ffffff/);
  });
});

describe('komm-theme check', () => {
  test('a bad theme fails with exit 1 and names each failing pair with its ratio', () => {
    const bad = join(dir, 'bad.css');
    writeFileSync(
      bad,
      `/* gold buttons with white text, a pale border */
       .formulare { --komm-color-primary: #ffd700; --komm-color-border: #cccccc;
                    --komm-field-border-color: var(--komm-color-border); }`,
    );
    const r = run('check', bad);
    assert.equal(r.status, 1, r.stdout);
    assert.match(
      r.stdout,
      /FAIL +1\.\d\d:1 +on-primary on primary \(buttons\) +#ffffff on #ffd700/,
    );
    assert.match(r.stdout, /FAIL +1\.\d\d:1 +link \(primary\) on surface/);
    assert.match(r.stdout, /FAIL +1\.\d\d:1 +control border on surface +#cccccc on #ffffff/);
    assert.match(r.stdout, /ok +\d+\.\d\d:1 +text on surface/);
    assert.match(r.stdout, /Some pairs fail/);
  });

  test('a text colour just under 4.5:1 fails, one just over passes', () => {
    const at = (c: string) => {
      const f = join(dir, `t${c.slice(1)}.css`);
      writeFileSync(f, `:root { --komm-color-danger: ${c}; }`);
      return run('check', f);
    };
    // #767676 on white is 4.54:1, #777777 is 4.48:1.
    assert.equal(at('#767676').status, 0);
    const fail = at('#777777');
    assert.equal(fail.status, 1);
    assert.match(fail.stdout, /FAIL +4\.4\d:1 +error text on surface/);
  });

  test('an unreadable value exits 2 and says what to give', () => {
    const f = join(dir, 'odd.css');
    writeFileSync(f, ':root { --komm-color-text: papayawhip; }');
    const r = run('check', f);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--_color-text: "papayawhip" is not a colour.*Give the token a colour/);
    assert.equal(run().status, 2, 'no file: usage');
  });

  test('colours: hex, rgb(), hsl(), oklch(), color-mix() in srgb and oklab', () => {
    const h = (v: string) => cli.hex(cli.parseColor(v));
    assert.equal(h('#0a5fa8'), '#0a5fa8');
    assert.equal(h('#fff'), '#ffffff');
    assert.equal(h('rgb(10 95 168)'), '#0a5fa8');
    assert.equal(h('hsl(0 100% 50%)'), '#ff0000');
    assert.equal(h('oklch(42.84% .1689 265.02)'), '#2044aa'); // KERN action colour
    assert.equal(h('color-mix(in srgb, #000 50%, #fff)'), '#808080');
    assert.equal(h('color-mix(in srgb, #0a5fa8 6%, #fff)'), '#f0f5fa');
    assert.equal(h('color-mix(in oklab, black, white)'), '#636363'); // as Chromium computes it
    assert.equal(cli.contrast(cli.parseColor('#000'), cli.parseColor('#fff')), 21);
  });

  test('its copy of the element tokens equals src/theming/tokens.styles.ts', () => {
    const source = readFileSync(join(root, 'src/theming/tokens.styles.ts'), 'utf8');
    const host = /:host \{([\s\S]*?)\n {2}\}/.exec(source);
    assert.ok(host, ':host block found');
    assert.deepEqual(cli.declarationsOf(cli.HOST_TOKENS), cli.declarationsOf(host[1]));
  });

  test('package.json ships it as `komm-theme` with the themes', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    assert.equal(pkg.bin['komm-theme'], './bin/komm-theme.mjs');
    assert.match(readFileSync(bin, 'utf8'), /^#!\/usr\/bin\/env node\n/);
    assert.ok(pkg.files.includes('bin') && pkg.files.includes('dist/themes'));
    assert.equal(pkg.exports['./themes/*'], './dist/themes/*');
  });

  test('the defaults pass', () => {
    const { pass, lines } = cli.checkCss('', 'defaults');
    assert.ok(pass, lines.join('\n'));
  });
});
