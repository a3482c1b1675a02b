// What `pnpm conformance` and the trace replay observe in a page, the same way for Crisp's real
// client and for the fake. Installed before any page script: it runs inside the page (Chromium,
// through an init script built from `installRecorder.toString()`, so it must stay self-contained)
// or in the jsdom window of a test.

/**
 * @param {Window & Record<string, unknown>} win
 * @param {(() => (string | null)[]) | undefined} initsOf the token each client init started with,
 *   oldest first, for a client whose init cannot be watched from the page (the fake)
 */
export function installRecorder(win, initsOf) {
  const lives = [];
  let loadersRan = 0;
  // A script's load event fires right after it executed: counts the l.js that ran.
  win.document.addEventListener(
    'load',
    (event) => {
      const target = event.target;
      if (target && target.tagName === 'SCRIPT' && /\/l(\/[^/]+)?\.js/.test(target.getAttribute('src') || ''))
        loadersRan++;
    },
    true,
  );
  const realInits = [];
  let value = win.$crisp;
  /** A live object assigned to `$crisp`: remembered, and the real client's init watched. */
  const seen = (next) => {
    value = next;
    if (!next || Array.isArray(next) || typeof next.push !== 'function' || lives.includes(next)) return;
    lives.push(next);
    // The real client's __init is non-writable; its init ends by asking for the website's
    // settings (Base.Ns), with the token and website id it was given: watch that call.
    const base = next.__debug && next.__debug.Base;
    if (base) {
      const proto = Object.getPrototypeOf(base);
      base.Ns = function (...args) {
        realInits.push(this.Cs || null);
        return proto.Ns.apply(this, args);
      };
    }
  };
  // A kit on the page puts its own accessor in place of this one: its setter is watched too (the
  // previous recorder's patch is replaced, never stacked).
  const define = Object.defineProperty.unwatched || Object.defineProperty;
  // An accessor the page and Crisp both go through: it sees each client.js assign its live object.
  define(win, '$crisp', { configurable: true, get: () => value, set: seen });
  const watching = (target, key, descriptor) =>
    define(
      target,
      key,
      target === win && key === '$crisp' && descriptor.set
        ? {
            ...descriptor,
            set(next) {
              seen(next);
              descriptor.set.call(this, next);
            },
          }
        : descriptor,
    );
  watching.unwatched = define;
  Object.defineProperty = watching;

  const read = (fn) => {
    try {
      return fn();
    } catch {
      return 'throws';
    }
  };
  const scriptCount = (pattern) =>
    [...win.document.querySelectorAll('script')].filter(
      (script) =>
        pattern.test(script.getAttribute('src') || '') || pattern.test(script.getAttribute('data-crisp-fake') || ''),
    ).length;
  const crispKeys = (storage) =>
    read(() =>
      Object.keys(storage)
        .filter((key) => key.startsWith('crisp-client'))
        .sort(),
    );
  const inits = () => (initsOf ? initsOf() : realInits).map((token) => (token === undefined ? null : token));

  const recorder = {
    lives,
    inits,
    /** The states a scenario waits for. */
    reached(state, n = 1) {
      const live = lives[lives.length - 1];
      if (state === 'loaderRan') return loadersRan >= n;
      if (state === 'loader') return scriptCount(/client\.js/) >= n;
      if (state === 'client') return lives.length >= n;
      if (state === 'init') return inits().length >= n;
      if (state === 'loaded')
        return (
          !!live && !(live.__spool && live.__spool.pending_actions) && !!read(() => live.get('session:identifier'))
        );
      throw new Error('unknown state ' + state);
    },
    observe() {
      // What the page reads (through a kit's accessor when there is one).
      const crisp = win.$crisp;
      const isLive = !!crisp && !Array.isArray(crisp) && typeof crisp.push === 'function';
      const pendingOf = (live) => {
        const pending = live && live.__spool && live.__spool.pending_actions;
        return pending ? JSON.parse(JSON.stringify(pending)) : null;
      };
      const get = (key) => (isLive ? read(() => crisp.get(key)) : null);
      return {
        loaderTags: scriptCount(/\/l(\/[^/]+)?\.js/),
        clientTags: scriptCount(/client\.js/),
        clients: lives.length,
        crisp: isLive
          ? crisp === lives[0]
            ? 'first live object'
            : Object.getPrototypeOf(crisp) === lives[0]
              ? 'an object inheriting from the first live object'
              : 'another live object'
          : Array.isArray(crisp)
            ? 'array'
            : typeof crisp,
        array: Array.isArray(crisp) ? JSON.parse(JSON.stringify(crisp)) : null,
        inits: inits(),
        pending: isLive ? pendingOf(crisp) : null,
        pendingOfReplaced: lives.slice(0, -1).map(pendingOf),
        session: get('session:identifier'),
        email: get('user:email'),
        nickname: get('user:nickname'),
        hidden: isLive && get('session:identifier') ? read(() => crisp.is('chat:hidden')) : null,
        cookies: win.document.cookie
          .split(/; */)
          .filter(Boolean)
          .map((pair) => [
            decodeURIComponent(pair.slice(0, pair.indexOf('='))),
            decodeURIComponent(pair.slice(pair.indexOf('=') + 1)),
          ])
          .filter(([name]) => name.startsWith('crisp-client'))
          .sort(),
        localStorage: crispKeys(win.localStorage),
        sessionStorage: crispKeys(win.sessionStorage),
      };
    },
  };
  win.__conformance = recorder;
  return recorder;
}
