import { type CrispState } from '@crispkit/core';
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
export declare function useCrispState(): CrispReadable<CrispState>;
export declare function useCrispState<T>(selector: (state: CrispState) => T): CrispReadable<T>;
