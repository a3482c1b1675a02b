// Crisp's globals: written before l.js runs, merged (never replaced), cleared by assignment.
import type { CrispGlobals } from '../protocol/protocol';
import type { CrispOptions } from '../contract/types';
import type { Page } from './page';

/**
 * Sets (or, with `undefined`, clears) a Crisp global. Never `delete`: a page may have declared
 * the global with `var`, and deleting such a global throws in strict code (every ES module).
 */
export const setGlobal = <K extends keyof CrispGlobals>(page: Page, name: K, value: CrispGlobals[K]): void => {
  (page as CrispGlobals)[name] = value;
};

/**
 * Writes the globals Crisp's loader reads when it executes (and again at each session reset).
 * `token` is the visitor's, unless consent was revoked on this page.
 */
export function writeGlobals(
  page: Page,
  options: CrispOptions,
  token: string | number | undefined,
  onReady: () => void,
): void {
  page.CRISP_WEBSITE_ID = options.websiteId;
  if (token != null) page.CRISP_TOKEN_ID = token;
  if (options.cookieDomain) page.CRISP_COOKIE_DOMAIN = options.cookieDomain;
  if (options.cookieExpire) page.CRISP_COOKIE_EXPIRE = options.cookieExpire;
  if (options.nonce) page.CRISP_INCLUDE_ATTRS = { ...page.CRISP_INCLUDE_ATTRS, nonce: options.nonce };
  page.CRISP_RUNTIME_CONFIG = {
    ...page.CRISP_RUNTIME_CONFIG,
    ...options.runtimeConfig,
    ...(options.locale && { locale: options.locale }),
  };
  // Chained, so a trigger the page set keeps working.
  const previous = page.CRISP_READY_TRIGGER;
  page.CRISP_READY_TRIGGER = function () {
    previous?.call(this);
    onReady();
  };
}
