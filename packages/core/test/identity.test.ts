// login, logout and setLocale: the sequences Crisp needs for identity (docs/protocol.md).
import { describe, expect, it } from 'vitest';
import { login, logout, ready, setLocale, setSessionData, setUser } from '@crispkit/core';
import { executed, setup } from './helpers';

const ada = {
  tokenId: 'tok-ada-7f3a',
  email: 'ada@example.com',
  nickname: 'Ada',
  data: { plan: 'pro' },
  segments: ['vip'],
};
const bob = { tokenId: 'tok-bob-91c2', email: 'bob@example.com', data: { plan: 'free' } };

describe('identity', () => {
  it('login after load: token set, session reset, then only the new user identity', async () => {
    const { fake, crisp } = setup({ load: 'eager' });
    await ready(crisp);
    const anonymous = crisp.getState().sessionId;
    login(crisp, ada);
    expect(window.CRISP_TOKEN_ID).toBe('tok-ada-7f3a');
    await ready(crisp);
    await fake.settled();
    expect(executed(fake)).toEqual([
      ['do', 'session:reset'],
      ['set', 'user:email', ['ada@example.com']],
      ['set', 'user:nickname', ['Ada']],
      ['set', 'session:data', [[['plan', 'pro']]]],
      ['set', 'session:segments', [['vip'], false]],
    ]);
    expect(fake.globalsAtInit.tokenId).toBe('tok-ada-7f3a');
    expect(crisp.getState().status).toBe('ready');
    expect(crisp.getState().sessionId).not.toBe(anonymous);
  });

  it('logout leaves nothing of the previous user in globals, caches or later commands', async () => {
    const { fake, crisp } = setup({ load: 'eager' });
    login(crisp, ada);
    await ready(crisp);
    logout(crisp);
    expect(window.CRISP_TOKEN_ID).toBeUndefined();
    await ready(crisp);
    await fake.settled();
    const after = fake.commands.length;
    // The same values again must be sent again: the caches were cleared.
    setSessionData(crisp, { plan: 'pro' });
    setUser(crisp, { nickname: 'Guest' });
    const later = fake.commands.slice(after);
    expect(later).toEqual([
      ['set', 'session:data', [[['plan', 'pro']]]],
      ['set', 'user:nickname', ['Guest']],
    ]);
    expect(JSON.stringify(later)).not.toMatch(/ada@example|tok-ada/);
    expect(fake.globalsAtInit.tokenId ?? undefined).toBeUndefined();
    expect(fake.session.user.email ?? undefined).toBeUndefined();
    expect(fake.session.data).toEqual({ plan: 'pro' });
  });

  it('login then logout before load: the queue holds no trace of the previous user', async () => {
    const { fake, crisp } = setup({}, { mode: 'manual' });
    login(crisp, ada);
    logout(crisp);
    login(crisp, bob);
    expect(JSON.stringify(window.$crisp)).not.toMatch(/ada/);
    crisp.load();
    await fake.load();
    await fake.settled();
    expect(fake.globalsAtInit.tokenId).toBe('tok-bob-91c2');
    expect(executed(fake, 'set')).toEqual([
      ['set', 'user:email', ['bob@example.com']],
      ['set', 'session:data', [[['plan', 'free']]]],
    ]);
    expect(executed(fake, 'do')).toEqual([]);
  });

  it('switching users after load resets between them', async () => {
    const { fake, crisp } = setup({ load: 'eager' });
    login(crisp, ada);
    await ready(crisp);
    login(crisp, bob);
    await ready(crisp);
    await fake.settled();
    expect(fake.globalsAtInit.tokenId).toBe('tok-bob-91c2');
    expect(fake.session.user.email).toBe('bob@example.com');
    expect(fake.session.data).toEqual({ plan: 'free' });
    expect(fake.session.segments).toEqual([]);
  });

  it('setLocale merges the locale into the runtime config, resets and re-sends the identity', async () => {
    const { fake, crisp } = setup({ load: 'eager', runtimeConfig: { lock_maximized: true } });
    setUser(crisp, { email: 'ada@example.com' });
    setSessionData(crisp, { plan: 'pro' });
    await ready(crisp);
    setLocale(crisp, 'fr');
    await ready(crisp);
    await fake.settled();
    expect(window.CRISP_RUNTIME_CONFIG).toEqual({ lock_maximized: true, locale: 'fr' });
    expect(fake.globalsAtInit.runtimeConfig).toMatchObject({ locale: 'fr', lock_maximized: true });
    expect(fake.session.user.email).toBe('ada@example.com');
    expect(fake.session.data).toEqual({ plan: 'pro' });
  });
});

describe('globals', () => {
  it('writes every option to the globals before injecting l.js and keeps page runtime config keys', async () => {
    const { fake } = setup(
      {
        load: 'eager',
        tokenId: 't-1',
        locale: 'de',
        cookieDomain: 'example.test',
        cookieExpire: 3600,
        nonce: 'abc123',
        runtimeConfig: { session_merge: true },
      },
      {},
    );
    window.CRISP_RUNTIME_CONFIG = { ...window.CRISP_RUNTIME_CONFIG, lock_full_view: true };
    await fake.settled();
    expect(fake.globalsAtInit).toMatchObject({
      websiteId: '7598bf86-9ebb-46bc-8d61-be8357bbf4b4',
      tokenId: 't-1',
      cookieDomain: 'example.test',
      cookieExpire: 3600,
      includeAttrs: { nonce: 'abc123' },
      runtimeConfig: { locale: 'de', session_merge: true, lock_full_view: true },
    });
    const tag = document.querySelector<HTMLScriptElement>('script[src*="l.js"]')!;
    expect(tag.nonce).toBe('abc123');
  });

  it('never wipes runtime config keys the page set before', () => {
    window.CRISP_RUNTIME_CONFIG = { lock_maximized: true };
    setup({ locale: 'fr', runtimeConfig: { session_merge: true } });
    expect(window.CRISP_RUNTIME_CONFIG).toEqual({ lock_maximized: true, session_merge: true, locale: 'fr' });
  });

  it('chains a CRISP_READY_TRIGGER the page already set', async () => {
    let called = 0;
    window.CRISP_READY_TRIGGER = () => void called++;
    const { crisp } = setup({ load: 'eager' });
    await ready(crisp);
    expect(called).toBe(1);
  });
});
