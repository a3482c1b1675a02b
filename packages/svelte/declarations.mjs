// After svelte-package: a copy of each component's declarations (`X.svelte.d.ts`) as
// `X.d.svelte.ts`, the name TypeScript looks for under moduleResolution node16/nodenext
// (bundler resolution finds the first), so the types resolve in every mode.
import { copyFileSync, existsSync, readdirSync } from 'node:fs';

for (const file of readdirSync('dist')) {
  const component = file.replace(/\.d\.ts$/, '');
  if (component.endsWith('.svelte') && existsSync(`dist/${component}`))
    copyFileSync(`dist/${file}`, `dist/${component.replace(/\.svelte$/, '.d.svelte.ts')}`);
}
