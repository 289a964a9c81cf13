import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'tests/fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Tests assert on values they just built; `!` there reads better than a guard.
    files: ['tests/**/*.ts', 'scripts/bench/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    // The engine runs in a worker, in Node and in tests: no browser or extension APIs.
    files: ['lib/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['node:*', 'wxt/*', '#imports', 'preact', 'preact/*', 'dexie'] },
      ],
      'no-restricted-globals': ['error', 'chrome', 'browser', 'window', 'document', 'indexedDB'],
    },
  },
);
