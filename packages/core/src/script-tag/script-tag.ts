// Script-tag build entry (crispkit.iife.js): creates the page's client from its tag, exposes window.CrispKit.
import { createCrisp } from '../client/create-crisp';
import { setUser } from '../visitor/set-user';
import { setSessionData } from '../visitor/set-session-data';
import { setSegments } from '../visitor/set-segments';
import { login, logout, setLocale } from '../visitor/identity';
import { ready } from '../state/ready';
import { grantConsent, revokeConsent } from '../visitor/grant-revoke';
import { registry } from '../page/registry';
import { ownTag, tagOptions } from './tag-options';
import { openLinks } from './open-links';
import type { CrispClient } from '../contract/types';

/**
 * What plain pages use: `CrispKit.client.do('chat:open')`,
 * `CrispKit.setSessionData(CrispKit.client, { plan: 'pro' })`. The functions are the package's own.
 */
export interface CrispKitGlobal {
  createCrisp: typeof createCrisp;
  setUser: typeof setUser;
  setSessionData: typeof setSessionData;
  setSegments: typeof setSegments;
  login: typeof login;
  logout: typeof logout;
  setLocale: typeof setLocale;
  ready: typeof ready;
  /** `CrispKit.grantConsent()` (the page's client) or `CrispKit.grantConsent(client)`, like the others. */
  grantConsent: (crisp?: CrispClient | null) => void;
  revokeConsent: (crisp?: CrispClient | null) => void;
  /** The page's client, whoever created it (a tag, `CrispKit.createCrisp`, a bundled copy); null before. */
  readonly client: CrispClient | null;
}

declare global {
  interface Window {
    CrispKit?: CrispKitGlobal;
  }
}

if (typeof window !== 'undefined') {
  const page = window;
  // Included twice: the first inclusion's global, and its one click listener, serve both.
  if (!page.CrispKit) {
    const kit: CrispKitGlobal = (page.CrispKit = {
      createCrisp,
      setUser,
      setSessionData,
      setSegments,
      login,
      logout,
      setLocale,
      ready,
      // A consent manager's callback has no client at hand: without one, the page's.
      grantConsent: (crisp = kit.client) => crisp && grantConsent(crisp),
      revokeConsent: (crisp = kit.client) => crisp && revokeConsent(crisp),
      get client() {
        return registry().client || null;
      },
    });
    // A listener whose global was replaced (a test's fresh page) stays quiet.
    openLinks(document, () => (page.CrispKit === kit ? kit.client : null));
  }
  // Read now: document.currentScript is only set while this script runs.
  const tag = ownTag(document);
  // Without a website id the page creates the client itself with CrispKit.createCrisp. The
  // core's page registry makes a second tag, or Crisp's own snippet beside it, share one l.js.
  if (tag && tag.dataset.websiteId) {
    const create = () => createCrisp(tagOptions(tag));
    // Without defer the page is still being parsed, and Crisp's own snippet may come later in it
    // and reset $crisp; created after the parse, the client finds that snippet and adopts it.
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', create);
    else create();
  }
}
