// Builds ESM + CommonJS with declarations. The 'use client' banner marks every output as a
// client module for React Server Components (Next.js app router): bundlers strip module-level
// directives from sources, so the build adds it back to each output file.
import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  // tsup's declaration build always passes baseUrl, which TypeScript 6 reports as deprecated.
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  sourcemap: true,
  clean: true,
  target: 'es2020',
  external: ['react', 'react-dom', 'react/jsx-runtime', '@crispkit/core'],
  banner: { js: "'use client';" },
});
