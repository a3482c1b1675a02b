// keepQueue: the kit's `$crisp` array survives a page that assigns a new one before Crisp is live,
// Crisp's first live object survives a second `client.js`, and that live object starts with the
// token the globals hold when its init runs.
import type { CrispQueue } from '../protocol/protocol';
import type { Page } from './page';

type Pushable = { push(command: unknown): unknown; __init?(config: object): unknown };

/**
 * Crisp's official snippet starts with `window.$crisp = []`: placed after the kit, it would throw
 * away every command the kit queued (an email, session data) before Crisp reads the queue. Until
 * Crisp's live client takes the queue's place, an array assigned to `$crisp` is merged into the
 * kit's queue instead of replacing it. The first live object `client.js` assigns stays: a second
 * `client.js` (a snippet pasted twice, or run again) would replace it with a live object of its
 * own, which copies nothing, while the loader initialises whichever object is there: the first
 * one's commands would never run. An array assigned later is pushed onto the live object (so
 * Crisp's snippet run again finds the live object and injects no second client). Any other value
 * ends this, leaving a plain property. A page that has made `$crisp` unconfigurable keeps it.
 *
 * `l.js` copies `CRISP_TOKEN_ID` when it executes and hands that copy to the live object's
 * `__init`, which Crisp makes non-writable and non-configurable. A sign-out, a revoke or a new
 * login after `l.js` ran changed the global but not that copy: the client would start with the
 * previous visitor's token. So until the init, `$crisp` reads as an object of the kit's that
 * inherits everything from the live one and whose own `__init` passes the token the globals hold
 * now; from the init on it reads as the live object. The client keeps that object as its `$crisp`
 * and only ever reads `__spool` from it, which is the live object's. Crisp's later inits (its
 * resets) read the globals again themselves.
 */
export function keepQueue(page: Page): void {
  let current = page.$crisp as unknown[] | Pushable;
  try {
    Object.defineProperty(page, '$crisp', {
      configurable: true,
      enumerable: true,
      get: () => current,
      set(value: CrispQueue) {
        if (Array.isArray(value)) {
          if (value !== current)
            for (const command of value)
              try {
                current.push(command);
              } catch {
                // Crisp's live client throws what it refuses: the snippet's command is dropped.
              }
        } else if (Array.isArray(current) && value && typeof (value as Pushable).push == 'function') {
          current = (value as Pushable).__init
            ? ({
                __proto__: value,
                __init(config: object) {
                  const token = page.CRISP_TOKEN_ID;
                  current = value as Pushable;
                  // As l.js reads it: the global as text, or nothing.
                  return (value as Pushable).__init!({ ...config, token_id: token && '' + token });
                },
              } as never)
            : (value as Pushable);
        } else if (!(value && typeof (value as Pushable).push == 'function'))
          Object.defineProperty(page, '$crisp', { value, writable: true, configurable: true, enumerable: true });
      },
    });
  } catch {
    // Not configurable: nothing to keep, the page owns it.
  }
}
