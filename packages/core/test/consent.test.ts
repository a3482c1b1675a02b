// grantConsent / revokeConsent: nothing of Crisp before consent, a clean revoke, a grant again.
import { describe, expect, it } from 'vitest';
import { grantConsent, interaction, revokeConsent, setUser } from '@crispkit/core';
import { OTHER_ID, WEBSITE_ID, executed, lTags, setup } from './helpers';

const SESSION_COOKIE = encodeURIComponent('crisp-client/session/' + WEBSITE_ID);
const crispCookies = () => document.cookie.split('; ').filter((pair) => pair.startsWith('crisp-client'));
const crispKeys = () =>
  [localStorage, sessionStorage].flatMap((storage) =>
    Object.keys(storage).filter((k) => k.startsWith('crisp-client/')),
  );

describe('consent required', () => {
  it('requests nothing, whatever the strategy and the commands, until consent; then one l.js and the queued chat:open', async () => {
    const { fake, crisp } = setup({ load: 'eager', consent: 'required' });
    setUser(crisp, { nickname: 'Ada' });
    crisp.do('chat:open');
    crisp.load();
    expect(lTags()).toBe(0);
    expect(fake.requests).toBe(0);
    expect(crisp.getState().consent).toBe('pending');

    grantConsent(crisp);
    grantConsent(crisp);
    expect(crisp.getState().consent).toBe('granted');
    await fake.load();
    expect(fake.requests).toBe(1);
    expect(crisp.getState().status).toBe('ready');
    expect(fake.session.chatOpened).toBe(true);
    expect(fake.session.user.nickname).toBe('Ada');
    expect(executed(fake, 'do').filter((c) => c[1] == 'chat:open')).toHaveLength(1);
  });

  it('starts the strategy at the grant: interactions before consent load nothing, the next one loads', async () => {
    const { fake, crisp } = setup({ load: interaction, consent: 'required' });
    fake.interact('pointerdown');
    fake.interact('keydown');
    grantConsent(crisp);
    await fake.settled();
    expect(fake.requests).toBe(0);
    fake.interact('scroll');
    await fake.load();
    expect(fake.requests).toBe(1);
  });

  it('with a manual strategy and nothing asked, a grant loads nothing', async () => {
    const { fake, crisp } = setup({ consent: 'required' });
    grantConsent(crisp);
    await fake.settled();
    expect(fake.requests).toBe(0);
    crisp.load();
    expect(lTags()).toBe(1);
  });

  it('grant does nothing to a client that never required consent', () => {
    const { crisp } = setup();
    grantConsent(crisp);
    expect(crisp.getState().consent).toBe('not-required');
  });
});

describe('revokeConsent', () => {
  async function loaded() {
    document.cookie = 'unrelated=1; path=/';
    localStorage.setItem('crisp-client/cache/' + OTHER_ID, 'another website');
    const context = setup({ consent: 'required', tokenId: 'token-of-ada' });
    grantConsent(context.crisp);
    context.crisp.load();
    await context.fake.load();
    context.fake.visitor.send('my order number is 42');
    return context;
  }

  it("hides the chat, clears the token, removes the website's cookies and storage keys, and sends nothing more", async () => {
    const { fake, crisp } = await loaded();
    // What Crisp v2.7.0 keeps (its traces): the session cookie and, with a token, the token's one.
    expect(document.cookie).toContain(SESSION_COOKIE + '=');
    expect(document.cookie).toContain(SESSION_COOKIE + encodeURIComponent('/token-of-ada') + '=');
    // Newer clients may keep storage keys too: a key named after this website goes as well.
    localStorage.setItem('crisp-client/cache/' + WEBSITE_ID, 'this website');

    revokeConsent(crisp);
    expect(crisp.getState().consent).toBe('revoked');
    await fake.settled();
    expect(fake.session.chatVisible).toBe(false);
    expect((window as { CRISP_TOKEN_ID?: unknown }).CRISP_TOKEN_ID).toBeUndefined();
    expect(crispCookies()).toEqual([]);
    // Another website's key stays; so does the page's own cookie.
    expect(crispKeys()).toEqual(['crisp-client/cache/' + OTHER_ID]);
    expect(document.cookie).toContain('unrelated=1');

    const before = fake.commands.length;
    crisp.do('chat:open');
    setUser(crisp, { nickname: 'Ada' });
    crisp.load();
    await fake.settled();
    expect(fake.commands).toHaveLength(before);
    expect(fake.requests).toBe(1);
    expect(crispCookies()).toEqual([]);
  });

  it('a grant again starts a new, empty session, shows the chat and sends what waited, without a reload', async () => {
    const { fake, crisp } = await loaded();
    const first = fake.session.sessionId;
    revokeConsent(crisp);
    crisp.do('chat:open');
    setUser(crisp, { nickname: 'Ada' });
    await fake.settled();

    grantConsent(crisp);
    await fake.settled();
    expect(fake.requests).toBe(1);
    expect(fake.session.sessionId).not.toBe(first);
    expect(fake.session.sessionId).not.toContain('token-of-ada');
    expect(fake.session.messages.filter((m) => m.content == 'my order number is 42')).toEqual([]);
    expect(fake.session.chatVisible).toBe(true);
    expect(fake.session.chatOpened).toBe(true);
    expect(fake.session.user.nickname).toBe('Ada');
    expect(crisp.getState()).toMatchObject({ consent: 'granted', status: 'ready', sessionId: fake.session.sessionId });
    // The reset, then the show, then what waited.
    const sent = executed(fake, 'do').map((c) => c[1]);
    expect(sent.slice(sent.lastIndexOf('chat:hide'))).toEqual(['chat:hide', 'session:reset', 'chat:show', 'chat:open']);
  });

  it('before any load, removes what an earlier page left and keeps the load waiting until a grant', async () => {
    document.cookie = SESSION_COOKIE + '=earlier; path=/';
    sessionStorage.setItem('crisp-client/socket/' + WEBSITE_ID, 'earlier');
    const { fake, crisp } = setup({ load: 'eager', consent: 'required' });
    revokeConsent(crisp);
    expect(crispCookies()).toEqual([]);
    expect(crispKeys()).toEqual([]);
    crisp.do('chat:open');
    await fake.settled();
    expect(fake.requests).toBe(0);
    grantConsent(crisp);
    await fake.load();
    expect(fake.requests).toBe(1);
    expect(fake.session.chatOpened).toBe(true);
  });

  it('during a load, forgets the session the load brings as well', async () => {
    const { fake, crisp } = setup({ consent: 'required' });
    grantConsent(crisp);
    crisp.load();
    await fake.executeLoader();
    revokeConsent(crisp);
    await fake.startClient();
    expect(fake.session.sessionId).not.toBeNull();
    expect(crispCookies()).toEqual([]);
    expect(crispKeys()).toEqual([]);
  });
});
