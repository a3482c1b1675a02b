// Vite config of the plain HTML example: three static pages, the crispkit script tag, the simulated Crisp.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { crispSim } from '../vite-crisp-sim.ts';
import { crispkitScriptTag } from './script-tag-plugin.ts';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  plugins: [crispSim(), crispkitScriptTag()],
  build: {
    rollupOptions: {
      input: {
        index: here('index.html'),
        pricing: here('pricing.html'),
        contact: here('contact.html'),
      },
    },
  },
  server: { port: 5175 },
  preview: { port: 4175 },
});
