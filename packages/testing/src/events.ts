// Crisp's event registry: one handler per event name, called with `this === window`, errors swallowed.
import { isKnownEvent, noSuchNamespace } from './protocol';
import { refuse } from './refusal';
import type { FakeHandler } from './types';
import { isToolEvent } from './tools';

export interface EventRegistry {
  readonly handlers: ReadonlyMap<string, FakeHandler>;
  readonly registrations: number;
  /** Throws like the real client for an unknown event name. */
  on(event: unknown, handler: FakeHandler): void;
  off(event: unknown): void;
  fire(event: string, payload?: unknown): void;
}

export function createEventRegistry(
  win: Window,
  onHandlerError: (event: string, error: unknown) => void,
  /** Whether `hugo:tool:` names are taken, as newer clients do (v2.7.0 refuses them). */
  widgetTools = false,
): EventRegistry {
  const handlers = new Map<string, FakeHandler>();
  let registrations = 0;

  const check = (event: unknown): string => {
    if (!isKnownEvent(event) && !(widgetTools && isToolEvent(event))) refuse(noSuchNamespace(event));
    return event;
  };

  return {
    get handlers() {
      return new Map(handlers);
    },
    get registrations() {
      return registrations;
    },
    on(event, handler) {
      // A second `on` replaces the first: the reason the kit must fan out from one registration.
      handlers.set(check(event), handler);
      registrations++;
    },
    off(event) {
      handlers.delete(check(event));
    },
    fire(event, payload) {
      const handler = handlers.get(event);
      if (!handler) return;
      try {
        // Crisp passes nothing at all for payload-less events, so `arguments.length` is 0 there.
        if (payload === undefined) handler.call(win);
        else handler.call(win, payload);
      } catch (error) {
        onHandlerError(event, error);
      }
    },
  };
}
