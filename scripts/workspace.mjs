// Shared by the root scripts: find or fetch pnpm, install the workspace, list the TypeScript
// projects, run steps.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));
const PNPM_VERSION = '12.21.0';

const works = (cmd, args) =>
  spawnSync(cmd, args, { stdio: 'ignore', shell: process.platform === 'win32' }).status === 0;

/** The command that runs pnpm here: the installed one, or npx fetching the pinned version from npm. */
export function pnpm() {
  if (works('pnpm', ['--version'])) return ['pnpm'];
  console.log(`pnpm not found: using npx pnpm@${PNPM_VERSION} (npm i -g pnpm@${PNPM_VERSION} to install it)`);
  return ['npx', '--yes', `pnpm@${PNPM_VERSION}`];
}

/** Runs a command in the workspace root, streaming its output; returns true when it succeeded. */
export function run(cmd, args, env = {}) {
  const result = spawnSync(cmd, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
    shell: process.platform === 'win32',
  });
  return result.status === 0;
}

/** Installs dependencies from the lockfile (fast when already installed). */
export function install(pm) {
  const frozen = existsSync(root + 'pnpm-lock.yaml') ? ['--frozen-lockfile'] : [];
  if (!run(pm[0], [...pm.slice(1), 'install', ...frozen])) {
    console.error('Installing the workspace failed; see the output above.');
    process.exit(1);
  }
}

/**
 * Every TypeScript project of the workspace, as folders relative to the root ('.' is the root's
 * own tsconfig.json, which covers the shared Vitest config). Computed from the folders, so a new
 * package or app is type-checked by `pnpm typecheck` and `npm test` as soon as it has a tsconfig.
 */
export function typeScriptProjects() {
  return ['.']
    .concat(
      ['packages', 'apps'].flatMap((dir) =>
        existsSync(root + dir) ? readdirSync(root + dir).map((name) => `${dir}/${name}`) : [],
      ),
    )
    .concat(['playground', 'e2e', 'bench'])
    .filter((dir) => existsSync(`${root}${dir}/tsconfig.json`));
}

/** Whether a project is a Svelte one (a svelte.config.js): tsc cannot read its components, svelte-check does. */
export const hasSvelte = (dir) => existsSync(join(root, dir, 'svelte.config.js'));
