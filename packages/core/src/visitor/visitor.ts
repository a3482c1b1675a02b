// The visitor as one wanted state, and the one step that makes Crisp's session match it.
// Public functions (setUser, login, contribute, ...) only change what is wanted here; `reconcile`
// derives the commands from "wanted" against "what the current Crisp session has received", and
// `restart` starts a new Crisp session, forgetting the previous visitor at a boundary.
import type { CrispCommand, CrispPrimitive } from '../protocol/protocol';
import type { CrispContribution } from '../client/types';
import type { Kit } from '../client/kit';
import { awaitSession } from '../state/session';
import { setGlobal } from '../loader/globals';
import { registry } from '../client/registry';
import { forgetCrispStorage } from '../loader/forget-crisp-storage';
import { pendingOf } from '../queue/live';

/** What the current Crisp session has received (or will, from the queue), since it started. */
export interface Received {
  /** `set user:*` arguments as JSON, by key. */
  fields: Map<string, string>;
  data: Map<string, CrispPrimitive>;
  segments: Set<unknown>;
  /** A token or a user field reached this session: signing out must reset it. */
  identified: boolean;
  /** `setSegments(…, true)` was sent in this session: until then the session may hold others. */
  overwritten?: boolean;
}

export interface Visitor {
  /** The wanted session token (`CRISP_TOKEN_ID` holds it, except while consent is revoked). */
  token: string | number | undefined;
  /**
   * The client came after another on this page and was given no token: whoever Crisp's session
   * belongs to is unknown until the next login or logout.
   */
  tokenUnknown?: boolean;
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
  /** The app's own commands while consent is revoked, sent in order when it is granted again. */
  held: CrispCommand[];
  received: Received;
  /**
   * A new session started in this task: what it is sent waits a microtask, so that everything the
   * app changes in the same task (a sign-out and the page's new data, in any order) arrives once.
   */
  settling?: boolean;
}

const fresh = (identified: boolean): Received => ({
  fields: new Map(),
  data: new Map(),
  segments: new Set(),
  identified,
});

export const createVisitor = (token: string | number | undefined): Visitor => ({
  token,
  fields: new Map(),
  data: new Map(),
  segments: new Set(),
  overwrite: false,
  contributions: new Set(),
  hides: 0,
  hidden: false,
  held: [],
  received: fresh(token != null),
});

/**
 * Whether consent keeps the visitor away from Crisp: it is pending (not given yet) or revoked.
 * Nothing of theirs is sent then, not even to the queue, since a Crisp the page already had may
 * be reading it; the grant sends the wanted visitor.
 */
export const isWithheld = (kit: Kit): boolean => /^(pending|revoked)$/.test(kit.store.get().consent);

/** Sends what Crisp's session lacks of the wanted visitor: nothing when it already holds it all. */
export function reconcile(kit: Kit): void {
  const { visitor, send } = kit;
  if (visitor.settling) return;
  const { received } = visitor;
  // A revoked visitor's chat is hidden; one that was never asked has nothing to hide yet.
  const hidden = visitor.hides > 0 || kit.store.get().consent === 'revoked';
  if (hidden !== visitor.hidden) {
    visitor.hidden = hidden;
    send(['do', hidden ? 'chat:hide' : 'chat:show']);
  }
  if (isWithheld(kit)) return;

  visitor.fields.forEach((json, key) => {
    if (received.fields.get(key) === json) return;
    received.fields.set(key, json);
    received.identified = true;
    send(['set', key, JSON.parse(json)] as CrispCommand);
  });

  // Mounted contributions after the visitor's own data: on a shared key the page's value wins.
  const data = new Map(visitor.data);
  const segments = new Set(visitor.segments);
  visitor.contributions.forEach((contribution) => {
    const own = contribution.data || {};
    Object.keys(own).forEach((key) => data.set(key, own[key] ?? ''));
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
    visitor.overwrite && (!received.overwritten || added.length > 0 || segments.size !== received.segments.size);
  visitor.overwrite = false;
  if (overwrite) {
    received.segments.clear();
    received.overwritten = true;
  }
  if (!added.length && !overwrite) return;
  segments.forEach((segment) => received.segments.add(segment));
  send(['set', 'session:segments', [overwrite ? [...segments] : added, overwrite] as [string[], boolean]]);
}

// Commands the kit derives again from the wanted state after a restart.
const DERIVED = /^set (user:|session:(data|segments)$)/;
// Everything that speaks for one visitor: never sent into the next visitor's session.
const PERSONAL = /^(set (user:|session:|message:)|do message:(send|show)$)/;

/**
 * Takes the commands matching `pattern` (`"verb name"`) out of every list Crisp may still run:
 * the queue the kit started with (Crisp's loader hands that array to the client only after the
 * live object is there), the page's `$crisp` array, and the live client's pending list, which it
 * keeps (reachable as `__spool.pending_actions`, as in v2.7.0) until its session has loaded.
 */
function unqueue(kit: Kit, pattern: RegExp): void {
  for (const list of new Set([kit.queue, pendingOf(kit.page)]))
    if (list)
      for (let i = list.length; i--;) {
        // Anything may be on the list: the page can push onto it directly.
        const [verb, name] = Array.isArray(list[i]) ? (list[i] as unknown[]) : [];
        if (pattern.test(verb + ' ' + (typeof name === 'string' ? name : ''))) list.splice(i, 1);
      }
}

/**
 * Forgets the visitor: their fields, data and segments are no longer wanted, so no later session
 * gets them. What the current session has, or will get from the queue, stays there (`restart`
 * replaces the session at a boundary).
 */
export function forget(kit: Kit): void {
  const { visitor } = kit;
  visitor.tokenUnknown = false;
  visitor.fields.clear();
  visitor.data.clear();
  visitor.segments.clear();
}

/**
 * Starts a new Crisp session, and sends it the wanted visitor a microtask later, once whatever
 * else the app changes in the same task has changed it too. At a visitor boundary
 * (a new token, a logout, a revoke) the previous visitor's fields, data and segments are
 * forgotten first. The globals are rewritten; commands for the session being replaced that Crisp
 * has not processed yet are taken out of the queue; once `l.js` has executed (it copied the
 * globals already) a `session:reset` makes Crisp read the globals again and start anew. Without
 * consent nothing is sent: the grant restarts.
 */
export function restart(kit: Kit, boundary?: boolean): void {
  const { page, visitor, store } = kit;
  // A session that knew who the visitor was (or any, on a revoke) must not be restored by the
  // next page: whatever state Crisp is in, its storage for the website goes now, synchronously
  // (a reset still waiting in Crisp's pending list would expire it only later, if ever: a
  // navigation in the same task leaves it for the next page).
  if (boundary && (visitor.received.identified || store.get().consent === 'revoked'))
    forgetCrispStorage(page, kit.options.websiteId);
  if (boundary) forget(kit);
  unqueue(kit, boundary ? PERSONAL : DERIVED);
  const withheld = isWithheld(kit);
  // Assigned, never deleted: a page may have declared it with `var`. Crisp reads it only when
  // l.js executes or at a reset, neither of which happens without consent; a revoked visitor's
  // token is cleared all the same.
  setGlobal(page, 'CRISP_TOKEN_ID', kit.store.get().consent === 'revoked' ? undefined : visitor.token);
  const pending = Array.isArray(page.$crisp);
  visitor.received = fresh(page.CRISP_TOKEN_ID != null);
  // A session Crisp already runs, or will start from the globals l.js copied, must be replaced:
  // now, or by the first client allowed to send.
  // The session being replaced is no longer the visitor's, even while consent keeps it running.
  store.set({ sessionId: null });
  if (!pending || kit.loader.executed) {
    if (!withheld) {
      // Crisp runs a list it has not run yet in order, after the session it should replace has
      // loaded: the reset goes first, so nothing else in it reaches the replaced session.
      const list = pendingOf(page);
      if (list && kit.loader.executed) list.unshift(['do', 'session:reset']);
      else kit.send(['do', 'session:reset']);
      awaitSession(kit);
    }
    registry().stale = withheld;
  }
  if (!visitor.settling) {
    visitor.settling = true;
    queueMicrotask(() => {
      visitor.settling = false;
      reconcile(kit);
    });
  }
}
