// Invalid setup throws at once; invalid runtime input is refused, reported, and never reaches Crisp.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCrisp, ready, setSessionData, setUser, type CrispCommand, type CrispKitError } from '@crispkit/core';
import { executed, fakeCrisp, setup, WEBSITE_ID } from './helpers';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('setup errors', () => {
  it.each([
    [{}, 'websiteId'],
    [{ websiteId: 'my-site' }, 'websiteId'],
    [{ websiteId: WEBSITE_ID, scriptUrl: 'http://cdn.example.com/l.js' }, 'scriptUrl'],
    [{ websiteId: WEBSITE_ID, scriptUrl: '//cdn.example.com/l.js' }, 'scriptUrl'],
    [{ websiteId: WEBSITE_ID, load: 'later' }, 'load'],
    [{ websiteId: WEBSITE_ID, cookieExpire: 0 }, 'cookieExpire'],
    [{ websiteId: WEBSITE_ID, readyTimeoutMs: -1 }, 'readyTimeoutMs'],
    [{ websiteId: WEBSITE_ID, locale: 'French' }, 'locale'],
  ])('%o throws naming %s', (options, field) => {
    fakeCrisp();
    let error: CrispKitError | undefined;
    try {
      createCrisp(options as never);
    } catch (e) {
      error = e as CrispKitError;
    }
    expect(error?.field).toBe(field);
    expect(error?.message).toContain(field);
    expect(document.querySelectorAll('script').length).toBe(0);
  });

  it.each(['http://localhost:5173/l.js', '/crisp-sim/l.js', 'https://cdn.example.com/l.js'])(
    'accepts %s as script URL',
    (scriptUrl) => {
      fakeCrisp();
      expect(() => createCrisp({ websiteId: WEBSITE_ID, scriptUrl })).not.toThrow();
    },
  );
});

describe('runtime refusals', () => {
  const cases: [string, (c: ReturnType<typeof setup>['crisp']) => void, string][] = [
    ['a malformed email', (c) => setUser(c, { email: 'not-an-email' }), 'user:email'],
    ['a short signature', (c) => setUser(c, { email: 'ada@example.com', signature: 'abc' }), 'user:email'],
    ['a bad data key', (c) => setSessionData(c, { 'has space': 1 }), 'session:data key has space'],
    ['a too long data key', (c) => setSessionData(c, { ['k'.repeat(51)]: 1 }), 'session:data key'],
    ['an object value', (c) => setSessionData(c, { plan: { tier: 1 } as never }), 'session:data plan'],
    ['a NaN value', (c) => setSessionData(c, { seats: NaN }), 'session:data seats'],
    ['an unknown command', (c) => c.push(['do', 'chat:explode'] as unknown as CrispCommand), 'do chat:explode'],
    ['an unknown verb', (c) => c.push(['run', 'x'] as unknown as CrispCommand), 'run'],
    ['a raw email command', (c) => c.push(['set', 'user:email', ['nope']]), 'user:email'],
  ];

  it.each(cases)(
    '%s is refused, reported with its field, warned in development, and never sent',
    async (_, act, field) => {
      const onError = vi.fn();
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const { fake, crisp } = setup({ load: 'eager', onError });
      await ready(crisp);
      const before = fake.commands.length;
      expect(() => act(crisp)).not.toThrow();
      expect(onError).toHaveBeenCalledOnce();
      const error = onError.mock.calls[0]![0] as CrispKitError;
      expect(error.field).toContain(field);
      expect(error.message).toContain(field);
      expect(warn).toHaveBeenCalledWith(error.message);
      expect(fake.commands.length).toBe(before);
    },
  );

  it('valid pairs in the same call are still sent', async () => {
    const onError = vi.fn();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { fake, crisp } = setup({ load: 'eager', onError });
    setSessionData(crisp, { plan: 'pro', 'bad key': 1 });
    crisp.push([
      'set',
      'session:data',
      [
        [
          ['ok', 1],
          ['bad key', 2],
        ],
      ],
    ]);
    await fake.settled();
    expect(executed(fake, 'set')).toEqual([
      ['set', 'session:data', [[['plan', 'pro']]]],
      ['set', 'session:data', [[['ok', 1]]]],
    ]);
    expect(onError).toHaveBeenCalledTimes(2);
  });

  it('an onError that throws does not throw into the app', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { crisp } = setup({
      onError: () => {
        throw new Error('bad handler');
      },
    });
    expect(() => setUser(crisp, { email: 'x' })).not.toThrow();
  });
});
