// The fake `l.js` for one page: what happens when it executes, step by step, each step in its own
// macrotask so code under test sees the in-between states.
import { type GlobalsCopy, type InitConfig, bagOf, copyGlobals, initConfigOf, websiteIdFromUrl } from './globals';
import { fetchClientAssets } from './fetch-assets';
import { injectClientElements } from './inject';
import { type ClientRuntime, DEFAULT_AUTO_REPLY, createRuntime } from './runtime';
import { type Scheduler, createScheduler } from './scheduler';
import type { FakeBehavior, FakeCrispOptions } from './types';
import { mountWidget } from './ui';

export interface PageOptions {
  behavior: FakeBehavior;
  sessionId?: string;
  websiteAvailable: boolean;
  ui: boolean;
  autoReply: FakeCrispOptions['autoReply'];
  /** Time between `l.js` executing and `client.js` running (its download). */
  clientDelayMs: number;
  /** Hold every `client.js` until `startClients()`. */
  holdClient: boolean;
  /** Hold the loader's call of `__init` (its stylesheet has not arrived) until `releaseInit()`. */
  holdInit?: boolean;
  /** Request the real `client.js` and stylesheet URLs (see fetch-assets.ts) instead of inert stand-ins. */
  fetchAssets?: boolean;
  /** Take `hugo:tool:` handlers (newer clients); false refuses them as v2.7.0 does. */
  widgetTools?: boolean;
}

export interface FakePage {
  readonly runtime: ClientRuntime;
  readonly scheduler: Scheduler;
  readonly executions: number;
  readonly clientInjections: number;
  /** `client.js` downloads held back (by `holdClient` or `execute(url, true)`). */
  readonly heldClients: number;
  behavior: FakeBehavior;
  /**
   * Step 1: `l.js` executes (the caller or the browser fires the tag's `load` afterwards). `url` is
   * the script's own URL (the website id may be in it); `hold` keeps its `client.js` back.
   */
  execute(url: string | null, hold?: boolean): void;
  /** Let every held `client.js` arrive (after `clientDelayMs`); returns how many there were. */
  startClients(): number;
  /** Let the loaders call `__init` from now on (their stylesheet arrived); false if it was not held. */
  releaseInit(): boolean;
  /** `never-ready`: let the session be established, now and after later resets. */
  becomeReady(): void;
  /** Remove what the fake added to the page and cancel every scheduled step. */
  dispose(): void;
}

const AUTO_REPLY_DELAY_MS = 1200;

export function createPage(win: Window, options: PageOptions): FakePage {
  const scheduler = createScheduler(win, (error) => console.error('[crisp-fake] a step failed', error));
  const reply = options.autoReply ?? options.ui;
  const runtime = createRuntime(win, scheduler, {
    ...(options.sessionId !== undefined ? { sessionId: options.sessionId } : {}),
    websiteAvailable: options.websiteAvailable,
    autoReply: reply
      ? {
          text: (typeof reply === 'object' && reply.text) || DEFAULT_AUTO_REPLY,
          delayMs: (typeof reply === 'object' && reply.delayMs) || AUTO_REPLY_DELAY_MS,
        }
      : null,
    widgetTools: options.widgetTools ?? true,
  });
  const injected: Element[] = [];
  const held: (() => void)[] = [];
  const unmount = options.ui ? mountWidget(win, runtime) : () => undefined;
  let executions = 0;
  let clientInjections = 0;

  let initHeld = options.holdInit ?? false;
  const hasInit = () => {
    const crisp = bagOf(win).$crisp as { __init?: unknown } | undefined;
    return !!crisp && typeof crisp.__init === 'function';
  };
  /** The copy of every loader that has not called `__init` yet, in execution order. */
  const waitingInits: GlobalsCopy[] = [];

  /**
   * Step 3: each loader, once its stylesheet is there, calls `window.$crisp.__init` (read fresh)
   * with its own copy; the client takes the first call. Then the session is requested (step 4).
   */
  const callInits = () => {
    if (initHeld || !hasInit()) return;
    for (const copy of waitingInits.splice(0))
      scheduler.after(0, () => {
        // Read at the call, like the loader's poll: a client.js that ran meanwhile replaced it.
        const crisp = bagOf(win).$crisp as { __init?: (config: InitConfig) => void } | undefined;
        if (!crisp || typeof crisp.__init !== 'function') return void waitingInits.push(copy);
        crisp.__init(initConfigOf(copy));
        scheduler.after(0, () => runtime.establishSession());
      });
  };

  /** Step 2: a `client.js` arrived: a new live object replaces `window.$crisp`, whatever it was. */
  const clientRuns = () => {
    runtime.goLive();
    callInits();
  };

  const page: FakePage = {
    runtime,
    scheduler,
    behavior: options.behavior,
    get executions() {
      return executions;
    },
    get clientInjections() {
      return clientInjections;
    },
    get heldClients() {
      return held.length;
    },
    execute(url, hold = options.holdClient) {
      executions++;
      // Bots, audit tools, narrow windows, no cookies: the real l.js just stops, with no signal.
      if (page.behavior === 'silent' || page.behavior === 'blocked') return;
      runtime.loaderSawQueue();
      // The loader copies every global now, synchronously; the client's init gets this copy, so
      // whatever the page writes from here until the client is live is ignored.
      const copy = copyGlobals(win, 1, 'l.js', websiteIdFromUrl(url));
      runtime.loaderCopied(copy, websiteIdFromUrl(url));
      if (page.behavior === 'never-ready') runtime.holdReady();
      waitingInits.push(copy);
      // A live object with `__init` already there: this l.js injects nothing and only calls
      // `__init` (ignored by a started client). Otherwise it injects its own client.js, even when
      // another l.js already did (two client.js, the second replacing the first's live object).
      if (hasInit()) {
        callInits();
        return;
      }
      clientInjections++;
      const arrive = () => {
        if (hold) held.push(clientRuns);
        else scheduler.after(options.clientDelayMs, clientRuns);
      };
      if (options.fetchAssets) injected.push(...fetchClientAssets(win, url, copy.view.includeAttrs, arrive));
      else {
        injected.push(...injectClientElements(win, copy.view.includeAttrs));
        arrive();
      }
    },
    releaseInit() {
      if (!initHeld) return false;
      initHeld = false;
      callInits();
      return true;
    },
    startClients() {
      const started = held.splice(0);
      for (const run of started) scheduler.after(options.clientDelayMs, run);
      return started.length;
    },
    becomeReady() {
      if (runtime.releaseReady()) scheduler.after(0, () => runtime.establishSession());
    },
    dispose() {
      scheduler.cancelAll();
      held.length = 0;
      unmount();
      for (const element of injected.splice(0)) element.remove();
    },
  };
  return page;
}
