import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
const mangle = (dir) => { const cache = JSON.parse(readFileSync(dir + 'mangle-cache.json', 'utf8')); return { mangleProps: new RegExp(`^(?:${Object.keys(cache).join('|')})$`), mangleCache: cache }; };
for (const dir of ['/tmp/startup-main/packages/core/', '/work/wt/startup/packages/core/']) {
  const r = await build({ entryPoints: ['size/core.ts'], bundle: true, minify: true, format: 'esm', write: false, platform: 'browser', target: 'es2020', define: { 'process.env.NODE_ENV': '"production"' }, alias: { '@crispkit/core': dir + 'src/index.ts' }, ...mangle(dir), logLevel: 'silent' });
  const t = r.outputFiles[0].contents;
  console.log(dir, t.length, gzipSync(t, { level: 9 }).length);
}
