// Nuxt config of the Nuxt example: @crispkit/nuxt and the other packages from their sources, the
// simulated Crisp (apps/vite-crisp-sim.ts), and the React Router example's stylesheet.
import { fileURLToPath } from 'node:url';
import { crispTarget } from '../crisp-target';
import { crispSim } from '../vite-crisp-sim';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
// VITE_CRISP_* at build time, as every example reads them (apps/README.md).
const target = crispTarget({
  VITE_CRISP_WEBSITE_ID: process.env.VITE_CRISP_WEBSITE_ID,
  VITE_CRISP_SCRIPT_URL: process.env.VITE_CRISP_SCRIPT_URL,
});

export default defineNuxtConfig({
  compatibilityDate: '2026-01-01',
  // The module's source: in your app, `modules: ['@crispkit/nuxt']`.
  modules: [here('../../packages/nuxt/src/module.ts')],
  crisp: {
    websiteId: target.websiteId,
    scriptUrl: target.scriptUrl,
    // No Crisp byte before the visitor interacts with the page.
    load: 'interaction',
  },
  // Sources, not dist: the app builds with no package build first.
  alias: {
    '@crispkit/core': here('../../packages/core/src/index.ts'),
    '@crispkit/vue': here('../../packages/vue/src/index.ts'),
    '@crispkit/server/node': here('../../packages/server/src/node.ts'),
    '@crispkit/server': here('../../packages/server/src/index.ts'),
  },
  css: [here('../react-router/src/styles.css')],
  app: {
    head: {
      title: 'Acme Cloud · crispkit Nuxt example',
      htmlAttrs: { lang: 'en' },
      link: [
        {
          rel: 'icon',
          href: 'data:image/svg+xml,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22 viewBox=%220 0 16 16%22%3E%3Cpath d=%22M8 1l7 7-7 7-7-7z%22 fill=%22%231972f5%22/%3E%3C/svg%3E',
        },
      ],
    },
  },
  router: { options: { linkActiveClass: 'active' } },
  vite: { plugins: [crispSim()] },
  // The simulated l.js the Vite plugin emits into the client build, served by the built server too.
  nitro: { publicAssets: [{ dir: here('.nuxt/dist/client/crisp-sim'), baseURL: '/crisp-sim', maxAge: 0 }] },
  devtools: { enabled: false },
  telemetry: false,
  devServer: { port: 5176 },
});
