// Builds: ESM + CommonJS with declarations for test runners, and the browser IIFE that is served as `l.js`.
import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // browser-globals: types only (Window's __CRISP_FAKE__ / __crispFake), an empty module at run time.
    // api: the fake REST API (`@crispkit/testing/api`), for server-side tests.
    entry: { index: 'src/index.ts', 'browser-globals': 'src/browser-globals.ts', api: 'src/api/index.ts' },
    format: ['esm', 'cjs'],
    // tsup's declaration build passes `baseUrl`, which TypeScript 6 deprecates.
    dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
    sourcemap: true,
    // No `clean`: the two builds run in parallel; the build script empties dist first.
    clean: false,
    target: 'es2020',
    treeshake: true,
  },
  {
    entry: { 'fake-crisp.browser': 'src/browser.ts' },
    format: ['iife'],
    // Served as the body of l.js, so the file name must stay exactly this (no .global suffix).
    outExtension: () => ({ js: '.js' }),
    minify: true,
    sourcemap: false,
    dts: false,
    clean: false,
    target: 'es2020',
    platform: 'browser',
  },
]);
