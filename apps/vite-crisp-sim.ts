// Vite plugin shared by the apps and the playground: the simulated Crisp at /crisp-sim/l.js, unless real Crisp is configured.
//
// The contract every app follows (see apps/README.md):
// - VITE_CRISP_WEBSITE_ID set: real Crisp, that website, Crisp's own l.js URL.
// - VITE_CRISP_SCRIPT_URL set: l.js is loaded from there (browser tests set Crisp's URL and answer it).
// - neither: the simulated Crisp, served by this plugin at /crisp-sim/l.js, with a demo website id.
// React apps apply it with `crispTarget(import.meta.env)` (apps/crisp-target.ts); plain HTML pages
// write the simulated defaults on their crispkit.iife.js tag and this plugin rewrites them.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin } from 'vite';
import { DEMO_WEBSITE_ID, SIM_SCRIPT_PATH } from './crisp-target.ts';

export { DEMO_WEBSITE_ID, SIM_SCRIPT_PATH };

const TESTING = fileURLToPath(new URL('../packages/testing/', import.meta.url));
const BROWSER_BUILD = TESTING + 'dist/fake-crisp.browser.js';

/**
 * The fake's browser build (`pnpm --filter @crispkit/testing build`), read on each call so a
 * rebuild shows up without restarting the server. Without that build (a fresh clone), the same
 * entry is bundled from source, so the apps run offline with no package build first.
 */
async function fakeCrisp(): Promise<string> {
  if (existsSync(BROWSER_BUILD)) return readFile(BROWSER_BUILD, 'utf8');
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [TESTING + 'src/browser.ts'],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

interface Env {
  VITE_CRISP_WEBSITE_ID?: string;
  VITE_CRISP_SCRIPT_URL?: string;
}

/**
 * Rewrites the data-website-id / data-script-url attributes of crispkit.iife.js tags in HTML
 * pages, which are written with the simulated defaults, to follow the contract above.
 */
export function retargetScriptTags(html: string, env: Env): string {
  const { VITE_CRISP_WEBSITE_ID: id, VITE_CRISP_SCRIPT_URL: url } = env;
  if (!id && !url) return html;
  return html.replace(/<script\b[^>]*crispkit[^>]*\.iife\.js[^>]*>/g, (tag) => {
    if (id) tag = tag.replace(/(\s)data-website-id="[^"]*"/, `$1data-website-id="${id}"`);
    // Real Crisp without an explicit URL: drop the simulated one so Crisp's default applies.
    return url
      ? tag.replace(/(\s)data-script-url="[^"]*"/, `$1data-script-url="${url}"`)
      : tag.replace(/\s+data-script-url="[^"]*"/, '');
  });
}

export function crispSim(): Plugin {
  let env: Env = {};
  // Real Crisp needs no simulation: nothing is served or emitted.
  const simulated = () => !env.VITE_CRISP_WEBSITE_ID;

  const serve = (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    if (!simulated() || (req.url ?? '').split('?')[0] !== SIM_SCRIPT_PATH) return next();
    fakeCrisp().then(
      (body) => {
        res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
        // Every page load is a real l.js request, as with Crisp, so request counts mean something.
        res.setHeader('Cache-Control', 'no-store');
        res.end(body);
      },
      (error: unknown) => {
        res.statusCode = 500;
        res.end(String(error));
      },
    );
  };

  return {
    name: 'crispkit:crisp-sim',
    configResolved(config) {
      // config.env holds the VITE_* variables of the shell and of .env files alike.
      env = config.env as Env;
    },
    configureServer(server) {
      server.middlewares.use(serve);
    },
    configurePreviewServer(server) {
      // The built file is in the output already; this only matters if the build was made
      // without the simulation and previewed with it.
      server.middlewares.use(serve);
    },
    transformIndexHtml(html) {
      return retargetScriptTags(html, env);
    },
    async generateBundle() {
      // A built app stays offline too: the simulated l.js ships beside it.
      if (simulated()) this.emitFile({ type: 'asset', fileName: SIM_SCRIPT_PATH.slice(1), source: await fakeCrisp() });
    },
  };
}
