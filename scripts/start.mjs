// `npm start`: set everything up on a fresh machine, then serve the playground.
import { install, pnpm, run } from './workspace.mjs';

const pm = pnpm();
install(pm);
if (!run(pm[0], [...pm.slice(1), 'run', 'build:packages'])) process.exit(1);
run(pm[0], [...pm.slice(1), '--filter', './playground', 'dev', ...process.argv.slice(2)]);
