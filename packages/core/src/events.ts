// Event fan-out: one Crisp registration per event name, any number of subscribers.
import type { CrispCommand, CrispEventName, CrispQueue } from './protocol';
import type { Report } from './errors';
import { debugLog } from './debug';

type Handler = (payload: unknown) => void;
export type Subscribe = (event: CrispEventName, handler: Handler) => () => void;

export function createEvents(
  send: (command: CrispCommand) => void,
  queue: () => CrispQueue | undefined,
  report: Report,
  debug?: boolean,
): Subscribe {
  const events = new Map<string, [Set<Handler>, CrispCommand]>();
  return (event, handler) => {
    let entry = events.get(event);
    if (!entry) {
      const handlers = new Set<Handler>();
      // Crisp keeps one handler per event name, so the kit registers a single dispatcher
      // and fans out itself; a subscriber that throws must not stop the others.
      const dispatch = (payload: unknown) => {
        if (process.env.NODE_ENV !== 'production' && debug) debugLog('event', [event, payload]);
        handlers.forEach((h) => {
          try {
            h(payload);
          } catch (error) {
            report(event, error);
          }
        });
      };
      events.set(event, (entry = [handlers, ['on', event, dispatch] as CrispCommand]));
      send(entry[1]);
    }
    const [handlers, command] = entry;
    // A wrapper per subscription, so the same function subscribed twice counts twice.
    const own: Handler = (payload) => handler(payload);
    handlers.add(own);
    return () => {
      if (handlers.delete(own) && !handlers.size) {
        events.delete(event);
        const pending = queue();
        // Still waiting in the pre-load array: take it back rather than queue on + off.
        const at = Array.isArray(pending) ? pending.indexOf(command) : -1;
        if (at >= 0) (pending as CrispCommand[]).splice(at, 1);
        else send(['off', event]);
      }
    };
  };
}
