// The smaller edges of issue 9 (point 6): dispatch re-entrance, keys named like Object.prototype
// members, copied inputs, throwing state listeners, segments across a locale change, script URLs
// that only look safe, and a client left behind by a page reset.
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createCrisp,
  login,
  logout,
  ready,
  REGISTRY_KEY,
  setLocale,
  setSegments,
  setSessionData,
  setUser,
  type CrispState,
} from '@crispkit/core';
import { executed, fakeCrisp, microtask, setup, WEBSITE_ID } from './helpers';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('dispatch', () => {
  it('a handler added during a dispatch waits for the next event; one that re-subscribes itself does not loop', async () => {
    const { fake, crisp } = setup({ load: 'eager' });
    await ready(crisp);
    let calls = 0;
    const again = () => {
      calls++;
      crisp.on('chat:opened', again);
    };
    crisp.on('chat:opened', again);
    const late = vi.fn();
    crisp.on('chat:opened', () => void crisp.on('chat:opened', late));
    fake.emit('chat:opened');
    expect(calls).toBe(1);
    expect(late).not.toHaveBeenCalled();
    fake.emit('chat:opened');
    expect(calls).toBe(3);
    expect(late).toHaveBeenCalledOnce();
  });

  it('a state listener added during a notification waits for the next change', async () => {
    const { fake, crisp } = setup({}, { mode: 'manual' });
    const late = vi.fn();
    const stop = crisp.subscribe(() => {
      stop();
      crisp.subscribe(late);
    });
    crisp.load();
    expect(late).not.toHaveBeenCalled();
    await fake.load();
    expect(late).toHaveBeenCalled();
  });
});

describe('keys named like Object.prototype members', () => {
  it('a __proto__ key from JSON.parse is refused and reported once per call (Crisp would lose it); the others go once', async () => {
    const onError = vi.fn();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { fake, crisp } = setup({ load: 'eager', onError });
    await ready(crisp);
    await fake.settled();
    const before = fake.commands.length;
    for (let i = 0; i < 3; i++) setSessionData(crisp, JSON.parse('{"__proto__": "x", "plan": "pro"}'));
    await fake.settled();
    expect(fake.commands.slice(before)).toEqual([['set', 'session:data', [[['plan', 'pro']]]]]);
    expect(onError).toHaveBeenCalledTimes(3);
    expect(onError.mock.calls[0]![0]).toMatchObject({ field: 'session:data key __proto__' });
    expect(fake.errors).toEqual([]);
  });

  it('deleting keys named toString or constructor behaves like deleting any key: once', async () => {
    const { fake, crisp } = setup({ load: 'eager' });
    await ready(crisp);
    await fake.settled();
    const pushes = (data: Record<string, null>) => {
      const before = fake.commands.length;
      setSessionData(crisp, data);
      setSessionData(crisp, data);
      return fake.commands.length - before;
    };
    const ordinary = pushes({ plan: null });
    expect(pushes({ toString: null, constructor: null })).toBe(ordinary);
    expect(pushes({ valueOf: null })).toBe(ordinary);
    expect(ordinary).toBeLessThanOrEqual(1);
    await fake.settled();
    expect(fake.errors).toEqual([]);
  });
});

describe('inputs are copied', () => {
  it('mutating a list, data or company after the call changes nothing sent', async () => {
    const { fake, crisp } = setup({}, { mode: 'manual' });
    const list = ['vip'];
    const data = { plan: 'pro' };
    const company = { name: 'Acme', geolocation: ['FR', 'Paris'] as [string, string] };
    setSegments(crisp, list);
    setSessionData(crisp, data);
    setUser(crisp, { company });
    list.push('beta');
    list[0] = 'churn';
    data.plan = 'free';
    company.geolocation[1] = 'Lyon';
    crisp.load();
    await fake.load();
    expect(fake.session.segments).toEqual(['vip']);
    expect(fake.session.data).toEqual({ plan: 'pro' });
    expect(fake.session.user.company).toEqual({ name: 'Acme', geolocation: ['FR', 'Paris'] });
    // And the kit's memory of what it sent is not the caller's array either.
    setSegments(crisp, ['vip']);
    await fake.settled();
    expect(executed(fake, 'set').filter((c) => c[1] === 'session:segments')).toHaveLength(1);
  });
});

describe('a state listener that throws', () => {
  it.each([
    ['login', (crisp: Parameters<typeof login>[0]) => login(crisp, { tokenId: 'tok-ada', email: 'ada@example.com' })],
    ['logout', (crisp: Parameters<typeof login>[0]) => logout(crisp)],
  ] as const)('does not stop %s half-way; the other listeners still run; it is reported', async (_, act) => {
    const onError = vi.fn();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { fake, crisp } = setup({ load: 'eager', onError, tokenId: 'tok-start' });
    setUser(crisp, { nickname: 'Someone' });
    await ready(crisp);
    const seen: CrispState[] = [];
    crisp.subscribe(() => {
      throw new Error('listener bug');
    });
    crisp.subscribe((state) => seen.push(state));
    act(crisp);
    await ready(crisp);
    await fake.settled();
    // The whole sequence ran: reset, then the new identity, and a new session came.
    expect(fake.commands).toContainEqual(['do', 'session:reset']);
    expect(fake.globalsAtInit.readAt).toBe('session:reset');
    expect(fake.session.user.nickname).toBeNull();
    expect(seen.length).toBeGreaterThan(0);
    expect(crisp.getState()).toMatchObject({ status: 'ready', sessionId: fake.session.sessionId });
    expect(onError.mock.calls.some(([error]) => error.field === 'subscribe')).toBe(true);
  });
});

describe('a locale change', () => {
  it('re-sends every segment of the session, not only the last setSegments call', async () => {
    const { fake, crisp } = setup({ load: 'eager' });
    setSegments(crisp, ['vip']);
    setSegments(crisp, ['beta']);
    await ready(crisp);
    setLocale(crisp, 'fr');
    await ready(crisp);
    await fake.settled();
    expect(fake.globalsAtInit.runtimeConfig?.locale).toBe('fr');
    expect([...fake.session.segments].sort()).toEqual(['beta', 'vip']);
  });
});

describe('scriptUrl', () => {
  it.each([
    '/\\evil.example/l.js',
    '/\t/evil.example/l.js',
    'http://localhost:@evil.example/l.js',
    '//evil.example/l.js',
  ])('%j throws at createCrisp and loads nothing', (scriptUrl) => {
    const fake = fakeCrisp();
    expect(() => createCrisp({ websiteId: WEBSITE_ID, load: 'eager', scriptUrl })).toThrow(/scriptUrl/);
    expect(document.querySelectorAll('script').length).toBe(0);
    expect(fake.requests).toBe(0);
  });

  it.each(['/crisp/l.js', 'https://cdn.example.com/crisp/l.js', 'http://localhost:5173/l.js'])(
    '%j is accepted',
    (scriptUrl) => {
      fakeCrisp({ mode: 'manual' });
      expect(() => createCrisp({ websiteId: WEBSITE_ID, load: 'eager', scriptUrl })).not.toThrow();
      expect(document.querySelector('script')?.getAttribute('src')).toBe(scriptUrl);
    },
  );
});

describe('a client whose page registry was reset', () => {
  it("is inert: its on and push never replace the new client's Crisp handlers", async () => {
    const { fake, crisp: stale } = setup({ load: 'eager' });
    await ready(stale);
    delete (globalThis as { [REGISTRY_KEY]?: unknown })[REGISTRY_KEY];
    const crisp = createCrisp({ websiteId: WEBSITE_ID, load: 'eager' });
    expect(crisp).not.toBe(stale);
    await ready(crisp);
    const current = vi.fn();
    crisp.on('message:received', current);
    const registered = fake.handlers.get('message:received');
    const registrations = fake.registrations;

    const old = vi.fn();
    stale.on('message:received', old);
    stale.push(['on', 'message:received', old]);
    stale.do('chat:open');
    await microtask();
    await fake.settled();

    expect(fake.handlers.get('message:received')).toBe(registered);
    expect(fake.registrations).toBe(registrations);
    fake.receiveMessage('hello');
    expect(current).toHaveBeenCalledOnce();
    expect(old).not.toHaveBeenCalled();
    expect(fake.session.chatOpened).toBe(false);
  });
});
