// ESLint 10 flat config. `npm run lint` runs it with prettier --check and tsc over everything;
// `npm test` fails on any finding. Template accessibility (lit-a11y) is checked while typing,
// not only by axe at test time. Type-aware rules are off: they would need a full program per
// run (slow on a 2-core machine); `tsc --noEmit` covers types.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import litPlugin from 'eslint-plugin-lit';
import wcPlugin from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

// The plugins' own typings describe `configs` as optional and in the legacy shape.
/** @type {any} */
const lit = litPlugin;
/** @type {any} */
const wc = wcPlugin;

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'hub/dist/**',
      'storybook-static/**',
      'node_modules/**',
      'coverage/**',
      '.data/**',
      '.prof/**',
      'bench/results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      // Unused names are errors, except those named `_…` on purpose.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts', 'bench/browser/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts'],
    ...litA11y.configs.recommended,
  },
  {
    // Tests reach into internals and build hostile inputs on purpose.
    files: ['**/*.test.ts', 'test/**/*.ts', 'hub/test-support.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      // chai's property assertions: `expect(x).to.be.true`.
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
  {
    // Suites and stories render any assistant by its tag through lit/static-html (`unsafeStatic`),
    // which the lit plugin reads as a binding in a tag name.
    files: ['test/**/*.ts', 'stories/**/*.ts'],
    rules: { 'lit/binding-positions': 'off', 'lit/no-invalid-html': 'off' },
  },
);
