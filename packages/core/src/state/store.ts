// The kit's state: immutable snapshots and change-only notifications.
import type { CrispState } from '../contract/types';
import type { Report } from '../report/errors';
import { clientPart } from '../page/client-part';
import { callEach } from '../report/call-each';

export interface Store {
  get(): CrispState;
  set(patch: Partial<CrispState>): void;
  subscribe(listener: (state: CrispState) => void): () => void;
}

/** The state of a client that createCrisp made in a browser (see clientPart). */
export const storePart = clientPart<Store>('store');

export function createStore(initial: CrispState, report: Report): Store {
  let state = initial;
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
          callEach(listeners, state, report, 'subscribe');
          return;
        }
    },
    subscribe(listener) {
      // A wrapper per subscription, so the same function subscribed twice counts twice.
      const own = (next: CrispState) => listener(next);
      listeners.add(own);
      return () => listeners.delete(own);
    },
  };
}
