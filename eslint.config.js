import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'dist-examples/', 'node_modules/', 'coverage/', 'custom-elements.json', '.variants/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Node scripts (size budget, benchmarks); the benchmarks also hand functions to the browser.
    files: ['scripts/**/*.mjs', 'bench/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // The framework examples run in the page. (Their .svelte and .jsx files are outside ESLint's
    // default file patterns, and no config here adds them.)
    files: ['demo/**/*.js'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['src/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Page-provided strings never reach eval-like sinks (the brief's hostile-input rule).
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Never parse page-provided strings as HTML.' },
        { property: 'outerHTML', message: 'Never parse page-provided strings as HTML.' },
        { property: 'insertAdjacentHTML', message: 'Never parse page-provided strings as HTML.' },
      ],
    },
  },
);
