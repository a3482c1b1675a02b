// A minimal external store (get/set/subscribe) for the playground's own observations, read by
// React through useSyncExternalStore. `reset` exists so nothing here is hidden state.
import { useSyncExternalStore } from 'react';

export interface ExternalStore<T> {
  get(): T;
  set(next: T): void;
  subscribe(listener: () => void): () => void;
  reset(): void;
}

export function createExternalStore<T>(initial: T, onFirstSubscriber?: () => () => void): ExternalStore<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  let stop: (() => void) | undefined;
  return {
    get: () => value,
    set(next) {
      if (Object.is(next, value)) return;
      value = next;
      listeners.forEach((listener) => listener());
    },
    subscribe(listener) {
      listeners.add(listener);
      // Start watching (a poll, an observer) only while someone looks.
      if (listeners.size === 1 && onFirstSubscriber) stop = onFirstSubscriber();
      return () => {
        listeners.delete(listener);
        if (!listeners.size) stop?.();
      };
    },
    reset() {
      value = initial;
      listeners.forEach((listener) => listener());
    },
  };
}

export const useExternalStore = <T>(store: ExternalStore<T>): T =>
  useSyncExternalStore(store.subscribe, store.get, store.get);
