// Vite config of the playground: @crispkit/* from their sources, React, and the simulated Crisp
// (the apps' shared crisp-sim plugin, plus a 404 route for the "blocked" fault).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { crispSim } from '../apps/vite-crisp-sim.ts';
import { blockedScript } from './blocked-script.ts';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  plugins: [react(), blockedScript(), crispSim()],
  resolve: {
    // Sources, not dist: the playground shows the kit as it is now, with no package build.
    alias: {
      '@crispkit/core': here('../packages/core/src/index.ts'),
      '@crispkit/react': here('../packages/react/src/index.ts'),
      '@crispkit/testing': here('../packages/testing/src/index.ts'),
    },
    dedupe: ['react', 'react-dom'],
  },
  server: { port: 5173 },
  preview: { port: 4173 },
});
