// Whether Crisp is live, and reading from its live client: only once it exists, never throwing.
import type { CrispCommand, CrispLive } from '../protocol/protocol';
import type { Page } from './page';

/** The `$crisp` array while Crisp's client is not live yet (undefined once it is). */
export const queueOf = (page: Page): CrispCommand[] | undefined => {
  const queue = page.$crisp;
  return Array.isArray(queue) ? (queue as CrispCommand[]) : undefined;
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
