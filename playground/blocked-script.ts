// Vite plugin: answers 404 at /crisp-sim/blocked/l.js, so the playground's "blocked" fault makes
// the browser fire `error` on the l.js tag exactly as an ad blocker would.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin } from 'vite';

export const BLOCKED_SCRIPT_PATH = '/crisp-sim/blocked/l.js';

const refuse = (req: IncomingMessage, res: ServerResponse, next: () => void) => {
  if ((req.url ?? '').split('?')[0] !== BLOCKED_SCRIPT_PATH) return next();
  // Explicit, or the SPA fallback would answer index.html with a 200 and the load would "succeed".
  res.statusCode = 404;
  res.setHeader('Cache-Control', 'no-store');
  res.end('blocked by the playground');
};

export function blockedScript(): Plugin {
  return {
    name: 'crispkit-playground:blocked-script',
    configureServer: (server) => void server.middlewares.use(refuse),
    configurePreviewServer: (server) => void server.middlewares.use(refuse),
  };
}
