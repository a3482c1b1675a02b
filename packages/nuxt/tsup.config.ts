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
  // tsup's declaration build always passes baseUrl, which TypeScript 6 reports as deprecated.
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  sourcemap: true,
  clean: true,
  target: 'es2022',
  external: ['vue', 'nuxt', /^nuxt\//, /^@nuxt\//, '@crispkit/vue', '@crispkit/core'],
});
