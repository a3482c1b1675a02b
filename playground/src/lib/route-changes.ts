// Counts client-side route changes since the page loaded: with l.js requests staying at 1,
// it is the proof that navigating reloads nothing.
import { useEffect } from 'react';
import { useLocation } from 'react-router';
import { createExternalStore, useExternalStore } from './external-store';

const store = createExternalStore(0);
// Module-level, not a ref: StrictMode re-runs the effect for the same location, which must not count.
let lastKey: string | undefined;

/** Call once, inside the router. */
export function useTrackRouteChanges(): void {
  const { key } = useLocation();
  useEffect(() => {
    if (lastKey !== undefined && lastKey !== key) store.set(store.get() + 1);
    lastKey = key;
  }, [key]);
}

export const useRouteChanges = (): number => useExternalStore(store);
