// Workspace packages resolve to their built dist, the files `pnpm pack` ships (sizes are measured
// on the packed tarballs themselves: scripts/measure-sizes.mjs). Run `pnpm build:packages` first.
import { fileURLToPath } from 'node:url';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));

export const ALIAS = {
  '@crispkit/core': here('../packages/core/dist/index.js'),
  '@crispkit/react': here('../packages/react/dist/index.js'),
  '@crispkit/testing': here('../packages/testing/dist/index.js'),
};
