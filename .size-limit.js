// The size budgets: the only place where they are written. `pnpm size` (scripts/size.mjs), the
// packaging check in `npm test` (scripts/packaging.mjs) and the bench (bench/run.mjs) all measure
// these entries the same way (scripts/measure-sizes.mjs): each package is packed (`pnpm pack`),
// unpacked into a scratch app's node_modules, and the typical use below (bench/size/*) is bundled
// from there by size-limit (preset-small-lib: esbuild, minified, then gzip -9) as an app's
// production build would (NODE_ENV=production, so development-only code is not counted).
// A `limit` is the design budget: an entry over it fails `pnpm size`. A `ceiling`, on an entry
// that is over its budget today, is what CI holds it to instead (a little above today's size),
// so the entry cannot grow while the budget is worked on; without one, CI holds the budget.
// Entries without a limit are there for scale. Run them with `pnpm size`, not the size-limit CLI:
// the CLI would measure the workspace's dist instead of the packed packages, and stop at an entry
// whose package is not in this checkout yet (the size script reports that row "not built yet").
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

export default [
  {
    name: '@crispkit/core, typical use',
    path: 'bench/size/core.ts',
    limit: '4500 B',
    ceiling: '5470 B',
    gzip: true,
    modifyEsbuildConfig: production,
  },
  {
    name: '@crispkit/react + core, typical use (React external)',
    path: 'bench/size/react.tsx',
    ignore: REACT,
    limit: '5700 B',
    ceiling: '6990 B',
    gzip: true,
    modifyEsbuildConfig: production,
  },
  {
    name: '@crispkit/vue + core, typical use (Vue external)',
    path: 'bench/size/vue.ts',
    ignore: VUE,
    limit: '5700 B',
    ceiling: '7980 B',
    gzip: true,
    modifyEsbuildConfig: production,
  },
  {
    // Served as it is (`<script src>`), so its own bytes: not bundled again.
    name: 'script tag crispkit.iife.js, as served',
    path: 'packages/core/dist/crispkit.iife.js',
    limit: '5900 B',
    ceiling: '6900 B',
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
