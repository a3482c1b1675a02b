// `pnpm check:docs [file...]`: type-check every ```ts and ```tsx block of the docs, so an example
// that no longer compiles against the packages' sources is caught before a reader copies it.
//
// Each block becomes a module under node_modules/.cache/crispkit-check-docs/ (ignored by git,
// ESLint and Prettier), and all of them are checked in one TypeScript program with strict settings
// (strict, exactOptionalPropertyTypes, noUncheckedIndexedAccess, DOM, react-jsx, bundler
// resolution, @crispkit/* mapped to the workspace sources). Failures are reported as
// `file:line` of the Markdown, pointing at the offending line inside the block.
//
// A block should be complete, imports included. An HTML comment right before a block adjusts it:
//   <!-- check: skip -->                  a deliberately partial snippet (use sparingly)
//   <!-- check: prelude                   hidden lines put before the block, e.g. names the
//   declare const button: HTMLButtonElement;   snippet takes for granted
//   -->
//   <!-- check: node -->                  Node's types for this block (also implied by an
//                                         import from 'node:…'); they are global to the run
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import ts from 'typescript';
import { root } from './workspace.mjs';

const OUT = join(root, 'node_modules/.cache/crispkit-check-docs');
const LANGS = { ts: 'ts', typescript: 'ts', tsx: 'tsx' };

/** The Markdown files whose examples readers copy. */
function docFiles() {
  const files = ['README.md', 'CONTRIBUTING.md', 'playground/README.md'];
  for (const dir of ['packages', 'apps'])
    if (existsSync(join(root, dir)))
      for (const name of readdirSync(join(root, dir))) files.push(`${dir}/${name}/README.md`);
  const walk = (dir) => {
    if (!existsSync(join(root, dir))) return;
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true }))
      if (entry.isDirectory()) walk(`${dir}/${entry.name}`);
      else if (entry.name.endsWith('.md')) files.push(`${dir}/${entry.name}`);
  };
  walk('docs');
  return files.filter((file) => existsSync(join(root, file)));
}

/**
 * The ts/tsx blocks of one Markdown file: `{ file, line, lang, code, skip, prelude, node }`, where
 * `line` is the 1-based line of the first code line.
 */
function extractBlocks(file) {
  const lines = readFileSync(join(root, file), 'utf8').split('\n');
  const blocks = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^\s*(`{3,}|~{3,})\s*([\w-]*)/.exec(lines[i]);
    if (!open) continue;
    const fence = open[1];
    let end = i + 1;
    while (end < lines.length && !lines[end].trim().startsWith(fence)) end++;
    const lang = LANGS[open[2].toLowerCase()];
    if (lang) {
      const directive = directiveBefore(lines, i);
      const code = lines.slice(i + 1, end).join('\n');
      blocks.push({
        file,
        line: i + 2,
        lang,
        code,
        skip: directive?.kind === 'skip',
        prelude: directive?.kind === 'prelude' ? directive.body : '',
        node: directive?.kind === 'node' || /from\s+['"]node:/.test(code),
      });
    }
    i = end; // a fence inside a block is part of it
  }
  return blocks;
}

/** The `<!-- check: … -->` comment that ends on the last non-blank line before `index`, if any. */
function directiveBefore(lines, index) {
  let last = index - 1;
  while (last >= 0 && !lines[last].trim()) last--;
  if (last < 0 || !lines[last].trim().endsWith('-->')) return null;
  let first = last;
  while (first >= 0 && !lines[first].includes('<!--')) first--;
  if (first < 0) return null;
  const text = lines.slice(first, last + 1).join('\n');
  const match = /<!--\s*check:\s*(skip|prelude|node)\b([\s\S]*?)-->/.exec(text);
  return match ? { kind: match[1], body: match[2].trim() } : null;
}

/** `@crispkit/<name>` and its subpaths (`@crispkit/server/node`) mapped to the sources. */
function workspacePaths() {
  const paths = {};
  const packages = join(root, 'packages');
  for (const name of existsSync(packages) ? readdirSync(packages) : []) {
    const src = join(packages, name, 'src');
    if (!existsSync(join(src, 'index.ts'))) continue;
    paths[`@crispkit/${name}`] = [join(src, 'index.ts')];
    paths[`@crispkit/${name}/*`] = [join(src, '*.ts'), join(src, '*/index.ts')];
  }
  return paths;
}

const args = process.argv.slice(2);
const files = docFiles().filter((file) => !args.length || args.some((arg) => file.includes(arg)));
const blocks = files.flatMap(extractBlocks);
const checked = blocks.filter((block) => !block.skip);

rmSync(OUT, { recursive: true, force: true });
const byPath = new Map();
for (const block of checked) {
  const slug = block.file.replace(/\.md$/, '').replace(/[^\w-]+/g, '_');
  const path = join(OUT, slug, `line-${block.line}.${block.lang}`);
  const header = [
    `// ${block.file}:${block.line}`,
    ...(block.node ? ['/// <reference types="node" />'] : []),
    ...(block.prelude ? [block.prelude] : []),
  ].join('\n');
  // `export {}` makes every block a module, so names declared in two blocks never collide.
  const source = `${header}\n${block.code}\nexport {};\n`;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, source);
  byPath.set(path, { ...block, offset: header.split('\n').length });
}

writeFileSync(
  join(OUT, 'tsconfig.json'),
  JSON.stringify(
    {
      compilerOptions: {
        target: 'ES2022',
        lib: ['ES2022', 'DOM', 'DOM.Iterable'],
        module: 'ESNext',
        moduleResolution: 'Bundler',
        jsx: 'react-jsx',
        strict: true,
        exactOptionalPropertyTypes: true,
        noUncheckedIndexedAccess: true,
        noImplicitOverride: true,
        allowImportingTsExtensions: true,
        resolveJsonModule: true,
        esModuleInterop: true,
        skipLibCheck: true,
        noEmit: true,
        types: [],
        paths: workspacePaths(),
      },
      files: [...byPath.keys()],
    },
    null,
    2,
  ),
);

console.log(
  `check:docs: ${blocks.length} ts/tsx block(s) in ${files.length} file(s), ${blocks.length - checked.length} skipped`,
);
if (!checked.length) process.exit(0);

// One program for every block (the TypeScript API rather than the tsc CLI: tsc stops at syntax
// errors and never reports the other blocks' type errors, the API gives both for each file).
const configPath = join(OUT, 'tsconfig.json');
const config = ts.getParsedCommandLineOfConfigFile(
  configPath,
  {},
  { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
);
if (!config) throw new Error(`check:docs: could not read ${configPath}`);
const program = ts.createProgram(config.fileNames, config.options);
const global = [...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics()];
if (global.length) {
  console.error(
    ts.formatDiagnostics(global, {
      getCanonicalFileName: (f) => f,
      getCurrentDirectory: () => root,
      getNewLine: () => '\n',
    }),
  );
  process.exit(1);
}

// Only the blocks' own errors count: the packages' sources are compiled too (paths), under
// stricter flags than their own tsconfig, and their diagnostics are not the docs' fault.
const failures = new Map();
for (const [path, block] of byPath) {
  const file = program.getSourceFile(path);
  const diagnostics = [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)];
  if (!diagnostics.length) continue;
  failures.set(
    block,
    diagnostics.map((d) => {
      const codeLine = d.start === undefined ? 0 : file.getLineAndCharacterOfPosition(d.start).line + 1 - block.offset;
      const where =
        codeLine >= 1 ? `${block.file}:${block.line + codeLine - 1}` : `${block.file}:${block.line} (prelude)`;
      return { where, text: `TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}` };
    }),
  );
}

for (const [block, errors] of failures) {
  console.log(`\n✗ ${block.file}:${block.line} (\`\`\`${block.lang} block)`);
  for (const error of errors) console.log(`    ${error.where}  ${error.text}`);
}
console.log(
  failures.size
    ? `\ncheck:docs: ${failures.size} of ${checked.length} checked block(s) failed`
    : `\ncheck:docs: all ${checked.length} checked block(s) compile`,
);
process.exit(failures.size ? 1 : 0);
