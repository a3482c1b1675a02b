// useCrispState: the kit's state, or a slice of it, as a reactive `current` that changes only with it.
import { INITIAL_STATE } from '@crispkit/core';
import { useCrisp } from './context.js';
import { hasMounted } from './mounted.js';
export function useCrispState(selector) {
    const client = useCrisp();
    const pick = (state) => (selector ? selector(state) : state);
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
