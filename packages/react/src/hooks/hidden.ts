// useCrispHidden: hide the chat while any mounted component asks for it.
import { useEffect } from 'react';
import type { CrispClient } from '@crispkit/core';
import { useCrisp } from '../context';
import { shared } from '../shared';

/** Pushes chat:hide or chat:show only when the wanted visibility differs from the last pushed. */
function sync(client: CrispClient): void {
  const s = shared(client);
  const hide = s.hides > 0;
  if (hide != s.hidden) {
    s.hidden = hide;
    client.do(hide ? 'chat:hide' : 'chat:show');
  }
}

/**
 * Hides the chat (`chat:hide`) while at least one mounted component calls this with `true`, and
 * shows it again (`chat:show`) when none does. Crisp keeps the chat hidden across route changes
 * until told otherwise, so the count is per client, not per component. Showing waits a
 * microtask so that a page swapped for another page that also hides pushes nothing.
 */
export function useCrispHidden(hidden = true): void {
  const client = useCrisp();
  useEffect(() => {
    if (!hidden) return;
    const s = shared(client);
    s.hides++;
    sync(client);
    return () => {
      s.hides--;
      queueMicrotask(() => sync(client));
    };
  }, [client, hidden]);
}
