// Packaging check (CI, after build:packages): what a library user installs must be trustworthy.
// Per package: publint --strict, attw --pack, the ESM + CommonJS + .d.ts/.d.cts + source-map
// files, the exports map, sideEffects, 'use client' for React. Then the public types with
// TypeScript 5.x and 6.0, and the size-limit budgets.
// Exit status: non-zero on any problem. Size budgets count only when CRISPKIT_SIZE_ENFORCE != "0".
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { root } from './workspace.mjs';

const PACKAGES = ['core', 'react', 'vue', 'testing', 'server'];
// Export subpaths that are classic browser scripts (IIFE, for <script src> or as l.js), not
// modules: nothing imports them, so they have no types and attw would report "no types" and
// "ESM resolved from require" for a file no resolver is meant to load. Their bytes are checked
// by size-limit (core) and their behaviour by the browser tests.
const SCRIPT_SUBPATHS = { core: ['./iife', './iife/dev'], testing: ['./browser'] };
const enforceSize = (process.env.CRISPKIT_SIZE_ENFORCE ?? '1') !== '0';

const problems = [];
const fail = (where, message) => {
  problems.push(`${where}: ${message}`);
  console.log(`  ✗ ${message}`);
};
const ok = (message) => console.log(`  ✓ ${message}`);
const exec = (cmd, args) => {
  const result = spawnSync(cmd, args, { cwd: root, encoding: 'utf8', shell: process.platform === 'win32' });
  return { status: result.status, output: `${result.stdout ?? ''}${result.stderr ?? ''}`.trim() };
};
const bin = (name) => `${root}node_modules/.bin/${name}`;
const indent = (text) => text.replace(/^/gm, '      ');

for (const name of PACKAGES) {
  const dir = `packages/${name}`;
  const where = `@crispkit/${name}`;
  console.log(`\n▶ ${where}`);
  const pkg = JSON.parse(readFileSync(`${root}${dir}/package.json`, 'utf8'));

  // Files: ESM and CommonJS, declarations for each, source maps for each.
  const files = ['index.js', 'index.cjs', 'index.d.ts', 'index.d.cts', 'index.js.map', 'index.cjs.map'];
  const missing = files.filter((f) => !existsSync(`${root}${dir}/dist/${f}`));
  if (missing.length) fail(where, `dist is missing ${missing.join(', ')} (run pnpm build:packages first)`);
  else ok(`dist has ESM, CommonJS, .d.ts, .d.cts and source maps`);

  // The manifest.
  const main = pkg.exports?.['.'];
  const conditionOk = (c) => main?.[c]?.types && main?.[c]?.default;
  if (!conditionOk('import') || !conditionOk('require'))
    fail(where, `exports["."] must give import and require, each with types and default`);
  else if (main.import.types !== './dist/index.d.ts' || main.require.types !== './dist/index.d.cts')
    fail(where, `exports["."] types must be ./dist/index.d.ts (import) and ./dist/index.d.cts (require)`);
  else ok(`exports map: import → index.js + index.d.ts, require → index.cjs + index.d.cts`);
  if (pkg.sideEffects !== false) fail(where, `"sideEffects" must be false`);
  else ok(`sideEffects: false`);
  if (!pkg.files?.includes('dist')) fail(where, `"files" must include dist`);

  // React Server Components: the client boundary must survive the build.
  if (name === 'react')
    for (const f of ['index.js', 'index.cjs']) {
      const path = `${root}${dir}/dist/${f}`;
      const first = existsSync(path) ? readFileSync(path, 'utf8').split('\n')[0].trim() : '';
      if (!/^['"]use client['"];?$/.test(first))
        fail(where, `dist/${f} must start with 'use client' (first line: ${JSON.stringify(first.slice(0, 40))})`);
      else ok(`dist/${f} starts with 'use client'`);
    }

  const publint = exec(bin('publint'), ['run', '--strict', dir]);
  if (
    publint.status !== 0 ||
    /\b(error|warning|suggestion)s?\b/i.test(
      publint.output.replace(/Running publint.*|Packing files.*|Linting\.\.\./g, ''),
    )
  )
    fail(where, `publint --strict:\n${indent(publint.output)}`);
  else ok(`publint --strict`);

  const exclude = SCRIPT_SUBPATHS[name] ?? [];
  const attw = exec(bin('attw'), [
    '--pack',
    dir,
    '--format',
    'table-flipped',
    ...(exclude.length ? ['--exclude-entrypoints', ...exclude] : []),
  ]);
  if (attw.status !== 0) fail(where, `attw --pack:\n${indent(attw.output)}`);
  else
    ok(
      `attw --pack (all resolution modes${exclude.length ? `; script-only subpaths ${exclude.join(', ')} excluded` : ''})`,
    );
}

// The public types, compiled by a consumer (bench/types) with each TypeScript and each resolution.
console.log('\n▶ public types (bench/types: ESM and CommonJS consumers, skipLibCheck false)');
for (const [label, ts] of [
  ['TypeScript 5.x', 'typescript5'],
  ['TypeScript 6.0', 'typescript'],
])
  for (const mode of ['bundler', 'node16']) {
    const tsc = `${root}node_modules/${ts}/bin/tsc`;
    if (!existsSync(tsc)) {
      fail('types', `${label}: ${ts} is not installed`);
      continue;
    }
    const version = exec(process.execPath, [tsc, '--version']).output;
    const result = exec(process.execPath, [tsc, '-p', `bench/types/tsconfig.${mode}.json`]);
    if (result.status !== 0) fail('types', `${version}, moduleResolution ${mode}:\n${indent(result.output)}`);
    else ok(`${version}, moduleResolution ${mode}`);
  }

// Size budgets (size-limit, preset-small-lib, config .size-limit.js).
console.log(`\n▶ size-limit (budgets ${enforceSize ? 'enforced' : 'reported only: CRISPKIT_SIZE_ENFORCE=0'})`);
const size = exec(bin('size-limit'), ['--json']);
let checks = null;
try {
  checks = JSON.parse(size.output.slice(size.output.indexOf('[')));
} catch {
  fail('size-limit', `could not run:\n${indent(size.output)}`);
}
const over = [];
for (const check of checks ?? []) {
  const line = `${check.name}: ${check.size} B gzip (budget ${check.sizeLimit} B)`;
  if (check.passed) ok(line);
  else {
    over.push(`${line}, OVER by ${check.size - check.sizeLimit} B`);
    console.log(`  ${enforceSize ? '✗' : '!'} ${line}  OVER BUDGET by ${check.size - check.sizeLimit} B`);
  }
}
if (over.length) {
  if (enforceSize) problems.push(...over.map((o) => `size-limit: ${o}`));
  else console.log(`  ${over.length} over budget; not failing because CRISPKIT_SIZE_ENFORCE=0`);
}

console.log(
  problems.length
    ? `\npackaging: ${problems.length} problem(s)\n${problems.map((p) => `  - ${p.split('\n')[0]}`).join('\n')}`
    : '\npackaging: all good',
);
process.exit(problems.length ? 1 : 0);
