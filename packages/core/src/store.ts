// The kit's state: immutable snapshots, change-only notifications, and first/last-listener hooks
// so that what feeds the state (Crisp event registrations) exists only while someone listens.
import type { CrispState } from './types';

export interface Store {
  get(): CrispState;
  set(patch: Partial<CrispState>): void;
  /** `watchOnly`: a listener that does not count for the first/last hooks (a one-off wait). */
  subscribe(listener: (state: CrispState) => void, watchOnly?: boolean): () => void;
}

export interface StoreHooks {
  /** Called when the first listener arrives. */
  first?(): void;
  /** Called when the last listener leaves. */
  last?(): void;
  /** Called with what a listener threw: one failing listener must not stop the others. */
  error(detail: unknown): void;
}

export function createStore(initial: CrispState, hooks: StoreHooks): Store {
  let state = initial;
  const listeners = new Set<(state: CrispState) => void>();
  let counted = 0;
  return {
    get: () => state,
    set(patch) {
      let key: keyof CrispState;
      // A new snapshot only when a value really changed, so useSyncExternalStore readers and
      // selectors stay quiet otherwise.
      for (key in patch)
        if (patch[key] !== state[key]) {
          state = { ...state, ...patch };
          // A copy: a listener that subscribes another one must not run it for this change.
          [...listeners].forEach((listener) => {
            try {
              listener(state);
            } catch (error) {
              hooks.error(error);
            }
          });
          return;
        }
    },
    subscribe(listener, watchOnly) {
      // A wrapper per subscription, so the same function subscribed twice counts twice.
      const own = (next: CrispState) => listener(next);
      listeners.add(own);
      if (!watchOnly && ++counted === 1) hooks.first?.();
      return () => {
        if (listeners.delete(own) && !watchOnly && !--counted) hooks.last?.();
      };
    },
  };
}
