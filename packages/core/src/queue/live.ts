// Reading from Crisp's live client: only once it exists, and never throwing.
import type { CrispLive } from '../protocol/protocol';
import type { Page } from '../client/kit';

/** The live `$crisp` object, or undefined while it is still the queue array (or absent). */
export const liveOf = (page: Page | undefined): CrispLive | undefined => {
  const queue = page?.$crisp;
  return queue && !Array.isArray(queue) ? queue : undefined;
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

// The real client throws from its getters until the session exists: undefined instead.
const safely = <T>(read: () => T): T | undefined => {
  try {
    return read();
  } catch {
    return undefined;
  }
};

/** `$crisp.get(key, arg)` on the live client; undefined before load and whenever Crisp throws. */
export const askGet = <T>(page: Page | undefined, key: string, arg?: string): T | undefined =>
  safely(() => liveOf(page)?.get(key as never, arg) as T | undefined);

/** `$crisp.is(key)` on the live client; undefined before load and whenever Crisp throws. */
export const askIs = (page: Page | undefined, key: string): boolean | undefined =>
  safely(() => liveOf(page)?.is(key as never));
