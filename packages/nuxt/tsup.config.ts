// Builds the module (ESM only, as Nuxt 4 loads modules) and its runtime files, which Nuxt
// bundles into the app. Nuxt, @nuxt/kit, Vue and @crispkit/vue stay external: the app brings them.
import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    module: 'src/module.ts',
    'runtime/plugin.client': 'src/runtime/plugin.client.ts',
    'runtime/plugin.server': 'src/runtime/plugin.server.ts',
    'runtime/visitor': 'src/runtime/visitor.ts',
  },
  format: ['esm'],
  // Declarations come from tsc (tsconfig.build.json), one per file: bundling them through
  // Nuxt's types takes a minute, tsc a few seconds.
  sourcemap: true,
  clean: true,
  target: 'es2022',
  external: ['vue', 'nuxt', /^nuxt\//, /^@nuxt\//, '@crispkit/vue', '@crispkit/core'],
});
