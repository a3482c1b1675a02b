// warmUp and warmUpOnIntent: on a sign of intent, connect to Crisp and fetch its files ahead of
// the click, so that opening the chat does not wait for three round trips one after another.
import type { CrispClient } from '../contract/types';
import { setupPart } from '../page/client-part';
import { storePart } from '../state/store';
import { DEFAULT_SCRIPT_URL } from './script-url';

// What l.js requests next, from its own origin. These are the paths the kit's fake
// (@crispkit/testing) uses; Crisp's real loader may add a version query to them.
const CLIENT_FILES = ['/static/javascripts/client.js', '/static/stylesheets/client_default.css'];

// The clients that warmed up already (by what they were made with).
const warmed = new WeakSet<object>();

/**
 * Preconnects to Crisp's origin and prefetches `l.js`, `client.js` and the stylesheet (with the
 * nonce, when one is set), once per page however often it is called. Does nothing before consent
 * (while it is pending or revoked) and once loading has started: the load fetches them itself.
 */
export function warmUp(crisp: CrispClient): void {
  const setup = setupPart.held(crisp);
  const store = storePart.held(crisp);
  if (!setup || !store || warmed.has(setup)) return;
  const { consent, status } = store.get();
  if (consent === 'pending' || consent === 'revoked' || status !== 'idle') return;
  warmed.add(setup);
  const { page, options } = setup;
  const { document } = page;
  const loader = new URL(options.scriptUrl || DEFAULT_SCRIPT_URL, document.baseURI);
  const hint = (rel: string, href: string) => {
    const link = document.createElement('link');
    link.rel = rel;
    link.href = href;
    if (options.nonce) link.nonce = options.nonce;
    document.head.appendChild(link);
  };
  hint('preconnect', loader.origin);
  // Prefetch, not preload: the visitor may never click, and an unused preload is a console warning.
  [loader.href, ...CLIENT_FILES.map((path) => new URL(path, loader).href)].forEach((href) => hint('prefetch', href));
}

/** Warms up when the pointer enters `element` or it gets focus; returns the cleanup. */
export function warmUpOnIntent(crisp: CrispClient, element: EventTarget): () => void {
  const warm = () => warmUp(crisp);
  const intents = ['pointerenter', 'focus'];
  intents.forEach((type) => element.addEventListener(type, warm));
  return () => intents.forEach((type) => element.removeEventListener(type, warm));
}
