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
  // Crisp URL-encodes the `/` of its cookie names, and names the website as the page gave it.
  const name = '; crisp-client/session/' + websiteId;
  const cookies = ('; ' + page.document.cookie + ';').replace(/%2F/gi, '/');
  const session = cookies.split(name + '=')[1]?.split(';')[0];
  return (
    !!session && cookies.split(name + '/').some((entry, at) => at > 0 && entry.split(';')[0]!.endsWith('=' + session))
  );
}
