// Shared Vitest configuration for the whole workspace: one project per package (jsdom),
// React tests run twice (React 19 and React 18), browser tests (e2e/) run in Node and drive
// Chromium themselves.
import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

// Workspace packages resolve to their sources so tests never need a build first.
const alias = {
  '@crispkit/core': here('./packages/core/src/index.ts'),
  // Subpaths before their package: a prefix match on the package name would swallow them.
  '@crispkit/testing/api': here('./packages/testing/src/api/index.ts'),
  '@crispkit/testing': here('./packages/testing/src/index.ts'),
  '@crispkit/react': here('./packages/react/src/index.ts'),
  '@crispkit/vue': here('./packages/vue/src/index.ts'),
  '@crispkit/svelte': here('./packages/svelte/src/index.ts'),
  // The subpath first: a prefix match on '@crispkit/server' would swallow it.
  '@crispkit/server/node': here('./packages/server/src/node.ts'),
  '@crispkit/server/redis': here('./packages/server/src/redis.ts'),
  '@crispkit/server': here('./packages/server/src/index.ts'),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'core',
          root: here('./packages/core'),
          environment: 'jsdom',
          include: ['test/**/*.test.ts'],
          typecheck: {
            enabled: true,
            include: ['test/**/*.test-d.ts'],
            tsconfig: here('./packages/core/tsconfig.json'),
          },
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'testing',
          root: here('./packages/testing'),
          environment: 'jsdom',
          include: ['test/**/*.test.ts'],
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'react',
          root: here('./packages/react'),
          environment: 'jsdom',
          include: ['test/**/*.test.{ts,tsx}'],
        },
      },
      {
        // The same React tests on React 18: react and react-dom are swapped for the aliased
        // 18.x installs, Testing Library is inlined so its own imports follow the alias, and a
        // setup file points Node's own resolution of react/react-dom at 18 as well.
        resolve: {
          alias: [
            ...Object.entries(alias).map(([find, replacement]) => ({ find, replacement })),
            { find: /^react-dom(\/.*)?$/, replacement: here('./node_modules/react-dom-18') + '$1' },
            { find: /^react(\/.*)?$/, replacement: here('./node_modules/react-18') + '$1' },
          ],
        },
        test: {
          name: 'react18',
          root: here('./packages/react'),
          environment: 'jsdom',
          // CommonJS react-dom 18 is loaded by Node, not Vite: redirect its require('react') too.
          setupFiles: ['./test/react18.ts'],
          include: ['test/**/*.test.{ts,tsx}'],
          server: { deps: { inline: [/@testing-library\/react/] } },
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'vue',
          root: here('./packages/vue'),
          environment: 'jsdom',
          include: ['test/**/*.test.ts'],
        },
      },
      {
        // Svelte 5: components and *.svelte.ts modules (runes) compiled by Svelte's Vite plugin,
        // Svelte's browser build in jsdom (the server build is used by the SSR test on purpose).
        plugins: [svelte({ configFile: false })],
        resolve: { alias, conditions: ['browser'] },
        test: {
          name: 'svelte',
          root: here('./packages/svelte'),
          environment: 'jsdom',
          include: ['test/**/*.test.ts'],
        },
      },
      {
        // The Nuxt module: its setup inside a loaded (not built) Nuxt, and its runtime plugins.
        resolve: { alias },
        test: {
          name: 'nuxt',
          root: here('./packages/nuxt'),
          environment: 'jsdom',
          include: ['test/**/*.test.ts'],
        },
      },
      {
        // Server side: Node's own Web Crypto and Fetch, as on a server (no DOM).
        resolve: { alias },
        test: {
          name: 'server',
          root: here('./packages/server'),
          environment: 'node',
          include: ['test/**/*.test.ts'],
        },
      },
      {
        // The React Router example's server side (apps/react-router/server), against the fake Crisp API.
        resolve: { alias },
        test: {
          name: 'react-router-server',
          root: here('./apps/react-router'),
          environment: 'node',
          include: ['server/**/*.test.ts'],
        },
      },
      {
        // Browser tests: Node drives Debian's Chromium through playwright-core (see e2e/README.md).
        test: {
          name: 'e2e',
          root: here('./e2e'),
          // Builds the packages and apps once, before any file, so a build failure shows once.
          globalSetup: ['./support/global-setup.ts'],
          environment: 'node',
          include: ['**/*.test.ts'],
          exclude: ['**/node_modules/**'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
