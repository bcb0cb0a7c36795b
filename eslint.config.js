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
    // The framework examples run in the page; the React one is JSX. (The .svelte files are outside
    // ESLint's default file patterns, and no config here adds them: svelte-check is not a dependency.)
    files: ['demo/**/*.js', 'demo/**/*.jsx'],
    languageOptions: { globals: globals.browser, parserOptions: { ecmaFeatures: { jsx: true } } },
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
      // Say which equality is meant; `== null` (null or undefined) stays the one idiom allowed.
      eqeqeq: ['error', 'always', { null: 'ignore' }],
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
