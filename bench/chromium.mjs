// The Chromium the browser tests drive, launched with their flags: e2e/support/chromium.ts itself,
// compiled into bench/node_modules/.cache/, so that the bench and the tests cannot drift apart.
import { build } from 'esbuild';
import { pathToFileURL, fileURLToPath } from 'node:url';

export async function launchChromium() {
  const outfile = fileURLToPath(new URL('node_modules/.cache/crispkit-chromium.mjs', import.meta.url));
  await build({
    entryPoints: [fileURLToPath(new URL('../e2e/support/chromium.ts', import.meta.url))],
    outfile,
    format: 'esm',
    platform: 'node',
    // Its own imports (the flags) bundled in; packages stay imports, found from bench/.
    bundle: true,
    packages: 'external',
    logLevel: 'silent',
  });
  const { launchChromium: launch } = await import(pathToFileURL(outfile).href);
  return launch();
}
