// Lint: type-aware rules that catch real bugs, and the one-way import direction of STYLE.md
// (core uses nothing of the others; web never imports server).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import regexp from 'eslint-plugin-regexp';

const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: patterns.map((group) => ({ group: [group], message })) }],
});

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'data', 'test-results', 'playwright-report', '**/*.mjs', '*.config.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      // Chinese text aligns with the ideographic space (U+3000) inside strings.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // Regexes run on text from uploads: a super-linear pattern lets one request freeze the server (issue 9).
  {
    files: ['core/**/*.ts', 'documents/**/*.ts', 'server/**/*.ts', 'cli/**/*.ts', 'contract/**/*.ts'],
    plugins: { regexp },
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
    },
  },
  { files: ['core/**/*.ts'], rules: { ...restrict(['**/server/**', '**/documents/**', '**/web/**', '**/cli/**', '**/contract/**', 'node:*'], 'core/ is pure: no I/O and nothing from server, documents, web, cli or contract.'), '@typescript-eslint/no-explicit-any': 'error' } },
  { files: ['documents/**/*.ts'], rules: restrict(['**/server/**', '**/web/**', '**/cli/**'], 'documents/ uses core only.') },
  { files: ['web/**/*.{ts,tsx}'], rules: restrict(['**/server/**', '**/cli/**', 'node:*'], 'web/ never imports server or Node modules.') },
  // The API contract is shared by server and web: zod and core only (docs/api-contract.md).
  {
    files: ['contract/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ regex: '^(?!zod$|\\./[\\w-]+\\.ts$|\\.\\./core/)', message: 'contract/ imports only zod, core and its own files.' }] }] },
  },
  { files: ['**/*.test.ts', 'test-support/**', 'bench/**'], rules: { 'no-restricted-imports': 'off' } },
);
