// What Crisp leaves in the browser once a session exists: a cookie and storage keys for the
// website, so a test can check that a consent revoke (or anything else) removes them.
import type { FakeGlobals } from './types';

/**
 * The fake's stand-ins for Crisp's own keys. The real client keeps its session in the cookie
 * `crisp-client/session/<website_id>` (URL-encoded in the cookie name, as Crisp writes it) and
 * more `crisp-client/…/<website_id>` entries; the storage key names here are the fake's choice
 * in that same pattern (inferred, not read from the real client).
 */
export const sessionCookieName = (websiteId: string): string => encodeURIComponent('crisp-client/session/' + websiteId);
export const storageKeysOf = (websiteId: string): { local: string; session: string } => ({
  local: 'crisp-client/cache/' + websiteId,
  session: 'crisp-client/socket/' + websiteId,
});

/** Called when a session is established: writes its cookie and storage keys, as Crisp does. */
export function rememberSession(win: Window, globals: FakeGlobals, sessionId: string): void {
  const websiteId = globals.websiteId;
  if (!websiteId) return;
  const domain = globals.cookieDomain ? '; domain=' + globals.cookieDomain : '';
  const maxAge = '; max-age=' + (globals.cookieExpire ?? 15552000);
  win.document.cookie =
    sessionCookieName(websiteId) + '=' + encodeURIComponent(sessionId) + '; path=/' + maxAge + domain;
  const keys = storageKeysOf(websiteId);
  try {
    win.localStorage.setItem(keys.local, JSON.stringify({ session: sessionId }));
    win.sessionStorage.setItem(keys.session, sessionId);
  } catch {
    // Storage disabled (a sandboxed frame, a privacy mode): the real client goes on without it.
  }
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
