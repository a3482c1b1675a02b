// `installFakeCrisp`: watch a (jsdom) document for `l.js` tags and serve them with the fake loader,
// then hand the test a controller over the requests, the client, the conversation and idle time.
import { bagOf, deleteCrispGlobals, forgetGlobal } from './globals';
import { forgetSessions } from './storage';
import { controlIdleCallbacks } from './idle';
import { dispatchInteraction } from './interact';
import { type FakePage, createPage } from './loader';
import { KIT_REGISTRY_KEY, PHONE_PATHS_PER_MS } from './protocol';
import type { FakeCrisp, FakeCrispOptions } from './types';

/** Crisp's loader in both its forms: `…/l.js` and `…/l/<website-id>.js`, with an optional query. */
export const DEFAULT_SCRIPT_MATCH = /\/l(\/[A-Za-z0-9-]+)?\.js(\?.*)?$/;

/** Marks a tag as served on the element itself, so a later install never serves it again. */
const SERVED = Symbol.for('crispkit.fake.served');
/** The fake installed on a window, so installing again replaces it instead of doubling it. */
const ACTIVE = Symbol.for('crispkit.fake.active');

type Marked = HTMLScriptElement & { [SERVED]?: true };
type WithActive = { [ACTIVE]?: FakeCrisp };

export function installFakeCrisp(options: FakeCrispOptions = {}): FakeCrisp {
  const found = options.window ?? (globalThis as { window?: Window & typeof globalThis }).window;
  if (!found?.document) {
    throw new Error('[crisp-fake] installFakeCrisp needs a DOM window: use the jsdom environment or pass { window }');
  }
  const win = found;
  (win as WithActive)[ACTIVE]?.uninstall();

  const doc = win.document;
  const match = options.scriptMatch ?? DEFAULT_SCRIPT_MATCH;
  const mode = options.mode ?? 'auto';
  const delayMs = options.delayMs ?? 0;
  const ui = options.ui ?? false;
  const page: FakePage = createPage(win, {
    behavior: options.behavior ?? 'ok',
    ...(options.sessionId !== undefined ? { sessionId: options.sessionId } : {}),
    websiteAvailable: options.websiteAvailable ?? true,
    ui,
    autoReply: options.autoReply ?? ui,
    clientDelayMs: options.clientDelayMs ?? 0,
    holdClient: options.holdClient ?? false,
    widgetTools: options.widgetTools ?? true,
    holdInit: options.holdInit ?? false,
  });
  const idleCallbacks = controlIdleCallbacks(win, options.idleCallbacks);
  const seen: Marked[] = [];
  const pending: Marked[] = [];
  /** The auto-mode timer of each pending tag, cancelled when `load()`/`fail()` handles it first. */
  const timers = new Map<Marked, () => void>();
  let installed = true;
  let requests = 0;

  const matches = (script: HTMLScriptElement): boolean => {
    const src = script.getAttribute('src');
    if (src === null) return false;
    match.lastIndex = 0; // a /g or /y pattern keeps state between tests
    if (match.test(src)) return true;
    match.lastIndex = 0;
    return match.test(script.src);
  };

  /** Each l.js tag is one request, served once. */
  const consider = (script: Marked) => {
    if (script[SERVED] || seen.includes(script) || !matches(script)) return;
    seen.push(script);
    requests++;
    pending.push(script);
    if (mode === 'auto')
      timers.set(
        script,
        page.scheduler.after(delayMs, () => serve(script)),
      );
  };

  const noticeNode = (node: Node) => {
    if (!(node instanceof win.Element)) return;
    if (node instanceof win.HTMLScriptElement) consider(node);
    node.querySelectorAll('script').forEach(consider);
  };

  const observer = new win.MutationObserver((records) => {
    for (const record of records) record.addedNodes.forEach(noticeNode);
  });
  observer.observe(doc, { childList: true, subtree: true });
  doc.querySelectorAll('script').forEach(consider);

  /** Handle mutations now rather than in the observer's microtask, so controls see fresh tags. */
  const flush = () => {
    for (const record of observer.takeRecords()) record.addedNodes.forEach(noticeNode);
  };

  const dispatch = (script: Marked, type: 'load' | 'error') => {
    const EventCtor = script.ownerDocument.defaultView?.Event ?? win.Event;
    script.dispatchEvent(new EventCtor(type));
  };

  /** Takes the tag out of `pending`; false if it was already handled. */
  const take = (script: Marked): boolean => {
    const index = pending.indexOf(script);
    if (index < 0) return false;
    pending.splice(index, 1);
    timers.get(script)?.();
    timers.delete(script);
    script[SERVED] = true;
    return true;
  };

  function serve(script: Marked, holdClient?: boolean) {
    if (!take(script)) return;
    if (page.behavior === 'blocked') return dispatch(script, 'error');
    page.execute(script.src || script.getAttribute('src'), holdClient);
    // A script's load event fires right after it has executed.
    dispatch(script, 'load');
  }

  /** Notices new tags, lets the page be idle, and notices the tags its idle callbacks added. */
  const round = () => {
    flush();
    if (idleCallbacks.pending.length > 0) {
      idleCallbacks.runPending();
      flush();
    }
  };
  const settled = () => page.scheduler.settle(round, () => idleCallbacks.pending.length > 0);

  const { runtime } = page;
  const fake: FakeCrisp = {
    get requests() {
      return requests;
    },
    get executions() {
      return page.executions;
    },
    get clientInjections() {
      return page.clientInjections;
    },
    get commands() {
      return runtime.commands;
    },
    get handlers() {
      return runtime.handlers;
    },
    get registrations() {
      return runtime.registrations;
    },
    get live() {
      return runtime.live;
    },
    get globalsAtInit() {
      return runtime.globalsAtInit;
    },
    get session() {
      return runtime.session;
    },
    get sessions() {
      return runtime.sessions;
    },
    get errors() {
      return runtime.errors;
    },
    get lost() {
      return runtime.lost;
    },
    get waiting() {
      return runtime.waiting;
    },
    get phoneBacktracking() {
      return runtime.phoneBacktracking;
    },
    get phoneFreezeMs() {
      return runtime.phoneBacktracking / PHONE_PATHS_PER_MS;
    },
    get idleCallbacks() {
      return idleCallbacks.pending;
    },
    visitor: runtime.visitor,
    async load() {
      flush();
      for (const script of [...pending]) serve(script);
      await settled();
    },
    async executeLoader() {
      flush();
      if (pending.length === 0) throw new Error('[crisp-fake] executeLoader(): no l.js request is pending');
      for (const script of [...pending]) serve(script, true);
      await settled();
    },
    async startClient() {
      if (page.startClients() === 0) {
        throw new Error('[crisp-fake] startClient(): no client.js is held (use holdClient or executeLoader())');
      }
      await settled();
    },
    async releaseInit() {
      if (!page.releaseInit()) throw new Error('[crisp-fake] releaseInit(): init is not held (use holdInit)');
      await settled();
    },
    navigate(next = options) {
      uninstall(true);
      return installFakeCrisp(next);
    },
    idle() {
      const ran = idleCallbacks.runPending();
      flush();
      return ran;
    },
    interact(type = 'pointerdown', target) {
      dispatchInteraction(win, type, target);
      flush();
    },
    fail() {
      flush();
      for (const script of [...pending]) if (take(script)) dispatch(script, 'error');
    },
    async becomeReady() {
      page.becomeReady();
      await settled();
    },
    setBehavior(behavior) {
      page.behavior = behavior;
    },
    emit(event, payload) {
      runtime.emit(event, payload);
    },
    receiveMessage(text) {
      runtime.receiveMessage(text);
    },
    callTool: (name, args = {}) => runtime.callTool(name, args),
    setAvailability(available) {
      runtime.setAvailability(available);
    },
    settled,
    uninstall: () => uninstall(false),
  };
  function uninstall(keepStorage: boolean) {
    {
      if (!installed) return;
      installed = false;
      observer.disconnect();
      page.dispose();
      for (const script of seen.splice(0)) script.remove();
      pending.length = 0;
      timers.clear();
      idleCallbacks.restore();
      deleteCrispGlobals(win);
      if (!keepStorage) forgetSessions(win);
      // The kit's page registry, on both the window and the realm running the tests; never a
      // throwing `delete`, whatever defined them.
      forgetGlobal(globalThis as unknown as Record<PropertyKey, unknown>, KIT_REGISTRY_KEY);
      forgetGlobal(bagOf(win), KIT_REGISTRY_KEY);
      if ((win as WithActive)[ACTIVE] === fake) forgetGlobal(bagOf(win), ACTIVE);
    }
  }
  (win as WithActive)[ACTIVE] = fake;
  return fake;
}
