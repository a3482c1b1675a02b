// The real side of the model-based test: one page with the fake Crisp and a client of the kit, the
// fake's own steps, and the checks that compare what the fake holds with the model.
import { expect, vi } from 'vitest';
import { installFakeCrisp, type FakeCommand, type FakeCrisp, type FakeSessionRecord } from '@crispkit/testing';
import type { CrispClient, CrispKitError } from '@crispkit/core';
import type { Core } from '../builds';
import { WEBSITE_ID, lTags } from '../helpers';
import {
  USER_FIELDS,
  desiredData,
  desiredSegments,
  mayRestore,
  type ClientSetup,
  type UserField,
  type VisitorModel,
} from './visitor-model';

export interface ClientOptions extends ClientSetup {
  load: 'eager' | 'manual';
}

/** What Crisp's servers keep of one session: what it was given, on every page that ran it. */
export interface KeptSession {
  user: Partial<Record<UserField, string>>;
  signature: string | null;
  data: Map<string, string>;
  segments: Set<string>;
}

export interface ModelPage {
  readonly core: Core;
  /** The current page's fake (a navigation installs the next one). */
  fake: FakeCrisp;
  /** By session id, what the sessions of earlier pages were given: a page that restores one gets it. */
  readonly kept: Map<string, KeptSession>;
  crisp: CrispClient;
  /** What the kit reported through `onError`: valid input only, so nothing is expected. */
  readonly reported: CrispKitError[];
  contributionReleases: (() => void)[];
  holdReleases: (() => void)[];
  /** A `client.js` the test holds after letting `l.js` execute. */
  clientHeld: boolean;
  /** The loader's `__init` call, held until the 'init' step (or the settle). */
  initHeld: boolean;
  /** The session, held until the 'session loads' step (or the settle): pushes wait in Crisp's list. */
  readyHeld: boolean;
}

export function createClient(page: Pick<ModelPage, 'core' | 'reported'>, options: ClientOptions): CrispClient {
  return page.core.createCrisp({
    websiteId: WEBSITE_ID,
    load: options.load,
    ...(options.consent ? { consent: 'required' as const } : {}),
    ...(options.tokenId !== undefined ? { tokenId: options.tokenId } : {}),
    ...(options.locale !== undefined ? { locale: options.locale } : {}),
    onError: (error) => void page.reported.push(error),
  });
}

export function openPage(core: Core, options: ClientOptions): ModelPage {
  vi.useFakeTimers();
  // l.js is served only when the test says so: the network is one of the random steps.
  // So are the loader's init call and the session: two more windows of Crisp's handshake.
  const fake = installFakeCrisp({ mode: 'manual', holdInit: true, behavior: 'never-ready' });
  const page = { core, fake, reported: [] as CrispKitError[] };
  return {
    ...page,
    kept: new Map(),
    crisp: createClient(page, options),
    contributionReleases: [],
    holdReleases: [],
    clientHeld: false,
    initHeld: true,
    readyHeld: true,
  };
}

export function closePage(page: ModelPage): void {
  page.crisp.destroy();
  page.fake.uninstall();
  document.head.innerHTML = '';
  document.body.innerHTML = '';
  vi.useRealTimers();
}

const dataPairs = (command: FakeCommand): unknown[][] => {
  const args = command[2] as unknown[];
  return (Array.isArray(args[0]) && Array.isArray(args[0][0]) ? args[0] : [args]) as unknown[][];
};

/**
 * One session as Crisp's servers keep it: what earlier pages gave it (`before`), then what this
 * page's client processed in it (a field set again replaces, `''` deletes a data key, an overwrite
 * replaces the segments).
 */
export function keptAfter(before: KeptSession | undefined, record: FakeSessionRecord): KeptSession {
  const user = { ...before?.user };
  for (const field of USER_FIELDS) {
    const value = field === 'company' ? record.user.company?.name : record.user[field];
    if (value != null) user[field] = value;
  }
  const data = new Map(before?.data);
  let overwritten = false;
  for (const command of record.commands) {
    if (command[0] !== 'set') continue;
    if (command[1] === 'session:data')
      for (const [key, value] of dataPairs(command)) if (value === '' || value == null) data.delete(String(key));
    if (command[1] === 'session:segments' && (command[2] as unknown[])[1] === true) overwritten = true;
  }
  for (const [key, value] of Object.entries(record.data)) data.set(key, String(value));
  return {
    user,
    signature: record.user.email !== null ? record.user.signature : (before?.signature ?? null),
    data,
    segments: new Set([...(overwritten ? [] : (before?.segments ?? [])), ...record.segments]),
  };
}

/**
 * What Crisp's cookies name for the next page: the website's session (restored without a token),
 * and the tokens whose own entry names that same session (a signed-in visitor's session).
 */
export function storedSessions(): { session: string | null; tokens: string[] } {
  const prefix = `crisp-client/session/${WEBSITE_ID}`;
  let session: string | null = null;
  const byToken = new Map<string, string>();
  for (const pair of document.cookie.split(/; */)) {
    const at = pair.indexOf('=');
    if (at <= 0) continue;
    const name = decodeURIComponent(pair.slice(0, at));
    const value = decodeURIComponent(pair.slice(at + 1));
    if (!value) continue;
    if (name === prefix) session = value;
    else if (name.startsWith(prefix + '/')) byToken.set(name.slice(prefix.length + 1), value);
  }
  return { session, tokens: [...byToken].filter(([, value]) => value === session).map(([token]) => token) };
}

/**
 * A full navigation: what Crisp's client gave each session on this page is kept by its servers,
 * this page goes (its timers, its document, the kit's client with it; Crisp's cookies stay) and
 * the next page creates its own client.
 */
export function navigatePage(page: ModelPage, options: ClientOptions): void {
  for (const record of page.fake.sessions)
    if (record.sessionId !== null) page.kept.set(record.sessionId, keptAfter(page.kept.get(record.sessionId), record));
  vi.clearAllTimers();
  document.head.innerHTML = '';
  document.body.innerHTML = '';
  // The same options: l.js, the init and the session wait for the test's steps again.
  page.fake = page.fake.navigate();
  page.crisp = createClient(page, options);
  page.contributionReleases = [];
  page.holdReleases = [];
  page.clientHeld = false;
  page.initHeld = true;
  page.readyHeld = true;
}

/** The network serves the pending `l.js`: it executes (copies the globals) and its `client.js` is held. */
export function executeLoader(page: ModelPage): boolean {
  if (page.fake.requests <= page.fake.executions) return false;
  // Its promise waits for the fake's timers, which only the test advances: not awaited here.
  page.fake.executeLoader().catch(() => {});
  page.clientHeld = true;
  return true;
}

/** The held `client.js` arrives: it goes live in the fake's next step. */
export function startClient(page: ModelPage): boolean {
  if (!page.clientHeld) return false;
  page.fake.startClient().catch(() => {});
  page.clientHeld = false;
  return true;
}

/** The loaders call `__init` from now on (Crisp's stylesheet arrived). */
export function releaseInit(page: ModelPage): boolean {
  if (!page.initHeld) return false;
  page.fake.releaseInit().catch(() => {});
  page.initHeld = false;
  return true;
}

/** Crisp's server answers: the session loads (now, or once initialised), and after every reset. */
export function loadSession(page: ModelPage): boolean {
  // The fake holds the session of each `l.js` that executes (`never-ready`): an answer before that
  // would be taken back by it.
  if (!page.readyHeld || page.fake.executions === 0) return false;
  page.fake.becomeReady().catch(() => {});
  page.readyHeld = false;
  return true;
}

/** Everything the fake and the kit have scheduled runs, the network serving whatever was requested. */
export async function settle(page: ModelPage): Promise<void> {
  for (let round = 0; round < 10; round++) {
    const released = releaseInit(page);
    const loaded = loadSession(page);
    await vi.runAllTimersAsync();
    const served = executeLoader(page);
    const started = startClient(page);
    if (!released && !loaded && !served && !started) return;
  }
}

const VISITOR_COMMAND = /^(user|session|message):/;
const isVisitorCommand = (command: FakeCommand) =>
  (command[0] === 'set' && VISITOR_COMMAND.test(String(command[1]))) ||
  (command[0] === 'do' && /^message:(send|show)$/.test(String(command[1])));

/** What holds after every step, whatever the fake has processed yet. */
export function checkAlways(model: VisitorModel, page: ModelPage): void {
  const { fake } = page;
  expect(
    page.reported.map((error) => error.message),
    'onError for valid input',
  ).toEqual([]);
  expect(
    fake.errors.map((error) => error.message),
    'commands Crisp refused',
  ).toEqual([]);
  expect(lTags(), 'l.js tags in the page').toBeLessThanOrEqual(1);
  expect(fake.requests, 'l.js requests').toBeLessThanOrEqual(1);
  expect(fake.clientInjections, 'client.js injections').toBeLessThanOrEqual(1);
  if (model.consent === 'pending' && model.tagsWhenPending !== undefined)
    expect(lTags(), 'l.js requested while consent is pending').toBe(model.tagsWhenPending);
  if (model.revoke) {
    const waiting = [...model.revoke.waiting];
    const processed = fake.commands.slice(model.revoke.commands).filter((command) => {
      const at = waiting.indexOf(JSON.stringify(command));
      if (at >= 0) waiting.splice(at, 1);
      return at < 0 && isVisitorCommand(command);
    });
    expect(processed, 'visitor commands processed while consent is revoked').toEqual([]);
  }
}

const heldField = (page: ModelPage, field: UserField): string | null => {
  const user = page.fake.session.user;
  return field === 'company' ? (user.company?.name ?? null) : user[field];
};

/** What holds once the fake has processed everything (`settle`). */
export function checkSettled(model: VisitorModel, page: ModelPage): void {
  checkAlways(model, page);
  const { fake } = page;
  const session = fake.session;
  const globals = fake.globalsAtInit;
  if (model.revoke) {
    // l.js hands its copy of the token to the client's init (docs/protocol.md, "A boundary before
    // Crisp's client has started"): the reset the kit put first replaces that session when it loads.
    if (fake.live && !model.revoke.live && session.sessionId !== null)
      expect(globals.tokenId ?? null, 'token the client started with while consent is revoked').toBeNull();
    // Once a session runs what waited (a hide pushed before that waits with the rest).
    if (fake.live && session.sessionId !== null)
      expect(session.chatVisible, 'chat visible while consent is revoked').toBe(false);
    return;
  }
  if (session.sessionId === null) return;
  // Without consent yet nothing is sent, not even a reset: a Crisp the page already ran keeps its
  // session until the grant starts a new one.
  if (model.consent === 'pending') return;
  // Nothing of an earlier visitor: every value held was received since the last boundary.
  for (const field of USER_FIELDS) {
    const held = heldField(page, field);
    if (held !== null) expect(model.mayUser.get(field)?.has(held), `user ${field} ${held} in the session`).toBe(true);
  }
  if (session.user.signature !== null)
    expect(model.maySignature.has(session.user.signature), 'signature in the session').toBe(true);
  for (const [key, value] of Object.entries(session.data))
    expect(model.mayData.get(key)?.has(String(value)), `data ${key}=${value} in the session`).toBe(true);
  for (const segment of session.segments)
    expect(model.maySegments.has(segment), `segment ${segment} in the session`).toBe(true);
  // Nothing missing: the session holds the whole desired visitor.
  model.user.forEach((value, field) => {
    if (!model.rawUser.has(field)) expect(heldField(page, field), `user ${field}`).toBe(value);
  });
  if (model.signature && !model.rawUser.has('email')) expect(session.user.signature, 'signature').toBe(model.signature);
  // A released contribution's value stays in the session: a mounted one with the same key is not
  // sent again over it until the next reset.
  const released = (key: string) => model.contributions.some((c) => !c.live && c.data.has(key));
  desiredData(model).forEach((value, key) => {
    if (!model.rawData.has(key) && !released(key)) expect(session.data[key], `data ${key}`).toBe(value);
  });
  expect(session.segments, 'segments').toEqual(expect.arrayContaining([...desiredSegments(model)]));
  if (model.tokenKnown) expect(String(globals.tokenId ?? ''), 'token').toBe(String(model.token ?? ''));
  if (model.locale !== undefined) expect(globals.runtimeConfig?.['locale'], 'locale').toBe(model.locale);
  if (model.visibilityKnown) expect(session.chatVisible, 'chat visible').toBe(!model.holds.some(Boolean));
  checkRestored(model, page);
}

/**
 * A session an earlier page ran, restored by this one: with what this page gave it, it holds
 * nothing but what this visitor may have been given (her earlier pages' values included).
 */
function checkRestored(model: VisitorModel, page: ModelPage): void {
  const current = page.fake.sessions.find((record) => record.current);
  const before = current?.sessionId ? page.kept.get(current.sessionId) : undefined;
  if (!current || !before) return;
  const kept = keptAfter(before, current);
  const may = mayRestore(model);
  for (const [field, value] of Object.entries(kept.user))
    expect(may.user.get(field as UserField)?.has(value), `user ${field} ${value} in the restored session`).toBe(true);
  if (kept.signature !== null)
    expect(may.signature.has(kept.signature), 'signature in the restored session').toBe(true);
  kept.data.forEach((value, key) =>
    expect(may.data.get(key)?.has(value), `data ${key}=${value} in the restored session`).toBe(true),
  );
  kept.segments.forEach((segment) =>
    expect(may.segments.has(segment), `segment ${segment} in the restored session`).toBe(true),
  );
}
