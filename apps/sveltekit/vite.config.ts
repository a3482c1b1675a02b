// Vite config of the SvelteKit example: SvelteKit (whose aliases, in svelte.config.js, point
// @crispkit/* at their sources), the simulated Crisp, and the React Router example's server side
// (the same module, mounted by the same plugin).
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';
import { crispSim } from '../vite-crisp-sim.ts';
import { crispServer } from '../react-router/server/vite-plugin.ts';

export default defineConfig({
  plugins: [sveltekit(), crispSim(), crispServer()],
  server: { port: 5176, fs: { allow: ['../..'] } },
  preview: { port: 4176 },
});
