// Builds: ESM + CommonJS with declarations. Three entries: the runtime-neutral core (Web Crypto
// and Fetch only), the Node `http` adapter, kept apart so edge bundles never see Node types, and
// the Redis delivery log.
import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', node: 'src/node.ts', redis: 'src/redis.ts' },
  format: ['esm', 'cjs'],
  // tsup's declaration build passes `baseUrl`, which TypeScript 6 deprecates.
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  sourcemap: true,
  clean: true,
  target: 'es2020',
  // Neutral: no Node or browser shims, so the same files run on every runtime.
  platform: 'neutral',
  treeshake: true,
});
