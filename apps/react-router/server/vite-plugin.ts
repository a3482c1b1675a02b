// Vite plugin: the example's server side (server/api.ts) inside the dev server, so `pnpm dev`
// signs identities, receives web hooks and answers them through Crisp's API with no separate
// process. api.ts is loaded through Vite's SSR loader, so it runs from source (no package build
// first) and reloads on edits.
import type { Plugin } from 'vite';
import { loadEnv } from 'vite';
import type { AppServer } from './api.ts';

const API = '/server/api.ts';

export function crispServer(): Plugin {
  return {
    name: 'crispkit:example-server',
    apply: 'serve',
    configureServer(server) {
      // CRISP_* from the shell or from .env files (never VITE_*: those reach the browser).
      const env = {
        ...loadEnv(server.config.mode, server.config.envDir || server.config.root, 'CRISP_'),
        ...process.env,
      };
      const warned = new Set<string>();
      const warnOnce = (line: string) => {
        if (!warned.has(line)) console.warn(line);
        warned.add(line);
      };
      // One app server per version of api.ts, not one per request: its web-hook handler remembers
      // the deliveries it handled and its directory the accounts that signed in.
      const servers = new WeakMap<object, AppServer>();
      server.middlewares.use((request, response, next) => {
        if (!(request.url ?? '').startsWith('/api/crisp/')) return next();
        server
          .ssrLoadModule(API)
          .then(async (module) => {
            const api = module as typeof import('./api.ts');
            let app = servers.get(module);
            if (!app) {
              app = api.createAppServer(api.secretsFromEnvironment(env, warnOnce), console.info, {
                crisp: api.crispApiFromEnvironment(env, warnOnce),
              });
              servers.set(module, app);
            }
            if (!(await app.node(request, response))) next();
          })
          .catch(next);
      });
    },
  };
}
