// Getting Crisp onto the page once: globals before the tag, adoption of an existing snippet,
// the load strategies, and the blocked / timeout failure states.
import type { CrispGlobals } from './protocol';
import type { CrispOptions } from './types';
import type { Store } from './store';
import type { Report } from './errors';
import { DEFAULT_SCRIPT_URL } from './options';

export type Page = Window & CrispGlobals;

// pointerdown covers mouse, pen and touch alike.
const INTERACTIONS = ['pointerdown', 'keydown', 'scroll'];

/** Writes the globals the loader reads once, at init; the runtime config is merged, never replaced. */
export function writeGlobals(w: Page, o: CrispOptions, onReady: () => void): void {
  const globals = w as unknown as Record<string, unknown>;
  for (const [name, value] of [
    ['WEBSITE_ID', o.websiteId],
    ['TOKEN_ID', o.tokenId],
    ['COOKIE_DOMAIN', o.cookieDomain],
    ['COOKIE_EXPIRE', o.cookieExpire],
  ])
    if (value != null) globals['CRISP_' + name] = value;
  if (o.nonce) w.CRISP_INCLUDE_ATTRS = { ...w.CRISP_INCLUDE_ATTRS, nonce: o.nonce };
  w.CRISP_RUNTIME_CONFIG = { ...w.CRISP_RUNTIME_CONFIG, ...o.runtimeConfig, ...(o.locale && { locale: o.locale }) };
  // Chain, so a trigger the page set keeps working.
  const previous = w.CRISP_READY_TRIGGER;
  w.CRISP_READY_TRIGGER = function () {
    previous?.call(this);
    onReady();
  };
}

/**
 * Returns `load()`: idempotent while a load is under way or done; after a blocked load it
 * tries again with a fresh tag (the queued commands are still in the array, so they are
 * delivered by the retry). `existing` is a Crisp `l.js` tag already on the page, adopted.
 */
export function createLoader(
  w: Page,
  o: CrispOptions,
  store: Store,
  existing: HTMLScriptElement | null,
  current: () => boolean,
  report: Report,
) {
  let timer: ReturnType<typeof setTimeout> | undefined;

  const watch = (tag: HTMLScriptElement) => {
    store.set({ status: 'loading', error: null });
    // Crisp's own snippet sets no handlers on its tag, so adopting one may use them too.
    tag.onload = () => store.get().status == 'loading' && store.set({ status: 'loaded' });
    tag.onerror = () => {
      tag.remove();
      clearTimeout(timer);
      store.set({ status: 'failed', error: 'blocked' });
    };
    clearTimeout(timer);
    timer = setTimeout(
      () => /^load/.test(store.get().status) && store.set({ status: 'failed', error: 'timeout' }),
      o.readyTimeoutMs ?? 15e3,
    );
  };

  const load = () => {
    const { status, error } = store.get();
    // A client whose page registry was reset (tests, a torn-down embed) must not load any more,
    // even when its idle or interaction trigger fires later.
    if ((status != 'idle' && error != 'blocked') || !current()) return;
    const d = w.document;
    const tag = d.createElement('script');
    try {
      // Throws where Trusted Types are enforced without a policy that allows the URL: that is
      // a blocked load, reported, never an exception in the app (see the core README).
      tag.src = o.scriptUrl || DEFAULT_SCRIPT_URL;
    } catch (error) {
      store.set({ status: 'failed', error: 'blocked' });
      return report('scriptUrl', error);
    }
    // A script element created by code is async already: it never blocks the page.
    if (o.nonce) tag.nonce = o.nonce;
    watch(tag);
    d.head.appendChild(tag);
  };

  if (existing) watch(existing);
  return {
    load,
    /** Starts the chosen strategy. */
    start() {
      const strategy = o.load || 'idle';
      if (strategy == 'eager') load();
      else if (strategy == 'idle')
        w.requestIdleCallback ? w.requestIdleCallback(load, { timeout: 4e3 }) : setTimeout(load, 1500);
      else if (strategy == 'interaction') {
        const go = () => {
          INTERACTIONS.forEach((type) => w.removeEventListener(type, go, true));
          load();
        };
        INTERACTIONS.forEach((type) => w.addEventListener(type, go, { capture: true, passive: true }));
      }
    },
    ready() {
      clearTimeout(timer);
    },
  };
}
