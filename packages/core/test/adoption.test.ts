// Adoption of every embed form Crisp's own snippet uses (issue 9, point 3): one loader, one
// client.js, nothing queued lost; a second website id refused; a `var`-declared token cleared.
import { describe, expect, it } from 'vitest';
import { createCrisp, logout, ready, setSessionData, type CrispKitError } from '@crispkit/core';
import { fakeCrisp, OTHER_ID, WEBSITE_ID } from './helpers';

const FORMS = {
  '/l.js': 'https://client.crisp.chat/l.js',
  '/l/<id>.js': `https://client.crisp.chat/l/${WEBSITE_ID}.js`,
};

/** Every script the page requested from Crisp's loader, in either form. */
const loaderTags = () => document.querySelectorAll('script[src^="https://client.crisp.chat/l"]').length;

/** Crisp's embed code as pasted into a page; the `/l/<id>.js` form needs no CRISP_WEBSITE_ID. */
function snippet(src: string, queued: unknown[] = []): HTMLScriptElement {
  window.$crisp = queued as never;
  if (src.endsWith('/l.js')) window.CRISP_WEBSITE_ID = WEBSITE_ID;
  const tag = document.createElement('script');
  tag.src = src;
  tag.async = true;
  document.head.appendChild(tag);
  return tag;
}

describe.each(Object.entries(FORMS))("a page with Crisp's %s snippet", (_, src) => {
  it('still loading: adopted, one loader and one client.js, its queue and the kit commands all run', async () => {
    const fake = fakeCrisp({ mode: 'manual' });
    snippet(src, [['set', 'user:nickname', ['From snippet']]]);
    const crisp = createCrisp({ websiteId: WEBSITE_ID, load: 'eager' });
    setSessionData(crisp, { plan: 'pro' });
    crisp.do('chat:open');
    expect(loaderTags()).toBe(1);
    await fake.load();
    await ready(crisp);

    expect(loaderTags()).toBe(1);
    expect(fake.requests).toBe(1);
    expect(fake.executions).toBe(1);
    expect(fake.clientInjections).toBe(1);
    expect(fake.lost).toEqual([]);
    expect(fake.session).toMatchObject({
      user: { nickname: 'From snippet' },
      data: { plan: 'pro' },
      chatOpened: true,
    });
    expect(fake.errors).toEqual([]);
    expect(crisp.getState()).toMatchObject({ status: 'ready', sessionId: fake.session.sessionId });
  });

  it('executed, client.js on its way: adopted, nothing queued lost', async () => {
    const fake = fakeCrisp({ mode: 'manual', holdClient: true });
    snippet(src, [['set', 'user:nickname', ['From snippet']]]);
    await fake.executeLoader();
    const crisp = createCrisp({ websiteId: WEBSITE_ID, load: 'eager' });
    setSessionData(crisp, { plan: 'pro' });
    crisp.do('chat:open');
    await fake.startClient();
    await ready(crisp);

    expect(loaderTags()).toBe(1);
    expect(fake.requests).toBe(1);
    expect(fake.clientInjections).toBe(1);
    expect(fake.lost).toEqual([]);
    expect(fake.session).toMatchObject({ user: { nickname: 'From snippet' }, data: { plan: 'pro' }, chatOpened: true });
    expect(fake.errors).toEqual([]);
  });

  it('live: adopted as it is, nothing injected, commands reach the live object', async () => {
    const fake = fakeCrisp();
    snippet(src);
    await fake.settled();
    const live = window.$crisp;
    expect(Array.isArray(live)).toBe(false);

    const crisp = createCrisp({ websiteId: WEBSITE_ID, load: 'eager' });
    crisp.load();
    setSessionData(crisp, { plan: 'pro' });
    crisp.do('chat:open');
    await ready(crisp);
    await fake.settled();

    expect(window.$crisp).toBe(live);
    expect(loaderTags()).toBe(1);
    expect(fake.requests).toBe(1);
    expect(fake.clientInjections).toBe(1);
    expect(fake.session).toMatchObject({ data: { plan: 'pro' }, chatOpened: true });
    expect(crisp.getState().sessionId).toBe(fake.session.sessionId);
  });
});

describe('a loader URL naming another website', () => {
  it.each([
    ['still loading', false],
    ['live', true],
  ])('%s: createCrisp throws naming both ids, and adds nothing', async (_, live) => {
    const fake = fakeCrisp({ mode: live ? 'auto' : 'manual' });
    snippet(`https://client.crisp.chat/l/${OTHER_ID}.js`);
    if (live) await fake.settled();
    let error: CrispKitError | undefined;
    try {
      createCrisp({ websiteId: WEBSITE_ID, load: 'eager' });
    } catch (thrown) {
      error = thrown as CrispKitError;
    }
    expect(error?.field).toBe('websiteId');
    expect(error?.message).toContain(WEBSITE_ID);
    expect(error?.message).toContain(OTHER_ID);
    await fake.settled();
    expect(loaderTags()).toBe(1);
    expect(fake.requests).toBe(1);
  });
});

describe('a page that declared `var CRISP_TOKEN_ID`', () => {
  // What `var CRISP_TOKEN_ID = "t"` in a classic script makes: a global that cannot be deleted.
  const declareVarToken = () =>
    Object.defineProperty(window, 'CRISP_TOKEN_ID', {
      value: 't',
      writable: true,
      configurable: false,
      enumerable: true,
    });

  it('can log out after load: no throw, the token cleared to undefined, the next session has none', async () => {
    declareVarToken();
    const fake = fakeCrisp();
    const crisp = createCrisp({ websiteId: WEBSITE_ID, load: 'eager' });
    await ready(crisp);
    expect(fake.globalsAtInit.tokenId).toBe('t');

    expect(() => logout(crisp)).not.toThrow();
    expect(Object.prototype.hasOwnProperty.call(window, 'CRISP_TOKEN_ID')).toBe(true);
    expect(window.CRISP_TOKEN_ID).toBeUndefined();
    await ready(crisp);
    await fake.settled();
    expect(fake.commands).toContainEqual(['do', 'session:reset']);
    expect(fake.globalsAtInit).toMatchObject({ readAt: 'session:reset', tokenId: undefined });
    expect(fake.session.sessionId).not.toBe('session_tok_t');
  });

  it('can log out before l.js executes: Crisp starts without the token', async () => {
    declareVarToken();
    const fake = fakeCrisp({ mode: 'manual' });
    const crisp = createCrisp({ websiteId: WEBSITE_ID, load: 'manual' });
    expect(() => logout(crisp)).not.toThrow();
    expect(window.CRISP_TOKEN_ID).toBeUndefined();
    crisp.load();
    await fake.load();
    expect(fake.globalsAtInit).toMatchObject({ readAt: 'l.js', tokenId: undefined });
    expect(fake.session.sessionId).not.toBe('session_tok_t');
  });
});
