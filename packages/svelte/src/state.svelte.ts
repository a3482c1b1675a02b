// useCrispState: the kit's state, or a slice of it, as a reactive `current` that changes only with it.
import { INITIAL_STATE, type CrispState } from '@crispkit/core';
import { useCrisp } from './context.js';
import { hasMounted } from './mounted.js';

/** A reactive read: `.current` in markup, `$derived` or `$effect` updates when it changes. */
export interface CrispReadable<T> {
  readonly current: T;
}

/**
 * Reads the kit's state, or with a selector part of it, in a component's initialisation. `current`
 * changes only when the selected value changes (`Object.is`): what reads
 * `useCrispState((s) => s.unreadCount).current` does not update when the chat opens or closes.
 * Select primitives, or values kept from the state, to benefit.
 */
export function useCrispState(): CrispReadable<CrispState>;
export function useCrispState<T>(selector: (state: CrispState) => T): CrispReadable<T>;
export function useCrispState<T>(selector?: (state: CrispState) => T): CrispReadable<T | CrispState> {
  const client = useCrisp();
  const pick = (state: CrispState) => (selector ? selector(state) : state);
  // The page's first render (hydration of the server's HTML) shows what the server rendered,
  // the initial state; the live state follows once mounted, even if Crisp started loading before.
  let slice = $state.raw(pick(hasMounted(client) ? client.getState() : INITIAL_STATE));
  $effect(() => {
    // An equal value (Object.is) assigned to a state changes nothing: nothing that reads it runs.
    const update = () => (slice = pick(client.getState()));
    update();
    return client.subscribe(update);
  });
  return {
    get current() {
      return slice;
    },
  };
}
