// hideChat: hide the chat while any part of the app asks for it.
import type { CrispClient } from './types';
import { kitOf } from './kit';

/**
 * Pushes `chat:hide` while at least one hold is live, and `chat:show` when none is. Crisp keeps
 * the chat hidden across route changes until told otherwise, so the count is the page's, not a
 * component's. Showing waits a microtask, so a page swapped for another that also hides pushes
 * nothing. Returns the release.
 */
export function hideChat(crisp: CrispClient): () => void {
  const kit = kitOf(crisp);
  if (!kit) return () => {};
  const sync = () => {
    const hide = kit.hides > 0;
    if (hide !== kit.hidden) {
      kit.hidden = hide;
      crisp.do(hide ? 'chat:hide' : 'chat:show');
    }
  };
  kit.hides++;
  sync();
  let held = true;
  return () => {
    if (!held) return;
    held = false;
    kit.hides--;
    queueMicrotask(sync);
  };
}
