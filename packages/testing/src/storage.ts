// What Crisp leaves in the browser once a session exists: a cookie and storage keys for the
// website, so a test can check that a consent revoke (or anything else) removes them.
import type { FakeGlobals } from './types';

/**
 * Crisp's own cookies, as the real client v2.7.0 writes them (measured): the session id under
 * `crisp-client/session/<website_id>` and, when the client runs with a token, also under
 * `crisp-client/session/<website_id>/<token>`, the names URL-encoded. It wrote nothing to
 * `localStorage` or `sessionStorage` in any measured scenario.
 */
export const sessionCookieName = (websiteId: string, tokenId?: string | number | null): string =>
  encodeURIComponent('crisp-client/session/' + websiteId + (tokenId ? '/' + String(tokenId) : ''));

const cookieAttributes = (globals: FakeGlobals): string =>
  '; path=/' + (globals.cookieDomain ? '; domain=' + globals.cookieDomain : '');

/** Called when a session is established: writes its cookies, as Crisp does. */
export function rememberSession(win: Window, globals: FakeGlobals, sessionId: string): void {
  const websiteId = globals.websiteId;
  if (!websiteId) return;
  const attributes = cookieAttributes(globals) + '; max-age=' + (globals.cookieExpire ?? 15552000);
  const names = [sessionCookieName(websiteId)];
  if (globals.tokenId) names.push(sessionCookieName(websiteId, globals.tokenId));
  for (const name of names) win.document.cookie = name + '=' + encodeURIComponent(sessionId) + attributes;
}

/**
 * The session the next client restores: with a token, the token's entry only (none: a new
 * session); without, the website's entry, whoever left it there.
 */
export function storedSession(win: Window, globals: FakeGlobals): string | null {
  if (!globals.websiteId) return null;
  const name = sessionCookieName(globals.websiteId, globals.tokenId);
  for (const pair of win.document.cookie.split(/; */)) {
    const at = pair.indexOf('=');
    if (at > 0 && pair.slice(0, at) === name) return decodeURIComponent(pair.slice(at + 1)) || null;
  }
  return null;
}

/** A reset the client runs: expires the website's entry and the entry of the token it ran with. */
export function forgetSession(win: Window, globals: FakeGlobals): void {
  if (!globals.websiteId) return;
  const expired = '=' + cookieAttributes(globals) + '; expires=Thu, 01 Jan 1970 00:00:00 GMT';
  win.document.cookie = sessionCookieName(globals.websiteId) + expired;
  if (globals.tokenId) win.document.cookie = sessionCookieName(globals.websiteId, globals.tokenId) + expired;
}

/** Uninstall: removes every `crisp-client/` cookie (path `/`) and storage key the page holds. */
export function forgetSessions(win: Window): void {
  for (const pair of win.document.cookie.split(/; */)) {
    const name = pair.split('=')[0]!;
    if (decodeURIComponent(name).startsWith('crisp-client/'))
      win.document.cookie = name + '=; path=/; expires=Thu, 01 Jan 1970 00:00:00 GMT';
  }
  try {
    for (const storage of [win.localStorage, win.sessionStorage])
      for (const key of Object.keys(storage)) if (key.startsWith('crisp-client/')) storage.removeItem(key);
  } catch {
    // Storage disabled: nothing was written.
  }
}
