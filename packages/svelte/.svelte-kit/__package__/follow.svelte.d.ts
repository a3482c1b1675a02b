/** A value, or a getter read inside an effect, so that the state it reads makes it change. */
export type ValueOrGetter<T> = T | (() => T);
export declare const read: <T>(source: ValueOrGetter<T>) => T;
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
export declare function follow<T>(source: () => T, bind: (first: T) => Held<T>): void;
