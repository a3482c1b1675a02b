// keepQueue: the kit's `$crisp` array survives a page that assigns a new one before Crisp is live.
import type { CrispQueue } from '../protocol/protocol';
import type { Page } from './page';

/**
 * Crisp's official snippet starts with `window.$crisp = []`: placed after the kit, it would throw
 * away every command the kit queued (an email, session data) before Crisp reads the queue. Until
 * Crisp's live client takes the queue's place, an array assigned to `$crisp` is merged into the
 * kit's queue instead of replacing it; the live client's own assignment ends this, leaving a
 * plain property again. A page that has made `$crisp` unconfigurable keeps it as it is.
 */
export function keepQueue(page: Page): void {
  const queue = page.$crisp as unknown[];
  try {
    Object.defineProperty(page, '$crisp', {
      configurable: true,
      enumerable: true,
      get: () => queue,
      set(value: CrispQueue) {
        if (Array.isArray(value)) {
          if (value !== queue) queue.push(...value);
        } else Object.defineProperty(page, '$crisp', { value, writable: true, configurable: true, enumerable: true });
      },
    });
  } catch {
    // Not configurable: nothing to keep, the page owns it.
  }
}
