// Event fan-out: one Crisp registration per event name, any number of subscribers, released a
// microtask after the last one leaves.
import type { CrispCommand, CrispEventName } from '../protocol/protocol';
import type { CrispOptions } from '../contract/types';
import type { Page } from '../page/page';
import type { Report } from '../report/errors';
import type { Send } from './send';
import { debugLog } from '../report/debug';
import { callEach } from '../report/call-each';
import { queueOf } from '../page/live';

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

export function createEvents(page: Page, send: Send, options: CrispOptions, report: Report): On {
  const registrations = new Map<string, Registration>();

  const release = (event: string, registration: Registration) => {
    if (registration.handlers.size || registrations.get(event) !== registration) return;
    registrations.delete(event);
    const pending = queueOf(page);
    // Still waiting in the pre-load array: take it back rather than queue on + off.
    const at = pending ? pending.indexOf(registration.command) : -1;
    if (at >= 0) pending!.splice(at, 1);
    else send(['off', event as CrispEventName]);
  };

  const on = ((event, handler) => {
    let registration = registrations.get(event);
    if (!registration) {
      const handlers = new Set<Handler>();
      // Crisp keeps one handler per event name, so the kit registers a single dispatcher
      // and fans out itself.
      const dispatch = (payload: unknown) => {
        if (process.env.NODE_ENV !== 'production' && options.debug) debugLog('event', [event, payload]);
        callEach(handlers, payload, report, event);
      };
      registration = { handlers, command: ['on', event, dispatch] as CrispCommand };
      registrations.set(event, registration);
      send(registration.command);
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
