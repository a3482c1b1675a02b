// `pnpm release`: publish the public packages in one command. `pnpm release:check` does every
// step except the ones that change the tree or the registry, so it can run on any machine.
//
//   1. changesets   release: `changeset version` (versions, CHANGELOG.md, internal ranges);
//                   check: `changeset status` (what the pending changesets would release)
//   2. build        every package (pnpm build:packages)
//   3. packaging    scripts/packaging.mjs: publint, attw, dist files, public types, size budgets
//   4. tarballs     `pnpm pack` of each public package: manifest fields, no workspace: ranges
//                   left, the files a user needs and nothing else; then each tarball imported
//                   by Node (ESM and CommonJS), as a server-rendered app would
//   5. publish      release only: `changeset publish` (pnpm publish per package whose version is
//                   not on the registry yet, plus git tags); then push the version commit and tags.
// A release needs a clean tree and npm credentials (`npm login`, or NPM_TOKEN in CI).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pnpm, root } from './workspace.mjs';

const check = process.argv.includes('--check');
const pm = pnpm();
const problems = [];
const warnings = [];

const step = (title) => console.log(`\n▶ ${title}`);
const run = (args) =>
  spawnSync(pm[0], [...pm.slice(1), ...args], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
const must = (label, args) => {
  const result = run(args);
  if (result.status !== 0) {
    problems.push(`${label} failed (exit ${result.status})`);
    return false;
  }
  return true;
};

/** The packages that get published: packages/* without "private": true. */
const publicPackages = readdirSync(join(root, 'packages'))
  .filter((dir) => existsSync(join(root, 'packages', dir, 'package.json')))
  .map((dir) => ({
    dir: `packages/${dir}`,
    pkg: JSON.parse(readFileSync(join(root, 'packages', dir, 'package.json'))),
  }))
  .filter(({ pkg }) => !pkg.private);

// Publishing from a dirty tree would ship files no commit holds.
const dirty = spawnSync('git', ['status', '--porcelain'], { cwd: root, encoding: 'utf8' }).stdout.trim();
if (dirty) {
  const message = 'the working tree has uncommitted changes';
  if (check) warnings.push(`${message} (a release refuses to start)`);
  else {
    console.error(`release: ${message}; commit or set them aside first.\n${dirty}`);
    process.exit(1);
  }
}

step(check ? 'changesets: what would be released (changeset status)' : 'changesets: changeset version');
if (check) {
  const status = run(['exec', 'changeset', 'status', '--verbose']);
  if (status.status !== 0) warnings.push('changeset status: packages changed without a changeset (see above)');
} else {
  if (!must('changeset version', ['exec', 'changeset', 'version'])) finish();
  // The tree was clean, so everything changed now is the version bump: one commit for it.
  spawnSync('git', ['add', '.changeset', 'packages'], { cwd: root, stdio: 'inherit' });
  spawnSync('git', ['commit', '-m', 'Release: version packages', '--', '.changeset', 'packages'], {
    cwd: root,
    stdio: 'inherit',
  });
}

step('build (pnpm build:packages)');
if (!must('build', ['run', 'build:packages'])) finish();

step('packaging checks (scripts/packaging.mjs)');
must('packaging checks', ['exec', 'node', 'scripts/packaging.mjs']);

step('tarballs (pnpm pack)');
const packDir = join(root, 'node_modules/.cache/crispkit-release');
rmSync(packDir, { recursive: true, force: true });
mkdirSync(packDir, { recursive: true });
const installed = join(packDir, 'node_modules');
for (const { dir, pkg } of publicPackages) {
  const where = pkg.name;
  const fail = (message) => problems.push(`${where}: ${message}`);
  const result = spawnSync(pm[0], [...pm.slice(1), 'pack', '--pack-destination', packDir], {
    cwd: join(root, dir),
    encoding: 'utf8',
    shell: process.platform === 'win32',
  });
  const tarball = readdirSync(packDir).find(
    (f) => f.startsWith(`${pkg.name.replace('@', '').replace('/', '-')}-${pkg.version}`) && f.endsWith('.tgz'),
  );
  if (result.status !== 0 || !tarball) {
    fail(`pnpm pack failed:\n${result.stdout}${result.stderr}`);
    continue;
  }
  const target = join(installed, pkg.name);
  mkdirSync(target, { recursive: true });
  spawnSync('tar', ['-xzf', join(packDir, tarball), '-C', target, '--strip-components=1']);
  const manifest = JSON.parse(readFileSync(join(target, 'package.json'), 'utf8'));
  const files = spawnSync('tar', ['-tzf', join(packDir, tarball)], { encoding: 'utf8' })
    .stdout.split('\n')
    .filter(Boolean)
    .map((f) => f.replace(/^package\//, ''));

  // The manifest as published (pnpm rewrites workspace: ranges and applies publishConfig).
  const ranges = { ...manifest.dependencies, ...manifest.peerDependencies, ...manifest.optionalDependencies };
  const workspaceRanges = Object.entries(ranges).filter(([, range]) => String(range).startsWith('workspace:'));
  if (workspaceRanges.length)
    fail(`workspace: ranges left in the tarball: ${workspaceRanges.map(([n]) => n).join(', ')}`);
  if (pkg.publishConfig?.access !== 'public') fail('publishConfig.access must be "public" (a scoped package)');
  if (!manifest.license) fail('no "license"');
  if (!manifest.repository?.url || !manifest.repository?.directory) fail('"repository" needs url and directory');
  if (!manifest.engines?.node) fail('no "engines.node"');
  if (!files.includes('README.md')) fail('README.md is not in the tarball');
  if (!files.some((f) => /^LICEN[CS]E/i.test(f))) warnings.push(`${where}: no LICENSE file in the tarball`);
  const strays = files.filter((f) => /(^|\/)(test|__tests__)\/|\.test\.|tsconfig|tsup\.config/.test(f));
  if (strays.length) fail(`files a user does not need: ${strays.slice(0, 5).join(', ')}`);
  console.log(`  ${where}@${manifest.version}: ${tarball}, ${files.length} files`);
}

// Importing each tarball in Node, both ways, as a server-rendered app or a test would: catches a
// top-level `window` or `document`, a missing file, or an exports map that points nowhere.
for (const { pkg } of publicPackages) {
  const target = join(installed, pkg.name);
  if (!existsSync(join(target, 'package.json'))) continue;
  for (const [mode, code] of [
    ['ESM', `await import(${JSON.stringify(pkg.name)})`],
    ['CommonJS', `require(${JSON.stringify(pkg.name)})`],
  ]) {
    const result = spawnSync(
      process.execPath,
      mode === 'ESM' ? ['--input-type=module', '-e', code] : ['-e', code],
      // NODE_PATH is not read for ESM: the cwd's node_modules is the tarballs', and the peers
      // (react) resolve from the workspace's node_modules above it.
      { cwd: packDir, encoding: 'utf8' },
    );
    if (result.status !== 0)
      problems.push(`${pkg.name}: ${mode} import in Node failed: ${(result.stderr || '').trim().split('\n')[0]}`);
    else console.log(`  ${pkg.name}: ${mode} import in Node ok`);
  }
}

// What `changeset publish` would do with each package: publish the versions the registry lacks.
step('registry (npm view)');
for (const { pkg } of publicPackages) {
  const view = spawnSync('npm', ['view', `${pkg.name}@${pkg.version}`, 'version'], {
    encoding: 'utf8',
    shell: process.platform === 'win32',
  });
  if (view.status === 0 && view.stdout.trim()) console.log(`  ${pkg.name}@${pkg.version}: already published, skipped`);
  else if (/E404|404 Not Found/.test(view.stderr))
    console.log(`  ${pkg.name}@${pkg.version}: not on the registry, would be published`);
  else warnings.push(`${pkg.name}: could not ask the registry (${(view.stderr || '').trim().split('\n')[0]})`);
}

if (!check && !problems.length) {
  step('publish (changeset publish)');
  if (must('changeset publish', ['exec', 'changeset', 'publish']))
    console.log('\nPublished. Push the version commit and the tags: git push --follow-tags');
}
finish();

function finish() {
  for (const warning of warnings) console.log(`  ! ${warning}`);
  if (problems.length) {
    console.log(`\nrelease${check ? ':check' : ''}: ${problems.length} problem(s), nothing published`);
    for (const problem of problems) console.log(`  - ${problem.split('\n')[0]}`);
    process.exit(1);
  }
  console.log(
    check
      ? `\nrelease:check: ready to publish ${publicPackages.map(({ pkg }) => `${pkg.name}@${pkg.version}`).join(', ')} (before changeset version)`
      : '\nrelease: done',
  );
  process.exit(0);
}
