// Getting Crisp's l.js onto the page once: the tag, the load strategies, the consent gate, and
// the blocked / timeout failure states.
import type { CrispOptions } from '../contract/types';
import type { Page } from '../page/page';
import type { Report } from '../report/errors';
import type { Store } from '../state/store';
import type { Consent } from '../consent/consent';
import { DEFAULT_SCRIPT_URL } from './script-url';
import { findEmbed } from '../page/find-embed';

export interface Loader {
  /** Requests l.js now; idempotent while a load is under way or done; retries a blocked load. */
  load(): void;
  /** Starts the chosen strategy (once), and a load asked for while consent was withheld. */
  start(): void;
  /** Whether l.js has executed (or may have: an adopted tag), so its globals are already read. */
  readonly executed: boolean;
  /** Cancels the strategy, the time-out and the tag's handlers. */
  destroy(): void;
}

/**
 * Loads l.js for `page` while `active()` says this client is still the page's, once `consent`
 * allows it; `existing` is a Crisp tag already on the page, adopted instead.
 */
export function createLoader(
  page: Page,
  options: CrispOptions,
  store: Store,
  report: Report,
  consent: Consent,
  active: () => boolean,
  existing: HTMLScriptElement | undefined,
): Loader {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let tag: HTMLScriptElement | undefined;
  let stopStrategy: (() => void) | void;
  let started = false;

  // The session exists: the time-out has nothing left to watch.
  store.subscribe(({ status }) => status === 'ready' && clearTimeout(timer));
  const stopWatching = () => {
    clearTimeout(timer);
    if (tag) tag.onload = tag.onerror = null;
  };

  const watch = (script: HTMLScriptElement) => {
    tag = script;
    store.set({ status: 'loading', error: null });
    // Crisp's own snippet sets no handlers on its tag, so adopting one may use them too.
    script.onload = () => {
      loader.executed = true;
      if (store.get().status === 'loading') store.set({ status: 'loaded' });
    };
    script.onerror = () => {
      stopWatching();
      script.remove();
      store.set({ status: 'failed', error: 'blocked' });
    };
    clearTimeout(timer);
    timer = setTimeout(
      () => /^load/.test(store.get().status) && store.set({ status: 'failed', error: 'timeout' }),
      options.readyTimeoutMs ?? 15e3,
    );
  };

  const loader: Loader & { executed: boolean } = {
    executed: false,
    load() {
      if (!active()) return;
      const { status, error } = store.get();
      // Before consent nothing of Crisp is requested; the grant loads what was asked meanwhile.
      if (consent.withheld()) return consent.deferLoad();
      if (status !== 'idle' && error !== 'blocked') return;
      // While the document parses, a Crisp snippet later in it cannot be seen yet: wait for the
      // end of parsing (l.js itself would), then adopt it or inject.
      if (page.document.readyState == 'loading')
        return page.document.addEventListener('DOMContentLoaded', loader.load, { once: true });
      // Crisp's own snippet may have run since the client was created (placed after the kit):
      // its loader is adopted, never loaded a second time.
      const embed = error ? undefined : findEmbed(page, options.scriptUrl);
      if (embed) return adopt(embed.tag);
      const script = page.document.createElement('script');
      try {
        // Throws where Trusted Types are enforced without a policy that allows the URL: that is
        // a blocked load, reported, never an exception in the app.
        script.src = options.scriptUrl || DEFAULT_SCRIPT_URL;
      } catch (thrown) {
        store.set({ status: 'failed', error: 'blocked' });
        return report('scriptUrl', thrown);
      }
      // A script element created by code is async already: it never blocks the page.
      if (options.nonce) script.nonce = options.nonce;
      watch(script);
      page.document.head.appendChild(script);
    },
    start() {
      if (!started) {
        started = true;
        const strategy = options.load || 'idle';
        if (strategy === 'eager') loader.load();
        else if (strategy === 'idle') {
          // At most a few seconds late when the page never idles.
          if (page.requestIdleCallback) {
            const handle = page.requestIdleCallback(loader.load, { timeout: 4e3 });
            stopStrategy = () => page.cancelIdleCallback(handle);
          } else {
            const handle = setTimeout(loader.load, 1500);
            stopStrategy = () => clearTimeout(handle);
          }
        } else if (strategy !== 'manual') stopStrategy = strategy(loader.load, page);
      }
      // A load asked for while consent was withheld happens now.
      if (consent.takeDeferredLoad()) loader.load();
    },
    destroy() {
      stopWatching();
      stopStrategy?.();
    },
  };
  // It may have run already: globals written now may be read only at the next reset.
  const adopt = (tag: HTMLScriptElement) => {
    watch(tag);
    loader.executed = true;
  };
  if (existing) adopt(existing);
  return loader;
}
