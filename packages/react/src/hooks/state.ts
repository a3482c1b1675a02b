// useCrispState: the one useSyncExternalStore binding, with a selector, for every state hook.
import { useMemo, useRef, useSyncExternalStore } from 'react';
import { INITIAL_STATE, type CrispState } from '@crispkit/core';
import { useCrisp } from '../context';

/**
 * Reads part of the kit's state. The component re-renders only when the selected value changes
 * (`Object.is`), not on every state change: `useCrispState((s) => s.unreadCount)` stays quiet
 * when the chat opens or closes. Select primitives, or values kept from the state, to benefit.
 */
export function useCrispState<T>(selector: (state: CrispState) => T): T {
  const client = useCrisp();
  // The core keeps its Crisp registrations a microtask after the last listener leaves, so
  // React's unsubscribe + resubscribe (StrictMode, route swaps) costs nothing.
  const subscribe = useMemo(() => (onChange: () => void) => client.subscribe(onChange), [client]);
  // Last [state, selector, selection]: the same state and selector give the same selection, and
  // an equal selection keeps the previous one, so React sees no change and does not re-render.
  const last = useRef<[CrispState, (state: CrispState) => T, T]>(undefined);
  const pick = (state: CrispState): T => {
    const prev = last.current;
    if (prev && prev[0] === state && prev[1] === selector) return prev[2];
    const next = selector(state);
    last.current = [state, selector, prev && Object.is(prev[2], next) ? prev[2] : next];
    return last.current[2];
  };
  return useSyncExternalStore(
    subscribe,
    () => pick(client.getState()),
    () => pick(INITIAL_STATE),
  );
}
