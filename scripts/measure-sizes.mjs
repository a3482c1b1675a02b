// The one way sizes are measured, for `pnpm size`, the packaging check and the bench: every entry
// of .size-limit.js, measured on what users install. The packages an entry needs are packed
// (`pnpm pack`) and unpacked into a scratch app's node_modules; the entry (bench/size/*) is copied
// into that app and size-limit's own engine (preset-small-lib) bundles and compresses it there.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import sizeLimit from 'size-limit';
import smallLib from '@size-limit/preset-small-lib';
import { pnpm, root } from './workspace.mjs';

/** @crispkit packages an entry's source imports. */
const importedPackages = (source) =>
  [...source.matchAll(/(?:from|import)\s*\(?\s*['"]@crispkit\/([\w-]+)['"]/g)].map((match) => match[1]);

/** "3000 B" or "3 kB" (size-limit's units; kB is 1,000 bytes) → bytes. */
function parseLimit(limit) {
  const match = /^\s*([\d.]+)\s*(B|kB)\s*$/.exec(limit);
  if (!match) throw new Error(`.size-limit.js: cannot read the limit ${JSON.stringify(limit)} (use "3000 B")`);
  return Math.round(Number(match[1]) * (match[2] === 'kB' ? 1000 : 1));
}

/** The entries of .size-limit.js, as written there. */
export async function sizeChecks() {
  return (await import(pathToFileURL(join(root, '.size-limit.js')).href)).default;
}

/**
 * Measures every entry of .size-limit.js from the packed packages. Each row: name, budget (bytes,
 * when the entry has a limit), gzipped and minified bytes, and a status: 'ok', 'over', 'not built
 * yet' (the entry needs a package this checkout does not have) or 'error' (with the message).
 */
export async function measureSizes() {
  const pm = pnpm();
  const scratch = mkdtempSync(join(tmpdir(), 'crispkit-size-'));
  const modules = join(scratch, 'node_modules');
  const packed = join(scratch, 'packed');
  mkdirSync(packed, { recursive: true });
  const installed = new Map();

  /** Packs packages/<name> (and the @crispkit packages it depends on) into the scratch app; false when absent. */
  function install(name) {
    if (installed.has(name)) return installed.get(name);
    const dir = join(root, 'packages', name);
    if (!existsSync(join(dir, 'package.json'))) {
      installed.set(name, false);
      return false;
    }
    installed.set(name, true);
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    if (!existsSync(join(dir, 'dist')))
      execFileSync(pm[0], [...pm.slice(1), '--filter', manifest.name, 'build'], { cwd: root, stdio: 'inherit' });
    execFileSync(pm[0], [...pm.slice(1), 'pack', '--pack-destination', packed], { cwd: dir, stdio: 'ignore' });
    const prefix = manifest.name.replace('@', '').replace('/', '-') + '-';
    const tarball = readdirSync(packed).find((file) => file.startsWith(prefix));
    const target = join(modules, manifest.name);
    mkdirSync(target, { recursive: true });
    execFileSync('tar', ['-xzf', join(packed, tarball), '-C', target, '--strip-components=1']);
    rmSync(join(packed, tarball));
    // A peer (the Svelte binding's core) is installed beside it, as the app's package manager would.
    const dependsOn = Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies }).filter((dep) =>
      dep.startsWith('@crispkit/'),
    );
    return dependsOn.every((dep) => install(dep.slice('@crispkit/'.length)));
  }

  /** The entry's files inside the scratch app, or null when a package it needs is not in this checkout. */
  function place(path) {
    const fromPackage = /^packages\/([\w-]+)\/(.+)$/.exec(path);
    if (fromPackage) return install(fromPackage[1]) ? join(modules, '@crispkit', fromPackage[1], fromPackage[2]) : null;
    const source = join(root, path);
    const needs = importedPackages(readFileSync(source, 'utf8'));
    if (!needs.every(install)) return null;
    const file = join(scratch, basename(path));
    copyFileSync(source, file);
    return file;
  }

  // Third-party packages measured for scale (crisp-sdk-web) come from the bench's own install;
  // the scratch app's node_modules is searched first, so @crispkit is always the packed one.
  const fallback = (modify) => (config) => ({
    ...(modify ? modify(config) : config),
    nodePaths: [join(root, 'bench/node_modules')],
  });

  try {
    const rows = [];
    for (const check of await sizeChecks()) {
      const row = {
        name: check.name,
        budget: check.limit ? parseLimit(check.limit) : undefined,
        ceiling: check.ceiling ? parseLimit(check.ceiling) : undefined,
      };
      rows.push(row);
      try {
        const files = (Array.isArray(check.path) ? check.path : [check.path]).map(place);
        if (files.includes(null)) {
          row.status = 'not built yet';
          continue;
        }
        const { path: _path, limit: _limit, ceiling: _ceiling, ...options } = check;
        const measure = async (compression) =>
          (
            await sizeLimit(smallLib, {
              checks: [{ ...options, ...compression, files, modifyEsbuildConfig: fallback(check.modifyEsbuildConfig) }],
            })
          )[0].size;
        row.gzipped = await measure({ gzip: true });
        row.minified = await measure({ gzip: undefined, brotli: false });
        row.status = row.budget != null && row.gzipped > row.budget ? 'over' : 'ok';
      } catch (error) {
        row.status = 'error';
        row.message = String(error?.message ?? error).split('\n')[0];
      }
    }
    return rows;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Rows that must fail a run: over their budget, or a budgeted entry that could not be measured. */
export const failingRows = (rows) =>
  rows.filter((row) => row.status === 'over' || (row.status === 'error' && row.budget != null));

/**
 * Rows that must fail CI: over their ceiling (a row with a ceiling is over its design budget
 * today; the ceiling stops it from growing while the budget is worked on), or over their budget
 * when they have no ceiling, or a budgeted entry that could not be measured.
 */
export const regressedRows = (rows) =>
  rows.filter((row) =>
    row.status === 'error' ? row.budget != null : row.gzipped > (row.ceiling ?? row.budget ?? Infinity),
  );

const fmt = (n) => (n == null ? '' : n.toLocaleString('en-US'));

/** The rows as a plain-text table, with the ratio to crisp-sdk-web and the verdict of each. */
export function sizeTable(rows) {
  const sdk = rows.find((row) => /crisp-sdk-web/.test(row.name))?.gzipped;
  const width = Math.max(...rows.map((row) => row.name.length));
  const verdict = (row) =>
    row.status === 'over'
      ? `OVER by ${fmt(row.gzipped - row.budget)} B`
      : row.status === 'ok'
        ? row.budget == null
          ? ''
          : 'ok'
        : row.status === 'error'
          ? `ERROR: ${row.message}`
          : row.status;
  return [
    `${'entry'.padEnd(width)} ${'min'.padStart(7)} ${'min+gz'.padStart(7)} ${'vs sdk'.padStart(6)} ${'budget'.padStart(7)}`,
    ...rows.map((row) =>
      [
        row.name.padEnd(width),
        fmt(row.minified).padStart(7),
        fmt(row.gzipped).padStart(7),
        (row.gzipped && sdk ? `${(row.gzipped / sdk).toFixed(2)}×` : '').padStart(6),
        fmt(row.budget).padStart(7),
        verdict(row),
      ]
        .join(' ')
        .trimEnd(),
    ),
  ].join('\n');
}
