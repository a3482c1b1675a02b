// The lifecycle in the core (issue 10): status never goes backwards, destroy() leaves nothing
// behind, contributions outlive session resets, StrictMode-like resubscribes cost Crisp nothing,
// and unchanged identity pushes nothing.
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  contribute,
  createCrisp,
  interaction,
  login,
  logout,
  ready,
  setLocale,
  setUser,
  type CrispClient,
  type CrispState,
} from '@crispkit/core';
import type { FakeCrisp } from '@crispkit/testing';
import { executed, fakeCrisp, lTags, microtask, setup, WEBSITE_ID } from './helpers';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const ada = { tokenId: 'tok-ada-7f3a', email: 'ada@example.com', nickname: 'Ada' };

const RESETS: [string, (crisp: CrispClient) => void][] = [
  ['login', (crisp) => login(crisp, ada)],
  ['logout', (crisp) => logout(crisp)],
  ['setLocale', (crisp) => setLocale(crisp, 'fr')],
  ['a raw session:reset', (crisp) => crisp.do('session:reset')],
];

/** A ready client with a signed-in visitor, so that logout has someone to sign out. */
async function readyClient() {
  const { fake, crisp } = setup({ load: 'eager', tokenId: 'tok-start' });
  await ready(crisp);
  await fake.settled();
  return { fake, crisp };
}

describe('status never goes backwards', () => {
  it.each(RESETS)(
    'across %s after ready: every state is ready, the session id null until the new one',
    async (label, act) => {
      const { fake, crisp } = await readyClient();
      const first = crisp.getState().sessionId;
      const seen: CrispState[] = [];
      crisp.subscribe((state) => seen.push(state));
      act(crisp);
      await fake.settled();
      expect(seen.map((state) => state.status)).toEqual(seen.map(() => 'ready'));
      expect(seen.some((state) => state.sessionId === null)).toBe(true);
      expect(crisp.getState().sessionId).toBe(fake.session.sessionId);
      if (label === 'login' || label === 'logout') expect(crisp.getState().sessionId).not.toBe(first);
    },
  );
});

describe('destroy()', () => {
  it('releases every Crisp handler the kit registered', async () => {
    const { fake, crisp } = await readyClient();
    crisp.on('message:received', () => {});
    crisp.on('chat:opened', () => {});
    crisp.subscribe(() => {});
    expect(fake.handlers.size).toBeGreaterThan(0);
    crisp.destroy();
    await microtask();
    await fake.settled();
    expect([...fake.handlers.keys()]).toEqual([]);
  });

  it('no timer of the kit fires afterwards: no time-out, no idle load', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestIdleCallback', undefined);
    const fake = fakeCrisp({ mode: 'manual' });
    const crisp = createCrisp({ websiteId: WEBSITE_ID, load: 'idle', readyTimeoutMs: 3000 });
    const listener = vi.fn();
    crisp.subscribe(listener);
    crisp.destroy();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(lTags()).toBe(0);
    expect(fake.requests).toBe(0);
    expect(listener).not.toHaveBeenCalled();
    expect(crisp.getState().status).toBe('idle');
  });

  it('a pending ready time-out never fires after destroy', async () => {
    vi.useFakeTimers();
    const fake = fakeCrisp({ mode: 'manual' });
    const crisp = createCrisp({ websiteId: WEBSITE_ID, load: 'eager', readyTimeoutMs: 3000 });
    expect(crisp.getState().status).toBe('loading');
    const listener = vi.fn();
    crisp.subscribe(listener);
    crisp.destroy();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(listener).not.toHaveBeenCalled();
    expect(crisp.getState().status).toBe('loading');
    expect(fake.requests).toBe(1);
  });

  it("removes the interaction strategy's listeners: a later pointerdown loads nothing", async () => {
    const fake = fakeCrisp({ mode: 'manual' });
    const crisp = createCrisp({ websiteId: WEBSITE_ID, load: interaction });
    crisp.destroy();
    fake.interact('pointerdown');
    fake.interact('keydown');
    fake.interact('scroll');
    await fake.settled();
    expect(lTags()).toBe(0);
    expect(fake.requests).toBe(0);
  });

  it('makes the client inert, and a later createCrisp works', async () => {
    const { fake, crisp } = await readyClient();
    crisp.destroy();
    const before = fake.commands.length;
    crisp.do('chat:open');
    setUser(crisp, { nickname: 'Ghost' });
    await fake.settled();
    expect(fake.commands.length).toBe(before);

    const next = createCrisp({ websiteId: WEBSITE_ID, load: 'eager' });
    expect(next).not.toBe(crisp);
    await ready(next);
    const received = vi.fn();
    next.on('message:received', received);
    next.do('chat:open');
    fake.receiveMessage('hi');
    expect(received).toHaveBeenCalledOnce();
    expect(fake.session.chatOpened).toBe(true);
    expect(fake.requests).toBe(1);
    expect(fake.clientInjections).toBe(1);
  });
});

describe('contribute', () => {
  const segmentsSent = (fake: FakeCrisp, from: number) =>
    fake.commands
      .slice(from)
      .flatMap((c) => (c[0] === 'set' && c[1] === 'session:segments' ? (c[2] as [string[]])[0] : []));

  it.each(RESETS)('is sent again after %s, each segment once per session', async (_, act) => {
    const { fake, crisp } = await readyClient();
    const release = contribute(crisp, { data: { page: 'pricing' }, segments: ['pricing', 'shared'] });
    contribute(crisp, { segments: ['shared', 'beta'] });
    await fake.settled();
    expect(fake.session.data).toMatchObject({ page: 'pricing' });
    expect([...fake.session.segments].sort()).toEqual(['beta', 'pricing', 'shared']);

    const before = fake.commands.length;
    act(crisp);
    await ready(crisp);
    await fake.settled();
    expect(fake.globalsAtInit.readAt).toBe('session:reset');
    expect(fake.session.data).toMatchObject({ page: 'pricing' });
    expect([...fake.session.segments].sort()).toEqual(['beta', 'pricing', 'shared']);
    expect(segmentsSent(fake, before).sort()).toEqual(['beta', 'pricing', 'shared']);

    release();
    const after = fake.commands.length;
    crisp.do('session:reset');
    await ready(crisp);
    await fake.settled();
    expect(fake.session.data).not.toHaveProperty('page');
    expect(segmentsSent(fake, after).sort()).toEqual(['beta', 'shared']);
  });
});

describe('StrictMode-like unsubscribe and resubscribe in the same task', () => {
  it('causes no off and no new on', async () => {
    const { fake, crisp } = await readyClient();
    const off = crisp.on('message:received', () => {});
    const registrations = fake.registrations;
    const commands = fake.commands.length;
    off();
    const again = crisp.on('message:received', () => {});
    await microtask();
    await fake.settled();
    expect(fake.registrations).toBe(registrations);
    expect(fake.commands.slice(commands)).toEqual([]);
    expect(fake.handlers.has('message:received')).toBe(true);
    again();
    await microtask();
    expect(fake.handlers.has('message:received')).toBe(false);
  });

  it('state subscribers too: no off and on of the chat-state registrations', async () => {
    const { fake, crisp } = await readyClient();
    const stop = crisp.subscribe(() => {});
    await fake.settled();
    const registrations = fake.registrations;
    const commands = fake.commands.length;
    stop();
    crisp.subscribe(() => {});
    await microtask();
    await fake.settled();
    expect(fake.registrations).toBe(registrations);
    expect(fake.commands.slice(commands)).toEqual([]);
  });
});

describe('unchanged identity', () => {
  it('login with the current token pushes no reset but applies changed user fields', async () => {
    const { fake, crisp } = setup({ load: 'eager' });
    login(crisp, ada);
    await ready(crisp);
    await fake.settled();
    const before = fake.commands.length;
    login(crisp, ada);
    login(crisp, { ...ada, nickname: 'Ada L.' });
    await fake.settled();
    expect(fake.commands.slice(before)).toEqual([['set', 'user:nickname', ['Ada L.']]]);
    expect(fake.session.user.nickname).toBe('Ada L.');
  });

  it('setLocale with the current locale pushes nothing', async () => {
    const { fake, crisp } = setup({ load: 'eager', locale: 'fr' });
    await ready(crisp);
    await fake.settled();
    const before = fake.commands.length;
    setLocale(crisp, 'fr');
    await fake.settled();
    expect(fake.commands.slice(before)).toEqual([]);
    setLocale(crisp, 'de');
    await fake.settled();
    expect(executed(fake, 'do').slice(-1)).toEqual([['do', 'session:reset']]);
  });

  // Changed in core 2: logout with nobody signed in is a no-op (it used to reset anyway).
  it('logout when nobody is signed in pushes nothing', async () => {
    const { fake, crisp } = setup({ load: 'eager' });
    await ready(crisp);
    await fake.settled();
    const before = fake.commands.length;
    logout(crisp);
    await fake.settled();
    expect(fake.commands.slice(before)).toEqual([]);
  });
});
