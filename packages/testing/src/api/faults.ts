// Faults injected on demand: a burst of rate limits, a server error, a dropped connection, a slow
// answer. Each is queued with an optional match (method, path) and a count, and taken by the next
// matching requests in order.

export type FakeFault =
  /** Crisp's rate limits: nothing is processed. `retryAfter` (seconds, or an HTTP date) sets `Retry-After`. */
  | { status: 429 | 420; retryAfter?: number | string }
  /**
   * A server or gateway error. `processed: true` means the request took effect before the error
   * (an answer lost on the way back): what makes retrying a POST dangerous.
   */
  | { status: 500 | 502 | 503 | 504; processed?: boolean }
  /** The connection drops with no answer, after processing the request when `processed` is true. */
  | { drop: true; processed?: boolean }
  /** The request is processed, and the answer comes `delayMs` later (an aborted request still took effect). */
  | { delayMs: number };

export interface FaultMatch {
  /** Only requests with this method. */
  method?: string;
  /** Only paths (below `/v1/`) containing this text, or matching this expression. */
  path?: string | RegExp;
  /** How many requests the fault applies to. Default 1. */
  times?: number;
}

interface QueuedFault {
  fault: FakeFault;
  match: FaultMatch;
  left: number;
}

export interface FaultQueue {
  add(fault: FakeFault, match?: FaultMatch): void;
  /** The fault for this request, if one is queued for it (counted down). */
  take(method: string, path: string): FakeFault | null;
  pending(): number;
  clear(): void;
}

export function createFaultQueue(): FaultQueue {
  let queue: QueuedFault[] = [];
  const matches = (match: FaultMatch, method: string, path: string) =>
    (!match.method || match.method.toUpperCase() == method) &&
    (!match.path || (typeof match.path == 'string' ? path.includes(match.path) : match.path.test(path)));
  return {
    add(fault, match = {}) {
      const left = match.times ?? 1;
      if (left > 0) queue.push({ fault, match, left });
    },
    take(method, path) {
      const queued = queue.find((entry) => matches(entry.match, method, path));
      if (!queued) return null;
      queued.left--;
      if (queued.left <= 0) queue = queue.filter((entry) => entry !== queued);
      return queued.fault;
    },
    pending: () => queue.reduce((total, entry) => total + entry.left, 0),
    clear() {
      queue = [];
    },
  };
}
