// `npm test`: install, build, then run every check and every test, and end with one summary line.
// Usage: node scripts/test.mjs [--skip-install]
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { hasSvelte, install, pnpm, root, run, typeScriptProjects } from './workspace.mjs';

const pm = pnpm();
const exec = (args, env) => run(pm[0], [...pm.slice(1), ...args], env);
if (!process.argv.includes('--skip-install')) install(pm);

const projects = typeScriptProjects();

// Each check is one pass or fail in the summary; tests are counted one by one from Vitest.
const checks = [
  { name: 'build (packages)', args: ['run', 'build:packages'] },
  ...projects.map((dir) => ({
    name: `typecheck ${dir === '.' ? '(root)' : dir}`,
    // Svelte projects through the typecheck script, which runs svelte-check on them.
    args: hasSvelte(dir)
      ? ['exec', 'node', 'scripts/typecheck.mjs', dir]
      : ['exec', 'tsc', '-p', `${dir}/tsconfig.json`, '--noEmit'],
  })),
  { name: 'lint', args: ['exec', 'eslint', '.'] },
  { name: 'format', args: ['exec', 'prettier', '--check', '.'] },
  { name: 'packaging (publint, attw, size-limit)', args: ['exec', 'node', 'scripts/packaging.mjs'] },
  { name: 'docs code blocks (strict type check)', args: ['exec', 'node', 'scripts/check-docs.mjs'] },
  // @crispkit/server's portable suites on real Deno, Bun and workerd (Node runs them under Vitest).
  { name: 'server runtimes (Deno, Bun, workerd)', args: ['run', 'test:runtimes'] },
];

const results = [];
for (const check of checks) {
  console.log(`\n▶ ${check.name}`);
  results.push({ name: check.name, ok: exec(check.args) });
}

console.log('\n▶ tests (vitest: unit, React 18 and 19, browser)');
mkdirSync(root + '.test-results', { recursive: true });
const report = root + '.test-results/vitest.json';
// A report left by an earlier run must never stand in for this one.
rmSync(report, { force: true });
const vitestOk = exec([
  'exec',
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
]);
let tests = { passed: 0, failed: 0, skipped: 0 };
if (existsSync(report)) {
  const json = JSON.parse(readFileSync(report, 'utf8'));
  tests = {
    passed: json.numPassedTests,
    failed: json.numFailedTests,
    skipped: json.numPendingTests + json.numTodoTests,
  };
  // A suite that failed to load has no failed test of its own: count it as one failure.
  tests.failed += json.testResults.filter(
    (file) => file.status === 'failed' && !file.assertionResults.some((a) => a.status === 'failed'),
  ).length;
} else tests.failed = 1;
// Vitest can fail with no failed test to count (a global setup that threw, no test file found):
// the summary must still say failed.
if (!vitestOk && !tests.failed) tests.failed = 1;

const failedChecks = results.filter((r) => !r.ok);
console.log('\nchecks:');
for (const r of results) console.log(`  ${r.ok ? 'ok  ' : 'FAIL'} ${r.name}`);
console.log(
  `tests: ${tests.passed} passed, ${tests.failed} failed, ${tests.skipped} skipped (report: .test-results/vitest.json)`,
);
const passed = tests.passed + results.length - failedChecks.length;
const failed = tests.failed + failedChecks.length;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
