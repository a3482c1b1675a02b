// Which web-hook deliveries were already handled, so a delivery Crisp sends again (it retries any
// that did not get a 2xx) runs the handler once. The in-memory default is bounded in entries and
// age; several instances share a store through the same two-method interface (README: Redis, KV).

/** Remembers handled deliveries by key. */
export interface DeliveryLog {
  /**
   * Records `key` and tells whether it was recorded already (true: a repeat, skip it). Should be
   * atomic where several instances share the store (Redis: `SET key 1 NX EX <seconds>`).
   */
  seen(key: string): boolean | Promise<boolean>;
  /** Forgets `key`: its handler failed, so Crisp's next try must run it again. */
  forget(key: string): void | Promise<void>;
}

export interface MemoryDeliveryLogOptions {
  /** Keys kept at most; the oldest go first. Default 10000. */
  maxEntries?: number;
  /** How long a key is kept, in milliseconds. Default 24 hours (Crisp's retries end well before). */
  maxAgeMs?: number;
  /** The clock (tests). Default `Date.now`. */
  now?: () => number;
}

/** A {@link DeliveryLog} in this process's memory: enough for one instance. */
export function createMemoryDeliveryLog(options: MemoryDeliveryLogOptions = {}): DeliveryLog {
  const { maxEntries = 10_000, maxAgeMs = 24 * 60 * 60 * 1000, now = Date.now } = options;
  // Insertion order is age order, so expiry and eviction both take from the front.
  const keys = new Map<string, number>();
  const prune = (at: number) => {
    for (const [key, recorded] of keys) {
      if (at - recorded < maxAgeMs && keys.size <= maxEntries) break;
      keys.delete(key);
    }
  };
  return {
    seen(key) {
      const at = now();
      prune(at);
      if (keys.has(key)) return true;
      keys.set(key, at);
      prune(at);
      return false;
    },
    forget(key) {
      keys.delete(key);
    },
  };
}
