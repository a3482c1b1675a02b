// Subscriptions released one microtask late, so a quick unmount + remount keeps them.

/**
 * React StrictMode's effect double-run, a route swapping one page for another, and a hot reload
 * all unsubscribe and resubscribe in the same task. Releasing the core subscription on a
 * microtask lets the new subscriber arrive first, so the core's reference count never reaches
 * zero and Crisp sees no `off` followed by an identical `on`. The listener itself is cut off at
 * once: an unmounted component is never called.
 */
export function hold<A>(
  subscribe: (listener: (value: A) => void) => () => void,
  listener: (value: A) => void,
): () => void {
  let live = true;
  const off = subscribe((value) => {
    if (live) listener(value);
  });
  return () => {
    live = false;
    queueMicrotask(off);
  };
}
