// Forgetting what Crisp keeps in the browser for a website: its cookies and its localStorage /
// sessionStorage keys, so a visitor who withdraws consent leaves nothing of Crisp behind.
import type { Page } from './kit';

// Crisp names everything it keeps `crisp-client/<kind>/<website id>` (the session cookie is
// `crisp-client/session/<website id>`, URL-encoded in the cookie name as Crisp writes it).
const CRISP_KEY = 'crisp-client/';
const UUID = /[\da-f]{8}-([\da-f]{4}-){3}[\da-f]{12}/i;
const EXPIRED = '=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';

/**
 * Whether a key is this website's: a Crisp key naming this website id, or one naming no website
 * at all (Crisp's short-lived domain probe). Keys of another website id stay: another Crisp
 * workspace on the same domain is not this client's to clear.
 */
const ours = (key: string, websiteId: string): boolean => {
  let name = key;
  try {
    name = decodeURIComponent(key);
  } catch {
    // A malformed escape: the raw name is all there is.
  }
  if (!name.startsWith(CRISP_KEY)) return false;
  const named = UUID.exec(name);
  return !named || named[0].toLowerCase() == websiteId.toLowerCase();
};

/** Removes the website's Crisp cookies (host-only and on every parent domain) and storage keys. */
export function forgetCrispStorage(page: Page, websiteId: string): void {
  const { document } = page;
  const labels = page.location.hostname.split('.');
  // A cookie is removed only by a write with its own domain: host-only (no domain), the host,
  // each parent domain, and the CRISP_COOKIE_DOMAIN the page set (the browser refuses the
  // domains it would never have accepted, such as a public suffix, so trying them is harmless).
  const domains = ['', ...labels.map((_, i) => '; domain=' + labels.slice(i).join('.'))];
  if (page.CRISP_COOKIE_DOMAIN) domains.push('; domain=' + page.CRISP_COOKIE_DOMAIN);
  for (const pair of document.cookie.split(/; */)) {
    const name = pair.split('=')[0]!;
    if (ours(name, websiteId)) for (const domain of domains) document.cookie = name + EXPIRED + domain;
  }
  for (const store of ['localStorage', 'sessionStorage'] as const)
    try {
      const storage = page[store];
      for (const key of Object.keys(storage)) if (ours(key, websiteId)) storage.removeItem(key);
    } catch {
      // Storage disabled (privacy mode, a sandboxed frame): Crisp could not write there either.
    }
}
