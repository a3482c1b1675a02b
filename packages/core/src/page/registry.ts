// The page-wide registry: one client per page, shared by every copy of the kit.
import type { CrispClient } from '../contract/types';

/**
 * `Symbol.for` gives the same key to every copy of this package on the page (two bundled
 * versions, a hot-reloaded module, a script tag beside an npm import), so they all find the
 * one client and never inject `l.js` twice. Tests reset the page by deleting this key
 * (`@crispkit/testing`'s `uninstall()` does).
 */
export const REGISTRY_KEY: unique symbol = Symbol.for('crispkit') as never;

interface Registry {
  client?: CrispClient;
  /**
   * The visitor withdrew consent on this page: a client created later (after a destroy, a hot
   * reload) starts revoked too, until a grant. Read and written by consent/consent.ts alone.
   */
  revoked?: boolean;
  /** The `$crisp` array the page's first client started with: Crisp may still have to run it. */
  queue?: unknown[];
  /**
   * Crisp's running session no longer matches the globals (a restart waited for consent): the next
   * client allowed to send starts a new one. Written by visitor/visitor.ts, read by a new client.
   */
  stale?: boolean;
}

export const registry = (): Registry => ((globalThis as { [REGISTRY_KEY]?: Registry })[REGISTRY_KEY] ||= {});

/** Whether `client` is the page's client: a destroyed or replaced one sends and loads nothing. */
export const isPageClient = (client: unknown): boolean =>
  // Read without creating: under server rendering no registry is left behind.
  !!client && (globalThis as { [REGISTRY_KEY]?: Registry })[REGISTRY_KEY]?.client === client;
