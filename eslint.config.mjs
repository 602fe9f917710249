// One flat config for the whole repository; each package runs `eslint .` from its own folder.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import noImportCycle from './eslint-rules/no-import-cycle.mjs';

/** Packages depend one way: core ← validator ← language-server ← vscode; nothing reaches into another's files. */
const packageSources = {
  group: ['../../*/src/*', '**/packages/*/src/*', '@trialyaml/*/src/*'],
  message: "Import a package by its name, not another package's sources.",
};

export default tseslint.config(
  {
    name: 'ignores',
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '**/coverage/**',
      '**/test-artifacts/**',
      '**/src/generated/**',
      '**/.turbo/**',
    ],
  },
  {
    name: 'javascript',
    files: ['**/*.{js,mjs,cjs}'],
    extends: [js.configs.recommended],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    name: 'typescript',
    files: ['**/*.ts'],
    extends: [js.configs.recommended, ...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/explicit-module-boundary-types': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error',
      eqeqeq: ['error', 'always'],
      'no-restricted-imports': ['error', { patterns: [packageSources] }],
    },
  },
  {
    name: 'no-import-circles',
    files: ['**/*.{ts,js,mjs}'],
    plugins: { local: { rules: { 'no-import-cycle': noImportCycle } } },
    rules: { 'local/no-import-cycle': 'error' },
  },
  // The CLI in layers: the bundles' entries (runtime/main.ts, runtime/lint-main.ts) load the commands; commands
  // run on the runtime's worker pool; what both use sits in src/ and imports neither. Nothing imports upward.
  {
    name: 'cli-shared-modules',
    files: ['apps/cli/src/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            packageSources,
            {
              group: ['./commands/*', './runtime/*'],
              message: 'Modules in apps/cli/src/ serve the commands and the runtime; they import neither.',
            },
          ],
        },
      ],
    },
  },
  {
    name: 'cli-runtime',
    files: ['apps/cli/src/runtime/*.ts'],
    ignores: ['apps/cli/src/runtime/main.ts', 'apps/cli/src/runtime/lint-main.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            packageSources,
            {
              group: ['../commands/*'],
              message: "Only the bundles' entries (runtime/main.ts, runtime/lint-main.ts) load commands.",
            },
          ],
        },
      ],
    },
  },
  {
    name: 'cli-commands',
    files: ['apps/cli/src/commands/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            packageSources,
            {
              group: ['../runtime/*', '!../runtime/lint-pool.js'],
              message: "Commands use the runtime's worker pool (runtime/lint-pool.ts), nothing else of it.",
            },
          ],
        },
      ],
    },
  },
  {
    name: 'core-stays-portable',
    files: ['packages/core/src/**/*.ts'],
    ignores: ['packages/core/src/node/**', 'packages/core/src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            packageSources,
            {
              group: ['node:*', '@trialyaml/*'],
              message:
                'core runs in browsers and workers too; Node-only code goes in src/node/, and core depends on no other package.',
            },
          ],
        },
      ],
    },
  },
  {
    name: 'validator-has-no-editor-code',
    files: ['packages/validator/src/**/*.ts', 'packages/preview/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            packageSources,
            {
              group: ['vscode', 'vscode-languageserver*', '@trialyaml/language-server', '@trialyaml/cli'],
              message: 'Libraries depend only on core (and validator on nothing editor-specific).',
            },
          ],
        },
      ],
    },
  },
  {
    name: 'cli-may-print',
    files: ['apps/cli/src/**/*.ts', '**/bench/**', '**/scripts/**'],
    rules: { 'no-console': 'off' },
  },
  {
    name: 'tests',
    files: ['**/*.test.ts', '**/test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/explicit-module-boundary-types': 'off',
    },
  },
);
