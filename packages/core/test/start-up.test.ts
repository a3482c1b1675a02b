// Issue 21 point 4: what the kit costs a page at start. Reading `document.cookie` makes the page
// wait on the browser's cookie store (in Chromium a synchronous call to another process), the
// largest part of the kit's start-up in the bench: the typical start must not read it. What the
// cookies decide (whether a sign-out replaces a restored session) is tested in boundaries (f).
// Nothing of Crisp reads the queue before l.js: the visitor's reconcile waits for the load to
// start, so the page's start only records what the app wants.
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as core from '@crispkit/core';
import { installFakeCrisp, type FakeCrisp } from '@crispkit/testing';
import { executed, setup, WEBSITE_ID } from './helpers';

let fake: FakeCrisp | undefined;
afterEach(() => {
  vi.restoreAllMocks();
  fake?.uninstall();
});

const watchCookieReads = () => vi.spyOn(Document.prototype, 'cookie', 'get');

describe('start-up: Crisp cookies are read when the visitor first changes, not at start', () => {
  it('the typical start (create, user, data, a handler) reads no cookie', () => {
    fake = installFakeCrisp();
    const reads = watchCookieReads();
    const crisp = core.createCrisp({ websiteId: WEBSITE_ID });
    core.setUser(crisp, { email: 'ada@example.com' });
    core.setSessionData(crisp, { plan: 'pro' });
    crisp.on('message:received', () => {});
    expect(reads).not.toHaveBeenCalled();
  });
});

describe('start-up: the visitor is sent when Crisp is on its way, not at start', () => {
  const queued = () => (window.$crisp as unknown[]).filter((command) => (command as unknown[])[0] !== 'on');

  it('the typical start queues nothing of the visitor; the load queues it all before l.js runs', async () => {
    const setUp = setup({ load: 'idle' }, { mode: 'manual' });
    fake = setUp.fake;
    const { crisp } = setUp;
    core.setUser(crisp, { email: 'ada@example.com' });
    core.setSessionData(crisp, { plan: 'pro' });
    expect(queued()).toEqual([]);
    crisp.load();
    // In the queue when the tag is inserted, before Crisp's loader can read it.
    expect(queued()).toEqual([
      ['set', 'user:email', ['ada@example.com']],
      ['set', 'session:data', [[['plan', 'pro']]]],
    ]);
    await fake.load();
    await fake.settled();
    expect(fake.session.user.email).toBe('ada@example.com');
    expect(executed(fake, 'set')).toHaveLength(2);
  });

  it("the app's own command follows the visitor it set before, as Crisp runs them", async () => {
    const setUp = setup({}, { mode: 'manual' });
    fake = setUp.fake;
    const { crisp } = setUp;
    core.setUser(crisp, { nickname: 'Ada' });
    crisp.do('message:send', 'text', 'Hello');
    await fake.load();
    await fake.settled();
    expect(executed(fake)).toEqual([
      ['set', 'user:nickname', ['Ada']],
      ['do', 'message:send', ['text', 'Hello']],
    ]);
  });

  it('a client destroyed before the load leaves its visitor in the queue the next client takes over', async () => {
    const setUp = setup({}, { mode: 'manual' });
    fake = setUp.fake;
    core.setUser(setUp.crisp, { email: 'ada@example.com' });
    setUp.crisp.destroy();
    expect(queued()).toEqual([['set', 'user:email', ['ada@example.com']]]);
    // Another visitor signs in on the next client: the first one's email never reaches Crisp.
    const next = core.createCrisp({ websiteId: WEBSITE_ID, load: 'manual' });
    core.login(next, { tokenId: 'tok-bob', email: 'bob@example.com' });
    next.load();
    await fake.load();
    await fake.settled();
    expect(fake.session.user.email).toBe('bob@example.com');
    expect(executed(fake, 'set')).toEqual([['set', 'user:email', ['bob@example.com']]]);
  });
});
