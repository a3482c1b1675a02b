// What each module of the core's typical bundle costs, in gzip bytes: `node bench/size-account.mjs`
// (the table of bench/RESULTS.md's size section). The typical use (bench/size/core.ts) is bundled
// from the sources as the package's browser build makes it (its mangle cache, the browser build's
// client without server rendering, production code only), unminified so that each module's code is
// one region, marked by esbuild's `// <path>` comment. Every gzip figure below is of that bundle
// minified (esbuild) then gzipped (level 9), with or without some of the regions:
// - `alone`: the gzip cost of removing only that module, everything else kept (what it costs that
//   nothing else pays for: the sum is below the whole, since shared words are paid once);
// - `in order`: the gzip of the bundle up to and with the module, minus up to and without it, in
//   the bundle's order (these add up to the whole: a word is paid by its first module).
// With `--inside <module path>`, the same `alone` figure for each top-level function of a module.
// The whole differs from `pnpm size` by a few tens of bytes (one bundle of the sources here, two
// bundling steps there): the figures are for comparing modules, `pnpm size` is the budget's.
import { build, transform } from 'esbuild';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const core = `${root}packages/core/`;
const mangleCache = JSON.parse(readFileSync(`${core}mangle-cache.json`, 'utf8'));

const bundled = await build({
  entryPoints: [`${root}bench/size/core.ts`],
  absWorkingDir: root,
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'browser',
  target: 'es2020',
  define: { 'process.env.NODE_ENV': '"production"' },
  mangleProps: new RegExp(`^(?:${Object.keys(mangleCache).join('|')})$`),
  mangleCache,
  alias: { '@crispkit/core': `${core}src/index.ts` },
  // packages/core/tsup.config.ts's browser build: no server-rendering client.
  plugins: [
    {
      name: 'without-server-client',
      setup(esbuild) {
        esbuild.onResolve({ filter: /^\.\/server-client$/ }, () => ({
          path: `${core}src/client/no-server-client.ts`,
        }));
      },
    },
  ],
  logLevel: 'error',
});
const text = bundled.outputFiles[0].text;

const gzip = async (code) =>
  gzipSync((await transform(code, { minify: true, format: 'esm', target: 'es2020' })).code, { level: 9 }).length;
const whole = await gzip(text);

// Each module's region starts with esbuild's comment naming it.
const regions = text.split(/^(?=\/\/ (?:packages|bench)\/\S+\.tsx?$)/m);
const nameOf = (region) => (/^\/\/ (\S+)/.exec(region)?.[1] ?? '(start)').replace('packages/core/src/', '');
const pad = (value, width) => String(value).padStart(width);

const inside = process.argv.indexOf('--inside');
if (inside > 0) {
  const name = process.argv[inside + 1];
  const at = regions.findIndex((region) => nameOf(region) === name);
  if (at < 0) throw new Error(`${name}: not in the typical bundle`);
  const before = regions.slice(0, at).join('');
  const after = regions.slice(at + 1).join('');
  // Top-level declarations start at the line's first column.
  const pieces = regions[at].split(/^(?=(?:async )?function |var |const |let )/m);
  console.log(`${name}, whole bundle ${whole} B gzip; alone, per top-level declaration:`);
  for (let i = 0; i < pieces.length; i++) {
    const without = await gzip(before + pieces.filter((_, j) => j !== i).join('') + after);
    console.log(pad(whole - without, 5), pieces[i].split('\n')[0].slice(0, 80));
  }
} else {
  const rows = [];
  let previous = 0;
  for (let i = 0; i < regions.length; i++) {
    const without = await gzip(regions.filter((_, j) => j !== i).join(''));
    const upTo = await gzip(regions.slice(0, i + 1).join(''));
    rows.push({ name: nameOf(regions[i]), alone: whole - without, inOrder: upTo - previous });
    previous = upTo;
  }
  console.log(`core typical bundle: ${whole} B gzip\n`);
  console.log('module'.padEnd(34) + pad('alone', 7) + pad('in order', 10));
  for (const row of rows.sort((a, b) => b.inOrder - a.inOrder))
    console.log(row.name.padEnd(34) + pad(row.alone, 7) + pad(row.inOrder, 10));
  const sum = (key) => rows.reduce((total, row) => total + row[key], 0);
  console.log('sum'.padEnd(34) + pad(sum('alone'), 7) + pad(sum('inOrder'), 10));
}
