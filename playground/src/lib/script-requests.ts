// Counts l.js requests the browser made (Resource Timing), the figure the kit promises is 1.
import { createExternalStore, useExternalStore } from './external-store';

export interface ScriptRequest {
  readonly url: string;
  /** Milliseconds since the page started, when the request began. */
  readonly at: number;
  readonly durationMs: number;
}

const store = createExternalStore<readonly ScriptRequest[]>([], () => {
  if (typeof PerformanceObserver === 'undefined') return () => undefined;
  const observer = new PerformanceObserver((list) => {
    const known = store.get();
    // A re-subscription replays the buffer, so entries already counted are skipped.
    const found = list
      .getEntries()
      .filter(
        (entry) =>
          isLoader(entry.name) && !known.some((seen) => seen.url === entry.name && seen.at === entry.startTime),
      )
      .map((entry) => ({ url: entry.name, at: entry.startTime, durationMs: entry.duration }));
    if (found.length) store.set([...known, ...found]);
  });
  // `buffered` replays requests made before the panel mounted (an eager load).
  observer.observe({ type: 'resource', buffered: true });
  return () => observer.disconnect();
});

/** Crisp's loader, real or simulated, whatever host and query string. */
function isLoader(name: string): boolean {
  try {
    return new URL(name).pathname.endsWith('/l.js');
  } catch {
    return false;
  }
}

export const useScriptRequests = (): readonly ScriptRequest[] => useExternalStore(store);
