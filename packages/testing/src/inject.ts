// The elements `l.js` injects for `client.js` and its stylesheet: inert stand-ins that never fetch or
// run anything, carrying `CRISP_INCLUDE_ATTRS` (e.g. a CSP nonce) so tests can check it was passed.
import { includeAttrsOf } from './globals';
import type { FakeGlobals } from './types';

export const CLIENT_JS_URL = 'https://client.crisp.chat/static/javascripts/client.js';
export const CLIENT_CSS_URL = 'https://client.crisp.chat/static/stylesheets/client_default.css';

/**
 * `includeAttrs` is the loader's copy of `CRISP_INCLUDE_ATTRS`, taken when it executed.
 * Returns the injected elements so they can be removed on uninstall.
 */
export function injectClientElements(win: Window, includeAttrs: FakeGlobals['includeAttrs']): Element[] {
  const doc = win.document;
  const parent = doc.head ?? doc.documentElement;
  const attrs = includeAttrsOf(includeAttrs);

  // `type="text/x-crisp-fake"` and `data-href` keep a real browser from running or fetching them.
  const script = doc.createElement('script');
  script.type = 'text/x-crisp-fake';
  script.setAttribute('data-crisp-fake', 'client.js');
  script.setAttribute('data-src', CLIENT_JS_URL);

  const link = doc.createElement('link');
  link.rel = 'x-crisp-fake-stylesheet';
  link.setAttribute('data-crisp-fake', 'client.css');
  link.setAttribute('data-href', CLIENT_CSS_URL);

  for (const element of [script, link]) {
    for (const [name, value] of attrs) element.setAttribute(name, value);
    parent.appendChild(element);
  }
  return [script, link];
}
