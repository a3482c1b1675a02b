// Who the session Crisp's client will restore on this page belongs to, as far as the browser
// says: Crisp keeps the session id in `crisp-client/session/<website id>` and, for a visitor
// signed in with a token, also in `crisp-client/session/<website id>/<token>` (measured on the
// real client v2.7.0; nothing in localStorage or sessionStorage).
import type { Page } from './page';

/**
 * Whether Crisp keeps a token visitor's session for this website: the next client given no token
 * restores a signed-in visitor's session (one a sign-out on this page must replace). A reset
 * Crisp runs expires the token's cookie with the website's, and the kit removes both at every
 * boundary, so a token's cookie that is left names the session the website's cookie names.
 */
export const storedTokenSession = (page: Page, websiteId: string): boolean =>
  // Crisp URL-encodes the `/` of its cookie names.
  page.document.cookie.replace(/%2F/gi, '/').includes('crisp-client/session/' + websiteId + '/');
