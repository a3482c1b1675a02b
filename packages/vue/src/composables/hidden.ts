// useCrispHidden: hide the chat while any mounted component asks for it.
import { toValue, watch, type MaybeRefOrGetter } from 'vue';
import { hideChat } from '@crispkit/core';
import { useCrisp } from '../injection';
import { whileMounted } from '../while-mounted';

/**
 * Hides the chat while at least one mounted component asks for it with `true` (a boolean, a ref
 * or a getter; the core's `hideChat` counts the holds), and shows it again when none does.
 */
export function useCrispHidden(hidden: MaybeRefOrGetter<boolean> = true): void {
  const client = useCrisp();
  whileMounted(() => {
    let release: (() => void) | undefined;
    watch(
      () => toValue(hidden),
      (hide) => {
        release?.();
        release = hide ? hideChat(client) : undefined;
      },
      { immediate: true },
    );
    return () => release?.();
  });
}
