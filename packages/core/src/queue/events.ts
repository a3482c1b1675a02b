// Event fan-out: one Crisp registration per event name, any number of subscribers, released a
// microtask after the last one leaves.
import type { CrispCommand, CrispEventName } from '../protocol/protocol';
import type { Kit } from '../client/kit';
import { debugLog } from '../client/debug';

type Handler = (payload: unknown) => void;
export interface On {
  (event: CrispEventName, handler: Handler): () => void;
  /** Releases every registration at once (destroy). */
  releaseAll(): void;
}

interface Registration {
  handlers: Set<Handler>;
  command: CrispCommand;
}

export function createEvents(kit: Kit): On {
  const { report, options } = kit;
  const registrations = new Map<string, Registration>();

  const release = (event: string, registration: Registration) => {
    if (registration.handlers.size || registrations.get(event) !== registration) return;
    registrations.delete(event);
    const pending = kit.page.$crisp;
    // Still waiting in the pre-load array: take it back rather than queue on + off.
    const at = Array.isArray(pending) ? pending.indexOf(registration.command) : -1;
    if (at >= 0) (pending as CrispCommand[]).splice(at, 1);
    else kit.send(['off', event as CrispEventName]);
  };

  const on = ((event, handler) => {
    let registration = registrations.get(event);
    if (!registration) {
      const handlers = new Set<Handler>();
      // Crisp keeps one handler per event name, so the kit registers a single dispatcher
      // and fans out itself.
      const dispatch = (payload: unknown) => {
        if (process.env.NODE_ENV !== 'production' && options.debug) debugLog('event', [event, payload]);
        // A copy: a handler added during this dispatch waits for the next event (a handler that
        // subscribes itself again would otherwise loop forever).
        [...handlers].forEach((h) => {
          try {
            h(payload);
          } catch (error) {
            report(event, error);
          }
        });
      };
      registration = { handlers, command: ['on', event, dispatch] as CrispCommand };
      registrations.set(event, registration);
      kit.send(registration.command);
    }
    const { handlers } = registration;
    const own: Handler = (payload) => handler(payload);
    handlers.add(own);
    const current = registration;
    return () => {
      // Released a microtask later: an unsubscribe followed at once by a subscribe (StrictMode's
      // double effects, a route swapping one listener for another) costs Crisp nothing.
      if (handlers.delete(own) && !handlers.size) queueMicrotask(() => release(event, current));
    };
  }) as On;

  on.releaseAll = () =>
    registrations.forEach((registration, event) => {
      registration.handlers.clear();
      release(event, registration);
    });
  return on;
}
