import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
const code = process.argv[2];
const r = await build({ stdin: { contents: code, resolveDir: '/work/main', loader: 'ts' }, bundle: true, minify: true, format: 'esm', write: false, define: { 'process.env.NODE_ENV': '"production"' }, alias: { '@crispkit/core': '/work/main/packages/core/src/index.ts' }, logLevel: 'silent' });
const c = r.outputFiles[0].contents; console.log(c.length, gzipSync(c, { level: 9 }).length);
