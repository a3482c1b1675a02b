// Packaging check (CI, after build:packages): what a library user installs must be trustworthy.
// Per package (every packages/* that is published): publint --strict, attw --pack, the ESM +
// CommonJS + .d.ts/.d.cts + source-map files, the exports map, sideEffects, 'use client' for React
// (ESM only, as their frameworks load them: Svelte's package with the `svelte` condition, ESM and
// .d.ts; the Nuxt module, ESM, .d.ts and source maps).
// Then the public types of every package with TypeScript 5.9, 6.0 and 7, and the size budgets of
// .size-limit.js, measured from the packed packages (scripts/measure-sizes.mjs), as hard limits.
// Exit status: non-zero on any problem; the last lines name each one (each size row over budget).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { failingRows, regressedRows, measureSizes, sizeTable } from './measure-sizes.mjs';
import { root } from './workspace.mjs';

const manifestOf = (name) => JSON.parse(readFileSync(`${root}packages/${name}/package.json`, 'utf8'));
// Every published package, found from the folders: a new package is checked as soon as it exists.
const PACKAGES = readdirSync(`${root}packages`)
  .filter((name) => existsSync(`${root}packages/${name}/package.json`))
  .filter((name) => !manifestOf(name).private)
  .sort();
// Export subpaths that are classic browser scripts (IIFE, for <script src> or as l.js), not
// modules: nothing imports them, so they have no types and attw would report "no types" and
// "ESM resolved from require" for a file no resolver is meant to load. Their bytes are checked
// by the size budgets (core) and their behaviour by the browser tests.
const SCRIPT_SUBPATHS = { core: ['./iife', './iife/dev'], testing: ['./browser'] };
// Packages published as ES modules only, the way their framework ships, with their entry's name:
// Svelte components are compiled by the app's own Svelte (which has no CommonJS build), so
// `@crispkit/svelte` ships its sources compiled to JavaScript with the `svelte` export condition
// (svelte-package), no source maps and no require; a Nuxt module is loaded by Nuxt with import(),
// never required. attw checks them with its esm-only profile.
const ESM_ONLY = {
  svelte: { entry: 'index', condition: 'svelte', maps: false },
  nuxt: { entry: 'module', maps: true },
};
// The Nuxt module's types are Nuxt's: checked in a program of their own (below).
const NUXT_MODULES = new Set(['nuxt']);
// The TypeScript versions a consumer may compile with (root devDependencies).
const TYPESCRIPTS = [
  ['TypeScript 5.9', 'typescript5'],
  ['TypeScript 6.0', 'typescript'],
  ['TypeScript 7', 'typescript7'],
];

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

  const esmOnly = ESM_ONLY[name];
  // Files: ESM and CommonJS, declarations for each, source maps for each (ESM only: its module, its
  // declarations and, when it ships them, its source map).
  const files = esmOnly
    ? [`${esmOnly.entry}.js`, `${esmOnly.entry}.d.ts`, ...(esmOnly.maps ? [`${esmOnly.entry}.js.map`] : [])]
    : ['index.js', 'index.cjs', 'index.d.ts', 'index.d.cts', 'index.js.map', 'index.cjs.map'];
  const missing = files.filter((f) => !existsSync(`${root}${dir}/dist/${f}`));
  if (missing.length) fail(where, `dist is missing ${missing.join(', ')} (run pnpm build:packages first)`);
  else if (esmOnly) ok(`dist has ESM, .d.ts${esmOnly.maps ? ' and source maps' : ''}`);
  else ok(`dist has ESM, CommonJS, .d.ts, .d.cts and source maps`);

  // The manifest.
  const main = pkg.exports?.['.'];
  const conditionOk = (c) => main?.[c]?.types && main?.[c]?.default;
  if (esmOnly) {
    const { entry, condition } = esmOnly;
    const js = `./dist/${entry}.js`;
    if (main?.types !== `./dist/${entry}.d.ts` || (condition && main?.[condition] !== js) || main?.default !== js)
      fail(
        where,
        `exports["."] must give types ./dist/${entry}.d.ts, ${condition ? `${condition} and ` : ''}default ${js}`,
      );
    else
      ok(`exports map: types → ${entry}.d.ts, ${condition ? `${condition} and ` : ''}default → ${entry}.js (ESM only)`);
  } else if (!conditionOk('import') || !conditionOk('require'))
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
      // Next.js's webpack build (Next 15's default) refuses `export *` in a client boundary
      // ("It's currently unsupported to use "export *" in a client boundary"): names only.
      const text = existsSync(path) ? readFileSync(path, 'utf8') : '';
      if (/^\s*export\s*\*|__reExport\(/m.test(text))
        fail(where, `dist/${f} re-exports with \`export *\`, which Next.js refuses in a 'use client' file`);
      else ok(`dist/${f} re-exports by name`);
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
    // ESM only: node16 from ESM and bundler are checked; require() is not offered.
    ...(esmOnly ? ['--profile', 'esm-only'] : []),
    ...(exclude.length ? ['--exclude-entrypoints', ...exclude] : []),
  ]);
  if (attw.status !== 0) fail(where, `attw --pack:\n${indent(attw.output)}`);
  else
    ok(
      `attw --pack (${esmOnly ? 'ES module resolutions: node16 from ESM, bundler' : 'all resolution modes'}${exclude.length ? `; script-only subpaths ${exclude.join(', ')} excluded` : ''})`,
    );
}

// The public types, compiled as a consumer would, skipLibCheck off, with each TypeScript and each
// resolution: bench/types/consumer.* (typical use of core, react, testing) and, generated here, a
// consumer that imports every typed export subpath of every package. A package whose declarations
// import Node's modules (the server's `./node`) is compiled in a second program with Node's types,
// so that the others are checked without them, as in a browser app.
const typedSubpaths = (name) =>
  Object.entries(manifestOf(name).exports ?? { '.': {} })
    .filter(([, target]) => JSON.stringify(target).includes('"types"'))
    .map(([subpath]) => `@crispkit/${name}${subpath.slice(1)}`);
const needsNode = (name) =>
  readdirSync(`${root}packages/${name}/dist`, { withFileTypes: true }).some(
    (file) =>
      file.isFile() &&
      /\.d\.c?ts$/.test(file.name) &&
      /from ['"]node:/.test(readFileSync(`${root}packages/${name}/dist/${file.name}`, 'utf8')),
  );
const consumers = `${root}node_modules/.crispkit-types/`;
rmSync(consumers, { recursive: true, force: true });
mkdirSync(`${consumers}node_modules/@crispkit`, { recursive: true });
writeFileSync(`${consumers}package.json`, '{ "type": "module" }\n');
const typed = PACKAGES.filter((name) => existsSync(`${root}packages/${name}/dist`));
for (const name of typed) symlinkSync(`${root}packages/${name}`, `${consumers}node_modules/@crispkit/${name}`, 'dir');
const programs = [
  {
    id: 'browser',
    packages: typed.filter((name) => !needsNode(name) && !NUXT_MODULES.has(name)),
    types: [],
    own: ['consumer.ts', 'consumer.cts'],
  },
  {
    id: 'node',
    packages: typed.filter((name) => needsNode(name) && !NUXT_MODULES.has(name)),
    types: ['node'],
    own: [],
  },
  // The Nuxt module runs in Node, and its types are Nuxt's, whose declarations name optional
  // peers no app installs (webpack, pug, ...): Nuxt apps compile with skipLibCheck. Every error
  // in @crispkit's declarations or in the consumer counts; those inside Nuxt's own are Nuxt's.
  {
    id: 'nuxt',
    packages: typed.filter((name) => NUXT_MODULES.has(name)),
    types: ['node'],
    own: [],
    foreign: /(^|[\s/])node_modules\/\.pnpm\//,
  },
].filter((program) => program.packages.length);
for (const program of programs) {
  const specifiers = program.packages.flatMap(typedSubpaths);
  const reexport = (list) =>
    list.map((specifier) => `export * as api${specifiers.indexOf(specifier)} from '${specifier}';`).join('\n');
  writeFileSync(`${consumers}${program.id}.ts`, `${reexport(specifiers)}\n`);
  // A CommonJS consumer cannot require an ESM-only package (node16): it is left out there.
  const requirable = specifiers.filter((specifier) => !ESM_ONLY[specifier.split('/')[1]]);
  writeFileSync(`${consumers}${program.id}.cts`, `${reexport(requirable)}\n`);
  for (const mode of ['bundler', 'node16']) {
    const own = program.own.filter((file) => mode === 'node16' || file.endsWith('.ts'));
    const files = [`${program.id}.ts`, ...(mode === 'node16' ? [`${program.id}.cts`] : [])];
    writeFileSync(
      `${consumers}tsconfig.${program.id}.${mode}.json`,
      JSON.stringify({
        extends: `${root}bench/types/tsconfig.${mode}.json`,
        compilerOptions: { types: program.types },
        files: [...files, ...own.map((file) => `${root}bench/types/${file}`)],
      }),
    );
  }
  program.specifiers = specifiers;
}
console.log(
  `\n▶ public types, skipLibCheck false: ${programs.map((p) => `${p.specifiers.join(', ')}${p.types.length ? ' (with Node types)' : ''}`).join('; ')}, and bench/types/consumer.*`,
);
for (const [label, ts] of TYPESCRIPTS) {
  const tsc = `${root}node_modules/${ts}/bin/tsc`;
  if (!existsSync(tsc)) {
    fail('types', `${label}: ${ts} is not installed (pnpm install)`);
    continue;
  }
  const version = exec(process.execPath, [tsc, '--version']).output;
  for (const mode of ['bundler', 'node16'])
    for (const program of programs) {
      const result = exec(process.execPath, [tsc, '-p', `${consumers}tsconfig.${program.id}.${mode}.json`]);
      const what = `${version}, moduleResolution ${mode}, ${program.packages.map((name) => `@crispkit/${name}`).join(' ')}`;
      const errors = result.output.split('\n').filter((line) => /error TS\d+/.test(line));
      const ours = errors.filter((line) => !program.foreign?.test(line));
      if (result.status !== 0 && (!program.foreign || ours.length || !errors.length))
        fail('types', `${what}:\n${indent(program.foreign && ours.length ? ours.join('\n') : result.output)}`);
      else ok(`${what}${errors.length ? ` (${errors.length} errors inside Nuxt's own declarations left out)` : ''}`);
    }
}
rmSync(consumers, { recursive: true, force: true });

// Sizes: every entry of .size-limit.js from the packed packages. An entry over its ceiling (or,
// without one, its budget) is a problem of its own, named in the summary; one over its design
// budget but within its ceiling is printed as such (`pnpm size` fails on it).
console.log('\n▶ sizes (.size-limit.js: design budgets, and ceilings CI holds; measured from the packed packages)');
const sizes = await measureSizes();
console.log(indent(sizeTable(sizes)));
const b = (n) => n.toLocaleString('en-US') + ' B';
for (const row of failingRows(sizes))
  if (row.ceiling && row.gzipped <= row.ceiling)
    console.log(
      `  over its design budget: ${row.name}: ${b(row.gzipped)} > ${b(row.budget)} (ceiling ${b(row.ceiling)})`,
    );
for (const row of regressedRows(sizes))
  fail(
    'size',
    row.status === 'error'
      ? `${row.name}: could not be measured: ${row.message}`
      : `${row.name}: ${b(row.gzipped)} > ${row.ceiling ? 'ceiling ' + b(row.ceiling) : 'budget ' + b(row.budget)}`,
  );

console.log(
  problems.length
    ? `\npackaging: ${problems.length} problem(s)\n${problems.map((p) => `  - ${p.split('\n')[0]}`).join('\n')}`
    : '\npackaging: all good',
);
process.exit(problems.length ? 1 : 0);
