// The fake `client.js`: the live `$crisp` object, init from the globals and the original array,
// the session, and the controls a test uses to play Crisp's side of the conversation.
import { applyDo, closeChat, openChat, sendUserMessage } from './actions';
import type { ClientContext } from './context';
import { createEventRegistry } from './events';
import { readGet, readIs } from './getters';
import {
  EMPTY_GLOBALS,
  type GlobalsCopy,
  type InitConfig,
  bagOf,
  copyGlobals,
  copyOfInit,
  localeOf,
  sessionIdFor,
} from './globals';
import { CONFIG_KEYS, HELP_TEXT, isKnownEvent, noSuchNamespace, phoneBacktracking } from './protocol';
import { CommandRefused, refuse } from './refusal';
import type { Scheduler } from './scheduler';
import { applySet } from './setters';
import { forgetSession, rememberSession, storedSession } from './storage';
import { type MutableState, clearSession, copy, createState, snapshot } from './state';
import type {
  FakeCommand,
  FakeError,
  FakeGlobals,
  FakeHandler,
  FakeLive,
  FakeMessage,
  FakeSessionRecord,
  FakeSessionState,
  FakeToolAnswer,
  FakeVisitor,
} from './types';

import { callTool, isToolEvent } from './tools';
export const DEFAULT_AUTO_REPLY = 'Thanks! An operator will answer shortly.';

export interface RuntimeOptions {
  /** The first session's id (later sessions follow the token rule). */
  sessionId?: string;
  websiteAvailable: boolean;
  autoReply: { text: string; delayMs: number } | null;
  /** Take `hugo:tool:` handlers, as newer clients do (false: refuse them, as v2.7.0). */
  widgetTools: boolean;
}

export interface ClientRuntime {
  readonly live: FakeLive | null;
  readonly initialised: boolean;
  /** The client's pending list: the array it copied, then every push, until the session loads. */
  readonly waiting: readonly unknown[];
  readonly commands: readonly FakeCommand[];
  readonly errors: readonly FakeError[];
  readonly handlers: ReadonlyMap<string, FakeHandler>;
  readonly registrations: number;
  readonly globalsAtInit: FakeGlobals;
  readonly lost: readonly unknown[];
  /** Paths Crisp's phone pattern would have walked on the phone values it refused. */
  readonly phoneBacktracking: number;
  readonly session: FakeSessionState;
  readonly sessions: readonly FakeSessionRecord[];
  readonly visitor: FakeVisitor;
  /**
   * An `l.js` executed (before or after the client is live): the `$crisp` array it found is one
   * the page meant for Crisp; if the page replaces it before the client takes the queue, its
   * commands are lost.
   */
  loaderSawQueue(): void;
  /**
   * Step 1: `l.js` executed and copied the globals. Until the client's init, `globalsAtInit`
   * shows the first copy taken.
   */
  loaderCopied(copy: GlobalsCopy, urlWebsiteId: string | undefined): void;
  /**
   * Step 2: a `client.js` ran: a new live object copies the `$crisp` array (once) into its pending
   * list and replaces `window.$crisp`, whatever it was (a second client replaces the first).
   */
  goLive(): void;
  /**
   * Step 3: a loader called `__init` on `live` with its copy. The first call on a live object
   * starts its client; later calls on it are ignored. A call on another live object (Crisp's
   * snippet run again on a live page injected a second client.js) starts that second client with
   * this copy: the fake follows it from then on, with a new session.
   */
  init(copy: GlobalsCopy, live: FakeLive): void;
  /**
   * Step 4: the session exists (restored from Crisp's cookie or new): `CRISP_READY_TRIGGER`, the
   * pending list in order, then `session:loaded`. No-op while ready is held.
   */
  establishSession(): void;
  /** `never-ready`: hold every session until `releaseReady()`. */
  holdReady(): void;
  /** Lift the hold; returns whether a session should now be established. */
  releaseReady(): boolean;
  emit(event: string, payload?: unknown): void;
  receiveMessage(text: string): void;
  setAvailability(available: boolean): void;
  /** Plays Hugo: calls the page's handler for a Widget Tool and resolves with its answer. */
  callTool(name: string, args: Record<string, unknown>): Promise<FakeToolAnswer>;
  /** For the widget: called after anything that may change what it shows. */
  subscribe(listener: () => void): () => void;
}

export function createRuntime(win: Window, scheduler: Scheduler, options: RuntimeOptions): ClientRuntime {
  const state = createState(options.websiteAvailable);
  const commands: FakeCommand[] = [];
  const errors: FakeError[] = [];
  const listeners = new Set<() => void>();
  /** Each live object's `__spool`: its pending list, deleted once the session ran it. */
  const spools = new WeakMap<object, Spool>();
  /** Every live object a `client.js` made, oldest first; the last one is `window.$crisp` as the client set it. */
  const lives: FakeLive[] = [];
  /** The arrays a client copied, with their length then: what lands on them later is lost. */
  const copied: { array: unknown[]; length: number }[] = [];
  /** The live object handed to init (`window.$crisp` at that moment): its pending list runs at session load. */
  let started: FakeLive | null = null;
  let initialised = false;
  let readyHeld = false;
  let sessions = 0;
  let globals: FakeGlobals = EMPTY_GLOBALS;
  let readyTrigger: ((this: Window) => void) | undefined;
  /** The website id in the loader's own URL (`/l/<id>.js`), used whenever the global is unset. */
  let urlWebsiteId: string | undefined;
  let current: FakeCommand | undefined;
  let fingerprint = 0;
  /** `$crisp` arrays an `l.js` execution found, in order, without repeats. */
  const seenQueues: unknown[][] = [];
  /** One per session: opened at init and by each reset, closed (its state kept) by the next reset. */
  const records: SessionRecord[] = [];

  const openRecord = (startedBy: FakeSessionRecord['startedBy']) => {
    records.push({
      index: records.length + 1,
      startedBy,
      sessionId: null,
      tokenId: globals.tokenId,
      locale: localeOf(globals),
      commands: [],
      end: null,
    });
  };
  let phonePaths = 0;

  const notify = () => {
    for (const listener of [...listeners]) listener();
  };

  /** A direct call (`get`, `is`) the client does not know: logged, nothing thrown. */
  const refuseCall = (message: string) => {
    errors.push({ kind: 'command', message });
    if (!state.safe) console.error(`[Crisp] ${message}`);
  };

  const events = createEventRegistry(
    win,
    (event, error) => {
      // The real client swallows it; the fake keeps it where a test can look.
      errors.push({ kind: 'handler', message: `the "${event}" handler threw`, error });
    },
    options.widgetTools,
  );

  const adoptCopy = (copy: GlobalsCopy) => {
    globals = copy.view;
    readyTrigger = copy.readyTrigger;
  };

  /** A refused command: recorded, and logged like the real client does (unless safe). */
  const recordRefusal = (error: unknown, command?: FakeCommand) => {
    const message = error instanceof Error ? error.message : String(error);
    errors.push({ kind: 'command', message, ...(command ? { command } : {}), error });
    if (!state.safe) console.error(`[Crisp] ${message}`);
  };

  const ctx: ClientContext = {
    state,
    initialised: () => initialised,
    fire: (event, payload) => events.fire(event, payload),
    refuse: refuseCall,
    addMessage(from, type, content, origin = 'chat') {
      const message: FakeMessage = {
        type,
        from,
        origin,
        content: copy(content),
        timestamp: Date.now(),
        // Crisp fingerprints are large integers unique per message.
        fingerprint: Date.now() * 1000 + (fingerprint++ % 1000),
      };
      state.messages.push(message);
      return message;
    },
    resetSession() {
      const ending = records[records.length - 1];
      if (ending) ending.end = heldBy(state);
      // A reset run by the client expires the stored session at once (and the token's entry).
      forgetSession(win, globals);
      clearSession(state);
      // Until the next session loads, pushes wait again.
      const spool = started ? spools.get(started) : undefined;
      if (spool && !spool.pending_actions) spool.pending_actions = [];
      // The reset re-runs the loader's init: the only moment after l.js executed when the globals
      // are read again (token, locale, runtime config, ready trigger).
      adoptCopy(copyGlobals(win, globals.readCount + 1, 'session:reset', urlWebsiteId));
      openRecord('session:reset');
      scheduler.after(0, () => runtime.establishSession());
    },
    phoneRefused(value) {
      phonePaths += phoneBacktracking(value);
    },
    userMessageSent(message) {
      const reply = options.autoReply;
      if (!reply || message.type !== 'text') return;
      const session = state.sessionId;
      scheduler.after(reply.delayMs, () => {
        if (state.sessionId === session && session !== null) runtime.receiveMessage(reply.text);
      });
    },
  };

  /** No args is `[]` (`["do", "chat:open"]`); a value that is not an array is wrapped into one. */
  const argsOf = (command: readonly unknown[]): readonly unknown[] => {
    const args = command[2];
    if (args === undefined) return [];
    return Array.isArray(args) ? args : [args];
  };

  /** One command, as the client processes it; a refusal throws out of here. */
  const process = (command: readonly unknown[]): void => {
    const [verb, name] = command;
    switch (verb) {
      case 'set':
        return applySet(ctx, name, argsOf(command));
      case 'do':
        return applyDo(ctx, name, argsOf(command));
      case 'config': {
        const args = argsOf(command);
        if (typeof name !== 'string' || !CONFIG_KEYS.has(name)) refuse(noSuchNamespace(name));
        state.config[name] = copy(args[0]);
        return;
      }
      case 'on': {
        const handler = command[2];
        if (!isKnownEvent(name) && !(options.widgetTools && isToolEvent(name))) refuse(noSuchNamespace(name));
        if (typeof handler !== 'function') refuse('Handler must be a function');
        return events.on(name, handler as FakeHandler);
      }
      case 'off':
        return events.off(name);
      case 'safe':
        state.safe = command.length < 2 || name !== false;
        return;
      default:
      // An unknown verb is ignored, silently.
    }
  };

  /**
   * One command, as the client runs it: a refused one is lost (nothing of it applies), the fake
   * records the error, and returns it. While the client runs its startup queue the error is
   * swallowed and the next command runs; pushed to the live object, it is thrown into the caller.
   */
  const execute = (command: readonly unknown[]): unknown => {
    current = copy(command) as unknown as FakeCommand;
    commands.push(current);
    // Pushed before it runs: a `session:reset` is the last command of the session it ends.
    records[records.length - 1]?.commands.push(current);
    try {
      process(command);
      return undefined;
    } catch (error) {
      recordRefusal(error, current);
      return error;
    } finally {
      current = undefined;
      notify();
    }
  };

  /**
   * A push on the live object. Before init it waits its turn after the original array; after init
   * it runs at once, and a refusal throws Crisp's error into the caller unless safe mode is on
   * (recorded either way, so a wrapper that catches the throw is caught by `errors` as well).
   */
  const push = (command: unknown): void => {
    // Whichever live object is pushed on, the command joins the pending list of the one that is
    // `window.$crisp` now, as long as it has one (its session has not loaded).
    const pending = pendingOf(bagOf(win).$crisp);
    if (pending) {
      pending.push(command);
      return;
    }
    if (!Array.isArray(command)) {
      recordRefusal(new CommandRefused('push: a command must be an array'));
      return;
    }
    const error = execute(command);
    // Safe mode stops the client rethrowing its errors.
    if (error !== undefined && !state.safe) throw error;
  };

  /** Commands from the array and the buffer run inside init: a bad one is lost, the rest still run. */
  const executeQueued = (command: unknown): void => {
    if (Array.isArray(command)) execute(command);
    else recordRefusal(new CommandRefused('init: a queued command must be an array'));
  };

  const tuple = (verb: string, name: unknown, args: unknown): unknown[] =>
    args === undefined ? [verb, name] : [verb, name, args];

  // Read through the property, as Crisp does (`window.$crisp.__spool.pending_actions`): an object
  // that inherits from a live object (the kit's, until init) shares its pending list.
  const pendingOf = (value: unknown): unknown[] | undefined =>
    value !== null && typeof value === 'object' ? (value as { __spool?: Spool }).__spool?.pending_actions : undefined;

  const createLive = (): FakeLive => ({
    push: (command) => push(command),
    get: (key, arg) => readGet(ctx, key, arg),
    is: (key) => readIs(ctx, key),
    set: (key, args) => push(tuple('set', key, args)),
    do: (action, args) => push(tuple('do', action, args)),
    config: (key, args) => push(tuple('config', key, args)),
    on: (event, handler) => push(['on', event, handler]),
    off: (event) => push(['off', event]),
    safe: (enabled) => push(enabled === undefined ? ['safe'] : ['safe', enabled]),
    help: () => console.info(HELP_TEXT),
  });

  const requireSession = (control: string) => {
    if (state.sessionId === null) {
      throw new Error(`[crisp-fake] ${control}: there is no Crisp session yet (await fake.settled() after load)`);
    }
  };

  const visitor: FakeVisitor = {
    open() {
      requireSession('visitor.open');
      openChat(ctx);
      notify();
    },
    close() {
      requireSession('visitor.close');
      closeChat(ctx);
      notify();
    },
    toggle() {
      requireSession('visitor.toggle');
      (state.chatOpened ? closeChat : openChat)(ctx);
      notify();
    },
    send(text) {
      requireSession('visitor.send');
      sendUserMessage(ctx, 'text', text);
      notify();
    },
    update(field, value) {
      requireSession('visitor.update');
      state.user[field] = value;
      events.fire(`user:${field}:changed`, value);
      notify();
    },
  };

  const runtime: ClientRuntime = {
    get live() {
      return lives[lives.length - 1] ?? null;
    },
    get initialised() {
      return initialised;
    },
    get waiting() {
      return (pendingOf(bagOf(win).$crisp) ?? []).map(copy);
    },
    get commands() {
      return [...commands];
    },
    get errors() {
      return [...errors];
    },
    get handlers() {
      return events.handlers;
    },
    get registrations() {
      return events.registrations;
    },
    get globalsAtInit() {
      return globals;
    },
    get lost() {
      const page = bagOf(win).$crisp;
      const lost: unknown[] = [];
      // Landed on an array after a client copied it.
      for (const { array, length } of copied) lost.push(...array.slice(length));
      // The copies of live objects another client replaced: nobody runs them.
      for (const replaced of lives)
        if (replaced !== started && pendingOf(replaced) !== pendingOf(page)) lost.push(...(pendingOf(replaced) ?? []));
      // Arrays an l.js saw that no client copied and that are not waiting to be copied.
      const copiedArrays = copied.map((entry) => entry.array);
      for (const seen of seenQueues)
        if (!copiedArrays.includes(seen) && (lives.length > 0 || seen !== page)) lost.push(...seen);
      // An array that replaced the live object: the client never looks at it.
      if (lives.length > 0 && Array.isArray(page) && !copiedArrays.includes(page) && !seenQueues.includes(page))
        lost.push(...page);
      return copy(lost);
    },
    get phoneBacktracking() {
      return phonePaths;
    },
    get session() {
      return snapshot(state);
    },
    get sessions() {
      return records.map((record, i): FakeSessionRecord => {
        const { end, ...rest } = record;
        const current = i === records.length - 1;
        return copy({ ...rest, commands: [...record.commands], ...(end ?? heldBy(state)), current });
      });
    },
    loaderSawQueue() {
      const found = bagOf(win).$crisp;
      if (Array.isArray(found) && !seenQueues.includes(found)) seenQueues.push(found);
    },
    visitor,
    loaderCopied(copy, websiteIdInUrl) {
      if (globals.readCount > 0) return;
      urlWebsiteId = websiteIdInUrl;
      adoptCopy(copy);
    },
    goLive() {
      const bag = bagOf(win);
      const found = bag.$crisp;
      // Copied once, now: the client never reads that array again.
      const pending = Array.isArray(found) ? [...(found as unknown[])] : [];
      if (Array.isArray(found)) copied.push({ array: found as unknown[], length: found.length });
      const live = createLive();
      spools.set(live, { pending_actions: pending });
      // Like Crisp's, the internals are there but not enumerable; `__init` is what the loader calls.
      Object.defineProperty(live, '__spool', { value: spools.get(live), enumerable: false });
      Object.defineProperty(live, '__init', {
        value: (config: InitConfig) => runtime.init(copyOfInit(config), live),
        enumerable: false,
      });
      lives.push(live);
      bag.$crisp = live;
      notify();
    },
    init(loaderCopy, live) {
      if (live === started) return;
      if (initialised) {
        // A second client starts: what the first one held is not this one's.
        const ending = records[records.length - 1];
        if (ending) ending.end = heldBy(state);
        clearSession(state);
      }
      started = live;
      // The loader hands over the copy it took when it executed; it does not read the window again.
      adoptCopy(loaderCopy);
      initialised = true;
      openRecord('l.js');
      notify();
    },
    establishSession() {
      if (!initialised || readyHeld || state.sessionId !== null) return;
      // The session the cookie names (the token's entry for a token), else a new one.
      const id =
        storedSession(win, globals) ??
        (sessions === 0 && options.sessionId !== undefined
          ? options.sessionId
          : sessionIdFor(globals.tokenId, () => `session_${sessions + 1}_${randomHex()}`));
      sessions++;
      state.sessionId = id;
      const record = records[records.length - 1];
      if (record) record.sessionId = id;
      // Crisp writes its cookies once the session exists.
      rememberSession(win, globals, id);
      if (readyTrigger) {
        try {
          readyTrigger.call(win);
        } catch (error) {
          errors.push({ kind: 'ready-trigger', message: 'CRISP_READY_TRIGGER threw', error });
        }
      }
      // Then the pending list, in order, each command on its own (a refused one is lost), and only
      // then `session:loaded`. A `session:reset` in it ends this session and starts the next.
      const spool = started ? spools.get(started) : undefined;
      const pending = spool?.pending_actions ?? [];
      if (spool) delete spool.pending_actions;
      const loaded = id;
      for (const command of pending) executeQueued(command);
      if (state.sessionId === loaded) events.fire('session:loaded', id);
      notify();
    },
    holdReady() {
      readyHeld = true;
    },
    releaseReady() {
      readyHeld = false;
      return initialised && state.sessionId === null;
    },
    emit(event, payload) {
      events.fire(event, payload);
      notify();
    },
    callTool: (name, args) => callTool(win, events.handlers, name, args),
    receiveMessage(text) {
      requireSession('receiveMessage');
      const message = ctx.addMessage('operator', 'text', text);
      if (!state.chatOpened) state.unreadCount++;
      events.fire('message:received', message);
      notify();
    },
    setAvailability(available) {
      state.websiteAvailable = available;
      events.fire('website:availability:changed', available);
      notify();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return runtime;
}

function randomHex(): string {
  return Math.floor(Math.random() * 0xffffffff)
    .toString(16)
    .padStart(8, '0');
}

interface Spool {
  pending_actions?: unknown[];
}

interface SessionRecord {
  index: number;
  startedBy: FakeSessionRecord['startedBy'];
  sessionId: string | null;
  tokenId: FakeSessionRecord['tokenId'];
  locale: string | undefined;
  commands: FakeCommand[];
  /** What the session held when a reset ended it; null while it is current. */
  end: Held | null;
}

type Held = Pick<FakeSessionRecord, 'user' | 'data' | 'segments'>;

function heldBy(state: MutableState): Held {
  return copy({ user: state.user, data: state.data, segments: state.segments });
}
