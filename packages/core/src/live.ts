// Reading from Crisp's live client: only once it exists, and never throwing.
import type { CrispLive } from './protocol';
import type { Page } from './kit';

/** The live `$crisp` object, or undefined while it is still the queue array (or absent). */
export const liveOf = (page: Page | undefined): CrispLive | undefined => {
  const queue = page?.$crisp;
  return queue && !Array.isArray(queue) ? queue : undefined;
};

/**
 * Reads through the live client's `get` / `is`: undefined before load and whenever Crisp throws
 * (its getters throw until the session exists).
 */
export function ask<T>(page: Page | undefined, method: 'get' | 'is', key: string, arg?: string): T | undefined {
  try {
    return liveOf(page)?.[method](key as never, arg) as T | undefined;
  } catch {
    return undefined;
  }
}
