// The kit's public contract: options, state, errors and the client interface. Types only.
import type {
  CrispCommand,
  CrispCompany,
  CrispConfigKey,
  CrispConfigKeys,
  CrispDoAction,
  CrispDoActions,
  CrispEventHandler,
  CrispEventName,
  CrispGetKey,
  CrispGetKeys,
  CrispIsKey,
  CrispPrimitive,
  CrispRuntimeConfig,
  CrispSetKey,
  CrispSetKeys,
} from '../protocol/protocol';

/**
 * A custom load strategy: call `load` when Crisp should be requested; return a function that
 * undoes what the strategy set up (listeners, timers), called by `destroy()`.
 */
export type CrispLoadTrigger = (load: () => void, page: Window) => (() => void) | void;

/**
 * When `l.js` is requested.
 * - `'idle'` (default): when the browser is idle (`requestIdleCallback`, at most a few seconds later).
 * - `'eager'`: at once.
 * - `'manual'`: only when `crisp.load()` is called, or a command that opens the chat is issued.
 * - `interaction` (import it): on the visitor's first pointer, key or scroll; or any `CrispLoadTrigger`.
 */
export type CrispLoadStrategy = 'eager' | 'idle' | 'manual' | CrispLoadTrigger;

export interface CrispOptions {
  /** Your Crisp website id (a UUID), from Crisp's dashboard. Required. */
  websiteId: string;
  /** Session continuity token made by your backend (never an email or a sequential id). */
  tokenId?: string | number | null;
  /** Chatbox locale, ISO 639-1 (`"fr"`). Merged into `CRISP_RUNTIME_CONFIG`. */
  locale?: string;
  /** Merged into `CRISP_RUNTIME_CONFIG`; keys the page already set are kept. */
  runtimeConfig?: CrispRuntimeConfig;
  cookieDomain?: string;
  /** Cookie lifetime in seconds (> 0). */
  cookieExpire?: number;
  /** Silence the Crisp SDK's own warnings (`["safe", true]`). */
  safeMode?: boolean;
  /** CSP nonce: set on the `l.js` tag and passed to every tag Crisp's loader injects. */
  nonce?: string;
  /** Default `https://client.crisp.chat/l.js`. Must be https (http is allowed for localhost). */
  scriptUrl?: string;
  /** Default `'idle'`. */
  load?: CrispLoadStrategy;
  /**
   * `'required'`: nothing of Crisp is requested until `grantConsent(crisp)`; commands queue as
   * usual meanwhile.
   */
  consent?: 'required';
  /** How long to wait after requesting `l.js` for the session before `status: 'failed', error: 'timeout'`. Default 15000. */
  readyTimeoutMs?: number;
  /** Called with every refused input and every error a subscriber throws. Never throws into your app. */
  onError?: (error: CrispKitError) => void;
  /** Log every command, state change and event (development builds), with emails and phones redacted. */
  debug?: boolean;
}

/** Only moves forward: `idle` → `loading` → `loaded` → `ready`, or `failed` (a retry may recover). */
export type CrispStatus = 'idle' | 'loading' | 'loaded' | 'ready' | 'failed';
export type CrispFailure = 'blocked' | 'timeout';
/** `not-required` unless the `consent: 'required'` option is given. */
export type CrispConsent = 'not-required' | 'pending' | 'granted' | 'revoked';

/** A snapshot of what the kit knows. A new object only when something changed. */
export interface CrispState {
  readonly status: CrispStatus;
  readonly error: CrispFailure | null;
  /** The Crisp session; `null` before the first one and while a new one starts after a reset. */
  readonly sessionId: string | null;
  readonly chatOpened: boolean;
  readonly unreadCount: number;
  readonly websiteAvailable: boolean | null;
  readonly consent: CrispConsent;
}

/** What `onError` receives: `field` names the option, command or key that was refused. */
export interface CrispKitError extends Error {
  readonly field: string;
}

export interface CrispUser {
  email?: string | null;
  /** HMAC-SHA256 of the email with your Crisp secret, made on your server (64 hex characters). */
  signature?: string | null;
  nickname?: string | null;
  phone?: string | null;
  avatar?: string | null;
  company?: ({ name: string } & CrispCompany) | null;
}

/** Session data to merge: `null` or `""` deletes a key. */
export type CrispSessionData = Record<string, CrispPrimitive | null | undefined>;

export interface CrispLogin extends CrispUser {
  tokenId: string | number;
  data?: CrispSessionData;
  segments?: string[];
}

/** The visitor as a framework adapter declares it (see `setVisitor`). */
export interface CrispVisitor {
  /** A string or number: signed in with this token. `null`: signed out. `undefined`: unchanged. */
  tokenId?: string | number | null | undefined;
  /** The whole user: fields left out are forgotten. */
  user?: CrispUser | null | undefined;
  locale?: string | undefined;
  /** Any value means the client requires consent (create it with `consent: 'required'`). */
  consent?: 'required' | 'granted' | 'revoked' | undefined;
}

/** What a mounted component adds to the session while it lives (see `contribute`). */
export interface CrispContribution {
  data?: CrispSessionData | undefined;
  segments?: string[] | undefined;
}

/** The release of a contribution, which can also replace what it holds (compared by content). */
export interface CrispContributionHandle {
  (): void;
  update(contribution: CrispContribution): void;
}

/**
 * The page's Crisp client. Identity, data and the other sequences are separately imported
 * functions that take the client first (`setUser(crisp, …)`), so an app bundles only what it calls.
 */
export interface CrispClient {
  readonly websiteId: string;
  /** Push any Crisp command. Queued before load, sent to the live client after; never lost or duplicated. */
  push(command: CrispCommand): void;
  do<A extends CrispDoAction>(action: A, ...args: CrispDoActions[A]): void;
  set<K extends CrispSetKey>(key: K, ...args: CrispSetKeys[K]): void;
  config<K extends CrispConfigKey>(key: K, value: CrispConfigKeys[K]): void;
  /** Subscribe to a Crisp event; returns the unsubscribe function. Any number of subscribers. */
  on<E extends CrispEventName>(event: E, handler: CrispEventHandler<E>): () => void;
  /** Read a Crisp value; `undefined` before the session exists. Never throws. */
  get<K extends CrispGetKey>(key: K, arg?: string): CrispGetKeys[K] | undefined;
  /** Ask Crisp a yes/no question; `undefined` before load. Never throws. */
  is(key: CrispIsKey): boolean | undefined;
  /** Start loading now, whatever the strategy (after consent, when it is required). Retries after a blocked load. */
  load(): void;
  getState(): CrispState;
  subscribe(listener: (state: CrispState) => void): () => void;
  /**
   * Makes this client inert: its listeners, timers and Crisp registrations are released and the
   * page may create a new client. Crisp's own script, once loaded, stays until the page reloads.
   */
  destroy(): void;
}
