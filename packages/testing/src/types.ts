// The public types of the fake: options, the controller a test drives, and the state it shows.

/** How the fake `l.js` behaves once served. */

export type FakeBehavior =
  /** Loads, injects the client, runs the queue, establishes a session. */
  | 'ok'
  /** The request fails (an ad blocker): `error` fires on the tag, `$crisp` stays the same array. */
  | 'blocked'
  /** `l.js` and the client load and run the queue, but no session is ever established. */
  | 'never-ready'
  /** `l.js` loads and does nothing at all, as for a bot, a narrow window or disabled cookies. */
  | 'silent';

export interface FakeCrispOptions {
  /** The window to fake Crisp in. Default: `globalThis.window`. */
  window?: Window & typeof globalThis;
  /**
   * Which `<script>` src counts as `l.js`. Default: `DEFAULT_SCRIPT_MATCH`, which matches both
   * `…/l.js` and `…/l/<website-id>.js`.
   */
  scriptMatch?: RegExp;
  /** `'auto'` (default): serve a noticed `l.js` after `delayMs`; `'manual'`: wait for `load()` / `fail()`. */
  mode?: 'auto' | 'manual';
  /** Network delay before a noticed `l.js` is served in `'auto'` mode. Default 0. */
  delayMs?: number;
  /** Time `client.js` takes to "download" after `l.js` executed. Default 0. */
  clientDelayMs?: number;
  /**
   * Hold every `client.js` after its `l.js` executed, until `startClient()`: the window where
   * `l.js` has taken its copy of the globals but `$crisp` is not live yet. Default false.
   */
  holdClient?: boolean;
  /**
   * Hold the loader's call of `window.$crisp.__init` (Crisp's loader waits for the widget
   * stylesheet) until `releaseInit()`: the window where `$crisp` is live but the client has not
   * started, and every push waits in its pending list. Default false.
   */
  holdInit?: boolean;
  /**
   * Whether the fake provides `requestIdleCallback` / `cancelIdleCallback` on the window and
   * decides when they run (`idle()`, `settled()`, or their `timeout`). Default: only when the
   * window has no `requestIdleCallback` property of its own (jsdom has none; a stub a test put
   * there first, even `undefined`, is left alone). `true` takes over anyway; `false` never does.
   */
  idleCallbacks?: boolean;
  /** Default `'ok'`. */
  behavior?: FakeBehavior;
  /**
   * The first session's id. Default: `'session_tok_<token>'` when `CRISP_TOKEN_ID` is set (stable
   * per token, as Crisp restores the same conversation), else a fresh `'session_<n>_<random>'`.
   */
  sessionId?: string;
  /** What `is('website:available')` answers. Default true. */
  websiteAvailable?: boolean;
  /** Draw a small chat widget in the page. Default false (true in the browser build). */
  ui?: boolean;
  /**
   * Answer every visitor message with an operator message after a short delay.
   * Default: the value of `ui`. `true` uses the default text and a 1200 ms delay.
   */
  autoReply?: boolean | { text?: string; delayMs?: number };
  /**
   * Take Widget Tool handlers (`on hugo:tool:<name>`), as Crisp's newer clients do. Default true;
   * `false` refuses them with "No such namespace", as v2.7.0 does.
   */
  widgetTools?: boolean;
}

/** A command as the live client executed it: the pushed array, deep-copied (`on` keeps its function). */
export type FakeCommand = readonly [verb: string, name?: unknown, args?: unknown];

/** What Hugo receives from a Widget Tool call: the handler's value, or the message of its error. */
export type FakeToolAnswer =
  { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: string };

/** A Crisp event handler, as registered with `on`. */
export type FakeHandler = (payload?: unknown) => void;

/** The live `window.$crisp` object that the fake `client.js` installs. */
export interface FakeLive {
  push(command: readonly unknown[]): void;
  get(key: string, arg?: unknown): unknown;
  set(key: string, args?: readonly unknown[]): void;
  is(key: string): boolean;
  on(event: string, handler: FakeHandler): void;
  off(event: string): void;
  do(action: string, args?: readonly unknown[]): void;
  config(key: string, args?: readonly unknown[]): void;
  safe(enabled?: boolean): void;
  help(): void;
}

export type FakeMessageType = 'text' | 'file' | 'animation' | 'audio' | 'picker' | 'field' | 'carousel';

/** A message as Crisp hands it to `message:sent` / `message:received` handlers. */
export interface FakeMessage {
  readonly type: FakeMessageType;
  readonly from: 'user' | 'operator';
  /** `'chat'` for messages of the conversation, `'local'` for `message:show`. */
  readonly origin: string;
  readonly content: unknown;
  readonly timestamp: number;
  readonly fingerprint: number;
}

export interface FakeCompany {
  readonly name: string;
  readonly url?: string;
  readonly description?: string;
  readonly employment?: readonly string[];
  readonly geolocation?: readonly string[];
}

export interface FakeUser {
  readonly email: string | null;
  readonly signature: string | null;
  readonly phone: string | null;
  readonly nickname: string | null;
  readonly avatar: string | null;
  readonly company: FakeCompany | null;
}

export type FakePrimitive = string | number | boolean;

export interface FakeSessionEvent {
  readonly name: string;
  readonly data?: Readonly<Record<string, unknown>>;
  readonly color?: string;
}

/** A snapshot of what the client holds. Every read of `fake.session` is a fresh copy. */
export interface FakeSessionState {
  readonly sessionId: string | null;
  readonly user: FakeUser;
  readonly data: Readonly<Record<string, FakePrimitive>>;
  readonly segments: readonly string[];
  readonly events: readonly FakeSessionEvent[];
  readonly chatOpened: boolean;
  readonly chatVisible: boolean;
  readonly unreadCount: number;
  readonly messages: readonly FakeMessage[];
  readonly composerText: string;
  readonly safe: boolean;
  readonly config: Readonly<Record<string, unknown>>;
  readonly websiteAvailable: boolean;
}

/**
 * One Crisp session as the client ran it, from its start (the client's init, or a `session:reset`)
 * to the reset that ended it: what it received, so a test can prove that nothing of one visitor
 * reached the next visitor's session.
 */
export interface FakeSessionRecord {
  /** 1 for the session the client started with, +1 per `session:reset`. */
  readonly index: number;
  /** `'l.js'`: the client's init, with the copy `l.js` took; `'session:reset'`: a reset's fresh copy. */
  readonly startedBy: 'l.js' | 'session:reset';
  /** Its id once established; null before, and for good when a reset came first. */
  readonly sessionId: string | null;
  /** `CRISP_TOKEN_ID` as read at its start (the copy in use). */
  readonly tokenId: string | number | null | undefined;
  /** `CRISP_RUNTIME_CONFIG.locale` as read at its start. */
  readonly locale: string | undefined;
  /**
   * Every command the client processed while this session was current, in order, refused ones
   * included (they reached Crisp); the `session:reset` that ended it is its last command.
   */
  readonly commands: readonly FakeCommand[];
  /** The user fields, data and segments it held at its end (now, for the current session). */
  readonly user: FakeUser;
  readonly data: Readonly<Record<string, FakePrimitive>>;
  readonly segments: readonly string[];
  /** Whether it is the client's current session (the last record). */
  readonly current: boolean;
}

/**
 * The `CRISP_*` globals the client runs with: the copy `l.js` took synchronously when it
 * executed (the client's init uses it unchanged, whatever the page wrote in between), then the
 * fresh copy each `session:reset` takes.
 */
export interface FakeGlobals {
  /** 0 before `l.js` executed, 1 once it took its copy, +1 per `session:reset`. */
  readonly readCount: number;
  /** When the current copy was taken: `'l.js'` (its execution), `'session:reset'`, or null (not yet). */
  readonly readAt: 'l.js' | 'session:reset' | null;
  readonly websiteId: string | undefined;
  readonly tokenId: string | number | null | undefined;
  readonly runtimeConfig: Readonly<Record<string, unknown>> | undefined;
  readonly cookieDomain: string | undefined;
  readonly cookieExpire: number | undefined;
  readonly includeAttrs: Readonly<Record<string, string>> | undefined;
}

/** Something the real client would have logged or swallowed. */
export interface FakeError {
  /** `command`: refused (unknown verb/key/action, invalid value); `handler`/`ready-trigger`: threw and was swallowed. */
  readonly kind: 'command' | 'handler' | 'ready-trigger';
  readonly message: string;
  readonly command?: FakeCommand;
  readonly error?: unknown;
}

/** What the visitor can do in the widget: these fire events but are not commands. */
export interface FakeVisitor {
  open(): void;
  close(): void;
  toggle(): void;
  /** Send a text message from the chatbox (fires `message:sent`). */
  send(text: string): void;
  /** Edit a profile field in the chatbox (fires `user:<field>:changed`). */
  update(field: 'email' | 'phone' | 'nickname' | 'avatar', value: string): void;
}

export interface FakeCrisp {
  /** `l.js` tags noticed (each one is one request). */
  readonly requests: number;
  /** Times an `l.js` executed (served and not blocked). */
  readonly executions: number;
  /** `client.js` injections. Two `l.js` executed before the client went live inject twice. */
  readonly clientInjections: number;
  /** Every command the live client executed, in order. Not `get`/`is` calls. */
  readonly commands: readonly FakeCommand[];
  /** The handler registered per event (Crisp keeps one per event). */
  readonly handlers: ReadonlyMap<string, FakeHandler>;
  /** Total `on` commands executed. */
  readonly registrations: number;
  /** The live `$crisp` object, once `client.js` ran. */
  readonly live: FakeLive | null;
  readonly globalsAtInit: FakeGlobals;
  readonly session: FakeSessionState;
  /**
   * Every session the client ran, oldest first, the current one last; empty before the client's
   * init. `commands` is the concatenation of their `commands`.
   */
  readonly sessions: readonly FakeSessionRecord[];
  /** Commands refused and handler errors swallowed, which the real client would log or hide. */
  readonly errors: readonly FakeError[];
  /**
   * Items on a `$crisp` array that the client will never run: pushed onto the original array after
   * the client executed it; left on an array `l.js` saw that the page then replaced (Crisp's
   * snippet runs `window.$crisp = []`) before the client took the queue; on an array that
   * replaced the live object (nothing reads it any more).
   */
  readonly lost: readonly unknown[];
  /**
   * Commands pushed on the live `$crisp` before the client's init: they wait, and run after the
   * original array (so they cannot be taken back any more, but have not run yet either).
   */
  readonly waiting: readonly unknown[];
  /**
   * The paths Crisp's own phone check would have walked on the phone values it refused: each run
   * of n digits counts 2^(n-1) (the check backtracks through every way to split it), so a long run
   * then a letter shows here. The fake counts it and does not spend it.
   */
  readonly phoneBacktracking: number;
  /** `phoneBacktracking` as main-thread time, from the measured rate (2^25 paths took about 1.4 s). */
  readonly phoneFreezeMs: number;
  /** The visitor's own actions in the widget. */
  readonly visitor: FakeVisitor;
  /** Idle callbacks the page registered that have not run yet (with the `timeout` they asked for). */
  readonly idleCallbacks: readonly FakeIdleCallback[];
  /** Serve every pending `l.js` now; resolves once the resulting steps have run. */
  load(): Promise<void>;
  /**
   * Serve every pending `l.js` but hold its `client.js`: `l.js` executes (takes its copy of the
   * globals, injects, fires `load` on its tag) and `$crisp` stays the array until `startClient()`.
   * Resolves once the page's reactions have settled. Throws if no `l.js` request is pending.
   */
  executeLoader(): Promise<void>;
  /**
   * Let the held `client.js` run: it goes live (copying the array), inits with the copy `l.js`
   * took, establishes the session and runs its pending list. Resolves once settled. Throws if no client is held.
   */
  startClient(): Promise<void>;
  /** Let the loaders call `__init` (held by `holdInit`); resolves once settled. Throws if init was not held. */
  releaseInit(): Promise<void>;
  /**
   * A full navigation: this page goes (as `uninstall()`, but Crisp's cookies and storage stay, as a
   * browser keeps them) and a new fake with the same options is installed for the next page,
   * whose client restores the session Crisp's cookie names. Returns the new fake, installed with
   * `options` (default: this fake's).
   */
  navigate(options?: FakeCrispOptions): FakeCrisp;
  /** Run the idle callbacks pending now (as if the browser became idle); returns how many ran. */
  idle(): number;
  /**
   * A user interaction: dispatches `type` (default `pointerdown`; `scroll` on the document) on
   * `target` (default `document.body`), bubbling up to the window.
   */
  interact(type?: FakeInteraction, target?: EventTarget): void;
  /** Make every pending `l.js` fail (`error` on its tag), like an ad blocker. */
  fail(): void;
  /** For `never-ready`: establish the session now (and after later resets). */
  becomeReady(): Promise<void>;
  /** Change the behaviour for `l.js` requests served from now on. */
  setBehavior(behavior: FakeBehavior): void;
  /** Call the registered handler, as Crisp would (`this === window`, errors swallowed). */
  emit<E extends string>(event: E, payload?: unknown): void;
  /** An operator message: appended, unread +1 while the chat is closed, fires `message:received`. */
  receiveMessage(text: string): void;
  /**
   * Plays Crisp's AI agent: calls the page's handler for the Widget Tool `name` with `args` and
   * resolves with what Hugo would receive: `{ ok: true, value }` or `{ ok: false, error }` (the
   * message of what the handler threw or rejected with; also when no handler is registered).
   */
  callTool(name: string, args?: Record<string, unknown>): Promise<FakeToolAnswer>;
  /** Fires `website:availability:changed`. */
  setAvailability(available: boolean): void;
  /**
   * Resolves when the page is quiet: runs pending idle callbacks, then waits for every step they
   * and the fake scheduled (tags served, client live, session), again and again until nothing is
   * left. Held clients (`holdClient`, `executeLoader`) stay held.
   */
  settled(): Promise<void>;
  /** Stop observing, remove what the fake and the snippet added, delete `$crisp`, `CRISP_*` and the kit registry. */
  uninstall(): void;
}

/** An idle callback waiting to run. */
export interface FakeIdleCallback {
  /** The `timeout` option it was registered with, if any (it runs then at the latest). */
  readonly timeout: number | undefined;
}

/** Events `interact()` can dispatch: what wrappers listen to for interaction-triggered loading. */
export type FakeInteraction =
  'pointerdown' | 'mousedown' | 'touchstart' | 'keydown' | 'scroll' | 'mouseover' | 'focusin';

/** The `window.__CRISP_FAKE__` config the browser build reads. */
export interface FakeBrowserConfig {
  behavior?: 'ok' | 'never-ready' | 'silent';
  sessionId?: string;
  /** Time `client.js` takes to "download" after `l.js` ran. Default 0. */
  delayMs?: number;
  /** Hold `client.js` after `l.js` ran until `window.__crispFake.startClient()`. Default false. */
  holdClient?: boolean;
  /** Hold the loader's `__init` call until `window.__crispFake.releaseInit()`. Default false. */
  holdInit?: boolean;
  /**
   * Request `client.js` and the stylesheet for real, from `l.js`'s own origin (a benchmark can
   * delay them); the client runs once both arrived. Default false: inert stand-ins, no request.
   */
  fetchAssets?: boolean;
  /** Draw the widget. Default true. */
  ui?: boolean;
  autoReply?: FakeCrispOptions['autoReply'];
  websiteAvailable?: boolean;
  /** As `FakeCrispOptions.widgetTools`. Default true. */
  widgetTools?: boolean;
}

/** `window.__crispFake`: JSON-safe views for a test driving a real browser. */
export interface FakeBrowserHandle {
  readonly executions: number;
  readonly clientInjections: number;
  readonly commands: readonly unknown[];
  readonly handlers: readonly string[];
  readonly registrations: number;
  readonly session: FakeSessionState;
  /** As `FakeCrisp.sessions`, JSON-safe (a handler in `on` becomes `'[function]'`). */
  readonly sessions: readonly FakeSessionRecord[];
  readonly globalsAtInit: FakeGlobals;
  readonly errors: readonly { kind: FakeError['kind']; message: string }[];
  readonly lost: readonly unknown[];
  /** See `FakeCrisp.phoneBacktracking`. */
  readonly phoneBacktracking: number;
  emit(event: string, payload?: unknown): void;
  receiveMessage(text: string): void;
  setAvailability(available: boolean): void;
  /** As `FakeCrisp.callTool`. */
  callTool(name: string, args?: Record<string, unknown>): Promise<FakeToolAnswer>;
  becomeReady(): Promise<void>;
  /** Let a `client.js` held by `holdClient` run; resolves once settled. */
  startClient(): Promise<void>;
  /** Let the loaders call `__init` (held by `holdInit`); resolves once settled. */
  releaseInit(): Promise<void>;
  settled(): Promise<void>;
  readonly visitor: FakeVisitor;
}
