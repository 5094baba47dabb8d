// ESLint 9 flat config. Not type-aware on purpose (fast): typescript-eslint's `recommended` and
// `strict` rule sets, React hooks rules for the site's components, Node globals for tooling.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig([
  globalIgnores([
    'build/',
    '.docusaurus/',
    'node_modules/',
    'src/generated/',
    'infra/cdk.out/',
    'test-results/',
    'bench-results/',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  tseslint.configs.strict,
  {
    // Browser code: the site's components, theme overrides and pages.
    files: ['src/**/*.{ts,tsx,js,jsx}'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['src/**/*.{tsx,jsx}'],
    extends: [reactHooks.configs.flat.recommended],
  },
  {
    // Node code: site config, diagram generator, remark plugins, scripts, tests, infrastructure.
    files: [
      '*.{js,mjs,cjs,ts,mts,cts}',
      '.ci/**/*.{js,mjs,ts}',
      'diagrams/**/*.{ts,tsx,js,mjs}',
      'src/remark/**/*.{ts,js}',
      'scripts/**/*.{ts,js,mjs}',
      'tests/**/*.{ts,tsx,js,mjs}',
      'infra/**/*.{ts,js,mjs}',
    ],
    languageOptions: { globals: globals.node },
  },
  {
    // Bundler loaders and the build plugins' helpers run in Node and are loaded with require().
    files: ['src/plugins/**/*.cjs'],
    languageOptions: { globals: globals.node, sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    // With `noUncheckedIndexedAccess`, tests assert presence with `!` after checking it.
    files: ['**/*.test.{ts,tsx}', '**/*.test-d.ts', 'tests/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
]);
