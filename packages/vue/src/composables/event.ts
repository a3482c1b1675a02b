// useCrispEvent: a typed Crisp event subscription that lives exactly as long as the component.
import type { CrispEventHandler, CrispEventName } from '@crispkit/core';
import { useCrisp } from '../injection';
import { whileMounted } from '../while-mounted';

/**
 * Calls `handler` with the event's typed payload while the component is mounted (and not cached
 * away by `<KeepAlive>`). Any number of components may listen: the core registers one handler
 * with Crisp, fans out, and releases it a microtask after the last one leaves.
 */
export function useCrispEvent<E extends CrispEventName>(event: E, handler: CrispEventHandler<E>): void {
  const client = useCrisp();
  whileMounted(() => client.on(event, handler));
}
