// Vite plugin: serves @crispkit/core's script-tag build at /crispkit.iife.js in dev and ships it in the build.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const CORE = fileURLToPath(new URL('../../packages/core/', import.meta.url));
const BUILT = CORE + 'dist/crispkit.iife.js';
const FILE = 'crispkit.iife.js';

/**
 * The file users get from npm or a CDN (`pnpm --filter @crispkit/core build`), read on each
 * call so a rebuild shows up at once. Without that build (a fresh clone), the same entry is
 * bundled from source with the options of packages/core/tsup.config.ts, so the site still runs.
 */
async function scriptTag(): Promise<string> {
  if (existsSync(BUILT)) return readFile(BUILT, 'utf8');
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [CORE + 'src/script-tag.ts'],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    define: { 'process.env.NODE_ENV': '"production"' },
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

export function crispkitScriptTag(): Plugin {
  return {
    name: 'crispkit:script-tag',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if ((req.url ?? '').split('?')[0] !== '/' + FILE) return next();
        scriptTag().then(
          (body) => {
            res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
            res.end(body);
          },
          (error: unknown) => {
            res.statusCode = 500;
            res.end(String(error));
          },
        );
      });
    },
    async generateBundle() {
      // Pages reference it as a classic <script src>, which Vite leaves alone: ship it as is.
      this.emitFile({ type: 'asset', fileName: FILE, source: await scriptTag() });
    },
  };
}
