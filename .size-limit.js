// size-limit (preset-small-lib: esbuild + gzip), run by scripts/packaging.mjs on the built dist.
// Typical use is bench/size/* (the same files `pnpm size` bundles from the packed packages),
// resolved to each package's dist and bundled as an app's production build would
// (process.env.NODE_ENV = "production"), so development-only code is not counted.
//
// The limits are regression ceilings a little above today's sizes, not the design budgets
// (core 2,000 B, React 2,600 B, script tag 3,300 B), which the kit does not meet: see the README's
// "Size" section for what the bytes buy. `pnpm size` prints both and exits 1 over budget.
const fromDist = (config) => ({
  ...config,
  define: { ...config.define, 'process.env.NODE_ENV': '"production"' },
  alias: {
    '@crispkit/core': './packages/core/dist/index.js',
    '@crispkit/react': './packages/react/dist/index.js',
  },
});
const REACT = ['react', 'react-dom', 'react/jsx-runtime', 'react-dom/client'];

export default [
  {
    name: '@crispkit/core, typical use (design budget 2,000 B)',
    path: 'bench/size/core.ts',
    limit: '5100 B',
    gzip: true,
    modifyEsbuildConfig: fromDist,
  },
  {
    name: '@crispkit/react + core, typical use, React excluded (design budget 2,600 B)',
    path: 'bench/size/react.tsx',
    ignore: REACT,
    limit: '6800 B',
    gzip: true,
    modifyEsbuildConfig: fromDist,
  },
  {
    name: 'script tag crispkit.iife.js (design budget 3,300 B)',
    path: 'packages/core/dist/crispkit.iife.js',
    limit: '6800 B',
    gzip: true,
    modifyEsbuildConfig: fromDist,
  },
];
