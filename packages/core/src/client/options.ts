// Setup checks: a wrong option throws at once, naming it, before anything touches the page.
import type { CrispOptions } from '../contract/types';
import { kitError } from '../report/errors';

const UUID = /^[\da-f]{8}-([\da-f]{4}-){3}[\da-f]{12}$/i;

const fail = (field: string, message: string): never => {
  throw kitError(field, message ? field + ' ' + message : field);
};

export function checkOptions(options: CrispOptions): void {
  if (!options || typeof options.websiteId !== 'string' || !UUID.test(options.websiteId))
    fail('websiteId', process.env.NODE_ENV !== 'production' ? 'must be your Crisp website id, a UUID' : '');
  // The rest explains mistakes in development; production keeps the checks that protect the page.
  if (process.env.NODE_ENV !== 'production') {
    const { load, cookieExpire, readyTimeoutMs, locale, tokenId, nonce, scriptUrl, consent } = options;
    if (load != null && typeof load !== 'function' && !['eager', 'idle', 'manual'].includes(load))
      fail('load', "must be 'eager', 'idle', 'manual' or a strategy function such as interaction");
    if (cookieExpire != null && !(cookieExpire > 0)) fail('cookieExpire', 'must be a number of seconds above 0');
    if (readyTimeoutMs != null && !(readyTimeoutMs >= 0)) fail('readyTimeoutMs', 'must be a number of milliseconds');
    if (locale != null && !/^[a-z]{2}([_-][A-Za-z]{2})?$/.test(locale))
      fail('locale', 'must be an ISO 639-1 code such as "fr"');
    if (tokenId != null && !/^(string|number)$/.test(typeof tokenId)) fail('tokenId', 'must be a string or a number');
    if (nonce != null && typeof nonce !== 'string') fail('nonce', 'must be a string');
    if (scriptUrl != null && typeof scriptUrl !== 'string') fail('scriptUrl', 'must be a string');
    if (consent != null && consent !== 'required') fail('consent', "must be 'required' or left out");
  }
}
