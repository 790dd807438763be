import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

const serverContractOnly = {
  regex: '^(\\.\\./)+src/(?!api/(contract|rules)/[a-z/-]+\\.js$)',
  message:
    'The server imports only the shared contract and rules (src/api/contract/, src/api/rules/).',
};

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      '**/node_modules/',
      'dist/',
      'storybook-static/',
      'custom-elements.json',
      'tests/e2e/screenshots/',
      'bench/results/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: 'TSEnumDeclaration', message: 'Use an `as const` array and a derived type.' },
      ],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'tests/browser/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'tests/browser/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'tests/browser/**/*.ts'],
    ...litA11y.configs.recommended,
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      // Public types are what integrators read: no `any` in them.
      '@typescript-eslint/no-explicit-any': 'error',
      'no-console': ['error', { allow: ['warn'] }],
    },
  },
  {
    // Widgets never import the server, and the server never imports widget code.
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['**/server/**'] }],
    },
  },
  {
    files: ['server/src/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [serverContractOnly] }],
    },
  },
  {
    // Routes and the HTTP layer ask the store; only the repositories (<domain>/repository.ts)
    // hold SQL, and only they and the store reach db/.
    files: ['server/src/**/routes.ts', 'server/src/**/staff-routes.ts', 'server/src/http/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            serverContractOnly,
            {
              regex: '(^(\\.\\./|\\./)+db/)|^kysely$|^better-sqlite3$',
              message:
                'Routes and http/ never import db/ or Kysely: ask the store. The repositories (<domain>/repository.ts) are the only code with SQL.',
            },
          ],
        },
      ],
    },
  },
);
