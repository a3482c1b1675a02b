// Browser build option `fetchAssets`: client.js and the stylesheet as real requests (a benchmark
// can delay them), instead of the inert stand-ins; the client runs once both have arrived.
import { includeAttrsOf } from './globals';
import { CLIENT_CSS_URL, CLIENT_JS_URL } from './inject';
import type { FakeGlobals } from './types';

/**
 * Requests both from the origin `l.js` came from (the real loader uses its own origin), with
 * the loader's copy of `CRISP_INCLUDE_ATTRS`. `arrived` runs once both loaded or failed: the
 * fake's client does not depend on what the files contain. Returns the elements, for uninstall.
 */
export function fetchClientAssets(
  win: Window,
  loaderUrl: string | null,
  includeAttrs: FakeGlobals['includeAttrs'],
  arrived: () => void,
): Element[] {
  const doc = win.document;
  const at = (url: string) => new URL(new URL(url).pathname, loaderUrl || url).href;
  const script = doc.createElement('script');
  script.src = at(CLIENT_JS_URL);
  script.setAttribute('data-crisp-fake', 'client.js');
  const link = doc.createElement('link');
  link.rel = 'stylesheet';
  link.href = at(CLIENT_CSS_URL);
  link.setAttribute('data-crisp-fake', 'client.css');
  let waiting = 2;
  const done = () => {
    if (!--waiting) arrived();
  };
  for (const element of [script, link]) {
    for (const [name, value] of includeAttrsOf(includeAttrs)) element.setAttribute(name, value);
    element.addEventListener('load', done, { once: true });
    element.addEventListener('error', done, { once: true });
    (doc.head ?? doc.documentElement).appendChild(element);
  }
  return [script, link];
}
