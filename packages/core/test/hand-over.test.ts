// What the app set on the visitor before Crisp loads reaches Crisp, whoever loads it (the kit, the
// page's own snippet, a bare l.js tag), and before anything the app sends after it. Written for a
// start-up that deferred the visitor's reconcile to the load (tried, not kept: bench/RESULTS.md);
// they hold for any order of work at start.
import { describe, expect, it } from 'vitest';
import { createCrisp, setSessionData, setUser } from '@crispkit/core';
import { executed, fakeCrisp, WEBSITE_ID } from './helpers';

/** A Crisp loader the page adds itself, after the kit: with Crisp's snippet, or a bare tag. */
function pageLoader(withSnippet: boolean): void {
  if (withSnippet) window.$crisp = [];
  const tag = document.createElement('script');
  tag.src = 'https://client.crisp.chat/l.js';
  tag.async = true;
  document.head.appendChild(tag);
}

describe('what the visitor wants before Crisp loads', () => {
  it.each([
    ["Crisp's snippet", true],
    ['a bare l.js tag', false],
  ])('reaches a Crisp that %s placed after the kit loads', async (_, withSnippet) => {
    const fake = fakeCrisp({ mode: 'manual' });
    const crisp = createCrisp({ websiteId: WEBSITE_ID, load: 'manual' });
    setUser(crisp, { email: 'ada@example.com' });
    setSessionData(crisp, { plan: 'pro', seats: 3 });
    pageLoader(withSnippet);
    await fake.load();
    await fake.settled();
    expect(fake.session).toMatchObject({ user: { email: 'ada@example.com' }, data: { plan: 'pro', seats: 3 } });
    expect(fake.lost).toEqual([]);
  });

  it("is in Crisp's queue before the app's own commands that follow it", async () => {
    const fake = fakeCrisp({ mode: 'auto' });
    const crisp = createCrisp({ websiteId: WEBSITE_ID, load: 'manual' });
    setSessionData(crisp, { plan: 'pro' });
    crisp.do('message:send', 'text', 'Hello');
    await fake.settled();
    expect(executed(fake).map(([verb, name]) => verb + ' ' + name)).toEqual(['set session:data', 'do message:send']);
  });
});
