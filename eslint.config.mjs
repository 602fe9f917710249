// One flat config for the whole repository; each package runs `eslint .` from its own folder.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

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
      // Packages depend one way: core ← validator ← language-server ← vscode; nothing reaches into another's files.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../../*/src/*', '**/packages/*/src/*', '@trialyaml/*/src/*'],
              message: "Import a package by its name, not another package's sources.",
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
