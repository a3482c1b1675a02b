// useCrispEvent: a typed Crisp event subscription that lives exactly as long as the component.
import { useEffect, useInsertionEffect, useRef } from 'react';
import type { CrispEventHandler, CrispEventName, CrispEvents } from '@crispkit/core';
import { useCrisp } from '../context';

/**
 * Calls `handler` with the event's typed payload while the component is mounted. The latest
 * handler is always the one called, so an inline arrow does not resubscribe on every render.
 * Any number of components may listen: the core registers one handler with Crisp, fans out,
 * and releases it a microtask after the last one leaves (so StrictMode costs Crisp nothing).
 */
export function useCrispEvent<E extends CrispEventName>(event: E, handler: CrispEventHandler<E>): void {
  const client = useCrisp();
  const latest = useRef(handler);
  // Updated during commit, not render, so a render React throws away never leaks its handler;
  // an insertion effect runs before any other effect and, unlike a layout effect, is silent on
  // the server.
  useInsertionEffect(() => {
    latest.current = handler;
  });
  useEffect(
    () => client.on(event, ((payload: CrispEvents[E]) => latest.current(payload)) as CrispEventHandler<E>),
    [client, event],
  );
}
