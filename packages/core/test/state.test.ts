// The observable state, getters that never throw, and ready().
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ready, setSessionData, setUser, type CrispState } from '@crispkit/core';
import { microtask, setup } from './helpers';

afterEach(() => {
  vi.useRealTimers();
});

describe('state', () => {
  it('goes idle → loading → loaded → ready with the session id', async () => {
    const { fake, crisp } = setup({}, { mode: 'manual' });
    const seen: CrispState['status'][] = [];
    crisp.subscribe((s) => seen.push(s.status));
    expect(crisp.getState().status).toBe('idle');
    crisp.load();
    await fake.load();
    await fake.settled();
    expect(seen).toEqual(['loading', 'loaded', 'ready']);
    expect(crisp.getState()).toMatchObject({ status: 'ready', error: null, sessionId: fake.session.sessionId });
    expect(crisp.getState().sessionId).toMatch(/\w/);
  });

  it('a blocked script gives failed/blocked and ready() rejects', async () => {
    const { fake, crisp } = setup({}, { mode: 'manual' });
    crisp.load();
    const loading = ready(crisp);
    fake.fail();
    expect(crisp.getState()).toMatchObject({ status: 'failed', error: 'blocked' });
    await expect(loading).rejects.toMatchObject({ field: 'load', message: expect.stringMatching(/blocked/) });
  });

  it('a script that loads but never becomes ready times out, and recovers if the session comes later', async () => {
    vi.useFakeTimers();
    const { fake, crisp } = setup({ readyTimeoutMs: 5000 }, { behavior: 'never-ready' });
    crisp.load();
    await vi.advanceTimersByTimeAsync(4000);
    expect(crisp.getState().status).toBe('loaded');
    await vi.advanceTimersByTimeAsync(1000);
    expect(crisp.getState()).toMatchObject({ status: 'failed', error: 'timeout' });
    await expect(ready(crisp)).rejects.toMatchObject({ message: expect.stringMatching(/load timeout/) });
    const becoming = fake.becomeReady();
    await vi.runAllTimersAsync();
    await becoming;
    expect(crisp.getState()).toMatchObject({ status: 'ready', error: null });
  });

  it('a silent l.js (bots, narrow windows) ends in failed/timeout, not stuck in loading', async () => {
    vi.useFakeTimers();
    const { crisp } = setup({ readyTimeoutMs: 3000 }, { behavior: 'silent' });
    crisp.load();
    await vi.advanceTimersByTimeAsync(3000);
    expect(crisp.getState()).toMatchObject({ status: 'failed', error: 'timeout' });
  });

  it('snapshots are stable until something changes', async () => {
    const { crisp } = setup({ load: 'eager' });
    await ready(crisp);
    const a = crisp.getState();
    expect(crisp.getState()).toBe(a);
  });

  it('tracks chat open, unread count and availability while subscribed', async () => {
    const { fake, crisp } = setup({ load: 'eager' });
    await ready(crisp);
    await fake.settled();
    const listener = vi.fn();
    const off = crisp.subscribe(listener);
    fake.receiveMessage('one');
    fake.receiveMessage('two');
    expect(crisp.getState().unreadCount).toBe(2);
    crisp.do('chat:open');
    expect(crisp.getState()).toMatchObject({ chatOpened: true, unreadCount: 0 });
    fake.setAvailability(false);
    expect(crisp.getState().websiteAvailable).toBe(false);
    crisp.do('chat:close');
    expect(crisp.getState().chatOpened).toBe(false);
    off();
    await microtask();
    expect(fake.handlers.has('chat:opened')).toBe(false);
    expect(fake.handlers.has('message:received')).toBe(false);
    // Without subscribers, getState() reads Crisp directly.
    crisp.do('chat:open');
    expect(crisp.getState().chatOpened).toBe(true);
  });

  it('ready() resolves at once when already ready', async () => {
    const { crisp } = setup({ load: 'eager' });
    await ready(crisp);
    await expect(ready(crisp)).resolves.toBeUndefined();
  });
});

describe('getters', () => {
  it('never throw: undefined before load, before the init and before the session exists', async () => {
    // holdInit: client.js has run, so $crisp is the live object, but the loader has not called
    // its __init yet (Crisp's stylesheet has not arrived): the window where Crisp's getters throw.
    const { fake, crisp } = setup({}, { mode: 'manual', behavior: 'never-ready', holdInit: true });
    expect(crisp.get('user:email')).toBeUndefined();
    expect(crisp.is('chat:opened')).toBeUndefined();
    crisp.load();
    await fake.load();
    expect(Array.isArray(window.$crisp)).toBe(false);
    // The live client throws here; the kit does not.
    expect(() => (window.$crisp as { get(k: string): unknown }).get('user:email')).toThrow();
    expect(crisp.get('user:email')).toBeUndefined();
    expect(crisp.get('session:data', 'plan')).toBeUndefined();
    // After the init and before the session, Crisp answers null; the kit still has no session.
    await fake.releaseInit();
    expect(crisp.get('user:email')).toBeUndefined();
    expect(crisp.get('session:data', 'plan')).toBeUndefined();
  });

  it('read values once the session exists', async () => {
    const { crisp } = setup({ load: 'eager' });
    setUser(crisp, { email: 'ada@example.com' });
    setSessionData(crisp, { plan: 'pro' });
    await ready(crisp);
    expect(crisp.get('user:email')).toBe('ada@example.com');
    expect(crisp.get('session:data', 'plan')).toBe('pro');
    expect(crisp.is('chat:opened')).toBe(false);
    crisp.do('chat:open');
    expect(crisp.is('chat:opened')).toBe(true);
  });
});

describe('Trusted Types', () => {
  it('a page that refuses the script URL gives failed/blocked and an onError, never an exception', () => {
    const descriptor = Object.getOwnPropertyDescriptor(HTMLScriptElement.prototype, 'src')!;
    // What Chromium does under require-trusted-types-for 'script' without a policy.
    Object.defineProperty(HTMLScriptElement.prototype, 'src', {
      ...descriptor,
      set() {
        throw new TypeError("This document requires 'TrustedScriptURL' assignment.");
      },
    });
    try {
      const onError = vi.fn();
      vi.spyOn(console, 'warn').mockImplementation(() => {});
      const { crisp } = setup({ onError });
      expect(() => crisp.load()).not.toThrow();
      expect(crisp.getState()).toMatchObject({ status: 'failed', error: 'blocked' });
      expect(onError.mock.calls[0]![0]).toMatchObject({ field: 'scriptUrl' });
      expect(document.querySelectorAll('script').length).toBe(0);
    } finally {
      Object.defineProperty(HTMLScriptElement.prototype, 'src', descriptor);
      vi.restoreAllMocks();
    }
  });
});
