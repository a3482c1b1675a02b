// hideChat: hide the chat while any part of the app asks for it.
import type { CrispClient } from '../client/types';
import { activeKit } from '../client/kit';
import { reconcile } from './visitor';

/**
 * Hides the chat while at least one hold is live, and shows it when none is. Crisp keeps the
 * chat hidden across route changes until told otherwise, so the count is the page's, not a
 * component's. Showing waits a microtask, so a page swapped for another that also hides pushes
 * nothing. Returns the release.
 */
export function hideChat(crisp: CrispClient): () => void {
  const kit = activeKit(crisp);
  if (!kit) return () => {};
  kit.visitor.hides++;
  reconcile(kit);
  let held = true;
  return () => {
    if (!held) return;
    held = false;
    kit.visitor.hides--;
    queueMicrotask(() => reconcile(kit));
  };
}
