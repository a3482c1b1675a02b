// Vite config of the Vue Router example: @crispkit/* from their sources, Vue, the simulated Crisp,
// and the React Router example's server side (the same module, mounted by the same plugin).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { crispSim } from '../vite-crisp-sim.ts';
import { crispServer } from '../react-router/server/vite-plugin.ts';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  plugins: [crispSim(), crispServer()],
  // Vue's bundler build asks for its feature flags; the app uses neither the Options API nor devtools.
  define: {
    __VUE_OPTIONS_API__: 'false',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
  },
  resolve: {
    // Sources, not dist: the app runs with no package build first.
    alias: {
      '@crispkit/core': here('../../packages/core/src/index.ts'),
      '@crispkit/vue': here('../../packages/vue/src/index.ts'),
      // The server side's package (server/api.ts, loaded by the dev server); the subpath first.
      '@crispkit/server/node': here('../../packages/server/src/node.ts'),
      '@crispkit/server': here('../../packages/server/src/index.ts'),
    },
    // The Vue layer's sources must see the app's Vue, not a second copy.
    dedupe: ['vue'],
  },
  server: { port: 5175 },
  preview: { port: 4175 },
});
