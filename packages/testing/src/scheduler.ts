// Macrotask scheduling for the fake's steps, with a count of what is still pending so tests can
// await "everything has run" instead of sleeping.

type Timers = Pick<Window, 'setTimeout' | 'clearTimeout'>;

const MAX_ROUNDS = 1000;

export interface Scheduler {
  /** Run `task` in a later macrotask (`ms` from now); returns a cancel. Errors are reported, not thrown. */
  after(ms: number, task: () => void): () => void;
  /** Resolves once nothing is pending (including tasks scheduled by tasks). */
  idle(): Promise<void>;
  /**
   * Resolves once nothing is pending and the microtasks the last steps queued have run: the
   * code under test reacts to a step in promises and may schedule more steps, so this loops.
   * `round` runs before and after every wait (the jsdom fake notices new tags and runs idle
   * callbacks there); `busy` says whether `round` still has work (idle callbacks registered).
   */
  settle(round?: () => void, busy?: () => boolean): Promise<void>;
  readonly pending: number;
  /** Drop everything scheduled (uninstall). */
  cancelAll(): void;
}

export function createScheduler(timers: Timers, report: (error: unknown) => void): Scheduler {
  const handles = new Set<ReturnType<Timers['setTimeout']>>();
  let waiters: (() => void)[] = [];

  const wakeIfIdle = () => {
    if (handles.size > 0) return;
    const ready = waiters;
    waiters = [];
    for (const resolve of ready) resolve();
  };

  return {
    after(ms, task) {
      // Looked up on every call, so `vi.useFakeTimers()` installed after the fake still applies.
      const handle = timers.setTimeout(() => {
        try {
          task();
        } catch (error) {
          report(error);
        } finally {
          handles.delete(handle);
          wakeIfIdle();
        }
      }, ms);
      handles.add(handle);
      return () => {
        if (!handles.delete(handle)) return;
        timers.clearTimeout(handle);
        wakeIfIdle();
      };
    },
    idle() {
      return handles.size === 0 ? Promise.resolve() : new Promise((resolve) => waiters.push(resolve));
    },
    async settle(round = () => {}, busy = () => false) {
      for (let rounds = 0; ; rounds++) {
        // A page that registers a new idle callback from every idle callback is never quiet.
        if (rounds >= MAX_ROUNDS) throw new Error('[crisp-fake] settled(): the page never became quiet');
        round();
        await this.idle();
        for (let i = 0; i < 10; i++) await Promise.resolve();
        round();
        if (handles.size === 0 && !busy()) return;
      }
    },
    get pending() {
      return handles.size;
    },
    cancelAll() {
      for (const handle of handles) timers.clearTimeout(handle);
      handles.clear();
      wakeIfIdle();
    },
  };
}
