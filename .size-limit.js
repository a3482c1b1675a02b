// The size budgets: the only place where they are written. `pnpm size` (scripts/size.mjs), the
// packaging check in `npm test` (scripts/packaging.mjs) and the bench (bench/run.mjs) all measure
// these entries the same way (scripts/measure-sizes.mjs): each package is packed (`pnpm pack`),
// unpacked into a scratch app's node_modules, and the typical use below (bench/size/*) is bundled
// from there by size-limit (preset-small-lib: esbuild, minified, then gzip -9) as an app's
// production build would (NODE_ENV=production, so development-only code is not counted).
// A `limit` is the design budget: an entry over it fails `pnpm size`. A `ceiling`, on an entry
// that is over its budget today, is what CI holds it to instead (a little above today's size),
// so the entry cannot grow while the budget is worked on; without one, CI holds the budget.
// The ceilings rose by about 90 B in the fourth core release: 45 B for the kit's `__init` that
// gives Crisp's client the token the page holds at its init rather than the one l.js copied, and
// 45 B for treating a session Crisp restored for a token visitor as a boundary on a page given no
// token. (A start-up that deferred the visitor's work to the load cost 150 B more; not kept:
// bench/RESULTS.md.) The size work of the same release then lowered them to today's sizes plus
// about 15 B (core 5,516 B, React 6,770, Vue 6,848, Svelte 6,799, script tag 6,697): module-level
// expressions esbuild could not drop made lazy or pure, more internal names mangled, a few
// production leftovers, and one import statement per module in the React and Vue builds
// (bench/RESULTS.md says what each remaining byte buys). Reading Crisp's cookies at the first
// change of visitor instead of at start (the largest part of the kit's start-up in Chromium) then
// added about 42 B to every row, and the visitor's reconcile waiting for the load (a typical start
// only records what the app wants; about 6% of the kit's start-up thread time) about 70 B.
// Entries without a limit are there for scale. Run them with `pnpm size`, not the size-limit CLI:
// the CLI would measure the workspace's dist instead of the packed packages, and stop at an entry
// whose package is not in this checkout yet (the size script reports that row "not built yet").
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const BENCH_SIZE = fileURLToPath(new URL('bench/size/', import.meta.url));

// Svelte ships components as sources the app compiles: this plugin is the app's compiler step
// (Svelte's own, production, client, CSS injected so it is counted). The app's components sit
// beside the entry in bench/size/ (the scratch app holds only the entry); their imports resolve
// from the scratch app, so @crispkit/svelte is the packed one.
/** Whether the package holding `dir` declares `"sideEffects": false`. */
function declaresNoSideEffects(dir) {
  for (let at = dir; at != dirname(at); at = dirname(at))
    if (existsSync(join(at, 'package.json')))
      return JSON.parse(readFileSync(join(at, 'package.json'), 'utf8')).sideEffects === false;
  return false;
}

const svelteCompiler = {
  name: 'svelte',
  setup(build) {
    build.onResolve({ filter: /\.svelte$/ }, (args) => {
      // The app's components: their bare imports resolve where the entry is (pluginData).
      const app = args.pluginData?.app ?? (!existsSync(resolve(args.resolveDir, args.path)) && args.resolveDir);
      // A package's own components: its "sideEffects": false holds for them as for its modules.
      if (!app)
        return { path: resolve(args.resolveDir, args.path), sideEffects: !declaresNoSideEffects(args.resolveDir) };
      const from = args.importer.startsWith(BENCH_SIZE) ? dirname(args.importer) : BENCH_SIZE;
      return { path: resolve(from, args.path), pluginData: { app } };
    });
    build.onLoad({ filter: /\.svelte(\.js)?$/ }, async (args) => {
      const { compile, compileModule } = await import('svelte/compiler');
      const source = await readFile(args.path, 'utf8');
      // The app's own components in runes mode, as new Svelte 5 projects (`sv create`) compile them.
      const options = {
        filename: args.path,
        generate: 'client',
        dev: false,
        runes: args.pluginData?.app ? true : undefined,
      };
      const { js } = args.path.endsWith('.js')
        ? compileModule(source, options)
        : compile(source, { ...options, css: 'injected' });
      const app = args.pluginData?.app;
      return { contents: js.code, loader: 'js', resolveDir: app || dirname(args.path), pluginData: { app } };
    });
  },
};

const production = (config) => ({
  ...config,
  define: { ...config.define, 'process.env.NODE_ENV': '"production"' },
  format: 'esm',
  platform: 'browser',
  target: 'es2020',
  jsx: 'automatic',
});
// The app's own framework is never counted: it is already on the page.
const REACT = ['react', 'react-dom', 'react/jsx-runtime', 'react-dom/client'];
const VUE = ['vue'];
const SVELTE = ['svelte', 'svelte/*'];

export default [
  {
    name: '@crispkit/core, typical use',
    path: 'bench/size/core.ts',
    limit: '4500 B',
    ceiling: '5640 B',
    gzip: true,
    modifyEsbuildConfig: production,
  },
  {
    // The same typical use and one Widget Tool (registerTool): what a tool costs on top.
    name: '@crispkit/core, typical use with one tool',
    path: 'bench/size/core-tool.ts',
    ceiling: '6440 B',
    gzip: true,
    modifyEsbuildConfig: production,
  },
  {
    name: '@crispkit/react + core, typical use (React external)',
    path: 'bench/size/react.tsx',
    ignore: REACT,
    limit: '5700 B',
    ceiling: '6900 B',
    gzip: true,
    modifyEsbuildConfig: production,
  },
  {
    name: '@crispkit/vue + core, typical use (Vue external)',
    path: 'bench/size/vue.ts',
    ignore: VUE,
    limit: '5700 B',
    ceiling: '6975 B',
    gzip: true,
    modifyEsbuildConfig: production,
  },
  {
    // The launchers, rows of their own: the typical use above with <CrispLauncher> rendered (it
    // moves focus into the chat or onto the fallback and announces loading and failure).
    name: '@crispkit/react + core, typical use with the launcher',
    path: 'bench/size/react-launcher.tsx',
    ignore: REACT,
    ceiling: '8700 B',
    gzip: true,
    modifyEsbuildConfig: production,
  },
  {
    name: '@crispkit/vue + core, typical use with the launcher',
    path: 'bench/size/vue-launcher.ts',
    ignore: VUE,
    ceiling: '8805 B',
    gzip: true,
    modifyEsbuildConfig: production,
  },
  {
    name: '@crispkit/svelte + core, typical use (Svelte external)',
    path: 'bench/size/svelte.ts',
    ignore: SVELTE,
    limit: '5700 B',
    // Its own ceiling: it was React's (the Svelte binding may not cost more than React's) until
    // React's row lost 68 B of import statements to its package's Rollup pass, which the Svelte
    // package (sources the app compiles) has no counterpart for.
    ceiling: '6920 B',
    gzip: true,
    modifyEsbuildConfig: (config) => {
      const built = production(config);
      return { ...built, plugins: [...(built.plugins ?? []), svelteCompiler] };
    },
  },
  {
    // Served as it is (`<script src>`), so its own bytes: not bundled again.
    name: 'script tag crispkit.iife.js, as served',
    path: 'packages/core/dist/crispkit.iife.js',
    limit: '5900 B',
    ceiling: '6825 B',
    gzip: true,
    disablePlugins: ['@size-limit/esbuild'],
  },
  {
    name: 'for scale: crisp-sdk-web, typical use',
    path: 'bench/size/crisp-sdk-web.ts',
    gzip: true,
    modifyEsbuildConfig: production,
  },
  {
    name: "for scale: Crisp's raw inline snippet",
    path: 'bench/size/snippet.js',
    gzip: true,
    modifyEsbuildConfig: production,
  },
];
