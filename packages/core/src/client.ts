// createCrisp: composes registry, loader, queue, events, state and identity into one client.
import type { CrispCommand, CrispLive, CrispQueue } from './protocol';
import type { CrispClient, CrispOptions, CrispState, CrispUser } from './types';
import { registry } from './registry';
import { createStore } from './store';
import { createReporter, kitError } from './errors';
import { checkCommand, badEmail, badPair } from './validate';
import { checkOptions } from './options';
import { createEvents } from './events';
import { createLoader, writeGlobals, type Page } from './loader';
import { debugLog } from './debug';

/** The state before anything happened; also what a server render sees. */
export const INITIAL_STATE: CrispState = {
  status: 'idle',
  error: null,
  sessionId: null,
  chatOpened: false,
  unreadCount: 0,
  websiteAvailable: null,
};

// Commands that mean "the visitor wants the chat now": they start the load whatever the strategy.
const WANTS_CHAT = /^(chat:(open|toggle)|message:send)$/;
const USER_FIELDS = ['email', 'phone', 'nickname', 'avatar', 'company'] as const;

/**
 * Creates the page's Crisp client, or returns the existing one for the same website id.
 * Throws at once on invalid options or a second, different website id on the page.
 */
export function createCrisp(options: CrispOptions): CrispClient {
  checkOptions(options);
  const w = (typeof window != 'undefined' ? window : undefined) as Page | undefined;
  const id = options.websiteId;
  const shared = w && registry();
  const other = shared?.client?.websiteId || w?.CRISP_WEBSITE_ID;
  if (other && other.toLowerCase() != id.toLowerCase())
    throw kitError(
      'websiteId',
      process.env.NODE_ENV !== 'production'
        ? 'websiteId ' + id + ' differs from ' + other + ', already on this page; one page holds one Crisp website'
        : 'websiteId ' + other,
    );
  if (shared?.client) return shared.client;

  const { debug } = options;
  const report = createReporter(options.onError);
  const store = createStore(
    INITIAL_STATE,
    process.env.NODE_ENV !== 'production' && debug ? (s) => debugLog('state', s) : undefined,
  );
  const queue = (): CrispQueue | undefined => w?.$crisp;
  const live = (): CrispLive | undefined => {
    const q = queue();
    return q && !Array.isArray(q) ? q : undefined;
  };

  // Always the current $crisp: the array before load, the live object after. Holding on to
  // the array would lose every command pushed after the hand-over.
  const send = (command: CrispCommand) => {
    if (!w) return;
    if (process.env.NODE_ENV !== 'production' && debug) debugLog('command', command);
    try {
      (w.$crisp ||= []).push(command);
    } catch (error) {
      report(String(command[1]), error);
    }
  };
  // Reads through the live client's get/is; undefined before load and whenever it throws
  // (the real client throws from getters until the session exists).
  const ask = <T>(method: 'get' | 'is', key: string, arg?: string): T | undefined => {
    try {
      return live()?.[method](key as never, arg) as T;
    } catch {
      return undefined;
    }
  };

  const on = createEvents(send, queue, report, debug);
  let loader: ReturnType<typeof createLoader> | undefined;

  const onReady = (sessionId?: string) => {
    loader?.ready();
    // Events before now went unheard: chat state and availability are read once, here.
    store.set({
      status: 'ready',
      error: null,
      sessionId: sessionId || ask<string>('get', 'session:identifier') || null,
      ...chat(),
    });
  };
  // Until the session is loaded, listen for it; the subscription leaves once it fires.
  const awaitSession = () => {
    const off = on('session:loaded', (sessionId) => {
      off();
      onReady(sessionId as string);
    });
  };

  // State that needs events is tracked only while someone subscribes to the state, so that
  // unsubscribing everything leaves no handler registered with Crisp. Each of these events
  // re-reads the chat state from Crisp, which has already updated it when the event fires.
  const tracked = ['chat:opened', 'chat:closed', 'message:received', 'website:availability:changed'] as const;
  let listeners = 0;
  let untrack: (() => void)[] = [];
  const chat = (): Partial<CrispState> => ({
    chatOpened: !!ask('is', 'chat:opened'),
    unreadCount: ask<number>('get', 'chat:unread:count') || 0,
    websiteAvailable: ask<boolean>('is', 'website:available') ?? null,
  });
  const sync = () => store.get().status == 'ready' && store.set(chat());

  // Identity caches: what was last sent (user fields and segments by key, session data by
  // data key), so unchanged input pushes nothing and a locale reset can send it again.
  let sent: Record<string, [id: string, command: CrispCommand]> = {};
  let data: Record<string, unknown> = {};
  const once = (command: CrispCommand, id = JSON.stringify(command)) => {
    if (id != sent[command[1] as string]?.[0]) {
      sent[command[1] as string] = [id, command];
      send(command);
    }
  };

  const setUser = (input: CrispUser) => {
    for (const field of USER_FIELDS) {
      const value = input[field];
      const key = 'user:' + field;
      // Crisp cannot unset a user field; forget it so setting it again is sent again.
      if (value == null) delete sent[key];
      else if (field == 'email') {
        const signature = input.signature?.toLowerCase();
        const bad = badEmail(value, signature);
        if (bad) report(bad);
        else once(['set', 'user:email', signature ? [value as string, signature] : [value as string]]);
      } else if (field == 'company') {
        const { name, ...details } = value as { name: string };
        once(['set', 'user:company', Object.keys(details).length ? [name, details] : [name]]);
      } else once(['set', key, [value]] as CrispCommand);
    }
  };

  const setSessionData = (input: Record<string, unknown>) => {
    const pairs: [string, string | number | boolean][] = [];
    for (const key in input) {
      const value = input[key] ?? '';
      const bad = badPair(key, value);
      if (bad) report(bad);
      else if (data[key] !== value) pairs.push([key, (data[key] = value) as string]);
    }
    if (pairs.length) send(['set', 'session:data', [pairs]]);
  };

  const setSegments = (list: string[], overwrite?: boolean) =>
    once(['set', 'session:segments', [list, !!overwrite]], JSON.stringify([[...list].sort(), !!overwrite]));

  /**
   * Crisp reads the token and runtime config only at init or on `session:reset`. Before load
   * the globals are enough, and the previous user's queued identity is taken out of the
   * array; after load the session is reset. `keep` re-sends the current identity (locale).
   */
  const reset = (keep?: boolean) => {
    const q = queue();
    if (!q) return;
    const [user, kept] = [sent, data];
    if (!Array.isArray(q)) {
      send(['do', 'session:reset']);
      store.set({ status: 'loaded', sessionId: null, chatOpened: false, unreadCount: 0 });
      awaitSession();
    } else if (keep) return;
    else
      for (let i = q.length; i--;) if (q[i]![0] == 'set' && /^(user|session):/.test(q[i]![1] as string)) q.splice(i, 1);
    sent = {};
    data = {};
    if (keep) {
      for (const key in user) once(user[key]![1], user[key]![0]);
      for (const key in kept) if (kept[key] === '') delete kept[key];
      setSessionData(kept);
    }
  };

  const push = (command: CrispCommand) => {
    const checked = checkCommand(command, report);
    if (!checked) return;
    // Crisp keeps one handler per event: a raw `on` would replace the kit's dispatcher and cut
    // off every other subscriber, so it joins the fan-out; a raw `off` would do the same, so
    // it is refused (unsubscribe with the function `on` returns).
    if (checked[0] == 'on') return void on(checked[1], checked[2] as (payload: unknown) => void);
    if (checked[0] == 'off') return report('off');
    send(checked);
    if (checked[0] == 'do' && WANTS_CHAT.test(checked[1]) && Array.isArray(queue())) loader?.load();
  };

  const client: CrispClient = {
    websiteId: id,
    push,
    do: (action, ...args) => push((args.length ? ['do', action, args] : ['do', action]) as CrispCommand),
    set: (key, ...args) => push(['set', key, args] as CrispCommand),
    config: (key, value) => push(['config', key, [value]] as CrispCommand),
    on: (event, handler) => on(event, handler as (payload: unknown) => void),
    get: (key, arg) => ask('get', key, arg),
    is: (key) => ask('is', key),
    setSessionData,
    setUser,
    setSegments,
    login({ tokenId, data: loginData, segments: loginSegments, ...loginUser }) {
      if (w) w.CRISP_TOKEN_ID = tokenId;
      reset();
      setUser(loginUser);
      if (loginData) setSessionData(loginData);
      if (loginSegments) setSegments(loginSegments);
    },
    logout() {
      if (w) delete w.CRISP_TOKEN_ID;
      reset();
    },
    setLocale(locale) {
      if (w) w.CRISP_RUNTIME_CONFIG = { ...w.CRISP_RUNTIME_CONFIG, locale };
      reset(true);
    },
    load: () => loader?.load(),
    ready: () =>
      new Promise((resolve, reject) => {
        const settle = ({ status, error }: CrispState) =>
          status == 'ready'
            ? (stop(), resolve())
            : status == 'failed' && (stop(), reject(kitError('load', 'load ' + error)));
        const stop = store.sub(settle);
        settle(store.get());
      }),
    getState() {
      if (!listeners) sync();
      return store.get();
    },
    subscribe(listener) {
      if (!listeners++) untrack = tracked.map((event) => on(event, sync));
      const stop = store.sub(listener);
      let active = true;
      return () => {
        if (active) {
          active = false;
          stop();
          if (!--listeners) untrack.forEach((off) => off());
        }
      };
    },
  };

  if (!w) return client;
  shared!.client = client;

  // Adopt Crisp's own snippet when the page has one: its tag or its live object.
  const existing = w.document.querySelector<HTMLScriptElement>('script[src*="client.crisp.chat/l.js"]');
  writeGlobals(w, options, () => onReady());
  const q = (w.$crisp ||= []);
  loader = createLoader(
    w,
    options,
    store,
    Array.isArray(q) ? existing : null,
    () => registry().client == client,
    report,
  );
  if (options.safeMode) send(['safe', true]);
  if (!Array.isArray(q)) {
    store.set({ status: 'loaded' });
    if (ask('get', 'session:identifier')) onReady();
    else awaitSession();
  } else {
    awaitSession();
    if (!existing) loader.start();
  }
  return client;
}
