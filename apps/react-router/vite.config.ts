// Vite config of the React Router example: @crispkit/* from their sources, React, the simulated Crisp.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { crispSim } from '../vite-crisp-sim.ts';
import { crispServer } from './server/vite-plugin.ts';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  plugins: [react(), crispSim(), crispServer()],
  resolve: {
    // Sources, not dist: the app runs with no package build first.
    alias: {
      '@crispkit/core': here('../../packages/core/src/index.ts'),
      '@crispkit/react': here('../../packages/react/src/index.ts'),
      // The server side's package (server/api.ts, loaded by the dev server); the subpath first.
      '@crispkit/server/node': here('../../packages/server/src/node.ts'),
      '@crispkit/server': here('../../packages/server/src/index.ts'),
    },
    // The React layer's sources must see the app's React, not a second copy.
    dedupe: ['react', 'react-dom'],
  },
  server: { port: 5174 },
  preview: { port: 4174 },
});
