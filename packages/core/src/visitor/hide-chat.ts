// hideChat: hide the chat while any part of the app asks for it.
import type { CrispClient } from '../contract/types';
import { hold, reconcile, visitorPart } from './visitor';

/**
 * Hides the chat while at least one hold is live, and shows it when none is. Crisp keeps the
 * chat hidden across route changes until told otherwise, so the count is the page's, not a
 * component's. Showing waits a microtask, so a page swapped for another that also hides pushes
 * nothing. Returns the release.
 */
export function hideChat(crisp: CrispClient): () => void {
  const visitor = visitorPart.of(crisp);
  if (!visitor) return () => {};
  hold(visitor, 1);
  reconcile(visitor);
  let held = true;
  return () => {
    if (!held) return;
    held = false;
    // Counted out a microtask later, so no reconcile in between shows the chat.
    queueMicrotask(() => {
      hold(visitor, -1);
      reconcile(visitor);
    });
  };
}
