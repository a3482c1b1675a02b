// Copies the simulated Crisp (the browser build of @crispkit/testing) to public/crisp-sim/l.js,
// where the app loads it unless a real website id is configured (see lib/crisp-target.ts).
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';

const source = createRequire(import.meta.url).resolve('@crispkit/testing/browser');
if (!existsSync(source)) {
  console.error(`crisp-sim: ${source} is missing; run pnpm --filter @crispkit/testing build first`);
  process.exit(1);
}
mkdirSync(new URL('public/crisp-sim/', import.meta.url), { recursive: true });
copyFileSync(source, new URL('public/crisp-sim/l.js', import.meta.url));
