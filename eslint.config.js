import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const restricted = (patterns, message) => ({ group: patterns, message });

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'release/**',
      'node_modules/**',
      'test-results/**',
      'reports/**',
      '.stryker-tmp/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
      ],
    },
  },
  // Config files are the tools' own convention.
  { files: ['*.config.{js,mjs,ts}'], rules: { 'no-restricted-syntax': 'off' } },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            restricted(
              ['electron', 'node:*', 'better-sqlite3'],
              'The renderer talks to the app only through renderer/api.',
            ),
            restricted(['**/electron/**'], 'The renderer imports shared/ only, never electron/.'),
          ],
        },
      ],
    },
  },
  {
    // shared/ runs in both processes and the browser: no Node, no Electron, no SQLite.
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            restricted(
              ['electron', 'node:*', 'better-sqlite3'],
              'shared/ is pure: no Node, Electron or SQLite.',
            ),
            restricted(
              ['**/electron/**', '**/renderer/**'],
              'shared/ depends on nothing of the app.',
            ),
          ],
        },
      ],
    },
  },
  {
    // core/, web/ and policy/ (the shell's decisions) run in plain Node: tests, CLI, web mode.
    files: ['electron/core/**/*.ts', 'electron/web/**/*.ts', 'electron/policy/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            restricted(['electron', '**/electron/main/**'], 'Only electron/main imports Electron.'),
          ],
        },
      ],
    },
  },
  {
    // Raw IPC lives in one file each side, where the sender is checked (GitHub Desktop's rule).
    files: ['electron/main/**/*.ts'],
    ignores: ['electron/main/ipc.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', importNames: ['ipcMain'], message: 'Use electron/main/ipc.ts.' },
          ],
        },
      ],
    },
  },
  {
    // SQL only in repository files and migrations.
    files: ['electron/**/*.ts', 'shared/**/*.ts'],
    ignores: ['electron/core/db/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
        {
          selector:
            "CallExpression[callee.property.name=/^(prepare|pragma)$/], CallExpression[callee.object.name='db'][callee.property.name='exec']",
          message: 'SQL lives in electron/core/db (repositories and migrations).',
        },
        {
          selector: "CallExpression[callee.property.name='transaction']",
          message:
            'Use writeTransaction (db/connection.ts): a deferred transaction fails at once when another process writes.',
        },
      ],
    },
  },
);
