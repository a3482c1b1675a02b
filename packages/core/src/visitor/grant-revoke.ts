// grantConsent and revokeConsent: Crisp on the visitor's terms (`consent: 'required'`).
import type { CrispClient } from '../contract/types';
import { afterGrant, grant, reconcile, revoke, visitorPart } from './visitor';

/**
 * The visitor agreed: the chosen load strategy starts, and a load asked for meanwhile (a queued
 * `chat:open`, `crisp.load()`) happens now. After a revoke, Crisp starts a new session (the
 * previous conversation is never shown again) holding the wanted visitor, the chat is shown
 * again unless `hideChat` holds it, and the app's commands that waited are sent in order. Does
 * nothing unless consent is pending or revoked.
 */
export function grantConsent(crisp: CrispClient): void {
  const visitor = visitorPart.of(crisp);
  if (!visitor || !grant(visitor)) return;
  reconcile(visitor);
  afterGrant(visitor);
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
  const visitor = visitorPart.of(crisp);
  if (visitor && revoke(visitor)) reconcile(visitor);
}
