import type { NextConfig } from 'next';

const config: NextConfig = {
  // The browser tests build into their own folders (one per bundler) so both builds can exist.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // The monorepo's root holds the lockfile; Turbopack resolves the shared apps/crisp-target.ts from there.
  turbopack: { root: new URL('../..', import.meta.url).pathname },
  // apps/crisp-target.ts sits outside this folder; webpack compiles it too.
  experimental: { externalDir: true },
};

export default config;
