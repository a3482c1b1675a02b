import { type ValueOrGetter } from './follow.svelte.js';
/**
 * Hides the chat while at least one mounted component asks for it with `true` (a boolean, or a
 * getter such as `() => page.route.id == '/checkout'`; the core's `hideChat` counts the holds),
 * and shows it again when none does.
 */
export declare function useCrispHidden(hidden?: ValueOrGetter<boolean>): void;
