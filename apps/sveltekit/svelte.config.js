// SvelteKit: every page prerendered (server-rendered at build time, then hydrated), served as
// static files. CRISPKIT_OUT_DIR lets the browser tests build into their own cache folder.
import adapter from '@sveltejs/adapter-static';

const out = process.env.CRISPKIT_OUT_DIR || 'build';

/** @type {import('@sveltejs/kit').Config} */
export default {
  kit: {
    adapter: adapter({ pages: out, assets: out, strict: true }),
    alias: {
      // The Acme pages are the React and Vue examples' (shared stylesheet and backend stand-in).
      $shared: '../react-router/src',
      // Sources, not dist: the app runs with no package build first (Svelte compiles the
      // binding's components and rune modules like the app's own).
      '@crispkit/core': '../../packages/core/src/index.ts',
      '@crispkit/svelte': '../../packages/svelte/src/index.ts',
      '@crispkit/server/node': '../../packages/server/src/node.ts',
      '@crispkit/server': '../../packages/server/src/index.ts',
    },
  },
};
