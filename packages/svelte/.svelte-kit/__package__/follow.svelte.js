// follow: the one lifecycle rule of every binding here, mounted means bound.
import { untrack } from 'svelte';
export const read = (source) => typeof source == 'function' ? source() : source;
/**
 * Binds when the component mounts (`bind` with the source's first content), hands the binding
 * the new content whenever the state the source reads changes (deeply: a `$state` object edited
 * in place counts), and releases it when the component is destroyed. Effects never run on the
 * server, so nothing is bound there. The core compares by content: equal content pushes nothing.
 */
export function follow(source, bind) {
    let held;
    $effect(() => {
        // The snapshot reads every nested field, so each one is a dependency of this effect.
        const next = $state.snapshot(source());
        untrack(() => (held ? held.update(next) : (held = bind(next))));
    });
    $effect(() => () => {
        held?.release();
        held = undefined;
    });
}
