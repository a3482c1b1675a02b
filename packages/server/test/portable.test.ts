// The portable suites (test/portable/) under Vitest, on Node. The same suites run on Deno, Bun and
// workerd through `pnpm test:runtimes` (test/runtimes/run.mjs).
import { describe, it } from 'vitest';
import { SUITES } from './portable/suites';

for (const each of SUITES)
  describe(each.name, () => {
    for (const test of each.tests) it(test.name, test.run);
  });
