// `pnpm size`: the bytes a user's app pays, measured on what users install. Each package is packed
// (`pnpm pack`), unpacked into a scratch app's node_modules, and typical use (bench/size/*) is
// bundled from there as an app's production build would (esbuild, minify, NODE_ENV=production),
// then gzipped (-9). crisp-sdk-web is measured the same way from its published package. Exits 1
// when a budget is exceeded. Usage: node scripts/size.mjs [--json]
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { pnpm, root } from './workspace.mjs';

const REACT = ['react', 'react-dom', 'react/jsx-runtime', 'react-dom/client'];
export const BUDGETS = { core: 2000, react: 2600, scriptTag: 3300 };

const pm = pnpm();
const scratch = mkdtempSync(join(tmpdir(), 'crispkit-size-'));
const modules = join(scratch, 'node_modules');

/** Packs a workspace package and unpacks it where an app's install would put it. */
function install(name) {
  const dir = join(root, 'packages', name);
  if (!existsSync(join(dir, 'dist/index.js')))
    execFileSync(pm[0], [...pm.slice(1), '--filter', `@crispkit/${name}`, 'build'], { cwd: root, stdio: 'inherit' });
  const packed = join(scratch, 'packed');
  mkdirSync(packed, { recursive: true });
  execFileSync(pm[0], [...pm.slice(1), 'pack', '--pack-destination', packed], { cwd: dir, stdio: 'ignore' });
  const tarball = readdirSync(packed).find((file) => file.startsWith(`crispkit-${name}-`));
  const target = join(modules, '@crispkit', name);
  mkdirSync(target, { recursive: true });
  execFileSync('tar', ['-xzf', join(packed, tarball), '-C', target, '--strip-components=1']);
  rmSync(join(packed, tarball));
  return target;
}

/** Bundles an entry as an app's production build, resolving packages from the scratch app. */
async function measure(entry, { external = [], nodePaths = [modules] } = {}) {
  const file = join(scratch, entry.replace(/.*\//, ''));
  copyFileSync(join(root, 'bench/size', entry), file);
  const result = await build({
    entryPoints: [file],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    jsx: 'automatic',
    write: false,
    external,
    nodePaths,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  return { minified: code.length, gzipped: gzipSync(code, { level: 9 }).length };
}

const bytes = (code) => ({ minified: code.length, gzipped: gzipSync(code, { level: 9 }).length });

try {
  const core = install('core');
  install('react');
  const rows = [
    { name: '@crispkit/core, typical use', budget: BUDGETS.core, ...(await measure('core.ts')) },
    {
      name: '@crispkit/react + core, typical use (React external)',
      budget: BUDGETS.react,
      ...(await measure('react.tsx', { external: REACT })),
    },
    // The script tag is served as it is: the file's own bytes.
    {
      name: 'script tag crispkit.iife.js, as served',
      budget: BUDGETS.scriptTag,
      ...bytes(readFileSync(join(core, 'dist/crispkit.iife.js'))),
    },
    // For scale: Crisp's own SDK, bundled the same way from its published package.
    {
      name: 'crisp-sdk-web, typical use',
      ...(await measure('crisp-sdk-web.ts', { nodePaths: [join(root, 'bench/node_modules')] })),
    },
  ];
  const sdk = rows.at(-1).gzipped;
  if (process.argv.includes('--json')) console.log(JSON.stringify(rows));
  else {
    console.log('Measured from the packed packages, bundled by esbuild (minify, NODE_ENV=production), gzip -9:\n');
    console.log(
      `${'entry'.padEnd(54)} ${'min'.padStart(7)} ${'min+gz'.padStart(8)} ${'vs sdk'.padStart(7)} ${'budget'.padStart(7)}`,
    );
    for (const row of rows)
      console.log(
        `${row.name.padEnd(54)} ${String(row.minified).padStart(7)} ${String(row.gzipped).padStart(8)} ${(row.gzipped / sdk).toFixed(2).padStart(6)}× ${String(row.budget ?? '').padStart(7)}${row.budget && row.gzipped > row.budget ? '  OVER' : ''}`,
      );
  }
  process.exitCode = rows.some((row) => row.budget && row.gzipped > row.budget) ? 1 : 0;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
