// The four paths on which one visitor used to reach the next (issue 18, "Why" 1–4), in the
// development and production builds, against the fake's per-session record of what Crisp received:
// a revoke right after a grant and a login; a partial setUser then a locale change; a logout after
// the fields were cleared; Crisp's own snippet run after the kit.
import { beforeAll, describe, expect, it } from 'vitest';
import type { CrispClient } from '@crispkit/core';
import type { FakeCrisp, FakeSessionRecord } from '@crispkit/testing';
import { BUILDS, type Core } from './builds';
import { WEBSITE_ID, fakeCrisp } from './helpers';

const ALICE = { tokenId: 'tok-alice', email: 'alice@example.com', data: { owner: 'alice' } };

/** Every command that reached Crisp, whichever session it landed in, as text to search. */
const received = (fake: FakeCrisp) => JSON.stringify(fake.sessions.map((session) => session.commands));

/** `set user:*` and `set session:*` commands: the visitor's identity, data and segments. */
const identityCommands = (fake: FakeCrisp) =>
  fake.commands.filter(([verb, name]) => verb === 'set' && /^(user|session):/.test(String(name)));

const current = (fake: FakeCrisp): FakeSessionRecord => {
  const session = fake.sessions.at(-1);
  if (!session?.current) throw new Error('the client has no session');
  return session;
};

/** The session in which Crisp received a nickname. */
const sessionWithNickname = (fake: FakeCrisp, nickname: string) =>
  fake.sessions.find((session) =>
    session.commands.some(
      ([verb, name, args]) => verb === 'set' && name === 'user:nickname' && JSON.stringify(args) === `["${nickname}"]`,
    ),
  );

/** Crisp's embed code as its dashboard gives it, run by the page after the kit. */
function crispSnippet(): void {
  window.$crisp = [];
  window.CRISP_WEBSITE_ID = WEBSITE_ID;
  const script = document.createElement('script');
  script.src = 'https://client.crisp.chat/l.js';
  script.async = true;
  document.getElementsByTagName('head')[0]!.appendChild(script);
}

describe.each(BUILDS)('%s build', (_, load) => {
  let core: Core;
  beforeAll(async () => {
    core = await load();
  });

  /** A page whose client is live with its session established. */
  async function live(): Promise<{ fake: FakeCrisp; crisp: CrispClient }> {
    const fake = fakeCrisp();
    const crisp = core.createCrisp({ websiteId: WEBSITE_ID, load: 'eager' });
    await core.ready(crisp);
    await fake.settled();
    return { fake, crisp };
  }

  /** A page whose l.js has executed (globals copied) while client.js is held: `$crisp` is the array. */
  async function inTheWindow(options: { consent?: 'required' } = {}) {
    const fake = fakeCrisp({ holdClient: true });
    const crisp = core.createCrisp({ websiteId: WEBSITE_ID, load: 'eager', ...options });
    return {
      fake,
      crisp,
      async loaderExecuted() {
        await fake.settled();
        expect(fake.executions, 'l.js executed').toBe(1);
        expect(fake.live, 'client not live yet').toBeNull();
      },
    };
  }

  describe('1. revoke after grant and login', () => {
    it('in the same tick: Crisp receives nothing of Alice, its client never runs with her token, the chat is hidden', async () => {
      const fake = fakeCrisp();
      const crisp = core.createCrisp({ websiteId: WEBSITE_ID, load: 'eager', consent: 'required' });
      core.grantConsent(crisp);
      core.login(crisp, ALICE);
      core.revokeConsent(crisp);
      await fake.settled();

      expect(received(fake)).not.toMatch(/alice/);
      expect(identityCommands(fake)).toEqual([]);
      expect(fake.sessions.map((session) => session.tokenId)).not.toContain(ALICE.tokenId);
      expect(fake.session.sessionId ?? '').not.toContain(ALICE.tokenId);
      expect(fake.session).toMatchObject({ chatVisible: false, user: { email: null }, data: {} });
      expect(crisp.getState().consent).toBe('revoked');
      expect(fake.errors).toEqual([]);
    });

    it('after l.js executed, before the client is live: what was queued for Alice never runs, no session of her token', async () => {
      const { fake, crisp, loaderExecuted } = await inTheWindow({ consent: 'required' });
      core.grantConsent(crisp);
      core.login(crisp, ALICE);
      await loaderExecuted();
      expect(fake.globalsAtInit.tokenId, "l.js copied Alice's token").toBe(ALICE.tokenId);

      core.revokeConsent(crisp);
      await fake.startClient();
      await fake.settled();

      expect(received(fake)).not.toMatch(/alice@example\.com|owner/);
      expect(identityCommands(fake)).toEqual([]);
      // l.js's copy holds her token and reaches the client's init (Crisp's handshake: see
      // docs/protocol.md, "A boundary before Crisp's client has started"); the reset the kit put
      // first replaces that session before it runs anything.
      expect(fake.sessions.at(-1)!.tokenId ?? null).toBeNull();
      expect(fake.session.sessionId).not.toContain(ALICE.tokenId);
      expect(fake.session).toMatchObject({ chatVisible: false, user: { email: null }, data: {} });
      expect(window.CRISP_TOKEN_ID ?? null).toBeNull();
      expect(fake.errors).toEqual([]);
    });
  });

  describe('2. setUser({ email }), setUser({ nickname }), then setLocale', () => {
    const act = (crisp: CrispClient) => {
      core.setUser(crisp, { email: 'ann@example.com' });
      core.setUser(crisp, { nickname: 'Ann' });
      core.setLocale(crisp, 'fr');
    };
    const expectAnnInFrench = (fake: FakeCrisp) => {
      expect(current(fake)).toMatchObject({
        locale: 'fr',
        user: { email: 'ann@example.com', nickname: 'Ann' },
      });
      expect(fake.session.sessionId).not.toBeNull();
      expect(fake.errors).toEqual([]);
    };

    it('on a live client: the session the locale starts has both the email and the nickname', async () => {
      const { fake, crisp } = await live();
      act(crisp);
      await fake.settled();
      expect(fake.sessions.length, 'the locale was applied by a reset').toBeGreaterThan(1);
      expectAnnInFrench(fake);
    });

    it('after l.js executed, before the client is live: the same', async () => {
      const { fake, crisp, loaderExecuted } = await inTheWindow();
      await loaderExecuted();
      act(crisp);
      await fake.startClient();
      await fake.settled();
      expectAnnInFrench(fake);
    });

    it('with the fields sent in one session and the locale changed in a later tick: the same', async () => {
      const { fake, crisp } = await live();
      core.setUser(crisp, { email: 'ann@example.com' });
      await fake.settled();
      core.setUser(crisp, { nickname: 'Ann' });
      await fake.settled();
      core.setLocale(crisp, 'fr');
      await fake.settled();
      expectAnnInFrench(fake);
    });
  });

  describe('3. fields cleared with null, then logout, then another visitor', () => {
    const act = (crisp: CrispClient) => {
      core.setUser(crisp, { email: null, nickname: null });
      core.logout(crisp);
      core.setUser(crisp, { nickname: 'Bob' });
    };

    it("on a live client: Bob's nickname lands in a new session, without Alice's email", async () => {
      const { fake, crisp } = await live();
      core.setUser(crisp, { email: 'alice@example.com', nickname: 'Alice' });
      await fake.settled();
      expect(fake.session.user).toMatchObject({ email: 'alice@example.com', nickname: 'Alice' });
      const alices = fake.sessions.length;

      act(crisp);
      await fake.settled();
      const bob = sessionWithNickname(fake, 'Bob');
      expect(bob, "the session Bob's nickname reached").toBeDefined();
      expect(fake.sessions.length, 'a reset happened').toBeGreaterThan(alices);
      expect(JSON.stringify(bob)).not.toMatch(/alice/i);
      expect(current(fake)).toMatchObject({ user: { email: null, nickname: 'Bob' } });
      expect(fake.errors).toEqual([]);
    });

    it('all before l.js executes: nothing of Alice reaches Crisp at all', async () => {
      const fake = fakeCrisp({ mode: 'manual' });
      const crisp = core.createCrisp({ websiteId: WEBSITE_ID, load: 'manual' });
      core.setUser(crisp, { email: 'alice@example.com', nickname: 'Alice' });
      act(crisp);
      crisp.load();
      await fake.load();

      expect(received(fake)).not.toMatch(/alice/i);
      expect(current(fake)).toMatchObject({ user: { email: null, nickname: 'Bob' } });
      expect(fake.errors).toEqual([]);
    });

    it('after l.js executed, before the client is live: no session of Bob holds anything of Alice', async () => {
      const { fake, crisp, loaderExecuted } = await inTheWindow();
      core.setUser(crisp, { email: 'alice@example.com', nickname: 'Alice' });
      await loaderExecuted();
      act(crisp);
      await fake.startClient();
      await fake.settled();

      const bob = sessionWithNickname(fake, 'Bob');
      expect(bob).toBeDefined();
      expect(JSON.stringify(bob)).not.toMatch(/alice/i);
      expect(current(fake)).toMatchObject({ user: { email: null, nickname: 'Bob' } });
      // Queued and not processed when the visitor left: it should never have reached Crisp.
      expect(received(fake)).not.toMatch(/alice/i);
      expect(fake.errors).toEqual([]);
    });
  });

  describe("4. Crisp's official snippet run after createCrisp and setUser", () => {
    it('the email reaches Crisp; one l.js request, one client.js, nothing lost', async () => {
      const fake = fakeCrisp();
      const crisp = core.createCrisp({ websiteId: WEBSITE_ID });
      core.setUser(crisp, { email: 'ann@example.com' });
      crispSnippet();
      core.setUser(crisp, { nickname: 'Ann' });
      await fake.settled();

      expect(fake.session.user).toMatchObject({ email: 'ann@example.com', nickname: 'Ann' });
      expect(fake.requests, 'l.js requests').toBe(1);
      expect(fake.executions, 'l.js executions').toBe(1);
      expect(fake.clientInjections, 'client.js injections').toBe(1);
      expect(fake.lost).toEqual([]);
      expect(crisp.getState()).toMatchObject({ status: 'ready', sessionId: fake.session.sessionId });
      expect(fake.errors).toEqual([]);
    });
  });
});
