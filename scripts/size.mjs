// Prints the minified + gzipped size of each typical-usage entry under scripts/size/,
// bundled the way an app's production build bundles it (esbuild, NODE_ENV=production).
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const ENTRIES = [
  { name: '@crispkit/core (typical use)', entry: 'scripts/size/core.ts', budget: 1100 },
  {
    name: '@crispkit/react + core (typical use)',
    entry: 'scripts/size/react.tsx',
    budget: 2200,
    external: ['react', 'react-dom', 'react/jsx-runtime'],
  },
  // The whole script tag: it has no tree-shaking by its user, so the entry itself is the usage.
  { name: 'script tag (crispkit.iife.js)', entry: 'packages/core/src/script-tag.ts', budget: 3500 },
];

export async function measure(entry, external = []) {
  const result = await build({
    entryPoints: [root + entry],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    platform: 'browser',
    target: 'es2020',
    external,
    define: { 'process.env.NODE_ENV': '"production"' },
    alias: {
      '@crispkit/core': root + 'packages/core/src/index.ts',
      '@crispkit/react': root + 'packages/react/src/index.ts',
    },
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  return { minified: code.length, gzipped: gzipSync(code, { level: 9 }).length, code };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let over = 0;
  for (const { name, entry, budget, external } of ENTRIES) {
    const { minified, gzipped } = await measure(entry, external);
    if (gzipped > budget) over++;
    console.log(
      `${name.padEnd(40)} ${String(minified).padStart(6)} B min  ${String(gzipped).padStart(6)} B min+gz  (budget ${budget} B)${gzipped > budget ? '  OVER' : ''}`,
    );
  }
  process.exitCode = over ? 1 : 0;
}
