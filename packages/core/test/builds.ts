// The two builds an app can ship: the sources as development sees them, and a production bundle
// (esbuild, NODE_ENV=production, as an app's build makes it) where development checks are gone.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as development from '@crispkit/core';

export type Core = typeof development;

// Paths from strings: under jsdom, `URL` is jsdom's, which Node's url helpers do not accept.
const here = dirname(fileURLToPath(import.meta.url));
const entry = join(here, '../src/index.ts');
let production: Promise<Core> | undefined;

/** The core bundled for production, written to a temporary file and imported (once per test file). */
export function productionCore(): Promise<Core> {
  return (production ||= (async () => {
    // Inside the workspace (under node_modules, ignored by git): Vitest imports nothing outside it.
    const cache = join(here, '../../../node_modules/.cache');
    mkdirSync(cache, { recursive: true });
    const file = join(mkdtempSync(join(cache, 'crispkit-core-production-')), 'index.mjs');
    // esbuild's CLI in a child process: its JS API refuses to run under jsdom (whose TextEncoder
    // is not the realm's), and these tests need jsdom for the fake.
    const esbuild = createRequire(import.meta.url).resolve('esbuild/bin/esbuild');
    // A native binary, or on some installs a Node script that finds one.
    const script = readFileSync(esbuild).subarray(0, 2).toString() == '#!';
    execFileSync(script ? process.execPath : esbuild, [
      ...(script ? [esbuild] : []),
      entry,
      '--bundle',
      '--format=esm',
      '--platform=browser',
      '--define:process.env.NODE_ENV="production"',
      // The internal property names the package's own build shortens (see tsup.config.ts).
      `--mangle-props=^(?:${Object.keys(JSON.parse(readFileSync(join(here, '../mangle-cache.json'), 'utf8'))).join('|')})$`,
      '--log-level=warning',
      '--outfile=' + file,
    ]);
    try {
      return (await import(/* @vite-ignore */ file)) as Core;
    } finally {
      rmSync(dirname(file), { recursive: true, force: true });
    }
  })());
}

export const BUILDS: [name: string, load: () => Promise<Core>][] = [
  ['development', async () => development],
  ['production', productionCore],
];
