// The plain model of the visitor contract, written from the semantics and nothing of the kit: what
// the app wants (the desired visitor) and what the current Crisp session may hold once the fake has
// processed everything (the values received since the last visitor boundary).
//
// Where the contract is silent, the model chooses (and the test generates nothing it cannot judge):
// - a signature goes with its email: a new email given without one is unsigned;
// - `login` with the current token updates like `setUser` (absent fields unchanged), data upserted,
//   segments appended; with another token it is a boundary;
// - a deleted data key (`null` or `''`) is absent from the session once processed (Crisp deletes
//   a key given `''`); a forgotten user field may linger until the next boundary;
// - `setSegments(list, true)` replaces the visitor's segments: the session then holds exactly
//   `list` plus the mounted contributions' segments;
// - contributions and the visitor never share a data key or a segment (which one wins is open);
//   between mounted contributions the later one wins a key; a key a released contribution set is
//   not compared exactly (its value stays in the session, and may cover a mounted one's);
// - a raw `push` of an identity command belongs to the current visitor: it may be in the session
//   until the next boundary, and it counts as a user field received (so `logout` resets); the
//   field it touched is not compared exactly until then (the desired value or the raw one);
// - a grant on a page where Crisp's loader was already requested when consent became pending (a
//   destroyed client's, Crisp's own snippet) starts a new session: what the page queued before is
//   taken out, so a user field set by the destroyed client never reaches a session, and a logout
//   after that grant signs out an anonymous visitor (no reset: the segments it was given stay in
//   its own session). Seed -839621327 found the model treating that logout as a boundary;
// - a boundary also removes Crisp's storage for the website at once; a navigation (the fake's
//   `navigate`, which keeps Crisp's storage) after it starts the next page on a new session;
// - `logout` when the session has received no token and no user field is still a boundary for the
//   desired state (the anonymous visitor's data and segments are not sent again by a later reset),
//   but the kit need not reset, so they may stay in the current session;
// - `login` while consent is revoked is the visitor the grant signs in: the client must not start
//   with its token before the grant;
// - `destroy` + `createCrisp`: the new client knows nothing of the old one's visitor, contributions
//   or holds; the Crisp session is the same, so what it received may stay, unless the new client's
//   `tokenId` differs (a new visitor: a boundary); without `tokenId` the page's token is left as
//   it is (not compared until the next login or logout); a `locale` option is the desired locale;
//   after a revoke the page keeps requiring consent, and nothing of the visitor reaches Crisp until
//   the new client is granted, which starts a fresh session;
// - a navigation (the fake's `navigate`: the page goes, Crisp's cookies stay) ends everything the
//   page held (the kit's client, its visitor, contributions and holds, the chat's hide, the
//   globals); the next page's client is created with the visitor the app wants there. Which
//   session Crisp's client then restores follows the calibrated cookies (traces
//   storage-restored-by-next-page, pending-/live-logout-then-navigation): with a token, that
//   token's session, which may hold whatever that token's visitor was ever given (on any page:
//   `history`); without one, the session the website's cookie names, which is the one the last
//   page ran since its last boundary (or a new one, the kit having cleared Crisp's storage at that
//   boundary), so what the last page's session may hold. Nothing of a visitor signed out or
//   replaced before the navigation is in either. A page without a token knows who its restored
//   session belongs to only from Crisp's cookies: a session a token's entry names is a signed-in
//   visitor's (a logout or a declared sign-out replaces it); an anonymous one, even given an
//   email on an earlier page, is nobody's to sign out (a logout keeps it); a new session for a
//   locale or a grant is no boundary: what the restored session held may stay. Found on the way
//   (seed 20261204): the model took a page that never ran Crisp for one that left a session, lost
//   what a page given no token sent to a token's restored session, and ended the restored
//   values at a locale change (the model was wrong); the kit let a logout on a page restoring a
//   token visitor's session keep it, also after a locale change (kit fixed, boundaries.test.ts (f)).
//   Seed 873226065: a login replacing an anonymous visitor left Crisp's storage to the next page
//   (kit fixed, boundaries.test.ts (g)). Seed 1038641379: the model's declared sign-out ignored a
//   token's restored session (the model was wrong: the kit signs her out, as the docs say).
//   Seed -1828000109: a locale change while consent was pending (no reset sent) dropped what the
//   session held from what a next page may restore (the model was wrong);
// - `setVisitor` applies a revoke first, then the token and the user, then a grant (so the
//   session a grant starts holds that visitor from the start: a grant after a revoke with the
//   same token and user signs that visitor in again), then the locale.

export type Consent = 'not-required' | 'pending' | 'granted' | 'revoked';
export type Token = string | number;
export const USER_FIELDS = ['email', 'phone', 'nickname', 'avatar', 'company'] as const;
export type UserField = (typeof USER_FIELDS)[number];

export interface Contribution {
  readonly data: ReadonlyMap<string, string>;
  readonly segments: readonly string[];
  live: boolean;
}

/** What the environment looked like when consent was revoked, to tell what came after. */
export interface RevokeMark {
  /** `fake.commands.length` at the revoke: anything after it was processed while revoked. */
  readonly commands: number;
  /** Pushes the live client held until its init, as JSON: sent before the revoke, run after it. */
  readonly waiting: readonly string[];
  /** Whether the client was live then: one that goes live later must not start with a token. */
  readonly live: boolean;
}

export interface VisitorModel {
  /** Source of unique values: a value of one visitor is never the value of another. */
  clock: number;
  consent: Consent;
  token: Token | null;
  /** False after a new client created without `tokenId`: the page's token is whatever it was. */
  tokenKnown: boolean;
  locale: string | undefined;
  /** Desired user fields (canonical strings; the company by its name); absent means none. */
  user: Map<UserField, string>;
  /** The signature that goes with the desired email. */
  signature: string | null;
  data: Map<string, string>;
  segments: Set<string>;
  contributions: Contribution[];
  holds: boolean[];
  /** Every value the current Crisp session may hold: received since the last boundary. */
  mayUser: Map<UserField, Set<string>>;
  maySignature: Set<string>;
  mayData: Map<string, Set<string>>;
  maySegments: Set<string>;
  /** Values pushed raw (`crisp.push`) since the last boundary: they belong to this visitor. */
  rawUser: Map<UserField, Set<string>>;
  rawData: Map<string, Set<string>>;
  rawSegments: Set<string>;
  /** The current Crisp session has received a token or a user field since it started. */
  identified: boolean;
  /** Whether the chat's visibility is defined (not after a client was replaced while it hid it). */
  visibilityKnown: boolean;
  /** `l.js` tags in the page when consent became pending. */
  tagsWhenPending: number | undefined;
  revoke: RevokeMark | undefined;
  /** By token (as a string): every value a session of that token's visitor may have been given. */
  history: Map<string, MaySets>;
  /**
   * What the session an earlier page ran, restored by this one, may hold (from that page): a new
   * session for another locale or a grant keeps the visitor, so only a boundary ends it.
   */
  restored: MaySets;
  /** Tokens whose session the restored one is (Crisp's cookies said so): it gets what this page sends. */
  restoredTokens: string[];
}

/** Values a Crisp session may hold. */
export interface MaySets {
  user: Map<UserField, Set<string>>;
  signature: Set<string>;
  data: Map<string, Set<string>>;
  segments: Set<string>;
}

const emptyMay = (): MaySets => ({ user: new Map(), signature: new Set(), data: new Map(), segments: new Set() });

function mergeMay(into: MaySets, from: MaySets): void {
  from.user.forEach((values, field) => values.forEach((value) => addTo(into.user, field, value)));
  from.signature.forEach((value) => into.signature.add(value));
  from.data.forEach((values, key) => values.forEach((value) => addTo(into.data, key, value)));
  from.segments.forEach((value) => into.segments.add(value));
}

const currentMay = (model: VisitorModel): MaySets => ({
  user: model.mayUser,
  signature: model.maySignature,
  data: model.mayData,
  segments: model.maySegments,
});

/**
 * After every step: what the current session may hold is its token visitor's too (after a new
 * client given no token, the token the page kept: `token` is still the last one the model knew;
 * on a page given no token, the token whose session Crisp restored).
 */
export function rememberTokenSession(model: VisitorModel): void {
  const tokens = model.token === null ? model.restoredTokens : [String(model.token), ...model.restoredTokens];
  for (const key of tokens) {
    let sets = model.history.get(key);
    if (!sets) model.history.set(key, (sets = emptyMay()));
    mergeMay(sets, currentMay(model));
    mergeMay(sets, model.restored);
  }
}

/**
 * What a session restored from an earlier page may hold besides what this page sent: the values
 * this session may hold, and whatever the page's token was given.
 */
export function mayRestore(model: VisitorModel): MaySets {
  const sets = emptyMay();
  mergeMay(sets, currentMay(model));
  mergeMay(sets, model.restored);
  const history = model.token !== null ? model.history.get(String(model.token)) : undefined;
  if (history) mergeMay(sets, history);
  return sets;
}

export interface ClientSetup {
  consent: boolean;
  tokenId: Token | undefined;
  locale: string | undefined;
}

const addTo = <K, V>(map: Map<K, Set<V>>, key: K, value: V) => {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
};

export function newModel(setup: ClientSetup, tags: number): VisitorModel {
  const model: VisitorModel = {
    clock: 0,
    consent: setup.consent ? 'pending' : 'not-required',
    token: setup.tokenId ?? null,
    tokenKnown: true,
    locale: setup.locale,
    user: new Map(),
    signature: null,
    data: new Map(),
    segments: new Set(),
    contributions: [],
    holds: [],
    mayUser: new Map(),
    maySignature: new Set(),
    mayData: new Map(),
    maySegments: new Set(),
    rawUser: new Map(),
    rawData: new Map(),
    rawSegments: new Set(),
    identified: setup.tokenId !== undefined,
    visibilityKnown: true,
    tagsWhenPending: setup.consent ? tags : undefined,
    revoke: undefined,
    history: new Map(),
    restored: emptyMay(),
    restoredTokens: [],
  };
  return model;
}

export const sameToken = (a: Token | null, b: Token | null): boolean => String(a ?? '') === String(b ?? '');

/**
 * A mounted contribution leaves: what it set stays in the session, and a key another live one
 * also sets may now carry that one's value (it wins from the next send on).
 */
export function releaseContribution(model: VisitorModel, index: number): void {
  model.contributions[index]!.live = false;
  desiredData(model).forEach((value, key) => addTo(model.mayData, key, value));
}

export const liveContributions = (model: VisitorModel) => model.contributions.filter((c) => c.live);

/** The segments the session must hold: the visitor's and every mounted contribution's. */
export function desiredSegments(model: VisitorModel): Set<string> {
  return new Set([...model.segments, ...liveContributions(model).flatMap((c) => c.segments)]);
}

/** The data the session must hold: the visitor's, then the mounted contributions' (disjoint keys). */
export function desiredData(model: VisitorModel): Map<string, string> {
  const all = new Map(model.data);
  for (const contribution of liveContributions(model)) contribution.data.forEach((v, k) => all.set(k, v));
  return all;
}

/**
 * The session starts again holding only what the kit sends it: the desired state (and what the
 * app pushed raw since the boundary, which the kit may have queued before the reset or after).
 */
function sessionRestarts(model: VisitorModel): void {
  model.mayUser = new Map();
  model.user.forEach((value, field) => addTo(model.mayUser, field, value));
  model.rawUser.forEach((values, field) => values.forEach((v) => addTo(model.mayUser, field, v)));
  model.maySignature = new Set(model.signature ? [model.signature] : []);
  model.mayData = new Map();
  desiredData(model).forEach((value, key) => addTo(model.mayData, key, value));
  model.rawData.forEach((values, key) => values.forEach((v) => addTo(model.mayData, key, v)));
  model.maySegments = new Set([...desiredSegments(model), ...model.rawSegments]);
  model.identified = model.token !== null || model.user.size > 0 || model.rawUser.size > 0;
}

/**
 * A new session for the same visitor (another locale, a grant): no boundary, and the kit may
 * send no reset yet (before l.js ran, without consent), so what the session held may still be in
 * the one a next page restores.
 */
function sameVisitorRestarts(model: VisitorModel): void {
  mergeMay(model.restored, currentMay(model));
  sessionRestarts(model);
}

/** A visitor boundary: the previous visitor leaves the desired state and the session. */
function boundary(model: VisitorModel): void {
  model.user.clear();
  model.signature = null;
  model.data.clear();
  model.segments.clear();
  model.rawUser.clear();
  model.rawData.clear();
  model.rawSegments.clear();
  model.restored = emptyMay();
  model.restoredTokens = [];
  sessionRestarts(model);
}

export interface UserChange {
  /** undefined: absent from the object (unchanged); null: forgotten. */
  readonly values: Partial<Record<UserField, string | null>>;
  readonly signature?: string | null;
}

export function setUser(model: VisitorModel, change: UserChange): void {
  for (const field of USER_FIELDS) {
    const value = change.values[field];
    if (value === undefined) continue;
    if (value === null) {
      // Forgotten, however it was set (a raw push too): a later session does not get it.
      model.user.delete(field);
      model.rawUser.delete(field);
    } else {
      model.user.set(field, value);
      addTo(model.mayUser, field, value);
      model.identified = true;
    }
    // The signature goes with its email: a new email without one is unsigned.
    if (field === 'email') {
      model.signature = value === null ? null : (change.signature ?? null);
      if (model.signature) model.maySignature.add(model.signature);
    }
  }
}

export function setSessionData(model: VisitorModel, change: ReadonlyMap<string, string | null>): void {
  change.forEach((value, key) => {
    if (value === null) {
      model.data.delete(key);
      // Crisp deletes a key given an empty string: once processed it is gone from the session.
      model.mayData.delete(key);
      model.rawData.delete(key);
    } else {
      model.data.set(key, value);
      addTo(model.mayData, key, value);
    }
  });
}

export function setSegments(model: VisitorModel, list: readonly string[], overwrite: boolean): void {
  if (overwrite) {
    model.segments = new Set(list);
    model.rawSegments.clear();
    // Without consent the overwrite waits for the grant: the session keeps what it has meanwhile.
    if (model.consent !== 'pending' && model.consent !== 'revoked') model.maySegments = desiredSegments(model);
    else list.forEach((s) => model.maySegments.add(s));
  } else {
    list.forEach((s) => model.segments.add(s));
    list.forEach((s) => model.maySegments.add(s));
  }
}

export interface LoginChange extends UserChange {
  readonly tokenId: Token;
  readonly data: ReadonlyMap<string, string | null> | undefined;
  readonly segments: readonly string[] | undefined;
}

export function login(model: VisitorModel, change: LoginChange): void {
  if (!sameToken(change.tokenId, model.token)) {
    model.token = change.tokenId;
    boundary(model);
  }
  model.tokenKnown = true;
  setUser(model, change);
  if (change.data) setSessionData(model, change.data);
  if (change.segments) setSegments(model, change.segments, false);
}

export function logout(model: VisitorModel): void {
  model.token = null;
  model.tokenKnown = true;
  if (model.identified) return boundary(model);
  // Nobody was signed in: no reset, so what this anonymous visitor sent may stay in the session;
  // it still leaves the desired state.
  model.user.clear();
  model.signature = null;
  model.data.clear();
  model.segments.clear();
}

export function setLocale(model: VisitorModel, locale: string): void {
  if (locale === model.locale) return;
  model.locale = locale;
  // Before l.js has run the kit rewrites the queue to the desired visitor instead of resetting:
  // either way the session Crisp starts holds just that.
  sameVisitorRestarts(model);
}

export function contribute(model: VisitorModel, data: ReadonlyMap<string, string>, segments: readonly string[]) {
  model.contributions.push({ data, segments, live: true });
  data.forEach((value, key) => addTo(model.mayData, key, value));
  segments.forEach((s) => model.maySegments.add(s));
}

export function grantConsent(model: VisitorModel): void {
  if (model.consent !== 'pending' && model.consent !== 'revoked') return;
  // A grant after a revoke (on this client or on the one it replaced), or on a page where Crisp's
  // loader was requested already, starts a fresh session.
  const fresh = model.revoke !== undefined || (model.consent === 'pending' && (model.tagsWhenPending ?? 0) > 0);
  model.consent = 'granted';
  model.tagsWhenPending = undefined;
  model.revoke = undefined;
  if (fresh) sameVisitorRestarts(model);
}

export function revokeConsent(model: VisitorModel, mark: RevokeMark): void {
  if (model.consent === 'revoked') return;
  model.consent = 'revoked';
  model.tagsWhenPending = undefined;
  model.revoke = mark;
  model.token = null;
  model.tokenKnown = true;
  model.visibilityKnown = true;
  boundary(model);
}

export type RawPush =
  | { readonly kind: 'user'; readonly field: 'email' | 'nickname'; readonly value: string }
  | { readonly kind: 'data'; readonly key: string; readonly value: string }
  | { readonly kind: 'segment'; readonly segment: string };

export function rawPush(model: VisitorModel, push: RawPush): void {
  if (push.kind === 'user') {
    addTo(model.rawUser, push.field, push.value);
    addTo(model.mayUser, push.field, push.value);
    model.identified = true;
  } else if (push.kind === 'data') {
    addTo(model.rawData, push.key, push.value);
    addTo(model.mayData, push.key, push.value);
  } else {
    model.rawSegments.add(push.segment);
    model.maySegments.add(push.segment);
  }
}

export interface VisitorChange {
  readonly tokenId: Token | null | undefined;
  /** The whole desired user: fields absent are forgotten; null: no user fields. */
  readonly user: Partial<Record<UserField, string>> | null | undefined;
  readonly signature: string | undefined;
  readonly locale: string | undefined;
  readonly consent: 'granted' | 'revoked' | undefined;
}

export function setVisitor(model: VisitorModel, change: VisitorChange, mark: RevokeMark) {
  if (change.consent === 'revoked') revokeConsent(model, mark);
  if (change.tokenId === null) {
    // Someone signed in: a token, one the page may hold, or a token's session Crisp restored.
    if (model.token !== null || !model.tokenKnown || model.restoredTokens.length > 0) logout(model);
  } else if (change.tokenId !== undefined)
    login(model, { tokenId: change.tokenId, values: {}, data: undefined, segments: undefined });
  if (change.user !== undefined) {
    const values: Partial<Record<UserField, string | null>> = {};
    for (const field of USER_FIELDS) values[field] = change.user?.[field] ?? null;
    // Equal content changes nothing (the signature included).
    setUser(model, { values, signature: change.user?.email ? (change.signature ?? null) : null });
  }
  // After the identity, so that the session the grant starts holds it from the start.
  if (change.consent === 'granted') grantConsent(model);
  if (change.locale !== undefined) setLocale(model, change.locale);
}

/** What a client wanted, its contributions, holds and raw pushes: gone with the client. */
function forgetClient(model: VisitorModel): void {
  model.user.clear();
  model.signature = null;
  model.data.clear();
  model.segments.clear();
  model.contributions = [];
  model.holds = [];
  model.rawUser.clear();
  model.rawData.clear();
  model.rawSegments.clear();
}

/**
 * `destroy` then a new `createCrisp` on the same page: the new client knows nothing of the old
 * one's visitor, contributions or holds. The Crisp session is the same one: what it received may
 * stay, unless the new client's token differs (a new visitor).
 */
export function replaceClient(model: VisitorModel, setup: ClientSetup, tags: number): void {
  const hiddenBefore = model.consent === 'revoked' || model.holds.some(Boolean) || !model.visibilityKnown;
  // The old client's raw pushes are not the new one's to send again (what Crisp got may stay).
  forgetClient(model);
  model.visibilityKnown = !hiddenBefore;
  const localeChanged = setup.locale !== undefined && setup.locale !== model.locale;
  model.locale = setup.locale ?? model.locale;
  // A page where consent was revoked stays revoked for the new client, whatever it asks for.
  model.consent = model.revoke ? 'revoked' : setup.consent ? 'pending' : 'not-required';
  model.tagsWhenPending = setup.consent ? tags : undefined;
  // A revoked page keeps its mark (nothing of the visitor reaches Crisp) until a grant.
  if (setup.tokenId === undefined) {
    model.tokenKnown = false;
    // A revoked page holds no token: the new client finds none.
    if (model.revoke) model.token = null;
  } else {
    const changed = !sameToken(setup.tokenId, model.token);
    model.token = setup.tokenId;
    model.tokenKnown = true;
    if (changed) boundary(model);
  }
  // Another locale than the page's: the new client starts a new session too.
  if (localeChanged && model.consent !== 'pending' && model.consent !== 'revoked') sameVisitorRestarts(model);
}

/**
 * A full navigation, then the next page's client created with `setup` (`tags`: `l.js` tags on the
 * new page). The kit's memory is gone with the page; Crisp's cookies are not (see the top).
 */
export function navigate(
  model: VisitorModel,
  setup: ClientSetup,
  tags: number,
  stored: { readonly session: string | null; readonly tokens: readonly string[] },
): void {
  const restored = emptyMay();
  // Without a token Crisp restores the session the website's cookie names, if any: the one this
  // page ran since its last boundary (the kit cleared Crisp's storage at that boundary).
  if (setup.tokenId === undefined && stored.session !== null) {
    mergeMay(restored, currentMay(model));
    mergeMay(restored, model.restored);
  }
  const tokens = setup.tokenId !== undefined ? [String(setup.tokenId)] : stored.session !== null ? stored.tokens : [];
  for (const token of tokens) {
    const history = model.history.get(token);
    if (history) mergeMay(restored, history);
  }
  // Known to be a signed-in visitor's: the token given, or a session a token's cookie names. An
  // anonymous session (even one given an email) is nobody's to sign out on a later page.
  const identified = setup.tokenId !== undefined || tokens.length > 0;
  forgetClient(model);
  // A hide lasts until the next page load.
  model.visibilityKnown = true;
  model.locale = setup.locale;
  model.consent = setup.consent ? 'pending' : 'not-required';
  model.tagsWhenPending = setup.consent ? tags : undefined;
  model.revoke = undefined;
  // A new page has no `CRISP_TOKEN_ID` but the one its client is given.
  model.token = setup.tokenId ?? null;
  model.tokenKnown = true;
  // The new page's client has sent nothing yet: what the restored session holds is apart.
  model.restored = restored;
  model.restoredTokens = setup.tokenId === undefined ? [...tokens] : [];
  sessionRestarts(model);
  model.identified = identified;
}
