// grantConsent and revokeConsent: Crisp on the visitor's terms (`consent: 'required'`).
import type { CrispClient } from '../client/types';
import { activeKit } from '../client/kit';
import { forgetCrispStorage } from '../loader/forget-crisp-storage';
import { reconcile, restart } from './visitor';
import { setGlobal } from '../loader/globals';
import { registry } from '../client/registry';
import { pendingOf } from '../queue/live';

/**
 * The visitor agreed: the chosen load strategy starts, and a load asked for meanwhile (a queued
 * `chat:open`, `crisp.load()`) happens now. After a revoke, Crisp starts a new session (the
 * previous conversation is never shown again) holding the wanted visitor, the chat is shown
 * again unless `hideChat` holds it, and the app's commands that waited are sent in order. Does
 * nothing unless consent is pending or revoked.
 */
export function grantConsent(crisp: CrispClient): void {
  const kit = activeKit(crisp);
  if (!kit) return;
  const { store, visitor, loader } = kit;
  const { consent } = store.get();
  if (consent !== 'pending' && consent !== 'revoked') return;
  store.set({ consent: 'granted' });
  registry().revoked = false;
  // A Crisp that already runs (a revoke, or one the page had) holds a session of its own: a new
  // one. Before l.js has run, writing the token is enough.
  if (loader.executed || !Array.isArray(kit.page.$crisp)) restart(kit);
  else setGlobal(kit.page, 'CRISP_TOKEN_ID', visitor.token);
  reconcile(kit);
  // After the new session has the visitor (a restart sends it a microtask later).
  queueMicrotask(() => store.get().consent === 'granted' && visitor.held.splice(0).forEach(kit.send));
  loader.start();
  if (loader.wanted) {
    loader.wanted = false;
    loader.load();
  }
}

/**
 * The visitor withdrew consent: from now on nothing of theirs reaches Crisp, including what was
 * queued and not processed yet. The chat is hidden, the visitor forgotten (token, user fields,
 * data, segments), Crisp's cookies and storage keys for this website removed; the app's own
 * commands wait until `grantConsent`, and no load starts. Crisp's script, once loaded, stays in
 * memory until the page reloads (no script can be unloaded), hidden and sent nothing. Does
 * nothing when consent is revoked already (on this page: a later client starts revoked).
 */
export function revokeConsent(crisp: CrispClient): void {
  const kit = activeKit(crisp);
  if (!kit || kit.store.get().consent === 'revoked') return;
  const { page, store, visitor, loader, options } = kit;
  // A load under way brings a session (and writes its cookies) after this: forget it too.
  if (/^load/.test(store.get().status)) {
    const stop = kit.on('session:loaded', () => {
      stop();
      if (kit.store.get().consent === 'revoked') forgetCrispStorage(page, options.websiteId);
    });
  }
  store.set({ consent: 'revoked' });
  registry().revoked = true;
  visitor.token = undefined;
  restart(kit, true);
  reconcile(kit);
  // l.js has executed but Crisp's session has not loaded: the client starts (or started) with the
  // token l.js copied, so the first thing it runs must be a reset (which reads the cleared globals).
  const pending = pendingOf(page);
  if (pending && loader.executed) pending.unshift(['do', 'session:reset']);
}
