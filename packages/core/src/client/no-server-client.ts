// What the browser build (the `browser` export condition) has in place of server-client.ts: a
// browser bundle never renders on a server, so the inert client is left out of it. Server and
// edge runtimes resolve the default build (their conditions come first in package.json).
import type { CrispClient, CrispOptions } from '../contract/types';
import { kitError } from '../report/errors';

export const createServerClient = (_options: CrispOptions): CrispClient => {
  throw kitError(
    'window',
    process.env.NODE_ENV !== 'production'
      ? 'no window: this is the browser build; server rendering resolves the default one (node condition)'
      : 'window',
  );
};
