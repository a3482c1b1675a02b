// size-limit budgets (preset-small-lib: esbuild + gzip), checked by scripts/packaging.mjs against
// the built packages. A JS config rather than .size-limit.json only to bundle the way an app's
// production build does (process.env.NODE_ENV = "production"), so development-only checks are
// not counted. Typical use means the imports of bench/size/* (the README's example).
//
// The core and React limits are regression ceilings, not the design budgets (1,100 B and
// 2,200 B): the always-on feature set does not fit those (see README "Size"), so CI fails on
// any growth past today's size instead. The script tag meets its design budget (3,500 B).
const production = (config) => ({ ...config, define: { ...config.define, 'process.env.NODE_ENV': '"production"' } });
const REACT = ['react', 'react-dom', 'react/jsx-runtime', 'react-dom/client'];

export default [
  {
    name: '@crispkit/core (typical use; design budget 1,100 B)',
    import: { 'packages/core/dist/index.js': '{ createCrisp }' },
    limit: '3600 B',
    gzip: true,
    modifyEsbuildConfig: production,
  },
  {
    name: '@crispkit/core + @crispkit/react (provider and hooks, React excluded; design budget 2,200 B)',
    import: { 'packages/react/dist/index.js': '{ CrispProvider, useCrisp, useCrispEvent }' },
    ignore: REACT,
    limit: '3850 B',
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
