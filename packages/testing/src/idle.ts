// The browser's idle callbacks, under the test's control. jsdom has no `requestIdleCallback`, so a
// wrapper that loads Crisp "when idle" would fall back to a timer a test has to sleep through;
// with this, `settled()` and `idle()` decide when the page is idle, and a `timeout` is still
// honoured on the window's own timers (fake timers included).
import type { FakeIdleCallback } from './types';

/** Marks the functions a fake installed, so a later fake recognises a stale one as its own. */
const FAKE_IDLE = Symbol.for('crispkit.fake.idle');

type Marked<T> = T & { [FAKE_IDLE]?: true };
type IdleWindow = Window & {
  requestIdleCallback?: Window['requestIdleCallback'];
  cancelIdleCallback?: Window['cancelIdleCallback'];
};

export interface IdleControl {
  /** Callbacks registered and not yet run nor cancelled, oldest first. */
  readonly pending: readonly FakeIdleCallback[];
  /** Runs the callbacks pending now (not those they register); rethrows the first error after all ran. */
  runPending(): number;
  /** Puts back what the window had before. */
  restore(): void;
}

interface Entry {
  readonly callback: IdleRequestCallback;
  readonly timeout: number | undefined;
  cancelTimer?: () => void;
}

const deadline = (didTimeout: boolean): IdleDeadline => ({
  didTimeout,
  // Plenty of time when "idle"; none left when the timeout forced the call, as in browsers.
  timeRemaining: () => (didTimeout ? 0 : 50),
});

const NAMES = ['requestIdleCallback', 'cancelIdleCallback'] as const;

/** Whether the window's `requestIdleCallback` belongs to the page (native, a stub) rather than to a fake. */
function hasOwnIdle(win: IdleWindow): boolean {
  if (!('requestIdleCallback' in win)) return false;
  const current = win.requestIdleCallback as Marked<Window['requestIdleCallback']> | undefined;
  return !(typeof current === 'function' && current[FAKE_IDLE]);
}

export function controlIdleCallbacks(win: Window, takeOver: boolean | undefined): IdleControl {
  const target = win as IdleWindow;
  const entries = new Map<number, Entry>();
  let nextId = 1;
  let active = true;

  const run = (id: number, didTimeout: boolean) => {
    const entry = entries.get(id);
    if (!entry) return;
    entries.delete(id);
    entry.cancelTimer?.();
    entry.callback.call(win, deadline(didTimeout));
  };

  const request: Marked<Window['requestIdleCallback']> = (callback, options) => {
    const id = nextId++;
    // A stale copy left on the window after uninstall (restored by someone else): behave like a
    // browser that is idle at once rather than never calling back.
    if (!active) {
      win.setTimeout(() => callback.call(win, deadline(false)), 0);
      return id;
    }
    const timeout = typeof options?.timeout === 'number' && options.timeout > 0 ? options.timeout : undefined;
    const entry: Entry = { callback, timeout };
    if (timeout !== undefined) {
      // Looked up now, so `vi.useFakeTimers()` installed before the call applies.
      const handle = win.setTimeout(() => run(id, true), timeout);
      entry.cancelTimer = () => win.clearTimeout(handle);
    }
    entries.set(id, entry);
    return id;
  };
  const cancel: Marked<Window['cancelIdleCallback']> = (id) => {
    entries.get(id)?.cancelTimer?.();
    entries.delete(id);
  };
  request[FAKE_IDLE] = true;
  cancel[FAKE_IDLE] = true;

  const saved = new Map<string, PropertyDescriptor | undefined>();
  if (takeOver ?? !hasOwnIdle(target)) {
    try {
      for (const name of NAMES) {
        saved.set(name, Object.getOwnPropertyDescriptor(win, name));
        Object.defineProperty(win, name, {
          value: name === 'requestIdleCallback' ? request : cancel,
          writable: true,
          configurable: true,
          enumerable: true,
        });
      }
    } catch {
      // A non-configurable property the page defined: leave the page's own idle callbacks.
    }
  }

  return {
    get pending() {
      return [...entries.values()].map(({ timeout }) => ({ timeout }));
    },
    runPending() {
      const errors: unknown[] = [];
      let ran = 0;
      for (const id of [...entries.keys()]) {
        // An earlier callback may have cancelled this one.
        if (!entries.has(id)) continue;
        ran++;
        try {
          run(id, false);
        } catch (error) {
          errors.push(error);
        }
      }
      if (errors.length > 0) throw errors[0];
      return ran;
    },
    restore() {
      active = false;
      for (const entry of entries.values()) entry.cancelTimer?.();
      entries.clear();
      for (const [name, descriptor] of saved) {
        // Only ours: a stub a test put over it afterwards is the test's to undo.
        if (win[name as keyof Window] !== (name === 'requestIdleCallback' ? request : cancel)) continue;
        if (descriptor) Object.defineProperty(win, name, descriptor);
        else delete (win as unknown as Record<string, unknown>)[name];
      }
      saved.clear();
    },
  };
}
