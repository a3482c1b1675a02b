// Exactly one l.js per page, whatever the app does.
import { describe, expect, it, vi } from 'vitest';
import { createCrisp } from '@crispkit/core';
import { fakeCrisp, lTags, setup, WEBSITE_ID, OTHER_ID } from './helpers';

describe('exactly once', () => {
  it('100 createCrisp calls plus a re-imported module inject one l.js tag and share one client', async () => {
    const fake = fakeCrisp();
    const first = createCrisp({ websiteId: WEBSITE_ID, load: 'eager' });
    for (let i = 0; i < 99; i++) expect(createCrisp({ websiteId: WEBSITE_ID, load: 'eager' })).toBe(first);
    // A hot reload or a second copy of the package: a fresh module instance.
    vi.resetModules();
    const again = await import('../src/index');
    expect(again.createCrisp).not.toBe(createCrisp);
    const second = again.createCrisp({ websiteId: WEBSITE_ID, load: 'eager' });
    second.load();
    expect(second).toBe(first);
    await fake.settled();
    expect(lTags()).toBe(1);
    expect(fake.requests).toBe(1);
    expect(fake.clientInjections).toBe(1);
    expect(first.getState().status).toBe('ready');
  });

  it('load() called many times during and after loading requests l.js once', async () => {
    const { fake, crisp } = setup();
    crisp.load();
    crisp.load();
    await fake.settled();
    crisp.load();
    await fake.settled();
    expect(fake.requests).toBe(1);
  });

  it('a different website id on the same page throws a clear error', () => {
    setup();
    expect(() => createCrisp({ websiteId: OTHER_ID })).toThrow(/websiteId .* differs from/);
  });

  it('a page whose snippet set another CRISP_WEBSITE_ID refuses a second website', () => {
    fakeCrisp();
    window.CRISP_WEBSITE_ID = OTHER_ID;
    expect(() => createCrisp({ websiteId: WEBSITE_ID })).toThrow(/one page holds one Crisp website/);
  });

  it("adopts Crisp's own snippet that is still loading: no second tag, commands join its queue", async () => {
    const fake = fakeCrisp({ mode: 'manual' });
    window.$crisp = [['set', 'user:nickname', ['From snippet']]];
    window.CRISP_WEBSITE_ID = WEBSITE_ID;
    const tag = document.createElement('script');
    tag.src = 'https://client.crisp.chat/l.js';
    tag.async = true;
    document.head.appendChild(tag);
    const queue = window.$crisp;

    const crisp = createCrisp({ websiteId: WEBSITE_ID, load: 'eager' });
    crisp.do('chat:open');
    expect(crisp.getState().status).toBe('loading');
    expect(window.$crisp).toBe(queue);
    await fake.load();
    await fake.settled();
    expect(lTags()).toBe(1);
    expect(fake.requests).toBe(1);
    expect(fake.commands.filter((c) => c[0] === 'set' || c[0] === 'do')).toEqual([
      ['set', 'user:nickname', ['From snippet']],
      ['do', 'chat:open'],
    ]);
    expect(crisp.getState().status).toBe('ready');
  });

  it('adopts an already live $crisp: the same object stays, nothing is injected', async () => {
    const fake = fakeCrisp();
    window.$crisp = [];
    window.CRISP_WEBSITE_ID = WEBSITE_ID;
    const tag = document.createElement('script');
    tag.src = 'https://client.crisp.chat/l.js';
    document.head.appendChild(tag);
    await fake.settled();
    const live = window.$crisp;
    expect(Array.isArray(live)).toBe(false);

    const crisp = createCrisp({ websiteId: WEBSITE_ID, load: 'eager' });
    crisp.load();
    crisp.do('chat:open');
    await fake.settled();
    expect(window.$crisp).toBe(live);
    expect(fake.requests).toBe(1);
    expect(crisp.getState().status).toBe('ready');
    expect(crisp.getState().sessionId).toBe(fake.session.sessionId);
    expect(fake.session.chatOpened).toBe(true);
  });

  it('never reassigns an existing $crisp array', () => {
    fakeCrisp({ mode: 'manual' });
    const queue: never[] = [];
    window.$crisp = queue;
    createCrisp({ websiteId: WEBSITE_ID, load: 'eager' });
    expect(window.$crisp).toBe(queue);
  });
});
