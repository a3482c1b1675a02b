// The public types of the fake: options, the controller a test drives, and the state it shows.

/** How the fake `l.js` behaves once served (crisp-protocol.md section 2). */
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
  /** Which `<script>` src counts as `l.js`. Default: `/\/l\.js(\?.*)?$/`. */
  scriptMatch?: RegExp;
  /** `'auto'` (default): serve a noticed `l.js` after `delayMs`; `'manual'`: wait for `load()` / `fail()`. */
  mode?: 'auto' | 'manual';
  /** Network delay before a noticed `l.js` is served in `'auto'` mode. Default 0. */
  delayMs?: number;
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
}

/** A command as the live client executed it: the pushed array, deep-copied (`on` keeps its function). */
export type FakeCommand = readonly [verb: string, name?: unknown, args?: unknown];

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

/** The `CRISP_*` globals as the client read them at init (and again at each `session:reset`). */
export interface FakeGlobals {
  /** 0 before init, 1 after init, +1 per reset: how many times the client read the globals. */
  readonly readCount: number;
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
  /** Commands refused and handler errors swallowed, which the real client would log or hide. */
  readonly errors: readonly FakeError[];
  /**
   * Items pushed onto the original `$crisp` array after the client had already executed it:
   * the real client never sees them (the lost-command bug). Empty before init.
   */
  readonly lost: readonly unknown[];
  /** The visitor's own actions in the widget. */
  readonly visitor: FakeVisitor;
  /** Serve every pending `l.js` now; resolves once the resulting steps have run. */
  load(): Promise<void>;
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
  /** Fires `website:availability:changed`. */
  setAvailability(available: boolean): void;
  /** Resolves when every scheduled step of the fake has run. */
  settled(): Promise<void>;
  /** Stop observing, remove what the fake and the snippet added, delete `$crisp`, `CRISP_*` and the kit registry. */
  uninstall(): void;
}

/** The `window.__CRISP_FAKE__` config the browser build reads. */
export interface FakeBrowserConfig {
  behavior?: 'ok' | 'never-ready' | 'silent';
  sessionId?: string;
  /** Time `client.js` takes to "download" after `l.js` ran. Default 0. */
  delayMs?: number;
  /** Draw the widget. Default true. */
  ui?: boolean;
  autoReply?: FakeCrispOptions['autoReply'];
  websiteAvailable?: boolean;
}

/** `window.__crispFake`: JSON-safe views for a test driving a real browser. */
export interface FakeBrowserHandle {
  readonly executions: number;
  readonly clientInjections: number;
  readonly commands: readonly unknown[];
  readonly handlers: readonly string[];
  readonly registrations: number;
  readonly session: FakeSessionState;
  readonly globalsAtInit: FakeGlobals;
  readonly errors: readonly { kind: FakeError['kind']; message: string }[];
  readonly lost: readonly unknown[];
  emit(event: string, payload?: unknown): void;
  receiveMessage(text: string): void;
  setAvailability(available: boolean): void;
  becomeReady(): Promise<void>;
  settled(): Promise<void>;
  readonly visitor: FakeVisitor;
}
