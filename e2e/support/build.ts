// Building what the browser tests load, once: the packages, the apps (pointed at the real l.js
// URL, which the tests answer themselves) and the fixture pages. Memoized in this process and,
// across test files, by a content hash of the inputs: a second file (or run) with unchanged
// sources reuses the outputs instead of building again.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { cp, mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const E2E_DIR = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');
export const ROOT = dirname(E2E_DIR);
export const FIXTURES_DIR = join(E2E_DIR, 'fixtures');
export const REAL_SCRIPT_URL = 'https://client.crisp.chat/l.js';
/** Outputs live here (outside the repo); delete it or set E2E_REBUILD=1 to force a build. */
export const CACHE_DIR = process.env.E2E_CACHE_DIR || join(tmpdir(), 'crispkit-e2e');

export type AppName = 'react-router' | 'vue-router' | 'sveltekit' | 'plain-html' | 'playground';

export interface Built {
  /** The body served as https://client.crisp.chat/l.js: @crispkit/testing's browser build. */
  fakeCrisp: string;
  /** packages/core/dist/crispkit.iife.js, once the script-tag build exists. */
  coreIifePath: string | null;
  /** esbuild output of e2e/fixtures/*.ts(x): `<name>.js`, served beside e2e/fixtures/*.html. */
  fixturesDir: string;
}

const SKIP = new Set([
  'node_modules',
  'dist',
  '.vite',
  'artifacts',
  '.turbo',
  'coverage',
  // Next.js outputs, the copied simulated l.js and the file `next build` rewrites: not inputs.
  '.next',
  '.next-e2e',
  'crisp-sim',
  'next-env.d.ts',
  // SvelteKit's generated files and the SvelteKit example's static site.
  '.svelte-kit',
  'build',
  // Nuxt's generated types and build output.
  '.nuxt',
  '.output',
]);

/** A hash of every file under `paths` (directories walked), names and contents. */
export function hashInputs(paths: string[]): string {
  const hash = createHash('sha256');
  const walk = (path: string) => {
    if (!existsSync(path)) return;
    const info = statSync(path);
    if (info.isDirectory()) {
      for (const name of readdirSync(path).sort()) if (!SKIP.has(name)) walk(join(path, name));
    } else {
      hash.update(relative(ROOT, path) + '\0');
      hash.update(readFileSync(path));
    }
  };
  paths.forEach(walk);
  return hash.digest('hex').slice(0, 16);
}

export function exec(
  command: string,
  args: string[],
  // `env` is added to this process's environment, or with `replaceEnv` is the whole environment.
  options: { cwd?: string; env?: Record<string, string>; replaceEnv?: boolean } = {},
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd || ROOT,
      env: options.replaceEnv ? options.env : { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve()
        : reject(
            new Error(
              `e2e build: \`${command} ${args.join(' ')}\` failed (exit ${code}) in ${options.cwd || ROOT}:\n${output.slice(-4000)}`,
            ),
          ),
    );
  });
}

const forced = () => process.env.E2E_REBUILD == '1';

/** Runs `build` into a fresh directory, then moves it into place, so a half-built output is never reused. */
async function cached(name: string, key: string, build: (outDir: string) => Promise<void>): Promise<string> {
  const final = join(CACHE_DIR, `${name}-${key}`);
  if (!forced() && existsSync(join(final, '.complete'))) return final;
  const temp = `${final}.tmp-${process.pid}-${Date.now()}`;
  await rm(temp, { recursive: true, force: true });
  await mkdir(temp, { recursive: true });
  await build(temp);
  await writeFile(join(temp, '.complete'), new Date().toISOString());
  await rm(final, { recursive: true, force: true });
  await rename(temp, final);
  await prune(`${name}-`, `${name}-${key}`);
  return final;
}

/** Removes earlier outputs of the same kind (other input hashes), so the cache does not grow. */
async function prune(prefix: string, keep: string): Promise<void> {
  for (const entry of await readdir(CACHE_DIR).catch(() => [] as string[]))
    if (
      entry.startsWith(prefix) &&
      entry != keep &&
      !entry.includes('.tmp-') &&
      !entry.slice(prefix.length).includes('-')
    )
      await rm(join(CACHE_DIR, entry), { recursive: true, force: true }).catch(() => undefined);
}

const packageDirs = ['core', 'testing', 'react', 'vue', 'svelte'].map((p) => join(ROOT, 'packages', p));

async function buildPackages(): Promise<void> {
  // The fixtures and the Vite apps bundle the React layer's sources; the Next.js apps its dist.
  // @crispkit/server: its browser test loads the built file, and the app's server side imports it.
  // @crispkit/react too for the Next.js builds, which use the package as installed (its dist).
  const filters = ['@crispkit/core', '@crispkit/testing', '@crispkit/server', '@crispkit/react'];
  const key = hashInputs(
    [...packageDirs.slice(0, 3), join(ROOT, 'packages/server')].flatMap((dir) => [
      join(dir, 'src'),
      join(dir, 'package.json'),
      join(dir, 'tsup.config.ts'),
    ]),
  );
  const stamp = join(CACHE_DIR, `packages-${key}.done`);
  const outputs = [
    join(ROOT, 'packages/core/dist/index.js'),
    join(ROOT, 'packages/testing/dist/fake-crisp.browser.js'),
    join(ROOT, 'packages/server/dist/index.js'),
    join(ROOT, 'packages/react/dist/index.js'),
  ];
  if (!forced() && existsSync(stamp) && outputs.every((file) => existsSync(file))) return;
  await exec('pnpm', [...filters.flatMap((f) => ['--filter', f]), 'build']);
  await mkdir(CACHE_DIR, { recursive: true });
  await prune('packages-', `packages-${key}.done`);
  await writeFile(stamp, filters.join(' '));
}

async function buildFixtures(): Promise<string> {
  const key = hashInputs([
    FIXTURES_DIR,
    join(ROOT, 'packages/react/src'),
    join(ROOT, 'packages/vue/src'),
    join(ROOT, 'packages/core/dist/index.js'),
  ]);
  return cached('fixtures', key, async (outDir) => {
    const entries = (await readdir(FIXTURES_DIR)).filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.d.ts'));
    if (!entries.length) return;
    const { build } = await import('esbuild');
    const modules = join(ROOT, 'node_modules');
    await build({
      entryPoints: entries.map((f) => join(FIXTURES_DIR, f)),
      outdir: outDir,
      bundle: true,
      format: 'iife',
      platform: 'browser',
      target: 'es2020',
      jsx: 'automatic',
      sourcemap: 'linked',
      logLevel: 'silent',
      // Development React: StrictMode's double effects only exist there. Vue's bundler build
      // wants its feature flags set.
      define: {
        'process.env.NODE_ENV': '"development"',
        __VUE_OPTIONS_API__: 'false',
        __VUE_PROD_DEVTOOLS__: 'false',
        __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
      },
      alias: {
        // The core's built output (what users install); the React layer from its sources.
        '@crispkit/core': join(ROOT, 'packages/core/dist/index.js'),
        '@crispkit/react': join(ROOT, 'packages/react/src/index.ts'),
        '@crispkit/vue': join(ROOT, 'packages/vue/src/index.ts'),
        // One Vue for the fixture, its router and the kit's Vue layer.
        vue: join(E2E_DIR, 'node_modules/vue'),
        'vue-router': join(E2E_DIR, 'node_modules/vue-router'),
        // One React for the fixture and the kit's React layer.
        react: join(modules, 'react'),
        'react-dom': join(modules, 'react-dom'),
        'react-router': join(modules, 'react-router'),
      },
    });
  });
}

async function buildApp(name: AppName): Promise<string> {
  const dir = join(ROOT, name == 'playground' ? 'playground' : `apps/${name}`);
  // The Vue and SvelteKit examples import the React example's backend stand-in, styles and server side.
  const borrowed =
    name == 'vue-router' || name == 'sveltekit'
      ? [join(ROOT, 'apps/react-router/src'), join(ROOT, 'apps/react-router/server')]
      : [];
  // The app requests the real Crisp URL; every test answers it with the fake (page.route).
  const env = { VITE_CRISP_SCRIPT_URL: REAL_SCRIPT_URL, NODE_ENV: 'production' };
  const key = hashInputs([
    dir,
    ...borrowed,
    ...packageDirs.map((p) => join(p, 'src')),
    join(ROOT, 'apps/vite-crisp-sim.ts'),
  ]);
  const vite = join(ROOT, 'node_modules/vite/bin/vite.js');
  return cached(`app-${name}`, key, (outDir) =>
    name == 'sveltekit'
      ? // SvelteKit's adapter decides where the site goes: its config reads CRISPKIT_OUT_DIR.
        exec(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
          cwd: dir,
          env: { ...env, CRISPKIT_OUT_DIR: outDir },
        })
      : exec(process.execPath, [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
          cwd: dir,
          env,
        }),
  );
}

/** An app exists once it has a page to build (SvelteKit's pages are its routes, set up in svelte.config.js). */
export const appExists = (name: AppName): boolean => {
  const dir = join(ROOT, name == 'playground' ? 'playground' : `apps/${name}`);
  return existsSync(join(dir, 'index.html')) || existsSync(join(dir, 'svelte.config.js'));
};

let memo: Promise<Built> | undefined;
const appMemo = new Map<AppName, Promise<string>>();

/** Builds packages and fixtures once per process (and once per input hash across processes). */
export function prepare(): Promise<Built> {
  return (memo ||= (async () => {
    await mkdir(CACHE_DIR, { recursive: true });
    await buildPackages();
    const fixturesDir = await buildFixtures();
    const iife = join(ROOT, 'packages/core/dist/crispkit.iife.js');
    return {
      fakeCrisp: readFileSync(join(ROOT, 'packages/testing/dist/fake-crisp.browser.js'), 'utf8'),
      coreIifePath: existsSync(iife) ? iife : null,
      fixturesDir,
    };
  })());
}

/** Builds one app (after the packages), once. Throws with the build's output if it fails. */
export async function prepareApp(name: AppName): Promise<string> {
  await prepare();
  let pending = appMemo.get(name);
  if (!pending) appMemo.set(name, (pending = buildApp(name)));
  return pending;
}

let nuxtMemo: Promise<string> | undefined;

/**
 * Builds apps/nuxt with `nuxt build` (once per input hash), after the packages: the Nitro server's
 * output directory, started with `node <dir>/server/index.mjs`. The app requests the real Crisp
 * URL, which the tests answer with the fake. Nuxt builds into the app's folder; the output is
 * copied to the cache so that a later build cannot change a running test's server.
 */
export function prepareNuxtApp(): Promise<string> {
  return (nuxtMemo ||= (async () => {
    await prepare();
    const dir = join(ROOT, 'apps/nuxt');
    const key = hashInputs([
      dir,
      join(ROOT, 'packages/nuxt/src'),
      ...packageDirs.map((p) => join(p, 'src')),
      join(ROOT, 'apps/react-router/src'),
      join(ROOT, 'apps/react-router/server'),
      join(ROOT, 'apps/vite-crisp-sim.ts'),
      join(ROOT, 'apps/crisp-target.ts'),
    ]);
    return cached('app-nuxt', key, async (outDir) => {
      await exec(process.execPath, [join(dir, 'node_modules/nuxt/bin/nuxt.mjs'), 'build', '--logLevel', 'silent'], {
        cwd: dir,
        env: { VITE_CRISP_SCRIPT_URL: REAL_SCRIPT_URL, NODE_ENV: 'production' },
      });
      await cp(join(dir, '.output'), outDir, { recursive: true });
    });
  })());
}
