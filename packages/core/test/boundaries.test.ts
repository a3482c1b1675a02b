// Issue 21 point 2: the visitor boundaries measured on Crisp's real client, against the fake
// calibrated on it (packages/testing/traces), through the kit's public API only. The failing ones
// are the kit bugs the traces exposed: each is marked `it.fails` until the kit is fixed.
import { afterEach, describe, expect, it } from 'vitest';
import * as core from '@crispkit/core';
import { installFakeCrisp, type FakeCrisp } from '@crispkit/testing';
import { WEBSITE_ID } from './helpers';

const ALICE = { tokenId: 'tok-alice', email: 'alice@example.com' };

/** Crisp's cookies for the website, decoded: what the next page's client restores from. */
const crispCookies = () =>
  document.cookie
    .split(/; */)
    .map((pair) => decodeURIComponent(pair.split('=')[0] ?? ''))
    .filter((name) => name.startsWith(`crisp-client/session/${WEBSITE_ID}`));

let fake: FakeCrisp | undefined;
afterEach(() => fake?.uninstall());

/** A page with the kit and a loaded session. */
async function loadedPage() {
  fake = installFakeCrisp();
  const crisp = core.createCrisp({ websiteId: WEBSITE_ID, load: 'eager' });
  await fake.settled();
  return crisp;
}

/** The next page: no token, a new kit; which session does Crisp restore? */
async function nextPage(previous: string | null) {
  fake = fake!.navigate();
  core.createCrisp({ websiteId: WEBSITE_ID, load: 'eager' });
  await fake.settled();
  expect(fake.session.sessionId).not.toBeNull();
  return fake.session.sessionId !== previous;
}

describe('(a) a sign-out followed by a navigation', () => {
  // kit fix pending (issue 21 point 2)
  it.fails(
    'logout of a token visitor before her session loaded, then a navigation: nothing of her is left',
    async () => {
      fake = installFakeCrisp();
      const first = core.createCrisp({ websiteId: WEBSITE_ID, load: 'eager' });
      core.login(first, ALICE);
      await fake.settled();
      const hers = fake.session.sessionId;
      fake = fake.navigate({ behavior: 'never-ready' });
      const crisp = core.createCrisp({ websiteId: WEBSITE_ID, load: 'eager', tokenId: ALICE.tokenId } as never);
      await fake.settled();
      core.logout(crisp); // the reset waits in Crisp's pending list: Crisp's storage is untouched
      expect(crispCookies(), 'nothing of Alice in Crisp storage, synchronously').toEqual([]);
      expect(await nextPage(hers), 'the next page starts a new session').toBe(true);
    },
  );

  it('logout of a live session, then a navigation: the next page starts a new session', async () => {
    const crisp = await loadedPage();
    core.login(crisp, ALICE);
    await fake!.settled();
    const hers = fake!.session.sessionId;
    core.logout(crisp);
    expect(await nextPage(hers)).toBe(true);
  });

  it('logout of an email-only visitor, then a navigation in the same task: her session is not restored', async () => {
    const crisp = await loadedPage();
    core.setUser(crisp, { email: ALICE.email });
    await fake!.settled();
    const hers = fake!.session.sessionId;
    core.logout(crisp);
    expect(crispCookies(), 'nothing of the visitor in Crisp storage, synchronously').toEqual([]);
    expect(await nextPage(hers)).toBe(true);
  });

  it('revoke, then a navigation: the next page starts a new session', async () => {
    fake = installFakeCrisp();
    const crisp = core.createCrisp({ websiteId: WEBSITE_ID, load: 'eager', consent: 'required' });
    core.grantConsent(crisp);
    core.login(crisp, ALICE);
    await fake.settled();
    const hers = fake.session.sessionId;
    core.revokeConsent(crisp);
    expect(crispCookies()).toEqual([]);
    expect(await nextPage(hers)).toBe(true);
  });
});

describe('(b) a revoke in the init handshake window', () => {
  // kit fix pending (issue 21 point 2)
  it.fails(
    'after client.js executed, before init: her email never reaches Crisp and no client starts with her token',
    async () => {
      fake = installFakeCrisp({ holdInit: true });
      const crisp = core.createCrisp({ websiteId: WEBSITE_ID, load: 'eager', consent: 'required' });
      core.grantConsent(crisp);
      core.login(crisp, ALICE);
      await fake.settled();
      expect(fake.live, 'client.js executed').not.toBeNull();
      core.revokeConsent(crisp);
      await fake.releaseInit();
      expect(JSON.stringify(fake.sessions.map((s) => s.commands))).not.toContain(ALICE.email);
      expect(fake.sessions.map((s) => s.tokenId)).not.toContain(ALICE.tokenId);
    },
  );

  // kit fix pending (issue 21 point 2)
  it.fails('after init, before the session loaded: her email never reaches Crisp', async () => {
    fake = installFakeCrisp({ behavior: 'never-ready' });
    const crisp = core.createCrisp({ websiteId: WEBSITE_ID, load: 'eager', consent: 'required' });
    core.grantConsent(crisp);
    core.login(crisp, ALICE);
    await fake.settled();
    core.revokeConsent(crisp);
    await fake.becomeReady();
    expect(JSON.stringify(fake.sessions.map((s) => s.commands))).not.toContain(ALICE.email);
  });
});

describe("(c) Crisp's snippet on the page of the kit", () => {
  it('a snippet pasted twice: two client.js, the first copy lost (Crisp itself)', async () => {
    fake = installFakeCrisp({ holdClient: true });
    const page = window as unknown as Record<string, unknown>;
    page.$crisp = [['set', 'user:nickname', ['Ada']]];
    page.CRISP_WEBSITE_ID = WEBSITE_ID;
    for (let i = 0; i < 2; i++) {
      const tag = document.createElement('script');
      tag.src = 'https://client.crisp.chat/l.js';
      document.head.appendChild(tag);
    }
    await fake.settled();
    await fake.startClient();
    expect(fake.clientInjections).toBe(2);
    expect(fake.session.user.nickname).toBeNull();
    expect(fake.lost).toEqual([['set', 'user:nickname', ['Ada']]]);
  });

  // kit fix pending (issue 21 point 2)
  it.fails(
    'createCrisp inline while the page parses, Crisp snippet later: one client.js, the email arrives',
    async () => {
      fake = installFakeCrisp({ holdClient: true });
      Object.defineProperty(document, 'readyState', { configurable: true, get: () => 'loading' });
      try {
        const crisp = core.createCrisp({ websiteId: WEBSITE_ID, load: 'eager' });
        core.setUser(crisp, { email: ALICE.email });
        const page = window as unknown as Record<string, unknown>;
        page.$crisp = Array.isArray(page.$crisp) ? page.$crisp : [];
        const tag = document.createElement('script');
        tag.src = 'https://client.crisp.chat/l.js';
        document.head.appendChild(tag);
      } finally {
        delete (document as unknown as Record<string, unknown>).readyState;
      }
      await fake.settled();
      await fake.startClient();
      expect(fake.clientInjections).toBe(1);
      expect(fake.session.user.email).toBe(ALICE.email);
    },
  );
});

describe("(e) the model's sequence (seed -839621327)", () => {
  // kit fix pending (issue 21 point 2): the model expects vip, the kit leaves it out; which one is
  // right is point 5 of the issue (the logout's restart and the held segment).
  it.fails(
    'eager, avatar, destroy, consent required, segment vip without overwrite, grant, logout: vip in the session',
    async () => {
      fake = installFakeCrisp();
      const first = core.createCrisp({ websiteId: WEBSITE_ID, load: 'eager' });
      core.setUser(first, { avatar: 'https://example.com/a.png' });
      first.destroy();
      const crisp = core.createCrisp({ websiteId: WEBSITE_ID, load: 'eager', consent: 'required' });
      core.setSegments(crisp, ['vip'], false);
      core.grantConsent(crisp);
      core.logout(crisp);
      await fake.settled();
      expect(fake.session.segments).toContain('vip');
    },
  );
});
