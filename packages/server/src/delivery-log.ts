// Which web-hook deliveries were handled, or are being handled, so that a delivery Crisp sends
// again (it retries any that did not get a 2xx) runs the handler once. A delivery goes through
// three states: claimed by one attempt (running), done, or forgotten (the attempt failed, so the
// next try runs it). The in-memory default is bounded in entries and age; several instances share
// a store through the same interface (`@crispkit/server/redis`, or one of your own).

/** What {@link DeliveryLog.claim} found. */
export type DeliveryClaim =
  /** Nobody had it: this attempt owns it now and runs the handler. */
  | 'claimed'
  /** Another attempt claimed it and has not finished: answer so that Crisp tries again later. */
  | 'running'
  /** Handled already: answer 200 without running anything. */
  | 'done';

/** Remembers deliveries by key. Every method may return a promise (a shared store). */
export interface DeliveryLog {
  /**
   * Claims `key` for the attempt `owner` (a random id per attempt) when nobody has it, in one
   * atomic step where several instances share the store. A claim that is never completed nor
   * released (the instance died) must lapse after a while, so that a later try can run it.
   */
  claim(key: string, owner: string): DeliveryClaim | Promise<DeliveryClaim>;
  /** The handler of `owner`'s attempt succeeded: `key` is done, kept for Crisp's retry window. */
  complete(key: string, owner: string): void | Promise<void>;
  /** The handler of `owner`'s attempt failed: forget `key` (if `owner` still holds it) so the next try runs it. */
  release(key: string, owner: string): void | Promise<void>;
}

/** How long a claim lasts when its attempt never finishes (the instance died), by default: 2 minutes. */
export const DEFAULT_CLAIM_MS = 2 * 60 * 1000;
/** How long a done delivery is remembered, by default: 24 hours (Crisp's retries end well before). */
export const DEFAULT_KEEP_MS = 24 * 60 * 60 * 1000;

export interface MemoryDeliveryLogOptions {
  /** Keys kept at most; the oldest go first. Default 10000. */
  maxEntries?: number;
  /** How long a done key is kept, in milliseconds. Default 24 hours. */
  maxAgeMs?: number;
  /** How long a claim lasts when its attempt never finishes, in milliseconds. Default 2 minutes. */
  claimMs?: number;
  /** The clock (tests). Default `Date.now`. */
  now?: () => number;
}

interface Entry {
  /** The owner of a running claim, or null when done. */
  owner: string | null;
  expires: number;
}

/** A {@link DeliveryLog} in this process's memory: enough for one instance. */
export function createMemoryDeliveryLog(options: MemoryDeliveryLogOptions = {}): DeliveryLog {
  const { maxEntries = 10_000, maxAgeMs = DEFAULT_KEEP_MS, claimMs = DEFAULT_CLAIM_MS, now = Date.now } = options;
  // Insertion order is roughly age order: eviction takes from the front; expiry is checked per key.
  const entries = new Map<string, Entry>();
  const live = (key: string, at: number) => {
    const entry = entries.get(key);
    if (entry && entry.expires <= at) entries.delete(key);
    return entry && entry.expires > at ? entry : undefined;
  };
  const put = (key: string, entry: Entry) => {
    entries.delete(key);
    entries.set(key, entry);
    for (const [oldest] of entries) {
      if (entries.size <= maxEntries) break;
      entries.delete(oldest);
    }
  };
  return {
    claim(key, owner) {
      const at = now();
      const entry = live(key, at);
      if (entry) return entry.owner === null ? 'done' : 'running';
      put(key, { owner, expires: at + claimMs });
      return 'claimed';
    },
    complete(key) {
      put(key, { owner: null, expires: now() + maxAgeMs });
    },
    release(key, owner) {
      if (entries.get(key)?.owner === owner) entries.delete(key);
    },
  };
}
