// A built Nuxt app's Nitro server (`node .output/server/index.mjs`) on a free local port, for a
// browser test file: started with the environment the test gives (runtime config, secrets).
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';

export interface RunningServer {
  readonly origin: string;
  close(): Promise<void>;
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });

/** Starts the server and resolves once it answers; rejects with its output if it exits or never answers. */
export async function startNitro(outputDir: string, env: Record<string, string> = {}): Promise<RunningServer> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [join(outputDir, 'server/index.mjs')], {
    env: { ...process.env, ...env, HOST: '127.0.0.1', PORT: String(port), NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) => reject(new Error(`e2e: the Nitro server exited (${code}):\n${output}`))),
  );
  exited.catch(() => undefined);
  const deadline = Date.now() + 30_000;
  for (;;) {
    const up = await Promise.race([
      fetch(origin + '/__e2e-ready', { method: 'HEAD' }).then(
        () => true,
        () => false,
      ),
      exited,
    ]);
    if (up) break;
    if (Date.now() > deadline) {
      child.kill();
      throw new Error(`e2e: the Nitro server did not answer on ${origin} within 30 s:\n${output}`);
    }
    // Polling the server until it listens (a readiness check, not a timing assumption).
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    origin,
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode != null) return resolve();
        child.once('exit', () => resolve());
        child.kill();
      }),
  };
}
