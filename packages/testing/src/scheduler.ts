// Macrotask scheduling for the fake's steps, with a count of what is still pending so tests can
// await "everything has run" instead of sleeping.

type Timers = Pick<Window, 'setTimeout' | 'clearTimeout'>;

export interface Scheduler {
  /** Run `task` in a later macrotask (`ms` from now); returns a cancel. Errors are reported, not thrown. */
  after(ms: number, task: () => void): () => void;
  /** Resolves once nothing is pending (including tasks scheduled by tasks). */
  idle(): Promise<void>;
  /**
   * Resolves once nothing is pending and the microtasks the last steps queued have run: the
   * code under test reacts to a step in promises and may schedule more steps, so this loops.
   * `each` runs before and after every round (the jsdom fake notices new tags there).
   */
  settle(each?: () => void): Promise<void>;
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
    async settle(each = () => {}) {
      do {
        each();
        await this.idle();
        for (let i = 0; i < 10; i++) await Promise.resolve();
        each();
      } while (handles.size > 0);
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
