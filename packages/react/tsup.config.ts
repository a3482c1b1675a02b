// Builds ESM + CommonJS with declarations. Every output file starts with the 'use client'
// directive, which marks it as a client module for React Server Components (Next.js app router):
// bundlers strip module-level directives from sources, so the build writes it back (see below).
import { readFile, writeFile } from 'node:fs/promises';
import { defineConfig } from 'tsup';

const DIRECTIVE = "'use client';\n";
const OUTPUTS = ['dist/index.js', 'dist/index.cjs'];

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  // tsup's declaration build always passes baseUrl, which TypeScript 6 reports as deprecated.
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  sourcemap: true,
  clean: true,
  target: 'es2020',
  // A final Rollup pass writes one import statement per module (React, the core), where esbuild
  // writes one per source file. An app that bundles the package with React external keeps every
  // such statement with all its names, even those of code it shakes off: 68 B gzip in the
  // typical React row (bench/RESULTS.md).
  treeshake: true,
  external: ['react', 'react-dom', 'react/jsx-runtime', '@crispkit/core'],
  // Rollup drops a banner's directive, so it is written once the files are: the source map
  // gains the empty first line.
  async onSuccess() {
    for (const file of OUTPUTS) {
      const code = await readFile(file, 'utf8');
      if (code.startsWith(DIRECTIVE)) continue;
      await writeFile(file, DIRECTIVE + code);
      const map = JSON.parse(await readFile(file + '.map', 'utf8'));
      map.mappings = ';' + map.mappings;
      await writeFile(file + '.map', JSON.stringify(map));
    }
  },
});
