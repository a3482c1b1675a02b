// Whether Crisp is live, and reading from its live client: only once it exists, never throwing.
import type { CrispCommand, CrispLive } from '../protocol/protocol';
import type { Page } from './page';

/** The `$crisp` array while Crisp's client is not live yet (undefined once it is). */
export const queueOf = (page: Page): CrispCommand[] | undefined => {
  const queue = page.$crisp;
  return Array.isArray(queue) ? (queue as CrispCommand[]) : undefined;
};

/**
 * The commands Crisp has not run yet and that the page can still reach: the `$crisp` array, or
 * the live client's pending list (`__spool.pending_actions` in v2.7.0), kept until its session
 * has loaded. Undefined once the session runs every command at once.
 */
export const pendingOf = (page: Page): unknown[] | undefined => {
  const crisp = page.$crisp as { __spool?: { pending_actions?: unknown } } | unknown[] | undefined;
  const list = crisp && !Array.isArray(crisp) ? crisp.__spool?.pending_actions : crisp;
  return Array.isArray(list) ? list : undefined;
};

/** The live `$crisp` object, or undefined while it is still the queue array (or absent): whether Crisp is live. */
export const liveOf = (page: Page): CrispLive | undefined =>
  (queueOf(page) ? undefined : (page.$crisp as CrispLive | undefined)) || undefined;

// The real client throws from its getters until the session exists: undefined instead.
const safely = <T>(read: () => T): T | undefined => {
  try {
    return read();
  } catch {
    return undefined;
  }
};

/** `$crisp.get(key, arg)` on the live client; undefined before load and whenever Crisp throws. */
export const askGet = <T>(page: Page, key: string, arg?: string): T | undefined =>
  safely(() => liveOf(page)?.get(key as never, arg) as T | undefined);

/** `$crisp.is(key)` on the live client; undefined before load and whenever Crisp throws. */
export const askIs = (page: Page, key: string): boolean | undefined => safely(() => liveOf(page)?.is(key as never));
