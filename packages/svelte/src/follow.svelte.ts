// follow: the one lifecycle rule of every binding here, mounted means bound.
import { untrack } from 'svelte';

/** A value, or a getter read inside an effect, so that the state it reads makes it change. */
export type ValueOrGetter<T> = T | (() => T);

export const read = <T>(source: ValueOrGetter<T>): T => (typeof source == 'function' ? (source as () => T)() : source);

/** What `follow` holds while the component is mounted: a core binding, contribution or hold. */
export interface Held<T> {
  update(next: T): void;
  release(): void;
}

/**
 * Binds when the component mounts (`bind` with the source's first content), hands the binding
 * the new content whenever the state the source reads changes (deeply: a `$state` object edited
 * in place counts), and releases it when the component is destroyed. Effects never run on the
 * server, so nothing is bound there. The core compares by content: equal content pushes nothing.
 */
export function follow<T>(source: () => T, bind: (first: T) => Held<T>): void {
  let held: Held<T> | undefined;
  $effect(() => {
    // The snapshot reads every nested field, so each one is a dependency of this effect.
    const next = $state.snapshot(source()) as T;
    untrack(() => (held ? held.update(next) : (held = bind(next))));
  });
  $effect(() => () => {
    held?.release();
    held = undefined;
  });
}
