// Every portable suite, in the order the runtime runner and Vitest run them.
import { client } from './client';
import { handler } from './handler';
import { hardening } from './hardening';
import type { PortableSuite } from './harness';
import { signing } from './signing';

export const SUITES: PortableSuite[] = [signing, handler, hardening, client];
