// The visitor as one wanted state, kept private to this module, and the one step that makes
// Crisp's session match it. Public functions (setUser, login, contribute, ...) change what is
// wanted only through the functions below; `reconcile` derives the commands from "wanted" against
// "what the current Crisp session has received", and `restart` starts a new Crisp session,
// forgetting the previous visitor at a boundary.
import type { CrispCommand, CrispPrimitive } from '../protocol/protocol';
import type { CrispContribution } from '../contract/types';
import type { Page } from '../page/page';
import type { Report } from '../report/errors';
import type { Send } from '../queue/send';
import type { On } from '../queue/events';
import type { Store } from '../state/store';
import type { Consent } from '../consent/consent';
import type { Loader } from '../loader/loader';
import { isDerived, isPersonal, isVisitorKey } from '../protocol/commands';
import { isSafePhone } from '../protocol/guards';
import { textOf } from '../protocol/text-of';
import { refusalOf } from '../development/refusal-of';
import { clientPart } from '../page/client-part';
import { registry } from '../page/registry';
import { pendingOf, queueOf } from '../page/live';
import { setGlobal } from '../page/globals';
import { forgetCrispStorage } from '../page/forget-crisp-storage';
import { awaitSession } from '../state/session';
import { acceptedPairs } from './accepted-pairs';
import { contentOf } from './content-of';

/** What the visitor works with: each part is its own owner's, used here, never changed. */
export interface VisitorParts {
  readonly page: Page;
  readonly websiteId: string;
  readonly store: Store;
  readonly report: Report;
  readonly send: Send;
  readonly on: On;
  readonly consent: Consent;
  readonly loader: Loader;
  /** The `$crisp` array the page's first client started with (none when Crisp was live already). */
  readonly queue: unknown[] | undefined;
}

/** What the current Crisp session has received (or will, from the queue), since it started. */
interface Received {
  /** `set user:*` arguments as JSON, by key. */
  fields: Map<string, string>;
  data: Map<string, CrispPrimitive>;
  segments: Set<unknown>;
  /** A token or a user field reached this session: signing out must reset it. */
  identified: boolean;
  /** `setSegments(…, true)` was sent in this session: until then the session may hold others. */
  overwritten?: boolean;
}

interface State extends VisitorParts {
  /** The wanted session token (`CRISP_TOKEN_ID` holds it, except while consent is revoked). */
  token: string | number | undefined;
  /**
   * The client came after another on this page and was given no token: whoever Crisp's session
   * belongs to is unknown until the next login or logout.
   */
  tokenUnknown: boolean;
  /** Asks, once, whether Crisp may hold another client's visitor (see `learnInherited`). */
  inherited: (() => boolean) | undefined;
  /** Wanted user fields: `set user:*` arguments as JSON (object keys sorted), by key. */
  fields: Map<string, string>;
  /** Wanted session data of this visitor ('' deletes a key). */
  data: Map<string, CrispPrimitive>;
  segments: Set<unknown>;
  /** Set by `setSegments(…, true)`: the next reconcile makes the session's segments exactly these. */
  overwrite: boolean;
  /** What mounted components add to every session, whoever the visitor is (page-scoped). */
  contributions: Set<CrispContribution>;
  /** Live hideChat holds, and whether the chat is hidden now (page-scoped: Crisp keeps it). */
  hides: number;
  hidden: boolean;
  received: Received;
  /**
   * A new session started in this task: what it is sent waits a microtask, so that everything the
   * app changes in the same task (a sign-out and the page's new data, in any order) arrives once.
   */
  settling: boolean;
  /** A reconcile is due a microtask from now (see `reconcileSoon`). */
  scheduled: boolean;
  /** A reconcile waits for Crisp to be on its way (see `reconcile`). */
  due: boolean;
  /** How many sessions this visitor started (see `restarts`). */
  restarts: number;
}

declare const opaque: unique symbol;
/** One client's visitor: what it holds is this module's alone, changed through its functions. */
export interface Visitor {
  readonly [opaque]: true;
}
const own = (visitor: Visitor) => visitor as unknown as State;

/** The visitor of a client that createCrisp made in a browser (see clientPart). */
export const visitorPart = clientPart<Visitor>('visitor');

const fresh = (identified: boolean): Received => ({
  fields: new Map(),
  data: new Map(),
  segments: new Set(),
  identified,
});

/**
 * The visitor of a new client. `token`: the one it was given, or the page's. `inherited`, when
 * no token was given, asks whether Crisp may hold, or be about to run, another client's visitor (a
 * destroyed client, a hot reload, the page's own snippet, a session an earlier page left in
 * Crisp's cookies): then signing out must start a new session, and whose session it is cannot be
 * known. It is asked at the first change of visitor (see `learnInherited`), not now. A client
 * given a token knows whose session it is: the token's.
 */
export function createVisitor(
  parts: VisitorParts,
  token: string | number | undefined,
  inherited: (() => boolean) | undefined,
): Visitor {
  const state: State = {
    ...parts,
    token,
    tokenUnknown: false,
    inherited,
    fields: new Map(),
    data: new Map(),
    segments: new Set(),
    overwrite: false,
    contributions: new Set(),
    hides: 0,
    // A revoke on this page hid the chat; the grant shows it again.
    hidden: parts.consent.revoked(),
    received: fresh(token != null),
    settling: false,
    scheduled: false,
    due: false,
    restarts: 0,
  };
  const visitor = state as unknown as Visitor;
  // The load starts (or fails): Crisp may read the queue from now on, so it holds the visitor.
  parts.store.subscribe(({ status }) => status !== 'idle' && settleDue(visitor));
  return visitor;
}

/**
 * Takes in, once, the answer of `inherited`, before anything reads or changes what it decides:
 * whether signing out must replace the session (`received.identified`) and whether its owner is
 * unknown. Reading Crisp's cookies makes the page wait on the browser's cookie store, the largest
 * cost a start-up had, so it is asked at the first change of visitor instead. The answer is the one
 * the start would have had: Crisp keeps a token visitor's cookie until a reset, and the kit sends
 * one only at a change of visitor, after this. A reset the page pushed itself started an anonymous
 * session, which the later answer rightly no longer replaces.
 */
function learnInherited(state: State): void {
  const { inherited } = state;
  if (!inherited) return;
  state.inherited = undefined;
  if (inherited()) state.received.identified = state.tokenUnknown = true;
}

/** Reports a refused input of the visitor's, naming the field. */
export const reportFor = (visitor: Visitor, field: string, detail?: unknown): void =>
  own(visitor).report(field, detail);

/**
 * Sends what Crisp's session lacks of the wanted visitor: nothing when it already holds it all.
 * Until Crisp is on its way (l.js requested or adopted, or Crisp live), nothing reads the queue,
 * so the visitor's fields, data and segments are only marked due and sent when the load starts
 * (see createVisitor): the page's start records what the app wants and does none of this work.
 * `now` sends them all the same, where what follows must find them in the queue first (the app's
 * own commands, a destroy's hand-over). Showing or hiding the chat is sent at once, as the page
 * asked it: another client's visitor may have left the queue hiding it.
 */
export function reconcile(visitor: Visitor, now?: boolean): void {
  const state = own(visitor);
  if (state.settling) return;
  // A revoked visitor's chat is hidden; one that was never asked has nothing to hide yet.
  const hidden = state.hides > 0 || state.consent.revoked();
  if (hidden !== state.hidden) {
    state.hidden = hidden;
    state.send(['do', hidden ? 'chat:hide' : 'chat:show']);
  }
  state.due = !now && state.store.get().status === 'idle' && !!queueOf(state.page);
  if (!state.due) sendWanted(state);
}

/** Settles a reconcile still due, before something that must follow the visitor in the queue. */
export const settleDue = (visitor: Visitor): void => void (own(visitor).due && reconcile(visitor, true));

function sendWanted(state: State): void {
  const { received, send, consent } = state;
  if (consent.withheld()) return;

  state.fields.forEach((json, key) => {
    if (received.fields.get(key) === json) return;
    received.fields.set(key, json);
    received.identified = true;
    send(['set', key, JSON.parse(json)] as CrispCommand);
  });

  // Mounted contributions after the visitor's own data: on a shared key the page's value wins.
  const data = new Map(state.data);
  const segments = new Set(state.segments);
  state.contributions.forEach((contribution) => {
    const added = contribution.data || {};
    Object.keys(added).forEach((key) => data.set(key, added[key] ?? ''));
    contribution.segments?.forEach((segment) => segments.add(segment));
  });
  const pairs: [string, CrispPrimitive][] = [];
  data.forEach((value, key) => {
    // A deletion is sent too: another client may have set the key in this session.
    if (Object.is(received.data.get(key), value)) return;
    received.data.set(key, value);
    pairs.push([key, value]);
  });
  if (pairs.length) send(['set', 'session:data', [pairs]]);

  // Crisp appends segments: only new ones are sent, unless the list must become exactly these.
  const added = [...segments].filter((segment) => !received.segments.has(segment));
  const overwrite =
    state.overwrite && (!received.overwritten || added.length > 0 || segments.size !== received.segments.size);
  state.overwrite = false;
  if (overwrite) {
    received.segments.clear();
    received.overwritten = true;
  }
  if (!added.length && !overwrite) return;
  segments.forEach((segment) => received.segments.add(segment));
  send(['set', 'session:segments', [overwrite ? [...segments] : added, overwrite] as [string[], boolean]]);
}

/**
 * Reconciles a microtask from now, once whatever else the app changes in this task has changed
 * the wanted state too: a component's page data updated before its provider signs the visitor
 * out, in the same task, reaches only the new session.
 */
export function reconcileSoon(visitor: Visitor): void {
  const state = own(visitor);
  if (state.scheduled) return;
  state.scheduled = true;
  queueMicrotask(() => {
    state.scheduled = false;
    reconcile(visitor);
  });
}

/**
 * Takes the commands of a kind out of every list Crisp may still run: the queue the kit started
 * with (Crisp's loader hands that array to the client only after the live object is there), the
 * page's `$crisp` array, and the live client's pending list, kept until its session has loaded.
 */
function unqueue({ queue, page }: State, kind: (verb: unknown, name: unknown) => boolean): void {
  for (const list of new Set([queue, pendingOf(page)]))
    if (list)
      for (let i = list.length; i--;) {
        // Anything may be on the list: the page can push onto it directly.
        const [verb, name] = Array.isArray(list[i]) ? (list[i] as unknown[]) : [];
        if (kind(verb, name)) list.splice(i, 1);
      }
}

/**
 * Forgets the visitor: their fields, data and segments are no longer wanted, so no later session
 * gets them. What the current session has, or will get from the queue, stays there (`restart`
 * replaces the session at a boundary).
 */
export function forget(visitor: Visitor): void {
  const state = own(visitor);
  state.tokenUnknown = false;
  state.fields.clear();
  state.data.clear();
  state.segments.clear();
}

/**
 * Starts a new Crisp session, and sends it the wanted visitor a microtask later, once whatever
 * else the app changes in the same task has changed it too. At a visitor boundary (a new token,
 * a logout, a revoke) the previous visitor's fields, data and segments are forgotten first. The
 * globals are rewritten; commands for the session being replaced that Crisp has not processed yet
 * are taken out of the queue; once `l.js` has executed (it copied the globals already) a
 * `session:reset` makes Crisp read the globals again and start anew. Without consent nothing is
 * sent: the grant restarts.
 */
export function restart(visitor: Visitor, boundary?: boolean): void {
  const state = own(visitor);
  const { page, store, consent } = state;
  learnInherited(state);
  state.restarts++;
  // The session of the visitor a boundary ends (a sign-out, a revoke, or a login that replaces
  // even an anonymous visitor) must not be restored by the next page: whatever state Crisp is in,
  // its storage for the website goes now, synchronously (a reset still waiting in Crisp's pending
  // list, or not sent yet because l.js has not run, leaves it to a navigation in the same task).
  if (boundary) forgetCrispStorage(page, state.websiteId);
  if (boundary) forget(visitor);
  unqueue(state, boundary ? isPersonal : isDerived);
  const withheld = consent.withheld();
  // Assigned, never deleted: a page may have declared it with `var`. Crisp reads it only when
  // l.js executes or at a reset, neither of which happens without consent; a revoked visitor's
  // token is cleared all the same.
  setGlobal(page, 'CRISP_TOKEN_ID', consent.revoked() ? undefined : state.token);
  // Without a reset (before l.js has run, or without consent) Crisp's client starts with the
  // session its cookies name, which another client or an earlier page left: known as before.
  const replaced = (!queueOf(page) || state.loader.executed) && !withheld;
  state.received = fresh(page.CRISP_TOKEN_ID != null || (!boundary && !replaced && state.received.identified));
  // The session being replaced is no longer the visitor's, even while consent keeps it running.
  store.set({ sessionId: null });
  // A session Crisp already runs, or will start from the globals l.js copied, must be replaced:
  // now, or by the first client allowed to send.
  if (!queueOf(page) || state.loader.executed) {
    if (!withheld) {
      // Crisp runs a list it has not run yet in order, after the session it should replace has
      // loaded: the reset goes first, so nothing else in it reaches the replaced session.
      const list = pendingOf(page);
      if (list && state.loader.executed) list.unshift(['do', 'session:reset']);
      else state.send(['do', 'session:reset']);
      awaitSession(page, store, state.on);
    }
    registry().stale = withheld;
  }
  if (!state.settling) {
    state.settling = true;
    queueMicrotask(() => {
      state.settling = false;
      reconcile(visitor);
    });
  }
}

/**
 * Takes `command` into the wanted visitor when it sets a user field, session data or segments
 * (and returns true); anything else is left to the caller (false). Refused input is reported,
 * naming the field, and changes nothing. The caller reconciles.
 */
export function want(visitor: Visitor, command: readonly unknown[]): boolean {
  const [verb, key, input] = command;
  if (verb !== 'set' || !isVisitorKey(key)) return false;
  const state = own(visitor);
  const { report } = state;
  // Session data is checked pair by pair below: one bad pair must not cost the others.
  if (process.env.NODE_ENV !== 'production' && key !== 'session:data') {
    const refusal = refusalOf(command);
    if (refusal) return (report(key, refusal), true);
  }
  // Crisp wraps a lone argument itself: `['set', 'user:email', 'a@b.co']`.
  const args: unknown[] = Array.isArray(input) ? input : [input];
  if (key === 'session:data') {
    // `[[k, v], …]` as one argument, or `(k, v)`.
    const pairs = (Array.isArray(args[0]) && Array.isArray(args[0][0]) ? args[0] : [args]) as unknown[][];
    acceptedPairs(pairs, report).forEach(([name, value]) => state.data.set(textOf(name), value));
  } else if (key === 'session:segments') {
    if (!Array.isArray(args[0])) return (report(key), true);
    if (args[1] === true) {
      state.segments.clear();
      state.overwrite = true;
    }
    (args[0] as string[]).forEach((segment) => state.segments.add(segment));
  } else if (key === 'user:phone' && !isSafePhone(args[0])) report(key);
  else {
    const json = contentOf(args, key, report);
    if (json) state.fields.set(key, json);
  }
  return true;
}

/** A user field (`user:email`, …) is no longer wanted: no later session gets it. */
export const unwant = (visitor: Visitor, key: string): void => void own(visitor).fields.delete(key);

/** Signs in with `token`: at another token than the current one, a new session (a boundary). */
export function signIn(visitor: Visitor, token: string | number): void {
  const state = own(visitor);
  if (String(token) === textOf(state.token ?? '')) return;
  state.token = token;
  restart(visitor, true);
}

/**
 * Signs out, whenever it is called: a session that knew who the visitor was (a token, a user
 * field it received or will, a session another client left) is replaced; otherwise the visitor is
 * only forgotten, so a signed-out page that remounts costs Crisp nothing. With `onlyKnown`, an
 * anonymous visitor keeps what it set (the declarative form signs out only someone signed in).
 */
export function signOut(visitor: Visitor, onlyKnown?: boolean): void {
  const state = own(visitor);
  learnInherited(state);
  if (onlyKnown && state.token == null && !state.tokenUnknown) return;
  if (state.token != null || state.received.identified || state.fields.size > 0) {
    state.token = undefined;
    restart(visitor, true);
  } else forget(visitor);
}

/** How many new sessions the visitor has started: a change that needs one may ride on another's. */
export const restarts = (visitor: Visitor): number => own(visitor).restarts;

/**
 * Switches the chatbox locale (true when it changed): Crisp applies it only to a new session,
 * started here unless `later` (the caller starts it).
 */
export function changeLocale(visitor: Visitor, locale: string, later?: boolean): boolean {
  const { page } = own(visitor);
  if (page.CRISP_RUNTIME_CONFIG?.locale === locale) return false;
  setGlobal(page, 'CRISP_RUNTIME_CONFIG', { ...page.CRISP_RUNTIME_CONFIG, locale });
  if (!later) restart(visitor);
  return true;
}

/** A part of the page that adds data and segments to every session while it lives. */
export function addContribution(visitor: Visitor, contribution: CrispContribution): () => boolean {
  const { contributions } = own(visitor);
  contributions.add(contribution);
  return () => contributions.delete(contribution);
}

/** Whether `contribution` is still added (see addContribution). */
export const contributes = (visitor: Visitor, contribution: CrispContribution): boolean =>
  own(visitor).contributions.has(contribution);

/** One more (or, with -1, one fewer) hold hiding the chat. */
export const hold = (visitor: Visitor, change: 1 | -1): void => void (own(visitor).hides += change);

/**
 * The visitor agreed (consent was pending or revoked; false otherwise). A Crisp that already runs
 * (a revoke, or one the page had) holds a session of its own: a new one. Before l.js has run,
 * writing the token is enough. The caller reconciles, then calls `afterGrant`.
 */
export function grant(visitor: Visitor): boolean {
  const state = own(visitor);
  if (!state.consent.grant()) return false;
  if (state.loader.executed || !queueOf(state.page)) restart(visitor);
  else setGlobal(state.page, 'CRISP_TOKEN_ID', state.token);
  return true;
}

/**
 * After a grant and its reconcile: the app's commands that waited follow the new session's
 * visitor (a restart sends it a microtask later), and the load starts.
 */
export function afterGrant(visitor: Visitor): void {
  const { consent, send, loader } = own(visitor);
  queueMicrotask(() => {
    // The app's commands that waited follow the visitor in the queue, as they would have.
    settleDue(visitor);
    consent.release(send);
  });
  loader.start();
}

/**
 * The visitor withdrew consent (false when it was already): forgotten, token included, Crisp's
 * cookies and storage keys for this website removed, and the session replaced by the first
 * client allowed to send. The caller reconciles.
 */
export function revoke(visitor: Visitor): boolean {
  const state = own(visitor);
  const { page, store, consent, websiteId } = state;
  if (consent.revoked()) return false;
  // A load under way brings a session (and writes its cookies) after this: forget it too.
  if (/^load/.test(store.get().status)) {
    const stop = state.on('session:loaded', () => {
      stop();
      if (consent.revoked()) forgetCrispStorage(page, websiteId);
    });
  }
  consent.revoke();
  state.token = undefined;
  restart(visitor, true);
  // l.js has executed but Crisp's session has not loaded: the client starts (or started) with the
  // token l.js copied, so the first thing it runs must be a reset (which reads the cleared globals).
  const pending = pendingOf(page);
  if (pending && state.loader.executed) pending.unshift(['do', 'session:reset']);
  return true;
}
