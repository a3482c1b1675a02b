// Next.js apps for the browser tests, built once per input hash and started with `next start`:
// apps/next with Next 16's two bundlers (Turbopack, the default, and webpack), and e2e/next15, the
// smallest app on Next 15's default (webpack) build. Each build runs with no Crisp secret in its
// environment, as CI and container builds do; the secrets are given to `next start` only.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { E2E_DIR, REAL_SCRIPT_URL, ROOT, exec, hashInputs, prepare } from './build';

export type NextBuild = 'next16-turbopack' | 'next16-webpack' | 'next15-webpack';

/** The secrets `next start` gets (never the build): the tests sign deliveries with the web-hook one. */
export const NEXT_SECRETS = {
  CRISP_WEBHOOK_SECRET: 'e2e-webhook-secret',
  CRISP_IDENTITY_SECRET: 'e2e-identity-secret',
} as const;

interface Target {
  dir: string;
  /** Relative to `dir`; apps/next reads it from NEXT_DIST_DIR so both of its builds can exist. */
  distDir: string;
  args: string[];
}

const APP = join(ROOT, 'apps/next');
const TARGETS: Record<NextBuild, Target> = {
  'next16-turbopack': { dir: APP, distDir: '.next-e2e/turbopack', args: ['build'] },
  'next16-webpack': { dir: APP, distDir: '.next-e2e/webpack', args: ['build', '--webpack'] },
  'next15-webpack': { dir: join(E2E_DIR, 'next15'), distDir: '.next', args: ['build'] },
};

const nextBin = (dir: string) => join(dir, 'node_modules/next/dist/bin/next');

/** The environment without any CRISP_* variable: a build must not need one. */
function withoutSecrets(extra: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env))
    if (value !== undefined && !name.startsWith('CRISP_')) env[name] = value;
  return { ...env, NEXT_TELEMETRY_DISABLED: '1', ...extra };
}

async function build(name: NextBuild): Promise<void> {
  const { dir, distDir, args } = TARGETS[name];
  const key = hashInputs([
    dir,
    ...['core', 'react', 'server'].map((p) => join(ROOT, 'packages', p, 'src')),
    join(ROOT, 'apps/crisp-target.ts'),
  ]);
  const stamp = join(dir, distDir, '.crispkit-e2e-key');
  if (process.env.E2E_REBUILD != '1' && existsSync(stamp) && readFileSync(stamp, 'utf8') == key) return;
  const started = Date.now();
  await exec(process.execPath, [nextBin(dir), ...args], {
    cwd: dir,
    env: withoutSecrets({ NEXT_DIST_DIR: distDir, NEXT_PUBLIC_CRISP_SCRIPT_URL: REAL_SCRIPT_URL }),
    replaceEnv: true,
  });
  await writeFile(stamp, key);
  console.info(`e2e: ${name} built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

const memo = new Map<NextBuild, Promise<void>>();

/** Builds one Next.js target (after the packages, whose dist it uses), once per process. */
export function prepareNext(name: NextBuild): Promise<void> {
  let pending = memo.get(name);
  if (!pending) memo.set(name, (pending = prepare().then(() => build(name))));
  return pending;
}

export const NEXT_BUILDS = Object.keys(TARGETS) as NextBuild[];

export interface NextServer {
  readonly origin: string;
  /** What the server printed (its console.info of each web hook, its errors). */
  readonly output: string[];
  close(): Promise<void>;
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });

/** `next start` of a built target on a free port, with the secrets in its environment. */
export async function startNext(name: NextBuild): Promise<NextServer> {
  await prepareNext(name);
  const { dir, distDir } = TARGETS[name];
  const port = await freePort();
  const output: string[] = [];
  const child: ChildProcess = spawn(
    process.execPath,
    [nextBin(dir), 'start', '--port', String(port), '--hostname', '127.0.0.1'],
    {
      cwd: dir,
      env: withoutSecrets({ NEXT_DIST_DIR: distDir, NODE_ENV: 'production', ...NEXT_SECRETS }),
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group, so closing stops whatever `next start` spawned too.
      detached: true,
    },
  );
  child.stdout!.on('data', (chunk: Buffer) => output.push(String(chunk)));
  child.stderr!.on('data', (chunk: Buffer) => output.push(String(chunk)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const origin = `http://127.0.0.1:${port}`;
  const close = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        // Already gone.
      }
      await exited;
    }
  };
  // Ready once it answers; a server that exits first fails with its output.
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`e2e: next start (${name}) exited:\n${output.join('')}`);
    const answered = await fetch(origin + '/', { redirect: 'manual' }).then(
      (response) => response.status,
      () => 0,
    );
    if (answered) break;
    if (Date.now() > deadline) {
      await close();
      throw new Error(`e2e: next start (${name}) did not answer within 60 s:\n${output.join('')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { origin, output, close };
}
