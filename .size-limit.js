// size-limit budgets (preset-small-lib: esbuild + gzip), checked by scripts/packaging.mjs against
// the built packages. A JS config rather than .size-limit.json only to bundle the way an app's
// production build does (process.env.NODE_ENV = "production"), so development-only checks are
// not counted. Typical use means the imports of bench/size/* (the README's example).
const production = (config) => ({ ...config, define: { ...config.define, 'process.env.NODE_ENV': '"production"' } });
const REACT = ['react', 'react-dom', 'react/jsx-runtime', 'react-dom/client'];

export default [
  {
    name: '@crispkit/core (typical use)',
    import: { 'packages/core/dist/index.js': '{ createCrisp }' },
    limit: '1100 B',
    gzip: true,
    modifyEsbuildConfig: production,
  },
  {
    name: '@crispkit/core + @crispkit/react (provider and hooks, React excluded)',
    import: { 'packages/react/dist/index.js': '{ CrispProvider, useCrisp, useCrispEvent }' },
    ignore: REACT,
    limit: '2200 B',
    gzip: true,
    modifyEsbuildConfig: production,
  },
  {
    name: 'script tag (crispkit.iife.js)',
    path: 'packages/core/dist/crispkit.iife.js',
    limit: '3500 B',
    gzip: true,
    modifyEsbuildConfig: production,
  },
];
