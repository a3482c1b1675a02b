// Reads the simulated Crisp's inspection handle (`window.__crispFake`): which commands actually
// reached Crisp, l.js executions, registered handlers. Polled lightly while shown.
import type { FakeBrowserHandle } from '@crispkit/testing';
import { createExternalStore, useExternalStore } from './external-store';

export interface FakeSnapshot {
  /** False in real-Crisp mode, or before the fake l.js has run. */
  readonly present: boolean;
  readonly executions: number;
  readonly clientInjections: number;
  readonly commands: readonly unknown[];
  readonly handlers: readonly string[];
  readonly errors: readonly { kind: string; message: string }[];
}

const ABSENT: FakeSnapshot = {
  present: false,
  executions: 0,
  clientInjections: 0,
  commands: [],
  handlers: [],
  errors: [],
};
const POLL_MS = 400;

export const fakeHandle = (): FakeBrowserHandle | undefined =>
  (window as Window & { __crispFake?: FakeBrowserHandle }).__crispFake;

const store = createExternalStore<FakeSnapshot>(ABSENT, () => {
  refreshFake();
  const timer = window.setInterval(refreshFake, POLL_MS);
  return () => window.clearInterval(timer);
});

/** Re-reads the fake; a new snapshot only when something changed, so React stays quiet. */
export function refreshFake(): void {
  const fake = fakeHandle();
  if (!fake) return;
  const prev = store.get();
  // The fake's lists only grow, so lengths are enough to notice a change.
  const same =
    prev.present &&
    prev.executions === fake.executions &&
    prev.clientInjections === fake.clientInjections &&
    prev.commands.length === fake.commands.length &&
    prev.handlers.join() === fake.handlers.join() &&
    prev.errors.length === fake.errors.length;
  if (same) return;
  store.set({
    present: true,
    executions: fake.executions,
    clientInjections: fake.clientInjections,
    commands: fake.commands,
    handlers: fake.handlers,
    errors: fake.errors,
  });
}

export const useFake = (): FakeSnapshot => useExternalStore(store);
