// Lint for the whole workspace: JS and TypeScript recommended rules (not type-aware), the React
// hooks rules for React code and Svelte's recommended rules for Svelte components and rune
// modules. Formatting is Prettier's job, so no stylistic rules here.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig([
  globalIgnores([
    '**/dist/**',
    '**/node_modules/**',
    'coverage/**',
    '.test-results/**',
    'e2e/artifacts/**',
    '**/*.d.ts',
    // Next.js build outputs and the copied simulated l.js.
    '**/.next/**',
    '**/.next-e2e/**',
    '**/public/crisp-sim/**',
    // SvelteKit's and svelte-package's generated files, and the SvelteKit example's static site.
    '**/.svelte-kit/**',
    'apps/sveltekit/build/**',
    // Nuxt's generated types and build output.
    '**/.nuxt/**',
    '**/.output/**',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      // `_`-prefixed names are deliberately unused (rest siblings, placeholders).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // The core trades statements for expressions (`a && b()`, `c ? d() : e()`) to stay small.
      '@typescript-eslint/no-unused-expressions': ['error', { allowShortCircuit: true, allowTernary: true }],
      // A `let` assigned once but read earlier by closures (wired before the value exists) cannot be a const.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
    },
  },
  {
    // The two classic hooks rules. Version 7's React Compiler diagnostics (purity, refs,
    // preserve-manual-memoization...) are left out: the kit does not build with the compiler,
    // and they misread handlers created in render (e.g. Date.now inside an onClick) as render code.
    files: ['**/*.{ts,tsx,jsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  // Svelte 5: components (`.svelte`) and rune modules (`.svelte.ts`), parsed by Svelte's parser with
  // TypeScript's for the scripts. Not type-aware (as above): svelte-check type-checks them.
  svelte.configs.recommended,
  {
    files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.svelte'] } },
    rules: {
      // `let { a } = $props()` is Svelte's idiom: Svelte's own prefer-const knows runes.
      'prefer-const': 'off',
      'svelte/prefer-const': ['error', { ignoreReadBeforeAssign: true }],
    },
  },
  {
    // The example app sets no `paths.base`, so `resolve()` from `$app/paths` would return its
    // links unchanged; they stay plain (with the trailing slash of its prerendered pages).
    files: ['apps/sveltekit/**/*.svelte'],
    rules: { 'svelte/no-navigation-without-resolve': ['error', { ignoreLinks: true }] },
  },
  {
    // Node code: scripts, configs, the bench and the browser-test runners.
    files: [
      'scripts/**',
      'bench/*.mjs',
      'e2e/**',
      '**/*.config.{js,ts,mjs}',
      '.size-limit.js',
      'apps/*.ts',
      'apps/next/*.mjs',
      '**/vite.config.ts',
    ],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Tests may use the non-null assertion and empty stand-ins freely.
    files: ['**/test/**', 'e2e/**'],
    rules: {
      // Test fixtures named useX (`useFake()`) are not React hooks; components in tests still are
      // checked by the type checker and by running them under React.
      'react-hooks/rules-of-hooks': 'off',
      // Tests capture `this` to assert what Crisp calls handlers with.
      '@typescript-eslint/no-this-alias': 'off',
    },
  },
]);
