// Setup checks: a wrong option throws at once, naming it, before anything touches the page.
import type { CrispOptions } from './types';
import { kitError } from './errors';

const UUID = /^[\da-f]{8}-([\da-f]{4}-){3}[\da-f]{12}$/i;
// https, or a same-origin path; plain http only for a loader served from this machine
// (tests, playgrounds, the simulated Crisp).
const SCRIPT_URL = /^(https:\/\/|\/(?!\/)|http:\/\/(localhost|127\.0\.0\.1|\[::1\])[:/])/;

export const DEFAULT_SCRIPT_URL = 'https://client.crisp.chat/l.js';

const fail = (field: string, message: string): never => {
  throw kitError(field, field + ' ' + message);
};

export function checkOptions(options: CrispOptions): void {
  if (!options || !UUID.test(options.websiteId)) fail('websiteId', 'must be your Crisp website id, a UUID');
  if (options.scriptUrl && !SCRIPT_URL.test(options.scriptUrl))
    fail('scriptUrl', 'must be an https URL or a same-origin path (http only for localhost)');
  if (process.env.NODE_ENV !== 'production') {
    const { load, cookieExpire, readyTimeoutMs, locale, tokenId, nonce } = options;
    if (load && !['eager', 'idle', 'interaction', 'manual'].includes(load))
      fail('load', "must be 'eager', 'idle', 'interaction' or 'manual'");
    if (cookieExpire != null && !(cookieExpire > 0)) fail('cookieExpire', 'must be a number of seconds above 0');
    if (readyTimeoutMs != null && !(readyTimeoutMs >= 0)) fail('readyTimeoutMs', 'must be a number of milliseconds');
    if (locale != null && !/^[a-z]{2}([_-][A-Za-z]{2})?$/.test(locale))
      fail('locale', 'must be an ISO 639-1 code such as "fr"');
    if (tokenId != null && !/^(string|number)$/.test(typeof tokenId)) fail('tokenId', 'must be a string or a number');
    if (nonce != null && typeof nonce != 'string') fail('nonce', 'must be a string');
  }
}
