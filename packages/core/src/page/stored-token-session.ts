// Who the session Crisp's client will restore on this page belongs to, as far as the browser
// says: Crisp keeps the session id in `crisp-client/session/<website id>` and, for a visitor
// signed in with a token, also in `crisp-client/session/<website id>/<token>` (measured on the
// real client v2.7.0; nothing in localStorage or sessionStorage).
import type { Page } from './page';

/**
 * Whether the session the website's cookie names is also named by a token's cookie: the next
 * client restores a signed-in visitor's session (one a sign-out on this page must replace).
 */
export function storedTokenSession(page: Page, websiteId: string): boolean {
  const prefix = 'crisp-client/session/' + websiteId.toLowerCase();
  let session: string | undefined;
  const tokens: string[] = [];
  for (const pair of page.document.cookie.split('; ')) {
    const at = pair.indexOf('=');
    const value = pair.slice(at + 1);
    if (at <= 0 || !value) continue;
    let name: string;
    try {
      name = decodeURIComponent(pair.slice(0, at)).toLowerCase();
    } catch {
      // Not a name Crisp wrote (a malformed escape): none of its own.
      continue;
    }
    if (name === prefix) session = value;
    else if (!name.indexOf(prefix + '/')) tokens.push(value);
  }
  return !!session && tokens.includes(session);
}
