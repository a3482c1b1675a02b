// The event log's entries: Crisp events, the kit's refusals (onError) and state transitions.
import { createExternalStore, useExternalStore } from './external-store';

export type LogKind = 'event' | 'error' | 'state' | 'note';

export interface LogEntry {
  readonly id: number;
  /** Milliseconds since the page started (performance.now), so entries line up with DevTools. */
  readonly at: number;
  readonly kind: LogKind;
  readonly name: string;
  readonly payload: unknown;
}

export interface LogSnapshot {
  /** Newest first, capped so a long session stays fast. */
  readonly entries: readonly LogEntry[];
  /** Totals since the page loaded, not capped. */
  readonly events: number;
  readonly errors: number;
}

const MAX_ENTRIES = 400;
const EMPTY: LogSnapshot = { entries: [], events: 0, errors: 0 };
const store = createExternalStore<LogSnapshot>(EMPTY);
let nextId = 1;

export function addLog(kind: LogKind, name: string, payload?: unknown): LogEntry {
  const entry: LogEntry = { id: nextId++, at: performance.now(), kind, name, payload };
  const { entries, events, errors } = store.get();
  store.set({
    entries: [entry, ...entries].slice(0, MAX_ENTRIES),
    events: events + +(kind === 'event'),
    errors: errors + +(kind === 'error'),
  });
  return entry;
}

/** The id the next entry will get: the console reads it to find errors a push caused. */
export const nextLogId = (): number => nextId;

export const clearLog = (): void => store.reset();
export const getLog = (): LogSnapshot => store.get();
export const useLog = (): LogSnapshot => useExternalStore(store);
