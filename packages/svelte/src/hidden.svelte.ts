// useCrispHidden: hide the chat while any mounted component asks for it.
import { untrack } from 'svelte';
import { hideChat } from '@crispkit/core';
import { useCrisp } from './context.js';
import { read, type ValueOrGetter } from './follow.svelte.js';

/**
 * Hides the chat while at least one mounted component asks for it with `true` (a boolean, or a
 * getter such as `() => page.route.id == '/checkout'`; the core's `hideChat` counts the holds),
 * and shows it again when none does.
 */
export function useCrispHidden(hidden: ValueOrGetter<boolean> = true): void {
  const client = useCrisp();
  $effect(() => {
    if (read(hidden)) return untrack(() => hideChat(client));
  });
}
