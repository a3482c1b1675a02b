// Builds: ESM + CommonJS with declarations for bundlers, and the self-contained script tag.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'tsup';

// Internal property names shortened in every build (ESM, CommonJS, script tags): only the names
// listed in mangle-cache.json, each with its fixed short name there, so two copies of the package
// on one page (which share parts through the `Symbol.for` registry) and every rebuild agree on them.
// A name goes in only if it appears in no public type, no other package and no protocol or
// registry field: the public API, Crisp's names and the `Symbol.for` registry keep their own.
const mangleCache: Record<string, string> = JSON.parse(
  readFileSync(new URL('mangle-cache.json', import.meta.url), 'utf8'),
);
const mangle = {
  mangleProps: new RegExp(`^(?:${Object.keys(mangleCache).join('|')})$`),
  mangleCache,
};

// The browser build (`browser` export condition): the same entry without the server-rendering
// client, which a page never runs.
const withoutServerClient = {
  name: 'without-server-client',
  setup(build: {
    onResolve(options: { filter: RegExp }, callback: (args: { resolveDir: string }) => { path: string }): void;
  }) {
    build.onResolve({ filter: /^\.\/server-client$/ }, () => ({
      path: fileURLToPath(new URL('src/client/no-server-client.ts', import.meta.url)),
    }));
  },
};

// The script tag for plain pages (no bundler): one file, production code only.
const scriptTag = {
  entry: { crispkit: 'src/script-tag/script-tag.ts' },
  format: ['iife' as const],
  // Served as crispkit.iife.js (tsup's default suffix for iife is .global.js).
  outExtension: () => ({ js: '.iife.js' }),
  platform: 'browser' as const,
  target: 'es2020',
  dts: false,
  sourcemap: false,
  esbuildPlugins: [withoutServerClient],
  // The ESM/CJS build cleans dist in parallel and leaves these files alone (see below).
  clean: false,
  // No "use strict" prologue: the code does not rely on it, and the file has a byte budget.
  esbuildOptions(options: { tsconfig?: string; tsconfigRaw?: unknown }) {
    Object.assign(options, mangle);
    delete options.tsconfig;
    options.tsconfigRaw = { compilerOptions: { alwaysStrict: false } };
  },
};

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    // tsup's declaration build passes `baseUrl`, which TypeScript 6 deprecates.
    dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
    sourcemap: true,
    // Everything but the script tags, which the other builds write at the same time.
    clean: ['!crispkit*.iife.js', '!index.browser.js*'],
    target: 'es2020',
    treeshake: true,
    esbuildOptions(options) {
      Object.assign(options, mangle);
    },
  },
  {
    entry: { 'index.browser': 'src/index.ts' },
    format: ['esm'],
    // The platform stays tsup's default: with 'browser' it would replace process.env.NODE_ENV,
    // which the app's own build must decide.
    dts: false,
    sourcemap: true,
    clean: false,
    target: 'es2020',
    treeshake: true,
    esbuildPlugins: [withoutServerClient],
    esbuildOptions(options) {
      Object.assign(options, mangle);
    },
  },
  { ...scriptTag, minify: true, define: { 'process.env.NODE_ENV': '"production"' } },
  // Unminified, with the development checks, warnings and data-debug logging kept.
  {
    ...scriptTag,
    entry: { 'crispkit.dev': 'src/script-tag/script-tag.ts' },
    define: { 'process.env.NODE_ENV': '"development"' },
  },
]);
