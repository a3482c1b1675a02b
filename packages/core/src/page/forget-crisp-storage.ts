// Forgetting what Crisp keeps in the browser for a website: its cookies and its localStorage /
// sessionStorage keys, so a visitor who withdraws consent leaves nothing of Crisp behind.
import type { Page } from './page';

const UUID = /[\da-f]{8}-([\da-f]{4}-){3}[\da-f]{12}/i;

/** Removes the website's Crisp cookies (host-only and on every parent domain) and storage keys. */
export function forgetCrispStorage(page: Page, websiteId: string): void {
  const { document, location } = page;
  // Crisp names what it keeps `crisp-client/<kind>/<website id>` (URL-encoded in cookie names:
  // `crisp-client%2Fsession%2F<id>`). Keys naming this website, or no website at all (Crisp's
  // short-lived domain probe), are this client's; another website id's are left alone.
  const ours = (key: string) => {
    const name = key.replace(/%2F/gi, '/');
    const named = UUID.exec(name);
    return !name.indexOf('crisp-client/') && (!named || named[0].toLowerCase() === websiteId.toLowerCase());
  };
  // A cookie goes only by a write with its own domain: none (host-only), the host, each parent
  // domain, and the page's CRISP_COOKIE_DOMAIN. The browser ignores domains it would never have
  // accepted (a public suffix), so trying them is harmless.
  const labels = location.hostname.split('.');
  const domains = ['', page.CRISP_COOKIE_DOMAIN, ...labels.map((_, i) => labels.slice(i).join('.'))];
  for (const pair of document.cookie.split('; ')) {
    const name = pair.split('=')[0]!;
    if (ours(name))
      for (const domain of domains) document.cookie = name + '=;max-age=0;path=/' + (domain ? ';domain=' + domain : '');
  }
  try {
    for (const storage of [page.localStorage, page.sessionStorage])
      Object.keys(storage).forEach((key) => ours(key) && storage.removeItem(key));
  } catch {
    // Storage disabled (privacy mode, a sandboxed frame): Crisp could not write there either.
  }
}
