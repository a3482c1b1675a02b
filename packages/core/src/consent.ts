// grantConsent and revokeConsent: Crisp on the visitor's terms (`consent: 'required'`).
import type { CrispClient } from './types';
import { kitOf } from './kit';
import { liveOf } from './live';
import { setGlobal } from './globals';
import { newSession } from './session';
import { forgetCrispStorage } from './crisp-storage';

/**
 * The visitor agreed: the chosen load strategy starts, and a load asked for meanwhile (a queued
 * `chat:open`, `crisp.load()`) happens now. After a revoke, Crisp starts a new session (the
 * previous conversation is never shown again), the chat is shown again unless `hideChat` holds
 * it, and the commands that waited are sent in order. Does nothing when consent is not pending
 * or revoked.
 */
export function grantConsent(crisp: CrispClient): void {
  const kit = kitOf(crisp);
  if (!kit || !/^(pending|revoked)$/.test(kit.store.get().consent)) return;
  const held = kit.held;
  kit.held = undefined;
  kit.store.set({ consent: 'granted' });
  if (held) {
    // Crisp still holds the session it had before the revoke (its script stays in memory); a
    // reset re-reads the cleared globals and starts an empty one, with no cookie to restore.
    if (kit.loader.executed || liveOf(kit.page)) kit.send(['do', 'session:reset']);
    if (!kit.hidden) kit.send(['do', 'chat:show']);
    held.forEach(kit.send);
  }
  kit.loader.start();
  if (kit.loader.wanted) {
    kit.loader.wanted = false;
    kit.loader.load();
  }
}

/**
 * The visitor withdrew consent: the chat is hidden, the session token cleared, Crisp's cookies
 * and storage keys for this website removed, and the kit forgets the session (what it sent is
 * sent again in the next one). From now on nothing reaches Crisp: commands wait in the kit until
 * `grantConsent`, and no load starts. Crisp's script, once loaded, stays in memory until the page
 * reloads (no script can be unloaded), hidden and sent nothing. Does nothing when already revoked.
 */
export function revokeConsent(crisp: CrispClient): void {
  const kit = kitOf(crisp);
  if (!kit || kit.held) return;
  const page = kit.page;
  kit.send(['do', 'chat:hide']);
  // A load under way brings a session (and writes its cookies) after this: forget it too.
  // Registered before the hold so that a new registration still reaches Crisp.
  if (/^load/.test(kit.store.get().status)) {
    const stop = kit.subscribe('session:loaded', () => {
      stop();
      if (kit.held) forgetCrispStorage(page, kit.options.websiteId);
    });
  }
  kit.held = [];
  kit.store.set({ consent: 'revoked' });
  // Assigned, never deleted: the page may have declared it with `var`.
  setGlobal(page, 'CRISP_TOKEN_ID', undefined);
  newSession(kit);
  forgetCrispStorage(page, kit.options.websiteId);
}
