// Builds ESM + CommonJS with declarations. Vue and the core stay external: the app brings its
// own Vue, and the core is a dependency, so one copy serves every adapter on the page.
import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  // tsup's declaration build always passes baseUrl, which TypeScript 6 reports as deprecated.
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  sourcemap: true,
  clean: true,
  target: 'es2020',
  // A final Rollup pass writes one import statement per module (Vue, the core), where esbuild
  // writes one per source file. An app that bundles the package with Vue external keeps every
  // such statement with all its names, even those of code it shakes off: 50 B gzip in the
  // typical Vue row (bench/RESULTS.md).
  treeshake: true,
  external: ['vue', '@crispkit/core'],
});
