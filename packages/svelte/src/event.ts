// useCrispEvent: a typed Crisp event subscription that lives exactly as long as the component.
import { onMount } from 'svelte';
import type { CrispEventHandler, CrispEventName } from '@crispkit/core';
import { useCrisp } from './context.js';

/**
 * Calls `handler` with the event's typed payload while the component is mounted. Any number of
 * components may listen: the core registers one handler with Crisp, fans out, and releases it a
 * microtask after the last one leaves. Nothing is registered on the server.
 */
export function useCrispEvent<E extends CrispEventName>(event: E, handler: CrispEventHandler<E>): void {
  const client = useCrisp();
  onMount(() => client.on(event, handler));
}
