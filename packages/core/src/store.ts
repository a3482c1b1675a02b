// A minimal external store: immutable snapshots, a listener set, change-only notifications.
import type { CrispState } from './types';

export interface Store {
  get(): CrispState;
  set(patch: Partial<CrispState>): void;
  sub(listener: (state: CrispState) => void): () => void;
}

export function createStore(state: CrispState, log?: (state: CrispState) => void): Store {
  const listeners = new Set<(state: CrispState) => void>();
  return {
    get: () => state,
    set(patch) {
      let key: keyof CrispState;
      // A new snapshot only when a value really changed, so useSyncExternalStore readers and
      // selectors stay quiet otherwise.
      for (key in patch)
        if (patch[key] !== state[key]) {
          state = { ...state, ...patch };
          if (process.env.NODE_ENV !== 'production' && log) log(state);
          listeners.forEach((listener) => listener(state));
          return;
        }
    },
    sub(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
