// `pnpm test:runtimes`: the portable suites (test/portable/: signing, verification, the web-hook
// handler, the REST client against the fake Crisp API) on real Deno, Bun and workerd, installed
// from npm as devDependencies. Each entry is bundled with esbuild from the sources, run, and its
// RESULT line read; the last line sums them up. Exit status: non-zero when any runtime failed.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const pkg = join(here, '../..');
const root = join(pkg, '../..');
const out = join(pkg, 'node_modules/.cache/crispkit-runtimes');
const bin = (name) => join(pkg, 'node_modules/.bin', name);
mkdirSync(out, { recursive: true });

// The sources, as the published build is made from them (tsup, platform neutral): no Node shims.
const shared = {
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  target: 'es2022',
  logLevel: 'warning',
  alias: {
    '@crispkit/server': join(pkg, 'src/index.ts'),
    '@crispkit/testing/api': join(root, 'packages/testing/src/api/index.ts'),
  },
};
await build({ ...shared, entryPoints: [join(here, 'entry-script.ts')], outfile: join(out, 'script.mjs') });
await build({ ...shared, entryPoints: [join(here, 'entry-worker.ts')], outfile: join(out, 'worker.mjs') });
writeFileSync(
  join(out, 'config.capnp'),
  `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (services = [(name = "portable", worker = .worker)]);
const worker :Workerd.Worker = (
  modules = [(name = "worker", esModule = embed "worker.mjs")],
  compatibilityDate = "2025-09-01",
);
`,
);

const runtimes = [
  // No permissions, no configuration file: the suites need neither network nor disk.
  {
    name: 'Deno',
    command: bin('deno'),
    args: ['run', '--no-config', '--no-lock', '--no-prompt', join(out, 'script.mjs')],
  },
  { name: 'Bun', command: bin('bun'), args: [join(out, 'script.mjs')] },
  { name: 'workerd', command: bin('workerd'), args: ['test', '--verbose', join(out, 'config.capnp')] },
];

const summary = [];
for (const runtime of runtimes) {
  const version = spawnSync(runtime.command, ['--version'], { encoding: 'utf8' }).stdout?.trim().split('\n')[0] ?? '';
  console.log(`\n▶ ${runtime.name} (${version || 'not installed'})`);
  const run = spawnSync(runtime.command, runtime.args, { encoding: 'utf8', cwd: out, timeout: 300_000 });
  const output = `${run.stdout ?? ''}${run.stderr ?? ''}`;
  const lines = output.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('RESULT '));
  for (const line of lines) console.log(line.replace(/^.*?console\.log\(\): /, ''));
  const found = /RESULT (\{.*\})/.exec(output);
  const result = found ? JSON.parse(found[1]) : { passed: 0, failed: 1 };
  if (!found)
    console.log(
      `  no result from ${runtime.name} (exit status ${run.status}${run.error ? ', ' + run.error.message : ''})`,
    );
  const ok = found && result.failed === 0 && run.status === 0;
  summary.push({ name: runtime.name, ok, ...result });
}

console.log('\nruntimes:');
for (const r of summary) console.log(`  ${r.ok ? 'ok  ' : 'FAIL'} ${r.name}: ${r.passed} passed, ${r.failed} failed`);
const failed = summary.filter((r) => !r.ok);
console.log(`${summary.length - failed.length} of ${summary.length} runtimes passed`);
process.exit(failed.length ? 1 : 0);
