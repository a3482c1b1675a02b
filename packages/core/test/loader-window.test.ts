// Identity in the window between l.js executing and $crisp going live (issue 9, point 2): Crisp's
// loader has already copied the globals, so rewriting them is not enough; the kit must reset the
// session, and nothing of the previous visitor still queued may reach the new one.
import { describe, expect, it } from 'vitest';
import { login, logout, ready, setLocale, setSessionData, setUser } from '@crispkit/core';
import type { FakeCrisp } from '@crispkit/testing';
import { setup } from './helpers';

const ada = { tokenId: 'tok-ada-7f3a', email: 'ada@example.com', nickname: 'Ada', data: { plan: 'pro' } };
const bob = { tokenId: 'tok-bob-91c2', email: 'bob@example.com', data: { plan: 'free' } };

/** Index of the first executed command matching, or -1. */
const indexOf = (fake: FakeCrisp, match: (command: readonly unknown[]) => boolean) => fake.commands.findIndex(match);
const isReset = (c: readonly unknown[]) => c[0] === 'do' && c[1] === 'session:reset';
const isIdentity = (c: readonly unknown[]) => c[0] === 'set' && /^(user|session):/.test(String(c[1]));

/** A page whose l.js has executed (globals copied) while client.js is still on its way. */
async function inWindow(options: Parameters<typeof setup>[0] = {}) {
  const { fake, crisp } = setup(options, { mode: 'manual', holdClient: true });
  return { fake, crisp, loaded: () => crisp.load() };
}

describe('identity between l.js executing and the live client', () => {
  it('logout: the client never runs a session with the previous token or identity', async () => {
    const { fake, crisp, loaded } = await inWindow();
    login(crisp, ada);
    loaded();
    await fake.executeLoader();
    // The loader took its copy with Ada's token: this is the window (an old fake read at init).
    expect(fake.globalsAtInit).toMatchObject({ readAt: 'l.js', tokenId: 'tok-ada-7f3a' });
    expect(fake.live).toBeNull();

    logout(crisp);
    expect(window.CRISP_TOKEN_ID).toBeUndefined();
    await fake.startClient();
    await ready(crisp);
    await fake.settled();

    // Reset before any identity, and Ada's queued identity never reached Crisp.
    const reset = indexOf(fake, isReset);
    expect(reset).toBeGreaterThanOrEqual(0);
    const firstIdentity = indexOf(fake, isIdentity);
    expect(firstIdentity === -1 || firstIdentity > reset).toBe(true);
    expect(JSON.stringify(fake.commands)).not.toMatch(/ada@example|Ada|"pro"/);
    expect(fake.globalsAtInit.tokenId ?? undefined).toBeUndefined();
    expect(fake.session.sessionId).not.toContain('tok-ada');
    expect(fake.session.user.email).toBeNull();
    expect(fake.session.data).toEqual({});
    expect(fake.errors).toEqual([]);
    expect(crisp.getState()).toMatchObject({ status: 'ready', sessionId: fake.session.sessionId });
  });

  it("login as B: B's email is applied only after a reset that runs with B's token", async () => {
    const { fake, crisp, loaded } = await inWindow();
    login(crisp, ada);
    loaded();
    await fake.executeLoader();
    expect(fake.globalsAtInit.tokenId).toBe('tok-ada-7f3a');

    login(crisp, bob);
    await fake.startClient();
    await ready(crisp);
    await fake.settled();

    const reset = indexOf(fake, isReset);
    const email = indexOf(fake, (c) => c[0] === 'set' && c[1] === 'user:email');
    expect(reset).toBeGreaterThanOrEqual(0);
    expect(email).toBeGreaterThan(reset);
    expect(fake.commands[email]).toEqual(['set', 'user:email', ['bob@example.com']]);
    expect(JSON.stringify(fake.commands)).not.toMatch(/ada@example/);
    expect(fake.globalsAtInit).toMatchObject({ readAt: 'session:reset', tokenId: 'tok-bob-91c2' });
    expect(fake.session.sessionId).toBe('session_tok_tok-bob-91c2');
    expect(fake.session.user.email).toBe('bob@example.com');
    expect(fake.session.user.nickname).toBeNull();
    expect(fake.session.data).toEqual({ plan: 'free' });
    expect(fake.errors).toEqual([]);
  });

  it('login from anonymous: the session runs with the token, the identity after the reset', async () => {
    const { fake, crisp, loaded } = await inWindow();
    setSessionData(crisp, { page: 'home' });
    loaded();
    await fake.executeLoader();
    expect(fake.globalsAtInit.tokenId ?? undefined).toBeUndefined();

    login(crisp, bob);
    await fake.startClient();
    await fake.settled();

    expect(fake.globalsAtInit.tokenId).toBe('tok-bob-91c2');
    expect(fake.session.sessionId).toBe('session_tok_tok-bob-91c2');
    expect(indexOf(fake, (c) => c[0] === 'set' && c[1] === 'user:email')).toBeGreaterThan(indexOf(fake, isReset));
    expect(fake.session.user.email).toBe('bob@example.com');
    expect(fake.errors).toEqual([]);
  });

  it('setLocale takes effect, and the identity of the session is kept', async () => {
    const { fake, crisp, loaded } = await inWindow({ locale: 'en', runtimeConfig: { lock_maximized: true } });
    setUser(crisp, { email: 'ada@example.com', nickname: 'Ada' });
    setSessionData(crisp, { plan: 'pro' });
    loaded();
    await fake.executeLoader();
    expect(fake.globalsAtInit.runtimeConfig).toMatchObject({ locale: 'en' });

    setLocale(crisp, 'fr');
    await fake.startClient();
    await fake.settled();

    expect(fake.globalsAtInit.runtimeConfig).toEqual({ locale: 'fr', lock_maximized: true });
    expect(fake.globalsAtInit.readAt).toBe('session:reset');
    expect(fake.session.user).toMatchObject({ email: 'ada@example.com', nickname: 'Ada' });
    expect(fake.session.data).toEqual({ plan: 'pro' });
    expect(fake.errors).toEqual([]);
  });

  it('before l.js executes, rewriting the globals is enough: no reset, nothing of the previous user', async () => {
    const { fake, crisp } = setup({}, { mode: 'manual' });
    login(crisp, ada);
    crisp.load();
    logout(crisp);
    login(crisp, bob);
    await fake.load();
    expect(fake.globalsAtInit).toMatchObject({ readAt: 'l.js', tokenId: 'tok-bob-91c2' });
    expect(indexOf(fake, isReset)).toBe(-1);
    expect(JSON.stringify(fake.commands)).not.toMatch(/ada@example/);
    expect(fake.session.user.email).toBe('bob@example.com');
  });
});
