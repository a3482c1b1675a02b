// Which l.js URL the kit may load: Crisp's, another https one, or this page's own origin.
import { kitError } from '../report/errors';

export const DEFAULT_SCRIPT_URL = 'https://client.crisp.chat/l.js';

const LOOPBACK = /^(localhost|127\.0\.0\.1|\[::1\])$/;

/**
 * Throws unless `value` is an absolute https URL, an http URL on this machine (tests, the
 * simulated Crisp), or a URL of the page's own origin. The check is on the URL as the browser
 * resolves it, so values that only look like a path (`/\host/l.js`, a tab in `//`) or hide a host
 * behind a user name (`http://localhost:@host/l.js`) cannot load a foreign script.
 */
export function checkScriptUrl(value: string, page: Window): void {
  let url: URL | undefined;
  try {
    url = new URL(value, page.location.href);
  } catch {
    // Refused below.
  }
  const allowed =
    url &&
    (/^https:\/\//i.test(value)
      ? url.protocol === 'https:'
      : /^http:\/\//i.test(value)
        ? url.protocol === 'http:' && LOOPBACK.test(url.hostname)
        : url.origin === page.location.origin);
  if (!allowed)
    throw kitError(
      'scriptUrl',
      // Production names the option; development says what it may be.
      process.env.NODE_ENV !== 'production'
        ? "scriptUrl must be an https URL, a URL of this page's origin, or http on localhost"
        : 'scriptUrl',
    );
}
