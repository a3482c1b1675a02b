// `pnpm typecheck [name...]`: type-check every TypeScript project of the workspace (the same list
// `npm test` checks), or only those whose folder contains one of the names given.
// One `tsc -p` per project rather than `tsc -b`: the projects are not `composite` (they emit
// nothing and the packages build with tsup), and one failing project must not hide the others.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { hasSvelte, pnpm, root, run, typeScriptProjects } from './workspace.mjs';

const filters = process.argv.slice(2);
const all = typeScriptProjects();
const projects = filters.length ? all.filter((dir) => filters.some((f) => dir.includes(f))) : all;
if (!projects.length) {
  console.error(`No TypeScript project matches ${filters.join(', ')}. Projects: ${all.join(', ')}`);
  process.exit(1);
}

const pm = pnpm();
const failed = [];
for (const dir of projects) {
  const label = dir === '.' ? '(root)' : dir;
  console.log(`▶ ${hasSvelte(dir) ? 'svelte-check' : 'tsc'} ${label}`);
  // Svelte projects: svelte-check, which checks the components and the TypeScript files with the
  // same TypeScript; a SvelteKit app first generates its types and tsconfig (svelte-kit sync).
  if (hasSvelte(dir)) {
    const kit = existsSync(join(root, dir, 'node_modules/@sveltejs/kit'));
    const ok =
      (!kit || run(pm[0], [...pm.slice(1), '--dir', dir, 'exec', 'svelte-kit', 'sync'])) &&
      run(pm[0], [
        ...pm.slice(1),
        'exec',
        'svelte-check',
        '--workspace',
        join(root, dir),
        '--tsconfig',
        join(root, dir, 'tsconfig.json'),
        '--fail-on-warnings',
        '--output',
        'human',
      ]);
    if (!ok) failed.push(label);
  } else if (!run(pm[0], [...pm.slice(1), 'exec', 'tsc', '-p', `${dir}/tsconfig.json`, '--noEmit'])) failed.push(label);
}
console.log(
  failed.length
    ? `typecheck: ${failed.length} of ${projects.length} project(s) failed: ${failed.join(', ')}`
    : `typecheck: ${projects.length} project(s) ok`,
);
process.exit(failed.length ? 1 : 0);
