// Reading from Crisp's live client: only once it exists, and never throwing.
import type { CrispLive } from '../protocol/protocol';
import type { Page } from '../client/kit';

/** The live `$crisp` object, or undefined while it is still the queue array (or absent). */
export const liveOf = (page: Page | undefined): CrispLive | undefined => {
  const queue = page?.$crisp;
  return queue && !Array.isArray(queue) ? queue : undefined;
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
