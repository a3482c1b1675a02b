// Size table: each bench/size/* entry bundled like an app's production build (esbuild, minify,
// NODE_ENV=production), then gzipped; the app's own React stays external.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));

// Workspace packages resolve to their built dist: what users install (`pnpm pack` ships dist;
// `pnpm size` measures the packed tarballs themselves). Run `pnpm build:packages` first.
export const ALIAS = {
  '@crispkit/core': here('../packages/core/dist/index.js'),
  '@crispkit/react': here('../packages/react/dist/index.js'),
  '@crispkit/testing': here('../packages/testing/dist/index.js'),
};

export const SIZE_ENTRIES = [
  { name: '@crispkit/core', entry: 'size/core.ts', budget: 2000 },
  {
    name: '@crispkit/react (React external)',
    entry: 'size/react.tsx',
    budget: 2600,
    external: ['react', 'react-dom', 'react/jsx-runtime'],
  },
  // The script tag's budget is for the file; the second row adds the page's own inline use,
  // which the browser fetches separately, for a like-for-like comparison.
  {
    name: 'crispkit script tag (crispkit.iife.js)',
    entry: '../packages/core/dist/crispkit.iife.js',
    budget: 3300,
    format: 'iife',
  },
  {
    name: 'crispkit script tag + inline use',
    entry: ['../packages/core/dist/crispkit.iife.js', 'size/script-tag.ts'],
    format: 'iife',
  },
  { name: 'crisp-sdk-web 1.2', entry: 'size/crisp-sdk-web.ts', baseline: true },
  { name: "Crisp's raw inline snippet", entry: 'size/snippet.js', format: 'iife' },
];

export async function measureEntry({ entry, external = [], format = 'esm' }) {
  if (Array.isArray(entry)) {
    const parts = await Promise.all(entry.map((one) => measureEntry({ entry: one, external, format })));
    return { minified: parts.reduce((n, p) => n + p.minified, 0), gzipped: parts.reduce((n, p) => n + p.gzipped, 0) };
  }
  const result = await build({
    entryPoints: [here(entry)],
    bundle: true,
    minify: true,
    format,
    write: false,
    platform: 'browser',
    target: 'es2020',
    jsx: 'automatic',
    external,
    define: { 'process.env.NODE_ENV': '"production"' },
    alias: ALIAS,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  return { minified: code.length, gzipped: gzipSync(code, { level: 9 }).length };
}

/** Rows with bytes and the ratio to crisp-sdk-web; an entry that fails to build is reported, not thrown. */
export async function sizeRows() {
  const rows = [];
  for (const item of SIZE_ENTRIES) {
    try {
      rows.push({ ...item, ...(await measureEntry(item)) });
    } catch (error) {
      rows.push({ ...item, error: String(error.message || error).split('\n')[0] });
    }
  }
  const base = rows.find((r) => r.baseline)?.gzipped;
  for (const row of rows) row.ratio = row.gzipped && base ? row.gzipped / base : null;
  return rows;
}
